#pragma once

// A fresh Khana database in a temporary folder for one test, closed and removed afterwards.

#include "database/Database.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestDatabase
{
public:
    explicit TestDatabase(const QString &connection = QStringLiteral("test"))
        : m_connection(connection)
    {
        m_result = khana::Database::openSqlite(path(), m_connection);
    }
    ~TestDatabase() { khana::Database::close(m_connection); }
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    bool ok() const { return m_result.ok(); }
    QString error() const { return m_result.message; }
    QString path() const { return m_dir.filePath(QStringLiteral("khana.sqlite")); }
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection); }

    // Removes the districts Khana ships, for a test that sets up its own few districts (before
    // anything refers to them).
    bool clearDistricts() const { return QSqlQuery(db()).exec(QStringLiteral("DELETE FROM district")); }

private:
    QTemporaryDir m_dir;
    QString m_connection;
    khana::Database::OpenResult m_result;
};
