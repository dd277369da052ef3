// Importing a member roster from CSV, side by side with the database's own bulk load of the
// same file: the sqlite3 shell's .import, or on an office server psql's \copy, into a bare
// table and into People's table; on a server also psql's \copy of exactly the rows Khana
// stored, into People's table in a second database (the server's whole share of the work).
//
//   bench_roster [--rows 1000000] [--keep-csv FILE] [--server build/pg-test:54329]
//
// The roster is generated (names, mobile numbers, member numbers, provinces and districts by
// Thai name, B.E. dates, membership type in Thai) as an office would export it; national id
// numbers are left empty because Khana never invents them. Districts are the real list from
// ../shared/data/thai-admin.

#include "database/Database.h"
#include "BenchPlace.h"
#include "database/ServerDatabase.h"
#include "demo/PeopleGenerator.h"
#include "domain/PhoneNumber.h"
#include "domain/ThaiDate.h"
#include "io/DistrictImporter.h"
#include "io/RosterImporter.h"
#include "stores/AreaStore.h"
#include "stores/PersonStore.h"

#include <QCoreApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>

#include <optional>

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>

using namespace khana;

namespace {

bool loadDistricts(const QSqlDatabase &db)
{
    const QString dir = QStringLiteral(KHANA_SHARED_DIR "/data/thai-admin");
    AreaStore areas(db);
    DistrictImporter importer(areas.provinces());
    QString error;
    if (!importer.loadProvinceFile(dir + QStringLiteral("/provinces.csv"), &error))
        return false;
    const auto parsed = importer.parse(CsvReader::readFile(dir + QStringLiteral("/districts.csv")));
    return parsed.fileError.isEmpty() && areas.upsertDistricts(parsed.districts).ok();
}

bool writeRoster(const QSqlDatabase &db, int rows, const QString &path)
{
    const AreaStore areas(db);
    QHash<QString, QString> provinceName;
    for (const Province &p : areas.provinces())
        provinceName.insert(p.code, p.nameTh);
    QHash<QString, QString> districtName;
    const QList<District> districts = areas.districts();
    for (const District &d : districts)
        districtName.insert(d.code, d.nameTh);
    const DateFormatter be(QLocale(QLocale::Thai, QLocale::Thailand), Era::Buddhist);
    PeopleGenerator generator(districts, 2566);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("\xEF\xBB\xBF" "ชื่อ-สกุล,โทรศัพท์,เลขสมาชิก,จังหวัด,อำเภอ,วันที่สมัคร,วันสิ้นสุดสมาชิกภาพ,ประเภทสมาชิก\r\n");
    for (int i = 0; i < rows; ++i) {
        Person p = generator.next();
        // The generator's numbers are shaped like Thai mobiles; libphonenumber knows which
        // ranges are in use, and a real roster holds only those.
        if (PhoneNumber::normalise(p.phone).isEmpty())
            p.phone.clear();
        if (p.membershipType == MembershipType::None) {
            p.membershipType = MembershipType::Annual;
            p.joinDate = QDate(2023, 1, 1).addDays(i % 600);
        }
        const QString type = p.membershipType == MembershipType::Lifetime ? QStringLiteral("ตลอดชีพ") : QStringLiteral("รายปี");
        file.write(QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8\r\n")
                       .arg(p.nameTh, p.phone, QStringLiteral("M%1").arg(i + 1, 7, 10, QLatin1Char('0')), provinceName.value(p.provinceCode),
                            districtName.value(p.districtCode), be.shortDate(p.joinDate),
                            p.endDate.isValid() ? be.shortDate(p.endDate) : QString(), type)
                       .toUtf8());
    }
    return true;
}

// What the runs before wrote is on the disk before the next is timed: otherwise the system
// writes it back meanwhile and the next run's waits for the disk (each commit's) wait behind
// it, seconds at a million rows.
void settle()
{
    ::sync();
}

// The sqlite3 shell running `script` on `database`, timed; -1 when it fails or complains.
double timedShell(const QString &database, const QString &script)
{
    settle();
    QProcess shell;
    QElapsedTimer timer;
    timer.start();
    shell.start(QStringLiteral("sqlite3"), {database});
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    const bool finished = shell.waitForFinished(-1);
    if (const QByteArray problem = shell.readAllStandardError(); !finished || shell.exitCode() != 0 || !problem.isEmpty()) {
        std::fprintf(stderr, "%s\n", problem.constData());
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

double sqliteShellImport(const QString &csv, const QString &database)
{
    return timedShell(database, QStringLiteral(".mode csv\n.import '%1' roster\n").arg(csv));
}

// People's ordinary indexes, to drop before a bulk insert and build again after it.
void rebuildableIndexes(const QSqlDatabase &db, QStringList *drops, QStringList *creates)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'person' AND sql IS NOT NULL "
                          "AND sql NOT LIKE 'CREATE UNIQUE%'"));
    while (q.next()) {
        drops->append(QStringLiteral("DROP INDEX %1;").arg(q.value(0).toString()));
        creates->append(q.value(1).toString() + QLatin1Char(';'));
    }
}

