#include "AuditLog.h"

#include "database/StorageHealth.h"
#include "database/Transaction.h"

#include <QSqlQuery>

namespace khana {

namespace {

QString actionCode(AuditLog::Action action)
{
    switch (action) {
    case AuditLog::Action::Create: return QStringLiteral("create");
    case AuditLog::Action::Update: return QStringLiteral("update");
    case AuditLog::Action::Delete: return QStringLiteral("delete");
    case AuditLog::Action::Import: return QStringLiteral("import");
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

QSqlQuery entryQuery(const QSqlDatabase &db, AuditLog::Action action, const QString &entity, const QString &entityId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audit_entry (actor, action, entity, entity_id) VALUES (?, ?, ?, ?)"));
    q.addBindValue(AuditLog::currentActor());
    q.addBindValue(actionCode(action));
    q.addBindValue(entity);
    q.addBindValue(entityId);
    return q;
}

// On an office server set up by `khana server init`, the server's own triggers record every
// created, changed and deleted row under the login that did it; Khana adds only what the
// server cannot see (an import as a whole).
bool serverRecords(const QSqlDatabase &db, AuditLog::Action action)
{
    if (action == AuditLog::Action::Import || db.driverName() != QLatin1String("QPSQL"))
        return false;
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1 FROM pg_trigger WHERE tgname = 'khana_audit' LIMIT 1")) && q.next();
}

} // namespace

bool AuditLog::record(const QSqlDatabase &db, Action action, const QString &entity, const QString &entityId)
{
    if (serverRecords(db, action))
        return true;
    QSqlQuery q = entryQuery(db, action, entity, entityId);
    return StorageHealth::exec(q);
}

bool AuditLog::record(Transaction &t, Action action, const QString &entity, const QString &entityId)
{
    if (serverRecords(t.database(), action))
        return true;
    QSqlQuery q = entryQuery(t.database(), action, entity, entityId);
    return t.exec(q);
}

} // namespace khana
