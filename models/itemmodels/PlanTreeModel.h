#pragma once

#include "domain/Plan.h"

#include <QAbstractItemModel>
#include <QHash>

namespace khana {

class PlanEditor;

// The plan's framework as a tree for views: issues, objectives, projects and activities with
// their outline numbers (1, 1.2, 1.2.3). Edits (inline, drag and drop) go through PlanEditor, so
// every one is validated, stored and undoable; the model follows the editor's signals.
class PlanTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Title, Unit, Starts, Ends, Budget, Status, Progress, ColumnCount };
    Q_ENUM(Column)
    static const QString kMimeType;

    explicit PlanTreeModel(PlanEditor *editor, QObject *parent = nullptr);

    void reload();
    const PlanItem *item(const QModelIndex &index) const;
    const PlanItem *itemById(qint64 id) const;
    QModelIndex indexOf(qint64 id, int column = 0) const;
    QString outlineNumber(qint64 id) const;
    // Every item, parents first, in outline order.
    QList<PlanItem> itemsInOrder() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;
    // Removal goes through the editor (undoable); views must not remove rows after a drop.
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

Q_SIGNALS:
    // An edit was refused: the reason, for the status bar or a message.
    void editRefused(const QString &message);

private:
    struct Node
    {
        PlanItem item;
        QList<qint64> children;
    };

    QList<qint64> &childrenOf(qint64 parentId);
    const QList<qint64> &childrenOf(qint64 parentId) const;
    int rowOf(qint64 id) const;
    void addNode(const PlanItem &item);
    void dropSubtree(qint64 id);
    bool isInSubtree(qint64 candidate, qint64 root) const;
    qint64 droppedId(const QMimeData *data) const;

    void onInserted(const PlanItem &item);
    void onUpdated(const PlanItem &item);
    void onRemoved(qint64 id);
    void onRestored(const QList<PlanItem> &items);
    void onMoved(qint64 id, qint64 newParentId, int position);

    PlanEditor *m_editor;
    QHash<qint64, Node> m_nodes;
    QList<qint64> m_roots;
};

} // namespace khana
