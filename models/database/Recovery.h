#pragma once

#include "domain/WorkProgress.h"

#include <QHash>
#include <QString>

namespace khana {

// Saves what can still be read from a damaged Khana database into a new one.
//
// SQLite's own route (the sqlite3 tool's .recover) needs the sqlite_dbpage virtual table,
// which Debian's SQLite library is built without; so Khana reads the damaged file through its
// tables instead: each table is read in rowid order, and where a seek runs into a damaged page
// the reading skips ahead (probing further rowids, then narrowing back to the first readable
// one), so that the rows on either side of the damage are kept. The rows go into a new
// database made by Khana at its latest schema (columns both files have); rows whose parent was
// lost (a registration of a person no longer there) are left out, since the rest of Khana
// relies on them having one. The damaged file is only read, never written.
class Recovery
{
public:
    struct Result
    {
        QString error; // translated; empty on success
        QString path;  // the new database
        QHash<QString, qint64> saved;   // rows per table in the new database
        int damagedRegions = 0;         // places where reading had to skip ahead
        qint64 orphansLeftOut = 0;      // rows whose parent row was lost
        bool cancelled = false;
        bool ok() const { return error.isEmpty() && !cancelled; }
        // What was saved, in a sentence (people, registrations, plan items, and the losses).
        QString summary() const;
    };

    // `target` must not exist yet. Progress counts tables.
    static Result recover(const QString &damaged, const QString &target, const WorkProgress &progress = {});

    // Where a recovered copy of `damaged` is suggested: beside it, "…-recovered.sqlite".
    static QString suggestedTarget(const QString &damaged);
};

} // namespace khana
