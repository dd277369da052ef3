#include "io/CsvReader.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace khana;

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QString text = QStringLiteral("name,phone\r\nสมชาย ใจดี,0812345678\r\n");
        QTest::newRow("utf-8") << text.toUtf8() << QStringLiteral("UTF-8");
        QTest::newRow("utf-8 with BOM") << QByteArray("\xEF\xBB\xBF" + text.toUtf8()) << QStringLiteral("UTF-8");
        QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        QTest::newRow("utf-16 with BOM") << QByteArray(utf16.encode(text)) << QStringLiteral("UTF-16");
        QStringEncoder tis("TIS-620");
        QTest::newRow("tis-620") << QByteArray(tis.encode(text)) << QStringLiteral("windows-874");
    }
    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const CsvReader::Table t = CsvReader::read(bytes);
        QVERIFY(t.ok());
        QCOMPARE(t.encoding, encoding);
        QCOMPARE(t.header, (QStringList{QStringLiteral("name"), QStringLiteral("phone")}));
        QCOMPARE(t.records.size(), 1);
        QCOMPARE(t.records.first().fields.first(), QStringLiteral("สมชาย ใจดี"));
    }

    void quoting()
    {
        const QByteArray csv = "name,notes,phone\r\n"
                               "\"ใจดี, สมชาย\",\"line one\r\nline two\",081\r\n"
                               "\"He said \"\"hi\"\"\",,082\n"
                               "\r\n"
                               "last,x,083";
        const CsvReader::Table t = CsvReader::read(csv);
        QCOMPARE(t.records.size(), 3);
        QCOMPARE(t.records.at(0).fields, (QStringList{QStringLiteral("ใจดี, สมชาย"), QStringLiteral("line one\nline two"), QStringLiteral("081")}));
        QCOMPARE(t.records.at(0).line, 2);
        QCOMPARE(t.records.at(1).fields.at(0), QStringLiteral("He said \"hi\""));
        QCOMPARE(t.records.at(1).line, 4);
        QCOMPARE(t.records.at(2).line, 6);
        QCOMPARE(t.records.at(2).fields.at(2), QStringLiteral("083"));
    }

    // What a spreadsheet or a hand-edited file may hold besides plain and quoted cells, read as
    // it always was (the parser copies runs of characters at once).
    void cellEdges_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("lines");
        QTest::addColumn<QList<QStringList>>("records");
        using Rows = QList<QStringList>;
        QTest::newRow("text after a closing quote") << QStringLiteral("\"a\"b,c") << QList<int>{1} << Rows{{QStringLiteral("ab"), QStringLiteral("c")}};
        QTest::newRow("quotes inside a plain cell") << QStringLiteral("a\"b\",c") << QList<int>{1} << Rows{{QStringLiteral("a\"b\""), QStringLiteral("c")}};
        QTest::newRow("a lone CR inside quotes is kept") << QStringLiteral("\"x\ry\",z") << QList<int>{1} << Rows{{QStringLiteral("x\ry"), QStringLiteral("z")}};
        QTest::newRow("empty quoted cell") << QStringLiteral("\"\",x") << QList<int>{1} << Rows{{QString(), QStringLiteral("x")}};
        QTest::newRow("a lone CR ends a row") << QStringLiteral("a,b\rc,d") << QList<int>{1, 2} << Rows{{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("c"), QStringLiteral("d")}};
        QTest::newRow("doubled quotes at a cell's ends") << QStringLiteral("\"\"\"a\"\"\",b") << QList<int>{1} << Rows{{QStringLiteral("\"a\""), QStringLiteral("b")}};
        QTest::newRow("lines inside a cell count") << QStringLiteral("\"1\r\n2\n3\",x\r\nnext,y") << QList<int>{1, 4}
                                                  << Rows{{QStringLiteral("1\n2\n3"), QStringLiteral("x")}, {QStringLiteral("next"), QStringLiteral("y")}};
        QTest::newRow("trailing separator") << QStringLiteral("a,\n\nb") << QList<int>{1, 3} << Rows{{QStringLiteral("a"), QString()}, {QStringLiteral("b")}};
    }

    void cellEdges()
    {
        QFETCH(QString, text);
        QFETCH(QList<int>, lines);
        QFETCH(QList<QStringList>, records);
        QString error;
        const QList<CsvRecord> parsed = CsvReader::parse(text, QLatin1Char(','), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(parsed.size(), records.size());
        for (qsizetype i = 0; i < parsed.size(); ++i) {
            QCOMPARE(parsed.at(i).line, lines.at(i));
            QCOMPARE(parsed.at(i).fields, records.at(i));
        }
    }

    void empty()
    {
        QVERIFY(!CsvReader::read(QByteArray()).ok());
    }

    // What cannot be read honestly is refused as a whole, naming the line, instead of being
    // read wrongly: the rows after a bad quote are never dropped or merged silently.
    void refusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QByteArray roster = "name,phone\n";
        for (int i = 1; i <= 1000; ++i)
            roster += (i == 900 ? QByteArray("\"") : QByteArray()) + "สมาชิก " + QByteArray::number(i) + ",08123" + QByteArray::number(10000 + i) + "\n";
        QTest::newRow("unclosed quote on row 900") << roster << QStringLiteral("Line 901: a quote opens a cell there and is never closed");
        QTest::newRow("stray quote merging two people")
            << QByteArray("name,phone,category\n\"สมชาย ใจดี,0812345678,แกนนำ\nวิไล มีสุข\",0898765432,แกนนำ\nสมศรี,0811111111,แกนนำ\n")
            << QStringLiteral("Line 2: a quoted cell runs on over 2 lines");
        QByteArray utf8 = QStringLiteral("name,phone\nสมชาย ใจดี,0812345678\nวิไล มีสุข,0898765432\n").toUtf8();
        utf8.insert(utf8.indexOf("0898"), '\xFF');
        QTest::newRow("one broken byte in UTF-8") << utf8 << QStringLiteral("Line 3 is not valid UTF-8 (the rest of the file is)");
        QByteArray bom = QByteArray("\xEF\xBB\xBF") + QStringLiteral("name\nสมชาย\n").toUtf8() + "\xC3\n";
        QTest::newRow("broken byte after a UTF-8 BOM") << bom << QStringLiteral("Line 3 is not valid UTF-8, although the file says it is");
        QTest::newRow("png renamed csv") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QStringLiteral("not a text file but a PNG image");
        QTest::newRow("excel workbook") << QByteArray("PK\x03\x04\x14\0\x06\0", 8) << QStringLiteral("an Excel workbook");
        QTest::newRow("nul bytes") << QByteArray("name\n\0\0\0\n", 9) << QStringLiteral("NUL bytes");
        QTest::newRow("one endless line") << QByteArray(CsvReader::kMaxRecordBytes + 10, 'a') << QStringLiteral("Line 1 is longer than");
    }
    void refusals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        const CsvReader::Table t = CsvReader::read(bytes);
        QVERIFY(!t.ok());
        QVERIFY2(t.error.contains(says), qPrintable(t.error));
        QVERIFY(t.records.isEmpty());
    }

    // A Windows-874 file with a byte that code page has no letter for names its line.
    void neitherUtf8NorThaiWindows()
    {
        QStringEncoder tis("TIS-620");
        QByteArray bytes = tis.encode(QStringLiteral("name\nสมชาย\nวิไล\n"));
        bytes.insert(bytes.lastIndexOf('\n'), '\xFC'); // undefined in Windows-874
        const CsvReader::Table t = CsvReader::read(bytes);
        QVERIFY(!t.ok());
        QVERIFY2(t.error.contains(QStringLiteral("line 3")), qPrintable(t.error));
    }

    // Real Thai text saved by Thai Excel (TIS-620 / Windows-874) is still read as such: all 929
    // district names, none taken for broken UTF-8.
    void realThaiWindowsText()
    {
        QFile shipped(QStringLiteral(":/reference/thai-admin/districts.csv"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(shipped.readAll());
        QStringEncoder tis("TIS-620");
        const QByteArray bytes = tis.encode(text);
        QVERIFY(!tis.hasError());
        const CsvReader::Table t = CsvReader::read(bytes);
        QVERIFY2(t.ok(), qPrintable(t.error));
        QCOMPARE(t.encoding, QStringLiteral("windows-874"));
        QCOMPARE(t.records.size(), 929);
        QCOMPARE(t.records.first().fields.at(1), QStringLiteral("เขตพระนคร"));
    }

    // A file larger than the limit is refused before it is read into memory.
    void sizeLimit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(CsvReader::kMaxFileBytes + 1)); // sparse: takes no disk space
        file.close();
        const CsvReader::Table t = CsvReader::readFile(path);
        QVERIFY(!t.ok());
        QVERIFY2(t.error.contains(QStringLiteral("256 MB")), qPrintable(t.error));
    }

    // Multi-line cells, quotes inside cells and short rows stay what they were.
    void legitimateFilesStillRead()
    {
        const QByteArray csv = "name,notes\n\"สมชาย\",\"บรรทัดหนึ่ง\nบรรทัดสอง\"\nวิไล\nab\"c,d\n";
        const CsvReader::Table t = CsvReader::read(csv);
        QVERIFY2(t.ok(), qPrintable(t.error));
        QCOMPARE(t.records.size(), 3);
        QCOMPARE(t.records.at(2).fields.first(), QStringLiteral("ab\"c"));
    }

    // Reading reports how far it is, and Cancel stops it with nothing read.
    void progressAndCancel()
    {
        QByteArray bytes("name,phone\n");
        for (int i = 0; i < 20000; ++i)
            bytes += "Somchai " + QByteArray::number(i) + ",0812345678\n";
        qint64 lastDone = 0;
        qint64 lastTotal = 0;
        int calls = 0;
        bool ordered = true;
        const CsvReader::Table whole = CsvReader::read(bytes, [&](qint64 done, qint64 total) {
            ordered = ordered && done >= lastDone && done <= total;
            lastDone = done;
            lastTotal = total;
            ++calls;
            return true;
        });
        QVERIFY(whole.ok());
        QVERIFY(ordered);
        QVERIFY(!whole.cancelled);
        QCOMPARE(whole.records.size(), 20000);
        QVERIFY(calls >= 4);
        QCOMPARE(lastTotal, qint64(bytes.size()));

        const CsvReader::Table stopped = CsvReader::read(bytes, [](qint64, qint64) { return false; });
        QVERIFY(stopped.cancelled);
        QCOMPARE(stopped.error, QStringLiteral("Reading the file was cancelled."));
        QVERIFY(stopped.records.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
