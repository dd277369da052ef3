// Backups taken while Khana works, verified before they count; restore from them.

#include "TestDatabase.h"
#include "database/Backup.h"
#include "stores/PersonStore.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>

#include <sqlite3.h>

#include <atomic>
#include <thread>

using namespace khana;

namespace {

qint64 peopleIn(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM person")) && q.next() ? q.value(0).toLongLong() : -1;
}

void addPeople(const QSqlDatabase &db, int count, const QString &prefix)
{
    QList<Person> people;
    for (int i = 0; i < count; ++i) {
        Person p;
        p.nameTh = QStringLiteral("%1 %2").arg(prefix).arg(i);
        cleanAndValidate(p);
        people.append(p);
    }
    QString error;
    QVERIFY2(PersonStore(db).insertBulk(people, &error), qPrintable(error));
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Another program keeps writing (as another Khana window would) while the backup is taken:
    // the copy is whole, holds one consistent moment, and is the owner's alone.
    void backupWhileAnotherConnectionWrites()
    {
        TestDatabase t;
        QVERIFY(t.ok());
        addPeople(t.db(), 3000, QStringLiteral("สมาชิก"));
        std::atomic<bool> writing{true};
        std::atomic<int> written{0};
        std::thread writer([&] {
            sqlite3 *db = nullptr;
            sqlite3_open_v2(QFile::encodeName(t.path()).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
            sqlite3_busy_timeout(db, 5000);
            for (int i = 0; writing && i < 2000; ++i) {
                const QByteArray sql = QStringLiteral("INSERT INTO person (name_th, sort_name) VALUES ('ผู้มาใหม่ %1', 'ผู้มาใหม่ %1')").arg(i).toUtf8();
                if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK)
                    ++written;
            }
            sqlite3_close_v2(db);
        });
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("copy.sqlite"));
        int steps = 0;
        const Backup::Result made = Backup::create(t.path(), target, [&](int, int) { return ++steps > 0; });
        writing = false;
        writer.join();
        QVERIFY2(made.ok(), qPrintable(made.error));
        QVERIFY(steps > 0);
        const qint64 copied = made.rowCounts.value(QStringLiteral("person"));
        QVERIFY(copied >= 3000 && copied <= 3000 + written);
        const Backup::Result checked = Backup::verify(target);
        QVERIFY2(checked.ok(), qPrintable(checked.error));
        QCOMPARE(checked.rowCounts, made.rowCounts);
        QVERIFY(!QFile::exists(target + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(target + QStringLiteral(".partial")));
#ifdef Q_OS_UNIX
        QCOMPARE(QFile(target).permissions() & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser), QFile::ReadOwner | QFile::WriteOwner);
#endif
    }

    // Restore puts the backup's rows back, also for the connection that is open, after
    // backing up what was there.
    void restoreBringsTheBackupBack()
    {
        TestDatabase t;
        QVERIFY(t.ok());
        addPeople(t.db(), 200, QStringLiteral("ก่อน"));
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY(Backup::create(t.path(), copy).ok());
        addPeople(t.db(), 50, QStringLiteral("หลัง"));
        QVERIFY(QSqlQuery(t.db()).exec(QStringLiteral("DELETE FROM person WHERE id <= 10")));
        QCOMPARE(peopleIn(t.db()), 240);

        const Backup::Result restored = Backup::restore(copy, t.path());
        QVERIFY2(restored.ok(), qPrintable(restored.error));
        QCOMPARE(peopleIn(t.db()), 200);
        // What was there before is kept, and is itself a whole backup.
        const Backup::Result before = Backup::verify(restored.path);
        QVERIFY2(before.ok(), qPrintable(before.error));
        QCOMPARE(before.rowCounts.value(QStringLiteral("person")), 240);
        QFile::remove(restored.path);
    }

    // A damaged backup is refused before anything is touched.
    void damagedBackupIsNotRestored()
    {
        TestDatabase t;
        QVERIFY(t.ok());
        addPeople(t.db(), 2000, QStringLiteral("สมาชิก"));
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY(Backup::create(t.path(), copy).ok());
        {
            QFile f(copy);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(f.size() - 3 * 4096));
            f.write(QByteArray(2 * 4096, '\x55'));
        }
        const Backup::Result refused = Backup::restore(copy, t.path());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(QStringLiteral("damaged")), qPrintable(refused.error));
        QCOMPARE(peopleIn(t.db()), 2000);
        QCOMPARE(QDir(QFileInfo(t.path()).absolutePath()).entryList({QStringLiteral("*before-restore*")}).size(), 0);
    }

    // Cancel leaves no file behind.
    void cancelledBackupLeavesNothing()
    {
        TestDatabase t;
        QVERIFY(t.ok());
        addPeople(t.db(), 3000, QStringLiteral("สมาชิก"));
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("copy.sqlite"));
        const Backup::Result r = Backup::create(t.path(), target, [](int, int) { return false; });
        QVERIFY(r.cancelled);
        QVERIFY(!r.ok());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 0);
    }

    // One automatic backup a day, the newest few kept.
    void automaticBackupsDailyKeepingTheNewest()
    {
        TestDatabase t;
        QVERIFY(t.ok());
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("backups"));
        bool made = false;
        for (int day = 1; day <= 5; ++day) {
            const Backup::Result r = Backup::automatic(t.path(), folder, QDate(2024, 5, day), 3, &made);
            QVERIFY2(r.ok(), qPrintable(r.error));
            QVERIFY(made);
        }
        QVERIFY(Backup::automatic(t.path(), folder, QDate(2024, 5, 5), 3, &made).ok());
        QVERIFY(!made); // already one today
        QCOMPARE(QDir(folder).entryList(QDir::Files, QDir::Name),
                 (QStringList{QStringLiteral("khana-2024-05-03.sqlite"), QStringLiteral("khana-2024-05-04.sqlite"), QStringLiteral("khana-2024-05-05.sqlite")}));
#ifdef Q_OS_UNIX
        QCOMPARE(QFile(folder).permissions() & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
#endif
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
