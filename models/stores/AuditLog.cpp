#include "AuditLog.h"

#include "database/StorageHealth.h"
#include "database/Transaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace khana {

namespace {

QString actionCode(AuditLog::Action action)
{
    switch (action) {
    case AuditLog::Action::Create: return QStringLiteral("create");
    case AuditLog::Action::Update: return QStringLiteral("update");
    case AuditLog::Action::Delete: return QStringLiteral("delete");
    case AuditLog::Action::Import: return QStringLiteral("import");
    case AuditLog::Action::Export: return QStringLiteral("export");
    case AuditLog::Action::Print: return QStringLiteral("print");
    case AuditLog::Action::Erase: return QStringLiteral("erase");
    }
    return QStringLiteral("update");
}

} // namespace

QString AuditLog::currentActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

QString AuditLog::actorOn(const QSqlDatabase &db)
{
    if (db.driverName() == QLatin1String("QPSQL")) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT session_user")) && q.next())
            return q.value(0).toString();
    }
    return currentActor();
}

namespace {

bool onServer(const QSqlDatabase &db, const char *sql)
{
    if (db.driverName() != QLatin1String("QPSQL"))
        return false;
    QSqlQuery q(db);
    return q.exec(QString::fromLatin1(sql)) && q.next();
}

// On an office server set up by `khana server init`, the server's own triggers record every
// created, changed and deleted row under the login that did it; Khana adds only what the
// server cannot see (an import as a whole, an export, a print).
bool serverRecordsChanges(const QSqlDatabase &db, AuditLog::Action action)
{
    return (action == AuditLog::Action::Create || action == AuditLog::Action::Update || action == AuditLog::Action::Delete)
        && onServer(db, "SELECT 1 FROM pg_trigger WHERE tgname = 'khana_audit' LIMIT 1");
}

// There, logins may not insert into the trail: the rest goes through the server's
// khana_disclosed(), which stamps the login and time itself.
QSqlQuery entryQuery(const QSqlDatabase &db, AuditLog::Action action, const QString &entity, const QString &entityId, const QString &detail)
{
    const bool serverStamps = onServer(db, "SELECT 1 FROM pg_proc WHERE proname = 'khana_disclosed' LIMIT 1");
    QSqlQuery q(db);
    if (serverStamps) {
        q.prepare(QStringLiteral("SELECT khana_disclosed(?, ?, ?, ?)"));
    } else {
        // Without a detail, the columns every schema version has (schema steps record
        // imports before step 15 adds `detail`).
        q.prepare(detail.isEmpty() ? QStringLiteral("INSERT INTO audit_entry (action, entity, entity_id, actor) VALUES (?, ?, ?, ?)")
                                   : QStringLiteral("INSERT INTO audit_entry (action, entity, entity_id, actor, detail) VALUES (?, ?, ?, ?, ?)"));
    }
    q.addBindValue(actionCode(action));
    q.addBindValue(entity);
    q.addBindValue(entityId);
    if (serverStamps) {
        q.addBindValue(detail.isNull() ? QStringLiteral("") : detail); // a null QString binds as NULL
    } else {
        q.addBindValue(AuditLog::currentActor());
        if (!detail.isEmpty())
            q.addBindValue(detail);
    }
    return q;
}

} // namespace

bool AuditLog::record(const QSqlDatabase &db, Action action, const QString &entity, const QString &entityId, const QString &detail,
                      QString *driverError)
{
    if (serverRecordsChanges(db, action))
        return true;
    QSqlQuery q = entryQuery(db, action, entity, entityId, detail);
    if (StorageHealth::exec(q))
        return true;
    if (driverError)
        *driverError = q.lastError().text();
    return false;
}

bool AuditLog::recordEach(const QSqlDatabase &db, Action action, const QString &entity, const QList<qint64> &ids, const QString &detail,
                          QString *driverError)
{
    if (ids.isEmpty() || serverRecordsChanges(db, AuditLog::Action::Create))
        return true;
    // Many rows a statement: a million imported people are a million entries.
    constexpr qsizetype kRowsPerInsert = 200;
    const QString actor = currentActor();
    const QString code = actionCode(action);
    QSqlQuery full(db);
    for (qsizetype from = 0; from < ids.size(); from += kRowsPerInsert) {
        const qsizetype rows = std::min(kRowsPerInsert, ids.size() - from);
        QSqlQuery partial(db);
        QSqlQuery &q = rows == kRowsPerInsert ? full : partial;
        if (rows != kRowsPerInsert || from == 0) {
            QStringList marks;
            for (qsizetype i = 0; i < rows; ++i)
                marks.append(QStringLiteral("(?, ?, ?, ?, ?)"));
            q.prepare(QStringLiteral("INSERT INTO audit_entry (action, entity, entity_id, actor, detail) VALUES ") + marks.join(QStringLiteral(", ")));
        }
        for (qsizetype i = from; i < from + rows; ++i) {
            q.addBindValue(code);
            q.addBindValue(entity);
            q.addBindValue(QString::number(ids.at(i)));
            q.addBindValue(actor);
            q.addBindValue(detail.isNull() ? QStringLiteral("") : detail);
        }
        if (!StorageHealth::exec(q)) {
            if (driverError)
                *driverError = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool AuditLog::recordEachAdded(const QSqlDatabase &db, Action action, const QString &table, qint64 idsAbove, qint64 idsUpTo,
                               const QString &at, const QString &detail, QString *driverError)
{
    if (serverRecordsChanges(db, AuditLog::Action::Create))
        return true;
    // One time for them all, as the rows themselves were stamped (the column's default would
    // be evaluated per row).
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audit_entry (at, action, entity, entity_id, actor, detail) "
                             "SELECT ?, ?, ?, CAST(id AS TEXT), ?, ? FROM %1 WHERE id > ? AND id <= ? ORDER BY id")
                  .arg(table));
    q.addBindValue(at);
    q.addBindValue(actionCode(action));
    q.addBindValue(table);
    q.addBindValue(currentActor());
    q.addBindValue(detail.isNull() ? QStringLiteral("") : detail);
    q.addBindValue(idsAbove);
    q.addBindValue(idsUpTo);
    if (StorageHealth::exec(q))
        return true;
    if (driverError)
        *driverError = q.lastError().text();
    return false;
}

bool AuditLog::record(Transaction &t, Action action, const QString &entity, const QString &entityId, const QString &detail)
{
    if (serverRecordsChanges(t.database(), action))
        return true;
    QSqlQuery q = entryQuery(t.database(), action, entity, entityId, detail);
    return t.exec(q);
}

} // namespace khana
