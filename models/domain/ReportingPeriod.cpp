#include "ReportingPeriod.h"

#include "DisplayConventions.h"

#include <QCoreApplication>

namespace khana {

namespace {

// The fiscal year named by the year it ends in.
int fiscalYearOf(const QDate &date)
{
    return date.month() >= 10 ? date.year() + 1 : date.year();
}

} // namespace

ReportingPeriod ReportingPeriod::of(Kind kind, const QDate &today)
{
    ReportingPeriod p;
    p.kind = kind;
    p.last = today;
    switch (kind) {
    case Kind::LastTwelveMonths:
        p.first = QDate(today.year(), today.month(), 1).addMonths(-11);
        break;
    case Kind::CalendarYear:
        p.first = QDate(today.year(), 1, 1);
        break;
    case Kind::FiscalYear:
        p.first = QDate(fiscalYearOf(today) - 1, 10, 1);
        break;
    case Kind::LastFiscalYear:
        p.first = QDate(fiscalYearOf(today) - 2, 10, 1);
        p.last = QDate(fiscalYearOf(today) - 1, 9, 30);
        break;
    }
    return p;
}

QList<ReportingPeriod::Kind> ReportingPeriod::kinds()
{
    return {Kind::LastTwelveMonths, Kind::CalendarYear, Kind::FiscalYear, Kind::LastFiscalYear};
}

QString ReportingPeriod::code(Kind kind)
{
    switch (kind) {
    case Kind::LastTwelveMonths:
        return QStringLiteral("last12");
    case Kind::CalendarYear:
        return QStringLiteral("year");
    case Kind::FiscalYear:
        return QStringLiteral("fiscal");
    case Kind::LastFiscalYear:
        return QStringLiteral("lastFiscal");
    }
    return {};
}

ReportingPeriod::Kind ReportingPeriod::fromCode(const QString &code)
{
    for (Kind k : kinds())
        if (ReportingPeriod::code(k) == code)
            return k;
    return Kind::LastTwelveMonths;
}

QString ReportingPeriod::label() const
{
    const DateFormatter &dates = DisplayConventions::current().dates();
    switch (kind) {
    case Kind::LastTwelveMonths:
        return QCoreApplication::translate("ReportingPeriod", "Last 12 months");
    case Kind::CalendarYear:
        return QCoreApplication::translate("ReportingPeriod", "Year %1").arg(dates.displayYear(first.year()));
    case Kind::FiscalYear:
    case Kind::LastFiscalYear:
        return QCoreApplication::translate("ReportingPeriod", "Fiscal year %1").arg(dates.displayYear(fiscalYearOf(first)));
    }
    return {};
}

} // namespace khana
