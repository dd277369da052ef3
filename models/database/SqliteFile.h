#pragma once

#include <QHash>
#include <QString>

#include <memory>

class QSqlDatabase;
struct sqlite3;

namespace khana::SqliteFile {

// The SQLite library's own handle of a connection Qt's driver opened; null for other databases.
sqlite3 *handleOf(const QSqlDatabase &db);

// A database file opened through the SQLite library itself, for work Qt's driver does not
// offer (online backup, reading what is left of a damaged file).
struct CloseConnection
{
    void operator()(sqlite3 *db) const;
};
using Connection = std::unique_ptr<sqlite3, CloseConnection>;

// sqlite3_open_v2 with `flags`; null with `error` set when it fails.
Connection openConnection(const QString &path, int flags, QString *error);
bool execute(sqlite3 *db, const char *sql, QString *error);
// Rows per table (sqlite_* tables left out).
QHash<QString, qint64> countRows(sqlite3 *db, QString *error);
// "name" quoted as an SQL identifier.
QString quoted(const QString &name);

} // namespace khana::SqliteFile
