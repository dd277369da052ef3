#include "QuotaMatrixModel.h"

#include "ItemRoles.h"

#include <QFont>
#include <QLocale>

namespace khana {

QuotaMatrixModel::QuotaMatrixModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void QuotaMatrixModel::setProvinceNames(const QHash<QString, QString> &names)
{
    beginResetModel();
    m_provinceNames = names;
    endResetModel();
}

void QuotaMatrixModel::setMatrix(const QuotaMatrix &matrix)
{
    beginResetModel();
    m_matrix = matrix;
    endResetModel();
}

void QuotaMatrixModel::updateCounts(const QuotaMatrix &matrix)
{
    m_matrix = matrix;
    const int rows = rowCount();
    if (rows == 0)
        return;
    Q_EMIT dataChanged(index(0, Planned), index(rows - 1, ColumnCount - 1));
    for (int c = 0; c < m_matrix.categories().size(); ++c) {
        const int children = rowCount(index(c, 0));
        if (children > 0)
            Q_EMIT dataChanged(index(0, Planned, index(c, 0)), index(children - 1, ColumnCount - 1, index(c, 0)));
    }
}

QStringList QuotaMatrixModel::provinceRows(int category) const
{
    if (category < 0 || category >= m_matrix.categories().size()
        || m_matrix.categories().at(category).quotaKind != QuotaKind::PerProvince)
        return {};
    QStringList rows = m_matrix.provinceCodes();
    if (m_matrix.hasUnassigned(category))
        rows.append(QString());
    return rows;
}

QModelIndex QuotaMatrixModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : quintptr(0));
}

QModelIndex QuotaMatrixModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int QuotaMatrixModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_matrix.categories().isEmpty() ? 0 : int(m_matrix.categories().size()) + 1; // + total
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(provinceRows(parent.row()).size());
}

int QuotaMatrixModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QuotaCell QuotaMatrixModel::cellAt(const QModelIndex &index) const
{
    if (index.internalId() != 0) {
        const int category = int(index.internalId() - 1);
        return m_matrix.province(category, provinceRows(category).value(index.row()));
    }
    if (index.row() == m_matrix.categories().size())
        return m_matrix.total();
    return m_matrix.category(index.row());
}

QVariant QuotaMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool totalRow = index.internalId() == 0 && index.row() == m_matrix.categories().size();
    if (role == Qt::FontRole && totalRow) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && index.column() != Name)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != ItemRole::Raw)
        return {};
    if (index.column() == Name) {
        if (index.internalId() != 0) {
            const QString code = provinceRows(int(index.internalId() - 1)).value(index.row());
            return code.isEmpty() ? tr("(no province)") : m_provinceNames.value(code, code);
        }
        if (totalRow)
            return tr("Total");
        const ParticipantCategory &c = m_matrix.categories().at(index.row());
        if (role == ItemRole::Raw)
            return c.name;
        return c.quotaKind == QuotaKind::PerProvince ? tr("%1 (%2 per province)").arg(c.name).arg(c.quota) : c.name;
    }
    const QuotaCell cell = cellAt(index);
    int value = 0;
    switch (index.column()) {
    case Planned: value = cell.planned; break;
    case Registered: value = cell.registered; break;
    case Attended: value = cell.attended; break;
    case Open: value = qMax(0, cell.planned - cell.registered); break;
    default: return {};
    }
    if (role == ItemRole::Raw)
        return value;
    return QLocale().toString(value);
}

QVariant QuotaMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Category");
    case Planned: return tr("Planned");
    case Registered: return tr("Registered");
    case Attended: return tr("Attended");
    case Open: return tr("Places left");
    default: return {};
    }
}

} // namespace khana
