// DateFormatter::read: reading dates as Thai people write them (rules in ThaiDate.h).

#include "ThaiDate.h"

#include "ThaiText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <optional>

namespace khana {

namespace {

// Free functions' texts, under the context "DateFormatter" that lupdate and the translator share.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DateFormatter)
};

// British and American short month names differ ("Sept", "Sep").
const QList<QLocale> &namingLocales()
{
    static const QList<QLocale> locales = {QLocale(QLocale::Thai, QLocale::Thailand), QLocale(QLocale::English, QLocale::UnitedKingdom),
                                           QLocale(QLocale::English, QLocale::UnitedStates)};
    return locales;
}

// Month and weekday names are compared without dots, spaces or case: "พ.ค.", "พค", "May", "may".
QString bare(QString text)
{
    return text.remove(QLatin1Char('.')).remove(QLatin1Char(' ')).remove(QLatin1Char(',')).toCaseFolded();
}

int monthNamed(const QString &word)
{
    const QString wanted = bare(word);
    if (wanted.isEmpty())
        return 0;
    for (int m = 1; m <= 12; ++m)
        for (const QLocale &locale : namingLocales())
            for (auto format : {QLocale::LongFormat, QLocale::ShortFormat})
                if (bare(locale.monthName(m, format)) == wanted)
                    return m;
    return 0;
}

// 1 (Monday) to 7, or 0. Thai: "วันศุกร์", "ศุกร์", "ศ."; English: "Friday", "Fri".
int weekdayNamed(const QString &word)
{
    QString wanted = bare(word);
    if (wanted.startsWith(QStringLiteral("วัน")) && wanted.size() > 3)
        wanted = wanted.mid(3);
    if (wanted.isEmpty())
        return 0;
    for (int d = 1; d <= 7; ++d) {
        for (const QLocale &locale : namingLocales())
            for (auto format : {QLocale::LongFormat, QLocale::ShortFormat}) {
                QString name = bare(locale.dayName(d, format));
                if (name.startsWith(QStringLiteral("วัน")) && name.size() > 3)
                    name = name.mid(3);
                if (name == wanted)
                    return d;
            }
    }
    return 0;
}

enum class Marker { None, Buddhist, Common };

// The era a marker in the text names, taking the marker out.
Marker takeEraMarker(QString &text)
{
    static const QRegularExpression buddhist(QStringLiteral("(^|[\\s,])(พ\\.?\\s?ศ\\.?|b\\.?\\s?e\\.?)(?=[\\s\\d]|$)"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression common(QStringLiteral("(^|[\\s,])(ค\\.?\\s?ศ\\.?|a\\.?\\s?d\\.?|c\\.?\\s?e\\.?)(?=[\\s\\d]|$)"),
                                           QRegularExpression::CaseInsensitiveOption);
    for (const auto &[pattern, marker] : {std::pair{&buddhist, Marker::Buddhist}, std::pair{&common, Marker::Common}}) {
        const auto m = pattern->match(text);
        if (m.hasMatch()) {
            text.replace(m.capturedStart(2), m.capturedLength(2), QString());
            return marker;
        }
    }
    return Marker::None;
}

// The weekday written before the date ("วันศุกร์ที่", "Friday,"), taken out.
int takeWeekday(QString &text)
{
    static const QRegularExpression leading(QStringLiteral("^([^\\d\\s,]+)(?:ที่)?[\\s,]+(?=\\S)"));
    const auto m = leading.match(text);
    if (!m.hasMatch())
        return 0;
    QString word = m.captured(1);
    if (word.endsWith(QStringLiteral("ที่")))
        word.chop(3);
    const int day = weekdayNamed(word);
    if (day != 0)
        text = text.mid(m.capturedEnd());
    return day;
}

struct Parts
{
    int day = 0;
    int month = 0;
    QString year;
};

std::optional<Parts> split(const QString &text)
{
    static const QRegularExpression numeric(QStringLiteral("^(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{2}|\\d{4})$"));
    if (const auto m = numeric.match(text); m.hasMatch())
        return Parts{m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3)};
    static const QRegularExpression dayFirst(QStringLiteral("^(\\d{1,2})\\s*([^\\d\\s,/]+(?:\\s[^\\d\\s,/]+)?)[\\s,]*(\\d{2}|\\d{4})$"));
    if (const auto m = dayFirst.match(text); m.hasMatch()) {
        const int month = monthNamed(m.captured(2));
        return month ? std::optional(Parts{m.captured(1).toInt(), month, m.captured(3)}) : std::nullopt;
    }
    static const QRegularExpression monthFirst(QStringLiteral("^([^\\d\\s,/]+)\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{2}|\\d{4})$"),
                                               QRegularExpression::CaseInsensitiveOption);
    if (const auto m = monthFirst.match(text); m.hasMatch()) {
        const int month = monthNamed(m.captured(1));
        return month ? std::optional(Parts{m.captured(2).toInt(), month, m.captured(3)}) : std::nullopt;
    }
    return std::nullopt;
}

// The Common-Era year, or 0 when the year cannot be told.
int yearInCommonEra(const QString &digits, Marker marker, Era era, const QDate &today)
{
    const int written = digits.toInt();
    const bool buddhist = marker == Marker::Buddhist || (marker == Marker::None && era == Era::Buddhist);
    if (digits.size() == 4) {
        if (marker == Marker::Buddhist)
            return written - DateFormatter::kBuddhistOffset;
        if (marker == Marker::Common)
            return written;
        if (written >= 2400)
            return written - DateFormatter::kBuddhistOffset;
        return written <= 2200 ? written : 0;
    }
    // Two digits: the century that puts the year between 89 years ago and 10 years ahead.
    const int now = buddhist ? today.year() + DateFormatter::kBuddhistOffset : today.year();
    int year = (now / 100) * 100 + written;
    if (year > now + 10)
        year -= 100;
    else if (year < now - 89)
        year += 100;
    return buddhist ? year - DateFormatter::kBuddhistOffset : year;
}

} // namespace

DateReading DateFormatter::read(const QString &input, const QDate &today) const
{
    const Era era = m_era;
    QString text = ThaiText::toArabicDigits(ThaiText::normalise(input));
    if (text.isEmpty())
        return {};
    // What spreadsheets add to a date cell: a time of day ("0:00", "00:00:00", "13.30 น.").
    static const QRegularExpression time(QStringLiteral("[\\sT]+\\d{1,2}[:.]\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s*(?:น\\.?|am|pm)?$"),
                                         QRegularExpression::CaseInsensitiveOption);
    text.remove(time);

    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    Parts parts;
    Marker marker = Marker::None;
    int weekday = 0;
    if (const auto m = iso.match(text); m.hasMatch()) {
        parts = {m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1)};
        marker = Marker::Common;
    } else {
        marker = takeEraMarker(text);
        text = text.simplified();
        // "วันที่ 3 ...", "ที่ 3 ..."
        for (const QString &lead : {QStringLiteral("วันที่"), QStringLiteral("ที่")})
            if (text.startsWith(lead))
                text = text.mid(lead.size()).trimmed();
        weekday = takeWeekday(text);
        const auto found = split(text.simplified());
        if (!found)
            return {{}, Text::tr("This is not a date Khana can read. Type it like %1 or %2.").arg(shortDate(QDate(2024, 5, 3)), longDate(QDate(2024, 5, 3)))};
        parts = *found;
    }

    const int year = yearInCommonEra(parts.year, marker, era, today);
    if (year == 0)
        return {{}, Text::tr("The year %1 is neither a Buddhist-Era year (from 2400) nor a Common-Era one (up to 2200).").arg(parts.year)};
    if (parts.month < 1 || parts.month > 12)
        return {{}, Text::tr("There is no month %1: the month comes second, as in 3/5/2567.").arg(parts.month)};
    const QDate first(year, parts.month, 1);
    if (parts.day < 1 || parts.day > first.daysInMonth()) {
        return {{}, Text::tr("%1 %2 has %3 days.").arg(m_locale.monthName(parts.month)).arg(displayYear(year)).arg(first.daysInMonth())};
    }
    const QDate date(year, parts.month, parts.day);
    if (weekday != 0 && date.dayOfWeek() != weekday) {
        return {{}, Text::tr("That date is a %1, not a %2.").arg(m_locale.dayName(date.dayOfWeek()), m_locale.dayName(weekday))};
    }
    return {date, {}};
}

} // namespace khana
