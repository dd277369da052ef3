#include "domain/NationalId.h"
#include "domain/Person.h"
#include "domain/PhoneNumber.h"

#include <QRandomGenerator>
#include <QTest>

using namespace khana;

class TestValidators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nationalIdsAreMaskedForShowing()
    {
        QCOMPARE(NationalId::masked(QStringLiteral("1101500000014")), QStringLiteral("x-xxxx-xxxxx-01-4"));
        QCOMPARE(NationalId::masked(QString()), QString());
        QCOMPARE(NationalId::masked(QStringLiteral("12345")), QString()); // never a part of a bad number
    }

    void nationalId_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("digits");
        using P = NationalId::Problem;
        // Check digits computed independently (mod-11 weighted sum) for numbers in the real
        // format: province / district of issue in digits 2-5.
        QTest::newRow("bare") << QStringLiteral("1101700203450") << int(P::None) << QStringLiteral("1101700203450");
        QTest::newRow("card layout") << QStringLiteral("3-5701-00123-45-7") << int(P::None) << QStringLiteral("3570100123457");
        QTest::newRow("spaces") << QStringLiteral("1 5601 00333 44 7") << int(P::None) << QStringLiteral("1560100333447");
        QTest::newRow("thai digits") << QStringLiteral("๓๑๐๐๙๐๐๑๒๓๔๕๕") << int(P::None) << QStringLiteral("3100900123455");
        QTest::newRow("check digit 0") << QStringLiteral("8409900012340") << int(P::None) << QStringLiteral("8409900012340");
        QTest::newRow("one digit mistyped") << QStringLiteral("1101700203451") << int(P::BadChecksum) << QString();
        QTest::newRow("swapped digits") << QStringLiteral("1011700203450") << int(P::BadChecksum) << QString();
        QTest::newRow("12 digits") << QStringLiteral("110170020345") << int(P::WrongLength) << QString();
        QTest::newRow("14 digits") << QStringLiteral("11017002034500") << int(P::WrongLength) << QString();
        QTest::newRow("letters") << QStringLiteral("11017002034O0") << int(P::NotDigits) << QString();
        QTest::newRow("empty") << QString() << int(P::Empty) << QString();
    }
    void nationalId()
    {
        QFETCH(QString, input);
        QFETCH(int, problem);
        QFETCH(QString, digits);
        QString found;
        QCOMPARE(int(NationalId::check(input, &found)), problem);
        QCOMPARE(found, digits);
        if (problem != int(NationalId::Problem::None))
            QVERIFY(!NationalId::describe(NationalId::Problem(problem)).isEmpty());
    }

    void nationalIdFormat()
    {
        QCOMPARE(NationalId::format(QStringLiteral("3570100123457")), QStringLiteral("3-5701-00123-45-7"));
    }

    void phone_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("digits");
        QTest::addColumn<QString>("formatted");
        QTest::newRow("mobile dashed") << QStringLiteral("081-234-5678") << QStringLiteral("0812345678") << QStringLiteral("081-234-5678");
        QTest::newRow("mobile bare") << QStringLiteral("0912345678") << QStringLiteral("0912345678") << QStringLiteral("091-234-5678");
        QTest::newRow("mobile +66") << QStringLiteral("+66 81 234 5678") << QStringLiteral("0812345678") << QStringLiteral("081-234-5678");
        QTest::newRow("mobile 0066") << QStringLiteral("0066812345678") << QStringLiteral("0812345678") << QStringLiteral("081-234-5678");
        QTest::newRow("mobile 66") << QStringLiteral("66612345678") << QStringLiteral("0612345678") << QStringLiteral("061-234-5678");
        QTest::newRow("thai digits") << QStringLiteral("๐๘๑-๒๓๔-๕๖๗๘") << QStringLiteral("0812345678") << QStringLiteral("081-234-5678");
        QTest::newRow("bangkok landline") << QStringLiteral("02 123 4567") << QStringLiteral("021234567") << QStringLiteral("02-123-4567");
        QTest::newRow("chiang rai landline") << QStringLiteral("(053) 711-234") << QStringLiteral("053711234") << QStringLiteral("053-711-234");
        QTest::newRow("too short") << QStringLiteral("081-234-567") << QString() << QString();
        QTest::newRow("mobile prefix 07") << QStringLiteral("0712345678") << QString() << QString();
        QTest::newRow("letters") << QStringLiteral("081-ABC-5678") << QString() << QString();
        QTest::newRow("no trunk zero (libphonenumber reads it)") << QStringLiteral("812345678") << QStringLiteral("0812345678") << QStringLiteral("081-234-5678");
        // Area codes and ranges Thailand's plan does not have.
        QTest::newRow("landline area 051") << QStringLiteral("051-123-456") << QString() << QString();
        QTest::newRow("landline area 057") << QStringLiteral("057-123-456") << QString() << QString();
        QTest::newRow("06 as a landline") << QStringLiteral("061-234-567") << QString() << QString();
        QTest::newRow("mobile 066") << QStringLiteral("066-123-4567") << QStringLiteral("0661234567") << QStringLiteral("066-123-4567");
        QTest::newRow("landline 044") << QStringLiteral("044 123 456") << QStringLiteral("044123456") << QStringLiteral("044-123-456");
        // From abroad: kept in international form, shown as that country writes it.
        QTest::newRow("United States") << QStringLiteral("+1 (415) 555-2671") << QStringLiteral("+14155552671") << QStringLiteral("+1 415-555-2671");
        QTest::newRow("United Kingdom, 00") << QStringLiteral("00 44 20 7946 0958") << QStringLiteral("+442079460958") << QStringLiteral("+44 20 7946 0958");
        QTest::newRow("Laos") << QStringLiteral("+856 20 5555 1234") << QStringLiteral("+8562055551234") << QStringLiteral("+856 20 55 551 234");
        QTest::newRow("not a number anywhere") << QStringLiteral("+1 000") << QString() << QString();
    }
    void phone()
    {
        QFETCH(QString, input);
        QFETCH(QString, digits);
        QFETCH(QString, formatted);
        PhoneNumber::Kind kind = PhoneNumber::Kind::Invalid;
        const QString normalised = PhoneNumber::normalise(input, &kind);
        QCOMPARE(normalised, digits);
        QCOMPARE(kind == PhoneNumber::Kind::Invalid, digits.isEmpty());
        QCOMPARE(kind == PhoneNumber::Kind::Foreign, digits.startsWith(QLatin1Char('+')));
        if (!digits.isEmpty()) {
            QCOMPARE(PhoneNumber::format(normalised), formatted);
            QCOMPARE(PhoneNumber::normalise(formatted), normalised);
        }
    }

    // normalise() builds numbers in national form itself instead of parsing them; on every
    // kind of prefix, length and way of writing, its answer is the library's own.
    void nationalFormReadsAsTheLibraryParsesIt()
    {
        QRandomGenerator random(20261205);
        const QString thaiDigits = QStringLiteral("๐๑๒๓๔๕๖๗๘๙");
        int valid = 0;
        int mobiles = 0;
        for (int i = 0; i < 30000; ++i) {
            QString digits = QStringLiteral("0") + QString::number(random.bounded(1, 10));
            const int more = random.bounded(7, 9);
            for (int d = 0; d < more; ++d)
                digits += QString::number(random.bounded(10));
            QString input = digits;
            switch (random.bounded(4)) {
            case 1: input = digits.left(3) + QLatin1Char('-') + digits.mid(3, 3) + QLatin1Char('-') + digits.mid(6); break;
            case 2: input = QStringLiteral(" (") + digits.left(3) + QStringLiteral(") ") + digits.mid(3) + QLatin1Char(' '); break;
            case 3:
                for (QChar &c : input)
                    c = thaiDigits.at(c.digitValue());
                break;
            default: break;
            }
            PhoneNumber::Kind kind = PhoneNumber::Kind::Invalid;
            PhoneNumber::Kind parsedKind = PhoneNumber::Kind::Invalid;
            const QString read = PhoneNumber::normalise(input, &kind);
            QCOMPARE(read, PhoneNumber::normaliseByParsing(input, &parsedKind));
            QCOMPARE(kind, parsedKind);
            valid += read.isEmpty() ? 0 : 1;
            mobiles += kind == PhoneNumber::Kind::Mobile ? 1 : 0;
        }
        // Both answers, and both kinds, were met often.
        QVERIFY2(valid > 3000 && valid < 27000, qPrintable(QString::number(valid)));
        QVERIFY(mobiles > 1000 && mobiles < valid - 1000);
    }

    void personRules_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("nameTh");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("nationalId");
        QTest::addColumn<int>("membership");
        QTest::addColumn<QDate>("joined");
        QTest::addColumn<QDate>("ends");
        const QDate may3(2024, 5, 3);
        QTest::newRow("valid") << QString() << QStringLiteral("สมชาย ใจดี") << QStringLiteral("0812345678") << QString()
                               << int(MembershipType::Annual) << may3 << may3.addYears(1);
        QTest::newRow("no name") << PersonField::NameTh << QStringLiteral("  \u200B ") << QString() << QString()
                                 << int(MembershipType::None) << QDate() << QDate();
        QTest::newRow("bad phone") << PersonField::Phone << QStringLiteral("สมชาย") << QStringLiteral("12345") << QString()
                                   << int(MembershipType::None) << QDate() << QDate();
        QTest::newRow("bad national id") << PersonField::NationalId << QStringLiteral("สมชาย") << QString()
                                         << QStringLiteral("1101700203451") << int(MembershipType::None) << QDate() << QDate();
        QTest::newRow("member without join date") << PersonField::JoinDate << QStringLiteral("สมชาย") << QString() << QString()
                                                  << int(MembershipType::Annual) << QDate() << QDate();
        QTest::newRow("ends before joining") << PersonField::EndDate << QStringLiteral("สมชาย") << QString() << QString()
                                             << int(MembershipType::Annual) << may3 << may3.addDays(-1);
        QTest::newRow("lifetime with end") << PersonField::EndDate << QStringLiteral("สมชาย") << QString() << QString()
                                           << int(MembershipType::Lifetime) << may3 << may3.addYears(2);
    }
    void personRules()
    {
        QFETCH(QString, field);
        QFETCH(QString, nameTh);
        QFETCH(QString, phone);
        QFETCH(QString, nationalId);
        QFETCH(int, membership);
        QFETCH(QDate, joined);
        QFETCH(QDate, ends);
        Person p;
        p.nameTh = nameTh;
        p.phone = phone;
        p.nationalId = nationalId;
        p.membershipType = MembershipType(membership);
        p.joinDate = joined;
        p.endDate = ends;
        const FieldErrors errors = cleanAndValidate(p);
        if (field.isEmpty()) {
            QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).message));
        } else {
            QCOMPARE(errors.size(), 1);
            QCOMPARE(errors.first().field, field);
            QVERIFY(!errors.first().message.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestValidators)
#include "tst_validators.moc"
