#include "domain/Money.h"
#include "domain/ThaiText.h"

#include <QTest>

using namespace khana;

class TestThaiText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalise_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("decomposed sara am") << QStringLiteral("น\u0E4D\u0E32") << QStringLiteral("น\u0E33");
        QTest::newRow("sara am with tone mark") << QStringLiteral("ค\u0E4D\u0E49\u0E32") << QStringLiteral("ค\u0E49\u0E33");
        QTest::newRow("zero-width space") << QStringLiteral("สม\u200Bชาย") << QStringLiteral("สมชาย");
        QTest::newRow("stray BOM") << QStringLiteral("\uFEFFสมชาย") << QStringLiteral("สมชาย");
        QTest::newRow("trim and collapse") << QStringLiteral("  สมชาย \t  ใจดี  ") << QStringLiteral("สมชาย ใจดี");
        QTest::newRow("latin untouched") << QStringLiteral("Somchai Jaidee") << QStringLiteral("Somchai Jaidee");
        QTest::newRow("empty") << QString() << QString();
    }
    void normalise()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(ThaiText::normalise(input), expected);
    }

    // A total in words, as official documents write it (Excel's BAHTTEXT agrees).
    void bahtInWords_data()
    {
        QTest::addColumn<qint64>("satang");
        QTest::addColumn<QString>("words");
        QTest::newRow("0") << qint64(0) << QStringLiteral("ศูนย์บาทถ้วน");
        QTest::newRow("1") << qint64(100) << QStringLiteral("หนึ่งบาทถ้วน");
        QTest::newRow("10") << qint64(1000) << QStringLiteral("สิบบาทถ้วน");
        QTest::newRow("11") << qint64(1100) << QStringLiteral("สิบเอ็ดบาทถ้วน");
        QTest::newRow("21") << qint64(2100) << QStringLiteral("ยี่สิบเอ็ดบาทถ้วน");
        QTest::newRow("101") << qint64(10100) << QStringLiteral("หนึ่งร้อยเอ็ดบาทถ้วน");
        QTest::newRow("111") << qint64(11100) << QStringLiteral("หนึ่งร้อยสิบเอ็ดบาทถ้วน");
        QTest::newRow("1,001") << qint64(100100) << QStringLiteral("หนึ่งพันเอ็ดบาทถ้วน");
        QTest::newRow("95,000") << qint64(9500000) << QStringLiteral("เก้าหมื่นห้าพันบาทถ้วน");
        QTest::newRow("1,000,000") << qint64(100000000) << QStringLiteral("หนึ่งล้านบาทถ้วน");
        QTest::newRow("1,000,001") << qint64(100000100) << QStringLiteral("หนึ่งล้านหนึ่งบาทถ้วน");
        QTest::newRow("21,000,000") << qint64(2100000000) << QStringLiteral("ยี่สิบเอ็ดล้านบาทถ้วน");
        QTest::newRow("101,000,000") << qint64(10100000000) << QStringLiteral("หนึ่งร้อยเอ็ดล้านบาทถ้วน");
        QTest::newRow("1,234.50") << qint64(123450) << QStringLiteral("หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์");
        QTest::newRow("21.21") << qint64(2121) << QStringLiteral("ยี่สิบเอ็ดบาทยี่สิบเอ็ดสตางค์");
        QTest::newRow("0.25") << qint64(25) << QStringLiteral("ยี่สิบห้าสตางค์");
        QTest::newRow("0.01") << qint64(1) << QStringLiteral("หนึ่งสตางค์");
        QTest::newRow("-500") << qint64(-50000) << QStringLiteral("ลบห้าร้อยบาทถ้วน");
    }
    void bahtInWords()
    {
        QFETCH(qint64, satang);
        QFETCH(QString, words);
        QCOMPARE(Money::inThaiWords(satang), words);
    }

    void digits()
    {
        QCOMPARE(ThaiText::toThaiDigits(QStringLiteral("2567")), QStringLiteral("๒๕๖๗"));
        QCOMPARE(ThaiText::toArabicDigits(QStringLiteral("๒๕๖๗")), QStringLiteral("2567"));
    }
};

QTEST_GUILESS_MAIN(TestThaiText)
#include "tst_thaitext.moc"
