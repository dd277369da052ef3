#include "ThaiText.h"

namespace khana::ThaiText {

namespace {

constexpr char16_t kNikhahit = 0x0E4D;
constexpr char16_t kSaraAa = 0x0E32;
constexpr char16_t kSaraAm = 0x0E33;
constexpr char16_t kThaiDigitZero = 0x0E50;

bool isToneMark(QChar c)
{
    return c.unicode() >= 0x0E48 && c.unicode() <= 0x0E4B;
}

bool isInvisible(QChar c)
{
    switch (c.unicode()) {
    case 0x200B: // zero-width space
    case 0x200C: // zero-width non-joiner
    case 0x200D: // zero-width joiner
    case 0x2060: // word joiner
    case 0xFEFF: // byte-order mark / zero-width no-break space
    case 0x00AD: // soft hyphen
        return true;
    default:
        return false;
    }
}

} // namespace

QString normalise(const QString &text)
{
    const QString composed = text.normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(composed.size());
    bool pendingSpace = false;
    for (qsizetype i = 0; i < composed.size(); ++i) {
        const QChar c = composed.at(i);
        if (isInvisible(c))
            continue;
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        if (c.unicode() == kNikhahit) {
            // nikhahit [tone mark] sara aa  ->  [tone mark] sara am
            qsizetype next = i + 1;
            QChar tone;
            if (next < composed.size() && isToneMark(composed.at(next))) {
                tone = composed.at(next);
                ++next;
            }
            if (next < composed.size() && composed.at(next).unicode() == kSaraAa) {
                if (!tone.isNull())
                    out.append(tone);
                out.append(QChar(kSaraAm));
                i = next;
                continue;
            }
        }
        out.append(c);
    }
    return out;
}

QString toThaiDigits(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            c = QChar(char16_t(kThaiDigitZero + (c.unicode() - u'0')));
    }
    return out;
}

QString toArabicDigits(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.unicode() >= kThaiDigitZero && c.unicode() <= kThaiDigitZero + 9)
            c = QChar(char16_t(u'0' + (c.unicode() - kThaiDigitZero)));
    }
    return out;
}

} // namespace khana::ThaiText
