#include "PlanTreeModel.h"

#include "ItemRoles.h"
#include "domain/DisplayConventions.h"
#include "domain/Money.h"
#include "stores/PlanEditor.h"

#include <QColor>
#include <QFont>
#include <QIODevice>
#include <QMimeData>

#include <functional>

namespace khana {

const QString PlanTreeModel::kMimeType = QStringLiteral("application/x-khana-plan-item");

PlanTreeModel::PlanTreeModel(PlanEditor *editor, QObject *parent)
    : QAbstractItemModel(parent)
    , m_editor(editor)
{
    connect(editor, &PlanEditor::itemInserted, this, &PlanTreeModel::onInserted);
    connect(editor, &PlanEditor::itemUpdated, this, &PlanTreeModel::onUpdated);
    connect(editor, &PlanEditor::itemRemoved, this, &PlanTreeModel::onRemoved);
    connect(editor, &PlanEditor::subtreeRestored, this, &PlanTreeModel::onRestored);
    connect(editor, &PlanEditor::itemMoved, this, &PlanTreeModel::onMoved);
    connect(editor, &PlanEditor::failed, this, &PlanTreeModel::editRefused);
    reload();
}

void PlanTreeModel::reload()
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    for (const PlanItem &i : m_editor->store().items(m_editor->planId()))
        addNode(i);
    endResetModel();
}

void PlanTreeModel::addNode(const PlanItem &item)
{
    m_nodes.insert(item.id, Node{item, {}});
    QList<qint64> &siblings = childrenOf(item.parentId);
    siblings.insert(qBound(0, item.position, int(siblings.size())), item.id);
}

QList<qint64> &PlanTreeModel::childrenOf(qint64 parentId)
{
    return parentId == 0 ? m_roots : m_nodes[parentId].children;
}

const QList<qint64> &PlanTreeModel::childrenOf(qint64 parentId) const
{
    static const QList<qint64> none;
    if (parentId == 0)
        return m_roots;
    const auto it = m_nodes.constFind(parentId);
    return it == m_nodes.cend() ? none : it->children;
}

int PlanTreeModel::rowOf(qint64 id) const
{
    const auto it = m_nodes.constFind(id);
    if (it == m_nodes.cend())
        return -1;
    return int(childrenOf(it->item.parentId).indexOf(id));
}

const PlanItem *PlanTreeModel::item(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const auto it = m_nodes.constFind(qint64(index.internalId()));
    return it == m_nodes.cend() ? nullptr : &it->item;
}

const PlanItem *PlanTreeModel::itemById(qint64 id) const
{
    const auto it = m_nodes.constFind(id);
    return it == m_nodes.cend() ? nullptr : &it->item;
}

QModelIndex PlanTreeModel::indexOf(qint64 id, int column) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : createIndex(row, column, quintptr(id));
}

QString PlanTreeModel::outlineNumber(qint64 id) const
{
    QStringList parts;
    qint64 current = id;
    while (current != 0 && m_nodes.contains(current)) {
        parts.prepend(QString::number(rowOf(current) + 1));
        current = m_nodes.value(current).item.parentId;
    }
    return parts.join(QLatin1Char('.'));
}

QList<PlanItem> PlanTreeModel::itemsInOrder() const
{
    QList<PlanItem> out;
    std::function<void(const QList<qint64> &)> walk = [&](const QList<qint64> &ids) {
        for (qint64 id : ids) {
            out.append(m_nodes.value(id).item);
            walk(m_nodes.value(id).children);
        }
    };
    walk(m_roots);
    return out;
}

QModelIndex PlanTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const QList<qint64> &children = childrenOf(parent.isValid() ? qint64(parent.internalId()) : 0);
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex PlanTreeModel::parent(const QModelIndex &child) const
{
    const PlanItem *i = item(child);
    if (!i || i->parentId == 0)
        return {};
    return indexOf(i->parentId);
}

int PlanTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent.isValid() ? qint64(parent.internalId()) : 0).size());
}

int PlanTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PlanTreeModel::data(const QModelIndex &index, int role) const
{
    const PlanItem *i = item(index);
    if (!i)
        return {};
    const DisplayConventions &conventions = DisplayConventions::current();
    const bool activity = i->level == PlanLevel::Activity;
    if (role == ItemRole::Id)
        return i->id;
    if (role == Qt::ToolTipRole && index.column() == Title)
        return PlanCodes::levelLabel(i->level);
    if (role == Qt::FontRole && i->level == PlanLevel::Issue) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ForegroundRole && activity && i->status == ActivityStatus::Delayed)
        return QColor(0xb0, 0x00, 0x20);
    if (role == Qt::EditRole || role == ItemRole::Raw) {
        switch (index.column()) {
        case Title: return i->title;
        case Unit: return i->responsibleUnit;
        case Starts: return i->startsOn;
        case Ends: return i->endsOn;
        case Budget: return i->budget ? QVariant(*i->budget) : QVariant();
        case Status: return int(i->status);
        case Progress: return i->progress;
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Title: return outlineNumber(i->id) + QLatin1Char(' ') + i->title;
    case Unit: return i->responsibleUnit;
    case Starts: return conventions.dates().shortDate(i->startsOn);
    case Ends: return conventions.dates().shortDate(i->endsOn);
    case Budget: return i->budget ? Money::format(*i->budget, conventions.locale()) : QString();
    case Status: return activity ? PlanCodes::activityStatusLabel(i->status) : QString();
    case Progress: return activity ? QStringLiteral("%1%").arg(i->progress) : QString();
    default: return {};
    }
}

bool PlanTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const PlanItem *current = item(index);
    if (!current || role != Qt::EditRole)
        return false;
    PlanItem changed = *current;
    switch (index.column()) {
    case Title: changed.title = value.toString(); break;
    case Unit: changed.responsibleUnit = value.toString(); break;
    case Starts: changed.startsOn = value.toDate(); break;
    case Ends: changed.endsOn = value.toDate(); break;
    case Budget: changed.budget = value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong()); break;
    case Status: changed.status = ActivityStatus(value.toInt()); break;
    case Progress: changed.progress = value.toInt(); break;
    default: return false;
    }
    const auto result = m_editor->update(changed);
    if (!result.ok()) {
        Q_EMIT editRefused(result.error.isEmpty() ? result.fieldErrors.value(0).message : result.error);
        return false;
    }
    return true;
}

QVariant PlanTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Title: return tr("Framework");
    case Unit: return tr("Responsible unit");
    case Starts: return tr("Starts");
    case Ends: return tr("Ends");
    case Budget: return tr("Budget (baht)");
    case Status: return tr("Status");
    case Progress: return tr("Progress");
    default: return {};
    }
}

Qt::ItemFlags PlanTreeModel::flags(const QModelIndex &index) const
{
    const PlanItem *i = item(index);
    if (!i)
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    if (index.column() == Title || i->level == PlanLevel::Activity)
        f |= Qt::ItemIsEditable;
    return f;
}

Qt::DropActions PlanTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList PlanTreeModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData *PlanTreeModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        if (const PlanItem *i = item(index)) {
            auto *data = new QMimeData;
            data->setData(kMimeType, QByteArray::number(i->id));
            return data;
        }
    }
    return nullptr;
}

qint64 PlanTreeModel::droppedId(const QMimeData *data) const
{
    return data && data->hasFormat(kMimeType) ? data->data(kMimeType).toLongLong() : 0;
}

bool PlanTreeModel::isInSubtree(qint64 candidate, qint64 root) const
{
    for (qint64 current = candidate; current != 0; current = m_nodes.value(current).item.parentId)
        if (current == root)
            return true;
    return false;
}

bool PlanTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent) const
{
    const qint64 id = droppedId(data);
    const PlanItem *moving = itemById(id);
    if (action != Qt::MoveAction || !moving)
        return false;
    const PlanItem *target = item(parent);
    if (target && isInSubtree(target->id, id))
        return false;
    return PlanCodes::canContain(target ? std::optional<PlanLevel>(target->level) : std::nullopt, moving->level);
}

