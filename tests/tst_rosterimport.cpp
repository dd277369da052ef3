// Importing a member roster into People: the row-by-row rules (a matrix of good and bad rows),
// matching people already known, all-or-nothing writing, and the bulk path that rebuilds the
// indexes of a large import.

#include "TestDatabase.h"
#include "database/Transaction.h"
#include "database/SqliteTempFiles.h"
#include "database/WorkerConnection.h"
#include "WorkshopFixtures.h"
#include "domain/NationalId.h"
#include "io/ImportFields.h"
#include "io/RosterImporter.h"
#include "stores/AreaStore.h"
#include "stores/PersonStore.h"
#include "stores/RegistrationStore.h"
#include "stores/WorkshopStore.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace khana;

namespace {

const QDate kToday(2023, 10, 22);
const QString kHeader = QStringLiteral("ชื่อ-สกุล,โทรศัพท์,เลขประจำตัวประชาชน,เลขสมาชิก,จังหวัด,อำเภอ,วันที่สมัคร,วันหมดอายุ,ประเภทสมาชิก,สถานะ\r\n");

QString validId(const QString &firstTwelve)
{
    return firstTwelve + QString::number(NationalId::checkDigit(firstTwelve));
}

qint64 countOf(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

CsvReader::Table rosterOf(const QString &rows)
{
    return CsvReader::read((kHeader + rows).toUtf8());
}

// `n` new members in Chiang Rai, each with a phone and a member number.
QString generatedRows(int n)
{
    QString rows;
    for (int i = 0; i < n; ++i)
        rows += QStringLiteral("สมาชิก ทดสอบ%1,08%2,,T%3,เชียงราย,%4,%5/%6/2565,,รายปี,\r\n")
                    .arg(i)
                    .arg(i, 8, 10, QLatin1Char('0'))
                    .arg(i, 6, 10, QLatin1Char('0'))
                    .arg(i % 2 ? QStringLiteral("เมืองเชียงราย") : QStringLiteral("เวียงชัย"))
                    .arg(1 + i % 28)
                    .arg(1 + i % 12);
    return rows;
}

} // namespace

class TestRosterImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> t;
    qint64 somchai = 0; // in People with a national id and member number
    qint64 wilai = 0;   // in People with a phone only

    RosterImporter importer() const
    {
        RosterImporter r(t->db());
        r.setToday(kToday);
        return r;
    }

private Q_SLOTS:
    void init()
    {
        t = std::make_unique<TestDatabase>();
        QVERIFY(t->ok());
        QVERIFY(AreaStore(t->db())
                    .upsertDistricts({{QStringLiteral("5701"), QStringLiteral("TH-57"), QStringLiteral("เมืองเชียงราย"), QStringLiteral("Mueang Chiang Rai")},
                                      {QStringLiteral("5702"), QStringLiteral("TH-57"), QStringLiteral("เวียงชัย"), QStringLiteral("Wiang Chai")},
                                      {QStringLiteral("5601"), QStringLiteral("TH-56"), QStringLiteral("เมืองพะเยา"), QStringLiteral("Mueang Phayao")}})
                    .ok());
        PersonStore people(t->db());
        Person a;
        a.nameTh = QStringLiteral("สมชาย ใจดี");
        a.nationalId = validId(QStringLiteral("357010012345"));
        a.memberNumber = QStringLiteral("CR-0001");
        a.phone = QStringLiteral("0812345678");
        QVERIFY(people.save(a).ok());
        somchai = a.id;
        Person b;
        b.nameTh = QStringLiteral("วิไลวรรณ ศรีสุข");
        b.phone = QStringLiteral("0898765432");
        b.provinceCode = QStringLiteral("TH-56");
        QVERIFY(people.save(b).ok());
        wilai = b.id;
    }
    void cleanup() { t.reset(); }

