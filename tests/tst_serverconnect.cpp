// Connecting to an office server as a user does: the Connect dialog with its refusals at the
// field they concern, the recent-server list, the password kept in a real system keychain only
// when "remember" is ticked (scripts/with-keychain), the window naming the server and the
// signed-in login, a viewer's window offering no changes, and --server for headless commands.
// Runs against the PostgreSQL test server.

#include "DialogDriver.h"
#include "TestDatabase.h"
#include "database/ServerDatabase.h"
#include "database/ServerSetup.h"
#include "server/ConnectDialog.h"
#include "server/PasswordKeychain.h"
#include "server/ServerList.h"
#include "server/ServerSignIn.h"
#include "shell/CommandDatabase.h"
#include "shell/DataCommands.h"
#include "shell/MainWindow.h"
#include "shell/Page.h"
#include "widgets/WriteLock.h"
#include "WorkshopFixtures.h"
#include "domain/NationalId.h"
#include "stores/PersonStore.h"
#include "stores/RegistrationStore.h"
#include "stores/WorkshopStore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlError>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThreadPool>
#include <QTemporaryDir>
#include <QTest>

using namespace khana;

namespace {

const QString kPassword = QStringLiteral("ช้าง-เผือก-2569");
const QString kOffice = QStringLiteral("Test office");

void fill(ConnectDialog *dialog, const ServerAddress &a, const QString &password, bool remember)
{
    dialog->findChild<QLineEdit *>(QStringLiteral("serverName"))->setText(a.name);
    dialog->findChild<QLineEdit *>(QStringLiteral("serverHost"))->setText(a.host);
    dialog->findChild<QSpinBox *>(QStringLiteral("serverPort"))->setValue(a.port);
    dialog->findChild<QLineEdit *>(QStringLiteral("serverDatabase"))->setText(a.database);
    dialog->findChild<QLineEdit *>(QStringLiteral("serverUser"))->setText(a.user);
    auto *security = dialog->findChild<QComboBox *>(QStringLiteral("serverSecurity"));
    security->setCurrentIndex(security->findData(a.sslMode));
    dialog->findChild<QLineEdit *>(QStringLiteral("serverPassword"))->setText(password);
    dialog->findChild<QCheckBox *>(QStringLiteral("rememberPassword"))->setChecked(remember);
}

QString shownError(QWidget *dialog, const QString &field)
{
    auto *label = dialog->findChild<QLabel *>(field + QStringLiteral("Error"));
    return label && !label->isHidden() ? label->text() : QString();
}

} // namespace

class TestServerConnect : public QObject
{
    Q_OBJECT

    QString m_database = QStringLiteral("khana_connect_%1").arg(QCoreApplication::applicationPid());
    qint64 m_somchai = 0;

    ServerAddress office(const QString &user) const
    {
        ServerAddress a = TestDatabase::tcpAddress(m_database, user);
        a.name = kOffice;
        return a;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(TestDatabase::onServer());
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        PasswordKeychain::setService(QStringLiteral("KhanaTest-%1").arg(QCoreApplication::applicationPid()));
        QVERIFY(TestDatabase::setUpOffice(m_database, QStringLiteral("owner")));
        {
            const QSqlDatabase db = QSqlDatabase::database(QStringLiteral("owner"));
            QString error;
            QVERIFY2(ServerSetup::addUser(db, QStringLiteral("conn_staff"), ServerRole::Staff, kPassword, {QStringLiteral("TH-57")}, {}, &error),
                     qPrintable(error));
            QVERIFY2(ServerSetup::addUser(db, QStringLiteral("conn_viewer"), ServerRole::Viewer, kPassword, {}, {}, &error), qPrintable(error));
            PersonStore people(db);
            Person somchai;
            somchai.nameTh = QStringLiteral("สมชาย ใจดี");
            somchai.provinceCode = QStringLiteral("TH-57");
            somchai.nationalId = QStringLiteral("357010012345") + QString::number(NationalId::checkDigit(QStringLiteral("357010012345")));
            QVERIFY(people.save(somchai).ok());
            m_somchai = somchai.id;
            // A facilitator of one workshop, where Somchai is registered.
            Workshop w = fixtures::chiangRaiWorkshop();
            QVERIFY(WorkshopStore(db).save(w).ok());
            Registration r = fixtures::registrationFor(w, somchai.id);
            QVERIFY(RegistrationStore(db).add(r).ok());
            QVERIFY2(ServerSetup::addUser(db, QStringLiteral("conn_facil"), ServerRole::Facilitator, kPassword, {}, {w.id}, &error),
                     qPrintable(error));
            Person wilai;
            wilai.nameTh = QStringLiteral("วิไลวรรณ ศรีสุข");
            wilai.provinceCode = QStringLiteral("TH-56");
            QVERIFY(people.save(wilai).ok());
        }
        Database::close(QStringLiteral("owner"));
    }

