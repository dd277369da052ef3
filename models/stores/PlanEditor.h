#pragma once

#include "PlanStore.h"

#include <QObject>
#include <QUndoStack>

namespace khana {

// Edits one plan's framework through undoable commands: every change is validated and written
// by PlanStore first; only a change that was stored goes on the undo stack. Views follow the
// signals.
class PlanEditor : public QObject
{
    Q_OBJECT

public:
    // Commands go on `undoStack` when given (a window's stack), else on the editor's own.
    PlanEditor(const QSqlDatabase &db, qint64 planId, QObject *parent = nullptr, QUndoStack *undoStack = nullptr);

    qint64 planId() const { return m_planId; }
    PlanStore &store() { return m_store; }
    QUndoStack *undoStack() { return m_undo; }

    using Result = PlanStore::SaveResult;
    // Each returns the store's verdict; on failure nothing changed and nothing was pushed.
    Result insert(PlanItem item, int position = -1, qint64 *newId = nullptr);
    // Refused as a conflict when the item is no longer at the row version `item` was read at
    // (someone else saved it since); a version of 0 takes whatever is stored.
    Result update(const PlanItem &item);
    Result move(qint64 id, qint64 newParentId, int position);
    Result remove(qint64 id);

    // Tells of a move done (by a command or directly), with the item's new row version.
    void announceMoved(qint64 id, qint64 newParentId, int position);

Q_SIGNALS:
    void itemInserted(const khana::PlanItem &item);
    void itemUpdated(const khana::PlanItem &item);
    // The subtree under `id` was removed / put back.
    void itemRemoved(qint64 id);
    void subtreeRestored(const QList<khana::PlanItem> &items);
    void itemMoved(qint64 id, qint64 newParentId, int position);
    // A change made by undo or redo could not be written (someone else changed the data).
    void failed(const QString &message);

private:
    QSqlDatabase m_db;
    qint64 m_planId;
    PlanStore m_store;
    QUndoStack *m_undo;
};

} // namespace khana
