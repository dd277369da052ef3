#include "TestDatabase.h"
#include "database/Migrator.h"

#include <QCryptographicHash>
#include <QFile>
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
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM person")).toInt(), 0);
    }

    void connectionSettings()
    {
        TestDatabase t;
        QVERIFY(t.ok());
        QCOMPARE(scalar(t.db(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(t.db(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(t.db(), QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
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
                QVERIFY2(q.exec(QStringLiteral("INSERT INTO person (name_th, sort_name) VALUES ('สมชาย ใจดี', 'สมชาย ใจดี')")),
                         qPrintable(q.lastError().text()));
            }
            Database::close(QStringLiteral("old"));
        }
        const auto result = Database::openSqlite(path, QStringLiteral("new"));
        QVERIFY2(result.ok(), qPrintable(result.message));
        const QSqlDatabase db = QSqlDatabase::database(QStringLiteral("new"));
        QCOMPARE(Database::metaValue(db, QStringLiteral("schema_version")).toInt(), Migrator::latestVersion());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM person")).toInt(), from >= 2 ? 1 : 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_entry")).toInt(), 0);
        Database::close(QStringLiteral("new"));
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
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
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
