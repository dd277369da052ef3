// bench_erasure: erasing people on request in a database of --people (default 1,000,000, the
// same database bench_people makes). Works on a copy (the database is left as it was): times
// --erase erasures (default 5) one by one, then cleaning the file after them (merging the
// search index and emptying the WAL), then cleaning one backup of the database.
//
//   bench_erasure --database FILE.sqlite [--people 1000000] [--erase 5]

#include "BenchPlace.h"
#include "database/Backup.h"
#include "database/Database.h"
#include "stores/ErasureCleanup.h"
#include "stores/ErasureStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace khana;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    bench::PeopleOptions options;
    const QCommandLineOption erase(QStringLiteral("erase"), QStringLiteral("people to erase"), QStringLiteral("n"), QStringLiteral("5"));
    parser.addOptions(options.all(true));
    parser.addOption(erase);
    parser.addHelpOption();
    parser.process(app);
    const std::optional<bench::Place> ready = options.readyPlace(parser);
    if (!ready)
        return 1;
    const bench::Place &place = *ready;
    if (place.server) {
        std::fprintf(stderr, "bench_erasure measures an SQLite database (a server's files are its administrator's)\n");
        return 2;
    }

    // A copy to erase in, and a backup of it to clean; the measured database stays as it was.
    QTemporaryDir dir(QFileInfo(place.path).absolutePath() + QStringLiteral("/bench-erasure-XXXXXX"));
    const QString copy = dir.filePath(QStringLiteral("khana.sqlite"));
    const QString backups = dir.filePath(QStringLiteral("backups"));
    QElapsedTimer timer;
    timer.start();
    if (!Backup::create(place.path, copy).ok() || !QDir().mkpath(backups)
        || !Backup::create(copy, QDir(backups).filePath(QStringLiteral("khana-2026-01-01.sqlite"))).ok()) {
        std::fprintf(stderr, "could not copy the database\n");
        return 1;
    }
    std::printf("copied the database and one backup of it in %.1f s\n", double(timer.elapsed()) / 1000.0);

    const Database::OpenResult opened = Database::openSqlite(copy, QStringLiteral("bench"));
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return 1;
    }
    int failures = 0;
    {
        const QSqlDatabase db = QSqlDatabase::database(QStringLiteral("bench"));
        QSqlQuery people(db);
        people.exec(QStringLiteral("SELECT count(*) FROM person"));
        people.next();
        const qint64 total = people.value(0).toLongLong();
        people.finish();
        ErasureStore store(db);
        QList<double> times;
        // People spread over the table, as requests come.
        const int count = parser.value(erase).toInt();
        for (int i = 0; i < count; ++i) {
            QSqlQuery pick(db);
            pick.prepare(QStringLiteral("SELECT id FROM person WHERE id >= ? ORDER BY id LIMIT 1"));
            pick.addBindValue(1 + (total * (2 * i + 1)) / (2 * count));
            if (!pick.exec() || !pick.next())
                continue;
            const qint64 id = pick.value(0).toLongLong();
            pick.finish();
            timer.restart();
            const auto impact = store.impact(id);
            const PersonStore::SaveResult erased = impact ? store.erase(id, impact->rowVersion) : PersonStore::SaveResult{};
            times.append(double(timer.nsecsElapsed()) / 1e6);
            if (!impact || !erased.ok()) {
                std::fprintf(stderr, "erasing %lld failed: %s\n", id, qPrintable(erased.error));
                ++failures;
            }
        }
        std::sort(times.begin(), times.end());
        std::printf("people: %lld; erased %lld, each (with its question's counts): median %.1f ms, max %.1f ms\n", total, qint64(times.size()),
                    times.isEmpty() ? 0.0 : times.at(times.size() / 2), times.isEmpty() ? 0.0 : times.last());

        timer.restart();
        const ErasureCleanup::Result cleaned = ErasureCleanup::cleanDatabase(db);
        std::printf("cleaning the file (search index merged, WAL emptied%s): %.1f s\n", cleaned.walCleared ? "" : " — not emptied",
                    double(timer.elapsed()) / 1000.0);
        if (!cleaned.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(cleaned.error));
            ++failures;
        }
        timer.restart();
        const ErasureCleanup::Result backedUp = ErasureCleanup::cleanBackups(ErasureCleanup::backupsOf(copy, backups),
                                                                             Database::metaValue(db, QStringLiteral("office_id")), store.filesNotCleaned());
        std::printf("cleaning one backup of %.0f MB: %.1f s\n", double(QFileInfo(QDir(backups).filePath(QStringLiteral("khana-2026-01-01.sqlite"))).size()) / 1e6,
                    double(timer.elapsed()) / 1000.0);
        if (!backedUp.ok() || backedUp.backupsCleaned != 1) {
            std::fprintf(stderr, "%s\n", qPrintable(backedUp.error));
            ++failures;
        }
    }
    Database::close(QStringLiteral("bench"));
    return failures == 0 ? 0 : 1;
}
