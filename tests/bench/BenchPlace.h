#pragma once

#include "database/Database.h"
#include "database/ServerDatabase.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
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

// The options of a benchmark on bench_people's people: --server (or, when `withFile`,
// --database) and --people.
struct PeopleOptions
{
    QCommandLineOption server{QStringLiteral("server"), QStringLiteral("the test server: its socket folder and port (build/pg-bench:54339)"),
                              QStringLiteral("folder:port")};
    QCommandLineOption database{QStringLiteral("database"), QStringLiteral("an SQLite office database instead"), QStringLiteral("file")};
    QCommandLineOption people{QStringLiteral("people"), QStringLiteral("people in the database"), QStringLiteral("n"), QStringLiteral("1000000")};

    QList<QCommandLineOption> all(bool withFile) const;
    int count(const QCommandLineParser &parser) const { return parser.value(people).toInt(); }
    // The place they name — bench_people's database of that many people unless a file is
    // named — filled first when it is missing; nothing when it cannot be.
    std::optional<Place> readyPlace(const QCommandLineParser &parser) const;
};

} // namespace khana::bench
