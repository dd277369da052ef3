#pragma once

#include "PersonStore.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace khana {

// Erasure on request (PDPA section 33): the person and everything personal that refers to
// them go; what the office must keep stays without them. Their registrations stay as anonymous
// rows (workshop, category, province, status and check-in time: attendance and quota figures
// do not change), without a badge code or a breakout group; elections keep their votes and plan
// activities their details, without the person elected or leading; names, phone, national id,
// tags, consents and their history and retention decisions go. Audit entries stay, naming the
// person's id only, as every entry does. The id is listed in erased_person so that backups and
// restores can erase the person again (ErasureCleanup). On an office server only an
// administrator may erase: the server refuses the transaction for anyone else.
class ErasureStore
{
public:
    explicit ErasureStore(const QSqlDatabase &db);

    // What an erasure of the person would remove and keep, to say before it acts.
    struct Impact
    {
        QString name;
        int registrations = 0;    // kept, anonymous
        int checkIns = 0;         // of those, checked in
        int groupMemberships = 0; // removed
        int elections = 0;        // kept, without the person elected
        int planActivities = 0;   // kept, without the person leading
        int consents = 0;         // decisions in the history, removed
        int tags = 0;             // removed
        int auditEntries = 0;     // kept, ids only; -1 when the login may not read the trail
        int rowVersion = 0;
    };
    // nullopt when the person is not there (or could not be read; `error` then says why).
    std::optional<Impact> impact(qint64 personId, QString *error = nullptr) const;

    // Erases the person if nobody changed them since `rowVersion` was read, all or nothing.
    PersonStore::SaveResult erase(qint64 personId, int rowVersion);

    // Erases again those of `ids` still present (a backup, a restored copy), in one
    // transaction; `erased` counts them.
    PersonStore::SaveResult eraseAgain(const QList<qint64> &ids, int *erased = nullptr);

    // Everyone erased here; and those whose erasure this computer's search index and backups
    // may still hold (ErasureCleanup clears them, then markFilesCleaned()).
    QList<qint64> erasedIds() const;
    QList<qint64> filesNotCleaned() const;
    bool markFilesCleaned(const QList<qint64> &ids);

private:
    bool eraseRows(Transaction &t, qint64 personId, const QString &detail);

    QSqlDatabase m_db;
};

} // namespace khana
