// People at scale: builds (once) a database of N people, then in a fresh process measures the
// time until the People view shows its first rows, search-as-you-type latency for a Thai name
// fragment and a phone fragment (median, 95th percentile: until the first rows, and until the
// count of matches, which a server gives afterwards), and the process's peak memory.
//
//   bench_people [--people 1000000] [--database FILE | --server build/pg-bench:54339]

#include "BenchPlace.h"
#include "database/Database.h"
#include "itemmodels/PeopleModel.h"
#include "people/PeoplePage.h"
#include "search/PeopleSearch.h"
#include "shell/Startup.h"
#include "stores/PersonStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace khana;

namespace {

double peakMegabytes()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
#else
    return -1;
#endif
}

struct Stats
{
    double median;
    double p95;
    double max;
};

Stats stats(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) { return samples.at(std::min<qsizetype>(samples.size() - 1, qsizetype(q * double(samples.size())))); };
    return {at(0.5), at(0.95), samples.last()};
}

// Types `fragment` one character at a time, as a user would, timing each search until the
// view has its first rows and, separately, until the count of matches is known (a server
// counts after the rows are shown; on a file both come together).
bool verbose = false;

struct Timings {
    QList<double> rows;
    QList<double> counted;
    Timings &operator+=(const Timings &other)
    {
        rows += other.rows;
        counted += other.counted;
        return *this;
    }
};

// Waits for the model's count of matches; false when it does not come within a minute.
bool awaitCount(PeopleModel &model)
{
    if (!model.isCounting())
        return true;
    QEventLoop loop;
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    QObject::connect(&model, &PeopleModel::matchCountChanged, &loop, &QEventLoop::quit);
    loop.exec();
    return !model.isCounting();
}

Timings typeAndTime(PeopleModel &model, const QString &fragment, qsizetype startAt)
{
    Timings times;
    for (qsizetype n = startAt; n <= fragment.size(); ++n) {
        model.setSearchText(QString());
        QElapsedTimer timer;
        timer.start();
        model.setSearchText(fragment.left(n));
        const int rows = model.rowCount();
        times.rows.append(timer.nsecsElapsed() / 1e6);
        if (!awaitCount(model))
            std::fprintf(stderr, "no count for %s\n", qPrintable(fragment.left(n)));
        times.counted.append(timer.nsecsElapsed() / 1e6);
        if (verbose)
            std::printf("  %-24s %8lld matches %4d rows %8.1f ms, counted %8.1f ms%s\n", qPrintable(fragment.left(n)),
                        static_cast<long long>(model.matchCount()), rows, times.rows.last(), times.counted.last(),
                        model.walksSortOrder() ? " (walks the list order)" : model.searchedInMemory() ? " (in memory)" : "");
    }
    return times;
}

void printSearch(const char *label, const Timings &times)
{
    const Stats r = stats(times.rows);
    const Stats c = stats(times.counted);
    std::printf("%-30sfirst rows median %.1f ms, p95 %.1f ms, max %.1f ms; counted median %.1f ms, p95 %.1f ms, max %.1f ms "
                "(%lld searches)\n",
                label, r.median, r.p95, r.max, c.median, c.p95, c.max, static_cast<long long>(times.rows.size()));
}

