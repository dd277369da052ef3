#include "TestDatabase.h"

#include "database/Migrator.h"
#include "database/SearchIndexes.h"
#include "database/SqlDialect.h"
#include "database/ServerDatabase.h"
#include "database/ServerSetup.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>

#include <atomic>

namespace {

const QString kTemplate = QStringLiteral("khana_test_template");

khana::Database::OpenResult failed(const QString &why)
{
    khana::Database::OpenResult r;
    r.status = khana::Database::Status::CannotOpen;
    r.message = why;
    return r;
}

khana::ServerAddress testServerAddress(const QString &database)
{
    khana::ServerAddress a;
    a.host = TestDatabase::serverSocket();
    a.port = TestDatabase::serverPort();
    a.database = database;
    a.user = QStringLiteral("postgres");
    a.sslMode = QStringLiteral("disable");
    return a;
}

// Makes the migrated template once per server run; tests running at the same time (ctest -j)
// wait for each other through an advisory lock.
bool ensureTemplate(QSqlDatabase &admin, QString *error)
{
    QSqlQuery q(admin);
    if (!q.exec(QStringLiteral("SELECT pg_advisory_lock(4242)"))) {
        *error = q.lastError().text();
        return false;
    }
    bool ok = true;
    q.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"));
    q.addBindValue(kTemplate);
    if (q.exec() && !q.next()) {
        QSqlQuery create(admin);
        ok = create.exec(QStringLiteral("CREATE DATABASE %1").arg(kTemplate));
        if (!ok) {
            *error = create.lastError().text();
        } else {
            const QString connection = QStringLiteral("khana-test-template");
            const khana::Database::OpenResult migrated = khana::ServerDatabase::open(testServerAddress(kTemplate), QString(), connection);
            khana::Database::close(connection);
            ok = migrated.ok();
            if (!ok) {
                *error = migrated.message;
                QSqlQuery(admin).exec(QStringLiteral("DROP DATABASE %1").arg(kTemplate));
            }
        }
    }
    QSqlQuery(admin).exec(QStringLiteral("SELECT pg_advisory_unlock(4242)"));
    return ok;
}

} // namespace

TestDatabase::Backend TestDatabase::backend()
{
    return qEnvironmentVariable("KHANA_TEST_BACKEND") == QLatin1String("postgres") ? Backend::Postgres : Backend::Sqlite;
}

QString TestDatabase::serverSocket()
{
    return QStringLiteral(KHANA_TEST_PG_DIR);
}

int TestDatabase::serverPort()
{
    // scripts/test-postgres moves on to the next free port when the usual one is taken.
    QFile file(serverSocket() + QStringLiteral("/port"));
    const int written = file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toInt() : 0;
    return written > 0 ? written : KHANA_TEST_PG_PORT;
}

QSqlDatabase TestDatabase::superuser(const QString &connection, const QString &database)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
    db.setHostName(serverSocket());
    db.setPort(serverPort());
    db.setDatabaseName(database);
    db.setUserName(QStringLiteral("postgres"));
    db.open();
    return db;
}

TestDatabase::TestDatabase(const QString &connection)
    : m_connection(connection)
{
    m_result = onServer() ? openOnServer() : khana::Database::openSqlite(path(), m_connection);
}

khana::Database::OpenResult TestDatabase::openOnServer()
{
    static std::atomic<int> counter{0};
    m_serverDatabase = QStringLiteral("khana_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    const QString adminConnection = m_connection + QStringLiteral("-admin");
    QString error;
    {
        QSqlDatabase admin = superuser(adminConnection);
        if (!admin.isOpen()) {
            error = QStringLiteral("The PostgreSQL test server does not answer at %1 (port %2): %3. ctest starts it "
                                   "(fixture \"postgres\"), or run scripts/test-postgres start.")
                        .arg(serverSocket()).arg(serverPort()).arg(admin.lastError().text());
        } else if (ensureTemplate(admin, &error)) {
            QSqlQuery create(admin);
            if (!create.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2 STRATEGY FILE_COPY").arg(m_serverDatabase, kTemplate)))
                error = create.lastError().text();
        }
    }
    khana::Database::close(adminConnection);
    if (!error.isEmpty())
        return failed(error);
    return khana::ServerDatabase::open(testServerAddress(m_serverDatabase), QString(), m_connection);
}

khana::ServerAddress TestDatabase::superuserAddress(const QString &database)
{
    return testServerAddress(database);
}

khana::ServerAddress TestDatabase::tcpAddress(const QString &database, const QString &user)
{
    khana::ServerAddress a;
    a.host = QStringLiteral("127.0.0.1");
    a.port = serverPort();
    a.database = database;
    a.user = user;
    a.sslMode = QStringLiteral("disable"); // the test server has no certificate
    return a;
}

QSqlDatabase TestDatabase::another(const QString &connection) const
{
    const khana::Database::OpenResult opened = m_serverDatabase.isEmpty() ? khana::Database::openSqlite(path(), connection)
                                                                          : khana::ServerDatabase::open(testServerAddress(m_serverDatabase), QString(), connection);
    if (!opened.ok())
        qWarning("Cannot open a second connection: %s", qPrintable(opened.message));
    return QSqlDatabase::database(connection);
}

TestDatabase::~TestDatabase()
{
    khana::Database::close(m_connection);
    if (m_serverDatabase.isEmpty())
        return;
    const QString adminConnection = m_connection + QStringLiteral("-admin");
    {
        QSqlDatabase admin = superuser(adminConnection);
        QSqlQuery(admin).exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_serverDatabase));
    }
    khana::Database::close(adminConnection);
}

