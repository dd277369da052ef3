// The office server goes away in the middle of work (here: the server ends the window's
// session, as a restart or a network outage does): nothing is half-written, the window says so
// and connects again by itself, and a form keeps what was typed so its save can be retried.

#include "DialogDriver.h"
#include "TestDatabase.h"
#include "WindowDriver.h"
#include "database/ChangeFeed.h"
#include "database/Database.h"
#include "database/ServerDatabase.h"
#include "database/ServerReconnect.h"
#include "database/ServerSetup.h"
#include "database/StorageHealth.h"
#include "database/Transaction.h"
#include "people/PeoplePage.h"
#include "shell/MainWindow.h"
#include "stores/PersonStore.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace khana;

namespace {

const QString kPassword = QStringLiteral("ช้าง-เผือก-2569");
// Reconnecting pings with a growing pause, at most ServerReconnect::kLongestRetryMs apart.
constexpr int kPatienceMs = 20000;

} // namespace

class TestServerDrop : public QObject
{
    Q_OBJECT

    QString m_database = QStringLiteral("khana_drop_%1").arg(QCoreApplication::applicationPid());
    QString m_login = QStringLiteral("drop_%1").arg(QCoreApplication::applicationPid());

    QSqlDatabase owner() const { return QSqlDatabase::database(QStringLiteral("owner")); }

    // The server ends the session of the window's connection `db`.
    bool endSessionOf(const QSqlDatabase &db) const
    {
        const qint64 pid = TestDatabase::number(db, QStringLiteral("SELECT pg_backend_pid()"));
        return pid > 0 && TestDatabase::number(owner(), QStringLiteral("SELECT pg_terminate_backend(%1)::int").arg(pid)) == 1;
    }
    // While refused, the server is up but will not let the login back in (as a server that is
    // still starting), so the window stays disconnected until allowed again.
    bool refuseLogin(bool refuse) const
    {
        return QSqlQuery(owner()).exec(QStringLiteral("ALTER ROLE %1 %2").arg(m_login, refuse ? QStringLiteral("NOLOGIN") : QStringLiteral("LOGIN")));
    }
    bool signIn(const QString &connection) const
    {
        const Database::OpenResult opened = ServerDatabase::open(TestDatabase::tcpAddress(m_database, m_login), kPassword, connection);
        if (!opened.ok())
            qWarning("%s", qPrintable(opened.message));
        return opened.ok();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(TestDatabase::onServer());
        QVERIFY(TestDatabase::setUpOffice(m_database, QStringLiteral("owner")));
        QString error;
        QVERIFY2(ServerSetup::addUser(owner(), m_login, ServerRole::Staff, kPassword, {QStringLiteral("TH-57")}, {}, &error), qPrintable(error));
        Person somchai;
        somchai.nameTh = QStringLiteral("สมชาย ใจดี");
        somchai.provinceCode = QStringLiteral("TH-57");
        QVERIFY(PersonStore(owner()).save(somchai).ok());
    }

    void cleanup()
    {
        QVERIFY(refuseLogin(false));
        for (const QString &name : QSqlDatabase::connectionNames())
            if (name != QLatin1String("owner"))
                Database::close(name);
    }

    void cleanupTestCase() { Database::close(QStringLiteral("owner")); }

    // A transaction cut off before its commit leaves nothing on the server; the failure says
    // what happened, and the connection comes back by itself once the server lets it.
    void aCutTransactionLeavesNothing()
    {
        QVERIFY(signIn(QStringLiteral("desk")));
        QSqlDatabase desk = QSqlDatabase::database(QStringLiteral("desk"));
        ServerReconnect reconnect(desk);
        QSignalSpy lost(&reconnect, &ServerReconnect::lost);
        QSignalSpy restored(&reconnect, &ServerReconnect::restored);
        QSignalSpy told(&StorageHealth::instance(), &StorageHealth::connectionLost);
        const qint64 before = TestDatabase::number(owner(), QStringLiteral("SELECT count(*) FROM person"));

        QString why;
        {
            Transaction t(desk);
            QSqlQuery add(desk);
            add.prepare(QStringLiteral("INSERT INTO person (name_th, sort_key, province_code) VALUES (?, ?, 'TH-57')"));
            add.addBindValue(QStringLiteral("ครึ่งทาง"));
            add.addBindValue(QByteArray("k"));
            QVERIFY(t.exec(add));
            QVERIFY(refuseLogin(true));
            QVERIFY(endSessionOf(desk));
            QVERIFY(!t.commit());
            QCOMPARE(t.errorKind(), StorageError::Kind::ConnectionLost);
            why = t.errorText();
        }
        QVERIFY2(why.contains(QStringLiteral("connection to the office server was lost")), qPrintable(why));
        QVERIFY(told.count() >= 1);
        QCOMPARE(TestDatabase::number(owner(), QStringLiteral("SELECT count(*) FROM person")), before);
        QTRY_COMPARE(lost.count(), 1);
        QVERIFY(reconnect.isLost());

        // Still refused: the pings go on, the connection stays down.
        QTest::qWait(ServerReconnect::kFirstRetryMs * 4);
        QCOMPARE(restored.count(), 0);
        QVERIFY(refuseLogin(false));
        QVERIFY(restored.wait(kPatienceMs));
        QVERIFY(!reconnect.isLost());
        Person p = *PersonStore(desk).find(1);
        p.nickname = QStringLiteral("ชาย");
        QVERIFY(PersonStore(desk).save(p).ok());
    }

