// Member growth over a million-member roster: the monthly series of one province, the whole
// overview of the country, and the Dashboard with its charts shown.
//
//   bench_growth --database /tmp/bench-1m.sqlite [--province TH-57] [--runs 7]
//
// The database is the one bench_people builds (1,000,000 members with join and end dates).

#include "database/Database.h"
#include "shell/DashboardPage.h"
#include "shell/Startup.h"
#include "stores/GrowthOverview.h"
#include "stores/GrowthStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace khana;

namespace {

struct Timing
{
    double median = 0;
    double worst = 0;
};

Timing measure(int runs, const std::function<void()> &work)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.last()};
}

void report(const char *what, const Timing &t, const char *goal)
{
    std::printf("%-58s median %8.1f ms  worst %8.1f ms  (goal %s)\n", what, t.median, t.worst, goal);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("the database bench_people built"), QStringLiteral("file"));
    const QCommandLineOption province(QStringLiteral("province"), QStringLiteral("province code"), QStringLiteral("code"), QStringLiteral("TH-57"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("runs of each measure"), QStringLiteral("n"), QStringLiteral("7"));
    parser.addOptions({database, province, runs});
    parser.process(app);
    if (!QFile::exists(parser.value(database))) {
        std::fprintf(stderr, "Build the database first with bench_people (see docs/benchmarks.md).\n");
        return 1;
    }
    applyDisplaySettings(app, QStringLiteral("th"));
    const auto opened = Database::openSqlite(parser.value(database));
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return 1;
    }
    const QSqlDatabase db = QSqlDatabase::database(Database::defaultConnectionName());
    const int n = parser.value(runs).toInt();
    const Scope place{Scope::Kind::Province, parser.value(province)};
    const QDate today = QDate::currentDate();
    const QDate from = QDate(today.year(), today.month(), 1).addMonths(-23);
    const GrowthStore store(db);

    qint64 members = 0;
    report("monthly series of one province, 24 months", measure(n, [&] { members = store.rosterByMonth(place, from, today).last().value; }), "< 30 ms");
    std::printf("    (%lld members in %s at the end)\n", members, qPrintable(place.code));
    // bench_people's members joined from 2020 to 2024: a period in which members join every month.
    const QDate busyEnd(2024, 12, 31);
    const QDate busyFrom(2023, 1, 1);
    report("monthly series of one province, 2023-2024 (joins every month)",
           measure(n, [&] { members = store.rosterByMonth(place, busyFrom, busyEnd).last().value; }), "< 30 ms");
    report("new members per month of one province, 2023-2024", measure(n, [&] { store.newMembersByMonth(place, busyFrom, busyEnd); }), "< 30 ms");
    report("new members per month of one province, 24 months", measure(n, [&] { store.newMembersByMonth(place, from, today); }), "< 30 ms");
    report("overview of one province (page figures and charts' data)", measure(n, [&] { GrowthOverview::build(db, place, from, today, today); }), "—");
    report("monthly series of the whole country, 24 months", measure(n, [&] { store.rosterByMonth({}, from, today); }), "< 30 ms");
    report("members by province today (the breakdown chart)", measure(n, [&] { store.breakdown({}, today); }), "—");

    report("overview of the whole country, 2023-2024 (Dashboard's data, busy)",
           measure(n, [&] { GrowthOverview::build(db, {}, busyFrom, busyEnd, today); }), "—");
    // As the main window does: the page reads its figures when it becomes the current page.
    auto showDashboard = [&](const QDate &day) {
        DashboardPage page(db);
        if (day.isValid())
            page.setToday(day);
        page.resize(1100, 700);
        page.show();
        page.activated();
        if (!QTest::qWaitForWindowExposed(&page))
            std::fprintf(stderr, "the Dashboard was not shown\n");
        app.processEvents();
    };
    report("Dashboard with its charts shown (country, 12 months to today)", measure(n, [&] { showDashboard({}); }), "< 150 ms");
    report("Dashboard with its charts shown (country, 12 months to 31 Dec 2024: busy)", measure(n, [&] { showDashboard(busyEnd); }),
           "< 150 ms");
    return 0;
}
