#include "PlanFilterModel.h"

#include "PlanTreeModel.h"
#include "domain/DisplayConventions.h"

#include <QCoreApplication>

namespace khana {

Quarter Quarter::fromCode(const QString &code, bool fiscalUnlessSaid)
{
    QString text = code.trimmed().toUpper();
    bool fiscal = fiscalUnlessSaid;
    if (text.startsWith(QLatin1String("FY"))) {
        fiscal = true;
        text = text.mid(2);
    }
    const QStringList parts = text.split(QStringLiteral("-Q"));
    if (parts.size() != 2)
        return {};
    int year = parts.at(0).toInt();
    if (year > 2400)
        year -= DateFormatter::kBuddhistOffset;
    const Quarter q{year, parts.at(1).toInt(), fiscal};
    return q.isValid() ? q : Quarter{};
}

QString Quarter::label() const
{
    const int shown = DisplayConventions::current().dates().displayYear(year);
    return fiscal ? QCoreApplication::translate("Quarter", "Quarter %1, fiscal year %2").arg(number).arg(shown)
                  : QCoreApplication::translate("Quarter", "Quarter %1/%2").arg(number).arg(shown);
}

PlanFilterModel::PlanFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Parents of a matching activity stay visible.
    setRecursiveFilteringEnabled(true);
}

void PlanFilterModel::setUnit(const QString &unit)
{
    m_unit = unit;
    invalidateFilter();
}

void PlanFilterModel::setStatus(std::optional<ActivityStatus> status)
{
    m_status = status;
    invalidateFilter();
}

void PlanFilterModel::setPeriod(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

bool PlanFilterModel::isFiltering() const
{
    return !m_unit.isEmpty() || m_status || m_from.isValid();
}

bool PlanFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!isFiltering())
        return true;
    const auto *tree = qobject_cast<const PlanTreeModel *>(sourceModel());
    const PlanItem *item = tree ? tree->item(tree->index(sourceRow, 0, sourceParent)) : nullptr;
    if (!item || item->level != PlanLevel::Activity)
        return false; // shown only above a matching activity (recursive filtering)
    if (!m_unit.isEmpty() && item->responsibleUnit != m_unit)
        return false;
    if (m_status && item->status != *m_status)
        return false;
    if (m_from.isValid()) {
        // Runs during the period: starts before it ends and ends after it starts.
        const QDate starts = item->startsOn.isValid() ? item->startsOn : item->endsOn;
        const QDate ends = item->endsOn.isValid() ? item->endsOn : item->startsOn;
        if (!starts.isValid() || starts > m_to || ends < m_from)
            return false;
    }
    return true;
}

} // namespace khana
