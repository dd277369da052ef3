#include "StorageHealth.h"

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

} // namespace khana
