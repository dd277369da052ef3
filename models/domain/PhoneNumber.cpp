#include "PhoneNumber.h"

#include "ThaiText.h"

#include <QCoreApplication>

namespace khana::PhoneNumber {

namespace {

bool isSeparator(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('(')
        || c == QLatin1Char(')') || c == QLatin1Char('/');
}

QString digitsOf(const QString &text, bool *onlyDigitsAndSeparators)
{
    QString digits;
    bool clean = true;
    const QString arabic = ThaiText::toArabicDigits(text.trimmed());
    for (qsizetype i = 0; i < arabic.size(); ++i) {
        const QChar c = arabic.at(i);
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits.append(c);
        else if (c == QLatin1Char('+') && digits.isEmpty())
            continue;
        else if (!isSeparator(c))
            clean = false;
    }
    if (onlyDigitsAndSeparators)
        *onlyDigitsAndSeparators = clean;
    return digits;
}

QString withoutCountryCode(QString digits)
{
    if (digits.startsWith(QLatin1String("0066")))
        digits = QLatin1Char('0') + digits.mid(4);
    else if (digits.startsWith(QLatin1String("66")) && digits.size() >= 10)
        digits = QLatin1Char('0') + digits.mid(2);
    return digits;
}

} // namespace

QString normalise(const QString &input, Kind *kind)
{
    bool clean = false;
    const QString digits = withoutCountryCode(digitsOf(input, &clean));
    Kind found = Kind::Invalid;
    if (clean && digits.size() == 10 && digits.startsWith(QLatin1Char('0'))
        && QStringLiteral("689").contains(digits.at(1))) {
        found = Kind::Mobile;
    } else if (clean && digits.size() == 9 && digits.startsWith(QLatin1Char('0'))
               && QStringLiteral("234567").contains(digits.at(1))) {
        found = Kind::Landline;
    }
    if (kind)
        *kind = found;
    return found == Kind::Invalid ? QString() : digits;
}

QString format(const QString &digits)
{
    if (digits.size() == 10)
        return digits.left(3) + QLatin1Char('-') + digits.mid(3, 3) + QLatin1Char('-') + digits.mid(6);
    if (digits.size() == 9 && digits.startsWith(QLatin1String("02")))
        return digits.left(2) + QLatin1Char('-') + digits.mid(2, 3) + QLatin1Char('-') + digits.mid(5);
    if (digits.size() == 9)
        return digits.left(3) + QLatin1Char('-') + digits.mid(3, 3) + QLatin1Char('-') + digits.mid(6);
    return digits;
}

bool looksLikePhone(const QString &text)
{
    bool clean = false;
    const QString digits = digitsOf(text, &clean);
    return clean && !digits.isEmpty();
}

QString searchDigits(const QString &text)
{
    return withoutCountryCode(digitsOf(text, nullptr));
}

QString describeInvalid()
{
    return QCoreApplication::translate(
        "PhoneNumber", "Enter a Thai phone number: a mobile number has 10 digits (08x-xxx-xxxx), a landline 9 (02-xxx-xxxx).");
}

} // namespace khana::PhoneNumber
