#include "PlanEditor.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace khana {

namespace {

QString problem(const PlanStore::SaveResult &r)
{
    return r.error.isEmpty() ? r.fieldErrors.value(0).message : r.error;
}

// A change already made through the store: the first redo does nothing.
// The item's own fields alike (not its place in the tree or its row version).
bool sameFields(PlanItem a, PlanItem b)
{
    for (PlanItem *i : {&a, &b}) {
        i->rowVersion = 0;
        i->parentId = 0;
        i->position = 0;
    }
    return a == b;
}

class DoneCommand : public QUndoCommand
{
public:
    explicit DoneCommand(const QString &text)
        : QUndoCommand(text)
    {
    }
    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        again();
    }
    virtual void again() = 0;

private:
    bool m_first = true;
};

// Insertion and deletion are each other's undo: both take a subtree out or put it back.
class SubtreeCommand : public DoneCommand
{
public:
    SubtreeCommand(PlanEditor *editor, const QList<PlanItem> &subtree, const QString &text)
        : DoneCommand(text)
        , m_editor(editor)
        , m_subtree(subtree)
    {
    }

protected:
    void takeOut()
    {
        QList<PlanItem> removed;
        const auto r = m_editor->store().removeItem(m_subtree.first().id, &removed);
        if (!r.ok()) {
            Q_EMIT m_editor->failed(problem(r));
            return;
        }
        m_subtree = removed; // with any edits made since
        Q_EMIT m_editor->itemRemoved(m_subtree.first().id);
    }
    void putBack()
    {
        const auto r = m_editor->store().restoreItems(m_subtree);
        if (!r.ok()) {
            Q_EMIT m_editor->failed(problem(r));
            return;
        }
        Q_EMIT m_editor->subtreeRestored(m_subtree);
    }

private:
    PlanEditor *m_editor;
    QList<PlanItem> m_subtree;
};

class InsertCommand : public SubtreeCommand
{
public:
    InsertCommand(PlanEditor *editor, const PlanItem &item)
        : SubtreeCommand(editor, {item}, QCoreApplication::translate("PlanEditor", "Add %1").arg(item.title))
    {
    }
    void undo() override { takeOut(); }
    void again() override { putBack(); }
};

class RemoveCommand : public SubtreeCommand
{
public:
    RemoveCommand(PlanEditor *editor, const QList<PlanItem> &removed)
        : SubtreeCommand(editor, removed, QCoreApplication::translate("PlanEditor", "Delete %1").arg(removed.first().title))
    {
    }
    void undo() override { putBack(); }
    void again() override { takeOut(); }
};

class UpdateCommand : public DoneCommand
{
public:
    UpdateCommand(PlanEditor *editor, const PlanItem &before, const PlanItem &after)
        : DoneCommand(QCoreApplication::translate("PlanEditor", "Edit %1").arg(after.title))
        , m_editor(editor)
        , m_before(before)
        , m_after(after)
    {
    }
    void undo() override { apply(m_before, m_after); }
    void again() override { apply(m_after, m_before); }

private:
    // Puts `values` back over `left` (what this command wrote last), and only over that: a
    // colleague's save since then is not undone silently. Moves change no fields, so the
    // fields are compared, not the row version.
    void apply(PlanItem values, const PlanItem &left)
    {
        const auto current = m_editor->store().findItem(values.id);
        if (!current) {
            Q_EMIT m_editor->failed(QCoreApplication::translate("PlanEditor", "The item no longer exists."));
            return;
        }
        if (!sameFields(*current, left)) {
            setObsolete(true);
            Q_EMIT m_editor->failed(QCoreApplication::translate("PlanEditor", "Someone else has changed %1 since; undoing would replace "
                                                                              "their changes, so nothing was changed.")
                                        .arg(current->title));
            return;
        }
        // Only the item's own fields: its place in the tree is the move command's business.
        values.rowVersion = current->rowVersion;
        values.parentId = current->parentId;
        values.position = current->position;
        const auto r = m_editor->store().updateItem(values);
        if (!r.ok()) {
            Q_EMIT m_editor->failed(problem(r));
            return;
        }
        Q_EMIT m_editor->itemUpdated(values);
    }

