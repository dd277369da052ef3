#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <vector>

namespace khana {

// Substring search over many short texts in memory (a million people's searchable columns),
// answering a fragment typed in People within a few milliseconds. Each text sits in a slot;
// slots are in the list's order, so the matches come out in it and a page is their first ones.
//
// Every three consecutive characters of a text (its trigrams; the one-byte form of
// SearchText) lead to a posting list of the slots holding them, stored as the gaps between
// slots in LEB128 bytes: at a million people about one and a half bytes a posting. A fragment
// takes the slots of its rarest trigram, keeps those also holding its next rarest, and checks
// each candidate's text for the fragment itself, so the answer is exactly that of comparing
// every text (two trigrams can sit apart in a text). FTS5's trigram index answers the same
// question from SQLite's pages; held here it skips reading and decoding pages and sorting the
// matches by name, which cost more than the 16 ms a keystroke has.
//
// Built once (Builder, on a worker thread); afterwards a slot can only be removed, its text
// wiped. Not thread-safe: one thread asks at a time.
class SubstringIndex
{
public:
    class Builder
    {
    public:
        void reserve(qsizetype slots, qsizetype textBytes);
        // The next slot: `text` is the columns in SearchText's form, each ended by
        // SearchText::kSeparator; `wideColumns` (lower-cased) when some character had no byte.
        void add(qint64 id, QByteArrayView text, const QStringList &wideColumns = {});
        // Null when `cancelled` turned true meanwhile.
        std::unique_ptr<SubstringIndex> build(const std::atomic<bool> *cancelled = nullptr);

    private:
        std::vector<char> m_text;
        std::vector<uint32_t> m_start{0};
        std::vector<qint64> m_ids;
        QHash<uint32_t, QStringList> m_wide;
    };

    qsizetype size() const { return qsizetype(m_ids.size()); }
    qint64 idAt(uint32_t slot) const { return m_ids[slot]; }
    bool isRemoved(uint32_t slot) const { return (m_removed[slot / 64] >> (slot % 64)) & 1; }

    // The slots, in order, whose text holds `fragment` (SearchText::fragment(), not empty).
    std::vector<uint32_t> find(QByteArrayView fragment) const;
    // The same for a fragment holding characters with no byte (lower-cased): only texts with
    // such characters can hold it.
    std::vector<uint32_t> findWide(const QString &fragment) const;
    // Takes the person out (changed or gone): their text is wiped and no search finds them.
    // False when they were not here.
    bool remove(qint64 id);

    // Memory the index holds, in bytes.
    qsizetype bytesUsed() const;

private:
    struct Posting
    {
        uint32_t trigram;
        uint32_t count;
        uint64_t offset; // into m_postings
    };
    const Posting *postingOf(uint32_t trigram) const;
    std::vector<uint32_t> decode(const Posting &p) const;
    std::vector<uint32_t> decodeWithin(const Posting &p, const std::vector<uint32_t> &among) const;
    bool holds(uint32_t slot, QByteArrayView fragment) const;
    std::vector<uint32_t> scan(QByteArrayView fragment) const;

    std::vector<char> m_text;
    std::vector<uint32_t> m_start; // slot → its text in m_text, and one past the last
    std::vector<qint64> m_ids;
    std::vector<uint32_t> m_slotsById; // slots ordered by id, to find a person's slot
    std::vector<uint64_t> m_removed;   // one bit a slot
    std::vector<Posting> m_directory;  // ordered by trigram
    std::vector<uint8_t> m_postings;
    QHash<uint32_t, QStringList> m_wide;
};

} // namespace khana
