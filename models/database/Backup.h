#pragma once

#include <QDate>
#include <QHash>
#include <QString>

#include <atomic>
#include <functional>

namespace khana {

// Copies of a Khana database that can be trusted: taken while Khana is in use, checked before
// they are called done, readable by their owner only; and restore from them.
//
// Each operation opens its own SQLite connections (no Qt connection is shared), so it may run on
// a worker thread while the window goes on; a copy is written under a temporary name and
// renamed only once it is complete and verified, so a cancelled or failed backup leaves nothing
// half-written.
class Backup
{
public:
    struct Result
    {
        QString error; // translated; empty on success
        QString path;  // the file written
        QHash<QString, qint64> rowCounts; // per table, of the verified copy
        bool cancelled = false;
        bool ok() const { return error.isEmpty() && !cancelled; }
    };

    // (pages copied, pages in all); returns false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    // A consistent copy of the database at `source` (including what is still in its WAL) into
    // `target`, through SQLite's online backup API, verified (integrity_check, Khana's own
    // tables, row counts equal to the source's at the moment of the copy).
    static Result create(const QString &source, const QString &target, const Progress &progress = {});

    // Whether `path` is a whole Khana database: its integrity check passes; its rows per table.
    static Result verify(const QString &path);

    // Where automatic backups go: "backups" in Khana's data folder (0700).
    static QString automaticFolder();
    // One automatic backup a day: if none of `folder`'s backups is from `today`, makes
    // khana-YYYY-MM-DD.sqlite there and removes all but the newest `keep`. `made` tells whether
    // a backup was written this time.
    static Result automatic(const QString &source, const QString &folder, const QDate &today, int keep, bool *made = nullptr);

    // Replaces the contents of the database at `database` with the backup at `backup`: the
    // backup is verified first, the current database is itself backed up beside it
    // ("…-before-restore-<time>.sqlite", named in `Result::path`), then the backup is copied in
    // through SQLite's backup API, so connections still open see the restored data.
    static Result restore(const QString &backup, const QString &database, const Progress &progress = {});
};

} // namespace khana
