#include "ConsentModel.h"

#include "ItemRoles.h"
#include "domain/DisplayConventions.h"
#include "stores/ConsentStore.h"

#include <QHash>

namespace khana {

ConsentModel::ConsentModel(const QSqlDatabase &db, qint64 personId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_personId(personId)
{
    reload();
}

void ConsentModel::reload()
{
    const ConsentStore store(m_db);
    QHash<qint64, ConsentDecision> decided;
    for (const ConsentDecision &d : store.decisions(m_personId))
        decided.insert(d.purposeId, d);
    beginResetModel();
    m_rows.clear();
    for (const ConsentPurpose &p : store.purposes(true))
        if (!p.retired || decided.contains(p.id))
            m_rows.append({p, decided.value(p.id)});
    endResetModel();
}

int ConsentModel::rowOfPurpose(qint64 purposeId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).purpose.id == purposeId)
            return int(i);
    return -1;
}

int ConsentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConsentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConsentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool decided = row.decision.personId != 0;
    if (role == ItemRole::Id)
        return row.purpose.id;
    if (role == Qt::ToolTipRole && index.column() == Purpose)
        return row.purpose.statement;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Purpose:
        return row.purpose.retired ? tr("%1 (retired)").arg(row.purpose.name) : row.purpose.name;
    case Decision:
        if (!decided)
            return tr("Not asked");
        return row.decision.given ? tr("Given (statement version %1)").arg(row.decision.statementVersion)
                                  : tr("Withdrawn");
    case DecidedOn:
        return decided ? DisplayConventions::current().dates().shortDate(row.decision.decidedOn) : QString();
    case Method:
        return decided ? ConsentCodes::methodLabel(row.decision.method) : QString();
    case RecordedBy:
        return decided ? row.decision.recordedBy : QString();
    }
    return {};
}

QVariant ConsentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Purpose: return tr("Purpose");
    case Decision: return tr("Consent");
    case DecidedOn: return tr("Since");
    case Method: return tr("How");
    case RecordedBy: return tr("Recorded by");
    }
    return {};
}

ConsentPurposeModel::ConsentPurposeModel(const QSqlDatabase &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    reload();
}

void ConsentPurposeModel::reload()
{
    beginResetModel();
    m_purposes = ConsentStore(m_db).purposes(true);
    endResetModel();
}

int ConsentPurposeModel::rowOfPurpose(qint64 purposeId) const
{
    for (qsizetype i = 0; i < m_purposes.size(); ++i)
        if (m_purposes.at(i).id == purposeId)
            return int(i);
    return -1;
}

int ConsentPurposeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_purposes.size());
}

int ConsentPurposeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConsentPurposeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConsentPurpose &p = m_purposes.at(index.row());
    if (role == ItemRole::Id)
        return p.id;
    if (role == Qt::ToolTipRole)
        return p.statement;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name: return p.name;
    case Version: return p.statementVersion;
    case CheckedOnExport: return p.checkedOnExport ? tr("Warns") : QString();
    case State: return p.retired ? tr("Retired") : tr("Asked");
    }
    return {};
}

QVariant ConsentPurposeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Purpose");
    case Version: return tr("Statement version");
    case CheckedOnExport: return tr("Export warning");
    case State: return tr("State");
    }
    return {};
}

} // namespace khana
