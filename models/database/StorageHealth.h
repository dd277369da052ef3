#pragma once

#include <QObject>
#include <QString>

namespace khana {

// Tells the window when SQLite finds the database damaged in the middle of work (a write
// failing with SQLITE_CORRUPT), from whichever thread hit it, so that Khana stops writing
// into the file at once and offers recovery. Transaction reports every damaged failure here.
class StorageHealth : public QObject
{
    Q_OBJECT

public:
    static StorageHealth &instance();
    void reportDamage(const QString &connectionName, const QString &detail);

Q_SIGNALS:
    void damaged(const QString &connectionName, const QString &detail);

private:
    StorageHealth() = default;
};

} // namespace khana