qint64 TestDatabase::peopleFound(const QString &text) const
{
    const khana::SearchIndexes::SearchIndex &index = khana::SearchIndexes::people();
    const khana::SqlDialect dialect = khana::SqlDialect::forDatabase(db());
    QString error;
    const qint64 found = dialect.collectContaining(db(), QStringLiteral("test_hits"), index.table, index.name, text, &error);
    dialect.dropHitSet(db(), QStringLiteral("test_hits"));
    if (found < 0)
        qWarning("search failed: %s", qPrintable(error));
    return found;
}

QString TestDatabase::schemaOf(const QString &table) const
{
    QSqlQuery q(db());
    if (onServer()) {
        q.prepare(QStringLiteral("SELECT string_agg(name || ':' || def, ';' ORDER BY name) FROM ("
                                 "SELECT indexname AS name, indexdef AS def, tablename AS t FROM pg_indexes WHERE schemaname = 'public' "
                                 "UNION ALL SELECT tgname, pg_get_triggerdef(g.oid), c.relname FROM pg_trigger g "
                                 "JOIN pg_class c ON c.oid = g.tgrelid WHERE NOT g.tgisinternal) s WHERE ? = '' OR t = ?"));
    } else {
        q.prepare(QStringLiteral("SELECT group_concat(name || ':' || sql, ';') FROM (SELECT name, sql FROM sqlite_master "
                                 "WHERE type IN ('index', 'trigger') AND (? = '' OR tbl_name = ?) ORDER BY name)"));
    }
    q.addBindValue(table);
    q.addBindValue(table);
    return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("(schema unreadable: %1)").arg(q.lastError().text());
}

bool TestDatabase::refuseRowsNamed(const QString &table, const QString &name) const
{
    QSqlQuery q(db());
    QString quoted = name;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    if (onServer()) {
        return q.exec(QStringLiteral("CREATE FUNCTION test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                     "IF NEW.name_th = '%1' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$").arg(quoted))
            && q.exec(QStringLiteral("CREATE TRIGGER test_refuse BEFORE INSERT ON %1 FOR EACH ROW EXECUTE FUNCTION test_refuse()").arg(table));
    }
    return q.exec(QStringLiteral("CREATE TEMP TRIGGER test_refuse BEFORE INSERT ON %1 WHEN NEW.name_th = '%2' "
                                 "BEGIN SELECT RAISE(ABORT, 'refused'); END").arg(table, quoted));
}

bool TestDatabase::stopRefusing(const QString &table) const
{
    QSqlQuery q(db());
    if (onServer())
        return q.exec(QStringLiteral("DROP TRIGGER test_refuse ON %1").arg(table)) && q.exec(QStringLiteral("DROP FUNCTION test_refuse()"));
    return q.exec(QStringLiteral("DROP TRIGGER temp.test_refuse"));
}

bool TestDatabase::setUpOffice(const QString &database, const QString &ownerConnection)
{
    {
        const QSqlDatabase su = superuser(QStringLiteral("office-setup"));
        QStringList report;
        QString error;
        const bool made = su.isOpen() && khana::ServerSetup::init(su, database, &report, &error);
        if (!made)
            qWarning("Setting up %s failed: %s", qPrintable(database), qPrintable(su.isOpen() ? error : su.lastError().text()));
        if (!made) {
            khana::Database::close(QStringLiteral("office-setup"));
            return false;
        }
    }
    khana::Database::close(QStringLiteral("office-setup"));
    const khana::Database::OpenResult opened = khana::ServerDatabase::open(superuserAddress(database), QString(), ownerConnection);
    if (!opened.ok())
        qWarning("Opening %s as its owner failed: %s", qPrintable(database), qPrintable(opened.message));
    return opened.ok();
}

qint64 TestDatabase::number(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}
