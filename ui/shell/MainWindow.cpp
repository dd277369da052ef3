#include "MainWindow.h"

#include "database/ChangeFeed.h"

#include "BackupActions.h"
#include "RecoveryOffer.h"
#include "database/ChangeFeed.h"
#include "database/Database.h"
#include "database/ServerDatabase.h"
#include "database/ServerReconnect.h"
#include "database/StorageHealth.h"

#include "DashboardPage.h"
#include "domain/DisplayConventions.h"
#include "audit/AuditPage.h"
#include "pack/PackSeal.h"
#include "pack/WorkshopPack.h"
#include "packs/BringBackDialog.h"
#include "growth/GrowthPage.h"
#include "people/PeoplePage.h"
#include "plans/PlansPage.h"
#include "settings/SettingsPage.h"
#include "widgets/WriteLock.h"
#include "workshops/WorkshopsPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace khana {

MainWindow::MainWindow(const QSqlDatabase &db, const QString &databasePath, bool demo, QWidget *parent)
    : MainWindow(db, databasePath, demo, nullptr, parent)
{
}

MainWindow::MainWindow(const QSqlDatabase &db, const ServerAddress &server, QWidget *parent)
    : MainWindow(db, QString(), false, &server, parent)
{
}

MainWindow::MainWindow(const QSqlDatabase &db, const QString &databasePath, bool demo, const ServerAddress *server, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_databasePath(databasePath)
    , m_demo(demo)
    , m_onServer(server != nullptr)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_people(new PeoplePage(db, this))
    , m_workshops(new WorkshopsPage(db, this))
    , m_plans(new PlansPage(db, this))
    , m_writeLock(new WriteLock(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(demo ? tr("Khana — demo database") : tr("Khana"));
    m_navigation->setObjectName(QStringLiteral("navigation"));

    auto *settings = new SettingsPage(db, databasePath, server ? QStringLiteral("%1 (%2)").arg(server->name, server->describe()) : QString(), this);
    auto *audit = new AuditPage(db, this);
    const QList<std::pair<QString, Page *>> pages = {
        {tr("Dashboard"), new DashboardPage(db, this)},
        {tr("Workshops"), m_workshops},
        {tr("Action plans"), m_plans},
        {tr("Members & growth"), new GrowthPage(db, this)},
        {tr("People"), m_people},
        {tr("Settings"), settings},
        {tr("Audit trail"), audit},
    };
    // Colleagues' changes on an office server reach every page (each decides what to read).
    auto *feed = new ChangeFeed(db, this);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        connect(feed, &ChangeFeed::tablesChanged, pages.at(i).second, &Page::colleaguesChanged);
        auto *item = new QListWidgetItem(pages.at(i).first, m_navigation);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(pages.at(i).first).arg(i + 1));
        m_stack->addWidget(pages.at(i).second);
        if (QUndoStack *stack = pages.at(i).second->undoStack())
            m_undoGroup->addStack(stack);
    }
    m_navigation->setMinimumWidth(140);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(1, false);
    splitter->setSizes({180, 920});
    // Above the pages, hidden until the database is found damaged (stopWritingAfterDamage()).
    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    m_damageBanner = new QFrame(central);
    m_damageBanner->setObjectName(QStringLiteral("damageBanner"));
    auto *bannerRow = new QHBoxLayout(m_damageBanner);
    m_damageText = new QLabel(m_damageBanner);
    m_damageText->setWordWrap(true);
    bannerRow->addWidget(m_damageText, 1);
    m_recoverButton = new QPushButton(tr("&Recover into a new file…"), m_damageBanner);
    bannerRow->addWidget(m_recoverButton);
    connect(m_recoverButton, &QPushButton::clicked, this, [this] {
        const QString recovered = offerRecovery(this, m_databasePath, m_damageText->text());
        if (!recovered.isEmpty())
            Q_EMIT relaunchRequested({QStringLiteral("--database"), recovered});
    });
    m_damageBanner->hide();
    column->addWidget(m_damageBanner);
    // Above the pages while the office server cannot be reached.
    auto *connectionBanner = new QLabel(tr("The connection to the office server was lost. Khana is connecting again… Nothing was "
                                           "half-saved: a change being saved when it dropped was not stored, and forms keep what you "
                                           "typed, so save again once the connection is back."),
                                        central);
    connectionBanner->setObjectName(QStringLiteral("connectionBanner"));
    connectionBanner->setWordWrap(true);
    connectionBanner->setStyleSheet(QStringLiteral("QLabel { background: #ffcc80; color: black; padding: 6px; }"));
    connectionBanner->hide();
    column->addWidget(connectionBanner);
    column->addWidget(splitter, 1);
    setCentralWidget(central);
    connect(&StorageHealth::instance(), &StorageHealth::damaged, this, [this](const QString &, const QString &detail) { stopWritingAfterDamage(detail); });

    auto *databaseLabel = new QLabel(this);
    databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    if (!server)
        databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(databasePath)));
    if (demo) {
        auto *demoLabel = new QLabel(tr("DEMO DATA — invented people, not real records"), this);
        demoLabel->setObjectName(QStringLiteral("demoLabel"));
        demoLabel->setStyleSheet(QStringLiteral("QLabel { background: #ffd54f; color: black; padding: 1px 6px; font-weight: bold; }"));
        statusBar()->addPermanentWidget(demoLabel);
    }
    statusBar()->addPermanentWidget(databaseLabel);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_stack->setCurrentIndex(row);
        auto *current = qobject_cast<Page *>(m_stack->currentWidget());
        m_undoGroup->setActiveStack(current ? current->undoStack() : nullptr);
        if (current)
            current->activated();
    });
    connect(m_people, &PeoplePage::message, this, [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(audit, &AuditPage::message, this, [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_people, &PeoplePage::auditRequested, this, [this, audit](qint64 id, const QString &name) {
        audit->showPerson(id, name);
        showPage(AuditIndex);
    });
    connect(m_plans, &PlansPage::message, this, [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_workshops, &WorkshopsPage::message, this, [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    const QString serverName = server ? server->name : QString();
    connect(settings, &SettingsPage::restartRequested, this, [this, serverName] {
        QStringList args{QStringLiteral("--database"), m_databasePath};
        if (m_demo)
            args = {QStringLiteral("--demo")};
        if (m_onServer)
            args = {QStringLiteral("--server"), serverName};
        Q_EMIT relaunchRequested(args);
    });

    m_inPack = !m_onServer && WorkshopPack::infoOf(db).has_value();
    // Backups of this computer's file: by hand from the File menu, and once a day by
    // themselves (not of the demo). A server's data is backed up where the server runs; a
    // workshop pack is brought back to it, and no copy of it is kept beside (its people's
    // data would outlive the pack removed after the merge).
    if (!m_onServer && !m_inPack) {
        m_backups = new BackupActions(m_databasePath, this);
        connect(m_backups, &BackupActions::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
        connect(m_backups, &BackupActions::restored, this, [this] {
            // Every page reads the restored database from the start.
            Q_EMIT relaunchRequested(m_demo ? QStringList{QStringLiteral("--demo")} : QStringList{QStringLiteral("--database"), m_databasePath});
        });
        if (!m_demo)
            QTimer::singleShot(2000, m_backups, &BackupActions::backUpAutomatically);
    }

    // A dropped server connection comes back by itself; the pages then read what they missed.
    if (m_onServer) {
        auto *reconnect = new ServerReconnect(db, this);
        connect(reconnect, &ServerReconnect::lost, this, [this, connectionBanner] {
            connectionBanner->show();
            statusBar()->showMessage(tr("Lost the connection to the server."));
        });
        connect(reconnect, &ServerReconnect::restored, this, [this, connectionBanner, feed] {
            connectionBanner->hide();
            statusBar()->showMessage(tr("Connected to the server again."), 8000);
            feed->listenAgain();
        });
    }

    createMenus();
    restoreLayout();
    if (server)
        showSignedIn(*server);
    if (m_inPack)
        showPack();
}

void MainWindow::showPack()
{
    const auto info = WorkshopPack::infoOf(m_db);
    if (!info)
        return;
    const QDateTime made = info->madeAt.toLocalTime();
    setWindowTitle(tr("Khana — workshop pack: %1 (%2)").arg(info->workshopTitle, info->label));
    auto *label = findChild<QLabel *>(QStringLiteral("databaseLabel"));
    label->setText(tr("Workshop pack for %1 — taken by %2 on %3").arg(info->label, info->madeBy, DisplayConventions::current().dates().shortDate(made.date())));
    label->setToolTip(QDir::toNativeSeparators(m_databasePath));
    m_damageBanner->setStyleSheet(QStringLiteral("QFrame#damageBanner { background: #c8e6c9; } QFrame#damageBanner QLabel { color: black; }"));
    m_damageText->setText(tr("This is the workshop pack of “%1”, for working without a network: check-in (F9), walk-ins, groups and outcomes, "
                             "badges and sign-in sheets. Other workshops, plans, member growth and everyone not registered are in the office "
                             "database: bring this pack back there (File › Bring back a workshop pack…).")
                              .arg(info->workshopTitle));
    m_recoverButton->hide();
    m_damageBanner->show();
    for (int index : {PlansIndex, GrowthIndex, PeopleIndex, SettingsIndex})
        page(index)->writeLock()->lock();
    m_people->offerExport(false);
    m_people->offerErasure(false); // the office erases; a pack refuses it
    m_workshops->limitToPack();
    m_workshops->openWorkshop(info->workshopId);
    showPage(WorkshopsIndex);
}

void MainWindow::showSignedIn(const ServerAddress &server)
{
    const QString login = ServerDatabase::sessionUser(m_db);
    const auto role = ServerDatabase::sessionRole(m_db);
    const QString roleName = !role                              ? tr("no Khana role")
        : *role == ServerRole::Admin                            ? tr("administrator")
        : *role == ServerRole::Coordinator                      ? tr("coordinator")
        : *role == ServerRole::Staff                            ? tr("staff")
        : *role == ServerRole::Facilitator                      ? tr("facilitator")
                                                                : tr("viewer");
    auto *label = findChild<QLabel *>(QStringLiteral("databaseLabel"));
    label->setText(tr("Server: %1 — signed in as %2 (%3)").arg(server.name, login, roleName));
    label->setToolTip(server.describe());
    setWindowTitle(tr("Khana — %1").arg(server.name));
    // What the role may not do, the server refuses; the window does not offer it either.
    const auto hold = [this](int index) { page(index)->writeLock()->lock(); };
    if (role == ServerRole::Staff || role == ServerRole::Coordinator || role == ServerRole::Facilitator)
        hold(SettingsIndex); // the district list is the administrators'
    // The audit trail is the administrators' to read (the server refuses everyone else).
    // So is erasure.
    if (role != ServerRole::Admin) {
        m_navigation->item(AuditIndex)->setHidden(true);
        m_people->offerErasure(false);
    }
    if (role == ServerRole::Staff || role == ServerRole::Facilitator)
        hold(PlansIndex);
    if (role == ServerRole::Facilitator) {
        hold(PeopleIndex);
        hold(GrowthIndex);
        m_people->offerExport(false);
        m_workshops->limitToFacilitating();
    }
    // The server refuses a viewer's every change; the window says so and offers none.
    if (role == ServerRole::Viewer || !role) {
        m_damageBanner->setStyleSheet(QStringLiteral("QFrame#damageBanner { background: #bbdefb; } QFrame#damageBanner QLabel { color: black; }"));
        m_damageText->setText(role ? tr("You are signed in as a viewer: you can look and print, but not change anything.")
                                   : tr("%1 has no Khana role on this server, so it can change nothing. Ask an administrator to add it "
                                        "with \"khana server add-user\".").arg(login));
        m_recoverButton->hide();
        m_damageBanner->show();
        lockWrites();
    }
}

void MainWindow::connectToServer()
{
    const QString probe = QStringLiteral("khana-connect-check");
    std::optional<ServerSession> session = signInToServer(this, std::nullopt, probe);
    Database::close(probe);
    if (session)
        Q_EMIT serverChosen(*session);
}

Page *MainWindow::page(int index) const
{
    return qobject_cast<Page *>(m_stack->widget(index));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open database…"), this, &MainWindow::openDatabase);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("&New database…"), this, &MainWindow::newDatabase);
    QAction *server = file->addAction(tr("&Connect to server…"), this, &MainWindow::connectToServer);
    server->setObjectName(QStringLiteral("connectToServer"));
    QAction *demo = file->addAction(tr("Open the &demo database"), this, [this] {
        Q_EMIT relaunchRequested({QStringLiteral("--demo")});
    });
    demo->setEnabled(!m_demo);
    if (!m_inPack) {
        file->addSeparator();
        QAction *bringBack = file->addAction(tr("Bring &back a workshop pack…"), this, [this] { BringBackDialog::bringBack(this, m_db); });
        bringBack->setObjectName(QStringLiteral("bringBackPack"));
        m_writeLock->add(bringBack);
    }
    if (m_backups) {
        file->addSeparator();
        file->addAction(tr("&Back up…"), m_backups, &BackupActions::backUp);
        file->addAction(tr("&Restore from a backup…"), m_backups, &BackupActions::restore);
    }
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    m_writeLock->add(undo);
    m_writeLock->add(redo);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < PageCount; ++i) {
        QAction *action = go->addAction(m_navigation->item(i)->text(), this, [this, i] { showPage(i); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Khana"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showPage(int index)
{
    // A page the role may not see (its item hidden) is not shown by its shortcut either.
    if (QListWidgetItem *item = m_navigation->item(index); item && !item->isHidden())
        m_navigation->setCurrentRow(index);
}

int MainWindow::currentPage() const
{
    return m_navigation->currentRow();
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a Khana database"), QFileInfo(m_databasePath).absolutePath(),
                                                      tr("Khana databases and workshop packs (*.sqlite *.khana *.db *.khanapack);;All files (*)"));
    if (!path.isEmpty())
        openDatabaseAt(path);
}

void MainWindow::openDatabaseAt(const QString &path)
{
    // Checked here first, with a connection of its own: on any problem this window stays open
    // on its database and says what is wrong, in the user's language.
    if (!QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("Khana cannot open the database"), Database::noDatabaseMessage(path));
        return;
    }
    // A sealed workshop pack is opened with its passphrase by the window that takes it.
    if (PackSeal::isSealed(path)) {
        Q_EMIT relaunchRequested({QStringLiteral("--database"), path});
        return;
    }
    const QString probe = QStringLiteral("khana-open-check");
    Database::OpenResult checked = Database::openSqlite(path, probe);
    Database::close(probe);
    QStringList arguments{QStringLiteral("--database"), path};
    switch (checked.status) {
    case Database::Status::Ok:
        Q_EMIT relaunchRequested(arguments);
        return;
    case Database::Status::ReadOnly:
        if (QMessageBox::question(this, tr("The database can only be read"), checked.message, QMessageBox::Open | QMessageBox::Cancel,
                                  QMessageBox::Open)
            == QMessageBox::Open)
            Q_EMIT relaunchRequested(arguments << QStringLiteral("--read-only"));
        return;
    case Database::Status::Damaged:
        if (const QString recovered = offerRecovery(this, path, checked.message); !recovered.isEmpty())
            Q_EMIT relaunchRequested({QStringLiteral("--database"), recovered});
        return;
    default:
        QMessageBox::warning(this, tr("Khana cannot open the database"), checked.message);
        return;
    }
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Khana database"), QFileInfo(m_databasePath).absolutePath(),
                                                      tr("Khana databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New Khana database"),
                             tr("%1 already exists. Choose a new file name, or open it with File > Open database.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    Q_EMIT relaunchRequested({QStringLiteral("--database"), path, QStringLiteral("--create")});
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Khana"),
                       tr("<h3>Khana %1</h3>"
                          "<p>Workshops, action plans and member growth for provincial working teams.</p>"
                          "<p>Built with Qt %2.</p>")
                           .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    // First time: most of the screen (1229 × 691 on a 1366 × 768 laptop, the commonest in Thai
    // offices), up to 1500 × 950 on large screens.
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
        resize(qMin(1500, available.width() * 9 / 10), qMin(950, available.height() * 9 / 10));
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    for (int i = 0; i < m_stack->count(); ++i)
        if (auto *p = page(i))
            p->restoreState(settings);
    showPage(settings.value(QStringLiteral("window/page"), int(PeopleIndex)).toInt());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        settings.setValue(QStringLiteral("window/splitter"), splitter->saveState());
    settings.setValue(QStringLiteral("window/page"), currentPage());
    for (int i = 0; i < m_stack->count(); ++i)
        if (auto *p = page(i))
            p->saveState(settings);
    event->accept();
}

void MainWindow::showReadOnly()
{
    m_damageBanner->setStyleSheet(QStringLiteral("QFrame#damageBanner { background: #ffd54f; } QFrame#damageBanner QLabel { color: black; }"));
    m_damageText->setText(tr("Opened read-only: you can look and print, but nothing can be changed or imported. "
                             "To work in this database, copy it somewhere you can write and open the copy."));
    m_recoverButton->hide();
    m_damageBanner->show();
    lockWrites();
}

void MainWindow::lockWrites()
{
    m_writeLock->lock();
    for (int i = 0; i < m_stack->count(); ++i)
        if (Page *p = page(i))
            p->writeLock()->lock();
}

void MainWindow::stopWritingAfterDamage(const QString &detail)
{
    if (m_damageBanner->isVisible() && m_recoverButton->isVisible())
        return;
    // SQLite itself refuses every further write on this connection: nothing more goes into a
    // damaged file, whichever page tries.
    if (m_db.driverName() == QLatin1String("QSQLITE"))
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA query_only = ON"));
    m_damageBanner->setStyleSheet(QStringLiteral("QFrame#damageBanner { background: #c62828; } QFrame#damageBanner QLabel { color: white; }"));
    m_recoverButton->show();
    m_damageText->setText(tr("The database file is damaged (SQLite found: %1). Khana has stopped saving into it and editing is turned off. "
                             "Recover what can be read into a new file, or restore a backup.").arg(detail));
    m_damageBanner->show();
    lockWrites();
}

} // namespace khana
