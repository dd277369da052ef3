#include "BadgeCode.h"

#include <QRandomGenerator>

namespace khana::BadgeCode {

namespace {
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kLength = 6;
} // namespace

QString generate()
{
    QString code;
    for (int i = 0; i < kLength; ++i)
        code.append(QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(32)]));
    return code;
}

QString normalise(const QString &typed)
{
    QString out;
    for (QChar c : typed.toUpper()) {
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        if (c == QLatin1Char('O'))
            c = QLatin1Char('0');
        else if (c == QLatin1Char('I') || c == QLatin1Char('L'))
            c = QLatin1Char('1');
        out.append(c);
    }
    return out;
}

bool looksLikeCode(const QString &typed)
{
    const QString code = normalise(typed);
    if (code.size() != kLength)
        return false;
    for (QChar c : code)
        if (!QByteArrayView(kAlphabet).contains(char(c.toLatin1())) || c.unicode() > 127)
            return false;
    return true;
}

QString display(const QString &code)
{
    return code.size() == kLength ? code.left(3) + QLatin1Char('-') + code.mid(3) : code;
}

} // namespace khana::BadgeCode