    void guessesThaiAndEnglishHeaders()
    {
        auto mapping = RosterImporter::guessMapping(rosterOf({}).header);
        QCOMPARE(mapping.value(RosterImporter::NameTh), 0);
        QCOMPARE(mapping.value(RosterImporter::Phone), 1);
        QCOMPARE(mapping.value(RosterImporter::NationalId), 2);
        QCOMPARE(mapping.value(RosterImporter::MemberNumber), 3);
        QCOMPARE(mapping.value(RosterImporter::Province), 4);
        QCOMPARE(mapping.value(RosterImporter::District), 5);
        QCOMPARE(mapping.value(RosterImporter::JoinDate), 6);
        QCOMPARE(mapping.value(RosterImporter::EndDate), 7);
        QCOMPARE(mapping.value(RosterImporter::Membership), 8);
        QCOMPARE(mapping.value(RosterImporter::Status), 9);
        mapping = RosterImporter::guessMapping({QStringLiteral("Name"), QStringLiteral("Mobile"), QStringLiteral("Joined"), QStringLiteral("Province")});
        QCOMPARE(mapping.value(RosterImporter::NameTh), 0);
        QCOMPARE(mapping.value(RosterImporter::Phone), 1);
        QCOMPARE(mapping.value(RosterImporter::JoinDate), 2);
        QCOMPARE(mapping.value(RosterImporter::Province), 3);
        QCOMPARE(mapping.value(RosterImporter::NationalId), -1);
    }