    PlanEditor *m_editor;
    PlanItem m_before;
    PlanItem m_after;
};

class MoveCommand : public DoneCommand
{
public:
    MoveCommand(PlanEditor *editor, const PlanItem &item, qint64 toParent, int toPosition)
        : DoneCommand(QCoreApplication::translate("PlanEditor", "Move %1").arg(item.title))
        , m_editor(editor)
        , m_id(item.id)
        , m_fromParent(item.parentId)
        , m_fromPosition(item.position)
        , m_toParent(toParent)
        , m_toPosition(toPosition)
    {
    }
    void undo() override { apply(m_fromParent, m_fromPosition); }
    void again() override { apply(m_toParent, m_toPosition); }

private:
    void apply(qint64 parent, int position)
    {
        const auto r = m_editor->store().moveItem(m_id, parent, position);
        if (!r.ok()) {
            Q_EMIT m_editor->failed(problem(r));
            return;
        }
        m_editor->announceMoved(m_id, parent, position);
    }

    PlanEditor *m_editor;
    qint64 m_id;
    qint64 m_fromParent;
    int m_fromPosition;
    qint64 m_toParent;
    int m_toPosition;
};

} // namespace

PlanEditor::PlanEditor(const QSqlDatabase &db, qint64 planId, QObject *parent, QUndoStack *undoStack)
    : QObject(parent)
    , m_db(db)
    , m_planId(planId)
    , m_store(db)
    , m_undo(undoStack ? undoStack : new QUndoStack(this))
{
}

PlanEditor::Result PlanEditor::insert(PlanItem item, int position, qint64 *newId)
{
    item.planId = m_planId;
    const Result r = m_store.insertItem(item, position);
    if (!r.ok())
        return r;
    if (newId)
        *newId = item.id;
    Q_EMIT itemInserted(item);
    m_undo->push(new InsertCommand(this, item));
    return r;
}

PlanEditor::Result PlanEditor::update(const PlanItem &changed)
{
    const auto before = m_store.findItem(changed.id);
    PlanItem after = changed;
    if (!before) {
        Result r;
        r.error = QCoreApplication::translate("PlanEditor", "The item no longer exists.");
        return r;
    }
    if (after.rowVersion == 0)
        after.rowVersion = before->rowVersion;
    after.parentId = before->parentId;
    after.position = before->position;
    const Result r = m_store.updateItem(after);
    if (!r.ok())
        return r;
    Q_EMIT itemUpdated(after);
    m_undo->push(new UpdateCommand(this, *before, after));
    return r;
}

PlanEditor::Result PlanEditor::move(qint64 id, qint64 newParentId, int position)
{
    const auto before = m_store.findItem(id);
    const Result r = m_store.moveItem(id, newParentId, position);
    if (!r.ok() || !before)
        return r;
    const auto after = m_store.findItem(id);
    announceMoved(id, newParentId, after ? after->position : position);
    m_undo->push(new MoveCommand(this, *before, newParentId, after ? after->position : position));
    return r;
}

void PlanEditor::announceMoved(qint64 id, qint64 newParentId, int position)
{
    Q_EMIT itemMoved(id, newParentId, position);
    // A move bumps the item's row version: whoever holds the item learns the new one, so that
    // their next edit is not taken for someone else's.
    if (const auto moved = m_store.findItem(id))
        Q_EMIT itemUpdated(*moved);
}

PlanEditor::Result PlanEditor::remove(qint64 id)
{
    QList<PlanItem> removed;
    const Result r = m_store.removeItem(id, &removed);
    if (!r.ok())
        return r;
    Q_EMIT itemRemoved(id);
    m_undo->push(new RemoveCommand(this, removed));
    return r;
}

} // namespace khana
