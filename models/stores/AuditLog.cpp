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

} // namespace

bool AuditLog::record(const QSqlDatabase &db, Action action, const QString &entity, const QString &entityId)
{
    QSqlQuery q = entryQuery(db, action, entity, entityId);
    return StorageHealth::exec(q);
}

bool AuditLog::record(Transaction &t, Action action, const QString &entity, const QString &entityId)
{
    QSqlQuery q = entryQuery(t.database(), action, entity, entityId);
    return t.exec(q);
}

} // namespace khana