// The sqlite3 shell storing the same rows in People's table, without any checks, keeping the
// same indexes and search index up to date the way Khana's bulk path does: SQLite's own share
// of the import.
QString isoFromBuddhist(const QString &column)
{
    // "05/02/2565" → "2022-02-05"
    return QStringLiteral("printf('%04d-%s-%s', CAST(substr(\"%1\", 7, 4) AS INTEGER) - 543, substr(\"%1\", 4, 2), substr(\"%1\", 1, 2))")
        .arg(column);
}

double sqliteShellIntoPeople(const QString &csv, const QSqlDatabase &db, const QString &copy)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("VACUUM INTO '%1'").arg(copy)))
        return -1;
    QStringList drops;
    QStringList creates;
    rebuildableIndexes(db, &drops, &creates);
    const QString script = QStringLiteral(
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA cache_size=-131072; PRAGMA temp_store=MEMORY;\n"
        ".mode csv\n.import '%1' roster\nBEGIN;\nDROP TRIGGER person_search_ai;\n%2\n"
        "INSERT INTO person (name_th, sort_key, phone, member_no, join_date, end_date, membership_type, created_at, updated_at) "
        "SELECT \"ชื่อ-สกุล\", \"ชื่อ-สกุล\", \"โทรศัพท์\", \"เลขสมาชิก\", %4, CASE WHEN \"วันสิ้นสุดสมาชิกภาพ\" = '' THEN NULL ELSE %5 END, "
        "'annual', 'now', 'now' FROM roster;\n%3\n"
        "INSERT INTO person_search (rowid, name_th, name_en, nickname, phone, member_no) "
        "SELECT id, name_th, name_en, nickname, phone, member_no FROM person;\n"
        "DROP TABLE roster;\nCOMMIT;\n")
                               .arg(csv, drops.join(QLatin1Char('\n')), creates.join(QLatin1Char('\n')), isoFromBuddhist(QStringLiteral("วันที่สมัคร")),
                                    isoFromBuddhist(QStringLiteral("วันสิ้นสุดสมาชิกภาพ")));
    return timedShell(copy, script);
}

// The sqlite3 shell storing exactly the rows Khana stored (read from Khana's file, attached)
// in People's table of `copy`, a copy of the database made before the import: the ordinary
// indexes dropped and built again and the search index filled in one statement, as Khana's
// bulk path does; the monthly summary's trigger dropped, as Khana tallies the summary itself.
// SQLite's own share of storing these rows, with Khana's sort keys, places and dates.
// `foreignKeys` as Khana's connections have them: each row's province and district looked up.
// Without (the shell's default), SQLite copies the attached table's records as they are,
// unread and unchecked, which no import of a file can do.
double sqliteShellSameRows(const QSqlDatabase &db, const QString &khanaFile, const QString &copy, bool foreignKeys)
{
    QStringList drops;
    QStringList creates;
    rebuildableIndexes(db, &drops, &creates);
    const QString script = QStringLiteral(
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA cache_size=-131072; PRAGMA temp_store=MEMORY; PRAGMA foreign_keys=%4;\n"
        "ATTACH '%1' AS khana;\nBEGIN;\nDROP TRIGGER person_search_ai;\nDROP TRIGGER member_month_added;\n%2\n"
        "INSERT INTO main.person SELECT * FROM khana.person;\n%3\n"
        "INSERT INTO person_search (rowid, name_th, name_en, nickname, phone, member_no) "
        "SELECT id, name_th, name_en, nickname, phone, member_no FROM main.person;\nCOMMIT;\n")
                               .arg(khanaFile, drops.join(QLatin1Char('\n')), creates.join(QLatin1Char('\n')),
                                    foreignKeys ? QStringLiteral("ON") : QStringLiteral("OFF"));
    return timedShell(copy, script);
}

