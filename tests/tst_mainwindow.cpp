// The main window: pages by keyboard, honest placeholders, the database named in the status
// bar, and the window's layout remembered between runs.

#include "DialogDriver.h"
#include "TestDatabase.h"
#include "people/PeoplePage.h"
#include "settings/SettingsPage.h"
#include "shell/AppSettings.h"
#include "shell/BackupActions.h"
#include "database/StorageHealth.h"
#include "stores/PersonStore.h"
#include "shell/MainWindow.h"
#include "widgets/DateEdit.h"
#include "workshops/WorkshopEditor.h"
#include "workshops/WorkshopsPage.h"
#include "stores/AreaStore.h"
#include "database/Backup.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>

#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QHeaderView>
#include <QLabel>
#include <QTemporaryDir>
#include <QSqlQuery>
#include <QPushButton>
#include <QFrame>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

using namespace khana;

namespace {

QAction *actionNamed(const QWidget *within, const QString &text)
{
    for (QAction *action : within->findChildren<QAction *>())
        if (action->text() == text)
            return action;
    return nullptr;
}

// Every page's controls that write are out of use; reading, searching and printing are not.
void verifyEditingLocked(MainWindow &window)
{
    for (const QString &text : {QStringLiteral("&Add person…"), QStringLiteral("&Edit person…"), QStringLiteral("&Delete person"),
                                QStringLiteral("&New workshop"), QStringLiteral("&Save"), QStringLiteral("&Check-in mode"),
                                QStringLiteral("&Undo"), QStringLiteral("&Redo")}) {
        QAction *action = actionNamed(&window, text);
        QVERIFY2(action, qPrintable(text));
        QVERIFY2(!action->isEnabled(), qPrintable(text));
    }
    for (const QString &name : {QStringLiteral("importRoster"), QStringLiteral("registerPeople"), QStringLiteral("importRegistrations"),
                                QStringLiteral("distributeGroups"), QStringLiteral("savePlan"), QStringLiteral("addIssue"),
                                QStringLiteral("saveReview"), QStringLiteral("recordCount"), QStringLiteral("importCounts"),
                                QStringLiteral("setTarget"), QStringLiteral("importDistricts")}) {
        auto *control = window.findChild<QWidget *>(name);
        QVERIFY2(control, qPrintable(name));
        QVERIFY2(!control->isEnabled(), qPrintable(name));
    }
    auto *title = window.findChild<QLineEdit *>(QStringLiteral("workshopTitle"));
    QVERIFY(title->isReadOnly());
    // A date field: read-only, its calendar and clear buttons off.
    auto *approvedOn = window.workshopsPage()->editor()->findChild<DateEdit *>();
    QVERIFY(approvedOn->isReadOnly());
    for (const QAction *action : approvedOn->actions())
        QVERIFY(!action->isEnabled());
    QCOMPARE(window.findChild<QAbstractItemView *>(QStringLiteral("planTree"))->editTriggers(), QAbstractItemView::NoEditTriggers);
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("exportNumbers"))->isEnabled());
    QVERIFY(!window.findChild<QLineEdit *>(QStringLiteral("peopleSearch"))->isReadOnly());
    QVERIFY(actionNamed(&window, QStringLiteral("Find"))->isEnabled());
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KhanaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
    }

    void pagesByKeyboard_data()
    {
        QTest::addColumn<int>("page");
        for (int i = 0; i < MainWindow::PageCount; ++i)
            QTest::addRow("Ctrl+%d", i + 1) << i;
    }
    void pagesByKeyboard()
    {
        QFETCH(int, page);
        TestDatabase t(QStringLiteral("keys"));
        MainWindow window(t.db(), t.path(), false);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + page), Qt::ControlModifier);
        QCOMPARE(window.currentPage(), page);
        QCOMPARE(window.findChild<QStackedWidget *>()->currentIndex(), page);
    }

    void statusBarNamesTheDatabase()
    {
        TestDatabase t(QStringLiteral("status"));
        MainWindow window(t.db(), t.path(), true);
        auto *label = window.statusBar()->findChild<QLabel *>(QStringLiteral("databaseLabel"));
        QVERIFY(label);
        QVERIFY(label->text().contains(QDir::toNativeSeparators(t.path())));
        QVERIFY(window.statusBar()->findChild<QLabel *>(QStringLiteral("demoLabel")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("demo")));
    }

    // Damage found mid-session: the window says so above every page, offers recovery, and
    // SQLite itself refuses every further write on the window's connection.
    void damageFoundMidSessionStopsWriting()
    {
        TestDatabase t(QStringLiteral("damagedLater"));
        MainWindow window(t.db(), t.path(), false);
        window.show();
        auto *banner = window.findChild<QFrame *>(QStringLiteral("damageBanner"));
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());
        Person p;
        p.nameTh = QStringLiteral("สมชาย ใจดี");
        QVERIFY(PersonStore(t.db()).save(p).ok());

        StorageHealth::instance().reportDamage(QStringLiteral("khana-worker-1"), QStringLiteral("database disk image is malformed"));
        QTRY_VERIFY(banner->isVisible());
        QString shown;
        for (const QLabel *label : banner->findChildren<QLabel *>())
            shown += label->text();
        QVERIFY2(shown.contains(QStringLiteral("stopped saving into it")), qPrintable(shown));
        QVERIFY(banner->findChild<QPushButton *>());
        verifyEditingLocked(window);
        if (qEnvironmentVariableIsSet("KHANA_KEEP_EXPORTS")) {
            window.resize(1366, 768);
            window.grab().save(qEnvironmentVariable("KHANA_KEEP_EXPORTS") + QStringLiteral("/damaged-banner.png"));
        }

        Person q;
        q.nameTh = QStringLiteral("วิไล มีสุข");
        const auto refused = PersonStore(t.db()).save(q);
        QVERIFY(!refused.ok());
        QCOMPARE(PersonStore(t.db()).count(), 1);
        QSqlQuery(t.db()).exec(QStringLiteral("PRAGMA query_only = OFF"));
    }

    // The first window fits the screen it opens on (most of a 1366 × 768 laptop's).
    void firstWindowFitsTheScreen()
    {
        QSettings().remove(QStringLiteral("window/geometry"));
        TestDatabase t(QStringLiteral("size"));
        MainWindow window(t.db(), t.path(), false);
        const QRect available = window.screen()->availableGeometry();
        QVERIFY2(window.width() <= available.width() && window.height() <= available.height(),
                 qPrintable(QStringLiteral("%1×%2 on %3×%4").arg(window.width()).arg(window.height()).arg(available.width()).arg(available.height())));
        QVERIFY(window.width() >= available.width() * 8 / 10);
    }

    // File › Open checks the other database first: on a problem this window stays, on its
    // database, and says why; only a database that opens replaces it.
    void openingAnotherDatabaseChecksItFirst()
    {
        TestDatabase t(QStringLiteral("current"));
        MainWindow window(t.db(), t.path(), false);
        window.show();
        QSignalSpy relaunch(&window, &MainWindow::relaunchRequested);
        QTemporaryDir dir;
        QFile notes(dir.filePath(QStringLiteral("notes.sqlite")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("minutes of the meeting, not a database, long enough to be read as a header......");
        notes.close();
        const QByteArray before = [&] {
            QFile f(notes.fileName());
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        for (const QString &path : {notes.fileName(), dir.filePath(QStringLiteral("missing.sqlite"))}) {
            QString said;
            whenDialog<QMessageBox>(this, [&said](QMessageBox *box) {
                said = box->text();
                box->accept();
            });
            window.openDatabaseAt(path);
            QVERIFY2(!said.isEmpty(), qPrintable(path));
            QVERIFY(window.isVisible());
            QCOMPARE(relaunch.count(), 0);
        }
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("missing.sqlite"))));
        QFile after(notes.fileName());
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);

        TestDatabase other(QStringLiteral("other"));
        const QString otherPath = other.path();
        window.openDatabaseAt(otherPath);
        QCOMPARE(relaunch.count(), 1);
        QCOMPARE(relaunch.first().first().toStringList(), (QStringList{QStringLiteral("--database"), otherPath}));
        QVERIFY(t.db().isOpen());
    }

    // A database opened read-only: SQLite refuses every save, in the user's words, and the
    // window says so above every page.
    void readOnlyOpenRefusesWritesAndSaysSo()
    {
        TestDatabase t(QStringLiteral("writable"));
        Person p;
        p.nameTh = QStringLiteral("สมชาย ใจดี");
        QVERIFY(PersonStore(t.db()).save(p).ok());
        {
            const Database::OpenResult opened = Database::openSqliteReadOnly(t.path(), QStringLiteral("readOnly"));
            QVERIFY2(opened.ok(), qPrintable(opened.message));
            QVERIFY(opened.readOnly);
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("readOnly"));
            PersonStore store(db);
            QCOMPARE(store.count(), 1);
            Person q;
            q.nameTh = QStringLiteral("วิไล มีสุข");
            const auto refused = store.save(q);
            QVERIFY2(refused.error.contains(QStringLiteral("can only be read")), qPrintable(refused.error));
            QCOMPARE(store.count(), 1);

            MainWindow window(db, t.path(), false);
            window.showReadOnly();
            window.show();
            auto *banner = window.findChild<QFrame *>(QStringLiteral("damageBanner"));
            QVERIFY(banner->isVisible());
            QVERIFY(!banner->findChild<QPushButton *>()->isVisible());
            QVERIFY(banner->findChild<QLabel *>()->text().contains(QStringLiteral("Opened read-only")));
            verifyEditingLocked(window);
            // Choosing a person enables Edit on a writable database; not here.
            window.showPage(MainWindow::PeopleIndex);
            auto *people = window.findChild<QTableView *>(QStringLiteral("peopleView"));
            QTRY_COMPARE(people->model()->rowCount(), 1);
            people->selectRow(0);
            QVERIFY(!actionNamed(&window, QStringLiteral("&Edit person…"))->isEnabled());
            // A double-click opens no edit dialog (one would be closed here and counted).
            bool dialogOpened = false;
            QTimer::singleShot(100, &window, [&dialogOpened] {
                if (QWidget *modal = QApplication::activeModalWidget()) {
                    dialogOpened = true;
                    modal->close();
                }
            });
            QTest::mouseDClick(people->viewport(), Qt::LeftButton, {}, people->visualRect(people->model()->index(0, 0)).center());
            QTest::qWait(200);
            QVERIFY(!dialogOpened);
            if (qEnvironmentVariableIsSet("KHANA_KEEP_EXPORTS")) {
                window.resize(1366, 768);
                window.grab().save(qEnvironmentVariable("KHANA_KEEP_EXPORTS") + QStringLiteral("/read-only-banner.png"));
            }
        }
        Database::close(QStringLiteral("readOnly"));

        // Not a Khana database: refused, as opening it for writing would.
        QTemporaryDir dir;
        QFile other(dir.filePath(QStringLiteral("notes.sqlite")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("just some text, not a database at all, long enough to be read as a header......");
        other.close();
        QCOMPARE(Database::openSqliteReadOnly(other.fileName(), QStringLiteral("other")).status, Database::Status::NotADatabase);
    }

    // The daily automatic backup runs off the UI thread and says when it is written; a second
    // start the same day writes none.
    void automaticBackupOncePerDay()
    {
        TestDatabase t(QStringLiteral("automatic"));
        QDir(Backup::automaticFolder()).removeRecursively();
        QWidget window;
        {
            BackupActions backups(t.path(), &window);
            QSignalSpy said(&backups, &BackupActions::message);
            backups.backUpAutomatically();
            QTRY_COMPARE(said.count(), 1);
            QVERIFY2(said.first().first().toString().contains(QStringLiteral("automatic backup is written")), qPrintable(said.first().first().toString()));
        }
        const QString today = QDir(Backup::automaticFolder()).filePath(QStringLiteral("khana-%1.sqlite").arg(QDate::currentDate().toString(Qt::ISODate)));
        QVERIFY(Backup::verify(today).ok());
        {
            BackupActions again(t.path(), &window);
            QSignalSpy said(&again, &BackupActions::message);
            again.backUpAutomatically();
        } // waits for the worker
        QCOMPARE(QDir(Backup::automaticFolder()).entryList(QDir::Files).size(), 1);
        QDir(Backup::automaticFolder()).removeRecursively();
    }

    // Settings › Database turns the daily backup off and on and says how many to keep.
    void automaticBackupSettings()
    {
        TestDatabase t(QStringLiteral("backupSettings"));
        MainWindow window(t.db(), t.path(), false);
        auto *settings = qobject_cast<SettingsPage *>(window.page(MainWindow::SettingsIndex));
        auto *automatic = settings->findChild<QCheckBox *>(QStringLiteral("automaticBackups"));
        auto *keep = settings->findChild<QSpinBox *>(QStringLiteral("backupsKept"));
        QVERIFY(automatic && keep);
        QVERIFY(automatic->isChecked());
        QCOMPARE(keep->value(), 7);
        keep->setValue(14);
        QCOMPARE(AppSettings::backupsKept(), 14);
        automatic->setChecked(false);
        QVERIFY(!AppSettings::automaticBackups());
        QVERIFY(!keep->isEnabled());
        automatic->setChecked(true);
        keep->setValue(7);
    }

    void importsDistrictsFromSettings()
    {
        TestDatabase t(QStringLiteral("import"));
        QTemporaryDir dir;
        QFile provinces(dir.filePath(QStringLiteral("provinces.csv")));
        QVERIFY(provinces.open(QIODevice::WriteOnly));
        provinces.write("id,name_th,name_en\r\n45,เชียงราย,Chiang Rai\r\n44,พะเยา,Phayao\r\n");
        provinces.close();
        QFile districts(dir.filePath(QStringLiteral("districts.csv")));
        QVERIFY(districts.open(QIODevice::WriteOnly));
        // A newer list: one district as shipped, one renamed in English, one new, one refused.
        districts.write("\xEF\xBB\xBFid,name_th,name_en,province_id\r\n"
                        "5701,เมืองเชียงราย,Mueang Chiang Rai,45\r\n"
                        "5601,อำเภอเมืองพะเยา,Muang Phayao,44\r\n"
                        "5799,เวียงใหม่,Wiang Mai,45\r\n"
                        "9901,ไม่มีจริง,Nowhere,99\r\n");
        districts.close();
        MainWindow window(t.db(), t.path(), false);
        auto *settings = qobject_cast<SettingsPage *>(window.page(MainWindow::SettingsIndex));
        QVERIFY(settings);
        const QString summary = settings->importDistricts(districts.fileName());
        QVERIFY2(summary.contains(QStringLiteral("1 new district(s), 1 updated")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Row 5, column province_id")), qPrintable(summary));
        QCOMPARE(AreaStore(t.db()).districtCount(), 930);
        const QList<District> phayao = AreaStore(t.db()).districts(QStringLiteral("TH-56"));
        const auto mueang = std::find_if(phayao.begin(), phayao.end(), [](const District &d) { return d.code == QLatin1String("5601"); });
        QVERIFY(mueang != phayao.end());
        QCOMPARE(mueang->nameEn, QStringLiteral("Muang Phayao"));
    }

    void layoutIsRemembered()
    {
        TestDatabase t(QStringLiteral("layout"));
        {
            MainWindow window(t.db(), t.path(), false);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1013, 677);
            window.showPage(MainWindow::PeopleIndex);
            auto *view = window.peoplePage()->findChild<QTableView *>(QStringLiteral("peopleView"));
            view->horizontalHeader()->resizeSection(1, 237);
            window.peoplePage()->findChild<QSplitter *>(QStringLiteral("peopleSplitter"))->setSizes({500, 300});
            QApplication::processEvents();
            window.close();
        }
        MainWindow again(t.db(), t.path(), false);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(1013, 677));
        QCOMPARE(again.currentPage(), int(MainWindow::PeopleIndex));
        auto *view = again.peoplePage()->findChild<QTableView *>(QStringLiteral("peopleView"));
        QCOMPARE(view->horizontalHeader()->sectionSize(1), 237);
        const QList<int> sizes = again.peoplePage()->findChild<QSplitter *>(QStringLiteral("peopleSplitter"))->sizes();
        QVERIFY2(sizes.value(0) > sizes.value(1), "the splitter's proportions were not restored");
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
