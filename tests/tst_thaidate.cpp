#include "domain/ThaiDate.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <unicode/udat.h>
#include <unicode/utypes.h>

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

    // As Thai people write dates on forms and in spreadsheets, read on 2 December 2569.
    void thaiForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("buddhist");
        QTest::addColumn<QDate>("expected");
        const QDate may3(2024, 5, 3);
        QTest::newRow("two-digit B.E. year") << QStringLiteral("03/05/67") << true << may3;
        QTest::newRow("short month, two digits") << QStringLiteral("3 พ.ค. 67") << true << may3;
        QTest::newRow("short month without dots") << QStringLiteral("3 พค 2567") << true << may3;
        QTest::newRow("official form") << QStringLiteral("3 พฤษภาคม พ.ศ. 2567") << true << may3;
        QTest::newRow("with the weekday") << QStringLiteral("วันศุกร์ที่ 3 พฤษภาคม พ.ศ. 2567") << true << may3;
        QTest::newRow("short weekday") << QStringLiteral("ศ. 3 พ.ค. 67") << true << may3;
        QTest::newRow("วันที่") << QStringLiteral("วันที่ 3 พฤษภาคม 2567") << true << may3;
        QTest::newRow("thai digits, two-digit year") << QStringLiteral("๓/๕/๖๗") << true << may3;
        QTest::newRow("dots") << QStringLiteral("3.5.67") << true << may3;
        QTest::newRow("spreadsheet time") << QStringLiteral("3/5/2567 0:00") << true << may3;
        QTest::newRow("spreadsheet ISO time") << QStringLiteral("2024-05-03 00:00:00") << true << may3;
        QTest::newRow("ISO with T") << QStringLiteral("2024-05-03T08:30:00") << true << may3;
        QTest::newRow("C.E. year in a B.E. session") << QStringLiteral("03/05/2024") << true << may3;
        QTest::newRow("ค.ศ. marker") << QStringLiteral("3 พฤษภาคม ค.ศ. 2024") << true << may3;
        QTest::newRow("English") << QStringLiteral("Friday, 3 May 2024") << true << may3;
        QTest::newRow("English, month first") << QStringLiteral("May 3, 2024") << true << may3;
        QTest::newRow("B.E. marker in English") << QStringLiteral("3 May B.E. 2567") << false << may3;
        QTest::newRow("born 2498, written 98") << QStringLiteral("15/03/98") << true << QDate(1955, 3, 15);
        QTest::newRow("89 years back: 80 is 2480") << QStringLiteral("1/1/80") << true << QDate(1937, 1, 1);
        QTest::newRow("10 years ahead: 79 is 2579") << QStringLiteral("1/1/79") << true << QDate(2036, 1, 1);
        QTest::newRow("C.E. session, two digits") << QStringLiteral("03/05/24") << false << may3;
        QTest::newRow("C.E. session: 37 is 1937") << QStringLiteral("1/1/37") << false << QDate(1937, 1, 1);
        QTest::newRow("C.E. session: 36 is 2036") << QStringLiteral("1/1/36") << false << QDate(2036, 1, 1);
        QTest::newRow("B.E. year in a C.E. session") << QStringLiteral("3/5/2567") << false << may3;
    }
    void thaiForms()
    {
        QFETCH(QString, text);
        QFETCH(bool, buddhist);
        QFETCH(QDate, expected);
        const DateFormatter &dates = buddhist ? thaiBuddhist : englishCommon;
        const DateReading reading = dates.read(text, QDate(2026, 12, 2));
        QVERIFY2(reading.ok(), qPrintable(reading.problem));
        QCOMPARE(reading.date, expected);
    }

    // What cannot be a date says why.
    void problemsAreNamed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problem");
        QTest::newRow("31 February") << QStringLiteral("31/02/2567") << QStringLiteral("February 2567 has 29 days.");
        QTest::newRow("30 February, 2566") << QStringLiteral("30 ก.พ. 66") << QStringLiteral("February 2566 has 28 days.");
        QTest::newRow("month 13") << QStringLiteral("3/13/2567") << QStringLiteral("There is no month 13");
        QTest::newRow("wrong weekday") << QStringLiteral("วันจันทร์ที่ 3 พฤษภาคม 2567") << QStringLiteral("That date is a Friday, not a Monday.");
        QTest::newRow("year of neither era") << QStringLiteral("3/5/2300") << QStringLiteral("neither a Buddhist-Era year");
        QTest::newRow("words") << QStringLiteral("พรุ่งนี้") << QStringLiteral("Type it like 03/05/2567 or 3 May 2567.");
    }
    void problemsAreNamed()
    {
        QFETCH(QString, text);
        QFETCH(QString, problem);
        const DateReading reading = englishBuddhist.read(text, QDate(2026, 12, 2));
        QVERIFY(!reading.ok());
        QVERIFY2(reading.problem.contains(problem), qPrintable(reading.problem));
    }

    // Every form ICU writes, in the Buddhist calendar for Thai and the Gregorian one for
    // English, is read back to the same day (a few hundred days from 1950 to 2035). US English
    // short dates (month first) are left out: in Thailand 3/5 is the 3rd of May.
    void readsWhatIcuWrites_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<int>("style");
        QTest::addColumn<bool>("buddhist");
        const std::pair<const char *, UDateFormatStyle> styles[] = {{"full", UDAT_FULL}, {"long", UDAT_LONG}, {"medium", UDAT_MEDIUM}, {"short", UDAT_SHORT}};
        for (const auto &[name, style] : styles) {
            QTest::addRow("th buddhist %s", name) << QStringLiteral("th_TH@calendar=buddhist") << int(style) << true;
            QTest::addRow("en_GB %s", name) << QStringLiteral("en_GB") << int(style) << false;
            if (style != UDAT_SHORT)
                QTest::addRow("en_US %s", name) << QStringLiteral("en_US") << int(style) << false;
        }
    }
    void readsWhatIcuWrites()
    {
        QFETCH(QString, locale);
        QFETCH(int, style);
        QFETCH(bool, buddhist);
        UErrorCode status = U_ZERO_ERROR;
        const QString utc = QStringLiteral("UTC");
        UDateFormat *format = udat_open(UDateFormatStyle(UDAT_NONE), UDateFormatStyle(style), locale.toLatin1().constData(),
                                        reinterpret_cast<const UChar *>(utc.utf16()), int32_t(utc.size()), nullptr, 0, &status);
        QVERIFY2(U_SUCCESS(status), u_errorName(status));
        const DateFormatter &reader = buddhist ? thaiBuddhist : englishCommon;
        int read = 0;
        for (QDate d(1950, 1, 1); d < QDate(2036, 1, 1); d = d.addDays(97)) {
            const UDate when = double(QDateTime(d, QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch());
            UChar buffer[128];
            status = U_ZERO_ERROR;
            const int32_t length = udat_format(format, when, buffer, 128, nullptr, &status);
            QVERIFY(U_SUCCESS(status));
            const QString written = QString::fromUtf16(reinterpret_cast<const char16_t *>(buffer), length);
            const DateReading reading = reader.read(written, QDate(2026, 12, 2));
            QVERIFY2(reading.date == d, qPrintable(QStringLiteral("%1 read as %2 (%3)").arg(written, reading.date.toString(Qt::ISODate), reading.problem)));
            ++read;
        }
        udat_close(format);
        QVERIFY(read > 300);
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
