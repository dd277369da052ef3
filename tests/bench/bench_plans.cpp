// A plan of 1,000 activities: opening it on the Action plans page, printing it to PDF, and —
// in the same run — LibreOffice Writer (headless) converting the same plan, exported as HTML,
// to PDF.
//
//   bench_plans [--activities 1000]

#include "database/Database.h"
#include "reports/PlanDocument.h"
#include "reports/WorkshopDocuments.h"
#include "shell/Startup.h"
#include "plans/PlansPage.h"
#include "stores/PlanStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace khana;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption count(QStringLiteral("activities"), QStringLiteral("how many"), QStringLiteral("n"), QStringLiteral("1000"));
    parser.addOption(count);
    parser.process(app);
    const int activities = parser.value(count).toInt();
    applyDisplaySettings(app, QStringLiteral("th"));

    QTemporaryDir dir;
    if (!Database::openSqlite(dir.filePath(QStringLiteral("bench.sqlite"))).ok())
        return 1;
    QSqlDatabase db = QSqlDatabase::database(Database::defaultConnectionName());
    qint64 planId = 0;
    {
        PlanStore store(db);
        Plan plan;
        plan.title = QStringLiteral("แผนปฏิบัติการดำเนินงานตามมติ");
        plan.number = QStringLiteral("68");
        plan.issuedOn = QDate(2023, 11, 12);
        plan.references = {{ReferenceKind::Resolution, QStringLiteral("39"), QDate(2023, 7, 18), QString()}};
        store.savePlan(plan);
        planId = plan.id;
        // 5 issues × 4 objectives × 5 projects × n/100 activities.
        int made = 0;
        for (int i = 1; i <= 5 && made < activities; ++i) {
            PlanItem issue{};
            issue.planId = planId;
            issue.title = QStringLiteral("ประเด็นยุทธศาสตร์ที่ %1 การพัฒนาศักยภาพคณะทำงานและเครือข่าย").arg(i);
            store.insertItem(issue);
            for (int o = 1; o <= 4; ++o) {
                PlanItem objective{};
                objective.planId = planId;
                objective.parentId = issue.id;
                objective.level = PlanLevel::Objective;
                objective.title = QStringLiteral("เป้าประสงค์ %1.%2").arg(i).arg(o);
                store.insertItem(objective);
                for (int p = 1; p <= 5; ++p) {
                    PlanItem project{};
                    project.planId = planId;
                    project.parentId = objective.id;
                    project.level = PlanLevel::Project;
                    project.title = QStringLiteral("โครงการ %1.%2.%3").arg(i).arg(o).arg(p);
                    store.insertItem(project);
                    for (int a = 0; a < activities / 100 && made < activities; ++a, ++made) {
                        PlanItem activity{};
                        activity.planId = planId;
                        activity.parentId = project.id;
                        activity.level = PlanLevel::Activity;
                        activity.title = QStringLiteral("กิจกรรมอบรมและประชุมติดตามงานของคณะทำงานอำเภอ ครั้งที่ %1").arg(a + 1);
                        activity.responsibleUnit = QStringLiteral("ฝ่ายเครือข่าย");
                        activity.startsOn = QDate(2024, 1 + a % 12, 1);
                        activity.endsOn = activity.startsOn.addDays(27);
                        activity.budget = (10000 + a * 500) * 100;
                        activity.fundingSource = QStringLiteral("งบคณะทำงานจังหวัด");
                        activity.indicator = QStringLiteral("ผู้เข้าร่วม");
                        activity.targetValue = 40;
                        activity.targetUnit = QStringLiteral("คน");
                        store.insertItem(activity);
                    }
                }
            }
        }
    }

    auto *page = new PlansPage(db);
    page->resize(1200, 800);
    page->show();
    QApplication::processEvents();
    QElapsedTimer timer;
    timer.start();
    page->openPlan(planId);
    QApplication::processEvents();
    const double openMs = timer.nsecsElapsed() / 1e6;

    PlanStore store(db);
    const Plan plan = *store.findPlan(planId);
    timer.restart();
    const PrintTable document = PlanDocument::plan(plan, store.items(planId));
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    const int pages = WorkshopDocuments::writePdf(pdf, plan.title, true, [&](QPagedPaintDevice *device) { return PlanDocument::print(document, device); });
    const QString html = document.toHtml();
    const double printMs = timer.nsecsElapsed() / 1e6;

    std::printf("activities                    %d\n", activities);
    std::printf("open the plan                 %.0f ms\n", openMs);
    std::printf("print to PDF                  %.0f ms (%d pages)\n", printMs, pages);

    // LibreOffice on the same document exported as HTML.
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        std::printf("LibreOffice                   not installed (apt-get install libreoffice-writer-nogui)\n");
    } else {
        QFile file(dir.filePath(QStringLiteral("plan.html")));
        file.open(QIODevice::WriteOnly);
        file.write("<html><head><meta charset='utf-8'></head><body>" + html.toUtf8() + "</body></html>");
        file.close();
        const QString profile = QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("lo-profile"));
        auto convert = [&] {
            QElapsedTimer t;
            t.start();
            QProcess::execute(soffice, {profile, QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf:writer_web_pdf_Export"),
                                        QStringLiteral("--outdir"), dir.filePath(QStringLiteral("lo")), file.fileName()});
            return t.nsecsElapsed() / 1e6;
        };
        const double first = convert(); // includes making LibreOffice's profile
        const double second = convert();
        const bool made = QFile::exists(dir.filePath(QStringLiteral("lo/plan.pdf")));
        std::printf("LibreOffice HTML to PDF       %.0f ms (first run, new profile %.0f ms)%s\n", second, first,
                    made ? "" : " — no PDF was written");
        std::printf("LibreOffice / Khana           %.1f times as long\n", second / printMs);
    }
    delete page;
    db = QSqlDatabase();
    Database::close();
    return 0;
}
