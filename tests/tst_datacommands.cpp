// `khana import` and `khana export` run as an office's script would run them: the real binary,
// its exit codes, its standard output and error.

#include "TestDatabase.h"
#include "WorkshopFixtures.h"
#include "database/Database.h"
#include "pack/PackSeal.h"
#include "stores/AuditLog.h"
#include "stores/CheckInSession.h"
#include "stores/PersonStore.h"
#include "stores/RegistrationStore.h"
#include "stores/WorkshopStore.h"

#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>

using namespace khana;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runKhana(const QStringList &arguments, bool withDisplay = true, const QString &configHome = {}, const QByteArray &input = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Settings of a user of its own (the language chosen in Settings), when given.
    if (!configHome.isEmpty())
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    if (!withDisplay) {
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    }
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KHANA_APP), arguments);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

qint64 peopleIn(const QString &database)
{
    const auto opened = Database::openSqlite(database, QStringLiteral("count"));
    qint64 n = -1;
    {
        QSqlQuery q(QSqlDatabase::database(QStringLiteral("count")));
        if (opened.ok() && q.exec(QStringLiteral("SELECT count(*) FROM person")) && q.next())
            n = q.value(0).toLongLong();
    }
    Database::close(QStringLiteral("count"));
    return n;
}

const QByteArray kRoster = "name,phone,province,joined\n"
                           "สมพร ใจงาม,0812345670,เชียงราย,1/5/2567\n"
                           "วิไล มีสุข,123,เชียงราย,1/5/2567\n"
                           "อนุชา คำแสน,0898765432,พะเยา,2/5/2567\n";

} // namespace

class TestDataCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importReportsRowsAndExitCodes()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("office.sqlite"));
        const QString roster = write(dir, QStringLiteral("roster.csv"), kRoster);
        // A database that is not there is not made without --create: a mistyped path is said.
        Run missing = runKhana({QStringLiteral("import"), QStringLiteral("roster"), roster, QStringLiteral("--database"), database});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("There is no database at")), qPrintable(missing.err));
        QVERIFY(!QFileInfo::exists(database));
        QVERIFY(Database::openSqlite(database, QStringLiteral("create")).ok());
        Database::close(QStringLiteral("create"));

        // --dry-run checks and writes nothing.
        Run r = runKhana({QStringLiteral("import"), QStringLiteral("roster"), roster, QStringLiteral("--database"), database, QStringLiteral("--dry-run")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.contains(QStringLiteral("2 row(s) would be imported, 1 refused")), qPrintable(r.out));
        QCOMPARE(peopleIn(database), 0);

        r = runKhana({QStringLiteral("import"), QStringLiteral("roster"), roster, QStringLiteral("--database"), database});
        QCOMPARE(r.exitCode, 3); // some refused, the good ones kept
        QVERIFY2(r.err.contains(QStringLiteral("line 3, column phone: ")), qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("2 row(s) imported, 1 refused.")), qPrintable(r.out));
        QCOMPARE(peopleIn(database), 2);

        const QString good = write(dir, QStringLiteral("good.csv"), "name,phone,joined\nสมศรี ดีงาม,0811111111,3/5/2567\n");
        QCOMPARE(runKhana({QStringLiteral("import"), QStringLiteral("roster"), good, QStringLiteral("--database"), database}).exitCode, 0);
        QCOMPARE(peopleIn(database), 3);

        // Nothing importable: exit 1, nothing written.
        const QString picture = write(dir, QStringLiteral("photo.csv"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
        r = runKhana({QStringLiteral("import"), QStringLiteral("roster"), picture, QStringLiteral("--database"), database});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not a text file")), qPrintable(r.err));
        QCOMPARE(peopleIn(database), 3);

        // Registrations need their workshop.
        QCOMPARE(runKhana({QStringLiteral("import"), QStringLiteral("registrations"), good, QStringLiteral("--database"), database}).exitCode, 2);
    }

    void rowErrorsInThai()
    {
        QTemporaryDir dir;
        const Run r = runKhana({QStringLiteral("import"), QStringLiteral("roster"), write(dir, QStringLiteral("r.csv"), kRoster), QStringLiteral("--database"),
                             dir.filePath(QStringLiteral("k.sqlite")), QStringLiteral("--create"), QStringLiteral("--lang"), QStringLiteral("th")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("บรรทัด 3")), qPrintable(r.err));
    }

    void exportsCsvAndXlsx()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("office.sqlite"));
        QCOMPARE(runKhana({QStringLiteral("import"), QStringLiteral("roster"), write(dir, QStringLiteral("r.csv"), kRoster), QStringLiteral("--database"), database,
                           QStringLiteral("--create")}).exitCode, 3);
        const QString csv = dir.filePath(QStringLiteral("people.csv"));
        Run r = runKhana({QStringLiteral("export"), QStringLiteral("people"), QStringLiteral("--output"), csv, QStringLiteral("--database"), database});
        QCOMPARE(r.exitCode, 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("สมพร ใจงาม,,,081-234-5670")));
        QVERIFY(text.contains(QStringLiteral("อนุชา คำแสน")));
        {
            // The export is in the audit trail (who, how much, in what form), the people are not.
            const auto opened = Database::openSqlite(database, QStringLiteral("audit"));
            QVERIFY(opened.ok());
            QSqlQuery q(QSqlDatabase::database(QStringLiteral("audit")));
            QVERIFY(q.exec(QStringLiteral("SELECT actor, entity, entity_id, detail FROM audit_entry WHERE action = 'export'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), AuditLog::currentActor());
            QCOMPARE(q.value(1).toString(), QStringLiteral("person"));
            QCOMPARE(q.value(2).toString(), QStringLiteral("*"));
            QCOMPARE(q.value(3).toString(), QStringLiteral("rows=2; format=csv"));
            QVERIFY(!q.next());
        }
        Database::close(QStringLiteral("audit"));
#ifdef Q_OS_UNIX
        QCOMPARE(file.permissions() & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser), QFile::ReadOwner | QFile::WriteOwner);
#endif
        const QString xlsx = dir.filePath(QStringLiteral("counts.xlsx"));
        QCOMPARE(runKhana({QStringLiteral("export"), QStringLiteral("counts"), QStringLiteral("--output"), xlsx, QStringLiteral("--database"), database}).exitCode, 0);
        QFile workbook(xlsx);
        QVERIFY(workbook.open(QIODevice::ReadOnly));
        QCOMPARE(workbook.read(4), QByteArray("PK\x03\x04", 4));
        QCOMPARE(runKhana({QStringLiteral("export"), QStringLiteral("plan"), QStringLiteral("--output"), csv, QStringLiteral("--database"), database}).exitCode, 2);
        QCOMPARE(runKhana({QStringLiteral("export"), QStringLiteral("people"), QStringLiteral("--output"), dir.filePath(QStringLiteral("x.txt")),
                        QStringLiteral("--database"), database}).exitCode, 2);
    }

    // kill -9 at moments spread over a roster import: each time the database opens whole
    // (integrity_check ok) and holds all of the import or none of it.
    void killedDuringImportLeavesAllOrNothing()
    {
        QTemporaryDir dir;
        QByteArray roster = "name,phone,province,joined\n";
        constexpr int kRows = 20000;
        for (int i = 0; i < kRows; ++i)
            roster += "สมาชิก " + QByteArray::number(i) + ",08" + QByteArray::number(10000000 + i) + ",เชียงราย,1/5/2567\n";
        const QString file = write(dir, QStringLiteral("roster.csv"), roster);
        const QString database = dir.filePath(QStringLiteral("office.sqlite"));
        QVERIFY(Database::openSqlite(database, QStringLiteral("create")).ok());
        Database::close(QStringLiteral("create"));
        // How long a whole import takes here, to spread the kills over it.
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(runKhana({QStringLiteral("import"), QStringLiteral("roster"), file, QStringLiteral("--database"), dir.filePath(QStringLiteral("timing.sqlite")),
                           QStringLiteral("--create")}).exitCode, 0);
        const qint64 whole = qMax<qint64>(clock.elapsed(), 200);
        int completed = 0;
        for (int round = 0; round < 8; ++round) {
            const QString copy = dir.filePath(QStringLiteral("round.sqlite"));
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(copy + suffix);
            QVERIFY(QFile::copy(database, copy));
            QProcess p;
            p.start(QStringLiteral(KHANA_APP), {QStringLiteral("import"), QStringLiteral("roster"), file, QStringLiteral("--database"), copy});
            QVERIFY(p.waitForStarted());
            QThread::msleep(quint64(whole * (round + 1) / 9));
            p.kill(); // SIGKILL: no chance to clean up
            p.waitForFinished();
            const auto opened = Database::openSqlite(copy, QStringLiteral("check"));
            QVERIFY2(opened.ok(), qPrintable(opened.message));
            {
                QSqlQuery q(QSqlDatabase::database(QStringLiteral("check")));
                QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
                QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
                QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM person")) && q.next());
                const qint64 people = q.value(0).toLongLong();
                QVERIFY2(people == 0 || people == kRows, qPrintable(QString::number(people)));
                completed += people == kRows ? 1 : 0;
            }
            Database::close(QStringLiteral("check"));
        }
        qInfo("%d of 8 killed imports had committed before the kill", completed);
    }

    // --help needs no window system.
    // The command line refuses what it does not understand, and says what it wants.
    void commandLineSaysWhatItWants()
    {
        QTemporaryDir dir;
        Run r = runKhana({QStringLiteral("export"), QStringLiteral("people"), QStringLiteral("--output"), dir.filePath(QStringLiteral("p.csv")),
                          QStringLiteral("--demo"), QStringLiteral("--lang"), QStringLiteral("fr")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--lang takes th (Thai) or en (English), not \"fr\"")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("p.csv"))));

        const QString mistyped = dir.filePath(QStringLiteral("ofice.sqlite"));
        r = runKhana({QStringLiteral("print-plan"), QStringLiteral("--plan"), QStringLiteral("1"), QStringLiteral("--output"),
                      dir.filePath(QStringLiteral("plan.pdf")), QStringLiteral("--database"), mistyped});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("There is no database at")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(mistyped));

        // Without --plan: which plans there are.
        r = runKhana({QStringLiteral("print-plan"), QStringLiteral("--output"), dir.filePath(QStringLiteral("plan.pdf")), QStringLiteral("--demo")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Say which plan to print with --plan ID.")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Plans:")) && r.err.contains(QStringLiteral("เชียงราย")), qPrintable(r.err));
    }

    // Commands speak the language chosen in Settings, without --lang.
    void commandsUseTheSavedLanguage()
    {
        QTemporaryDir config;
        QVERIFY(QDir(config.path()).mkpath(QStringLiteral("Khana")));
        QFile settings(config.filePath(QStringLiteral("Khana/Khana.conf")));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[ui]\nlanguage=th\n");
        settings.close();
        const Run r = runKhana({QStringLiteral("print-plan"), QStringLiteral("--demo"), QStringLiteral("--plan"), QStringLiteral("1")}, true, config.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("ระบุแฟ้ม PDF ที่จะเขียนด้วย --output FILE")), qPrintable(r.err));
    }

    void helpWithoutADisplay()
    {
        const Run r = runKhana({QStringLiteral("import"), QStringLiteral("--help")}, false);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("--dry-run")));
        QCOMPARE(runKhana({QStringLiteral("--version")}, false).exitCode, 0);
    }
