#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace khana {

// A Khana database kept in memory, for a workshop pack whose file is sealed: SQLite's memdb,
// named so that every connection Khana opens to it in this process (the window's and each
// worker's, cloned from it) shares the one database. It lasts while a connection is open.
namespace MemoryDatabase {

// A new name, never used before in this process.
QString newName();
// What QSqlDatabase::setDatabaseName takes for `name` (the connection needs QSQLITE_OPEN_URI).
QString uriOf(const QString &name);
bool isInMemory(const QSqlDatabase &db);

// Puts `image` (a whole SQLite database's bytes) into `db`'s database in one step, replacing
// what was there; false with `error` when SQLite refuses.
bool load(const QSqlDatabase &db, const QByteArray &image, QString *error);

struct Image
{
    QByteArray bytes;
    quint32 changeCounter = 0; // SQLite's file change counter: moves on with every commit
};
// A copy of the database's bytes, taken while no commit can come between.
bool read(const QSqlDatabase &db, Image *image, QString *error);
// The change counter alone (cheap): what read() would report.
bool changeCounter(const QSqlDatabase &db, quint32 *counter);

} // namespace MemoryDatabase

// Work to do after every commit to a database (sealing a pack's memory back into its file):
// registered by the database's name, run by Transaction::commit on whichever connection
// committed, and once more when the registering connection closes. A non-empty answer is the
// reason, translated, why the commit could not be kept: the transaction reports it as failed.
namespace AfterCommit {

using Work = std::function<QString(const QSqlDatabase &)>;
void set(const QString &databaseName, const QString &owningConnection, Work work);
// Runs the work registered for `db`'s database, if any; empty when none or done.
QString run(const QSqlDatabase &db);
// `db` is closing: runs the work one last time when it is the owning connection, and forgets it.
QString closing(const QSqlDatabase &db);

} // namespace AfterCommit

} // namespace khana