bool PlanTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    const qint64 id = droppedId(data);
    const PlanItem *moving = itemById(id);
    if (action != Qt::MoveAction || !moving)
        return false;
    const qint64 newParent = parent.isValid() ? qint64(parent.sibling(parent.row(), 0).internalId()) : 0;
    int position = row < 0 ? int(childrenOf(newParent).size()) : row;
    // A drop row counts the moving item itself when it stays under the same parent.
    if (newParent == moving->parentId && position > rowOf(id))
        --position;
    if (newParent == moving->parentId && position == rowOf(id))
        return false;
    const auto result = m_editor->move(id, newParent, position);
    if (!result.ok()) {
        Q_EMIT editRefused(result.error.isEmpty() ? result.fieldErrors.value(0).message : result.error);
        return false;
    }
    return true;
}

bool PlanTreeModel::removeRows(int, int, const QModelIndex &)
{
    return false;
}

void PlanTreeModel::onInserted(const PlanItem &i)
{
    const QModelIndex parentIndex = i.parentId ? indexOf(i.parentId) : QModelIndex();
    const int row = qBound(0, i.position, int(childrenOf(i.parentId).size()));
    beginInsertRows(parentIndex, row, row);
    addNode(i);
    endInsertRows();
    // Outline numbers of the later siblings changed.
    const int last = int(childrenOf(i.parentId).size()) - 1;
    if (row < last)
        Q_EMIT dataChanged(index(row + 1, Title, parentIndex), index(last, Title, parentIndex));
}

void PlanTreeModel::onUpdated(const PlanItem &i)
{
    const auto it = m_nodes.find(i.id);
    if (it == m_nodes.end())
        return;
    const PlanItem kept = it->item;
    it->item = i;
    it->item.parentId = kept.parentId;
    it->item.position = kept.position;
    Q_EMIT dataChanged(indexOf(i.id, 0), indexOf(i.id, ColumnCount - 1));
}

void PlanTreeModel::dropSubtree(qint64 id)
{
    for (qint64 child : m_nodes.value(id).children)
        dropSubtree(child);
    m_nodes.remove(id);
}

void PlanTreeModel::onRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    const qint64 parentId = m_nodes.value(id).item.parentId;
    const QModelIndex parentIndex = parentId ? indexOf(parentId) : QModelIndex();
    beginRemoveRows(parentIndex, row, row);
    childrenOf(parentId).removeAt(row);
    dropSubtree(id);
    endRemoveRows();
    const int last = int(childrenOf(parentId).size()) - 1;
    if (row <= last)
        Q_EMIT dataChanged(index(row, Title, parentIndex), index(last, Title, parentIndex));
}

void PlanTreeModel::onRestored(const QList<PlanItem> &items)
{
    if (items.isEmpty())
        return;
    const PlanItem &root = items.first();
    const QModelIndex parentIndex = root.parentId ? indexOf(root.parentId) : QModelIndex();
    const int row = qBound(0, root.position, int(childrenOf(root.parentId).size()));
    beginInsertRows(parentIndex, row, row);
    for (const PlanItem &i : items)
        addNode(i);
    endInsertRows();
    const int last = int(childrenOf(root.parentId).size()) - 1;
    if (row < last)
        Q_EMIT dataChanged(index(row + 1, Title, parentIndex), index(last, Title, parentIndex));
}

void PlanTreeModel::onMoved(qint64 id, qint64 newParentId, int position)
{
    const int from = rowOf(id);
    if (from < 0)
        return;
    const qint64 oldParentId = m_nodes.value(id).item.parentId;
    const QModelIndex oldParent = oldParentId ? indexOf(oldParentId) : QModelIndex();
    const QModelIndex newParent = newParentId ? indexOf(newParentId) : QModelIndex();
    const int to = qBound(0, position, int(childrenOf(newParentId).size()) - (oldParentId == newParentId ? 1 : 0));
    if (oldParentId == newParentId && from == to)
        return;
    // beginMoveRows counts the destination before the row leaves its place.
    const int destination = (oldParentId == newParentId && to > from) ? to + 1 : to;
    if (!beginMoveRows(oldParent, from, from, newParent, destination)) {
        reload();
        return;
    }
    childrenOf(oldParentId).removeAt(from);
    childrenOf(newParentId).insert(to, id);
    m_nodes[id].item.parentId = newParentId;
    endMoveRows();
    // Outline numbers below both places changed.
    for (const QModelIndex &p : {oldParent, newParent}) {
        const int rows = rowCount(p);
        if (rows > 0)
            Q_EMIT dataChanged(index(0, Title, p), index(rows - 1, Title, p));
    }
}

} // namespace khana