// SQLite's own lookup of the same fragments, three characters and more, in the same run: the
// trigram index counting its matches (the peer the typed searches are measured against).
QList<double> rawLookups(const QSqlDatabase &db, const QStringList &fragments, qsizetype startAt)
{
    QList<double> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM person_search WHERE person_search MATCH ?"));
    for (const QString &f : fragments)
        for (qsizetype n = std::max<qsizetype>(startAt, 3); n <= f.size(); ++n) {
            QString phrase = f.left(n);
            phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            q.addBindValue(QLatin1Char('"') + phrase + QLatin1Char('"'));
            QElapsedTimer timer;
            timer.start();
            if (q.exec() && q.next())
                out.append(double(timer.nsecsElapsed()) / 1e6);
            q.finish();
        }
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption people(QStringLiteral("people"), QStringLiteral("how many"), QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("file"), QStringLiteral("file"),
                                      QStringLiteral("bench-people.sqlite"));
    const QCommandLineOption generateOnly(QStringLiteral("generate-only"), QStringLiteral("build the database and stop"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"), QStringLiteral("print every search"));
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QStringLiteral("a PostgreSQL server instead of a file: its socket folder and port (build/pg-bench:54339)"),
                                          QStringLiteral("folder:port"));
    parser.addOptions({people, database, generateOnly, verboseOption, serverOption});
    parser.process(app);
    const QString path = parser.value(database);
    bench::Place place{path, std::nullopt};
    if (parser.isSet(serverOption))
        place.server = bench::serverFromOption(parser.value(serverOption), QStringLiteral("khana_bench_people_%1").arg(parser.value(people)));
    verbose = parser.isSet(verboseOption);
    const int count = parser.value(people).toInt();

    if (parser.isSet(generateOnly))
        return bench::generatePeople(place, count) ? 0 : 1;
    if (!place.exists()) {
        // Generate in a child process so that this one's peak memory is the People view's own.
        QStringList arguments{QStringLiteral("--generate-only"), QStringLiteral("--people"), QString::number(count), QStringLiteral("--database"), path};
        if (parser.isSet(serverOption))
            arguments << QStringLiteral("--server") << parser.value(serverOption);
        const int rc = QProcess::execute(QApplication::applicationFilePath(), arguments);
        if (rc != 0)
            return rc;
    }

    applyDisplaySettings(app, QStringLiteral("th"));
    QElapsedTimer open;
    open.start();
    const auto opened = place.open(Database::defaultConnectionName());
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return 1;
    }
    QSqlDatabase db = QSqlDatabase::database(Database::defaultConnectionName());
    const double openMs = open.nsecsElapsed() / 1e6;

    QElapsedTimer first;
    first.start();
    auto *page = new PeoplePage(db);
    page->resize(1100, 700);
    page->show();
    QApplication::processEvents();
    const int firstRows = page->model()->rowCount();
    const double firstRowsMs = first.nsecsElapsed() / 1e6;

    PeopleModel &model = *page->model();
    // The search in memory is built on a thread of its own when a list first asks; the typed
    // searches are timed once it answers (until then the trigram index does, as timed below).
    double buildMs = -1;
    double searchMegabytes = 0;
    if (const std::shared_ptr<PeopleSearch> memory = PeopleSearch::of(db)) {
        QElapsedTimer building;
        building.start();
        QEventLoop loop;
        QObject::connect(memory.get(), &PeopleSearch::ready, &loop, &QEventLoop::quit);
        QTimer::singleShot(600000, &loop, &QEventLoop::quit);
        memory->prepare();
        if (!memory->isReady())
            loop.exec();
        buildMs = building.nsecsElapsed() / 1e6;
        searchMegabytes = double(memory->bytesUsed()) / (1024.0 * 1024.0);
        if (!memory->isReady())
            std::fprintf(stderr, "the search in memory was not built\n");
    }
    // Thai fragments from the middle of names and surnames, typed from their third letter on
    // (trigram index) and from their first (short fragments scan).
    const QStringList thaiFragments{QStringLiteral("ประเสริฐ"), QStringLiteral("ศรีสุขวงศ์"), QStringLiteral("กิตติพงษ์"),
                                    QStringLiteral("แก้วมณี"), QStringLiteral("สมบูรณ์"), QStringLiteral("แสงเดือน")};
    const QStringList phoneFragments{QStringLiteral("0812345"), QStringLiteral("0967"), QStringLiteral("5551234"), QStringLiteral("089-123-45")};
    Timings thai;
    for (const QString &f : thaiFragments)
        thai += typeAndTime(model, f, 1);
    Timings phone;
    for (const QString &f : phoneFragments)
        phone += typeAndTime(model, f, 3);

    std::printf("people in database            %lld\n", static_cast<long long>(PersonStore(db).count()));
    std::printf("open database                 %.1f ms\n", openMs);
    std::printf("first rows in People view     %.1f ms (%d rows)\n", firstRowsMs, firstRows);
    if (buildMs >= 0)
        std::printf("search in memory built        %.1f ms (%.0f MB), on its own thread\n", buildMs, searchMegabytes);
    printSearch("search, Thai fragment", thai);
    printSearch("search, phone fragment", phone);
    if (!place.server) {
        for (const auto &[label, fragments] : {std::pair{"raw FTS5 count, Thai", thaiFragments}, std::pair{"raw FTS5 count, phone", phoneFragments}}) {
            const QList<double> raw = rawLookups(db, fragments, 3);
            if (raw.isEmpty())
                continue;
            const Stats r = stats(raw);
            std::printf("%-30smedian %.1f ms, p95 %.1f ms, max %.1f ms (%lld lookups, three letters or more)\n", label, r.median, r.p95, r.max,
                        static_cast<long long>(raw.size()));
        }
    }
    std::printf("peak memory                   %.0f MB\n", peakMegabytes());
    delete page;
    db = QSqlDatabase();
    Database::close();
    return 0;
}
