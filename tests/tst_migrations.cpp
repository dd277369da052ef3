#include "TestDatabase.h"
#include "database/Migrator.h"
#include "domain/Collation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QSqlError>
#include <QSqlQuery>

using namespace khana;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

// A plain SQLite connection to `path`, as another program would open it.
QSqlDatabase openRaw(const QString &path, const QString &name)
{
    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    other.setDatabaseName(path);
    other.open();
    return other;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromEmpty()
    {
        TestDatabase t;
        QVERIFY2(t.ok(), qPrintable(t.error()));
        const QSqlDatabase db = t.db();
        QCOMPARE(Database::metaValue(db, QStringLiteral("schema_version")).toInt(), Migrator::latestVersion());
        QCOMPARE(Database::metaValue(db, QStringLiteral("application")), QStringLiteral("khana"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM province")).toInt(), 77);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM district")).toInt(), 929);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM person")).toInt(), 0);
    }

    void connectionSettings()
    {
        TestDatabase t;
        QVERIFY(t.ok());
        QCOMPARE(scalar(t.db(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(t.db(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(t.db(), QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        QCOMPARE(scalar(t.db(), QStringLiteral("PRAGMA secure_delete")).toInt(), 1);
        QVERIFY(scalar(t.db(), QStringLiteral("PRAGMA busy_timeout")).toInt() >= 1000);
        // Foreign keys are enforced, not just declared.
        QSqlQuery q(t.db());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO district (code, province_code, name_th) VALUES ('9999', 'TH-00', 'x')")));
    }

    void fromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < Migrator::latestVersion(); ++v)
            QTest::addRow("from version %d", v) << v;
    }
    void fromEveryEarlierVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            const auto old = Database::openSqliteAt(path, QStringLiteral("old"), from);
            QVERIFY2(old.ok(), qPrintable(old.message));
            if (from >= 2) {
                QSqlQuery q(QSqlDatabase::database(QStringLiteral("old")));
                // Schema step 9 replaced sort_name by sort_key.
                if (from >= 9) {
                    q.prepare(QStringLiteral("INSERT INTO person (name_th, sort_key) VALUES ('สมชาย ใจดี', ?)"));
                    q.addBindValue(Collation::sortKey(QStringLiteral("สมชาย ใจดี")));
                } else {
                    q.prepare(QStringLiteral("INSERT INTO person (name_th, sort_name) VALUES ('สมชาย ใจดี', 'สมชาย ใจดี')"));
                }
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
            Database::close(QStringLiteral("old"));
        }
        const auto result = Database::openSqlite(path, QStringLiteral("new"));
        QVERIFY2(result.ok(), qPrintable(result.message));
        const QSqlDatabase db = QSqlDatabase::database(QStringLiteral("new"));
        QCOMPARE(Database::metaValue(db, QStringLiteral("schema_version")).toInt(), Migrator::latestVersion());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM person")).toInt(), from >= 2 ? 1 : 0);
        // Names got ICU sort keys, made by the collation the database names.
        if (from >= 2)
            QCOMPARE(scalar(db, QStringLiteral("SELECT sort_key FROM person")).toByteArray(), Collation::sortKey(QStringLiteral("สมชาย ใจดี")));
        QCOMPARE(Database::metaValue(db, QStringLiteral("name_collation")), Collation::identity());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM district")).toInt(), 929);
        // The only audited change is the shipped districts' import.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_entry WHERE entity <> 'district'")).toInt(), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT entity_id FROM audit_entry WHERE entity = 'district' AND action = 'import'")).toString(),
                 QStringLiteral("929"));
        Database::close(QStringLiteral("new"));
    }

    // Keys made by another collation (an ICU update) are rebuilt on opening: a name saved
    // before and one saved after sort together again.
    void sortKeysFollowTheCollation()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keys.sqlite"));
        {
            const auto opened = Database::openSqlite(path, QStringLiteral("k"));
            QVERIFY2(opened.ok(), qPrintable(opened.message));
            QSqlQuery q(QSqlDatabase::database(QStringLiteral("k")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO person (name_th, sort_key) VALUES ('ก่อน', X'00')")));
            QVERIFY(q.exec(QStringLiteral("UPDATE khana_meta SET value = 'icu:th:1.0.0.0' WHERE key = 'name_collation'")));
            QCOMPARE(q.numRowsAffected(), 1);
            Database::close(QStringLiteral("k"));
        }
        const auto reopened = Database::openSqlite(path, QStringLiteral("k"));
        QVERIFY2(reopened.ok(), qPrintable(reopened.message));
        const QSqlDatabase db = QSqlDatabase::database(QStringLiteral("k"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT sort_key FROM person")).toByteArray(), Collation::sortKey(QStringLiteral("ก่อน")));
        QCOMPARE(Database::metaValue(db, QStringLiteral("name_collation")), Collation::identity());
        Database::close(QStringLiteral("k"));
    }

    // Schema step 8 adds the shipped districts to a database that had its own, and leaves each
    // district the user imported exactly as it was: by code, and by Thai name in its province.
    void shippedDistrictsKeepImportedOnes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("office.sqlite"));
        {
            const auto old = Database::openSqliteAt(path, QStringLiteral("old"), 7);
            QVERIFY2(old.ok(), qPrintable(old.message));
            const QSqlDatabase db = QSqlDatabase::database(QStringLiteral("old"));
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM district")).toInt(), 0);
            QSqlQuery q(db);
            // 5701 under the office's own names; 5799 an office code for แม่ลาว (shipped as 5716).
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO district (code, province_code, name_th, name_en, kind, updated_at, row_version) VALUES "
                                           "('5701', 'TH-57', 'เมืองเชียงราย (สำนักงาน)', 'City office', 'amphoe', '2024-01-02T03:04:05.000Z', 3), "
                                           "('5799', 'TH-57', 'แม่ลาว', 'Mae Lao', 'amphoe', '2024-01-02T03:04:05.000Z', 1)")),
                     qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO person (name_th, sort_name, province_code, district_code) "
                                          "VALUES ('สมชาย ใจดี', 'สมชาย ใจดี', 'TH-57', '5799')")));
            Database::close(QStringLiteral("old"));
        }
        const auto result = Database::openSqlite(path, QStringLiteral("new"));
        QVERIFY2(result.ok(), qPrintable(result.message));
        const QSqlDatabase db = QSqlDatabase::database(QStringLiteral("new"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT name_th || '|' || name_en || '|' || updated_at || '|' || row_version FROM district WHERE code = '5701'")).toString(),
                 QStringLiteral("เมืองเชียงราย (สำนักงาน)|City office|2024-01-02T03:04:05.000Z|3"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT name_en FROM district WHERE code = '5799'")).toString(), QStringLiteral("Mae Lao"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM district WHERE code = '5716'")).toInt(), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT name_th FROM district WHERE code = '5702'")).toString(), QStringLiteral("เวียงชัย"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM district")).toInt(), 929);
        QCOMPARE(scalar(db, QStringLiteral("SELECT district_code FROM person")).toString(), QStringLiteral("5799"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT entity_id FROM audit_entry WHERE entity = 'district'")).toString(), QStringLiteral("927"));
        Database::close(QStringLiteral("new"));
    }

    // The database and its -wal and -shm are the owner's alone, new or found wider; so is
    // Khana's own data folder.
    void filesOnlyTheirOwnerCanRead()
    {
#ifdef Q_OS_UNIX
        constexpr QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
        auto mode = [](const QString &path) { return QFile(path).permissions() & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser); };
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        {
            const auto opened = Database::openSqlite(path, QStringLiteral("m"));
            QVERIFY2(opened.ok(), qPrintable(opened.message));
            QSqlQuery q(QSqlDatabase::database(QStringLiteral("m")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO person (name_th, sort_key) VALUES ('ก', 'ก')")));
            for (const char *suffix : {"", "-wal", "-shm"}) {
                QVERIFY2(QFile::exists(path + QLatin1String(suffix)), suffix);
                QCOMPARE(mode(path + QLatin1String(suffix)), ownerOnly);
            }
            Database::close(QStringLiteral("m"));
        }
        QVERIFY(QFile(path).setPermissions(ownerOnly | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(Database::openSqlite(path, QStringLiteral("m")).ok());
        QCOMPARE(mode(path), ownerOnly);
        Database::close(QStringLiteral("m"));

        QStandardPaths::setTestModeEnabled(true);
        const QString dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir(dataFolder).removeRecursively();
        QVERIFY(Database::openSqlite(dataFolder + QStringLiteral("/khana.sqlite"), QStringLiteral("d")).ok());
        Database::close(QStringLiteral("d"));
        QCOMPARE(QFile(dataFolder).permissions() & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QDir(dataFolder).removeRecursively();
#else
        QSKIP("POSIX file modes: on Windows the user's profile folder is private already");
#endif
    }

    void refusesNewerDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            QVERIFY(Database::openSqlite(path, QStringLiteral("w")).ok());
            QVERIFY(Database::setMetaValue(QSqlDatabase::database(QStringLiteral("w")), QStringLiteral("schema_version"),
                                           QString::number(Migrator::latestVersion() + 1)));
            QSqlQuery(QSqlDatabase::database(QStringLiteral("w"))).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            Database::close(QStringLiteral("w"));
        }
        const QByteArray before = fileHash(path);
        const auto result = Database::openSqlite(path, QStringLiteral("r"));
        QCOMPARE(result.status, Database::Status::NewerSchema);
        QVERIFY(result.message.contains(QStringLiteral("newer")));
        QVERIFY(!QSqlDatabase::contains(QStringLiteral("r")));
        QCOMPARE(fileHash(path), before);
    }

    void refusesForeignDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.sqlite"));
        {
            QSqlDatabase other = openRaw(path, QStringLiteral("other"));
            QVERIFY(other.isOpen());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO customer (name) VALUES ('someone')")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = fileHash(path);
        const auto result = Database::openSqlite(path, QStringLiteral("r"));
        QCOMPARE(result.status, Database::Status::ForeignDatabase);
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    // A database another program holds locked is called locked, not "not a Khana database",
    // and is left as it was.
    void namesALockedDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("office.sqlite"));
        QVERIFY(Database::openSqlite(path, QStringLiteral("w")).ok());
        Database::close(QStringLiteral("w"));
        const QByteArray before = fileHash(path);
        {
            QSqlDatabase other = openRaw(path, QStringLiteral("other"));
            QVERIFY(other.isOpen());
            QSqlQuery q(other);
            // As a sync tool or another program would: it keeps the file to itself.
            QVERIFY(q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
            QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            const auto result = Database::openSqlite(path, QStringLiteral("r"));
            QCOMPARE(result.status, Database::Status::Locked);
            QVERIFY2(result.message.contains(QStringLiteral("locked by another program")), qPrintable(result.message));
            QVERIFY(!QSqlDatabase::contains(QStringLiteral("r")));
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QCOMPARE(fileHash(path), before);
        QVERIFY(Database::openSqlite(path, QStringLiteral("again")).ok()); // once it lets go
        Database::close(QStringLiteral("again"));
    }

    // A file with damaged pages is named damaged on opening and never written into.
    void namesADamagedDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        int pageSize = 0;
        int pages = 0;
        {
            QVERIFY(Database::openSqlite(path, QStringLiteral("w")).ok());
            const QSqlDatabase db = QSqlDatabase::database(QStringLiteral("w"));
            QSqlQuery q(db);
            for (int i = 0; i < 2000; ++i)
                QVERIFY(q.exec(QStringLiteral("INSERT INTO person (name_th, sort_key, phone) VALUES ('สมาชิก %1', 'สมาชิก %1', '08%2')")
                                   .arg(i).arg(10000000 + i)));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            pageSize = scalar(db, QStringLiteral("PRAGMA page_size")).toInt();
            pages = scalar(db, QStringLiteral("PRAGMA page_count")).toInt();
            Database::close(QStringLiteral("w"));
        }
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            // Pages near the end (the people and their indexes), not the schema on page 1.
            for (int page = pages - 8; page < pages - 2; ++page) {
                QVERIFY(f.seek(qint64(page) * pageSize + 16));
                f.write(QByteArray(pageSize - 32, '\x55'));
            }
        }
        const QByteArray before = fileHash(path);
        const auto result = Database::openSqlite(path, QStringLiteral("r"));
        QCOMPARE(result.status, Database::Status::Damaged);
        QVERIFY2(result.message.contains(QStringLiteral("is damaged")), qPrintable(result.message));
        QVERIFY(!QSqlDatabase::contains(QStringLiteral("r")));
        QCOMPARE(fileHash(path), before);
    }

    void refusesFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("These are meeting notes, not a database.\n").repeated(200));
        }
        const QByteArray before = fileHash(path);
        const auto result = Database::openSqlite(path, QStringLiteral("r"));
        QCOMPARE(result.status, Database::Status::NotADatabase);
        QVERIFY(!result.message.isEmpty());
        QCOMPARE(fileHash(path), before);
    }

    void reopenIsIdempotent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        QVERIFY(Database::openSqlite(path, QStringLiteral("a")).ok());
        Database::close(QStringLiteral("a"));
        const auto again = Database::openSqlite(path, QStringLiteral("b"));
        QVERIFY2(again.ok(), qPrintable(again.message));
        QCOMPARE(scalar(QSqlDatabase::database(QStringLiteral("b")), QStringLiteral("SELECT count(*) FROM province")).toInt(), 77);
        Database::close(QStringLiteral("b"));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
