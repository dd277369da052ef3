#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace khana {

// A prepared statement run many times in a row (bulk inserts of imports). On SQLite it binds
// and steps through the SQLite library directly, skipping the QVariant copies of QSqlQuery
// that cost more than SQLite's own work per row; elsewhere it is an ordinary QSqlQuery.
class FastStatement
{
public:
    FastStatement(const QSqlDatabase &db, const QString &sql);
    ~FastStatement();
    FastStatement(const FastStatement &) = delete;
    FastStatement &operator=(const FastStatement &) = delete;

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    // True when values go to SQLite directly, false on the QSqlQuery path (other databases).
    bool bindsDirectly() const { return m_statement != nullptr; }

    // Positions count from 0, as QSqlQuery::bindValue does.
    void bindText(int position, const QString &value);   // a null string binds ''
    void bindTextOrNull(int position, const QString &value); // an empty string binds NULL
    void bindInt(int position, qint64 value);
    void bindBytes(int position, const QByteArray &value); // a BLOB (bytea); sort keys
    void bindDateOrNull(int position, const QDate &value); // ISO, NULL when invalid
    // A value as a store builds it for QSqlQuery (SqlValues): text, integer or NULL.
    void bind(int position, const QVariant &value);
    void bindNull(int position);
    // Text already in UTF-8 and a BLOB, read in place: the caller keeps the bytes unchanged
    // until exec() has run. For a writer binding many rows whose text another thread has
    // converted meanwhile.
    void bindUtf8InPlace(int position, const char *utf8, qsizetype size);
    void bindBlobInPlace(int position, const char *bytes, qsizetype size);
    // Runs the statement with the values bound, ready for the next ones.
    bool exec();
    qint64 lastInsertId() const;
    // Rows the last exec() inserted, updated or deleted.
    qint64 rowsChanged() const;

private:
    sqlite3 *m_sqlite = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QSqlQuery m_query;
    QString m_error;
    QList<QByteArray> m_texts; // bound text, by position

};

} // namespace khana
