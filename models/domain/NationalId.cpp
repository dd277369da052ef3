#include "NationalId.h"

#include "ThaiText.h"

#include <QCoreApplication>

namespace khana::NationalId {

int checkDigit(QStringView firstTwelve)
{
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += (firstTwelve.at(i).unicode() - u'0') * (13 - i);
    return (11 - sum % 11) % 10;
}

Problem check(const QString &input, QString *digits)
{
    const QString text = ThaiText::toArabicDigits(input).trimmed();
    if (text.isEmpty())
        return Problem::Empty;
    QString bare;
    for (QChar c : text) {
        if (c.isDigit() && c.unicode() < 128)
            bare.append(c);
        else if (c != QLatin1Char('-') && c != QLatin1Char(' '))
            return Problem::NotDigits;
    }
    if (bare.size() != 13)
        return Problem::WrongLength;
    if (checkDigit(bare) != bare.at(12).unicode() - u'0')
        return Problem::BadChecksum;
    if (digits)
        *digits = bare;
    return Problem::None;
}

bool isValid(const QString &input)
{
    return check(input) == Problem::None;
}

QString format(const QString &digits)
{
    if (digits.size() != 13)
        return digits;
    return digits.left(1) + QLatin1Char('-') + digits.mid(1, 4) + QLatin1Char('-') + digits.mid(5, 5)
        + QLatin1Char('-') + digits.mid(10, 2) + QLatin1Char('-') + digits.right(1);
}

QString masked(const QString &digits)
{
    if (digits.size() != 13)
        return {};
    return QStringLiteral("x-xxxx-xxxxx-%1-%2").arg(digits.mid(10, 2), digits.right(1));
}

QString describe(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return QCoreApplication::translate("NationalId", "The national ID number is empty.");
    case Problem::NotDigits:
        return QCoreApplication::translate("NationalId", "A national ID number has digits only.");
    case Problem::WrongLength:
        return QCoreApplication::translate("NationalId", "A national ID number has 13 digits.");
    case Problem::BadChecksum:
        return QCoreApplication::translate(
            "NationalId", "This is not a valid national ID number: the last digit does not match. Check for a mistyped digit.");
    }
    return {};
}

} // namespace khana::NationalId