private:
    // An office database at `path` with a workshop, one person registered for it and, when
    // `withOther`, one who is not.
    void officeWithAWorkshop(const QString &path, qint64 *workshop, bool withOther)
    {
        {
            QVERIFY(Database::openSqlite(path, QStringLiteral("office")).ok());
            const QSqlDatabase db = QSqlDatabase::database(QStringLiteral("office"));
            Workshop w = fixtures::chiangRaiWorkshop();
            QVERIFY(WorkshopStore(db).save(w).ok());
            *workshop = w.id;
            Person p;
            p.nameTh = QStringLiteral("สมพร ใจงาม");
            p.phone = QStringLiteral("0812345670");
            QVERIFY(PersonStore(db).save(p).ok());
            Registration r = fixtures::registrationFor(w, p.id);
            QVERIFY(RegistrationStore(db).add(r).ok());
            if (withOther) {
                Person other;
                other.nameTh = QStringLiteral("วิไล มีสุข");
                other.phone = QStringLiteral("0898765432");
                QVERIFY(PersonStore(db).save(other).ok());
            }
        }
        Database::close(QStringLiteral("office"));
    }

private Q_SLOTS:
    // A pack made and brought back by script: what needs a decision waits (exit 3) until the
    // command is told, and a second merge changes nothing.
    void packsAreMadeAndMergedFromTheCommandLine()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("office.sqlite"));
        qint64 workshop = 0;
        officeWithAWorkshop(database, &workshop, true);
        const QString pack = dir.filePath(QStringLiteral("desk-2.khanapack"));
        Run r = runKhana({QStringLiteral("pack"), QStringLiteral("make"), QStringLiteral("--workshop"), QString::number(workshop), QStringLiteral("--output"),
                          pack, QStringLiteral("--label"), QStringLiteral("Desk 2"), QStringLiteral("--database"), database});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("with 1 registrations and 1 people")), qPrintable(r.out + r.err));
        {
            QVERIFY(Database::openSqlite(pack, QStringLiteral("desk")).ok());
            CheckInSession desk(QSqlDatabase::database(QStringLiteral("desk")), workshop);
            QCOMPARE(desk.checkIn(0).result, RegistrationStore::CheckIn::Result::CheckedIn);
            Person alike; // the same phone as someone at the office, another name
            alike.nameTh = QStringLiteral("วิไลวรรณ มีสุข");
            alike.phone = QStringLiteral("0898765432");
            PersonStore::SaveResult saved;
            QVERIFY(desk.walkIn(alike, desk.categories().first().id, &saved) >= 0);
        }
        Database::close(QStringLiteral("desk"));
        r = runKhana({QStringLiteral("pack"), QStringLiteral("merge"), pack, QStringLiteral("--database"), database});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.contains(QStringLiteral("Merged 1 check-ins")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("วิไลวรรณ มีสุข — waiting: Someone alike")), qPrintable(r.err));
        QCOMPARE(peopleIn(database), 2);
        r = runKhana({QStringLiteral("pack"), QStringLiteral("merge"), pack, QStringLiteral("--new-walk-ins"), QStringLiteral("--database"), database});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Merged 1 check-ins")) && r.out.contains(QStringLiteral("1 walk-ins")), qPrintable(r.out));
        QCOMPARE(peopleIn(database), 3);
        r = runKhana({QStringLiteral("pack"), QStringLiteral("merge"), pack, QStringLiteral("--database"), database});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Merged 0 check-ins")) && r.out.contains(QStringLiteral("were merged before")), qPrintable(r.out));
        QCOMPARE(peopleIn(database), 3);
        QCOMPARE(runKhana({QStringLiteral("pack"), QStringLiteral("merge"), QStringLiteral("--database"), database}).exitCode, 2);
    }

    // A pack sealed by script with a passphrase from standard input, and merged only with it.
    void sealedPacksAreMadeAndMergedFromTheCommandLine()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("office.sqlite"));
        qint64 workshop = 0;
        officeWithAWorkshop(database, &workshop, false);
        const QString pack = dir.filePath(QStringLiteral("desk-3.khanapack"));
        const QStringList make{QStringLiteral("pack"), QStringLiteral("make"), QStringLiteral("--workshop"), QString::number(workshop), QStringLiteral("--output"),
                               pack, QStringLiteral("--passphrase-stdin"), QStringLiteral("--database"), database};
        Run r = runKhana(make, true, {}, QByteArrayLiteral("short\n"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("at least 8 characters")), qPrintable(r.err));
        QVERIFY(!QFile::exists(pack));
        r = runKhana(make, true, {}, QStringLiteral("ห้องประชุมใหญ่ 2\n").toUtf8());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(PackSeal::isSealed(pack));
        QVERIFY2(!r.out.contains(QStringLiteral("not sealed")), qPrintable(r.out));

        const QStringList merge{QStringLiteral("pack"), QStringLiteral("merge"), pack, QStringLiteral("--database"), database};
        r = runKhana(merge);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("passphrase")), qPrintable(r.err));
        r = runKhana(merge + QStringList{QStringLiteral("--passphrase-stdin")}, true, {}, QStringLiteral("ห้องประชุมใหญ่ 3\n").toUtf8());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("does not open")), qPrintable(r.err));
        r = runKhana(merge + QStringList{QStringLiteral("--passphrase-stdin")}, true, {}, QStringLiteral("ห้องประชุมใหญ่ 2\n").toUtf8());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Merged 0 check-ins")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestDataCommands)
#include "tst_datacommands.moc"
