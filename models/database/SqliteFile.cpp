#include "SqliteFile.h"

#include "SqliteTempFiles.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>
#include <QStringList>

#include <sqlite3.h>

namespace khana::SqliteFile {

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

void CloseConnection::operator()(sqlite3 *db) const
{
    sqlite3_close_v2(db);
}

Connection openConnection(const QString &path, int flags, QString *error)
{
    // Backups and recovery sort and copy people's rows too: their temporary files stay in memory.
    SqliteTempFiles::keepInMemory();
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    Connection db(raw);
    if (rc != SQLITE_OK) {
        *error = QString::fromUtf8(db ? sqlite3_errmsg(db.get()) : sqlite3_errstr(rc));
        return nullptr;
    }
    sqlite3_busy_timeout(db.get(), 5000);
    return db;
}

bool execute(sqlite3 *db, const char *sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    *error = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
    sqlite3_free(message);
    return false;
}

QHash<QString, qint64> countRows(sqlite3 *db, QString *error)
{
    QHash<QString, qint64> counts;
    sqlite3_stmt *tables = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", -1, &tables, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return counts;
    }
    QStringList names;
    while (sqlite3_step(tables) == SQLITE_ROW)
        names.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(tables, 0))));
    sqlite3_finalize(tables);
    for (const QString &name : std::as_const(names)) {
        const QByteArray sql = QStringLiteral("SELECT count(*) FROM %1").arg(quoted(name)).toUtf8();
        sqlite3_stmt *count = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &count, nullptr) != SQLITE_OK || sqlite3_step(count) != SQLITE_ROW) {
            *error = QString::fromUtf8(sqlite3_errmsg(db));
            sqlite3_finalize(count);
            return counts;
        }
        counts.insert(name, sqlite3_column_int64(count, 0));
        sqlite3_finalize(count);
    }
    return counts;
}

QString quoted(const QString &name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace khana::SqliteFile
