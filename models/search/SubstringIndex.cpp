#include "SubstringIndex.h"

#include "SearchText.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <memory>
#include <string_view>

namespace khana {

namespace {

// Trigrams are numbered densely over the bytes a text can hold (printable lower-case ASCII
// and the assigned Thai characters): 158³ numbers, so that building counts in flat arrays of
// 16 MB rather than in hash tables. Code 0 is for bytes no trigram is made of (the column
// separator, kUnknown).
struct Codes
{
    std::array<uint8_t, 256> of{};
    uint32_t count = 1;
    Codes()
    {
        for (int b = 0x20; b < 0x7F; ++b)
            if (b < 'A' || b > 'Z')
                of[b] = uint8_t(count++);
        for (int c = 0x0E01; c <= 0x0E5B; ++c) {
            const QByteArray one = SearchText::fragment(QString(QChar(char16_t(c))));
            if (one.size() == 1)
                of[uint8_t(one.at(0))] = uint8_t(count++);
        }
    }
};

const Codes &codes()
{
    static const Codes c;
    return c;
}

constexpr uint32_t kNone = std::numeric_limits<uint32_t>::max();

// The trigram at `p` (three bytes), or kNone when one of them makes none.
inline uint32_t trigramAt(const uint8_t *p, const Codes &c)
{
    const uint32_t a = c.of[p[0]], b = c.of[p[1]], d = c.of[p[2]];
    if (!a || !b || !d)
        return kNone;
    return (a * c.count + b) * c.count + d;
}

inline int varintSize(uint32_t v)
{
    int n = 1;
    while (v >= 0x80) {
        v >>= 7;
        ++n;
    }
    return n;
}

inline uint8_t *putVarint(uint8_t *out, uint32_t v)
{
    while (v >= 0x80) {
        *out++ = uint8_t(v | 0x80);
        v >>= 7;
    }
    *out++ = uint8_t(v);
    return out;
}

inline const uint8_t *getVarint(const uint8_t *in, uint32_t *v)
{
    uint32_t value = *in & 0x7F;
    int shift = 7;
    while (*in++ & 0x80) {
        value |= uint32_t(*in & 0x7F) << shift;
        shift += 7;
    }
    *v = value;
    return in;
}

} // namespace

void SubstringIndex::Builder::reserve(qsizetype slots, qsizetype textBytes)
{
    m_ids.reserve(size_t(slots));
    m_start.reserve(size_t(slots) + 1);
    m_text.reserve(size_t(textBytes));
}

void SubstringIndex::Builder::add(qint64 id, QByteArrayView text, const QStringList &wideColumns)
{
    if (!wideColumns.isEmpty())
        m_wide.insert(uint32_t(m_ids.size()), wideColumns);
    m_ids.push_back(id);
    m_text.insert(m_text.end(), text.begin(), text.end());
    m_start.push_back(uint32_t(m_text.size()));
}

std::unique_ptr<SubstringIndex> SubstringIndex::Builder::build(const std::atomic<bool> *cancelled)
{
    const auto stopped = [cancelled] { return cancelled && cancelled->load(std::memory_order_relaxed); };
    auto index = std::make_unique<SubstringIndex>();
    const Codes &c = codes();
    const uint32_t trigrams = c.count * c.count * c.count;
    const uint32_t slots = uint32_t(m_ids.size());
    const auto *text = reinterpret_cast<const uint8_t *>(m_text.data());

    // Each trigram of each text once, in slot order, with the gap from the slot it was last in
    // (a trigram twice in a text is one posting); false when cancelled.
    std::vector<uint32_t> last(trigrams, kNone);
    const auto eachPosting = [&](const auto &take) {
        std::fill(last.begin(), last.end(), kNone);
        for (uint32_t s = 0; s < slots; ++s) {
            if (s % 4096 == 0 && stopped())
                return false;
            for (uint32_t i = m_start[s]; i + 3 <= m_start[s + 1]; ++i) {
                const uint32_t t = trigramAt(text + i, c);
                if (t == kNone || last[t] == s)
                    continue;
                take(t, last[t] == kNone ? s + 1 : s - last[t]);
                last[t] = s;
            }
        }
        return true;
    };
    // First pass: the bytes each trigram's postings take.
    std::vector<uint32_t> bytes(trigrams, 0);
    if (!eachPosting([&](uint32_t t, uint32_t gap) { bytes[t] += uint32_t(varintSize(gap)); }))
        return nullptr;
    // The directory, in trigram order; `bytes` becomes each trigram's place in it.
    uint64_t offset = 0;
    for (uint32_t t = 0; t < trigrams; ++t) {
        if (!bytes[t]) {
            bytes[t] = kNone;
            continue;
        }
        index->m_directory.push_back({t, 0, offset});
        offset += bytes[t];
        bytes[t] = uint32_t(index->m_directory.size() - 1);
    }
    index->m_postings.resize(offset);
    std::vector<uint64_t> cursor(index->m_directory.size());
    for (size_t i = 0; i < cursor.size(); ++i)
        cursor[i] = index->m_directory[i].offset;
    // Second pass: the postings themselves.
    uint8_t *const postings = index->m_postings.data();
    if (!eachPosting([&](uint32_t t, uint32_t gap) {
            const uint32_t d = bytes[t];
            cursor[d] = uint64_t(putVarint(postings + cursor[d], gap) - postings);
            ++index->m_directory[d].count;
        }))
        return nullptr;
    index->m_directory.shrink_to_fit();

    index->m_slotsById.resize(slots);
    for (uint32_t s = 0; s < slots; ++s)
        index->m_slotsById[s] = s;
    std::sort(index->m_slotsById.begin(), index->m_slotsById.end(), [this](uint32_t a, uint32_t b) { return m_ids[a] < m_ids[b]; });
    index->m_removed.assign((slots + 63) / 64, 0);
    index->m_text = std::move(m_text);
    index->m_start = std::move(m_start);
    index->m_ids = std::move(m_ids);
    index->m_wide = std::move(m_wide);
    return index;
}

const SubstringIndex::Posting *SubstringIndex::postingOf(uint32_t trigram) const
{
    const auto it = std::lower_bound(m_directory.begin(), m_directory.end(), trigram,
                                     [](const Posting &p, uint32_t t) { return p.trigram < t; });
    return it != m_directory.end() && it->trigram == trigram ? &*it : nullptr;
}

std::vector<uint32_t> SubstringIndex::decode(const Posting &p) const
{
    std::vector<uint32_t> out(p.count);
    const uint8_t *in = m_postings.data() + p.offset;
    uint32_t slot = kNone; // the first gap is the slot plus one
    for (uint32_t i = 0; i < p.count; ++i) {
        uint32_t gap;
        in = getVarint(in, &gap);
        slot += gap;
        out[i] = slot;
    }
    return out;
}

std::vector<uint32_t> SubstringIndex::decodeWithin(const Posting &p, const std::vector<uint32_t> &among) const
{
    std::vector<uint32_t> out;
    out.reserve(among.size());
    const uint8_t *in = m_postings.data() + p.offset;
    uint32_t slot = kNone;
    size_t j = 0;
    for (uint32_t i = 0; i < p.count && j < among.size(); ++i) {
        uint32_t gap;
        in = getVarint(in, &gap);
        slot += gap;
        while (j < among.size() && among[j] < slot)
            ++j;
        if (j < among.size() && among[j] == slot)
            out.push_back(among[j++]);
    }
    return out;
}

bool SubstringIndex::holds(uint32_t slot, QByteArrayView fragment) const
{
    const std::string_view text(m_text.data() + m_start[slot], m_start[slot + 1] - m_start[slot]);
    return text.find(std::string_view(fragment.data(), size_t(fragment.size()))) != std::string_view::npos;
}

std::vector<uint32_t> SubstringIndex::scan(QByteArrayView fragment) const
{
    std::vector<uint32_t> out;
    for (uint32_t s = 0; s < uint32_t(m_ids.size()); ++s)
        if (!isRemoved(s) && holds(s, fragment))
            out.push_back(s);
    return out;
}

std::vector<uint32_t> SubstringIndex::find(QByteArrayView fragment) const
{
    if (fragment.size() < 3)
        return scan(fragment);
    const Codes &c = codes();
    const auto *f = reinterpret_cast<const uint8_t *>(fragment.data());
    std::vector<const Posting *> postings;
    for (qsizetype i = 0; i + 3 <= fragment.size(); ++i) {
        const uint32_t t = trigramAt(f + i, c);
        const Posting *p = t == kNone ? nullptr : postingOf(t);
        if (!p)
            return {}; // no text holds this trigram, so none holds the fragment
        postings.push_back(p);
    }
    // Rarest first; a trigram twice in the fragment once.
    std::sort(postings.begin(), postings.end(),
              [](const Posting *a, const Posting *b) { return a->count != b->count ? a->count < b->count : a < b; });
    postings.erase(std::unique(postings.begin(), postings.end()), postings.end());
    std::vector<uint32_t> candidates = decode(*postings.front());
    if (postings.size() > 1)
        candidates = decodeWithin(*postings[1], candidates);
    // A fragment of three is its trigram: every slot posted holds it. Longer ones are checked.
    const bool exact = fragment.size() == 3;
    std::vector<uint32_t> out;
    out.reserve(candidates.size());
    for (uint32_t s : candidates)
        if (!isRemoved(s) && (exact || holds(s, fragment)))
            out.push_back(s);
    return out;
}

std::vector<uint32_t> SubstringIndex::findWide(const QString &fragment) const
{
    std::vector<uint32_t> out;
    for (auto it = m_wide.cbegin(); it != m_wide.cend(); ++it) {
        if (isRemoved(it.key()))
            continue;
        const QStringList &columns = it.value();
        if (std::any_of(columns.cbegin(), columns.cend(), [&](const QString &column) { return column.contains(fragment); }))
            out.push_back(it.key());
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool SubstringIndex::remove(qint64 id)
{
    const auto it = std::lower_bound(m_slotsById.begin(), m_slotsById.end(), id, [this](uint32_t s, qint64 v) { return m_ids[s] < v; });
    if (it == m_slotsById.end() || m_ids[*it] != id || isRemoved(*it))
        return false;
    const uint32_t slot = *it;
    m_removed[slot / 64] |= uint64_t(1) << (slot % 64);
    // What was searchable about them is not kept once it has changed or they are gone.
    std::memset(m_text.data() + m_start[slot], 0, m_start[slot + 1] - m_start[slot]);
    m_wide.remove(slot);
    return true;
}

qsizetype SubstringIndex::bytesUsed() const
{
    return qsizetype(m_text.capacity() + m_start.capacity() * sizeof(uint32_t) + m_ids.capacity() * sizeof(qint64)
                     + m_slotsById.capacity() * sizeof(uint32_t) + m_removed.capacity() * sizeof(uint64_t)
                     + m_directory.capacity() * sizeof(Posting) + m_postings.capacity());
}

} // namespace khana