    void cleanup()
    {
        for (const QString &name : QSqlDatabase::connectionNames())
            Database::close(name);
    }

    void missingFieldsAreNamedAtTheirFields()
    {
        ConnectDialog dialog(QStringLiteral("probe"));
        dialog.show();
        dialog.accept();
        QTRY_VERIFY(!dialog.isConnecting());
        QVERIFY(dialog.isVisible());
        QVERIFY(!shownError(&dialog, QStringLiteral("host")).isEmpty());
        QVERIFY(!shownError(&dialog, QStringLiteral("user")).isEmpty());
        QVERIFY(!QSqlDatabase::contains(QStringLiteral("probe")));
    }

    void wrongPasswordIsShownAtThePasswordField()
    {
        ConnectDialog dialog(QStringLiteral("probe"));
        dialog.show();
        fill(&dialog, office(QStringLiteral("conn_staff")), QStringLiteral("not-the-password"), false);
        dialog.accept();
        QTRY_VERIFY(!dialog.isConnecting());
        QVERIFY(dialog.isVisible());
        QVERIFY2(shownError(&dialog, QStringLiteral("password")).contains(QStringLiteral("did not accept")),
                 qPrintable(shownError(&dialog, QStringLiteral("password"))));
        QVERIFY(!QSqlDatabase::contains(QStringLiteral("probe")));

        dialog.findChild<QLineEdit *>(QStringLiteral("serverPassword"))->setText(kPassword);
        dialog.accept();
        QTRY_VERIFY(!dialog.isConnecting());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(QSqlDatabase::database(QStringLiteral("probe")).isOpen());
        QCOMPARE(ServerDatabase::sessionUser(QSqlDatabase::database(QStringLiteral("probe"))), QStringLiteral("conn_staff"));
    }

    void unreachableServerIsShownAtTheHost()
    {
        ConnectDialog dialog(QStringLiteral("probe"));
        dialog.show();
        ServerAddress nowhere = office(QStringLiteral("conn_staff"));
        nowhere.port = TestDatabase::serverPort() + 1000; // nothing listens there
        fill(&dialog, nowhere, kPassword, false);
        dialog.accept();
        QTRY_VERIFY(!dialog.isConnecting());
        QVERIFY(dialog.isVisible());
        QVERIFY2(shownError(&dialog, QStringLiteral("host")).contains(QStringLiteral("No Khana server answers")),
                 qPrintable(shownError(&dialog, QStringLiteral("host"))));
    }

