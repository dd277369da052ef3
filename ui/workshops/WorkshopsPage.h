#pragma once

#include "shell/Page.h"

#include <QPointer>
#include <QSqlDatabase>

#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QSplitter;
class QUndoStack;

namespace khana {

class CheckInWindow;
class ElectionsPanel;
class GroupsPanel;
class RegistrationsPanel;
class WorkshopEditor;
class WorkshopStore;
struct Workshop;

// The Workshops page: the list of workshops and forums, the editor of the chosen one, and the
// way into check-in mode.
class WorkshopsPage : public Page
{
    Q_OBJECT

public:
    explicit WorkshopsPage(const QSqlDatabase &db, QWidget *parent = nullptr);
    ~WorkshopsPage() override;

    QUndoStack *undoStack() const override { return m_undo; }
    void saveState(QSettings &settings) const override;
    void restoreState(const QSettings &settings) override;
    void activated() override;
    // A facilitator's page: check-in, registrations and groups of their workshops, but the
    // workshops themselves are held read-only and their people are not exported.
    void limitToFacilitating();
    // In a workshop pack: the facilitator's page, and no pack made from a pack.
    void limitToPack();
    // Workshop › Take offline…: writes the open workshop's pack.
    void takeOffline();
    void colleaguesChanged(const QSet<QString> &tables) override;

    WorkshopEditor *editor() const { return m_editor; }
    RegistrationsPanel *registrations() const { return m_registrations; }
    qint64 currentWorkshopId() const { return m_currentId; }

    void newWorkshop();
    // Saves the editor's workshop; returns false (and shows the problems) when it cannot.
    bool save();
    void revert();
    void openWorkshop(qint64 id);
    void startCheckIn();
    // Deletes the open workshop after asking (refused while people are registered).
    void deleteWorkshop();

    enum class Export { Registrations, Budget };
    // Writes the open workshop's registrations and attendance, or its budget, to a workbook or
    // CSV, beside the window.
    bool exportTo(Export what, const QString &path);

Q_SIGNALS:
    void message(const QString &text);

private:
    void reloadList(qint64 select);
    bool confirmLeaving();
    void setDirty(bool dirty);
    void updateActions();

    QSqlDatabase m_db;
    std::unique_ptr<WorkshopStore> m_store;
    QUndoStack *m_undo;
    QListWidget *m_list;
    QSplitter *m_splitter;
    WorkshopEditor *m_editor;
    RegistrationsPanel *m_registrations;
    GroupsPanel *m_groups;
    ElectionsPanel *m_elections;
    QLabel *m_heading;
    QLabel *m_general;
    QLabel *m_colleagueNotice; // a colleague changed the workshop being edited
    QPointer<CheckInWindow> m_checkIn;
    QAction *m_newAction;
    QAction *m_saveAction;
    QAction *m_revertAction;
    QAction *m_checkInAction;
    QAction *m_deleteAction;
    QAction *m_takeOfflineAction;
    QAction *m_exportRegistrations = nullptr;
    qint64 m_currentId = 0;
    int m_loadedVersion = 0; // the open workshop's row version when the editor was filled
    bool m_dirty = false;
};

} // namespace khana
