#pragma once

#include "database/Database.h"
#include "database/ServerDatabase.h"

#include <QString>

#include <optional>

namespace khana::bench {

// `--server build/pg-bench:54339`: the superuser of a PostgreSQL server over its socket folder,
// as scripts/test-postgres starts it, on `database`.
ServerAddress serverFromOption(const QString &folderAndPort, const QString &database);

// Where a benchmark's people are: an SQLite file, or a database on a PostgreSQL server.
struct Place
{
    QString path;
    std::optional<ServerAddress> server;

    bool exists() const;
    // Opens (on a server: creating the database first when missing) and migrates.
    Database::OpenResult open(const QString &connection) const;
};

// Fills a new place with the demo districts and `count` generated people (written in bulk, as
// an import does). Progress goes to stderr.
bool generatePeople(const Place &place, int count);

} // namespace khana::bench
