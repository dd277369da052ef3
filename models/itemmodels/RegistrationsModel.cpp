#include "RegistrationsModel.h"

#include "ItemRoles.h"
#include "domain/BadgeCode.h"
#include "domain/DisplayConventions.h"
#include "domain/Collation.h"

#include <algorithm>

namespace khana {

RegistrationsModel::RegistrationsModel(const QSqlDatabase &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

void RegistrationsModel::setWorkshop(qint64 workshopId)
{
    m_workshopId = workshopId;
    reload();
}

void RegistrationsModel::reload()
{
    beginResetModel();
    const DisplayConventions &conventions = DisplayConventions::current();
    m_entries = m_workshopId ? RegistrationStore(m_db).loadForCheckIn(m_workshopId, conventions.prefersThaiNames())
                             : QList<CheckInEntry>{};
    std::sort(m_entries.begin(), m_entries.end(), [](const CheckInEntry &a, const CheckInEntry &b) {
        return Collation::lessThan(a.nameTh, b.nameTh);
    });
    endResetModel();
}

int RegistrationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RegistrationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegistrationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CheckInEntry &e = m_entries.at(index.row());
    const DisplayConventions &conventions = DisplayConventions::current();
    if (role == ItemRole::Id)
        return e.registrationId;
    if (role == ItemRole::Raw) {
        switch (index.column()) {
        case Status: return RegistrationCodes::statusCode(e.status);
        case Badge: return e.badgeCode;
        case CheckedIn: return e.checkedInAt;
        // Sorted in Thai dictionary order (ICU's keys compare byte by byte).
        case Name: return Collation::sortKey(conventions.pick(e.nameTh, e.nameEn));
        case Category: return Collation::sortKey(e.categoryName);
        case Province: return Collation::sortKey(e.provinceName);
        default: break;
        }
    }
    if (role != Qt::DisplayRole && role != ItemRole::Raw)
        return {};
    switch (index.column()) {
    case Name: return conventions.pick(e.nameTh, e.nameEn);
    case Category: return e.categoryName;
    case Province: return e.provinceName;
    case Status: return RegistrationCodes::statusLabel(e.status);
    case Badge: return BadgeCode::display(e.badgeCode);
    case CheckedIn:
        return e.checkedInAt.isValid() ? conventions.locale().toString(e.checkedInAt.toLocalTime().time(), QStringLiteral("HH:mm"))
                                       : QString();
    default: return {};
    }
}

QVariant RegistrationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Category: return tr("Category");
    case Province: return tr("Province");
    case Status: return tr("Status");
    case Badge: return tr("Badge code");
    case CheckedIn: return tr("Arrived");
    default: return {};
    }
}

} // namespace khana
