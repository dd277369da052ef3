#include "Recovery.h"

#include "Database.h"
#include "SqliteFile.h"
#include "domain/DisplayConventions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <sqlite3.h>

#include <atomic>
#include <limits>
#include <vector>

namespace khana {

using namespace SqliteFile;

namespace {

QString text(sqlite3_stmt *statement, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)));
}

QStringList column0(sqlite3 *db, const QString &sql)
{
    QStringList values;
    sqlite3_stmt *q = nullptr;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &q, nullptr) == SQLITE_OK)
        while (sqlite3_step(q) == SQLITE_ROW)
            values.append(text(q, 0));
    sqlite3_finalize(q);
    return values;
}

QStringList columnsOf(sqlite3 *db, const QString &schema, const QString &table)
{
    QStringList names;
    sqlite3_stmt *q = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT name FROM pragma_table_info(?1, ?2)", -1, &q, nullptr) == SQLITE_OK) {
        const QByteArray t = table.toUtf8();
        const QByteArray s = schema.toUtf8();
        sqlite3_bind_text(q, 1, t.constData(), int(t.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(q, 2, s.constData(), int(s.size()), SQLITE_TRANSIENT);
        while (sqlite3_step(q) == SQLITE_ROW)
            names.append(text(q, 0));
    }
    sqlite3_finalize(q);
    return names;
}

// One table of the damaged file read into the new one, skipping what cannot be read.
class TableCopy
{
public:
    TableCopy(sqlite3 *db, const QString &table, const QStringList &columns, bool keepExisting)
        : m_db(db)
    {
        QStringList names;
        for (const QString &c : columns)
            names.append(quoted(c));
        const QString list = names.join(QLatin1Char(','));
        const QString select = QStringLiteral("SELECT rowid, %1 FROM old.%2 WHERE rowid >= ?1 ORDER BY rowid").arg(list, quoted(table));
        const QString insert = QStringLiteral("INSERT OR %1 INTO main.%2 (rowid, %3) VALUES (%4)")
                                   .arg(keepExisting ? QStringLiteral("IGNORE") : QStringLiteral("REPLACE"), quoted(table), list,
                                        QStringList(columns.size() + 1, QStringLiteral("?")).join(QLatin1Char(',')));
        m_columns = int(columns.size());
        m_ok = sqlite3_prepare_v2(db, select.toUtf8().constData(), -1, &m_select, nullptr) == SQLITE_OK
            && sqlite3_prepare_v2(db, insert.toUtf8().constData(), -1, &m_insert, nullptr) == SQLITE_OK;
    }
    ~TableCopy()
    {
        sqlite3_finalize(m_select);
        sqlite3_finalize(m_insert);
    }
    TableCopy(const TableCopy &) = delete;
    TableCopy &operator=(const TableCopy &) = delete;

    bool prepared() const { return m_ok; }

    // Copies every readable row; false only when writing into the new file failed.
    bool run(int *damagedRegions, QString *error)
    {
        constexpr qint64 kLast = std::numeric_limits<qint64>::max();
        qint64 next = std::numeric_limits<qint64>::min();
        for (;;) {
            const int rc = copyFrom(&next, error);
            if (rc == SQLITE_DONE)
                return true;
            if (rc == kWriteFailed)
                return false;
            ++*damagedRegions;
            // Where reading works again: probe further and further ahead…
            qint64 bad = next;
            qint64 gap = 1;
            qint64 good = 0;
            bool found = false;
            while (!found) {
                if (bad > kLast - gap)
                    return true; // nothing readable after the damage
                const qint64 candidate = bad + gap;
                if (seekWorks(candidate)) {
                    good = candidate;
                    found = true;
                } else {
                    bad = candidate;
                    gap = gap > kLast / 2 ? kLast : gap * 2;
                }
            }
            // …then back to the first rowid from which it does.
            while (good - bad > 1) {
                const qint64 middle = bad + (good - bad) / 2;
                (seekWorks(middle) ? good : bad) = middle;
            }
            next = good;
        }
    }

private:
    static constexpr int kWriteFailed = -1;

    // Reads rows from *next on, in chunks held in memory, each written in a transaction of its
    // own: a read that fails on a damaged page makes SQLite roll back the transaction it runs
    // in, so no write is open while the damaged file is read.
    int copyFrom(qint64 *next, QString *error)
    {
        for (;;) {
            std::vector<std::vector<sqlite3_value *>> rows;
            const int rc = readChunk(next, &rows);
            const bool written = write(rows, error);
            for (auto &row : rows)
                for (sqlite3_value *v : row)
                    sqlite3_value_free(v);
            if (!written)
                return kWriteFailed;
            if (rc != SQLITE_ROW)
                return rc;
        }
    }

    static constexpr int kChunk = 20000;

    int readChunk(qint64 *next, std::vector<std::vector<sqlite3_value *>> *rows)
    {
        sqlite3_reset(m_select);
        sqlite3_bind_int64(m_select, 1, *next);
        for (;;) {
            const int rc = sqlite3_step(m_select);
            if (rc != SQLITE_ROW) {
                sqlite3_reset(m_select);
                return rc;
            }
            std::vector<sqlite3_value *> row;
            row.reserve(size_t(m_columns) + 1);
            for (int c = 0; c <= m_columns; ++c)
                row.push_back(sqlite3_value_dup(sqlite3_column_value(m_select, c)));
            const qint64 rowid = sqlite3_column_int64(m_select, 0);
            rows->push_back(std::move(row));
            if (rowid == std::numeric_limits<qint64>::max()) {
                sqlite3_reset(m_select);
                return SQLITE_DONE;
            }
            *next = rowid + 1;
            if (rows->size() >= size_t(kChunk)) {
                sqlite3_reset(m_select);
                return SQLITE_ROW;
            }
        }
    }

    bool write(const std::vector<std::vector<sqlite3_value *>> &rows, QString *error)
    {
        if (rows.empty())
            return true;
        if (!execute(m_db, "BEGIN", error))
            return false;
        for (const auto &row : rows) {
            for (int c = 0; c <= m_columns; ++c)
                sqlite3_bind_value(m_insert, c + 1, row.at(size_t(c)));
            const int rc = sqlite3_step(m_insert);
            sqlite3_reset(m_insert);
            if (rc != SQLITE_DONE) {
                *error = QString::fromUtf8(sqlite3_errmsg(m_db));
                QString ignored;
                execute(m_db, "ROLLBACK", &ignored);
                return false;
            }
        }
        return execute(m_db, "COMMIT", error);
    }

    bool seekWorks(qint64 from)
    {
        sqlite3_reset(m_select);
        sqlite3_bind_int64(m_select, 1, from);
        const int rc = sqlite3_step(m_select);
        return rc == SQLITE_ROW || rc == SQLITE_DONE;
    }

    sqlite3 *m_db;
    sqlite3_stmt *m_select = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    int m_columns = 0;
    bool m_ok = false;
};

// Rows of the new file whose parent row was lost, removed until none is left; how many.
qint64 removeOrphans(sqlite3 *db)
{
    qint64 removed = 0;
    for (int round = 0; round < 16; ++round) {
        QList<std::pair<QString, qint64>> orphans;
        sqlite3_stmt *q = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA main.foreign_key_check", -1, &q, nullptr) == SQLITE_OK)
            while (sqlite3_step(q) == SQLITE_ROW)
                orphans.append({text(q, 0), sqlite3_column_int64(q, 1)});
        sqlite3_finalize(q);
        if (orphans.isEmpty())
            break;
        for (const auto &[table, rowid] : std::as_const(orphans)) {
            sqlite3_stmt *remove = nullptr;
            const QByteArray sql = QStringLiteral("DELETE FROM main.%1 WHERE rowid = ?").arg(quoted(table)).toUtf8();
            if (sqlite3_prepare_v2(db, sql.constData(), -1, &remove, nullptr) == SQLITE_OK) {
                sqlite3_bind_int64(remove, 1, rowid);
                if (sqlite3_step(remove) == SQLITE_DONE)
                    removed += sqlite3_changes(db);
            }
            sqlite3_finalize(remove);
        }
    }
    return removed;
}

std::atomic<int> recoveries{0};

} // namespace

