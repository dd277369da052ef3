#pragma once

#include "server/ServerSignIn.h"

#include <QMainWindow>
#include <QSqlDatabase>

class QFrame;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QUndoGroup;

namespace khana {

class BackupActions;
class Page;
class PeoplePage;
class PlansPage;
class WriteLock;
class WorkshopsPage;

// Hosts the pages (Dashboard, Workshops, Action plans, Members & growth, People, Settings),
// the menus and the status bar that names the open database.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum PageIndex { DashboardIndex, WorkshopsIndex, PlansIndex, GrowthIndex, PeopleIndex, SettingsIndex, AuditIndex, PageCount };

    MainWindow(const QSqlDatabase &db, const QString &databasePath, bool demo, QWidget *parent = nullptr);
    // On an office server: the status bar names it and the signed-in login; no file backups.
    MainWindow(const QSqlDatabase &db, const ServerAddress &server, QWidget *parent = nullptr);

    void showPage(int index);
    int currentPage() const;
    PeoplePage *peoplePage() const { return m_people; }
    WorkshopsPage *workshopsPage() const { return m_workshops; }
    PlansPage *plansPage() const { return m_plans; }
    Page *page(int index) const;
    // The database was opened read-only (Database::openSqliteReadOnly): says so above every
    // page; SQLite refuses the writes.
    void showReadOnly();
    // Opens the database at `path` in place of this one once it is known to open; otherwise
    // says why (or offers read-only or recovery) and keeps this one.
    void openDatabaseAt(const QString &path);

Q_SIGNALS:
    // Khana should start again with these arguments (after a language change or to open
    // another database).
    void relaunchRequested(const QStringList &arguments);
    // The user signed in to an office server (File › Connect to server…): Khana should move
    // onto it. The check was made on a connection of its own; this window's is untouched.
    void serverChosen(const ServerSession &session);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    MainWindow(const QSqlDatabase &db, const QString &databasePath, bool demo, const ServerAddress *server, QWidget *parent);
    void createMenus();
    void connectToServer();
    // Names the server and login in the status bar; a viewer's window is read-only.
    void showSignedIn(const ServerAddress &server);
    // The database is a workshop pack: says so, offers what the day needs and holds the rest.
    void showPack();
    void openDatabase();
    void newDatabase();
    void showAbout();
    void restoreLayout();
    // The database was found damaged mid-session: stop writing into it, say so, offer recovery.
    void stopWritingAfterDamage(const QString &detail);
    // Every page's controls that write, and Undo/Redo, are held disabled from now on.
    void lockWrites();

    QSqlDatabase m_db;
    QString m_databasePath;
    bool m_demo;
    bool m_onServer;
    bool m_inPack = false;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QUndoGroup *m_undoGroup;
    PeoplePage *m_people;
    WorkshopsPage *m_workshops;
    PlansPage *m_plans;
    BackupActions *m_backups = nullptr;
    WriteLock *m_writeLock;
    QFrame *m_damageBanner = nullptr;
    QLabel *m_damageText = nullptr;
    QPushButton *m_recoverButton = nullptr;
};

} // namespace khana
