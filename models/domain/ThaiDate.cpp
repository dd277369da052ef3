#include "ThaiDate.h"

#include "ThaiText.h"

#include <QCoreApplication>

namespace khana {

DateFormatter::DateFormatter(const QLocale &locale, Era era)
    : m_locale(locale)
    , m_era(era)
{
}

int DateFormatter::displayYear(int year) const
{
    return m_era == Era::Buddhist ? year + kBuddhistOffset : year;
}

int DateFormatter::commonYear(int displayedYear) const
{
    return m_era == Era::Buddhist ? displayedYear - kBuddhistOffset : displayedYear;
}

QString DateFormatter::longDate(const QDate &date) const
{
    if (!date.isValid())
        return {};
    // Day and month from the locale, the year in the chosen era: QLocale knows no Buddhist calendar.
    return QStringLiteral("%1 %2 %3")
        .arg(date.day())
        .arg(m_locale.monthName(date.month(), QLocale::LongFormat))
        .arg(displayYear(date.year()));
}

QString DateFormatter::shortDate(const QDate &date) const
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1/%2/%3")
        .arg(date.day(), 2, 10, QLatin1Char('0'))
        .arg(date.month(), 2, 10, QLatin1Char('0'))
        .arg(displayYear(date.year()));
}

QString DateFormatter::inputHint() const
{
    return QCoreApplication::translate("DateFormatter", "dd/mm/yyyy");
}

} // namespace khana
