// Consent per purpose: the office's purposes with versioned statements, each person's
// decisions (given, withdrawn, how, when, by whom, to which words), the People list and its
// export limited to those who consented, and the warning before an export without consent.
// On SQLite and on the office server.

#include "TestDatabase.h"
#include "io/DataExport.h"
#include "itemmodels/PeopleModel.h"
#include "stores/AuditTrail.h"
#include "stores/ConsentStore.h"
#include "stores/PersonStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace khana;

namespace {

qint64 counted(PeopleModel &model)
{
    if (model.isCounting()) {
        QSignalSpy spy(&model, &PeopleModel::matchCountChanged);
        if (!spy.wait(10000))
            qWarning("no count came");
    }
    return model.matchCount();
}

QSet<qint64> listed(PeopleModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.personId(row));
    return ids;
}

} // namespace

class TestConsent : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> t;
    QList<qint64> m_people; // สมชาย, สมศรี, วิไล, ประยุทธ
    ConsentPurpose m_contact;
    ConsentPurpose m_sharing;

    ConsentDecision decide(qint64 person, const ConsentPurpose &purpose, bool given, int rowVersion = -1)
    {
        ConsentDecision d;
        d.personId = person;
        d.purposeId = purpose.id;
        d.given = given;
        d.method = ConsentMethod::Paper;
        d.decidedOn = QDate::currentDate().addDays(-3);
        if (rowVersion >= 0) {
            d.rowVersion = rowVersion;
        } else {
            for (const ConsentDecision &now : ConsentStore(t->db()).decisions(person))
                if (now.purposeId == purpose.id)
                    d.rowVersion = now.rowVersion;
        }
        const auto result = ConsentStore(t->db()).record(d);
        if (!result.ok())
            qWarning("%s", qPrintable(result.error + (result.fieldErrors.isEmpty() ? QString() : result.fieldErrors.first().message)));
        return d;
    }

    qint64 historyRows() const { return TestDatabase::number(t->db(), QStringLiteral("SELECT count(*) FROM person_consent_history")); }

