#include "SearchText.h"

namespace khana::SearchText {

namespace {

constexpr char16_t kThaiFirst = 0x0E01;
constexpr char16_t kThaiLast = 0x0E5B;
constexpr char16_t kThaiGapFirst = 0x0E3B; // unassigned: U+0E3B–U+0E3E
constexpr char16_t kThaiGapLast = 0x0E3E;

// The byte of a character already lower-cased, or kUnknown.
char byteOf(char16_t c)
{
    if (c >= 0x20 && c < 0x7F)
        return char(c);
    if (c >= kThaiFirst && c <= kThaiLast && (c < kThaiGapFirst || c > kThaiGapLast))
        return char(0x80 + (c - 0x0E00));
    return kUnknown;
}

bool appendLowered(QStringView lowered, QByteArray *out)
{
    bool all = true;
    for (QChar c : lowered) {
        const char b = byteOf(c.unicode());
        all = all && b != kUnknown;
        out->append(b);
    }
    return all;
}

} // namespace

bool append(QStringView text, QByteArray *out)
{
    // ASCII and Thai lower-case character by character (Thai has no case); anything else may
    // lower-case into more characters or into ASCII (K, the Kelvin sign, into k), so the whole
    // text is lower-cased as Qt does it.
    const qsizetype start = out->size();
    for (QChar c : text) {
        const char16_t u = c.unicode();
        char b = byteOf(u);
        if (u >= 'A' && u <= 'Z')
            b = char(u + ('a' - 'A'));
        if (b == kUnknown) {
            out->truncate(start);
            return appendLowered(text.toString().toLower(), out);
        }
        out->append(b);
    }
    return true;
}

bool appendUtf8(const char *utf8, qsizetype size, QByteArray *out)
{
    const qsizetype start = out->size();
    const auto *s = reinterpret_cast<const unsigned char *>(utf8);
    qsizetype i = 0;
    while (i < size) {
        const unsigned char b = s[i];
        if (b >= 0x20 && b < 0x7F) {
            out->append(b >= 'A' && b <= 'Z' ? char(b + ('a' - 'A')) : char(b));
            ++i;
            continue;
        }
        // Thai is U+0E00–U+0E7F: E0 B8 80–BF and E0 B9 80–BF.
        if (b == 0xE0 && i + 2 < size && (s[i + 1] == 0xB8 || s[i + 1] == 0xB9) && (s[i + 2] & 0xC0) == 0x80) {
            const char t = byteOf(char16_t(0x0E00 + ((s[i + 1] - 0xB8) << 6) + (s[i + 2] & 0x3F)));
            if (t != kUnknown) {
                out->append(t);
                i += 3;
                continue;
            }
        }
        out->truncate(start);
        return append(QString::fromUtf8(utf8, size), out);
    }
    return true;
}

QByteArray fragment(const QString &text)
{
    QByteArray out;
    out.reserve(text.size());
    if (!append(text, &out))
        return {};
    return out;
}

} // namespace khana::SearchText
