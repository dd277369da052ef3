#include "StorageHealth.h"

#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace khana {

StorageHealth &StorageHealth::instance()
{
    static StorageHealth health;
    return health;
}

void StorageHealth::reportDamage(const QString &connectionName, const QString &detail)
{
    Q_EMIT damaged(connectionName, detail);
}

void StorageHealth::reportConnectionLost()
{
    Q_EMIT connectionLost();
}

void StorageHealth::report(const QString &connectionName, const QSqlError &error)
{
    switch (StorageError::kindOf(error)) {
    case StorageError::Kind::Damaged: reportDamage(connectionName, error.text()); break;
    case StorageError::Kind::ConnectionLost: reportConnectionLost(); break;
    default: break;
    }
}

namespace {

bool reported(QSqlQuery &query, bool ok)
{
    if (!ok)
        StorageHealth::instance().report(QString(), query.lastError()); // a query does not name its connection
    return ok;
}

} // namespace

bool StorageHealth::exec(QSqlQuery &query)
{
    return reported(query, query.exec());
}

bool StorageHealth::exec(QSqlQuery &query, const QString &sql)
{
    return reported(query, query.exec(sql));
}

} // namespace khana