    // A server that takes the connection and never answers: libpq would wait its ten seconds.
    // The dialog stays usable meanwhile, Stop leaves the attempt, and its late answer is dropped.
    void aServerThatNeverAnswersCanBeLeft()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        ConnectDialog dialog(QStringLiteral("probe"));
        dialog.show();
        ServerAddress mute = office(QStringLiteral("conn_staff"));
        mute.host = QStringLiteral("127.0.0.1");
        mute.port = silent.serverPort();
        mute.sslMode = QStringLiteral("disable");
        fill(&dialog, mute, kPassword, false);
        dialog.accept();
        QVERIFY(dialog.isConnecting());
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("serverHost"))->isEnabled());
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("serverPassword"))->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("connectProgress"))->isVisible());
        QTRY_VERIFY(silent.hasPendingConnections());
        QVERIFY(dialog.isConnecting());

        dialog.reject(); // Stop
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.isConnecting());
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("serverHost"))->isEnabled());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("connectProgress"))->isVisible());
        const QString stopped = dialog.findChild<QLabel *>(QStringLiteral("connectMessage"))->text();
        QVERIFY2(stopped.contains(QStringLiteral("Stopped waiting")), qPrintable(stopped));

        // The server hangs up; the attempt ends with a refusal nobody waits for any more.
        silent.nextPendingConnection()->abort();
        QVERIFY(QThreadPool::globalInstance()->waitForDone(15000));
        QCoreApplication::processEvents();
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("connectMessage"))->text(), stopped);
        QVERIFY(shownError(&dialog, QStringLiteral("host")).isEmpty());
        QVERIFY(!QSqlDatabase::contains(QStringLiteral("probe")));
        QVERIFY(dialog.isVisible());
    }

    void rememberedPasswordSignsInWithoutAsking()
    {
        whenDialog<ConnectDialog>(this, [this](ConnectDialog *d) {
            fill(d, office(QStringLiteral("conn_staff")), kPassword, true);
            d->accept();
        });
        const auto first = signInToServer(nullptr, std::nullopt, QStringLiteral("first"));
        QVERIFY(first);
        QCOMPARE(first->address, office(QStringLiteral("conn_staff")));
        QVERIFY(ServerList::named(kOffice));
        QCOMPARE(ServerList::recent().first().name, kOffice);
        QCOMPARE(PasswordKeychain::read(first->address).password, kPassword);
        // Settings keep where the server is, never the password.
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray kept = file.readAll();
        QVERIFY(kept.contains("conn_staff"));
        QVERIFY(!kept.contains(kPassword.toUtf8()));

        bool asked = false;
        whenDialog<ConnectDialog>(this, [&asked](ConnectDialog *d) {
            asked = true;
            d->reject();
        });
        const auto second = signInToServer(nullptr, *ServerList::named(kOffice), QStringLiteral("second"));
        QVERIFY(second);
        QVERIFY(!asked);
        QVERIFY(QSqlDatabase::database(QStringLiteral("second")).isOpen());
        // Stop the poll the second whenDialog left running.
        qDeleteAll(findChildren<QTimer *>());
    }

    void untickingRememberTakesThePasswordOut()
    {
        const ServerAddress staff = office(QStringLiteral("conn_staff"));
        QVERIFY(PasswordKeychain::store(staff, QStringLiteral("stale-password")).ok());
        QString why;
        whenDialog<ConnectDialog>(this, [&why](ConnectDialog *d) {
            why = d->findChild<QLabel *>(QStringLiteral("connectMessage"))->text();
            QVERIFY(d->findChild<QCheckBox *>(QStringLiteral("rememberPassword"))->isChecked());
            d->findChild<QLineEdit *>(QStringLiteral("serverPassword"))->setText(kPassword);
            d->findChild<QCheckBox *>(QStringLiteral("rememberPassword"))->setChecked(false);
            d->accept();
        });
        const auto session = signInToServer(nullptr, staff, QStringLiteral("again"));
        QVERIFY(session);
        QVERIFY2(why.contains(QStringLiteral("was not accepted")), qPrintable(why));
        QCOMPARE(PasswordKeychain::read(staff).outcome, PasswordKeychain::Outcome::NotFound);
    }

    void windowNamesTheServerAndTheLogin()
    {
        const ServerAddress staff = office(QStringLiteral("conn_staff"));
        QVERIFY(ServerDatabase::open(staff, kPassword).ok());
        MainWindow window(QSqlDatabase::database(Database::defaultConnectionName()), staff);
        window.show();
        const QString shown = window.findChild<QLabel *>(QStringLiteral("databaseLabel"))->text();
        QVERIFY2(shown.contains(kOffice) && shown.contains(QStringLiteral("conn_staff")) && shown.contains(QStringLiteral("(staff)")), qPrintable(shown));
        QVERIFY(window.windowTitle().contains(kOffice));
        QVERIFY(window.findChild<QFrame *>(QStringLiteral("damageBanner"))->isHidden());
        // No file backups of a server from here; connecting elsewhere is offered.
        QStringList fileMenu;
        for (QAction *a : window.menuBar()->actions().first()->menu()->actions())
            fileMenu << a->text();
        QVERIFY(!fileMenu.contains(QStringLiteral("&Back up…")));
        QVERIFY(fileMenu.contains(QStringLiteral("&Connect to server…")));
    }

    void viewerWindowOffersNoChanges()
    {
        const ServerAddress viewer = office(QStringLiteral("conn_viewer"));
        QVERIFY(ServerDatabase::open(viewer, kPassword).ok());
        MainWindow window(QSqlDatabase::database(Database::defaultConnectionName()), viewer);
        window.show();
        auto *banner = window.findChild<QFrame *>(QStringLiteral("damageBanner"));
        QVERIFY(!banner->isHidden());
        QVERIFY(banner->findChild<QLabel *>()->text().contains(QStringLiteral("viewer")));
        QVERIFY(window.page(MainWindow::PeopleIndex)->writeLock()->isLocked());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("databaseLabel"))->text().contains(QStringLiteral("(viewer)")));
    }

    // Each role's window offers what the server lets it do, and reads what it may read.
    void eachRoleIsOfferedWhatItMayDo()
    {
        const ServerAddress staff = office(QStringLiteral("conn_staff"));
        QVERIFY(ServerDatabase::open(staff, kPassword).ok());
        {
            MainWindow window(QSqlDatabase::database(Database::defaultConnectionName()), staff);
            window.show();
            QVERIFY(!window.page(MainWindow::PeopleIndex)->writeLock()->isLocked());
            QVERIFY(!window.page(MainWindow::WorkshopsIndex)->writeLock()->isLocked());
            QVERIFY(window.page(MainWindow::PlansIndex)->writeLock()->isLocked());    // staff read plans
            QVERIFY(window.page(MainWindow::SettingsIndex)->writeLock()->isLocked()); // districts are the admins'
            QVERIFY(window.findChild<QWidget *>(QStringLiteral("exportPeople"))->isVisibleTo(&window));
            QVERIFY(!PersonStore(QSqlDatabase::database(Database::defaultConnectionName())).find(m_somchai)->nationalId.isEmpty());
        }
        Database::close();

        const ServerAddress facilitator = office(QStringLiteral("conn_facil"));
        QVERIFY(ServerDatabase::open(facilitator, kPassword).ok());
        const QSqlDatabase db = QSqlDatabase::database(Database::defaultConnectionName());
        MainWindow window(db, facilitator);
        window.show();
        for (int locked : {MainWindow::PeopleIndex, MainWindow::PlansIndex, MainWindow::GrowthIndex, MainWindow::SettingsIndex})
            QVERIFY2(window.page(locked)->writeLock()->isLocked(), qPrintable(QString::number(locked)));
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("exportPeople"))->isVisibleTo(&window));
        // Check-in and groups stay theirs; the workshop itself is read-only to them.
        QVERIFY(!window.page(MainWindow::WorkshopsIndex)->writeLock()->isLocked());
        QVERIFY(window.findChild<QLineEdit *>(QStringLiteral("workshopTitle"))->isReadOnly());
        // The person of their workshop opens, without the national ID the server keeps from them.
        PersonStore people(db);
        QVERIFY(!people.mayReadNationalIds());
        const auto somchai = people.find(m_somchai);
        QVERIFY(somchai.has_value());
        QVERIFY(somchai->nationalId.isEmpty());
        QCOMPARE(somchai->nameTh, QStringLiteral("สมชาย ใจดี"));
    }

    void headlessCommandsFindTheServerByName()
    {
        const ServerAddress staff = office(QStringLiteral("conn_staff"));
        ServerList::remember(staff);
        QVERIFY(PasswordKeychain::store(staff, kPassword).ok());

        CommandDatabase unknown;
        unknown.server = QStringLiteral("Nowhere office");
        QVERIFY(!unknown.open("export"));
        CommandDatabase both;
        both.server = kOffice;
        both.path = QStringLiteral("/tmp/x.sqlite");
        QVERIFY(!both.open("export"));

        // The export runs as the staff login: the server's row policies leave out the
        // other province's person.
        QTemporaryDir dir;
        DataCommandOptions options;
        options.what = QStringLiteral("people");
        options.file = dir.filePath(QStringLiteral("people.csv"));
        options.database.server = kOffice;
        QCOMPARE(runExport(*qApp, options), 0);
        QFile csv(options.file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY2(text.contains(QStringLiteral("สมชาย ใจดี")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("วิไลวรรณ")));
    }
};

QTEST_MAIN(TestServerConnect)
#include "tst_serverconnect.moc"
