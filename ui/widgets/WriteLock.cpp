#include "WriteLock.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>
#include <QTextEdit>

namespace khana {

WriteLock::WriteLock(QObject *parent)
    : QObject(parent)
{
}

void WriteLock::add(QAction *action)
{
    m_actions.append(action);
    if (m_locked)
        hold(action);
}

void WriteLock::add(QWidget *control)
{
    m_controls.append(control);
    if (m_locked)
        hold(control);
}

void WriteLock::addForm(QWidget *form)
{
    m_forms.append(form);
    if (m_locked)
        holdForm(form);
}

void WriteLock::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    for (const QPointer<QAction> &action : std::as_const(m_actions))
        if (action)
            hold(action);
    for (const QPointer<QWidget> &control : std::as_const(m_controls))
        if (control)
            hold(control);
    for (const QPointer<QWidget> &form : std::as_const(m_forms))
        if (form)
            holdForm(form);
    Q_EMIT locked();
}

void WriteLock::hold(QAction *action)
{
    action->setEnabled(false);
    // QAction has no enabled-change event to filter; its changed() signal serves.
    connect(action, &QAction::changed, this, [action] {
        if (action->isEnabled())
            action->setEnabled(false);
    });
}

void WriteLock::hold(QWidget *control)
{
    control->setEnabled(false);
    if (!m_held.contains(control)) {
        m_held.insert(control);
        control->installEventFilter(this);
        connect(control, &QObject::destroyed, this, [this, control] { m_held.remove(control); });
    }
}

void WriteLock::holdForm(QWidget *form)
{
    holdField(form);
    const QList<QWidget *> fields = form->findChildren<QWidget *>();
    for (QWidget *field : fields)
        holdField(field);
    // A form's actions (Delete on a list, say) write too.
    const QList<QAction *> actions = form->findChildren<QAction *>();
    for (QAction *action : actions)
        hold(action);
}

void WriteLock::holdField(QWidget *field)
{
    if (auto *line = qobject_cast<QLineEdit *>(field)) {
        // A line edit inside a spin box or an editable combo box belongs to it.
        if (!qobject_cast<QAbstractSpinBox *>(line->parentWidget()) && !qobject_cast<QComboBox *>(line->parentWidget()))
            line->setReadOnly(true);
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(field)) {
        plain->setReadOnly(true);
    } else if (auto *text = qobject_cast<QTextEdit *>(field)) {
        text->setReadOnly(true);
    } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(field)) {
        spin->setReadOnly(true);
    } else if (qobject_cast<QComboBox *>(field) || qobject_cast<QAbstractButton *>(field)) {
        hold(field);
    } else if (auto *view = qobject_cast<QAbstractItemView *>(field)) {
        holdView(view);
    }
}

void WriteLock::holdView(QAbstractItemView *view)
{
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Dragging rows reorders them in the database (the plan's framework).
    view->setDragDropMode(QAbstractItemView::NoDragDrop);
    // Cell widgets (a quota-kind chooser, say) are put in the viewport as rows are loaded.
    view->viewport()->installEventFilter(this);
    const QList<QWidget *> cells = view->viewport()->findChildren<QWidget *>();
    for (QWidget *cell : cells)
        holdField(cell);
}

bool WriteLock::eventFilter(QObject *watched, QEvent *event)
{
    if (m_locked) {
        if (event->type() == QEvent::EnabledChange && m_held.contains(watched)) {
            auto *control = static_cast<QWidget *>(watched);
            if (!control->testAttribute(Qt::WA_ForceDisabled))
                control->setEnabled(false);
        } else if (event->type() == QEvent::ChildPolished) {
            if (auto *cell = qobject_cast<QWidget *>(static_cast<QChildEvent *>(event)->child()))
                holdField(cell);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace khana
