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

// "2567-Q1" in the Buddhist Era or "2024-Q1": the first and last day of the quarter.
struct Quarter
{
    int year = 0; // C.E.
    int number = 0; // 1–4
    QDate first() const { return QDate(year, (number - 1) * 3 + 1, 1); }
    QDate last() const { return first().addMonths(3).addDays(-1); }
    QString code() const { return QStringLiteral("%1-Q%2").arg(year).arg(number); } // stored form, C.E.
    bool isValid() const { return year > 0 && number >= 1 && number <= 4; }
    static Quarter of(const QDate &date) { return {date.year(), (date.month() - 1) / 3 + 1}; }
    static Quarter fromCode(const QString &code); // C.E. "2024-Q1"; B.E. years (> 2400) converted
    Quarter next() const { return number == 4 ? Quarter{year + 1, 1} : Quarter{year, number + 1}; }
    Quarter previous() const { return number == 1 ? Quarter{year - 1, 4} : Quarter{year, number - 1}; }
    bool operator==(const Quarter &o) const { return year == o.year && number == o.number; }
};

} // namespace khana
