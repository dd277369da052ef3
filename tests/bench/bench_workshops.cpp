// Workshops at 10,000 registrations: importing them from CSV, opening the workshop on the
// Workshops page, and check-in lookups (a name fragment, a phone fragment, a badge code).
//
//   bench_workshops [--registrations 10000]

#include "database/Database.h"
#include "demo/PeopleGenerator.h"
#include "io/RegistrationImporter.h"
#include "shell/Startup.h"
#include "stores/AreaStore.h"
#include "stores/CheckInSession.h"
#include "stores/PersonStore.h"
#include "stores/RegistrationStore.h"
#include "stores/WorkshopStore.h"
#include "workshops/WorkshopsPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>
#include <cstdio>

using namespace khana;

namespace {

struct Stats
{
    double median;
    double p95;
};

Stats stats(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) { return samples.at(std::min<qsizetype>(samples.size() - 1, qsizetype(q * double(samples.size())))); };
    return {at(0.5), at(0.95)};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption count(QStringLiteral("registrations"), QStringLiteral("how many"), QStringLiteral("n"), QStringLiteral("10000"));
    parser.addOption(count);
    parser.process(app);
    const int n = parser.value(count).toInt();
    applyDisplaySettings(app, QStringLiteral("th"));

    QTemporaryDir dir;
    if (!Database::openSqlite(dir.filePath(QStringLiteral("bench.sqlite"))).ok())
        return 1;
    QSqlDatabase db = QSqlDatabase::database(Database::defaultConnectionName());
    QString error;
    if (!DemoData::populate(db, &error))
        return 1;

    // A forum of n participants: 4 per province and flat categories.
    Workshop w;
    w.title = QStringLiteral("เวทีเสวนาระดับประเทศ");
    w.kind = WorkshopKind::Forum;
    w.days = {{QDate(2024, 8, 24), QTime(8, 30), QTime(16, 30)}};
    w.categories = {{0, QStringLiteral("ผู้แทนจังหวัด"), QuotaKind::PerProvince, n / 77 + 1},
                    {0, QStringLiteral("ผู้สังเกตการณ์"), QuotaKind::Flat, n}};
    if (!WorkshopStore(db).save(w).ok())
        return 1;

    // The registration list as a CSV file, as an office would receive it.
    QStringList provinces;
    for (const Province &p : AreaStore(db).provinces())
        provinces.append(p.nameTh);
    PeopleGenerator generator({}, 77);
    QByteArray csv = "\xEF\xBB\xBF" "ชื่อ-สกุล,โทรศัพท์,จังหวัด,ประเภท\r\n";
    for (int i = 0; i < n; ++i) {
        const Person p = generator.next();
        csv += QStringLiteral("%1,%2,%3,%4\r\n")
                   .arg(p.nameTh, p.phone, provinces.at(i % provinces.size()), w.categories.at(i % 5 == 0 ? 1 : 0).name)
                   .toUtf8();
    }

    QElapsedTimer timer;
    timer.start();
    const CsvReader::Table table = CsvReader::read(csv);
    const double parseMs = timer.nsecsElapsed() / 1e6;
    RegistrationImporter importer(db, w.id);
    const double checkMs = [&] {
        QElapsedTimer t;
        t.start();
        importer.check(table, RegistrationImporter::guessMapping(table.header));
        return t.nsecsElapsed() / 1e6;
    }();
    timer.restart();
    const auto imported = importer.import(table, RegistrationImporter::guessMapping(table.header));
    const double importMs = timer.nsecsElapsed() / 1e6 + parseMs;

    // Open it on the Workshops page, coming from another workshop.
    auto *page = new WorkshopsPage(db);
    page->openWorkshop(WorkshopStore(db).list().last().id);
    timer.restart();
    page->openWorkshop(w.id);
    const double openMs = timer.nsecsElapsed() / 1e6;

    timer.restart();
    auto sessionOwner = std::make_unique<CheckInSession>(db, w.id);
    CheckInSession &session = *sessionOwner;
    const double checkInOpenMs = timer.nsecsElapsed() / 1e6;

    QList<double> lookups;
    QList<QString> queries;
    for (int i = 0; i < 200; ++i) {
        const CheckInEntry &e = session.entry((i * 7919) % session.size());
        queries.append(i % 3 == 0 ? e.badgeCode.toLower() : i % 3 == 1 ? e.phone.right(6) : e.nameTh.mid(2, 4));
    }
    int found = 0;
    for (const QString &q : std::as_const(queries)) {
        timer.restart();
        found += int(session.find(q).size());
        lookups.append(timer.nsecsElapsed() / 1e6);
    }
    timer.restart();
    for (int i = 0; i < 500; ++i)
        session.checkIn(i);
    const double checkInWriteMs = timer.nsecsElapsed() / 1e6 / 500;

    // Where an import's time goes: the same number of people and registrations written alone.
    QList<Person> people;
    for (int i = 0; i < n; ++i) {
        Person p = generator.next();
        p.memberNumber.clear();
        cleanAndValidate(p);
        people.append(p);
    }
    timer.restart();
    PersonStore(db).insertBulk(people, &error);
    const double peopleMs = timer.nsecsElapsed() / 1e6;
    Workshop other = w;
    other.id = 0;
    for (ParticipantCategory &c : other.categories)
        c.id = 0;
    WorkshopStore(db).save(other);
    QList<Registration> regs;
    for (const Person &p : std::as_const(people)) {
        Registration r;
        r.workshopId = other.id;
        r.personId = p.id;
        r.categoryId = other.categories.first().id;
        regs.append(r);
    }
    timer.restart();
    RegistrationStore(db).addBulk(regs, &error);
    const double regsMs = timer.nsecsElapsed() / 1e6;
    std::printf("  of which: people %.0f ms, registrations %.0f ms (written alone)\n", peopleMs, regsMs);

    const Stats s = stats(lookups);
    std::printf("registrations imported        %d of %lld rows (%lld refused)\n", imported.imported,
                static_cast<long long>(table.records.size()), static_cast<long long>(imported.errors.size()));
    std::printf("import from CSV               %.0f ms (reading %.0f ms; checking alone %.0f ms)\n", importMs, parseMs, checkMs);
    std::printf("open the workshop             %.0f ms\n", openMs);
    std::printf("open check-in                 %.0f ms\n", checkInOpenMs);
    std::printf("check-in lookup               median %.3f ms, p95 %.3f ms (%lld lookups, %d matches)\n", s.median, s.p95,
                static_cast<long long>(lookups.size()), found);
    std::printf("check-in write (each)         %.2f ms\n", checkInWriteMs);
    delete page;
    sessionOwner.reset();
    db = QSqlDatabase();
    Database::close();
    return 0;
}
