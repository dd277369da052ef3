#include "AuditModel.h"

#include "ItemRoles.h"
#include "domain/DisplayConventions.h"
#include "domain/ThaiDate.h"

namespace khana {

AuditModel::AuditModel(const QSqlDatabase &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

bool AuditModel::setFilter(const AuditFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_error.clear();
    QList<AuditEntry> first;
    const bool read = AuditTrail(m_db).page(m_filter, 0, kPageSize, &first, &m_error);
    m_rows = first;
    m_more = false;
    endResetModel();
    // Only now: a view (or a tester) reacting to the reset would otherwise fetch into a model
    // still being reset.
    m_more = read && first.size() == kPageSize;
    return read;
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AuditEntry &e = m_rows.at(index.row());
    if (role == ItemRole::Id)
        return e.id;
    if (role == ItemRole::Raw) {
        switch (index.column()) {
        case When: return e.at.toString(Qt::ISODateWithMs);
        case Action: return e.action;
        case Record: return e.entity;
        default: break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case When: {
        const QDateTime local = e.at.toLocalTime();
        return DisplayConventions::current().dates().shortDate(local.date()) + QLatin1Char(' ') + local.toString(QStringLiteral("HH:mm:ss"));
    }
    case Who: return e.actor;
    case Action: return AuditTrail::actionLabel(e.action);
    case Record: return e.entityId.isEmpty() ? AuditTrail::entityLabel(e.entity) : tr("%1 %2").arg(AuditTrail::entityLabel(e.entity), e.entityId);
    case Detail: return e.detail;
    default: return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When: return tr("When");
    case Who: return tr("Who");
    case Action: return tr("Action");
    case Record: return tr("Record");
    case Detail: return tr("Detail");
    default: return {};
    }
}

bool AuditModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_fetching;
}

void AuditModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !canFetchMore(parent) || m_rows.isEmpty())
        return;
    QList<AuditEntry> next;
    if (!AuditTrail(m_db).page(m_filter, m_rows.last().id, kPageSize, &next, &m_error)) {
        m_more = false;
        return;
    }
    m_more = next.size() == kPageSize;
    if (next.isEmpty())
        return;
    // A view asking for more while these rows go in would read the same page again.
    m_fetching = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + next.size() - 1));
    m_rows.append(next);
    endInsertRows();
    m_fetching = false;
}

} // namespace khana
