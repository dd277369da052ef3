#include "ViewPlace.h"

#include "itemmodels/ItemRoles.h"

#include <QAbstractItemView>
#include <QHash>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QTreeView>

namespace khana {

namespace {

// Every row's first-column index under `parent`, depth first; only rows the model has
// loaded (a lazy model is not made to fetch more).
void collectRows(const QAbstractItemModel *model, const QModelIndex &parent, QList<QModelIndex> &rows)
{
    for (int row = 0, count = model->rowCount(parent); row < count; ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        rows.append(index);
        if (model->hasChildren(index))
            collectRows(model, index, rows);
    }
}

} // namespace

ViewPlace ViewPlace::of(const QAbstractItemView *view, int idRole)
{
    ViewPlace place;
    place.m_idRole = idRole < 0 ? int(ItemRole::Id) : idRole;
    const auto id = [&place](const QModelIndex &index) { return index.siblingAtColumn(0).data(place.m_idRole).toLongLong(); };
    const QModelIndex current = view->currentIndex();
    place.m_current = current.isValid() ? id(current) : 0;
    place.m_currentColumn = current.isValid() ? current.column() : 0;
    if (const QItemSelectionModel *selection = view->selectionModel())
        for (const QModelIndex &index : selection->selectedRows())
            place.m_selected.append(id(index));
    if (const auto *tree = qobject_cast<const QTreeView *>(view)) {
        QList<QModelIndex> rows;
        collectRows(view->model(), {}, rows);
        for (const QModelIndex &index : std::as_const(rows))
            if (view->model()->hasChildren(index))
                (tree->isExpanded(index) ? place.m_expanded : place.m_collapsed).insert(id(index));
    }
    place.m_vertical = view->verticalScrollBar()->value();
    place.m_horizontal = view->horizontalScrollBar()->value();
    return place;
}

void ViewPlace::restoreTo(QAbstractItemView *view) const
{
    QAbstractItemModel *model = view->model();
    if (!model)
        return;
    QList<QModelIndex> rows;
    collectRows(model, {}, rows);
    QHash<qint64, QModelIndex> byId;
    for (const QModelIndex &index : std::as_const(rows))
        byId.insert(index.data(m_idRole).toLongLong(), index);

    if (auto *tree = qobject_cast<QTreeView *>(view)) {
        for (const qint64 id : m_expanded)
            if (const QModelIndex index = byId.value(id); index.isValid())
                tree->expand(index);
        for (const qint64 id : m_collapsed)
            if (const QModelIndex index = byId.value(id); index.isValid())
                tree->collapse(index);
    }
    if (QItemSelectionModel *selection = view->selectionModel()) {
        QItemSelection selected;
        for (const qint64 id : m_selected)
            if (const QModelIndex index = byId.value(id); index.isValid())
                selected.select(index, index.siblingAtColumn(model->columnCount(index.parent()) - 1));
        const QModelIndex current = byId.value(m_current);
        if (current.isValid())
            selection->setCurrentIndex(current.siblingAtColumn(m_currentColumn), QItemSelectionModel::NoUpdate);
        selection->select(selected, QItemSelectionModel::ClearAndSelect);
    }
    // The scroll bars' ranges follow the new rows only once the view has laid them out.
    view->doItemsLayout();
    view->verticalScrollBar()->setValue(m_vertical);
    view->horizontalScrollBar()->setValue(m_horizontal);
}

} // namespace khana
