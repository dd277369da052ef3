// A person's own data on request: everything Khana holds about them — record, membership,
// tags, registrations and check-ins, breakout groups, elections, consents, the audit trail's
// entries about them — as JSON of a documented shape and a readable PDF, the request itself
// audited. On SQLite and on the office server.

#include "TestDatabase.h"
#include "WorkshopFixtures.h"
#include "domain/NationalId.h"
#include "io/PersonRecord.h"
#include "people/PeoplePage.h"
#include "stores/AuditTrail.h"
#include "stores/ConsentStore.h"
#include "stores/GroupStore.h"
#include "stores/GrowthStore.h"
#include "stores/PersonStore.h"
#include "stores/RegistrationStore.h"
#include "stores/WorkshopStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QMessageBox>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace khana;

class TestPersonRecord : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> t;
    qint64 m_person = 0;
    qint64 m_other = 0;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        t = std::make_unique<TestDatabase>();
        QVERIFY2(t->ok(), qPrintable(t->error()));
        Person p;
        p.nameTh = QStringLiteral("ประภาพรรณ คำแสนวงศ์");
        p.nameEn = QStringLiteral("Praphaphan Khamsaenwong");
        p.phone = QStringLiteral("0812345678");
        p.nationalId = QStringLiteral("357010012345") + QString::number(NationalId::checkDigit(QStringLiteral("357010012345")));
        p.provinceCode = QStringLiteral("TH-57");
        p.districtCode = QStringLiteral("5701");
        p.membershipType = MembershipType::Annual;
        p.joinDate = QDate(2024, 5, 3);
        p.tags = {QStringLiteral("volunteer")};
        p.notes = QStringLiteral("ติดต่อช่วงเย็น");
        const auto saved = PersonStore(t->db()).save(p);
        QVERIFY2(saved.ok(), qPrintable(saved.error + saved.fieldErrors.value(0).message));
        m_person = p.id;
        Person other;
        other.nameTh = QStringLiteral("สมชาย ใจดี");
        QVERIFY(PersonStore(t->db()).save(other).ok());
        m_other = other.id;

        Workshop w = fixtures::chiangRaiWorkshop();
        QVERIFY(WorkshopStore(t->db()).save(w).ok());
        Registration r = fixtures::registrationFor(w, m_person);
        QVERIFY(RegistrationStore(t->db()).add(r).ok());
        const auto checkedIn = RegistrationStore(t->db()).checkIn(r.id, QDateTime(QDate(2024, 6, 1), QTime(8, 30), Qt::UTC));
        QVERIFY2(checkedIn.result == RegistrationStore::CheckIn::Result::CheckedIn, qPrintable(checkedIn.error));
        Registration theirs = fixtures::registrationFor(w, m_other);
        QVERIFY(RegistrationStore(t->db()).add(theirs).ok());
        BreakoutGroup g;
        g.workshopId = w.id;
        g.number = 2;
        g.topic = QStringLiteral("เยาวชนกับการเมือง");
        QVERIFY(GroupStore(t->db()).saveGroup(g).ok());
        QVERIFY(GroupStore(t->db()).assign(r.id, g.id).ok());

        RepresentativeElection e;
        e.districtCode = QStringLiteral("5701");
        e.heldOn = QDate(2024, 7, 1);
        e.electedPersonId = m_person;
        e.termStart = QDate(2024, 7, 1);
        e.termEnd = QDate(2026, 6, 30);
        const auto elected = GrowthStore(t->db()).saveElection(e);
        QVERIFY2(elected.ok(), qPrintable(elected.error + elected.fieldErrors.value(0).message));

        ConsentPurpose photos;
        photos.name = QStringLiteral("ภาพถ่ายในกิจกรรม");
        photos.statement = QStringLiteral("ข้าพเจ้ายินยอมให้เผยแพร่ภาพถ่าย");
        QVERIFY(ConsentStore(t->db()).savePurpose(photos).ok());
        ConsentDecision d;
        d.personId = m_person;
        d.purposeId = photos.id;
        d.given = true;
        d.decidedOn = QDate(2024, 5, 3);
        QVERIFY(ConsentStore(t->db()).record(d).ok());
        d.given = false;
        d.method = ConsentMethod::Phone;
        d.decidedOn = QDate(2024, 9, 1);
        QVERIFY(ConsentStore(t->db()).record(d).ok());
    }
    void cleanup() { t.reset(); }

    // Every part, with this person's values and nobody else's.
    void holdsEverythingAboutThePerson()
    {
        QString error;
        const auto record = PersonRecord::collect(t->db(), m_person, &error);
        QVERIFY2(record, qPrintable(error));
        const QJsonObject json = record->toJson().object();
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("khana-person-data"));
        QCOMPARE(json.value(QStringLiteral("version")).toInt(), 1);
        const QJsonObject person = json.value(QStringLiteral("person")).toObject();
        QCOMPARE(person.value(QStringLiteral("name_th")).toString(), QStringLiteral("ประภาพรรณ คำแสนวงศ์"));
        QCOMPARE(person.value(QStringLiteral("phone")).toString(), QStringLiteral("0812345678"));
        QCOMPARE(person.value(QStringLiteral("national_id")).toString().size(), 13); // their own, whole
        QCOMPARE(person.value(QStringLiteral("membership_type")).toString(), QStringLiteral("annual"));
        QCOMPARE(person.value(QStringLiteral("join_date")).toString(), QStringLiteral("2024-05-03"));
        QCOMPARE(person.value(QStringLiteral("tags")).toArray().first().toString(), QStringLiteral("volunteer"));
        QCOMPARE(person.value(QStringLiteral("notes")).toString(), QStringLiteral("ติดต่อช่วงเย็น"));

        const QJsonArray registrations = json.value(QStringLiteral("registrations")).toArray();
        QCOMPARE(registrations.size(), 1); // not สมชาย's
        const QJsonObject attended = registrations.first().toObject();
        QCOMPARE(attended.value(QStringLiteral("checked_in_at")).toString(), QStringLiteral("2024-06-01T08:30:00.000Z"));
        QCOMPARE(attended.value(QStringLiteral("breakout_group")).toString(), QStringLiteral("2 · เยาวชนกับการเมือง"));
        QVERIFY(!attended.value(QStringLiteral("workshop")).toString().isEmpty());

        const QJsonArray elections = json.value(QStringLiteral("elections")).toArray();
        QCOMPARE(elections.size(), 1);
        QCOMPARE(elections.first().toObject().value(QStringLiteral("term_end")).toString(), QStringLiteral("2026-06-30"));

        const QJsonObject consents = json.value(QStringLiteral("consents")).toObject();
        QCOMPARE(consents.value(QStringLiteral("now")).toArray().size(), 1);
        QVERIFY(!consents.value(QStringLiteral("now")).toArray().first().toObject().value(QStringLiteral("given")).toBool());
        const QJsonArray history = consents.value(QStringLiteral("history")).toArray();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.first().toObject().value(QStringLiteral("statement")).toString(), QStringLiteral("ข้าพเจ้ายินยอมให้เผยแพร่ภาพถ่าย"));
        QCOMPARE(history.last().toObject().value(QStringLiteral("method")).toString(), QStringLiteral("phone"));

        const QJsonArray audit = json.value(QStringLiteral("audit")).toArray();
        QVERIFY(!audit.isEmpty());
        for (const QJsonValue &entry : audit) {
            const QString kind = entry.toObject().value(QStringLiteral("record")).toString();
            QVERIFY2(kind == QLatin1String("person") || kind == QLatin1String("registration") || kind == QLatin1String("person_consent"),
                     qPrintable(kind));
        }
        QVERIFY(!json.contains(QStringLiteral("withheld")));

        const QString html = record->toHtml();
        for (const QString &shown : {QStringLiteral("ประภาพรรณ คำแสนวงศ์"), QStringLiteral("081-234-5678"), QStringLiteral("เยาวชนกับการเมือง"),
                                     QStringLiteral("ข้าพเจ้ายินยอมให้เผยแพร่ภาพถ่าย")})
            QVERIFY2(html.contains(shown), qPrintable(shown));
        QVERIFY(!html.contains(QStringLiteral("สมชาย")));
    }

    // From the People page: a PDF and its JSON, readable by their owner only, the PDF's text in
    // Thai; the request is in the audit trail before either file exists.
    void savedFromThePeoplePageAndAudited()
    {
        PeoplePage page(t->db());
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("praphaphan.pdf"));
        QVERIFY(page.saveEverythingAbout(m_person, pdf));
        const QString json = dir.filePath(QStringLiteral("praphaphan.json"));
        for (const QString &path : {pdf, json}) {
            QVERIFY2(QFile::exists(path), qPrintable(path));
            QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
                     QFileDevice::Permissions());
        }
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("person")).toObject().value(QStringLiteral("id")).toInteger(),
                 m_person);
        QCOMPARE(TestDatabase::number(t->db(), QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'export' AND entity = 'person' "
                                                              "AND entity_id = '%1' AND detail = 'own data · json+pdf'")
                                                   .arg(m_person)),
                 qint64(1));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils, scripts/packages.txt) is missing: run ./scripts/setup");
        QProcess text;
        text.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        // As the PDF's text layer gives it back: sara am in two parts, lines broken in cells.
        QString words = QString::fromUtf8(text.readAllStandardOutput());
        words.replace(QStringLiteral("\u0E4D\u0E32"), QStringLiteral("\u0E33"));
        words.remove(QRegularExpression(QStringLiteral("\\s")));
        // and the marks above and below a letter missing or as the font's shifted forms (its
        // private-use glyphs U+F700…).
        static const QRegularExpression marks(QStringLiteral("[\\x{0E31}\\x{0E34}-\\x{0E3A}\\x{0E47}-\\x{0E4E}\\x{F700}-\\x{F71F}]"));
        words.remove(marks);
        for (QString shown : {QStringLiteral("ประภาพรรณคำแสนวงศ์"), QStringLiteral("เยาวชนกับการเมือง"), QStringLiteral("ข้าพเจ้ายินยอมให้เผยแพร่ภาพถ่าย")})
            QVERIFY2(words.contains(shown.remove(marks)), qPrintable(shown));
        QVERIFY(!words.contains(QStringLiteral("สมชาย")));
    }

    void noSuchPersonIsSaid()
    {
        QString error;
        QVERIFY(!PersonRecord::collect(t->db(), 987654, &error));
        QVERIFY(error.contains(QStringLiteral("987654")));
    }
};

QTEST_MAIN(TestPersonRecord)
#include "tst_personrecord.moc"