private Q_SLOTS:
    void init()
    {
        t = std::make_unique<TestDatabase>();
        QVERIFY2(t->ok(), qPrintable(t->error()));
        m_people.clear();
        for (const QString &name : {QStringLiteral("สมชาย ใจดี"), QStringLiteral("สมศรี ใจงาม"), QStringLiteral("วิไล มีสุข"), QStringLiteral("ประยุทธ สมใจ")}) {
            Person p;
            p.nameTh = name;
            p.provinceCode = QStringLiteral("TH-57");
            QVERIFY(PersonStore(t->db()).save(p).ok());
            m_people.append(p.id);
        }
        m_contact = {};
        m_contact.name = QStringLiteral("ติดต่อทางโทรศัพท์และไลน์");
        m_contact.statement = QStringLiteral("ข้าพเจ้ายินยอมให้ติดต่อทางโทรศัพท์และไลน์");
        QVERIFY(ConsentStore(t->db()).savePurpose(m_contact).ok());
        m_sharing = {};
        m_sharing.name = QStringLiteral("ส่งข้อมูลให้พรรคส่วนกลาง");
        m_sharing.statement = QStringLiteral("ข้าพเจ้ายินยอมให้ส่งรายชื่อให้พรรคส่วนกลาง");
        m_sharing.checkedOnExport = true;
        QVERIFY(ConsentStore(t->db()).savePurpose(m_sharing).ok());
    }
    void cleanup() { t.reset(); }

    void purposeNeedsNameAndStatement_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("field");
        QTest::newRow("no name") << QString() << QStringLiteral("ข้อความ") << ConsentField::Name;
        QTest::newRow("blank name") << QStringLiteral("  \u200b ") << QStringLiteral("ข้อความ") << ConsentField::Name;
        QTest::newRow("no statement") << QStringLiteral("ถ่ายภาพในงาน") << QString() << ConsentField::Statement;
        QTest::newRow("name taken") << QStringLiteral("ติดต่อทางโทรศัพท์และไลน์") << QStringLiteral("อื่น") << ConsentField::Name;
    }
    void purposeNeedsNameAndStatement()
    {
        QFETCH(QString, name);
        QFETCH(QString, statement);
        QFETCH(QString, field);
        ConsentPurpose p;
        p.name = name;
        p.statement = statement;
        const auto result = ConsentStore(t->db()).savePurpose(p);
        QVERIFY(!result.ok());
        QCOMPARE(result.fieldErrors.size(), 1);
        QCOMPARE(result.fieldErrors.first().field, field);
        QVERIFY(!result.fieldErrors.first().message.isEmpty());
        QCOMPARE(p.id, 0);
        QCOMPARE(ConsentStore(t->db()).purposes().size(), 2);
    }

    // A changed statement is a new version; the old words stay, and a consent given to them
    // still says so.
    void changedStatementIsNewVersion()
    {
        ConsentStore store(t->db());
        decide(m_people[0], m_contact, true);
        ConsentPurpose p = *store.purpose(m_contact.id);
        QCOMPARE(p.statementVersion, 1);
        p.checkedOnExport = true; // the words unchanged: the same version
        QVERIFY(store.savePurpose(p).ok());
        QCOMPARE(p.statementVersion, 1);
        p.statement = QStringLiteral("ข้าพเจ้ายินยอมให้ติดต่อทางโทรศัพท์ ไลน์ และอีเมล");
        QVERIFY(store.savePurpose(p).ok());
        QCOMPARE(p.statementVersion, 2);
        QCOMPARE(store.purpose(m_contact.id)->statementVersion, 2);
        QCOMPARE(store.statement(m_contact.id, 1), m_contact.statement);
        QCOMPARE(store.statement(m_contact.id, 2), p.statement);
        QCOMPARE(store.decisions(m_people[0]).first().statementVersion, 1);
        decide(m_people[1], m_contact, true);
        QCOMPARE(store.decisions(m_people[1]).first().statementVersion, 2);

        ConsentPurpose stale = m_contact; // as read before the changes
        stale.statement = QStringLiteral("อื่น");
        const auto result = store.savePurpose(stale);
        QVERIFY(result.conflict);
        QCOMPARE(store.purpose(m_contact.id)->statement, p.statement);
    }

    // Given, then withdrawn as easily: where it stands now, every decision in the history,
    // who recorded each, and each in the person's audit trail.
    void givenThenWithdrawn()
    {
        ConsentStore store(t->db());
        const qint64 who = m_people[2];
        ConsentDecision given = decide(who, m_contact, true);
        QCOMPARE(given.rowVersion, 1);
        QVERIFY(!given.recordedBy.isEmpty());
        QCOMPARE(store.decisions(who).size(), 1);
        QVERIFY(store.decisions(who).first().given);

        ConsentDecision withdrawn = decide(who, m_contact, false);
        QCOMPARE(withdrawn.rowVersion, 2);
        const QList<ConsentDecision> now = store.decisions(who);
        QCOMPARE(now.size(), 1);
        QVERIFY(!now.first().given);
        QCOMPARE(now.first().method, ConsentMethod::Paper);
        QCOMPARE(now.first().decidedOn, QDate::currentDate().addDays(-3));
        const QList<ConsentDecision> history = store.history(who);
        QCOMPARE(history.size(), 2);
        QVERIFY(history.at(0).given);
        QVERIFY(!history.at(1).given);
        QCOMPARE(history.at(1).recordedBy, now.first().recordedBy);
        QVERIFY(store.decisions(m_people[0]).isEmpty());

        AuditFilter filter;
        filter.personId = who;
        QList<AuditEntry> entries;
        QString error;
        QVERIFY2(AuditTrail(t->db()).page(filter, 0, 100, &entries, &error), qPrintable(error));
        const auto consentEntries = std::count_if(entries.cbegin(), entries.cend(), [](const AuditEntry &e) { return e.entity == QLatin1String("person_consent"); });
        QCOMPARE(consentEntries, 2);
    }

    // A colleague's decision recorded after this one was read is not overwritten unseen.
    void staleDecisionRefused()
    {
        ConsentStore store(t->db());
        decide(m_people[0], m_contact, true, 0);
        const qint64 before = historyRows();
        ConsentDecision stale;
        stale.personId = m_people[0];
        stale.purposeId = m_contact.id;
        stale.given = false;
        stale.decidedOn = QDate::currentDate();
        stale.rowVersion = 0; // read before the first was recorded
        const auto result = store.record(stale);
        QVERIFY(result.conflict);
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(historyRows(), before);
        QVERIFY(store.decisions(m_people[0]).first().given);
    }

    void decisionRefusedAtItsField_data()
    {
        QTest::addColumn<int>("daysFromToday");
        QTest::addColumn<bool>("retire");
        QTest::addColumn<bool>("given");
        QTest::addColumn<QString>("field");
        QTest::newRow("in the future") << 1 << false << true << ConsentField::DecidedOn;
        QTest::newRow("no day") << 9999 << false << true << ConsentField::DecidedOn;
        QTest::newRow("retired purpose") << 0 << true << true << ConsentField::Purpose;
    }
    void decisionRefusedAtItsField()
    {
        QFETCH(int, daysFromToday);
        QFETCH(bool, retire);
        QFETCH(bool, given);
        QFETCH(QString, field);
        ConsentStore store(t->db());
        if (retire) {
            ConsentPurpose p = *store.purpose(m_contact.id);
            p.retired = true;
            QVERIFY(store.savePurpose(p).ok());
        }
        ConsentDecision d;
        d.personId = m_people[0];
        d.purposeId = m_contact.id;
        d.given = given;
        d.decidedOn = daysFromToday == 9999 ? QDate() : QDate::currentDate().addDays(daysFromToday);
        const auto result = store.record(d);
        QVERIFY(!result.ok());
        QCOMPARE(result.fieldErrors.size(), 1);
        QCOMPARE(result.fieldErrors.first().field, field);
        QCOMPARE(historyRows(), 0);
    }

    // A consent given before a purpose was retired can still be withdrawn.
    void retiredPurposeCanBeWithdrawn()
    {
        ConsentStore store(t->db());
        decide(m_people[0], m_contact, true);
        ConsentPurpose p = *store.purpose(m_contact.id);
        p.retired = true;
        QVERIFY(store.savePurpose(p).ok());
        QVERIFY(store.purposes().size() == 1 && store.purposes(true).size() == 2);
        const ConsentDecision withdrawn = decide(m_people[0], m_contact, false);
        QCOMPARE(withdrawn.rowVersion, 2);
        QVERIFY(!store.decisions(m_people[0]).first().given);
    }

    void purposeWithDecisionsIsKept()
    {
        ConsentStore store(t->db());
        decide(m_people[0], m_contact, true);
        decide(m_people[0], m_contact, false);
        const auto refused = store.removePurpose(m_contact.id);
        QVERIFY(!refused.ok());
        QVERIFY(store.purpose(m_contact.id));
        QVERIFY(store.removePurpose(m_sharing.id).ok());
        QVERIFY(!store.purpose(m_sharing.id));
    }

    // The People list limited to a purpose: those who gave it and did not withdraw it, with
    // or without a search, counted exactly.
    void peopleListLimitedToConsent()
    {
        decide(m_people[0], m_contact, true); // สมชาย
        decide(m_people[1], m_contact, true); // สมศรี
        decide(m_people[1], m_sharing, true);
        decide(m_people[2], m_contact, true); // วิไล, then withdrawn
        decide(m_people[2], m_contact, false);

        PeopleModel model(t->db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(counted(model), 4);
        model.setConsentPurpose(m_contact.id);
        QCOMPARE(listed(model), (QSet<qint64>{m_people[0], m_people[1]}));
        QCOMPARE(counted(model), 2);
        model.setSearchText(QStringLiteral("สมศรี"));
        QCOMPARE(listed(model), (QSet<qint64>{m_people[1]}));
        QCOMPARE(counted(model), 1);
        model.setSearchText(QStringLiteral("สม")); // a prefix: สมชาย, สมศรี (ประยุทธ สมใจ has it in the surname only)
        QCOMPARE(listed(model), (QSet<qint64>{m_people[0], m_people[1]}));
        model.setSearchText(QStringLiteral("สมใจ")); // ประยุทธ: no consent
        QCOMPARE(listed(model), QSet<qint64>());
        QCOMPARE(counted(model), 0);
        model.setSearchText(QString());
        model.setConsentPurpose(m_sharing.id);
        QCOMPARE(listed(model), (QSet<qint64>{m_people[1]}));
        model.setConsentPurpose(0);
        QCOMPARE(listed(model).size(), 4);
    }

    // An export limited to consent holds only them; before an export, the people without a
    // consent the office checks on export are counted, purpose by purpose.
    void exportWarnsAndLimits()
    {
        decide(m_people[0], m_sharing, true);
        decide(m_people[1], m_sharing, true);
        decide(m_people[1], m_sharing, false);
        QString error;
        const auto missing = DataExport::missingConsent(t->db(), QString(), {}, &error);
        QVERIFY2(missing, qPrintable(error));
        QCOMPARE(missing->size(), 1);
        QCOMPARE(missing->first().purposeId, m_sharing.id);
        QCOMPARE(missing->first().purposeName, m_sharing.name);
        QCOMPARE(missing->first().people, 3);
        const auto searched = DataExport::missingConsent(t->db(), QStringLiteral("สมชาย"), {}, &error);
        QVERIFY(searched && searched->isEmpty());
        const auto limited = DataExport::missingConsent(t->db(), QString(), {m_sharing.id}, &error);
        QVERIFY(limited && limited->isEmpty());

        const TableExport::Table all = DataExport::people(t->db(), &error);
        QCOMPARE(all.rows.size(), 4);
        const TableExport::Table consenting = DataExport::people(t->db(), &error, QString(), {m_sharing.id});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(consenting.rows.size(), 1);
        QCOMPARE(consenting.rows.first().first().toString(), QStringLiteral("สมชาย ใจดี"));
        QCOMPARE(consenting.disclosedId, QStringLiteral("search"));
    }

    // Removing a person removes their consents and history with them.
    void consentGoesWithThePerson()
    {
        decide(m_people[3], m_contact, true);
        decide(m_people[3], m_contact, false);
        const auto person = PersonStore(t->db()).find(m_people[3]);
        QVERIFY(person);
        QVERIFY(PersonStore(t->db()).remove(person->id, person->rowVersion).ok());
        QCOMPARE(TestDatabase::number(t->db(), QStringLiteral("SELECT count(*) FROM person_consent")), 0);
        QCOMPARE(historyRows(), 0);
    }
};

QTEST_MAIN(TestConsent)
#include "tst_consent.moc"
