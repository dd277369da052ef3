#pragma once

#include "PackSeal.h"
#include "database/Database.h"

#include <QSqlDatabase>
#include <QString>

namespace khana {

// A workshop pack whose file is sealed with a passphrase (PackSeal), opened for work: its
// database is decrypted into memory that every connection Khana opens to it shares
// (MemoryDatabase), never into a file, and sealed back into its file after every commit
// (AfterCommit). A commit whose sealing cannot be written is reported as failed and the memory
// goes back to what the file holds, so a change the file lacks never looks saved.
namespace SealedPack {

struct Opened
{
    Database::OpenResult result;
    PackSeal::Failure failure = PackSeal::Failure::None; // why the seal did not open, if it did not
    bool ok() const { return result.ok(); }
};

// For the window and every store: read and written.
Opened open(const QString &path, const QString &passphrase, const QString &connectionName = Database::defaultConnectionName());
// For bringing the pack back: read only, never sealed again.
Opened openToRead(const QString &path, const QString &passphrase, const QString &connectionName);

// Seals `db` (an in-memory database) into the file at `path` with `key`.
bool sealInto(const QSqlDatabase &db, const PackKey &key, const QString &path, QString *error);

} // namespace SealedPack

} // namespace khana