QString Recovery::suggestedTarget(const QString &damaged)
{
    const QFileInfo info(damaged);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-recovered.sqlite"));
}

QString Recovery::Result::summary() const
{
    const QLocale &locale = DisplayConventions::current().locale();
    QString s = QCoreApplication::translate("Recovery", "Saved %1 people, %2 registrations, %3 plan items and %4 member counts.")
                    .arg(locale.toString(saved.value(QStringLiteral("person"))), locale.toString(saved.value(QStringLiteral("registration"))),
                         locale.toString(saved.value(QStringLiteral("plan_item"))), locale.toString(saved.value(QStringLiteral("member_count"))));
    if (damagedRegions > 0)
        s += QLatin1Char(' ') + QCoreApplication::translate("Recovery", "%n damaged place(s) could not be read: rows stored there are lost.", nullptr, damagedRegions);
    if (orphansLeftOut > 0)
        s += QLatin1Char(' ') + QCoreApplication::translate("Recovery", "%1 row(s) were left out because what they belong to was lost.")
                                    .arg(locale.toString(orphansLeftOut));
    return s;
}

Recovery::Result Recovery::recover(const QString &damaged, const QString &target, const WorkProgress &progress)
{
    Result result;
    result.path = target;
    const QString shownTarget = QDir::toNativeSeparators(target);
    if (QFileInfo::exists(target)) {
        result.error = QCoreApplication::translate("Recovery", "%1 already exists: choose a new file for what is recovered.").arg(shownTarget);
        return result;
    }
    // A new, empty Khana database at the latest schema, under a temporary name until it is whole.
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    {
        const QString connection = QStringLiteral("khana-recovery-%1").arg(++recoveries);
        const Database::OpenResult made = Database::openSqlite(partial, connection);
        Database::close(connection);
        if (!made.ok()) {
            QFile::remove(partial);
            result.error = made.message;
            return result;
        }
    }
    auto fail = [&](const QString &why) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(partial + suffix);
        result.error = why;
        result.saved.clear();
        return result;
    };

    QString error;
    Connection db = openConnection(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI, &error);
    if (!db)
        return fail(QCoreApplication::translate("Recovery", "%1 cannot be written: %2").arg(shownTarget, error));
    // The damaged file only ever read: read-only, and the URI keeps SQLite from rolling back a
    // journal left in it.
    QString uri = QUrl::fromLocalFile(QFileInfo(damaged).absoluteFilePath()).toString(QUrl::FullyEncoded) + QStringLiteral("?mode=ro");
    sqlite3_stmt *attach = nullptr;
    bool attached = sqlite3_prepare_v2(db.get(), "ATTACH DATABASE ?1 AS old", -1, &attach, nullptr) == SQLITE_OK;
    if (attached) {
        const QByteArray u = uri.toUtf8();
        sqlite3_bind_text(attach, 1, u.constData(), int(u.size()), SQLITE_TRANSIENT);
        attached = sqlite3_step(attach) == SQLITE_DONE;
    }
    sqlite3_finalize(attach);
    if (!attached)
        return fail(QCoreApplication::translate("Recovery", "%1 cannot be opened: %2").arg(QDir::toNativeSeparators(damaged), QString::fromUtf8(sqlite3_errmsg(db.get()))));

    const QStringList oldTables = column0(db.get(), QStringLiteral("SELECT name FROM old.sqlite_master WHERE type = 'table'"));
    if (!oldTables.contains(QStringLiteral("person")))
        return fail(QCoreApplication::translate("Recovery", "Nothing can be recovered from %1: the list of its tables is damaged or it is not a Khana database.")
                        .arg(QDir::toNativeSeparators(damaged)));
    // Khana's tables in the order the migrations made them (parents first), without full-text
    // indexes and their shadow tables: those are filled again from the rows.
    const QStringList virtualTables = column0(db.get(), QStringLiteral("SELECT name FROM main.sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'"));
    QStringList tables;
    for (const QString &t : column0(db.get(), QStringLiteral("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid"))) {
        bool shadow = virtualTables.contains(t);
        for (const QString &v : virtualTables)
            shadow = shadow || t.startsWith(v + QLatin1Char('_'));
        if (!shadow && oldTables.contains(t))
            tables.append(t);
    }

    for (qsizetype i = 0; i < tables.size(); ++i) {
        if (!keepGoing(progress, i, tables.size())) {
            fail(QString());
            result.cancelled = true;
            return result;
        }
        const QString &table = tables.at(i);
        const QStringList mainColumns = columnsOf(db.get(), QStringLiteral("main"), table);
        QStringList columns;
        for (const QString &c : columnsOf(db.get(), QStringLiteral("old"), table))
            if (mainColumns.contains(c))
                columns.append(c);
        if (columns.isEmpty())
            continue;
        // The new file's own facts (its schema version) stay; everything else is the old file's.
        TableCopy copy(db.get(), table, columns, table == QLatin1String("khana_meta"));
        if (!copy.prepared()) {
            ++result.damagedRegions; // its definition cannot be read
            continue;
        }
        if (!copy.run(&result.damagedRegions, &error)) {
            return fail(QCoreApplication::translate("Recovery", "%1 cannot be written: %2").arg(shownTarget, error));
        }
    }
    result.orphansLeftOut = removeOrphans(db.get());
    // Names' sort keys are made again on first opening (SortKeys): an older file had none, or
    // made them with another collation.
    execute(db.get(), "DELETE FROM main.khana_meta WHERE key = 'name_collation'", &error);
    execute(db.get(), "DETACH DATABASE old", &error);
    QStringList verdict = column0(db.get(), QStringLiteral("PRAGMA main.integrity_check(1)"));
    if (verdict != QStringList{QStringLiteral("ok")})
        return fail(QCoreApplication::translate("Recovery", "The recovered copy did not pass SQLite's check (%1); it was not kept.").arg(verdict.join(QLatin1Char(' '))));
    error.clear();
    result.saved = countRows(db.get(), &error);
    execute(db.get(), "PRAGMA wal_checkpoint(TRUNCATE)", &error);
    db.reset();
    if (!QFile::rename(partial, target))
        return fail(QCoreApplication::translate("Recovery", "%1 cannot be written.").arg(shownTarget));
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);
    return result;
}

} // namespace khana
