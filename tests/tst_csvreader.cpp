#include "io/CsvReader.h"

#include <QStringEncoder>
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

    void empty()
    {
        QVERIFY(!CsvReader::read(QByteArray()).ok());
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