// On an office server: psql's \copy of the file into a bare table, and into People's table with
// its indexes (through a staging table, converting B.E. dates, no checks) — the server's own
// share of the work.
struct ServerRun
{
    QString socket;
    int port = 0;
    QString database;

    double psql(const QString &script) const
    {
        QProcess shell;
        QElapsedTimer timer;
        timer.start();
        shell.start(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                             QStringLiteral("-h"), socket, QStringLiteral("-p"), QString::number(port), QStringLiteral("-U"),
                                             QStringLiteral("postgres"), QStringLiteral("-d"), database});
        shell.write(script.toUtf8());
        shell.closeWriteChannel();
        if (!shell.waitForFinished(-1) || shell.exitCode() != 0) {
            std::fprintf(stderr, "psql failed: %s\n", shell.readAllStandardError().constData());
            return -1;
        }
        return double(timer.nsecsElapsed()) / 1e9;
    }
};

QString pgIsoFromBuddhist(const QString &column)
{
    return QStringLiteral("CASE WHEN coalesce(%1, '') = '' THEN NULL ELSE format('%s-%s-%s', substr(%1, 7, 4)::int - 543, substr(%1, 4, 2), substr(%1, 1, 2)) END")
        .arg(column);
}

const char *const kRosterColumns = "(name text, phone text, member_no text, province text, district text, joined text, ended text, kind text)";

double serverCopyBare(const ServerRun &server, const QString &csv)
{
    return server.psql(QStringLiteral("CREATE TABLE roster_bare %1;\n\\copy roster_bare FROM '%2' WITH (FORMAT csv, HEADER)\n")
                           .arg(QLatin1String(kRosterColumns), csv));
}

double serverCopyIntoPeople(const ServerRun &server, const QString &csv)
{
    return server.psql(QStringLiteral("BEGIN;\nCREATE TEMP TABLE roster %1;\n\\copy roster FROM '%2' WITH (FORMAT csv, HEADER)\n"
                                      "INSERT INTO person (name_th, sort_key, phone, member_no, join_date, end_date, membership_type, created_at, updated_at) "
                                      "SELECT name, convert_to(name, 'UTF8'), coalesce(phone, ''), 'S' || member_no, %3, %4, 'annual', 'now', 'now' FROM roster;\n"
                                      "ROLLBACK;\n")
                           .arg(QLatin1String(kRosterColumns), csv, pgIsoFromBuddhist(QStringLiteral("joined")),
                                pgIsoFromBuddhist(QStringLiteral("ended"))));
}

