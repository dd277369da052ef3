// The action plan and its quarterly review as printed documents: Thai headings, Buddhist-Era
// dates, Thai digits when chosen, A4 landscape, page numbers; and the headless print-plan
// command writing the same documents without a window.

#include "TestDatabase.h"
#include "domain/Money.h"
#include "domain/DisplayConventions.h"
#include "demo/SeedPlans.h"
#include "reports/PlanDocument.h"
#include "reports/TimelinePainter.h"
#include "reports/WorkshopDocuments.h"
#include "stores/PlanStore.h"
#include "stores/ReviewStore.h"

#include <QDir>
#include <QRegularExpression>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>

using namespace khana;

namespace {

QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess p;
    p.start(program, arguments);
    p.waitForFinished(120000);
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfText(const QString &pdf)
{
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
}

QString pdfInfo(const QString &pdf, const QString &key)
{
    for (const QString &line : run(QStringLiteral("pdfinfo"), {pdf}).split(QLatin1Char('\n')))
        if (line.startsWith(key + QLatin1Char(':')))
            return line.mid(key.size() + 1).trimmed();
    return {};
}

} // namespace

class TestPlanDocuments : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> t;
    qint64 planId = 0;
    QTemporaryDir temporary;
    // KHANA_KEEP_PDF=folder keeps the documents for a person to look at.
    QDir out{qEnvironmentVariableIsSet("KHANA_KEEP_PDF") ? qEnvironmentVariable("KHANA_KEEP_PDF") : temporary.path()};

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *tool : {"pdftotext", "pdfinfo"})
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QSKIP("poppler-utils is not installed: ./scripts/setup installs it");
        t = std::make_unique<TestDatabase>();
        QVERIFY(t->ok());
        QString error;
        planId = SeedPlans::addChiangRaiPlan(t->db(), &error);
        QVERIFY2(planId, qPrintable(error));
        // Quarter 2 of 2567: the first training is late.
        ReviewStore reviews(t->db());
        auto review = reviews.open(planId, Quarter{2024, 2}, &error);
        QVERIFY2(review, qPrintable(error));
        QVERIFY(!review->entries.isEmpty());
        ReviewEntry e = review->entries.first();
        e.status = ActivityStatus::Delayed;
        e.delayCause = QStringLiteral("วิทยากรไม่ว่าง");
        e.remedy = QStringLiteral("เลื่อนไปเดือนกรกฎาคม");
        e.actualValue = 12;
        QVERIFY(reviews.saveEntry(review->id, e).ok());
    }
    void cleanupTestCase() { t.reset(); }

    void planDocument_data()
    {
        QTest::addColumn<bool>("thaiDigits");
        QTest::newRow("arabic digits") << false;
        QTest::newRow("thai digits") << true;
    }
    void planDocument()
    {
        QFETCH(bool, thaiDigits);
        PlanStore store(t->db());
        const auto plan = store.findPlan(planId);
        const QString pdf = out.filePath(QStringLiteral("plan-%1.pdf").arg(thaiDigits));
        const PlanDocument::Options options{thaiDigits};
        const int pages = WorkshopDocuments::writePdf(pdf, plan->title, true, [&](QPagedPaintDevice *device) {
            return PlanDocument::print(PlanDocument::plan(*plan, store.items(planId), options), device, options);
        });
        QVERIFY(pages >= 1);
        QCOMPARE(pdfInfo(pdf, QStringLiteral("Pages")).toInt(), pages);
        QVERIFY2(pdfInfo(pdf, QStringLiteral("Page size")).startsWith(QStringLiteral("842 x 595")), qPrintable(pdfInfo(pdf, QStringLiteral("Page size"))));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Action plan")));
        QVERIFY(text.contains(QStringLiteral("เชียงราย")));
        QVERIFY(text.contains(QStringLiteral("Responsible"))); // the heading wraps in its column
        QVERIFY(text.contains(QStringLiteral("เครือข"))); // ฝ่ายเครือข่าย, without the tone marks pdftotext drops
        if (thaiDigits) {
            QVERIFY(text.contains(QStringLiteral("๒๕๖๗"))); // B.E. 2567
            QVERIFY(text.contains(QStringLiteral("๖๘")));   // plan No. 68
            QVERIFY(!text.contains(QStringLiteral("2567")));
            QVERIFY(text.contains(QStringLiteral("Page ๑ of ")));
        } else {
            QVERIFY(text.contains(QStringLiteral("No. 68 dated 3")));
            QVERIFY(text.contains(QStringLiteral("2567")));
            QVERIFY(text.contains(QStringLiteral("Resolution No. 39 dated 28")));
            QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
            QVERIFY(text.contains(QStringLiteral("25,000.00")));
        }
    }

    // Budget totals: each issue and project without a budget of its own shows what the items
    // below it come to; the whole plan's total is written in figures and in Thai words.
    void budgetTotals()
    {
        PlanStore store(t->db());
        const auto plan = store.findPlan(planId);
        const QList<PlanItem> items = store.items(planId);
        QHash<qint64, PlanItem> byId;
        for (const PlanItem &i : items)
            byId.insert(i.id, i);
        // A budget counts once: where no item above it has a budget of its own.
        auto counted = [&](const PlanItem &i) {
            for (qint64 up = i.parentId; up != 0; up = byId.value(up).parentId)
                if (byId.value(up).budget)
                    return false;
            return bool(i.budget);
        };
        qint64 expected = 0;
        for (const PlanItem &i : items)
            if (counted(i))
                expected += *i.budget;
        QVERIFY(expected > 0);
        const PrintTable table = PlanDocument::plan(*plan, items);
        const QLocale &locale = DisplayConventions::current().locale();
        QVERIFY2(table.afterHtml.contains(Money::format(expected, locale)), qPrintable(table.afterHtml));
        QVERIFY2(table.afterHtml.contains(Money::inThaiWords(expected)), qPrintable(table.afterHtml));
        QVERIFY(Money::inThaiWords(expected).endsWith(QStringLiteral("บาทถ้วน")));
        // The first issue's row carries its total.
        qint64 firstIssue = 0;
        const qint64 issueId = items.first().id;
        for (const PlanItem &i : items) {
            qint64 up = i.id;
            while (byId.value(up).parentId != 0)
                up = byId.value(up).parentId;
            if (up == issueId && counted(i))
                firstIssue += *i.budget;
        }
        QCOMPARE(table.rows.first().cells.at(4).text, QStringLiteral("Total %1").arg(Money::format(firstIssue, locale)));
    }

    void timelinePrints()
    {
        PlanStore store(t->db());
        QList<TimelinePainter::Row> rows;
        const QList<PlanItem> items = store.items(planId);
        const QHash<qint64, QString> numbers = outlineNumbers(items);
        for (const PlanItem &i : items)
            rows.append({numbers.value(i.id), i});
        const TimelinePainter timeline(rows, TimelinePainter::Scale::Months, QDate(2024, 8, 15));
        QCOMPARE(timeline.from(), QDate(2024, 5, 1));
        QCOMPARE(timeline.to(), QDate(2025, 3, 31));
        const QString pdf = out.filePath(QStringLiteral("timeline.pdf"));
        const int pages = WorkshopDocuments::writePdf(pdf, QStringLiteral("Timeline"), true,
                                                      [&](QPagedPaintDevice *device) { return timeline.print(device, QStringLiteral("Timeline")); });
        QVERIFY(pages >= 1);
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("2567")));
        QVERIFY(text.contains(QStringLiteral("2568")));
        QVERIFY(text.contains(QStringLiteral("1.2.1.1")));
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    }

    void headlessCommandPrintsPlanAndReview()
    {
        const QString app = QStringLiteral(KHANA_APP);
        if (!QFile::exists(app))
            QSKIP("the khana executable is not built");
        // The command opens the database itself: give it a copy on disk.
        const QString planPdf = out.filePath(QStringLiteral("cli-plan.pdf"));
        const QString reviewPdf = out.filePath(QStringLiteral("cli-review.pdf"));
        const QString database = t->path();
        int code = -1;
        run(app, {QStringLiteral("print-plan"), QStringLiteral("--database"), database, QStringLiteral("--plan"), QString::number(planId),
                  QStringLiteral("--output"), planPdf, QStringLiteral("--lang"), QStringLiteral("th")},
            &code);
        QCOMPARE(code, 0);
        const QString planText = pdfText(planPdf);
        // "หน้า 1 จาก n": pdftotext drops the tone mark of หน้า, so look for the rest.
        QVERIFY2(planText.contains(QRegularExpression(QStringLiteral("1 จาก \\d"))), qPrintable(planText.right(200)));
        QVERIFY(planText.contains(QStringLiteral("เชียงราย")));
        QVERIFY(planText.contains(QStringLiteral("แผนปฏิบัติงาน")));  // the heading, in Thai
        QVERIFY(planText.contains(QStringLiteral("รับผิดชอบ"))); // หน่วยงานรับผิดชอบ, the heading row (pdftotext drops tone marks)
        QVERIFY(planText.contains(QStringLiteral("พฤษภาคม 2567")));  // a B.E. long date

        run(app, {QStringLiteral("print-plan"), QStringLiteral("--database"), database, QStringLiteral("--plan"), QString::number(planId),
                  QStringLiteral("--review"), QStringLiteral("2567-Q2"), QStringLiteral("--output"), reviewPdf, QStringLiteral("--lang"),
                  QStringLiteral("en")},
            &code);
        QCOMPARE(code, 0);
        const QString reviewText = pdfText(reviewPdf);
        QVERIFY2(reviewText.contains(QStringLiteral("Quarterly review: Quarter 2/2024") /* English: Common Era */), qPrintable(reviewText.left(400)));
        QVERIFY(reviewText.contains(QStringLiteral("12 / 18")));
        QVERIFY(reviewText.contains(QStringLiteral("Delays by cause")));

        // Clear refusals.
        run(app, {QStringLiteral("print-plan"), QStringLiteral("--database"), database, QStringLiteral("--plan"), QStringLiteral("999"),
                  QStringLiteral("--output"), out.filePath(QStringLiteral("none.pdf"))},
            &code);
        QCOMPARE(code, 1);
        run(app, {QStringLiteral("print-plan"), QStringLiteral("--database"), database, QStringLiteral("--plan"), QString::number(planId),
                  QStringLiteral("--review"), QStringLiteral("2567-Q4"), QStringLiteral("--output"), out.filePath(QStringLiteral("none.pdf"))},
            &code);
        QCOMPARE(code, 1);
        QVERIFY(!QFile::exists(out.filePath(QStringLiteral("none.pdf"))));
    }
};

QTEST_MAIN(TestPlanDocuments)
#include "tst_plandocuments.moc"
