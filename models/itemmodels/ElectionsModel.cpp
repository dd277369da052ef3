#include "ElectionsModel.h"

#include "ItemRoles.h"
#include "domain/DisplayConventions.h"

namespace khana {

ElectionsModel::ElectionsModel(const QSqlDatabase &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

void ElectionsModel::setFilter(const ElectionFilter &filter)
{
    m_filter = filter;
    m_cleared = false;
    reload();
}

void ElectionsModel::reload()
{
    beginResetModel();
    m_rows = m_cleared ? QList<ElectionListing>{} : GrowthStore(m_db).elections(m_filter);
    endResetModel();
}

void ElectionsModel::clear()
{
    m_filter = {};
    m_cleared = true;
    reload();
}

int ElectionsModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).election.id == id)
            return row;
    return -1;
}

int ElectionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ElectionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ElectionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ElectionListing &row = m_rows.at(index.row());
    const RepresentativeElection &e = row.election;
    if (role == ItemRole::Id)
        return e.id;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Candidates || index.column() == VotesCast ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    const DisplayConventions &conventions = DisplayConventions::current();
    if (role == ItemRole::Raw) {
        switch (index.column()) {
        case HeldOn: return e.heldOn;
        case District: return e.districtCode;
        case Meeting: return e.workshopId;
        case Candidates: return e.candidates ? QVariant(*e.candidates) : QVariant();
        case VotesCast: return e.votesCast ? QVariant(*e.votesCast) : QVariant();
        case Elected: return e.electedPersonId;
        case Term: return e.termEnd;
        default: return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const DateFormatter &dates = conventions.dates();
    switch (index.column()) {
    case HeldOn: return dates.shortDate(e.heldOn);
    case District: {
        const QString district = conventions.pick(row.districtTh, row.districtEn);
        // Within one province the province goes without saying.
        return m_filter.provinceCode.isEmpty() ? tr("%1, %2").arg(district, conventions.pick(row.provinceTh, row.provinceEn)) : district;
    }
    case Meeting: return row.workshopTitle;
    case Candidates: return e.candidates ? conventions.locale().toString(*e.candidates) : QString();
    case VotesCast: return e.votesCast ? conventions.locale().toString(*e.votesCast) : QString();
    case Elected: return row.electedName.isEmpty() ? tr("(nobody elected)") : row.electedName;
    case Term:
        if (!e.termStart.isValid() && !e.termEnd.isValid())
            return QString();
        return tr("%1 – %2").arg(dates.shortDate(e.termStart), dates.shortDate(e.termEnd));
    default: return {};
    }
}

QVariant ElectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HeldOn: return tr("Held on");
    case District: return tr("District");
    case Meeting: return tr("Meeting");
    case Candidates: return tr("Candidates");
    case VotesCast: return tr("Votes cast");
    case Elected: return tr("Elected");
    case Term: return tr("Term");
    default: return {};
    }
}

} // namespace khana