// The rows Khana stored, exactly (ids, sort keys, places and all), written again by the server
// alone: \copy out of the imported database, then \copy into People's table in a second fresh
// database with the same schema and districts. The server's whole share of storing them.
double serverCopySameRows(const ServerRun &imported, const ServerAddress &address, const QString &rowsFile)
{
    if (imported.psql(QStringLiteral("\\copy person TO '%1' WITH (FORMAT csv)\n").arg(rowsFile)) < 0)
        return -1;
    ServerAddress second = address;
    second.database += QStringLiteral("_same");
    ServerRun server{address.host, address.port, QStringLiteral("postgres")};
    if (server.psql(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0;\n").arg(second.database)) < 0)
        return -1;
    {
        const Database::OpenResult opened = ServerDatabase::open(second, QString(), QStringLiteral("same"));
        const bool ready = opened.ok() && loadDistricts(QSqlDatabase::database(QStringLiteral("same")));
        Database::close(QStringLiteral("same"));
        if (!ready)
            return -1;
    }
    server.database = second.database;
    return server.psql(QStringLiteral("\\copy person FROM '%1' WITH (FORMAT csv)\n").arg(rowsFile));
}

// This process's processor time so far (user and system), to tell Khana's share of an
// import from the server's.
double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("how many members"), QStringLiteral("n"),
                                        QStringLiteral("1000000"));
    const QCommandLineOption keepOption(QStringLiteral("keep-csv"), QStringLiteral("also write the roster here"), QStringLiteral("file"));
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QStringLiteral("import into a PostgreSQL server instead: its socket folder and port, as scripts/test-postgres "
                                                         "starts it (build/pg-test:54329)"),
                                          QStringLiteral("folder:port"));
    parser.addOptions({rowsOption, keepOption, serverOption});
    parser.process(app);
    const int rows = parser.value(rowsOption).toInt();

    QTemporaryDir dir;
    const QString csv = parser.isSet(keepOption) ? parser.value(keepOption) : dir.filePath(QStringLiteral("roster.csv"));
    if (!Database::openSqlite(dir.filePath(QStringLiteral("khana.sqlite"))).ok())
        return 1;
    QSqlDatabase db = QSqlDatabase::database(Database::defaultConnectionName());
    if (!loadDistricts(db)) {
        std::fprintf(stderr, "the real district list is needed: ../shared/data/thai-admin\n");
        return 1;
    }
    if (!writeRoster(db, rows, csv))
        return 1;
    std::printf("roster                      %d rows, %.1f MB\n", rows, double(QFile(csv).size()) / 1e6);

    double shellSeconds = 0;
    double floorSeconds = 0;
    std::optional<ServerRun> server;
    ServerAddress address;
    if (parser.isSet(serverOption)) {
        // A fresh database on the server, migrated by Khana, with the real districts.
        address = bench::serverFromOption(parser.value(serverOption), QStringLiteral("khana_bench_%1").arg(QCoreApplication::applicationPid()));
        server = ServerRun{address.host, address.port, QStringLiteral("postgres")};
        if (server->psql(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0;\n").arg(address.database)) < 0)
            return 1;
        server->database = address.database;
        db = QSqlDatabase();
        Database::close();
        const Database::OpenResult opened = ServerDatabase::open(address, QString(), Database::defaultConnectionName());
        if (!opened.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.message));
            return 1;
        }
        db = QSqlDatabase::database(Database::defaultConnectionName());
        if (!loadDistricts(db))
            return 1;
        shellSeconds = serverCopyBare(*server, csv);
        floorSeconds = serverCopyIntoPeople(*server, csv);
    } else {
        shellSeconds = sqliteShellImport(csv, dir.filePath(QStringLiteral("bare.sqlite")));
        floorSeconds = sqliteShellIntoPeople(csv, db, dir.filePath(QStringLiteral("floor.sqlite")));
        // As People is before the import, for the yardstick of the same rows.
        if (!QSqlQuery(db).exec(QStringLiteral("VACUUM INTO '%1'").arg(dir.filePath(QStringLiteral("same.sqlite")))))
            floorSeconds = -1;
    }
    if (shellSeconds < 0 || floorSeconds < 0) {
        std::fprintf(stderr, "the yardstick failed\n");
        return 1;
    }

    settle();
    QElapsedTimer timer;
    timer.start();
    const CsvReader::Table table = CsvReader::readFile(csv);
    const double readSeconds = double(timer.nsecsElapsed()) / 1e9;
    RosterImporter importer(db);
    const auto mapping = RosterImporter::guessMapping(table.header);
    timer.restart();
    const auto preview = importer.check(table, mapping);
    const double checkSeconds = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    const double cpuBefore = processCpuSeconds();
    // The import's progress counts the rows checked while they are written (reported as each
    // batch is written, the last when the last is), then the indexes up to twice the rows, the
    // end reported just before the commit.
    double rowsInSeconds = 0;
    double indexedSeconds = 0;
    const auto result = importer.import(table, mapping, [&](qint64 done, qint64 total) {
        const double now = double(timer.nsecsElapsed()) / 1e9;
        if (done <= rows)
            rowsInSeconds = now;
        if (done == total)
            indexedSeconds = now;
        return true;
    });
    const double importSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double importCpu = processCpuSeconds() - cpuBefore;
    if (!result.fileError.isEmpty() || result.imported != rows) {
        std::fprintf(stderr, "import failed (%d of %d): %s %s\n", result.imported, rows, qPrintable(result.fileError),
                     result.errors.isEmpty() ? "" : qPrintable(result.errors.first().message));
        return 1;
    }
    const double khanaSeconds = readSeconds + importSeconds;
    std::printf("bulk load, bare table       %.2f s  %8.0f rows/s\n", shellSeconds, rows / shellSeconds);
    std::printf("Khana roster import         %.2f s  %8.0f rows/s  (%.2f of the bare rate)\n", khanaSeconds, rows / khanaSeconds,
                shellSeconds / khanaSeconds);
    std::printf("into People's table         %.2f s  %8.0f rows/s  (no checks; same indexes and search index%s; Khana at %.2f of this)\n",
                floorSeconds, rows / floorSeconds, server ? "; lighter rows: no places, short sort keys" : "", floorSeconds / khanaSeconds);
    if (server) {
        const double sameSeconds = serverCopySameRows(*server, address, dir.filePath(QStringLiteral("stored-rows.csv")));
        if (sameSeconds < 0) {
            std::fprintf(stderr, "the yardstick of the same rows failed\n");
            return 1;
        }
        std::printf("the same rows, by \\copy      %.2f s  %8.0f rows/s  (exactly the rows Khana stored, into People's table; Khana at %.2f of this)\n",
                    sameSeconds, rows / sameSeconds, sameSeconds / khanaSeconds);
    }
    if (!server) {
        const QString before = dir.filePath(QStringLiteral("same.sqlite"));
        const QString unchecked = dir.filePath(QStringLiteral("same-unchecked.sqlite"));
        const QString khanaFile = dir.filePath(QStringLiteral("khana.sqlite"));
        // The first shell to read Khana's file after the import runs seconds slower than the
        // next (whichever it is): one untimed read of it first, so that neither pays that.
        timedShell(dir.filePath(QStringLiteral("warm-up.sqlite")),
                   QStringLiteral("ATTACH '%1' AS khana;\nSELECT sum(length(sort_key)) FROM khana.person;\n").arg(khanaFile));
        const double uncheckedSeconds = QFile::copy(before, unchecked) ? sqliteShellSameRows(db, khanaFile, unchecked, false) : -1;
        const double sameSeconds = uncheckedSeconds < 0 ? -1 : sqliteShellSameRows(db, khanaFile, before, true);
        if (sameSeconds < 0 || uncheckedSeconds < 0) {
            std::fprintf(stderr, "the yardstick of the same rows failed\n");
            return 1;
        }
        std::printf("the same rows, by sqlite3    %.2f s  %8.0f rows/s  (exactly the rows Khana stored, into People's table, foreign keys checked "
                    "as Khana's connection does; Khana at %.2f of this)\n",
                    sameSeconds, rows / sameSeconds, sameSeconds / khanaSeconds);
        std::printf("  the same, unchecked        %.2f s  %8.0f rows/s  (foreign keys off, the shell's default: records copied as they are; Khana at %.2f of this)\n",
                    uncheckedSeconds, rows / uncheckedSeconds, uncheckedSeconds / khanaSeconds);
    }
    std::printf("  read and parse the file   %.2f s\n", readSeconds);
    std::printf("  check every row (preview) %.2f s\n", checkSeconds);
    std::printf("  import                    %.2f s (Khana's own processor time %.2f s)\n", importSeconds, importCpu);
    std::printf("    rows checked and written, indexed for search, audited  %.2f s\n", rowsInSeconds);
    std::printf("    People's other indexes, the monthly summary            %.2f s\n", indexedSeconds - rowsInSeconds);
    std::printf("    commit                                                 %.2f s\n", importSeconds - indexedSeconds);
    std::printf("people in database          %lld (%d new)\n", static_cast<long long>(PersonStore(db).count()), result.newPeople);
    return 0;
}
