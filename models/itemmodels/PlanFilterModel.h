#pragma once

#include "domain/Plan.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace khana {

// Shows the activities of one responsible unit, one status, or running in one quarter, with
// the issues, objectives and projects above them; shows everything when no filter is set.
class PlanFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PlanFilterModel(QObject *parent = nullptr);

    void setUnit(const QString &unit);
    void setStatus(std::optional<ActivityStatus> status);
    // The quarter's first and last day (invalid dates: any time).
    void setPeriod(const QDate &from, const QDate &to);
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_unit;
    std::optional<ActivityStatus> m_status;
    QDate m_from;
    QDate m_to;
};

// A quarter of a calendar year ("2024-Q1": January–March 2024) or of a Thai fiscal year
// ("FY2025-Q1": October–December 2024, ไตรมาส 1 ปีงบประมาณ 2568). The year is C.E.; a fiscal
// year is named by the year it ends in.
struct Quarter
{
    int year = 0; // C.E.
    int number = 0; // 1–4
    bool fiscal = false;
    QDate first() const
    {
        const QDate start = fiscal ? QDate(year - 1, 10, 1) : QDate(year, 1, 1);
        return start.addMonths((number - 1) * 3);
    }
    QDate last() const { return first().addMonths(3).addDays(-1); }
    // The stored form, C.E.: "2024-Q1", "FY2025-Q1".
    QString code() const { return QStringLiteral("%1%2-Q%3").arg(fiscal ? QStringLiteral("FY") : QString()).arg(year).arg(number); }
    bool isValid() const { return year > 0 && number >= 1 && number <= 4; }
    static Quarter of(const QDate &date, bool fiscal = false)
    {
        if (!fiscal)
            return {date.year(), (date.month() - 1) / 3 + 1, false};
        return {date.month() >= 10 ? date.year() + 1 : date.year(), ((date.month() + 2) % 12) / 3 + 1, true};
    }
    static Quarter of(const QDate &date, PlanYear year) { return of(date, year == PlanYear::Fiscal); }
    // "2024-Q1", "FY2025-Q1"; B.E. years (> 2400) converted. `fiscal` for a code without FY
    // typed for a fiscal-year plan ("2568-Q1" on the command line).
    static Quarter fromCode(const QString &code, bool fiscalUnlessSaid = false);
    Quarter next() const { return number == 4 ? Quarter{year + 1, 1, fiscal} : Quarter{year, number + 1, fiscal}; }
    Quarter previous() const { return number == 1 ? Quarter{year - 1, 4, fiscal} : Quarter{year, number - 1, fiscal}; }
    bool operator==(const Quarter &o) const { return year == o.year && number == o.number && fiscal == o.fiscal; }
    // "ไตรมาส 1/2567", "ไตรมาส 1 ปีงบประมาณ 2568" in the user's language and era.
    QString label() const;
};

} // namespace khana
