#include "TestDatabase.h"
#include "stores/AreaStore.h"
#include "stores/PersonStore.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace khana;

namespace {

int countOf(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return q.next() ? q.value(0).toInt() : -1;
}

Person somchai()
{
    Person p;
    p.nameTh = QStringLiteral("  สมชาย\u200B ใจดี ");
    p.nameEn = QStringLiteral("Somchai Jaidee");
    p.phone = QStringLiteral("081-234-5678");
    p.nationalId = QStringLiteral("3-5701-00123-45-7");
    p.provinceCode = QStringLiteral("TH-57");
    p.districtCode = QStringLiteral("5701");
    p.memberNumber = QStringLiteral("6700123");
    p.membershipType = MembershipType::Annual;
    p.joinDate = QDate(2024, 5, 3);
    p.tags = {QStringLiteral("volunteer"), QStringLiteral("district_rep")};
    return p;
}

} // namespace

class TestPersonStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> t;

private Q_SLOTS:
    void init()
    {
        t = std::make_unique<TestDatabase>();
        QVERIFY(t->ok());
        AreaStore areas(t->db());
        QVERIFY(areas.upsertDistricts({{QStringLiteral("5701"), QStringLiteral("TH-57"), QStringLiteral("เมืองเชียงราย"), QStringLiteral("Mueang Chiang Rai"), false},
                                       {QStringLiteral("5601"), QStringLiteral("TH-56"), QStringLiteral("เมืองพะเยา"), QStringLiteral("Mueang Phayao"), false}})
                    .ok());
    }
    void cleanup() { t.reset(); }

    void savesNormalisedValues()
    {
        PersonStore store(t->db());
        Person p = somchai();
        const auto result = store.save(p);
        QVERIFY2(result.ok(), qPrintable(result.error + result.fieldErrors.value(0).message));
        QVERIFY(p.id > 0);
        QCOMPARE(p.rowVersion, 1);
        const auto stored = store.find(p.id);
        QVERIFY(stored);
        QCOMPARE(stored->nameTh, QStringLiteral("สมชาย ใจดี"));
        QCOMPARE(stored->phone, QStringLiteral("0812345678"));
        QCOMPARE(stored->nationalId, QStringLiteral("3570100123457"));
        QCOMPARE(stored->joinDate, QDate(2024, 5, 3));
        QCOMPARE(stored->tags, (QStringList{QStringLiteral("district_rep"), QStringLiteral("volunteer")}));
        QCOMPARE(countOf(t->db(), QStringLiteral("audit_entry")), 2); // the district import, then this person
    }

    void rejectsInvalidAndStoresNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("nationalId");
        QTest::addColumn<QString>("district");
        QTest::newRow("bad checksum") << PersonField::NationalId << QStringLiteral("3570100123458") << QStringLiteral("5701");
        QTest::newRow("district of another province") << PersonField::District << QStringLiteral("3570100123457") << QStringLiteral("5601");
    }
    void rejectsInvalidAndStoresNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, nationalId);
        QFETCH(QString, district);
        PersonStore store(t->db());
        const int auditBefore = countOf(t->db(), QStringLiteral("audit_entry"));
        Person p = somchai();
        p.nationalId = nationalId;
        p.districtCode = district;
        const auto result = store.save(p);
        QVERIFY(!result.ok());
        QCOMPARE(result.fieldErrors.size(), 1);
        QCOMPARE(result.fieldErrors.first().field, field);
        QCOMPARE(p.id, 0);
        QCOMPARE(countOf(t->db(), QStringLiteral("person")), 0);
        QCOMPARE(countOf(t->db(), QStringLiteral("person_tag")), 0);
        QCOMPARE(countOf(t->db(), QStringLiteral("audit_entry")), auditBefore);
    }

    // Control characters come from damaged files: refused at their field (notes may hold line
    // breaks and tabs), nothing stored.
    void controlCharactersAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("nameTh");
        QTest::addColumn<QString>("notes");
        QTest::newRow("a name of NULs") << PersonField::NameTh << QString(3, QChar(0)) << QString();
        QTest::newRow("a NUL inside a name") << PersonField::NameTh << (QStringLiteral("สม") + QChar(0) + QStringLiteral("ชาย")) << QString();
        QTest::newRow("an escape in a name") << PersonField::NameTh << QStringLiteral("สมชาย\x1b[31m") << QString();
        QTest::newRow("a bell in the notes") << PersonField::Notes << QStringLiteral("สมชาย") << QStringLiteral("โทร\aกลับ");
        QTest::newRow("line breaks and tabs in the notes are fine") << QString() << QStringLiteral("สมชาย") << QStringLiteral("บรรทัด 1\n\tบรรทัด 2");
    }
    void controlCharactersAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, nameTh);
        QFETCH(QString, notes);
        Person p;
        p.nameTh = nameTh;
        p.notes = notes;
        const auto result = PersonStore(t->db()).save(p);
        if (field.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.error));
            return;
        }
        QVERIFY(!result.ok());
        QCOMPARE(result.fieldErrors.value(0).field, field);
        QVERIFY(result.fieldErrors.value(0).message.contains(QStringLiteral("control character")));
        QCOMPARE(countOf(t->db(), QStringLiteral("person")), 0);
    }

    void duplicatesAreRefusedAtTheirFields()
    {
        PersonStore store(t->db());
        Person first = somchai();
        QVERIFY(store.save(first).ok());
        Person second = somchai();
        second.nameTh = QStringLiteral("สมศรี ใจดี");
        const auto result = store.save(second);
        QCOMPARE(result.fieldErrors.size(), 2);
        QCOMPARE(result.fieldErrors.at(0).field, PersonField::MemberNumber);
        QCOMPARE(result.fieldErrors.at(1).field, PersonField::NationalId);
        QCOMPARE(store.count(), 1);
    }

    void staleEditIsRefused()
    {
        PersonStore store(t->db());
        Person p = somchai();
        QVERIFY(store.save(p).ok());
        Person mine = *store.find(p.id);
        Person theirs = *store.find(p.id);
        theirs.nickname = QStringLiteral("ต้น");
        QVERIFY(store.save(theirs).ok());
        QCOMPARE(theirs.rowVersion, 2);
        mine.nickname = QStringLiteral("เอ");
        const int audited = countOf(t->db(), QStringLiteral("audit_entry"));
        const auto result = store.save(mine);
        QVERIFY(!result.ok());
        QVERIFY(result.conflict);
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(store.find(p.id)->nickname, QStringLiteral("ต้น"));
        QCOMPARE(countOf(t->db(), QStringLiteral("audit_entry")), audited); // nothing written, nothing audited

        // On a second connection, as a colleague's computer: the same refusal.
        {
            PersonStore colleague(t->another(QStringLiteral("colleague")));
            Person theirsAgain = *colleague.find(p.id);
            theirsAgain.phone = QStringLiteral("0812345678");
            QVERIFY(colleague.save(theirsAgain).ok());
        }
        Database::close(QStringLiteral("colleague"));
        Person late = *store.find(p.id);
        late.rowVersion = 2;
        QVERIFY(store.save(late).conflict);
        // Keeping mine knowingly: saved over the version now stored.
        late.rowVersion = store.find(p.id)->rowVersion;
        late.nickname = QStringLiteral("เอ");
        QVERIFY(store.save(late).ok());
        QCOMPARE(store.find(p.id)->nickname, QStringLiteral("เอ"));
        // A plain refusal of bad input is no conflict.
        late.nameTh.clear();
        QVERIFY(!store.save(late).conflict);
    }

    void removeAndRestoreKeepTheSameId()
    {
        PersonStore store(t->db());
        Person p = somchai();
        QVERIFY(store.save(p).ok());
        const Person stored = *store.find(p.id);
        QVERIFY(!store.remove(p.id, stored.rowVersion + 5).ok());
        QVERIFY(store.remove(p.id, stored.rowVersion).ok());
        QCOMPARE(store.count(), 0);
        QCOMPARE(countOf(t->db(), QStringLiteral("person_tag")), 0);
        QVERIFY(store.restore(stored).ok());
        const auto back = store.find(p.id);
        QVERIFY(back);
        QCOMPARE(back->nameTh, stored.nameTh);
        QCOMPARE(back->tags, stored.tags);
    }

    void bulkInsertIsSearchableAndLeavesTheIndexUpkeepInPlace()
    {
        PersonStore store(t->db());
        QList<Person> people;
        for (const QString &name : {QStringLiteral("ประภาพรรณ คำแสนวงศ์"), QStringLiteral("อนุชา ศรีสุข")}) {
            Person p;
            p.nameTh = name;
            cleanAndValidate(p);
            people.append(p);
        }
        QString error;
        QVERIFY2(store.insertBulk(people, &error), qPrintable(error));
        QVERIFY(people.at(0).id > 0 && people.at(1).id > people.at(0).id);
        Person later = somchai();
        QVERIFY(store.save(later).ok());
        auto searchCount = [this](const QString &text) { return int(t->peopleFound(text)); };
        QCOMPARE(searchCount(QStringLiteral("แสนวงศ์")), 1); // from the bulk insert
        QCOMPARE(searchCount(QStringLiteral("สมชาย")), 1);   // from the single save after it
        QCOMPARE(searchCount(QStringLiteral("ศรีสุข")), 1);
    }

    void bulkInsertGivesEachPersonTheirOwnId_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("afterRemovingTheNewest");
        for (int size : {1, 63, 64, 65, 200}) {
            QTest::addRow("%d people", size) << size << false;
            QTest::addRow("%d people, after the newest was removed", size) << size << true;
        }
    }

    void bulkInsertGivesEachPersonTheirOwnId()
    {
        QFETCH(int, size);
        QFETCH(bool, afterRemovingTheNewest);
        PersonStore store(t->db());
        if (afterRemovingTheNewest) {
            // The sequence then runs ahead of the largest id: new ids must not reuse the old one.
            Person gone = somchai();
            QVERIFY(store.save(gone).ok());
            QVERIFY(store.remove(gone.id, store.find(gone.id)->rowVersion).ok());
        }
        QList<Person> people;
        for (int i = 0; i < size; ++i) {
            Person p;
            p.nameTh = QStringLiteral("สมาชิก ลำดับ%1").arg(i);
            p.memberNumber = QStringLiteral("B%1").arg(i, 5, 10, QLatin1Char('0'));
            if (i % 7 == 0)
                p.tags = {QStringLiteral("อาสาสมัคร"), QStringLiteral("tag%1").arg(i)};
            cleanAndValidate(p);
            people.append(p);
        }
        QString error;
        QVERIFY2(store.insertBulk(people, &error), qPrintable(error));
        QCOMPARE(store.count(), size);
        for (const Person &p : std::as_const(people)) {
            const auto stored = store.find(p.id);
            QVERIFY2(stored, qPrintable(p.nameTh));
            QCOMPARE(stored->nameTh, p.nameTh);
            QCOMPARE(stored->memberNumber, p.memberNumber);
            QCOMPARE(stored->tags, p.tags);
        }
    }

    // SQLite's bulk path encodes each row's values itself (PersonColumns::utf8Values()): what
    // it stores is what a save stores, byte for byte, NULLs included.
    void bulkInsertStoresWhatASaveStores_data()
    {
        QTest::addColumn<Person>("person");
        QTest::newRow("Thai, every field") << somchai();
        Person bare;
        bare.nameTh = QStringLiteral("Ann Lee");
        QTest::newRow("no optional field") << bare;
        Person more = somchai();
        more.nickname = QStringLiteral("\U0001F600 นิด"); // beyond the BMP: a surrogate pair in UTF-16
        more.notes = QStringLiteral("line one\n\"quoted\", 'single'\t; -- not SQL");
        more.joinDate = QDate(1950, 2, 28);
        more.endDate = QDate(2024, 2, 29);
        more.status = PersonStatus::Lapsed;
        QTest::newRow("ended, dates at the edges, notes") << more;
        Person mixed;
        mixed.nameTh = QStringLiteral("ณัฐพงศ์ Smith-ศรี");
        mixed.nameEn = QStringLiteral("Nattapong O'Brien Ü");
        mixed.phone = QStringLiteral("+66 2 123 4567");
        mixed.provinceCode = QStringLiteral("TH-56");
        mixed.membershipType = MembershipType::Lifetime;
        mixed.joinDate = QDate(2009, 12, 31);
        QTest::newRow("mixed scripts, province only") << mixed;
    }

    void bulkInsertStoresWhatASaveStores()
    {
        QFETCH(Person, person);
        const QString columns = QStringLiteral(
            "name_th, sort_key, name_en, nickname, phone, national_id, province_code, district_code, member_no, membership_type, "
            "join_date, end_date, status, notes");
        const auto stored = [&] {
            QSqlQuery q(t->db());
            q.setForwardOnly(true);
            q.exec(QStringLiteral("SELECT %1 FROM person").arg(columns));
            QVariantList values;
            while (q.next())
                for (int c = 0; c < q.record().count(); ++c)
                    values << q.value(c) << q.isNull(c);
            return values;
        };
        PersonStore store(t->db());
        Person saved = person;
        const auto result = store.save(saved);
        QVERIFY2(result.ok(), qPrintable(result.error + result.fieldErrors.value(0).message));
        const QVariantList bySave = stored();
        QCOMPARE(bySave.size(), 2 * 14);
        const QStringList tagsBySave = store.find(saved.id)->tags;
        QSqlQuery q(t->db());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM person_tag")) && q.exec(QStringLiteral("DELETE FROM person")));

        QList<Person> people{person};
        QVERIFY(cleanAndValidate(people[0]).isEmpty());
        QString error;
        QVERIFY2(store.insertBulk(people, &error), qPrintable(error));
        QCOMPARE(stored(), bySave);
        QCOMPARE(store.find(people.at(0).id)->tags, tagsBySave);
    }

    void auditHoldsNoPersonalData()
    {
        PersonStore store(t->db());
        Person p = somchai();
        QVERIFY(store.save(p).ok());
        QSqlQuery q(t->db());
        QVERIFY(q.exec(QStringLiteral("SELECT actor, action, entity, entity_id FROM audit_entry")));
        while (q.next()) {
            for (int c = 0; c < 4; ++c) {
                const QString v = q.value(c).toString();
                QVERIFY(!v.contains(QStringLiteral("สมชาย")));
                QVERIFY(!v.contains(QStringLiteral("0812345678")));
                QVERIFY(!v.contains(QStringLiteral("3570100123457")));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPersonStore)
#include "tst_personstore.moc"
