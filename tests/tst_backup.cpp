// Backups taken while Khana works, verified before they count; restore from them.

#include "TestDatabase.h"
#include "database/Backup.h"
#include "database/Recovery.h"
#include "database/StorageHealth.h"
#include "stores/PersonStore.h"

#include <QDir>
#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
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

QByteArray checksum(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// People's leaf pages, in the order of their rows.
QList<qint64> personLeaves(const QSqlDatabase &db)
{
    QList<qint64> leaves;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'person' AND pagetype = 'leaf' ORDER BY path")))
        while (q.next())
            leaves.append(q.value(0).toLongLong());
    return leaves;
}

// A backup of `t` at `path` with `pages` overwritten by garbage.
bool damagedCopy(const TestDatabase &t, const QString &path, const QList<qint64> &pages)
{
    if (!Backup::create(t.path(), path).ok())
        return false;
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    for (const qint64 page : pages)
        if (!f.seek((page - 1) * 4096) || f.write(QByteArray(4096, '\x55')) != 4096)
            return false;
    return true;
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
                const QByteArray sql = QStringLiteral("INSERT INTO person (name_th, sort_key) VALUES ('ผู้มาใหม่ %1', 'ผู้มาใหม่ %1')").arg(i).toUtf8();
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

    // Recovery from a damaged file: rows on either side of the damaged pages are saved into a
    // new Khana database that opens and searches normally; the damaged file is only read.
    void recoversWhatCanBeReadFromADamagedFile()
    {
        TestDatabase t;
        QVERIFY(t.ok());
        addPeople(t.db(), 5000, QStringLiteral("สมาชิก"));
        QTemporaryDir dir;
        const QString damaged = dir.filePath(QStringLiteral("damaged.sqlite"));
        // Two leaf pages of People in the middle of its rows, overwritten.
        const QList<qint64> leaves = personLeaves(t.db());
        QVERIFY(leaves.size() > 10);
        QVERIFY(damagedCopy(t, damaged, {leaves.at(leaves.size() / 2), leaves.at(leaves.size() / 2 + 1)}));
        const QByteArray checksumBefore = checksum(damaged);
        QCOMPARE(Database::openSqlite(damaged, QStringLiteral("damaged")).status, Database::Status::Damaged);

        const QString recovered = Recovery::suggestedTarget(damaged);
        QCOMPARE(QFileInfo(recovered).fileName(), QStringLiteral("damaged-recovered.sqlite"));
        int tables = 0;
        const Recovery::Result r = Recovery::recover(damaged, recovered, [&](qint64, qint64 total) {
            tables = int(total);
            return true;
        });
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(checksum(damaged), checksumBefore);
        QVERIFY(tables > 10);
        QCOMPARE(r.damagedRegions, 1);
        const qint64 saved = r.saved.value(QStringLiteral("person"));
        QVERIFY2(saved > 4500 && saved < 5000, qPrintable(QString::number(saved)));
        QVERIFY2(r.summary().contains(QStringLiteral("1 damaged place(s) could not be read")), qPrintable(r.summary()));
        QCOMPARE(QFile(recovered).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

        const Database::OpenResult opened = Database::openSqlite(recovered, QStringLiteral("recovered"));
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        {
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("recovered"));
            QCOMPARE(peopleIn(db), saved);
            // The first and the last people are on either side of the damage, and searchable.
            QCOMPARE(PersonStore(db).count(), saved);
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM person_search WHERE person_search MATCH '\"สมาชิก 4999\"'")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM district")) && q.next());
            QVERIFY(q.value(0).toInt() > 900);
        }
        Database::close(QStringLiteral("recovered"));

        // A second recovery into the same file is refused rather than overwriting it.
        QVERIFY(!Recovery::recover(damaged, recovered).ok());
    }

    // A write that meets a damaged page fails as "damaged", says so, and is reported to
    // StorageHealth (the window then stops writing).
    void damageMetByAWriteIsReported()
    {
        TestDatabase t;
        QVERIFY(t.ok());
        addPeople(t.db(), 3000, QStringLiteral("สมาชิก"));
        QTemporaryDir dir;
        const QString damaged = dir.filePath(QStringLiteral("damaged.sqlite"));
        // The last leaf of People, where a new person goes.
        QVERIFY(damagedCopy(t, damaged, {personLeaves(t.db()).last()}));
        QSignalSpy reported(&StorageHealth::instance(), &StorageHealth::damaged);
        {
            // Opened past Khana's own check, as a file damaged while in use would be.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(damaged);
            QVERIFY(db.open());
            Person p;
            p.nameTh = QStringLiteral("วิไล มีสุข");
            const auto result = PersonStore(db).save(p);
            QVERIFY(!result.ok());
            QVERIFY2(result.error.contains(QStringLiteral("damaged")), qPrintable(result.error));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        QCOMPARE(reported.count(), 1);
        QCOMPARE(reported.first().first().toString(), QStringLiteral("raw"));
    }

    // A read meeting a damaged page says so too: the window stops writing and offers recovery
    // even when nothing was being saved.
    void damageMetByAReadIsReported()
    {
        TestDatabase t;
        QVERIFY(t.ok());
        addPeople(t.db(), 3000, QStringLiteral("สมาชิก"));
        QTemporaryDir dir;
        const QString damaged = dir.filePath(QStringLiteral("damaged.sqlite"));
        // The first leaf of People holds the first people saved.
        QSqlQuery first(t.db());
        QVERIFY(first.exec(QStringLiteral("SELECT min(id) FROM person")) && first.next());
        const qint64 firstId = first.value(0).toLongLong();
        first.finish();
        QVERIFY(PersonStore(t.db()).find(firstId));
        QVERIFY(damagedCopy(t, damaged, {personLeaves(t.db()).first()}));
        QSignalSpy reported(&StorageHealth::instance(), &StorageHealth::damaged);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rawRead"));
            db.setDatabaseName(damaged);
            QVERIFY(db.open());
            QVERIFY(!PersonStore(db).find(firstId));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("rawRead"));
        QCOMPARE(reported.count(), 1);
        QVERIFY2(reported.first().at(1).toString().contains(QStringLiteral("malformed")), qPrintable(reported.first().at(1).toString()));
    }

    // A whole file is recovered whole.
    void recoveringAWholeFileSavesEveryRow()
    {
        TestDatabase t;
        QVERIFY(t.ok());
        addPeople(t.db(), 300, QStringLiteral("สมาชิก"));
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("whole.sqlite"));
        const Recovery::Result r = Recovery::recover(t.path(), target);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.damagedRegions, 0);
        QCOMPARE(r.orphansLeftOut, 0);
        QCOMPARE(r.saved.value(QStringLiteral("person")), 300);
        const Backup::Result verified = Backup::verify(target);
        QVERIFY2(verified.ok(), qPrintable(verified.error));
        QCOMPARE(verified.rowCounts.value(QStringLiteral("district")), Backup::verify(t.path()).rowCounts.value(QStringLiteral("district")));
    }

    // A file from before ICU sort keys (schema step 8) comes back with its names sortable:
    // the keys are made when the recovered file is first opened.
    void recoveringAnOlderFileGivesItSortKeys()
    {
        QTemporaryDir dir;
        const QString old = dir.filePath(QStringLiteral("old.sqlite"));
        {
            QVERIFY(Database::openSqliteAt(old, QStringLiteral("old"), 8).ok());
            QSqlQuery q(QSqlDatabase::database(QStringLiteral("old")));
            for (const QString &name : {QStringLiteral("ไก่ แก้ว"), QStringLiteral("ก่อน ดี"), QStringLiteral("กา ใจ")})
                QVERIFY(q.exec(QStringLiteral("INSERT INTO person (name_th, sort_name) VALUES ('%1', '%1')").arg(name)));
            Database::close(QStringLiteral("old"));
        }
        const QString target = dir.filePath(QStringLiteral("recovered.sqlite"));
        const Recovery::Result r = Recovery::recover(old, target);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.saved.value(QStringLiteral("person")), 3);
        QVERIFY(Database::openSqlite(target, QStringLiteral("recovered")).ok());
        {
            QSqlQuery q(QSqlDatabase::database(QStringLiteral("recovered")));
            QVERIFY(q.exec(QStringLiteral("SELECT name_th FROM person ORDER BY sort_key")));
            QStringList order;
            while (q.next())
                order.append(q.value(0).toString());
            QCOMPARE(order, (QStringList{QStringLiteral("ก่อน ดี"), QStringLiteral("กา ใจ"), QStringLiteral("ไก่ แก้ว")}));
        }
        Database::close(QStringLiteral("recovered"));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