    void readsDatesAndPlaces_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("B.E. slashes") << QStringLiteral("22/10/2566") << QDate(2023, 10, 22);
        QTest::newRow("B.E. one digit") << QStringLiteral("1/2/2567") << QDate(2024, 2, 1);
        QTest::newRow("C.E. day first") << QStringLiteral("22-10-2023") << QDate(2023, 10, 22);
        QTest::newRow("ISO") << QStringLiteral("2023-10-22") << QDate(2023, 10, 22);
        QTest::newRow("Thai month") << QStringLiteral("22 ต.ค. 2566") << QDate(2023, 10, 22);
        QTest::newRow("no such day") << QStringLiteral("31/02/2566") << QDate();
        QTest::newRow("words") << QStringLiteral("last year") << QDate();
        QTest::newRow("two-digit year") << QStringLiteral("22/10/66") << QDate(2023, 10, 22);
    }
    void readsDatesAndPlaces()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(ImportFields::date(text), date);

        const PlaceNames places(t->db());
        for (const QString &name : {QStringLiteral("เชียงราย"), QStringLiteral("จ.เชียงราย"), QStringLiteral("จังหวัด เชียงราย"),
                                    QStringLiteral("Chiang Rai"), QStringLiteral("chiang rai"), QStringLiteral("TH-57"), QStringLiteral("57")})
            QCOMPARE(places.provinceCode(name), QStringLiteral("TH-57"));
        QVERIFY(places.provinceCode(QStringLiteral("เชียงรา")).isEmpty());
        QCOMPARE(places.districtCode(QStringLiteral("อำเภอเวียงชัย"), QStringLiteral("TH-57")), QStringLiteral("5702"));
        QCOMPARE(places.districtCode(QStringLiteral("อ. เวียงชัย"), QStringLiteral("TH-57")), QStringLiteral("5702"));
        QCOMPARE(places.districtCode(QStringLiteral("Wiang Chai"), QStringLiteral("TH-57")), QStringLiteral("5702"));
        QCOMPARE(places.districtCode(QStringLiteral("5601")), QStringLiteral("5601"));
        QVERIFY(places.districtCode(QStringLiteral("เวียงชัย"), QStringLiteral("TH-56")).isEmpty());
    }

    // One roster row, and what the import makes of it: a new person, a person matched, or a
    // refusal naming the column (as headed in the file) and the reason.
    void checksEachRow_data()
    {
        QTest::addColumn<QString>("row");
        QTest::addColumn<QString>("outcome"); // "new", "matched", or the refused column
        QTest::addColumn<QString>("reason");  // part of the message

        const QString id = validId(QStringLiteral("357010012345"));
        QTest::newRow("new, B.E. dates") << QStringLiteral("อนุชา คำแสน,086-111-2222,,CR-0100,เชียงราย,เมืองเชียงราย,01/10/2566,,รายปี,ปกติ") << "new" << "";
        QTest::newRow("new, ISO date, no type") << QStringLiteral("อนุชา คำแสน,,,,,,2023-10-01,,,") << "new" << "";
        QTest::newRow("district code alone") << QStringLiteral("อนุชา คำแสน,,,,,5601,1/10/2566,,,") << "new" << "";
        QTest::newRow("no name") << QStringLiteral(",0861112222,,,,,01/10/2566,,,") << "ชื่อ-สกุล" << "name";
        QTest::newRow("bad phone") << QStringLiteral("อนุชา คำแสน,0861,,,,,01/10/2566,,,") << "โทรศัพท์" << "phone";
        QTest::newRow("bad id checksum") << QStringLiteral("อนุชา คำแสน,,3570100123450,,,,01/10/2566,,,") << "เลขประจำตัวประชาชน" << "check";
        QTest::newRow("unknown province") << QStringLiteral("อนุชา คำแสน,,,,เชียงรา,,01/10/2566,,,") << "จังหวัด" << "Unknown province";
        QTest::newRow("district elsewhere") << QStringLiteral("อนุชา คำแสน,,,,พะเยา,5701,01/10/2566,,,") << "อำเภอ" << "not in this province";
        QTest::newRow("district unknown") << QStringLiteral("อนุชา คำแสน,,,,เชียงราย,ดอยสุเทพ,01/10/2566,,,") << "อำเภอ" << "No district";
        QTest::newRow("not a date") << QStringLiteral("อนุชา คำแสน,,,,,,เมื่อวาน,,,") << "วันที่สมัคร" << "not a date";
        QTest::newRow("joined in the future") << QStringLiteral("อนุชา คำแสน,,,,,,23/10/2566,,,") << "วันที่สมัคร" << "future";
        QTest::newRow("no join date") << QStringLiteral("อนุชา คำแสน,,,,,,,,รายปี,") << "วันที่สมัคร" << "join date";
        QTest::newRow("ended before joining") << QStringLiteral("อนุชา คำแสน,,,,,,01/10/2566,01/09/2566,,") << "วันหมดอายุ" << "before the join date";
        QTest::newRow("lifetime with an end") << QStringLiteral("อนุชา คำแสน,,,,,,01/01/2566,01/09/2566,ตลอดชีพ,") << "วันหมดอายุ" << "lifetime";
        QTest::newRow("unknown type") << QStringLiteral("อนุชา คำแสน,,,,,,01/10/2566,,รายเดือน,") << "ประเภทสมาชิก" << "membership type";
        QTest::newRow("unknown status") << QStringLiteral("อนุชา คำแสน,,,,,,01/10/2566,,,พักงาน") << "สถานะ" << "not a status";
        QTest::newRow("matched by national id") << (QStringLiteral("Somchai J.,,") + id + QStringLiteral(",,,,01/01/2565,,ตลอดชีพ,")) << "matched" << "";
        QTest::newRow("matched by member no.") << QStringLiteral("สมชาย ใจดี,,,CR-0001,,,01/01/2565,,,") << "matched" << "";
        QTest::newRow("matched by phone and name") << QStringLiteral("วิไลวรรณ  ศรีสุข,0898765432,,,,,01/01/2566,,,") << "matched" << "";
        QTest::newRow("same phone, other name") << QStringLiteral("มานะ ศรีสุข,0898765432,,,,,01/01/2566,,,") << "new" << "";
        QTest::newRow("another member no.") << (QStringLiteral("สมชาย ใจดี,,") + id + QStringLiteral(",CR-0999,,,01/01/2565,,,")) << "เลขสมาชิก"
                                            << "member no. in People is CR-0001";
    }
    void checksEachRow()
    {
        QFETCH(QString, row);
        QFETCH(QString, outcome);
        QFETCH(QString, reason);
        const CsvReader::Table table = rosterOf(row + QStringLiteral("\r\n"));
        const RosterImporter r = importer();
        const auto result = r.check(table, RosterImporter::guessMapping(table.header));
        QVERIFY(result.fileError.isEmpty());
        if (outcome == QLatin1String("new") || outcome == QLatin1String("matched")) {
            QVERIFY2(result.errors.isEmpty(), result.errors.isEmpty() ? "" : qPrintable(result.errors.first().message));
            QCOMPARE(result.newPeople, outcome == QLatin1String("new") ? 1 : 0);
            QCOMPARE(result.matchedPeople, outcome == QLatin1String("matched") ? 1 : 0);
            return;
        }
        QCOMPARE(result.goodRows(), 0);
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().line, 2);
        QCOMPARE(result.errors.first().column, outcome);
        QVERIFY2(result.errors.first().message.contains(reason, Qt::CaseInsensitive), qPrintable(result.errors.first().message));
    }

    void refusesConflictsAndRepeats()
    {
        const QString id = validId(QStringLiteral("357010012345"));
        PersonStore people(t->db());
        Person other;
        other.nameTh = QStringLiteral("มานพ ใจสุข");
        other.memberNumber = QStringLiteral("CR-0002");
        QVERIFY(people.save(other).ok());
        const CsvReader::Table table = rosterOf(
            QStringLiteral("สมชาย ใจดี,,%1,CR-0002,,,01/01/2565,,,\r\n"   // id is Somchai, number is Manop
                           "อนุชา คำแสน,,,CR-0100,,,01/01/2565,,,\r\n"
                           "อนุชา คำแสน,,,CR-0100,,,01/01/2565,,,\r\n"    // the same member twice
                           "มานพ ใจสุข,,,CR-0002,,,01/01/2565,,,\r\n"
                           "มานพ ใจสุข,,,CR-0002,,,01/01/2565,,,\r\n")    // a person matched twice
                .arg(id));
        const auto result = importer().check(table, RosterImporter::guessMapping(table.header));
        QCOMPARE(result.newPeople, 1);
        QCOMPARE(result.matchedPeople, 1);
        QCOMPARE(result.errors.size(), 3);
        QCOMPARE(result.errors.at(0).line, 2);
        QVERIFY(result.errors.at(0).message.contains(QStringLiteral("belongs to someone else")));
        QCOMPARE(result.errors.at(1).line, 4);
        QVERIFY(result.errors.at(1).message.contains(QStringLiteral("row 3")));
        QCOMPARE(result.errors.at(2).line, 6);
    }

    void writesGoodRowsAndUpdatesMemberships()
    {
        const QString id = validId(QStringLiteral("357010012345"));
        const CsvReader::Table table = rosterOf(QStringLiteral("Somchai J.,0800000000,%1,,เชียงราย,อ.เวียงชัย,1/1/2565,,ตลอดชีพ,\r\n"
                                                               "วิไลวรรณ ศรีสุข,0898765432,,CR-0200,,,01/06/2566,,รายปี,\r\n"
                                                               "อนุชา คำแสน,086-111-2222,,CR-0100,พะเยา,,01/10/2566,,,\r\n"
                                                               "ไม่มีวันที่,,,,,,,,,\r\n")
                                                    .arg(id));
        RosterImporter r = importer();
        const qint64 before = PersonStore(t->db()).count();
        const auto result = r.import(table, RosterImporter::guessMapping(table.header));
        QVERIFY2(result.fileError.isEmpty(), qPrintable(result.fileError));
        QCOMPARE(result.imported, 3);
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(PersonStore(t->db()).count(), before + 1);

        const Person a = *PersonStore(t->db()).find(somchai);
        QCOMPARE(a.nameTh, QStringLiteral("สมชาย ใจดี")); // names in People are kept
        QCOMPARE(a.phone, QStringLiteral("0812345678")); // a stored phone is kept
        QCOMPARE(a.memberNumber, QStringLiteral("CR-0001"));
        QCOMPARE(a.membershipType, MembershipType::Lifetime);
        QCOMPARE(a.joinDate, QDate(2022, 1, 1));
        QCOMPARE(a.districtCode, QStringLiteral("5702"));
        QCOMPARE(a.rowVersion, 2);
        const Person b = *PersonStore(t->db()).find(wilai);
        QCOMPARE(b.memberNumber, QStringLiteral("CR-0200"));
        QCOMPARE(b.membershipType, MembershipType::Annual);
        QCOMPARE(b.provinceCode, QStringLiteral("TH-56")); // no province in the row: kept
        QCOMPARE(countOf(t->db(), QStringLiteral("SELECT count(*) FROM person WHERE member_no = 'CR-0100' AND phone = '0861112222' "
                                                 "AND province_code = 'TH-56' AND status = 'active'")),
                 1);
        // The new person is found by the search index.
        QCOMPARE(int(t->peopleFound(QStringLiteral("คำแสน"))), 1);
    }

    void takingBackAnImportRestoresEveryone()
    {
        const QString id = validId(QStringLiteral("357010012345"));
        const CsvReader::Table table = rosterOf(QStringLiteral("Somchai J.,0800000000,%1,,เชียงราย,อ.เวียงชัย,1/1/2565,,ตลอดชีพ,\r\n"
                                                               "อนุชา คำแสน,086-111-2222,,CR-0100,พะเยา,,01/10/2566,,,\r\n")
                                                    .arg(id));
        PersonStore people(t->db());
        const Person somchaiBefore = *people.find(somchai);
        const qint64 countBefore = people.count();
        RosterImporter r = importer();
        const auto result = r.import(table, RosterImporter::guessMapping(table.header));
        QCOMPARE(result.imported, 2);
        QCOMPARE(result.addedIds.size(), 1);
        QCOMPARE(result.replaced.size(), 1);
        QCOMPARE(result.replaced.first().id, somchai);

        QVERIFY(people.takeBackImport(result.addedIds, result.replaced).ok());
        QCOMPARE(people.count(), countBefore);
        QVERIFY(!people.find(result.addedIds.first()));
        const Person back = *people.find(somchai);
        QCOMPARE(back.membershipType, somchaiBefore.membershipType);
        QCOMPARE(back.joinDate, somchaiBefore.joinDate);
        QCOMPARE(back.districtCode, somchaiBefore.districtCode); // NULL again
        QCOMPARE(back.provinceCode, somchaiBefore.provinceCode);
        QCOMPARE(back.rowVersion, somchaiBefore.rowVersion);
        QCOMPARE(int(t->peopleFound(QStringLiteral("คำแสน"))), 0);
    }

    void takingBackIsRefusedWhenSomeoneChangedSince_data()
    {
        QTest::addColumn<bool>("editTheAdded");
        QTest::newRow("a person it added was edited") << true;
        QTest::newRow("a person it updated was edited") << false;
    }

    void takingBackIsRefusedWhenSomeoneChangedSince()
    {
        QFETCH(bool, editTheAdded);
        const QString id = validId(QStringLiteral("357010012345"));
        const CsvReader::Table table = rosterOf(QStringLiteral("Somchai J.,0800000000,%1,,เชียงราย,,1/1/2565,,ตลอดชีพ,\r\n"
                                                               "อนุชา คำแสน,086-111-2222,,CR-0100,พะเยา,,01/10/2566,,,\r\n")
                                                    .arg(id));
        RosterImporter r = importer();
        const auto result = r.import(table, RosterImporter::guessMapping(table.header));
        QCOMPARE(result.imported, 2);
        PersonStore people(t->db());
        Person edited = *people.find(editTheAdded ? result.addedIds.first() : somchai);
        edited.notes = QStringLiteral("โทรนัดแล้ว");
        QVERIFY(people.save(edited).ok());
        const qint64 countAfterImport = people.count();

        const PersonStore::SaveResult refused = people.takeBackImport(result.addedIds, result.replaced);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(QStringLiteral("changed")), qPrintable(refused.error));
        // Nothing at all was taken back.
        QCOMPARE(people.count(), countAfterImport);
        QCOMPARE(people.find(somchai)->membershipType, MembershipType::Lifetime);
        QCOMPARE(people.find(edited.id)->notes, QStringLiteral("โทรนัดแล้ว"));
    }

    void takingBackIsRefusedWhenSomeoneAddedIsRegistered()
    {
        const CsvReader::Table table = rosterOf(QStringLiteral("อนุชา คำแสน,086-111-2222,,CR-0100,พะเยา,,01/10/2566,,,\r\n"));
        RosterImporter r = importer();
        const auto result = r.import(table, RosterImporter::guessMapping(table.header));
        QCOMPARE(result.addedIds.size(), 1);
        Workshop w = fixtures::chiangRaiWorkshop();
        QVERIFY(WorkshopStore(t->db()).save(w).ok());
        Registration registered{0, 0, w.id, result.addedIds.first(), w.categories.first().id, QStringLiteral("TH-56"),
                                RegistrationStatus::Confirmed, QString(), {}, {}};
        QVERIFY(RegistrationStore(t->db()).add(registered).ok());
        PersonStore people(t->db());
        const PersonStore::SaveResult refused = people.takeBackImport(result.addedIds, result.replaced);
        QVERIFY2(refused.error.contains(QStringLiteral("registered for a workshop")), qPrintable(refused.error));
        QVERIFY(people.find(result.addedIds.first()));
    }

    void twoImportsAreTakenBackInTurn()
    {
        // The second import updates the person the first one added.
        const CsvReader::Table first = rosterOf(QStringLiteral("อนุชา คำแสน,086-111-2222,,CR-0100,พะเยา,,01/10/2566,,รายปี,\r\n"));
        const CsvReader::Table second = rosterOf(QStringLiteral("อนุชา คำแสน,086-111-2222,,CR-0100,พะเยา,,01/10/2566,,ตลอดชีพ,\r\n"));
        RosterImporter r = importer();
        const auto one = r.import(first, RosterImporter::guessMapping(first.header));
        const auto two = r.import(second, RosterImporter::guessMapping(second.header));
        QCOMPARE(one.addedIds.size(), 1);
        QCOMPARE(two.replaced.size(), 1);
        PersonStore people(t->db());
        QVERIFY(!people.takeBackImport(one.addedIds, one.replaced).ok()); // the later one first
        QVERIFY(people.takeBackImport(two.addedIds, two.replaced).ok());
        QCOMPARE(people.find(one.addedIds.first())->membershipType, MembershipType::Annual);
        QVERIFY(people.takeBackImport(one.addedIds, one.replaced).ok());
        QVERIFY(!people.find(one.addedIds.first()));
    }

    void writesNothingWhenTheDatabaseRefuses()
    {
        QVERIFY(t->refuseRowsNamed(QStringLiteral("person"), QStringLiteral("มานะ ปฏิเสธ")));
        const QString id = validId(QStringLiteral("357010012345"));
        const CsvReader::Table table = rosterOf(QStringLiteral("สมชาย ใจดี,,%1,,,,1/1/2565,,ตลอดชีพ,\r\n"
                                                               "อนุชา คำแสน,,,CR-0100,,,01/10/2566,,,\r\n"
                                                               "มานะ ปฏิเสธ,,,,,,01/10/2566,,,\r\n")
                                                    .arg(id));
        const qint64 before = PersonStore(t->db()).count();
        RosterImporter r = importer();
        const auto result = r.import(table, RosterImporter::guessMapping(table.header));
        QVERIFY(result.fileError.contains(QStringLiteral("Nothing was imported")));
        QCOMPARE(result.imported, 0);
        QCOMPARE(PersonStore(t->db()).count(), before);
        QCOMPARE(PersonStore(t->db()).find(somchai)->membershipType, MembershipType::None);
        QCOMPARE(PersonStore(t->db()).find(somchai)->rowVersion, 1);
        // The search index's trigger is back after the rollback: a person saved now is found.
        QVERIFY(t->stopRefusing(QStringLiteral("person")));
        Person later;
        later.nameTh = QStringLiteral("ภายหลัง บันทึก");
        QVERIFY(PersonStore(t->db()).save(later).ok());
        QCOMPARE(int(t->peopleFound(QStringLiteral("ภายหลัง"))), 1);
    }

    // An import that at least doubles People drops the ordinary indexes and builds them again
    // once the rows are in: afterwards the schema is as before and every index agrees with the
    // table.
    void largeImportKeepsIndexesWhole_data()
    {
        QTest::addColumn<bool>("listOpen");
        QTest::newRow("indexes rebuilt") << false;
        // A statement still reading People locks its indexes: they are grown row by row.
        QTest::newRow("while a list is reading") << true;
    }
    void largeImportKeepsIndexesWhole()
    {
        QFETCH(bool, listOpen);
        const QString schemaBefore = t->schemaOf(QStringLiteral("person"));
        QSqlQuery q(t->db());

        const int n = 25000;
        const CsvReader::Table table = rosterOf(generatedRows(n));
        RosterImporter r = importer();
        QSqlQuery reading(t->db());
        if (listOpen)
            QVERIFY(reading.exec(QStringLiteral("SELECT id FROM person ORDER BY sort_key")) && reading.next());
        const auto result = r.import(table, RosterImporter::guessMapping(table.header));
        QVERIFY2(result.fileError.isEmpty(), qPrintable(result.fileError));
        QCOMPARE(result.imported, n);
        reading.finish();

        QCOMPARE(t->schemaOf(QStringLiteral("person")), schemaBefore);
        QCOMPARE(countOf(t->db(), QStringLiteral("SELECT count(*) FROM person WHERE district_code = '5702'")), n / 2);
        QCOMPARE(int(t->peopleFound(QStringLiteral("ทดสอบ2499"))), 11);
        if (TestDatabase::onServer())
            return; // PostgreSQL keeps its indexes through a bulk insert: nothing was rebuilt
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO person_search(person_search, rank) VALUES ('integrity-check', 1)")));
        // The search index and the audit trail are written a stretch of rows at a time while
        // the rows go in: every new person is found exactly where a scan finds them, and has
        // one entry of their own in the trail, with their values stored as checked (empty
        // national ids and end dates as NULL, as one by one).
        for (const QString &fragment : {QStringLiteral("ทดสอบ"), QStringLiteral("ทดสอบ1"), QStringLiteral("ทดสอบ2499"),
                                        QStringLiteral("0800024"), QStringLiteral("T01234"), QStringLiteral("T0248")}) {
            q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM person_search WHERE person_search MATCH ?), "
                                     "(SELECT count(*) FROM person WHERE instr(name_th, ?) OR instr(phone, ?) OR instr(member_no, ?))"));
            q.addBindValue(QLatin1Char('"') + fragment + QLatin1Char('"'));
            for (int i = 0; i < 3; ++i)
                q.addBindValue(fragment);
            QVERIFY(q.exec() && q.next());
            QVERIFY2(q.value(1).toLongLong() > 0, qPrintable(fragment));
            QCOMPARE(q.value(0).toLongLong(), q.value(1).toLongLong());
        }
        QCOMPARE(countOf(t->db(), QStringLiteral("SELECT count(*) FROM person p WHERE instr(p.name_th, 'ทดสอบ') AND (SELECT count(*) FROM audit_entry a "
                                                 "WHERE a.entity = 'person' AND a.entity_id = CAST(p.id AS TEXT) AND a.action = 'import' AND a.detail = 'added') = 1")),
                 n);
        QCOMPARE(countOf(t->db(), QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'import' AND detail = 'added'")), n);
        QCOMPARE(countOf(t->db(), QStringLiteral("SELECT count(*) FROM person WHERE national_id = '' OR end_date = '' OR province_code = ''")), 0);
        QCOMPARE(countOf(t->db(), QStringLiteral("SELECT count(*) FROM person WHERE national_id IS NULL AND end_date IS NULL AND name_en = '' "
                                                 "AND join_date LIKE '2022-%' AND membership_type = 'annual' AND status = 'active'")),
                 n);
        // What the import changed for its sorts is as it was.
        QCOMPARE(countOf(t->db(), QStringLiteral("PRAGMA cache_size")), -131072);
        QCOMPARE(countOf(t->db(), QStringLiteral("PRAGMA threads")), 0);
        // So is the search index's hash (FTS5's default is 1 MB, kept as a setting now).
        QCOMPARE(countOf(t->db(), QStringLiteral("SELECT v FROM person_search_config WHERE k = 'hashsize'")), 1 << 20);
        // The growth series reads the rebuilt member index.
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT count(*) FROM person WHERE province_code = 'TH-57' AND join_date < '2022-06-01' "
                                      "AND membership_type <> 'none'")));
        QString plan;
        while (q.next())
            plan += q.value(3).toString();
        QVERIFY2(plan.contains(QStringLiteral("member_joined")), qPrintable(plan));
    }

    // Cancel at each moment the import reports its progress — while checking and writing,
    // while SQLite builds the indexes, just before the commit — leaves People as it was, indexes
    // and search index included; an import not cancelled reports every row twice, once checked
    // and written and once for the indexes.
    void cancellingAtAnyMomentLeavesNothing()
    {
        const int n = 20000; // enough for the bulk path that drops and rebuilds People's indexes
        const CsvReader::Table table = rosterOf(generatedRows(n));
        const RosterImporter::Mapping mapping = RosterImporter::guessMapping(table.header);
        const QString schemaBefore = t->schemaOf();
        QSqlQuery q(t->db());
        for (int stopAt = 0;; ++stopAt) {
            int calls = 0;
            qint64 lastDone = -1;
            qint64 lastTotal = 0;
            RosterImporter r = importer();
            const auto result = r.import(table, mapping, [&](qint64 done, qint64 total) {
                lastDone = done;
                lastTotal = total;
                return calls++ != stopAt;
            });
            if (result.imported > 0) {
                QVERIFY2(stopAt > 4, "progress is reported while checking and while writing");
                QCOMPARE(result.imported, n);
                const qint64 reported = 2 * n;
                QCOMPARE(lastDone, reported);
                QCOMPARE(lastTotal, reported);
                // The ids given back are those stored (on a server, taken a block at a time).
                QSet<qint64> stored;
                QVERIFY(q.exec(QStringLiteral("SELECT id FROM person WHERE name_th LIKE '%ทดสอบ%'")));
                while (q.next())
                    stored.insert(q.value(0).toLongLong());
                QCOMPARE(stored.size(), n);
                QCOMPARE(QSet<qint64>(result.addedIds.cbegin(), result.addedIds.cend()), stored);
                break;
            }
            QVERIFY2(result.cancelled, qPrintable(QStringLiteral("stop %1: %2").arg(stopAt).arg(result.fileError)));
            QCOMPARE(result.fileError, QStringLiteral("The import was cancelled; nothing was imported."));
            QCOMPARE(PersonStore(t->db()).count(), 2);
            QCOMPARE(t->schemaOf(), schemaBefore);
            QCOMPARE(int(t->peopleFound(QStringLiteral("ทดสอบ"))), 0);
            if (!TestDatabase::onServer()) {
                QCOMPARE(countOf(t->db(), QStringLiteral("SELECT count(*) FROM person_search")), 2);
                QCOMPARE(countOf(t->db(), QStringLiteral("SELECT count(*) FROM person_search_config WHERE k = 'hashsize'")), 0);
                QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
                QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            }
        }
        QCOMPARE(PersonStore(t->db()).count(), 2 + n);
    }

    // A worker's connection is configured as the window's is, and Cancel stops the statement it
    // is running (an index rebuilt over a million rows is one statement).
    void workerConnectionIsConfiguredAndInterruptible()
    {
        std::atomic<bool> cancelled{false};
        WorkerConnection worker(t->db().connectionName());
        QVERIFY2(worker.ok(), qPrintable(worker.error()));
        if (TestDatabase::onServer()) {
            QVERIFY(QSqlQuery(worker.database()).exec(QStringLiteral("SELECT 1")));
        } else {
            QCOMPARE(countOf(worker.database(), QStringLiteral("PRAGMA foreign_keys")), 1);
            QCOMPARE(countOf(worker.database(), QStringLiteral("PRAGMA secure_delete")), 1);
            // Its temporary files (an index's sort runs) are in memory too: SqliteTempFiles.
            QVERIFY(SqliteTempFiles::inMemory(worker.database()));
            QCOMPARE(countOf(worker.database(), QStringLiteral("PRAGMA temp_store")), 1);
        }
        QCOMPARE(countOf(worker.database(), QStringLiteral("SELECT count(*) FROM person")), 2);
        worker.interruptWhen(&cancelled);
        const QString endless = TestDatabase::onServer()
            ? QStringLiteral("SELECT pg_sleep(120)")
            : QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c");
        QSqlQuery q(worker.database());
        cancelled = true;
        QVERIFY(!q.exec(endless));
        QCOMPARE(StorageError::kindOf(q.lastError()), StorageError::Kind::Cancelled);
        QCOMPARE(StorageError::describe(q.lastError()), QStringLiteral("Cancelled: nothing was saved."));
        cancelled = false;
        QCOMPARE(countOf(worker.database(), QStringLiteral("SELECT count(*) FROM person")), 2);
    }
};

QTEST_MAIN(TestRosterImport)
#include "tst_rosterimport.moc"
