#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class QAbstractItemView;
class QAction;
class QWidget;

namespace khana {

// Keeps every control that changes data out of use once the database cannot take writes:
// opened read-only, or found damaged mid-session. The lock is for the rest of the session
// (both cases end by opening another file).
//
// Pages go on enabling their controls by selection as before; while locked, a control that
// becomes enabled is disabled again at once, so no page needs its own read-only branches.
class WriteLock : public QObject
{
    Q_OBJECT

public:
    explicit WriteLock(QObject *parent = nullptr);

    // An action or a button that writes: held disabled.
    void add(QAction *action);
    void add(QWidget *control);
    // A form of fields: text stays readable and selectable but cannot be changed; choices,
    // check boxes, buttons and actions are disabled; item views inside stop editing in place
    // and dragging. Cell widgets that views add later (rows loaded after the lock) are held
    // too. Not for panels with a search field: add their buttons one by one.
    void addForm(QWidget *form);

    void lock();
    bool isLocked() const { return m_locked; }

Q_SIGNALS:
    void locked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void hold(QAction *action);
    void hold(QWidget *control);
    void holdForm(QWidget *form);
    void holdField(QWidget *field);
    void holdView(QAbstractItemView *view);

    bool m_locked = false;
    QList<QPointer<QAction>> m_actions;
    QList<QPointer<QWidget>> m_controls;
    QList<QPointer<QWidget>> m_forms;
    // Controls held disabled (as opposed to viewports watched for new cell widgets).
    QSet<QObject *> m_held;
};

} // namespace khana
