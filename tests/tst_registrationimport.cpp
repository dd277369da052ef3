// Importing a registration list as Thai offices export it from Excel or a web form.

#include "TestDatabase.h"
#include "WorkshopFixtures.h"
#include "io/RegistrationImporter.h"
#include "stores/PersonStore.h"
#include "stores/RegistrationStore.h"
#include "stores/WorkshopStore.h"

#include <QSqlQuery>
#include <QStringEncoder>

using namespace khana;

namespace {

int countOf(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

const QString kList = QStringLiteral(
    "ลำดับ,ชื่อ-สกุล,เบอร์โทร,จังหวัด,ประเภท,หมายเหตุ\r\n"
    "1,สมชาย ใจดี,081-234-5678,เชียงราย,คณะทำงานจังหวัด,\r\n"
    "2,วิไลวรรณ ศรีสุข,0898765432,จังหวัดพะเยา,ทีมงาน ส.ส.เขต,\"มาช้า\r\nประมาณ 10 โมง\"\r\n"
    "3,อนุชา คำแสน,0861112222,Chiang Rai,สมาชิกที่ช่วยงานในพื้นที่,\r\n"
    "4,ประเสริฐ มณี,0812,เชียงราย,คณะทำงานจังหวัด,\r\n"
    "5,กาญจนา ทองดี,0823334444,เมืองลับแล,คณะทำงานจังหวัด,\r\n"
    "6,ศิริพร แก้วมณี,0834445555,เชียงราย,ผู้สังเกตการณ์,\r\n"
    "7,สมชาย ใจดี,081 234 5678,เชียงราย,คณะทำงานจังหวัด,\r\n");

} // namespace

class TestRegistrationImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> t;
    Workshop workshop;

private Q_SLOTS:
    void init()
    {
        t = std::make_unique<TestDatabase>();
        QVERIFY(t->ok());
        workshop = fixtures::chiangRaiWorkshop();
        QVERIFY(WorkshopStore(t->db()).save(workshop).ok());
    }
    void cleanup() { t.reset(); }

    void guessesThaiHeaders()
    {
        const CsvReader::Table table = CsvReader::read(kList.toUtf8());
        const auto mapping = RegistrationImporter::guessMapping(table.header);
        QCOMPARE(mapping.value(RegistrationImporter::NameTh), 1);
        QCOMPARE(mapping.value(RegistrationImporter::Phone), 2);
        QCOMPARE(mapping.value(RegistrationImporter::Province), 3);
        QCOMPARE(mapping.value(RegistrationImporter::Category), 4);
        QCOMPARE(mapping.value(RegistrationImporter::NationalId), -1);
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("utf-8") << kList.toUtf8();
        QTest::newRow("utf-8 with BOM (Excel)") << QByteArray("\xEF\xBB\xBF" + kList.toUtf8());
        QStringEncoder tis("TIS-620");
        QTest::newRow("tis-620 / windows-874 (Thai Excel)") << QByteArray(tis.encode(kList));
        QString lf = kList;
        lf.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        QTest::newRow("LF line ends") << lf.toUtf8();
    }
    void encodings()
    {
        QFETCH(QByteArray, bytes);
        const CsvReader::Table table = CsvReader::read(bytes);
        RegistrationImporter importer(t->db(), workshop.id);
        const auto preview = importer.check(table, RegistrationImporter::guessMapping(table.header));
        QCOMPARE(preview.good.size(), 3);
        QCOMPARE(countOf(t->db(), QStringLiteral("SELECT count(*) FROM registration")), 0); // a preview writes nothing

        const auto result = importer.import(table, RegistrationImporter::guessMapping(table.header));
        QVERIFY2(result.fileError.isEmpty(), qPrintable(result.fileError));
        QCOMPARE(result.imported, 3);
        // Bad rows: row (line in the file), column and reason.
        QCOMPARE(result.errors.size(), 4);
        QCOMPARE(result.errors.at(0).line, 6); // row 4: the quoted line break makes row 2 two lines
        QCOMPARE(result.errors.at(0).column, QStringLiteral("เบอร์โทร"));
        QCOMPARE(result.errors.at(1).line, 7);
        QCOMPARE(result.errors.at(1).column, QStringLiteral("จังหวัด"));
        QVERIFY(result.errors.at(1).message.contains(QStringLiteral("เมืองลับแล")));
        QCOMPARE(result.errors.at(2).column, QStringLiteral("ประเภท"));
        QVERIFY(result.errors.at(3).message.contains(QStringLiteral("twice")));

        QCOMPARE(countOf(t->db(), QStringLiteral("SELECT count(*) FROM registration")), 3);
        QCOMPARE(countOf(t->db(), QStringLiteral("SELECT count(*) FROM person")), 3);
        QSqlQuery q(t->db());
        QVERIFY(q.exec(QStringLiteral("SELECT p.name_th, r.province_code FROM registration r JOIN person p ON p.id = r.person_id ORDER BY r.id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("สมชาย ใจดี"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("TH-57"));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("TH-56"));
    }

    void matchesPeopleAlreadyKnownAndRefusesSecondRegistration()
    {
        Person known;
        known.nameTh = QStringLiteral("สมชาย ใจดี");
        known.phone = QStringLiteral("0812345678");
        QVERIFY(PersonStore(t->db()).save(known).ok());
        const CsvReader::Table table = CsvReader::read(kList.toUtf8());
        RegistrationImporter importer(t->db(), workshop.id);
        QCOMPARE(importer.import(table, RegistrationImporter::guessMapping(table.header)).imported, 3);
        QCOMPARE(countOf(t->db(), QStringLiteral("SELECT count(*) FROM person")), 3); // Somchai was not added again
        QCOMPARE(countOf(t->db(), QStringLiteral("SELECT count(*) FROM registration WHERE person_id = %1").arg(known.id)), 1);

        // The same file again: every good row is now a second registration.
        const auto again = importer.import(table, RegistrationImporter::guessMapping(table.header));
        QCOMPARE(again.imported, 0);
        QCOMPARE(countOf(t->db(), QStringLiteral("SELECT count(*) FROM registration")), 3);
    }

    void needsNamesAndCategories()
    {
        const CsvReader::Table table = CsvReader::read(kList.toUtf8());
        RegistrationImporter importer(t->db(), workshop.id);
        auto mapping = RegistrationImporter::guessMapping(table.header);
        mapping[RegistrationImporter::NameTh] = -1;
        QVERIFY(!importer.check(table, mapping).fileError.isEmpty());
        mapping = RegistrationImporter::guessMapping(table.header);
        mapping[RegistrationImporter::Category] = -1;
        QVERIFY(!importer.check(table, mapping).fileError.isEmpty());
        importer.setDefaultCategory(workshop.categories.at(2).id);
        const auto result = importer.import(table, mapping);
        QCOMPARE(result.imported, 4); // the unknown category no longer matters
        QCOMPARE(countOf(t->db(), QStringLiteral("SELECT count(DISTINCT category_id) FROM registration")), 1);
    }
};

QTEST_GUILESS_MAIN(TestRegistrationImport)
#include "tst_registrationimport.moc"
