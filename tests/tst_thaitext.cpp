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

    void sortKeyPutsLeadingVowelAfterConsonant()
    {
        // Thai dictionary order: กา < เก < ขา, although เ (U+0E40) sorts after every consonant.
        const QString ka = ThaiText::sortKey(QStringLiteral("กา"));
        const QString ke = ThaiText::sortKey(QStringLiteral("เก"));
        const QString kha = ThaiText::sortKey(QStringLiteral("ขา"));
        QVERIFY(ka < kha);
        QVERIFY(ke < kha);
        QVERIFY(ThaiText::sortKey(QStringLiteral("ไชยวงศ์")) < ThaiText::sortKey(QStringLiteral("ณัฐพล")));
    }

    void digits()
    {
        QCOMPARE(ThaiText::toThaiDigits(QStringLiteral("2567")), QStringLiteral("๒๕๖๗"));
        QCOMPARE(ThaiText::toArabicDigits(QStringLiteral("๒๕๖๗")), QStringLiteral("2567"));
    }
};

QTEST_GUILESS_MAIN(TestThaiText)
#include "tst_thaitext.moc"
