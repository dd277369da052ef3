#include "BenchPlace.h"

#include "demo/PeopleGenerator.h"
#include "stores/AreaStore.h"
#include "stores/PersonStore.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>

#include <cstdio>
#include <memory>

namespace khana::bench {

namespace {

// Runs `work` on the server's maintenance database (to look for or create a database).
template<typename Work>
bool withMaintenance(const ServerAddress &server, const Work &work)
{
    ServerAddress maintenance = server;
    maintenance.database = QStringLiteral("postgres");
    bool done = false;
    if (ServerDatabase::connect(maintenance, QString(), QStringLiteral("maintenance")).ok()) {
        QSqlQuery q(QSqlDatabase::database(QStringLiteral("maintenance")));
        done = work(q);
    }
    Database::close(QStringLiteral("maintenance"));
    return done;
}

} // namespace

ServerAddress serverFromOption(const QString &folderAndPort, const QString &database)
{
    const QStringList where = folderAndPort.split(QLatin1Char(':'));
    ServerAddress address;
    address.host = QFileInfo(where.value(0)).absoluteFilePath();
    address.port = where.value(1).toInt();
    address.user = QStringLiteral("postgres");
    address.database = database;
    return address;
}

bool Place::exists() const
{
    if (!server)
        return QFileInfo::exists(path);
    return withMaintenance(*server, [this](QSqlQuery &q) {
        q.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"));
        q.addBindValue(server->database);
        return q.exec() && q.next();
    });
}

Database::OpenResult Place::open(const QString &connection) const
{
    if (!server)
        return Database::openSqlite(path, connection);
    if (!exists())
        withMaintenance(*server, [this](QSqlQuery &q) {
            return q.exec(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0").arg(server->database));
        });
    return ServerDatabase::open(*server, QString(), connection);
}

bool generatePeople(const Place &place, int count)
{
    const auto opened = place.open(QStringLiteral("gen"));
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("gen"));
    QString error;
    // The demo districts (Chiang Rai and Phayao) give every generated person a real district.
    if (!DemoData::populate(db, &error))
        return false;
    PeopleGenerator generator(AreaStore(db).districts(), 1000003);
    auto store = std::make_unique<PersonStore>(db);
    QElapsedTimer timer;
    timer.start();
    constexpr int kBatch = 20000;
    for (int done = DemoData::kDemoPeople; done < count;) {
        QList<Person> batch;
        const int n = std::min(kBatch, count - done);
        for (int i = 0; i < n; ++i) {
            Person p = generator.next();
            p.memberNumber.clear(); // demo numbers would collide with the generator's serials
            cleanAndValidate(p);
            batch.append(p);
        }
        if (!store->insertBulk(batch, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return false;
        }
        done += n;
        std::fprintf(stderr, "\r%d people", done);
    }
    std::fprintf(stderr, "\ngenerated in %.1f s\n", timer.elapsed() / 1000.0);
    store.reset();
    db = QSqlDatabase();
    Database::close(QStringLiteral("gen"));
    return true;
}

QList<QCommandLineOption> PeopleOptions::all(bool withFile) const
{
    return withFile ? QList<QCommandLineOption>{server, database, people} : QList<QCommandLineOption>{server, people};
}

std::optional<Place> PeopleOptions::readyPlace(const QCommandLineParser &parser) const
{
    const int wanted = count(parser);
    Place place;
    if (parser.isSet(server))
        place.server = serverFromOption(parser.value(server), QStringLiteral("khana_bench_people_%1").arg(wanted));
    else
        place.path = parser.isSet(database) ? parser.value(database) : QStringLiteral("bench-people-%1.sqlite").arg(wanted);
    if (!place.exists() && !generatePeople(place, wanted))
        return std::nullopt;
    return place;
}

} // namespace khana::bench
