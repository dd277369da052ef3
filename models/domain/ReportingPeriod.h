#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace khana {

// The span a summary counts over, as offices report: the last twelve months, the calendar
// year, or the Thai fiscal year (ปีงบประมาณ, 1 October – 30 September, named by the year it
// ends in: fiscal 2026 = October 2025 – September 2026, ปีงบประมาณ 2569).
struct ReportingPeriod
{
    enum class Kind { LastTwelveMonths, CalendarYear, FiscalYear, LastFiscalYear };

    Kind kind = Kind::LastTwelveMonths;
    QDate first;
    QDate last; // never after the day it was made for

    // The period of `kind` that holds `today` (the one before it for LastFiscalYear).
    static ReportingPeriod of(Kind kind, const QDate &today);
    static QList<Kind> kinds();
    static QString code(Kind kind);
    static Kind fromCode(const QString &code); // LastTwelveMonths for an unknown code
    // "Last 12 months", "Year 2569", "Fiscal year 2569" in the user's language and era.
    QString label() const;
};

} // namespace khana
