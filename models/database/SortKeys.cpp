#include "SortKeys.h"

#include "FastStatement.h"
#include "domain/Collation.h"

#include <QSqlError>
#include <QSqlQuery>

namespace khana::SortKeys {

namespace {

const QString kMetaKey = QStringLiteral("name_collation");

// Read and written in chunks in id order, so a million names never sit in memory at once.
constexpr int kChunk = 5000;

} // namespace

bool stale(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM khana_meta WHERE key = ?"));
    q.addBindValue(kMetaKey);
    return !(q.exec() && q.next() && q.value(0).toString() == Collation::identity());
}

bool rebuild(const QSqlDatabase &db, QString *error, const WorkProgress &progress)
{
    qint64 total = 0;
    {
        QSqlQuery count(db);
        if (!count.exec(QStringLiteral("SELECT count(*) FROM person")) || !count.next()) {
            *error = count.lastError().text();
            return false;
        }
        total = count.value(0).toLongLong();
    }
    FastStatement update(db, QStringLiteral("UPDATE person SET sort_key = ? WHERE id = ?"));
    if (!update.isValid()) {
        *error = update.error();
        return false;
    }
    QSqlQuery read(db);
    read.prepare(QStringLiteral("SELECT id, name_th FROM person WHERE id > ? ORDER BY id LIMIT %1").arg(kChunk));
    qint64 after = 0;
    qint64 done = 0;
    for (;;) {
        if (!keepGoing(progress, done, total)) {
            *error = QStringLiteral("cancelled");
            return false;
        }
        read.addBindValue(after);
        if (!read.exec()) {
            *error = read.lastError().text();
            return false;
        }
        QList<std::pair<qint64, QString>> rows;
        while (read.next())
            rows.append({read.value(0).toLongLong(), read.value(1).toString()});
        read.finish();
        if (rows.isEmpty())
            break;
        for (const auto &[id, name] : std::as_const(rows)) {
            update.bindBytes(0, Collation::sortKey(name));
            update.bindInt(1, id);
            if (!update.exec()) {
                *error = update.error();
                return false;
            }
        }
        after = rows.last().first;
        done += rows.size();
    }
    QSqlQuery forget(db);
    forget.prepare(QStringLiteral("DELETE FROM khana_meta WHERE key = ?"));
    forget.addBindValue(kMetaKey);
    QSqlQuery record(db);
    record.prepare(QStringLiteral("INSERT INTO khana_meta (key, value) VALUES (?, ?)"));
    record.addBindValue(kMetaKey);
    record.addBindValue(Collation::identity());
    for (QSqlQuery *q : {&forget, &record})
        if (!q->exec()) {
            *error = q->lastError().text();
            return false;
        }
    return true;
}

} // namespace khana::SortKeys
