#pragma once

#include "domain/WorkProgress.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace khana {

// What an erasure leaves in this computer's files until they are cleaned: the search index's
// older pieces (SQLite's full-text index marks a deleted row and drops its words only when its
// pieces are merged), the WAL (earlier versions of the pages until a checkpoint), and the
// automatic backups and before-restore copies made before the erasure. Deleted rows and freed
// pages are overwritten at once (secure_delete is on for every connection).
//
// Backups are re-written, not merely noted: each copy of this database (same office id) is
// brought to the current schema and the erased people are erased in it again, in place and in
// one SQLite transaction (a cancelled or failed clean leaves the copy as it was). A restore
// from any copy, wherever it was kept, erases them once more (ErasureStore::eraseAgain), so a
// copy out of Khana's reach cannot bring them back.
//
// SQLite only: an office server's files, WAL and backups are its administrator's.
class ErasureCleanup
{
public:
    struct Result
    {
        QString error;           // translated; empty on success
        bool cancelled = false;
        bool walCleared = false; // false when another connection still reads an older moment
        int backupsCleaned = 0;
        int backupsSkipped = 0;  // copies of another database in the folder
        bool ok() const { return error.isEmpty() && !cancelled; }
    };

    // Merges the search index (the erased rows' words go with its old pieces) and moves the WAL
    // into the file, then empties it. On a connection of its own (a worker's); may take a while
    // on a million people.
    static Result cleanDatabase(const QSqlDatabase &db);

    // The copies of the database at `databasePath` that Khana made: automatic backups in
    // `backupFolder`, and before-restore copies beside the database.
    static QStringList backupsOf(const QString &databasePath, const QString &backupFolder);

    // Erases `personIds` in each of `backups` that is a copy of the database whose office id
    // is `officeId`. Progress counts backups.
    // A restore from a copy made before an erasure: the ids erased in the database at
    // `databasePath` (read before it is replaced), then, once restored, those erased again and
    // the restored file cleaned of them; `erased` counts them. Each on a connection of its own.
    // Nothing is erased when the restored copy is of another database (another office id).
    struct Erased
    {
        QString officeId;
        QList<qint64> personIds;
    };
    static Erased erasedIn(const QString &databasePath);
    static Result eraseAgainIn(const QString &databasePath, const Erased &before, int *erased = nullptr);

    static Result cleanBackups(const QStringList &backups, const QString &officeId, const QList<qint64> &personIds,
                               const WorkProgress &progress = {});
};

} // namespace khana
