#include "domain/ThaiDate.h"

#include <QTest>

using namespace khana;

class TestThaiDate : public QObject
{
    Q_OBJECT

private:
    const DateFormatter thaiBuddhist{QLocale(QLocale::Thai, QLocale::Thailand), Era::Buddhist};
    const DateFormatter englishCommon{QLocale(QLocale::English, QLocale::Thailand), Era::Common};
    const DateFormatter englishBuddhist{QLocale(QLocale::English, QLocale::Thailand), Era::Buddhist};

private Q_SLOTS:
    void format()
    {
        const QDate may3(2024, 5, 3);
        QCOMPARE(thaiBuddhist.longDate(may3), QStringLiteral("3 พฤษภาคม 2567"));
        QCOMPARE(thaiBuddhist.shortDate(may3), QStringLiteral("03/05/2567"));
        QCOMPARE(englishCommon.longDate(may3), QStringLiteral("3 May 2024"));
        QCOMPARE(englishBuddhist.longDate(may3), QStringLiteral("3 May 2567"));
        QCOMPARE(thaiBuddhist.longDate(QDate()), QString());
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        const QDate may3(2024, 5, 3);
        QTest::newRow("slashes") << QStringLiteral("3/5/2567") << may3;
        QTest::newRow("padded") << QStringLiteral("03/05/2567") << may3;
        QTest::newRow("dashes") << QStringLiteral("03-05-2567") << may3;
        QTest::newRow("thai digits") << QStringLiteral("๓/๕/๒๕๖๗") << may3;
        QTest::newRow("abbreviated month") << QStringLiteral("3 พ.ค. 2567") << may3;
        QTest::newRow("long month") << QStringLiteral("3 พฤษภาคม 2567") << may3;
        QTest::newRow("iso") << QStringLiteral("2024-05-03") << may3;
        QTest::newRow("seed: 24 Aug 2565") << QStringLiteral("24 สิงหาคม 2565") << QDate(2022, 8, 24);
        QTest::newRow("seed: 28 Apr 2567") << QStringLiteral("28 เมษายน 2567") << QDate(2024, 4, 28);
        QTest::newRow("not a date") << QStringLiteral("31/02/2567") << QDate();
        QTest::newRow("garbage") << QStringLiteral("พรุ่งนี้") << QDate();
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        QCOMPARE(thaiBuddhist.parse(text), expected);
    }

    void commonEraParsing()
    {
        QCOMPARE(englishCommon.parse(QStringLiteral("3/5/2024")), QDate(2024, 5, 3));
        QCOMPARE(englishCommon.parse(QStringLiteral("3 May 2024")), QDate(2024, 5, 3));
    }

    void roundTrip()
    {
        for (QDate d(2023, 1, 1); d < QDate(2025, 1, 1); d = d.addDays(17)) {
            QCOMPARE(thaiBuddhist.parse(thaiBuddhist.longDate(d)), d);
            QCOMPARE(thaiBuddhist.parse(thaiBuddhist.shortDate(d)), d);
        }
    }
};

QTEST_GUILESS_MAIN(TestThaiDate)
#include "tst_thaidate.moc"
