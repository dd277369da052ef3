#pragma once

#include <QSet>
#include <QString>
#include <QWidget>

class QSettings;
class QUndoStack;

namespace khana {

class WriteLock;

// One area of the main window (People, Settings, ...). A page owns its actions and its undo
// history and keeps its own layout state; the main window only hosts it.
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QUndoStack *undoStack() const { return nullptr; }
    virtual void saveState(QSettings &settings) const { Q_UNUSED(settings) }
    virtual void restoreState(const QSettings &settings) { Q_UNUSED(settings) }
    // Called when the page is shown in the main window.
    virtual void activated() {}
    // Colleagues on the office server changed these tables (ChangeFeed): a page that shows
    // any of them reads them again, keeping the user's place, and leaves a form being edited
    // alone (saying the record changed).
    virtual void colleaguesChanged(const QSet<QString> &tables) { Q_UNUSED(tables) }
    // The controls of this page that change data; the main window locks them when the
    // database cannot take writes.
    WriteLock *writeLock();

private:
    WriteLock *m_writeLock = nullptr;
};

} // namespace khana
