// SQLite's temporary files (the runs a large sort writes, temporary tables) hold people's rows:
// with SqliteTempFiles they live in memory and never reach the disk, while SQLite's external
// sort, on worker threads, still works and sorts rightly.

#include "database/Database.h"
#include "database/SqliteTempFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace khana;

namespace {

// SQLite's temporary files, open now in this process: the system's file system names them
// etilqs_… and removes them from their folder at once, but they stay open while in use.
int openTemporaryFiles()
{
    int open = 0;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QFileInfo &fd : fds.entryInfoList(QDir::System | QDir::Files | QDir::NoDotAndDotDot))
        if (fd.symLinkTarget().contains(QLatin1String("etilqs_")))
            ++open;
    return open;
}

void openTemporaryFilesFunction(sqlite3_context *context, int, sqlite3_value **)
{
    sqlite3_result_int(context, openTemporaryFiles());
}

struct Closing
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};

// Runs `sql`, which must succeed.
bool run(sqlite3 *db, const char *sql)
{
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    if (rc != SQLITE_OK)
        qWarning("%s: %s", sql, error);
    sqlite3_free(error);
    return rc == SQLITE_OK;
}

} // namespace

class TestSqliteTempFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo(QStringLiteral("/proc/self/fd")).isDir())
            QSKIP("counting open files needs /proc");
        SqliteTempFiles::keepInMemory();
    }

    // Khana's connections keep their temporary files in memory as files, and say so.
    void connectionsUseIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("khana.sqlite"));
        QVERIFY(Database::openSqlite(path, QStringLiteral("temp-files")).ok());
        {
            const QSqlDatabase db = QSqlDatabase::database(QStringLiteral("temp-files"));
            QVERIFY(SqliteTempFiles::inMemory(db));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA temp_store")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1); // as files: in memory through SqliteTempFiles
        }
        Database::close(QStringLiteral("temp-files"));
    }

    // A sort larger than the page cache spills runs to temporary files, sorted by worker
    // threads. With the system's own file system they are real files (which shows this test
    // can tell); with Khana's none is, and the rows still come out in order, all of them.
    void aLargeSortWritesNoFile_data()
    {
        QTest::addColumn<bool>("khanas");
        QTest::newRow("Khana's file system") << true;
        QTest::newRow("the system's own") << false;
    }
    void aLargeSortWritesNoFile()
    {
        QFETCH(bool, khanas);
        const QByteArray path = QFile::encodeName(m_dir.filePath(QStringLiteral("sort-%1.sqlite").arg(khanas)));
        sqlite3 *raw = nullptr;
        const int opened = sqlite3_open_v2(path.constData(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, khanas ? nullptr : "unix");
        std::unique_ptr<sqlite3, Closing> db(raw);
        QCOMPARE(opened, SQLITE_OK);
        QCOMPARE(sqlite3_create_function(db.get(), "open_temporary_files", 0, SQLITE_UTF8, nullptr, openTemporaryFilesFunction, nullptr, nullptr),
                 SQLITE_OK);
        QVERIFY(run(db.get(), "PRAGMA temp_store = FILE; PRAGMA cache_size = -1024; PRAGMA threads = 2"));
        QVERIFY(run(db.get(), "CREATE TABLE t (x TEXT); WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 60000) "
                              "INSERT INTO t SELECT hex(randomblob(40)) FROM c"));

        sqlite3_stmt *sort = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db.get(), "SELECT x, open_temporary_files() FROM t ORDER BY x", -1, &sort, nullptr), SQLITE_OK);
        int rows = 0;
        int mostOpen = 0;
        QByteArray previous;
        bool ordered = true;
        while (sqlite3_step(sort) == SQLITE_ROW) {
            const QByteArray x(reinterpret_cast<const char *>(sqlite3_column_text(sort, 0)), sqlite3_column_bytes(sort, 0));
            ordered = ordered && previous <= x;
            previous = x;
            mostOpen = std::max(mostOpen, sqlite3_column_int(sort, 1));
            ++rows;
        }
        QCOMPARE(sqlite3_finalize(sort), SQLITE_OK);
        QCOMPARE(rows, 60000);
        QVERIFY(ordered);
        if (khanas)
            QCOMPARE(mostOpen, 0);
        else
            QVERIFY2(mostOpen > 0, "the sort did not spill: this test cannot tell");

        // An index built from those rows the same way, and a temporary table beside it.
        QVERIFY(run(db.get(), "CREATE INDEX t_x ON t (x); CREATE TEMP TABLE u AS SELECT x FROM t ORDER BY x DESC; "
                              "CREATE INDEX temp.u_x ON u (x)"));
        sqlite3_stmt *check = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db.get(), "SELECT (SELECT count(*) FROM u), (SELECT count(*) FROM t INDEXED BY t_x WHERE x > ''), "
                                              "(SELECT group_concat(c) FROM (SELECT integrity_check AS c FROM pragma_integrity_check))", -1, &check, nullptr),
                 SQLITE_OK);
        QCOMPARE(sqlite3_step(check), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(check, 0), 60000);
        QCOMPARE(sqlite3_column_int(check, 1), 60000);
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(check, 2))), QByteArray("ok"));
        sqlite3_finalize(check);
    }
};

QTEST_GUILESS_MAIN(TestSqliteTempFiles)
#include "tst_sqlitetempfiles.moc"
