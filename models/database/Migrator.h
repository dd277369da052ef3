#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace khana {

// Brings a database's schema up to date through numbered steps (resources/migrations/NNNN_*.sql).
// Each step runs in one transaction together with the new version number, so a failed step
// leaves the database exactly as it was.
class Migrator
{
public:
    enum class State { Empty, Khana, Foreign, Unreadable };

    explicit Migrator(const QSqlDatabase &db);

    static int latestVersion();

    // What the database holds, without changing it. `version` receives the schema version of a
    // Khana database; `detail` the driver's words when the file cannot be read.
    State inspect(int *version, QString *detail = nullptr) const;

    // Runs every step after the current version up to `target` (default: the latest), then
    // rebuilds the names' sort keys if ICU's collation has changed since they were made.
    bool migrate(QString *error, int target = -1);

private:
    bool runStep(int version, QString *error);
    // In a transaction of its own: the keys of a database whose collation changed (ICU update).
    bool rebuildSortKeys(QString *error);

    QSqlDatabase m_db;
};

} // namespace khana
