// Table export: CSV safe to open in a spreadsheet, and XLSX through libxlsxwriter.

#include "io/TableExport.h"
#include "itemmodels/ItemRoles.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace khana;

namespace {

TableExport::Table sample()
{
    TableExport::Table t;
    t.name = QStringLiteral("สมาชิก: ทั้งประเทศ/2566"); // characters Excel refuses in a sheet name
    t.headers = {QStringLiteral("วันที่"), QStringLiteral("จำนวน"), QStringLiteral("ที่มา")};
    t.rows = {{QDate(2023, 10, 22), qint64(77760), QStringLiteral("=HYPERLINK(\"http://x\",\"click\")")},
              {QDate(2023, 9, 30), qint64(68296), QStringLiteral("รายงาน, ฝ่ายสมาชิก")}};
    return t;
}

QByteArray unzipped(const QString &archive, const QString &member)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, member});
    if (!unzip.waitForFinished(30000))
        return {};
    return unzip.readAllStandardOutput();
}

} // namespace

class TestTableExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void neutralised_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        QTest::newRow("formula") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
        QTest::newRow("plus") << QStringLiteral("+66 81 234 5678") << QStringLiteral("'+66 81 234 5678");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
        QTest::newRow("line feed") << QStringLiteral("\n=1") << QStringLiteral("'\n=1");
        QTest::newRow("full-width equals") << QStringLiteral("＝1+1") << QStringLiteral("'＝1+1");
        QTest::newRow("full-width plus") << QStringLiteral("＋1") << QStringLiteral("'＋1");
        QTest::newRow("full-width minus") << QStringLiteral("－1") << QStringLiteral("'－1");
        QTest::newRow("full-width at") << QStringLiteral("＠A1") << QStringLiteral("'＠A1");
        QTest::newRow("spaces before") << QStringLiteral("  =1+1") << QStringLiteral("'  =1+1");
        QTest::newRow("no-break space before") << QStringLiteral("\u00A0=1") << QStringLiteral("'\u00A0=1");
        QTest::newRow("zero-width space before") << QStringLiteral("\u200B=1") << QStringLiteral("'\u200B=1");
        QTest::newRow("byte order mark before") << QStringLiteral("\uFEFF@A1") << QStringLiteral("'\uFEFF@A1");
        QTest::newRow("spaces only") << QStringLiteral("   ") << QStringLiteral("   ");
        QTest::newRow("space then text") << QStringLiteral(" สมชาย") << QStringLiteral(" สมชาย");
        QTest::newRow("thai") << QStringLiteral("สมชาย") << QStringLiteral("สมชาย");
        QTest::newRow("inner equals") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("empty") << QString() << QString();
    }
    void neutralised()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        QCOMPARE(TableExport::neutralised(cell), written);
    }

    void csvIsSafeAndReadable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("members.csv"));
        QString error;
        QVERIFY2(TableExport::writeCsv(sample(), path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        QCOMPARE(text,
                 QStringLiteral("วันที่,จำนวน,ที่มา\r\n"
                                "22/10/2566,77760,\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\"\r\n"
                                "30/09/2566,68296,\"รายงาน, ฝ่ายสมาชิก\"\r\n"));
    }

    // A cell with the separator, a quote, a tab or a line break is quoted, so no spreadsheet
    // splits it into columns or rows.
    void csvQuotesWhatWouldSplitACell()
    {
        TableExport::Table t;
        t.headers = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
        t.rows = {{QStringLiteral("x\ty"), QStringLiteral("line 1\nline 2"), QStringLiteral("say \"hi\""), QStringLiteral("1,2")}};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cells.csv"));
        QString error;
        QVERIFY2(TableExport::writeCsv(t, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll().mid(3)),
                 QStringLiteral("a,b,c,d\r\n\"x\ty\",\"line 1\nline 2\",\"say \"\"hi\"\"\",\"1,2\"\r\n"));
    }

    void csvFailureLeavesTheOldFile()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!TableExport::writeCsv(sample(), dir.filePath(QStringLiteral("no/such/folder/x.csv")), &error));
        QVERIFY(error.contains(QStringLiteral("x.csv")));
    }

    void xlsxHasNumbersDatesAndTextNeverFormulas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("members.xlsx"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older export");
        old.close();
        QString error;
        QVERIFY2(TableExport::writeXlsx(sample(), path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(4) == QByteArray("PK\x03\x04", 4));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // nothing left beside it

        const QByteArray workbook = unzipped(path, QStringLiteral("xl/workbook.xml"));
        if (workbook.isEmpty())
            QSKIP("unzip is not installed: the workbook's contents are not checked");
        QVERIFY2(QString::fromUtf8(workbook).contains(QStringLiteral("name=\"สมาชิก  ทั้งประเทศ 2566\"")), workbook.constData());
        const QString strings = QString::fromUtf8(unzipped(path, QStringLiteral("xl/sharedStrings.xml")));
        QVERIFY(strings.contains(QStringLiteral("รายงาน, ฝ่ายสมาชิก")));
        QVERIFY(strings.contains(QStringLiteral("=HYPERLINK(")));
        const QString sheet = QString::fromUtf8(unzipped(path, QStringLiteral("xl/worksheets/sheet1.xml")));
        QVERIFY(!sheet.contains(QStringLiteral("<f>")));
        QVERIFY(sheet.contains(QStringLiteral("<v>77760</v>")));
        QVERIFY(sheet.contains(QStringLiteral("<v>45221</v>"))); // 22 October 2023 as a spreadsheet date
    }

    void fromModelUsesRawValues()
    {
        QStandardItemModel model(0, 2);
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
        model.setHorizontalHeaderLabels({QStringLiteral("Date"), QStringLiteral("Members")});
        auto *date = new QStandardItem(QStringLiteral("22 ตุลาคม 2566"));
        date->setData(QDate(2023, 10, 22), ItemRole::Raw);
        auto *count = new QStandardItem(QStringLiteral("77,760"));
        count->setData(qint64(77760), ItemRole::Raw);
        model.appendRow({date, count});
        model.appendRow({new QStandardItem(QStringLiteral("note")), new QStandardItem()});
        const TableExport::Table t = TableExport::fromModel(model, QStringLiteral("Members"));
        QCOMPARE(t.headers, QStringList({QStringLiteral("Date"), QStringLiteral("Members")}));
        QCOMPARE(t.rows.size(), 2);
        QCOMPARE(t.rows.at(0).at(0).toDate(), QDate(2023, 10, 22));
        QCOMPARE(t.rows.at(0).at(1).toLongLong(), qint64(77760));
        QCOMPARE(t.rows.at(1).at(0).toString(), QStringLiteral("note"));
    }
};

QTEST_GUILESS_MAIN(TestTableExport)
#include "tst_tableexport.moc"
