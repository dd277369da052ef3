// Printed workshop documents, checked as a reader would: the text in the PDF (pdftotext),
// the page count (pdfinfo), and the badges' QR codes decoded back (pdftoppm + zbarimg).

#include "TestDatabase.h"
#include "WorkshopFixtures.h"
#include "domain/BadgeCode.h"
#include "reports/QrCode.h"
#include "reports/PrintStyle.h"
#include "reports/WorkshopDocuments.h"
#include "stores/AreaStore.h"
#include "stores/PersonStore.h"
#include "stores/RegistrationStore.h"
#include "stores/WorkshopStore.h"

#include <QDir>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>

using namespace khana;

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pageCount(const QString &pdf)
{
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    for (const QString &line : info.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    return -1;
}

const QStringList kGivenNames = {QStringLiteral("สมชาย"), QStringLiteral("วิไลวรรณ"), QStringLiteral("ประเสริฐ"), QStringLiteral("กาญจนา"),
                                 QStringLiteral("อนุชา"), QStringLiteral("ศิริพร"), QStringLiteral("ธนากร"), QStringLiteral("สมศรี"),
                                 QStringLiteral("ณัฐพล"), QStringLiteral("อรทัย")};

} // namespace

class TestWorkshopDocuments : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> t;
    Workshop workshop;
    QList<CheckInEntry> entries;
    QTemporaryDir out;

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *tool : {"pdftotext", "pdfinfo", "pdftoppm", "zbarimg"})
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QSKIP(qPrintable(QStringLiteral("%1 is not installed (poppler-utils, zbar-tools): ./scripts/setup installs it").arg(QString::fromLatin1(tool))));
        t = std::make_unique<TestDatabase>();
        QVERIFY(t->ok());
        workshop = fixtures::chiangRaiWorkshop();
        QVERIFY(WorkshopStore(t->db()).save(workshop).ok());
        // Twenty people: three pages of badges (eight a page).
        for (int i = 0; i < 20; ++i) {
            Person p;
            p.nameTh = QStringLiteral("%1 ทดสอบ%2").arg(kGivenNames.at(i % kGivenNames.size())).arg(i + 1);
            p.provinceCode = i % 2 ? QStringLiteral("TH-57") : QStringLiteral("TH-56");
            QVERIFY(PersonStore(t->db()).save(p).ok());
            Registration r;
            r.workshopId = workshop.id;
            r.personId = p.id;
            r.categoryId = workshop.categories.at(i % 3).id;
            QVERIFY(RegistrationStore(t->db()).add(r).ok());
        }
        entries = RegistrationStore(t->db()).loadForCheckIn(workshop.id, true);
        QCOMPARE(entries.size(), 20);
    }
    void cleanupTestCase() { t.reset(); }

    void qrModulesAreAQrCode()
    {
        const QImage modules = QrCode::modules(QStringLiteral("7KQ2M9"));
        QVERIFY(!modules.isNull());
        QCOMPARE(modules.width(), 21 + 8); // version 1 plus the quiet zone
    }

    void badgesCarryDecodableCodes()
    {
        const QString pdf = qEnvironmentVariableIsSet("KHANA_KEEP_PDF") ? qEnvironmentVariable("KHANA_KEEP_PDF") + QStringLiteral("/badges.pdf")
                                                                        : out.filePath(QStringLiteral("badges.pdf"));
        const int pages = WorkshopDocuments::writePdf(pdf, QStringLiteral("Badges"), false, [&](QPagedPaintDevice *device) {
            return WorkshopDocuments::printBadges(workshop, entries, device);
        });
        QCOMPARE(pages, 3);
        QCOMPARE(pageCount(pdf), 3);
        const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.contains(QStringLiteral("สมชาย")));
        QVERIFY(text.contains(BadgeCode::display(entries.first().badgeCode)));
        QVERIFY(text.contains(QStringLiteral("2567")));

        // Every code on the first page decodes back to a registration.
        const QString prefix = out.filePath(QStringLiteral("badge"));
        run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-f"), QStringLiteral("1"),
                                         QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-png"), pdf, prefix});
        const QString png = prefix + QStringLiteral("-1.png");
        QVERIFY(QFile::exists(png));
        const QStringList decoded = run(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), png})
                                        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(decoded.size(), 8);
        QSet<QString> codes;
        for (const CheckInEntry &e : std::as_const(entries))
            codes.insert(e.badgeCode);
        for (const QString &code : decoded)
            QVERIFY2(codes.contains(code.trimmed()), qPrintable(code));
    }

    // A badge's category and province are made smaller rather than cut off.
    void badgeDetailsShrinkToFit()
    {
        QImage page(2480, 3508, QImage::Format_RGB32); // A4 at 300 dpi
        page.setDotsPerMeterX(11811);
        page.setDotsPerMeterY(11811);
        const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
        const QRectF box(0, 0, 600, 220);
        const QString details = QStringLiteral("สมาชิกที่ช่วยงานในพื้นที่ระดับอำเภอและตำบล\nเชียงราย");
        const QFont start = PrintStyle::documentFont(12);
        QVERIFY(QFontMetricsF(start, &page).boundingRect(box, flags, details).height() > box.height()); // too big as it is
        const QFont fitted = PrintStyle::fittingFont(start, details, box, flags, &page, 7);
        QVERIFY(fitted.pointSizeF() < start.pointSizeF());
        QVERIFY(fitted.pointSizeF() >= 7);
        QVERIFY(QFontMetricsF(fitted, &page).boundingRect(box, flags, details).height() <= box.height());
        // Text that fits keeps its size.
        QCOMPARE(PrintStyle::fittingFont(start, QStringLiteral("เชียงราย"), box, flags, &page, 7).pointSizeF(), start.pointSizeF());
    }

    void signInSheet_data()
    {
        QTest::addColumn<int>("grouping");
        QTest::addColumn<QString>("firstGroup");
        QTest::newRow("by category") << int(WorkshopDocuments::Grouping::Category) << workshop.categories.value(0).name;
        QTest::newRow("by province") << int(WorkshopDocuments::Grouping::Province) << QStringLiteral("เชียงราย");
    }
    void signInSheet()
    {
        QFETCH(int, grouping);
        const QString pdf = out.filePath(QStringLiteral("signin-%1.pdf").arg(grouping));
        const QString html = WorkshopDocuments::signInSheetHtml(workshop, entries, WorkshopDocuments::Grouping(grouping));
        const int pages = WorkshopDocuments::writePdf(pdf, QStringLiteral("Sign-in"), false, [&](QPagedPaintDevice *device) {
            return WorkshopDocuments::printHtml(html, device);
        });
        QVERIFY(pages >= 1);
        QCOMPARE(pageCount(pdf), pages);
        const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
        QVERIFY(text.contains(QStringLiteral("Signature")));
        QVERIFY(text.contains(QStringLiteral("3 พฤษภาคม 2567")));
        for (const CheckInEntry &e : std::as_const(entries))
            QVERIFY2(text.contains(e.nameTh.section(QLatin1Char(' '), 1)), qPrintable(e.nameTh));
        QVERIFY(text.contains(QStringLiteral("พะเยา")));
    }

    // A sign-in sheet lies open at the door: phone numbers only on the sheet chosen for them.
    void signInSheetShowsPhonesOnlyWhenChosen()
    {
        QList<CheckInEntry> withPhone = entries;
        QVERIFY(!withPhone.isEmpty());
        withPhone[0].phone = QStringLiteral("0812345678");
        const QString plain = WorkshopDocuments::signInSheetHtml(workshop, withPhone, WorkshopDocuments::Grouping::Category);
        QVERIFY(!plain.contains(QStringLiteral("081-234-5678")));
        QVERIFY(!plain.contains(QStringLiteral("0812345678")));
        QVERIFY(!plain.contains(QStringLiteral(">Phone<")));
        const QString chosen = WorkshopDocuments::signInSheetHtml(workshop, withPhone, WorkshopDocuments::Grouping::Category, true);
        QVERIFY(chosen.contains(QStringLiteral("081-234-5678")));
        QVERIFY(chosen.contains(QStringLiteral(">Phone<")));
    }

    void report()
    {
        QStringList codes;
        QHash<QString, QString> names;
        for (const Province &p : AreaStore(t->db()).provinces()) {
            codes.append(p.code);
            names.insert(p.code, p.nameTh);
        }
        const QuotaMatrix matrix(workshop.categories, codes, RegistrationStore(t->db()).counts(workshop.id));
        const QString pdf = out.filePath(QStringLiteral("report.pdf"));
        const int pages = WorkshopDocuments::writePdf(pdf, QStringLiteral("Report"), false, [&](QPagedPaintDevice *device) {
            return WorkshopDocuments::printHtml(WorkshopDocuments::reportHtml(workshop, matrix, names), device);
        });
        QVERIFY(pages >= 1);
        const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(text.contains(QStringLiteral("Attendance by category")));
        QVERIFY(text.contains(QStringLiteral("Budget")));
        QVERIFY2(text.contains(QStringLiteral("21,000.00")), qPrintable(text)); // 5,000 + 40 × 350 + 40 × 50
        QVERIFY(text.contains(QStringLiteral("28 เมษายน 2567")));
    }

    // Printing reports page by page, and Cancel at any page leaves no file, or the file that
    // was there before, untouched.
    void cancellingAPrintWritesNothing_data()
    {
        QTest::addColumn<int>("document");
        QTest::addColumn<int>("stopAtPage");
        for (int document : {0, 1})
            for (int page : {0, 1, 2}) {
                const QString name = document == 0 ? QStringLiteral("badges") : QStringLiteral("sign-in");
                QTest::addRow("%s, page %d", qPrintable(name), page + 1) << document << page;
            }
    }
    void cancellingAPrintWritesNothing()
    {
        QFETCH(int, document);
        QFETCH(int, stopAtPage);
        // 20 people: 3 pages of badges; 300 paragraphs of rich text run to several pages.
        QString html;
        for (int i = 1; i <= 300; ++i)
            html += QStringLiteral("<p>%1. ลงชื่อเข้าร่วมประชุม</p>").arg(i);
        auto print = [&](QPagedPaintDevice *device, const WorkProgress &progress) {
            return document == 0 ? WorkshopDocuments::printBadges(workshop, entries, device, progress)
                                 : WorkshopDocuments::printHtml(html, device, false, progress);
        };
        QTemporaryDir folder;
        const QString pdf = folder.filePath(QStringLiteral("cancelled.pdf"));
        QList<qint64> told;
        int pages = WorkshopDocuments::writePdf(pdf, QStringLiteral("Cancelled"), false, [&](QPagedPaintDevice *device) {
            return print(device, [&](qint64 done, qint64) {
                told.append(done);
                return told.size() <= stopAtPage;
            });
        });
        QCOMPARE(pages, PrintStyle::kCancelled);
        QCOMPARE(told.size(), stopAtPage + 1);
        QVERIFY(!QFile::exists(pdf));
        // Nor anything beside it.
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden), QStringList());

        // A file already there stays as it was.
        QFile before(pdf);
        QVERIFY(before.open(QIODevice::WriteOnly));
        before.write("an earlier copy");
        before.close();
        pages = WorkshopDocuments::writePdf(pdf, QStringLiteral("Cancelled"), false, [&](QPagedPaintDevice *device) {
            return print(device, [](qint64, qint64) { return false; });
        });
        QCOMPARE(pages, PrintStyle::kCancelled);
        QVERIFY(before.open(QIODevice::ReadOnly));
        QCOMPARE(before.readAll(), QByteArray("an earlier copy"));
        before.close();

        // Not cancelled: every page is told, ascending, and the file replaces the old one.
        told.clear();
        pages = WorkshopDocuments::writePdf(pdf, QStringLiteral("Written"), false, [&](QPagedPaintDevice *device) {
            return print(device, [&](qint64 done, qint64 total) {
                told.append(done);
                return done < total;
            });
        });
        QVERIFY(pages >= 3);
        QCOMPARE(pageCount(pdf), pages);
        QCOMPARE(told.size(), pages);
        QVERIFY(std::is_sorted(told.cbegin(), told.cend()));
    }
};

QTEST_MAIN(TestWorkshopDocuments)
#include "tst_workshopdocuments.moc"
