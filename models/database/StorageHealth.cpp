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

namespace {

bool reported(QSqlQuery &query, bool ok)
{
    if (!ok && StorageError::kindOf(query.lastError()) == StorageError::Kind::Damaged)
        StorageHealth::instance().reportDamage(QString(), query.lastError().text()); // a query does not name its connection
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
