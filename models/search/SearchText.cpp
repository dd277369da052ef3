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

QByteArray fragment(const QString &text)
{
    QByteArray out;
    out.reserve(text.size());
    if (!append(text, &out))
        return {};
    return out;
}

} // namespace khana::SearchText
