// bench_packs: taking a workshop offline and bringing it back at scale. Makes a workshop of
// --registrations people (default 10,000) in a database of --people (default 1,000,000, the
// same database bench_people makes), times writing its pack, checks everyone in inside the
// pack and adds --walk-ins (default 500; one in ten the same name and phone as someone at the
// office), then times merging the pack back, and merging it a second time.
//
//   bench_packs --server build/pg-bench:54339 [--people 1000000] [--registrations 10000] [--walk-ins 500]
//   bench_packs --database FILE.sqlite ...

#include "BenchPlace.h"
#include "pack/PackMerge.h"
#include "pack/PackWriter.h"
#include "pack/SealedPack.h"
#include "stores/PersonStore.h"
#include "stores/RegistrationStore.h"
#include "stores/WorkshopStore.h"
#include "database/Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace khana;

namespace {

qint64 number(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// A workshop with `count` of the office's people registered.
qint64 prepareWorkshop(const QSqlDatabase &db, int count)
{
    Workshop w;
    w.title = QStringLiteral("เวทีทดสอบชุดข้อมูลออฟไลน์ %1").arg(QDateTime::currentSecsSinceEpoch());
    w.kind = WorkshopKind::Forum;
    w.days = {{QDate::currentDate(), QTime(8, 30), QTime(16, 30)}};
    w.categories = {{0, QStringLiteral("ผู้เข้าร่วม"), QuotaKind::Flat, count}};
    if (!WorkshopStore(db).save(w).ok())
        return 0;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM person ORDER BY id LIMIT ?"));
    q.addBindValue(count);
    if (!q.exec())
        return 0;
    QList<Registration> list;
    while (q.next()) {
        Registration r;
        r.workshopId = w.id;
        r.personId = q.value(0).toLongLong();
        r.categoryId = w.categories.first().id;
        list.append(r);
    }
    QString error;
    if (!RegistrationStore(db).addBulk(list, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 0;
    }
    return w.id;
}

// Everyone checked in at the desk, and the walk-ins added and checked in, as the desk's
// stores write them (the pack's journal records each).
bool workTheDay(const QSqlDatabase &pack, const QSqlDatabase &office, qint64 workshop, int walkIns)
{
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
    {
        QSqlQuery ids(pack);
        if (!ids.exec(QStringLiteral("SELECT id FROM registration ORDER BY id")))
            return false;
        QList<qint64> all;
        while (ids.next())
            all.append(ids.value(0).toLongLong());
        Transaction t(pack);
        QSqlQuery in(pack);
        in.prepare(QStringLiteral("UPDATE registration SET status = 'attended', checked_in_at = ?, checked_in_by = 'desk · BENCH', "
                                  "row_version = row_version + 1 WHERE id = ?"));
        for (qsizetype i = 0; i < all.size(); ++i) {
            in.addBindValue(start.addMSecs(i * 300).toString(Qt::ISODateWithMs));
            in.addBindValue(all.at(i));
            if (!t.exec(in))
                return false;
        }
        if (!t.commit())
            return false;
    }
    // One walk-in in ten is someone the office has (the same name and phone, not registered).
    QList<Person> people;
    QSqlQuery known(office);
    known.prepare(QStringLiteral("SELECT name_th, phone FROM person WHERE phone <> '' AND id NOT IN (SELECT person_id FROM registration WHERE "
                                 "workshop_id = ?) ORDER BY id DESC LIMIT ?"));
    known.addBindValue(workshop);
    known.addBindValue(walkIns / 10);
    if (!known.exec())
        return false;
    while (known.next()) {
        Person p;
        p.nameTh = known.value(0).toString();
        p.phone = known.value(1).toString();
        people.append(p);
    }
    // New to the office, this run's own (another run's walk-ins are at the office by now).
    const qint64 run = QDateTime::currentSecsSinceEpoch() % 100;
    for (int i = int(people.size()); i < walkIns; ++i) {
        Person p;
        p.nameTh = QStringLiteral("ผู้มาหน้างาน ทดสอบ%1-%2").arg(run).arg(i);
        p.phone = QStringLiteral("06%1%2").arg(run, 2, 10, QLatin1Char('0')).arg(i, 6, 10, QLatin1Char('0'));
        people.append(p);
    }
    Transaction t(pack);
    if (!PersonStore(pack).insertBulk(t, people))
        return false;
    QList<Registration> registrations;
    const qint64 category = number(pack, QStringLiteral("SELECT id FROM participant_category LIMIT 1"));
    for (qsizetype i = 0; i < people.size(); ++i) {
        Registration r;
        r.workshopId = workshop;
        r.personId = people.at(i).id;
        r.categoryId = category;
        r.status = RegistrationStatus::Attended;
        r.checkedInAt = start.addSecs(3000 + i);
        registrations.append(r);
    }
    return RegistrationStore(pack).addBulk(t, registrations) && t.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const bench::PeopleOptions where;
    const QCommandLineOption registrationsOption(QStringLiteral("registrations"), QStringLiteral("at the workshop"), QStringLiteral("n"),
                                                 QStringLiteral("10000"));
    const QCommandLineOption walkInsOption(QStringLiteral("walk-ins"), QStringLiteral("added at the desk"), QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption passphraseOption(QStringLiteral("passphrase"), QStringLiteral("seal the pack with this passphrase (as Take offline… does)"),
                                              QStringLiteral("text"));
    parser.addOptions(where.all(true));
    parser.addOptions({registrationsOption, walkInsOption, passphraseOption});
    parser.process(app);
    const int registrations = parser.value(registrationsOption).toInt();
    const int walkIns = parser.value(walkInsOption).toInt();
    const QString passphrase = parser.value(passphraseOption);
    const auto ready = where.readyPlace(parser);
    if (!ready)
        return 1;
    const bench::Place &place = *ready;
    const auto opened = place.open(Database::defaultConnectionName());
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return 1;
    }
    const QSqlDatabase office = QSqlDatabase::database(Database::defaultConnectionName());
    const qint64 workshop = prepareWorkshop(office, registrations);
    if (workshop == 0) {
        std::fprintf(stderr, "could not set up the workshop\n");
        return 1;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("desk.khanapack"));
    QElapsedTimer timer;
    timer.start();
    const PackWriter::Result made = PackWriter(office).write(workshop, path, QStringLiteral("Desk 1"), {}, PackSealing{passphrase});
    const qint64 makeMs = timer.elapsed();
    if (!made.ok()) {
        std::fprintf(stderr, "pack: %s\n", qPrintable(made.error));
        return 1;
    }
    const qint64 packBytes = QFileInfo(path).size();
    qint64 unsealMs = 0, oneCheckInMs = 0;
    {
        timer.restart();
        const bool openedPack = passphrase.isEmpty() ? Database::openSqlite(path, QStringLiteral("pack")).ok()
                                                     : SealedPack::open(path, passphrase, QStringLiteral("pack")).ok();
        unsealMs = timer.elapsed();
        const QSqlDatabase pack = QSqlDatabase::database(QStringLiteral("pack"));
        if (!openedPack || !workTheDay(pack, office, workshop, walkIns)) {
            std::fprintf(stderr, "could not work the day in the pack\n");
            return 1;
        }
        // One more change as a desk makes it: a sealed pack is sealed back whole after it.
        timer.restart();
        Transaction t(pack);
        QSqlQuery late(pack);
        late.prepare(QStringLiteral("UPDATE registration SET checked_in_at = checked_in_at, row_version = row_version + 1 WHERE id = (SELECT min(id) FROM registration)"));
        if (!t.exec(late) || !t.commit()) {
            std::fprintf(stderr, "could not change the pack: %s\n", qPrintable(t.errorText()));
            return 1;
        }
        oneCheckInMs = timer.elapsed();
    }
    const qint64 changes = number(QSqlDatabase::database(QStringLiteral("pack")), QStringLiteral("SELECT count(*) FROM pack_change"));
    Database::close(QStringLiteral("pack"));

    auto mergeOnce = [&](qint64 *openMs, qint64 *mergeMs) {
        PackMerge merge(office);
        QString error;
        timer.restart();
        if (!merge.open(path, passphrase, &error)) {
            std::fprintf(stderr, "open: %s\n", qPrintable(error));
            return PackMerge::Report();
        }
        *openMs = timer.elapsed();
        PackMerge::Decisions decisions;
        for (const PackMerge::WalkIn &w : merge.walkInsToDecide())
            decisions.walkIns.insert(w.changeUid, 0);
        timer.restart();
        PackMerge::Report r = merge.merge(decisions);
        *mergeMs = timer.elapsed();
        return r;
    };
    qint64 openMs = 0, mergeMs = 0, againOpenMs = 0, againMs = 0;
    const PackMerge::Report first = mergeOnce(&openMs, &mergeMs);
    const PackMerge::Report again = mergeOnce(&againOpenMs, &againMs);
    const qint64 attended = number(office, QStringLiteral("SELECT count(*) FROM registration WHERE workshop_id = %1 AND status = 'attended'").arg(workshop));

    std::printf("office                        %s, %lld people\n", place.server ? "PostgreSQL" : "SQLite",
                static_cast<long long>(number(office, QStringLiteral("SELECT count(*) FROM person"))));
    std::printf("make the pack                 %lld ms (%d registrations, %d people)  goal < 5000 ms\n", static_cast<long long>(makeMs),
                made.registrations, made.people);
    std::printf("pack file                     %lld KiB, %s\n", static_cast<long long>(packBytes / 1024),
                passphrase.isEmpty() ? "not sealed" : "sealed with a passphrase (Argon2id 256 MiB, XChaCha20-Poly1305)");
    std::printf("open the pack at the desk     %lld ms\n", static_cast<long long>(unsealMs));
    std::printf("one change at the desk        %lld ms (a sealed pack is sealed back whole)\n", static_cast<long long>(oneCheckInMs));
    std::printf("changes in the pack           %lld (%d check-ins, %d walk-ins)\n", static_cast<long long>(changes), registrations, walkIns);
    std::printf("open and check the pack       %lld ms (walk-ins set against the office's people)\n", static_cast<long long>(openMs));
    std::printf("merge                         %lld ms  goal < 5000 ms (with opening: %lld ms)\n", static_cast<long long>(mergeMs),
                static_cast<long long>(openMs + mergeMs));
    std::printf("  check-ins %d, walk-ins added %d, found among the office's people %d, waiting %d, error '%s'\n", first.checkIns,
                first.walkInsAdded, first.walkInsMatched, first.count(PackMerge::Report::Kind::Waiting), qPrintable(first.error));
    std::printf("merge again                   %lld ms (open %lld ms): %d check-ins, %d walk-ins, %d already merged\n",
                static_cast<long long>(againMs), static_cast<long long>(againOpenMs), again.checkIns, again.walkInsAdded + again.walkInsMatched,
                again.alreadyMerged);
    std::printf("attended at the office        %lld (expected %d)\n", static_cast<long long>(attended), registrations + walkIns);
    Database::close();
    return first.ok() && again.ok() && attended == registrations + walkIns ? 0 : 1;
}