    // Idle, with the change feed listening: the drop is noticed without any statement, and
    // after reconnecting the feed listens again and reports every table (notices sent
    // meanwhile were missed).
    void anIdleDropIsNoticedAndTheFeedListensAgain()
    {
        QVERIFY(signIn(QStringLiteral("idle")));
        QSqlDatabase idle = QSqlDatabase::database(QStringLiteral("idle"));
        ChangeFeed feed(idle);
        ServerReconnect reconnect(idle);
        connect(&reconnect, &ServerReconnect::restored, &feed, &ChangeFeed::listenAgain);
        QSignalSpy lost(&reconnect, &ServerReconnect::lost);
        QSignalSpy restored(&reconnect, &ServerReconnect::restored);
        QSignalSpy changed(&feed, &ChangeFeed::tablesChanged);

        QVERIFY(endSessionOf(idle));
        QVERIFY(lost.wait(kPatienceMs));
        QVERIFY(restored.count() == 1 || restored.wait(kPatienceMs));
        QTRY_COMPARE(changed.count(), 1);
        const QSet<QString> everything = changed.at(0).at(0).value<QSet<QString>>();
        QVERIFY(everything.contains(QStringLiteral("person")));
        QVERIFY(everything.contains(QStringLiteral("plan_item")));

        Person p = *PersonStore(owner()).find(1);
        p.phone = QStringLiteral("0812345678");
        QVERIFY(PersonStore(owner()).save(p).ok());
        QVERIFY(changed.wait(kPatienceMs));
        QVERIFY(changed.at(1).at(0).value<QSet<QString>>().contains(QStringLiteral("person")));
    }

    // In the window: the form keeps what was typed when its save meets a dropped connection,
    // the banner says what happened, and once it is back the same Save stores it.
    void aFormKeepsWhatWasTypedAndSavesAgain()
    {
        QVERIFY(signIn(Database::defaultConnectionName()));
        QSqlDatabase db = QSqlDatabase::database(Database::defaultConnectionName());
        MainWindow window(db, TestDatabase::tcpAddress(m_database, m_login));
        QDialog *form = driver::openFirstPersonsForm(window);
        QVERIFY(form);
        auto *nickname = form->findChild<QLineEdit *>(QStringLiteral("nickname"));
        nickname->setText(QStringLiteral("Chai"));
        auto *banner = window.findChild<QLabel *>(QStringLiteral("connectionBanner"));
        QVERIFY(banner->isHidden());

        QVERIFY(refuseLogin(true));
        QVERIFY(endSessionOf(db));
        form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QVERIFY(form->isVisible());
        auto *said = form->findChild<QLabel *>(QStringLiteral("generalError"));
        QVERIFY2(said->text().contains(QStringLiteral("connection to the office server was lost")), qPrintable(said->text()));
        QCOMPARE(nickname->text(), QStringLiteral("Chai"));
        QTRY_VERIFY(banner->isVisible());

        QVERIFY(refuseLogin(false));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isHidden(), kPatienceMs);
        form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QTRY_VERIFY(!form->isVisible());
        QCOMPARE(PersonStore(owner()).find(1)->nickname, QStringLiteral("Chai"));
    }
};

QTEST_MAIN(TestServerDrop)
#include "tst_serverdrop.moc"
