#include "PhoneNumber.h"

#include "ThaiText.h"

#include <QCoreApplication>

#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <optional>

namespace khana::PhoneNumber {

namespace {

using i18n::phonenumbers::PhoneNumberUtil;
using LibraryNumber = i18n::phonenumbers::PhoneNumber;

constexpr int kThailand = 66;

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

// A number written with its trunk zero and 8 or 9 more digits (the form nearly every roster
// holds) is what Parse() reads as +66 and the digits after the zero. Built directly, the
// library still decides whether it is a number in use and of what kind; only the parsing,
// most of the library's time per number (its patterns run one by one), is skipped.
std::optional<LibraryNumber> nationalForm(const QString &typed, const QString &digits)
{
    if ((digits.size() != 9 && digits.size() != 10) || digits.at(0) != QLatin1Char('0') || digits.at(1) == QLatin1Char('0')
        || typed.contains(QLatin1Char('+')))
        return std::nullopt;
    LibraryNumber number;
    number.set_country_code(kThailand);
    number.set_national_number(digits.mid(1).toULongLong());
    return number;
}

QString stored(const PhoneNumberUtil &util, const LibraryNumber &number, PhoneNumberUtil::PhoneNumberType type, Kind *kind)
{
    std::string text;
    Kind found = Kind::Foreign;
    if (number.country_code() == kThailand) {
        util.GetNationalSignificantNumber(number, &text);
        text.insert(0, 1, '0');
        found = type == PhoneNumberUtil::MOBILE || type == PhoneNumberUtil::FIXED_LINE_OR_MOBILE ? Kind::Mobile : Kind::Landline;
    } else {
        util.Format(number, PhoneNumberUtil::E164, &text);
    }
    if (kind)
        *kind = found;
    return QString::fromStdString(text);
}

} // namespace

QString normaliseByParsing(const QString &input, Kind *kind)
{
    if (kind)
        *kind = Kind::Invalid;
    bool clean = false;
    if (digitsOf(input, &clean).isEmpty() || !clean)
        return {};
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    LibraryNumber number;
    const QString typed = ThaiText::toArabicDigits(input.trimmed());
    // The library's type of a number is UNKNOWN exactly when the number is not valid.
    auto type = PhoneNumberUtil::UNKNOWN;
    auto valid = [&](const QString &text) {
        if (util.Parse(text.toStdString(), "TH", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
            return false;
        type = util.GetNumberType(number);
        return type != PhoneNumberUtil::UNKNOWN;
    };
    // Calling out of Thailand starts 001 (or 007, 008, 009); people used to other countries
    // write 00 and the country code: read that as +.
    if (!valid(typed) && !(typed.startsWith(QLatin1String("00")) && valid(QLatin1Char('+') + typed.mid(2))))
        return {};
    return stored(util, number, type, kind);
}

QString normalise(const QString &input, Kind *kind)
{
    bool clean = false;
    const QString digits = digitsOf(input, &clean);
    if (clean) {
        if (const auto number = nationalForm(input, digits)) {
            const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
            if (const auto type = util.GetNumberType(*number); type != PhoneNumberUtil::UNKNOWN)
                return stored(util, *number, type, kind);
        }
    }
    return normaliseByParsing(input, kind);
}

QString format(const QString &stored)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    LibraryNumber number;
    if (stored.isEmpty() || util.Parse(stored.toStdString(), "TH", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return stored;
    std::string text;
    if (number.country_code() == kThailand) {
        // libphonenumber's national form groups with spaces; Thai offices write hyphens.
        util.Format(number, PhoneNumberUtil::NATIONAL, &text);
        std::replace(text.begin(), text.end(), ' ', '-');
    } else {
        util.Format(number, PhoneNumberUtil::INTERNATIONAL, &text);
        // "+1 415-555-2671": the country code apart, the rest as that country writes it.
    }
    return QString::fromStdString(text);
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
    return QCoreApplication::translate("PhoneNumber", "This is not a phone number in use: a Thai mobile has 10 digits (08x-xxx-xxxx), a landline 9 "
                                                      "with its area code (02-xxx-xxxx, 053-xxx-xxx); a number from abroad starts with + and its country code.");
}

} // namespace khana::PhoneNumber
