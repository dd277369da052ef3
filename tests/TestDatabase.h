#pragma once

// A fresh Khana database for one test, closed and removed afterwards: an SQLite file in a
// temporary folder, or — when the test runs with KHANA_TEST_BACKEND=postgres (ctest's *_pg
// tests) — a database of its own on the PostgreSQL test server that scripts/test-postgres
// starts, copied from a migrated template.

#include "database/Database.h"
#include "database/ServerDatabase.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestDatabase
{
public:
    enum class Backend { Sqlite, Postgres };
    static Backend backend();
    static bool onServer() { return backend() == Backend::Postgres; }

    explicit TestDatabase(const QString &connection = QStringLiteral("test"));
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    bool ok() const { return m_result.ok(); }
    QString error() const { return m_result.message; }
    // The SQLite file (empty on the server).
    QString path() const { return onServer() ? QString() : m_dir.filePath(QStringLiteral("khana.sqlite")); }
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection); }
    // The server database's name (empty for SQLite).
    QString serverDatabase() const { return m_serverDatabase; }

    // A second connection to the same database, as a second computer has (a second check-in
    // desk); closed by the caller with Database::close(connection).
    QSqlDatabase another(const QString &connection) const;

    // Removes the districts Khana ships, for a test that sets up its own few districts (before
    // anything refers to them).
    bool clearDistricts() const { return QSqlQuery(db()).exec(QStringLiteral("DELETE FROM district")); }

    // How many people the substring search finds for `text` (three characters or more), by
    // the dialect's own search index.
    qint64 peopleFound(const QString &text) const;
    // The indexes and triggers of `table` (every table when empty), as one text to compare.
    QString schemaOf(const QString &table = QString()) const;
    // Makes the database refuse to insert into `table` a row whose name_th is `name` (a
    // trigger), as a database refuses a write it cannot take; stopRefusing() takes it away.
    bool refuseRowsNamed(const QString &table, const QString &name) const;
    bool stopRefusing(const QString &table) const;

    // The test server, for tests that sign in as other roles: its socket folder and port, and
    // a superuser connection to `database` (the maintenance database by default).
    static QString serverSocket();
    static int serverPort();
    static QSqlDatabase superuser(const QString &connection, const QString &database = QStringLiteral("postgres"));
    // Where the superuser signs in to `database` over the socket (for ServerDatabase::open).
    static khana::ServerAddress superuserAddress(const QString &database);
    // Where `user` signs in to `database` with a password, over TCP as from another computer.
    static khana::ServerAddress tcpAddress(const QString &database, const QString &user);
    // An office server's database made as `khana server init` makes it, with the connection
    // `ownerConnection` open on it as its owner (the superuser here); false, and a warning
    // saying why, when either fails.
    static bool setUpOffice(const QString &database, const QString &ownerConnection);
    // The first column of the first row `sql` gives as a number; -1 when it fails.
    static qint64 number(const QSqlDatabase &db, const QString &sql);

private:
    khana::Database::OpenResult openOnServer();

    QTemporaryDir m_dir;
    QString m_connection;
    QString m_serverDatabase;
    khana::Database::OpenResult m_result;
};
