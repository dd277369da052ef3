// An office server set up by `khana server init`: each role signs in with its own password and
// the server itself refuses what the role may not do — other provinces' people, national ids
// for facilitators, plan changes for staff, schema changes for anyone but admins, rewriting
// the audit trail for everyone. Runs against the PostgreSQL test server only.

#include "TestDatabase.h"
#include "WorkshopFixtures.h"
#include "database/Migrator.h"
#include "database/ServerDatabase.h"
#include "database/ServerSetup.h"
#include "database/Transaction.h"
#include "domain/NationalId.h"
#include "io/DataExport.h"
#include "itemmodels/PeopleModel.h"
#include "pack/PackMerge.h"
#include "pack/PackWriter.h"
#include "stores/CheckInSession.h"
#include "stores/ConsentStore.h"
#include "stores/ErasureStore.h"
#include "stores/RetentionStore.h"
#include "stores/PersonStore.h"
#include "stores/RegistrationStore.h"
#include "stores/WorkshopStore.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QSqlError>
#include <QSqlQuery>

using namespace khana;

namespace {

const QString kPassword = QStringLiteral("ช้าง-เผือก-2569");

ServerAddress overTcp(const QString &database, const QString &user)
{
    return TestDatabase::tcpAddress(database, user);
}

// A statement's outcome: "" when it ran, else its SQLSTATE.
QString refusal(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) ? QString() : q.lastError().nativeErrorCode();
}


} // namespace

class TestServerRoles : public QObject
{
    Q_OBJECT

    QString m_database = QStringLiteral("khana_roles_%1").arg(QCoreApplication::applicationPid());
    qint64 m_somchai = 0;
    qint64 m_wilai = 0;
    qint64 m_workshop = 0;
    qint64 m_registration = 0;

    QSqlDatabase as(const QString &user)
    {
        if (QSqlDatabase::contains(user))
            return QSqlDatabase::database(user);
        const Database::OpenResult r = ServerDatabase::open(overTcp(m_database, user), kPassword, user);
        if (!r.ok())
            qWarning("%s cannot sign in: %s", qPrintable(user), qPrintable(r.message));
        return QSqlDatabase::database(user);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(TestDatabase::onServer());
        {
            QSqlDatabase su = TestDatabase::superuser(QStringLiteral("su"));
            QVERIFY2(su.isOpen(), qPrintable(su.lastError().text()));
            QStringList report;
            QString error;
            QVERIFY2(ServerSetup::init(su, m_database, &report, &error), qPrintable(error));
            QVERIFY(report.join(QLatin1Char('\n')).contains(QStringLiteral("Made the database")));
            // A second run finds everything in place and changes nothing.
            report.clear();
            QVERIFY2(ServerSetup::init(su, m_database, &report, &error), qPrintable(error));
            QVERIFY2(!report.join(QLatin1Char('\n')).contains(QStringLiteral("Made")), qPrintable(report.join(QLatin1Char('\n'))));
        }
        Database::close(QStringLiteral("su"));

        // The office's data, written by the owner (the superuser here).
        const Database::OpenResult opened = ServerDatabase::open(TestDatabase::superuserAddress(m_database), QString(), QStringLiteral("owner"));
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        const QSqlDatabase db = QSqlDatabase::database(QStringLiteral("owner"));
        PersonStore people(db);
        Person somchai;
        somchai.nameTh = QStringLiteral("สมชาย ใจดี");
        somchai.provinceCode = QStringLiteral("TH-57");
        somchai.nationalId = QStringLiteral("357010012345") + QString::number(NationalId::checkDigit(QStringLiteral("357010012345")));
        const PersonStore::SaveResult saved = people.save(somchai);
        QVERIFY2(saved.ok(), qPrintable(saved.error + saved.fieldErrors.value(0).message));
        m_somchai = somchai.id;
        Person wilai;
        wilai.nameTh = QStringLiteral("วิไลวรรณ ศรีสุข");
        wilai.provinceCode = QStringLiteral("TH-56");
        QVERIFY(people.save(wilai).ok());
        m_wilai = wilai.id;
        Workshop w = fixtures::chiangRaiWorkshop();
        const WorkshopStore::SaveResult ws = WorkshopStore(db).save(w);
        QVERIFY2(ws.ok(), qPrintable(ws.error + ws.fieldErrors.value(0).message));
        m_workshop = w.id;
        Registration r = fixtures::registrationFor(w, somchai.id);
        QVERIFY(RegistrationStore(db).add(r).ok());
        m_registration = r.id;

        QString error;
        QVERIFY2(ServerSetup::addUser(db, QStringLiteral("anna"), ServerRole::Staff, kPassword, {QStringLiteral("TH-57")}, {}, &error), qPrintable(error));
        QVERIFY2(ServerSetup::addUser(db, QStringLiteral("chai"), ServerRole::Coordinator, kPassword, {QStringLiteral("*")}, {}, &error), qPrintable(error));
        QVERIFY2(ServerSetup::addUser(db, QStringLiteral("fah"), ServerRole::Facilitator, kPassword, {}, {m_workshop}, &error), qPrintable(error));
        QVERIFY2(ServerSetup::addUser(db, QStringLiteral("vee"), ServerRole::Viewer, kPassword, {}, {}, &error), qPrintable(error));
        QVERIFY2(ServerSetup::addUser(db, QStringLiteral("adm"), ServerRole::Admin, kPassword, {}, {}, &error), qPrintable(error));
        QVERIFY(!ServerSetup::addUser(db, QStringLiteral("Bad Name"), ServerRole::Staff, kPassword, {}, {}, &error));
        QVERIFY(!ServerSetup::addUser(db, QStringLiteral("short"), ServerRole::Staff, QStringLiteral("123"), {}, {}, &error));
    }

    void cleanupTestCase()
    {
        for (const QString &c : QSqlDatabase::connectionNames())
            Database::close(c);
        {
            QSqlDatabase su = TestDatabase::superuser(QStringLiteral("su-drop"));
            QSqlQuery(su).exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
        }
        Database::close(QStringLiteral("su-drop"));
    }

    // Each login's password goes to the server as a SCRAM verifier, never in the clear.
    void passwordsAreVerifiers()
    {
        const QSqlDatabase db = QSqlDatabase::database(QStringLiteral("owner"));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = 'anna'")) && q.next());
        QVERIFY(q.value(0).toString().startsWith(QStringLiteral("SCRAM-SHA-256$")));
        QVERIFY(!q.value(0).toString().contains(kPassword));
    }

    void signingInSaysWhatIsWrong()
    {
        Database::OpenResult r = ServerDatabase::open(overTcp(m_database, QStringLiteral("anna")), QStringLiteral("wrong password"), QStringLiteral("x1"));
        QCOMPARE(r.status, Database::Status::AuthenticationFailed);
        QVERIFY2(r.message.contains(QStringLiteral("did not accept the user name anna")), qPrintable(r.message));
        ServerAddress nowhere = overTcp(m_database, QStringLiteral("anna"));
        nowhere.port = 1;
        r = ServerDatabase::open(nowhere, kPassword, QStringLiteral("x2"));
        QCOMPARE(r.status, Database::Status::Unreachable);
        QVERIFY2(r.message.contains(QStringLiteral("No Khana server answers at 127.0.0.1:1")), qPrintable(r.message));
        ServerAddress secure = overTcp(m_database, QStringLiteral("anna"));
        secure.sslMode = QStringLiteral("require");
        r = ServerDatabase::open(secure, kPassword, QStringLiteral("x3"));
        QCOMPARE(r.status, Database::Status::SecureConnectionFailed);
        r = ServerDatabase::open(overTcp(QStringLiteral("no_such_db"), QStringLiteral("anna")), kPassword, QStringLiteral("x4"));
        QVERIFY2(r.message.contains(QStringLiteral("no database named no_such_db")) || r.status == Database::Status::AuthenticationFailed, qPrintable(r.message));
        QVERIFY(as(QStringLiteral("anna")).isOpen());
        QCOMPARE(ServerDatabase::sessionUser(as(QStringLiteral("anna"))), QStringLiteral("anna"));
    }

    // Staff see and change the people of their own provinces only.
    void staffWorkInTheirProvinces()
    {
        const QSqlDatabase anna = as(QStringLiteral("anna"));
        PersonStore people(anna);
        QCOMPARE(people.count(), 1);
        QVERIFY(people.find(m_somchai));
        QVERIFY(!people.find(m_wilai)); // another province: not even seen
        Person mine;
        mine.nameTh = QStringLiteral("อนุชา คำแสน");
        mine.provinceCode = QStringLiteral("TH-57");
        QVERIFY2(people.save(mine).ok(), qPrintable(people.save(mine).error));
        Person theirs;
        theirs.nameTh = QStringLiteral("มานะ พะเยา");
        theirs.provinceCode = QStringLiteral("TH-56");
        const PersonStore::SaveResult refused = people.save(theirs);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(QStringLiteral("Your role on the office server does not allow this")), qPrintable(refused.error));
        // Moving one of theirs into another province is refused as well.
        QCOMPARE(refusal(anna, QStringLiteral("UPDATE person SET province_code = 'TH-56' WHERE id = %1").arg(m_somchai)), QStringLiteral("42501"));
        // Staff read plans but do not change them, and never change the schema.
        QCOMPARE(refusal(anna, QStringLiteral("SELECT count(*) FROM plan")), QString());
        QCOMPARE(refusal(anna, QStringLiteral("INSERT INTO plan (title) VALUES ('x')")), QStringLiteral("42501"));
        QCOMPARE(refusal(anna, QStringLiteral("CREATE TABLE mine (i int)")), QStringLiteral("42501"));
        QCOMPARE(refusal(anna, QStringLiteral("ALTER TABLE person ADD COLUMN x int")), QStringLiteral("42501"));
        QCOMPARE(refusal(anna, QStringLiteral("DELETE FROM khana_staff_scope")), QStringLiteral("42501"));
        // A coordinator for every province sees both.
        QCOMPARE(TestDatabase::number(as(QStringLiteral("chai")), QStringLiteral("SELECT count(*) FROM person")), qint64(3));
        QCOMPARE(refusal(as(QStringLiteral("chai")), QStringLiteral("INSERT INTO plan (title) VALUES ('แผนทดลอง')")), QString());
    }

    // Facilitators: check-in, walk-ins and groups at their workshops; no national ids.
    void facilitatorsCheckPeopleIn()
    {
        const QSqlDatabase fah = as(QStringLiteral("fah"));
        QCOMPARE(refusal(fah, QStringLiteral("SELECT national_id FROM person")), QStringLiteral("42501"));
        QCOMPARE(TestDatabase::number(fah, QStringLiteral("SELECT count(name_th) FROM person")), qint64(1)); // the one registered
        const auto checkIn = RegistrationStore(fah).checkIn(m_registration, QDateTime::currentDateTimeUtc());
        QVERIFY2(checkIn.result == RegistrationStore::CheckIn::Result::CheckedIn, qPrintable(checkIn.error));
        QCOMPARE(refusal(fah, QStringLiteral("INSERT INTO person (name_th, province_code) VALUES ('ผู้มาใหม่ หน้างาน', 'TH-56')")), QString());
        QCOMPARE(TestDatabase::number(fah, QStringLiteral("SELECT count(name_th) FROM person")), qint64(2)); // and the walk-in they added
        QCOMPARE(refusal(fah, QStringLiteral("UPDATE plan SET title = 'x'")), QStringLiteral("42501"));
        QCOMPARE(refusal(fah, QStringLiteral("DELETE FROM person")), QStringLiteral("42501"));
        // Searching People reads no column the role is refused.
        PeopleModel people(fah);
        people.setSearchText(QStringLiteral("ใจดี"));
        QVERIFY2(people.lastError().isEmpty(), qPrintable(people.lastError()));
        QCOMPARE(people.rowCount(), 1);
    }

    void viewersRead()
    {
        const QSqlDatabase vee = as(QStringLiteral("vee"));
        QVERIFY(TestDatabase::number(vee, QStringLiteral("SELECT count(name_th) FROM person")) >= 3);
        QCOMPARE(refusal(vee, QStringLiteral("SELECT national_id FROM person")), QStringLiteral("42501"));
        QCOMPARE(refusal(vee, QStringLiteral("INSERT INTO person (name_th) VALUES ('x')")), QStringLiteral("42501"));
        QCOMPARE(refusal(vee, QStringLiteral("UPDATE workshop SET title = 'x'")), QStringLiteral("42501"));
    }

    // Consent: administrators define the purposes; staff record the decisions of their
    // provinces' people, stamped with their login by the server; everyone who sees a person
    // sees their consents; no one rewrites a decision's history.
    void consentByRole()
    {
        ConsentPurpose photos;
        photos.name = QStringLiteral("ถ่ายภาพในงาน");
        photos.statement = QStringLiteral("ข้าพเจ้ายินยอมให้ถ่ายภาพและเผยแพร่ภาพในกิจกรรม");
        QVERIFY(!ConsentStore(as(QStringLiteral("anna"))).savePurpose(photos).ok());
        QCOMPARE(photos.id, 0);
        const ConsentStore::SaveResult defined = ConsentStore(as(QStringLiteral("adm"))).savePurpose(photos);
        QVERIFY2(defined.ok(), qPrintable(defined.error));

        auto decide = [&](const QString &login, qint64 person) {
            ConsentDecision d;
            d.personId = person;
            d.purposeId = photos.id;
            d.given = true;
            d.method = ConsentMethod::InPerson;
            d.decidedOn = QDate::currentDate();
            return ConsentStore(as(login)).record(d);
        };
        const ConsentStore::SaveResult mine = decide(QStringLiteral("anna"), m_somchai);
        QVERIFY2(mine.ok(), qPrintable(mine.error));
        const ConsentStore::SaveResult theirs = decide(QStringLiteral("anna"), m_wilai); // another province
        QVERIFY(!theirs.ok());
        QVERIFY2(theirs.error.contains(QStringLiteral("Your role on the office server does not allow this")), qPrintable(theirs.error));
        QVERIFY(!decide(QStringLiteral("fah"), m_somchai).ok());
        QVERIFY(!decide(QStringLiteral("vee"), m_somchai).ok());

        const QList<ConsentDecision> seen = ConsentStore(as(QStringLiteral("fah"))).decisions(m_somchai); // registered at her workshop
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().recordedBy, QStringLiteral("anna"));
        QCOMPARE(ConsentStore(as(QStringLiteral("vee"))).history(m_somchai).size(), 1);
        QCOMPARE(refusal(as(QStringLiteral("anna")), QStringLiteral("UPDATE person_consent_history SET given = 0")), QStringLiteral("42501"));
        QCOMPARE(refusal(as(QStringLiteral("anna")), QStringLiteral("DELETE FROM person_consent_history")), QStringLiteral("42501"));
        QCOMPARE(refusal(as(QStringLiteral("anna")), QStringLiteral("UPDATE person_consent SET recorded_by = 'someone else'")), QString());
        QCOMPARE(ConsentStore(as(QStringLiteral("vee"))).decisions(m_somchai).first().recordedBy, QStringLiteral("anna"));
        // Retention: the periods are an administrator's to set; staff keep their own people.
        QVERIFY(!RetentionStore(as(QStringLiteral("anna"))).savePolicy({24, 12}).ok());
        QVERIFY(RetentionStore(as(QStringLiteral("adm"))).savePolicy({24, 12}).ok());
        QCOMPARE(RetentionStore(as(QStringLiteral("anna"))).policy().contactMonths, 24);
        QVERIFY(RetentionStore(as(QStringLiteral("anna"))).keep(m_somchai, QDate::currentDate(), 12).ok());
        QVERIFY(!RetentionStore(as(QStringLiteral("anna"))).keep(m_wilai, QDate::currentDate(), 12).ok());
        QVERIFY(!RetentionStore(as(QStringLiteral("vee"))).keep(m_somchai, QDate::currentDate(), 12).ok());
        // The server's trail names who recorded it.
        QCOMPARE(TestDatabase::number(QSqlDatabase::database(QStringLiteral("owner")),
                                      QStringLiteral("SELECT count(*) FROM audit_entry WHERE entity = 'person_consent' AND actor = 'anna' AND entity_id = '%1'").arg(m_somchai)),
                 qint64(2)); // the decision, and the attempt to rewrite its recorder
    }

    // Erasure is an administrator's: the server refuses it as a whole for anyone else, even
    // staff who may delete the person, and records the administrator's.
    void onlyAdminsErase()
    {
        const QSqlDatabase owner = QSqlDatabase::database(QStringLiteral("owner"));
        Person walkIn;
        walkIn.nameTh = QStringLiteral("ผู้ขอลบ ข้อมูลตนเอง");
        walkIn.provinceCode = QStringLiteral("TH-57");
        QVERIFY(PersonStore(owner).save(walkIn).ok());
        Workshop w = *WorkshopStore(owner).find(m_workshop);
        Registration r = fixtures::registrationFor(w, walkIn.id);
        QVERIFY(RegistrationStore(owner).add(r).ok());
        for (const char *login : {"anna", "chai", "fah", "vee"}) {
            const PersonStore::SaveResult refused = ErasureStore(as(QLatin1String(login))).erase(walkIn.id, walkIn.rowVersion);
            QVERIFY2(!refused.ok(), login);
            QVERIFY2(refused.error.contains(QStringLiteral("Your role on the office server does not allow this")), qPrintable(refused.error));
        }
        QVERIFY(PersonStore(owner).find(walkIn.id));
        QCOMPARE(TestDatabase::number(owner, QStringLiteral("SELECT count(*) FROM registration WHERE person_id = %1").arg(walkIn.id)), qint64(1));
        const PersonStore::SaveResult erased = ErasureStore(as(QStringLiteral("adm"))).erase(walkIn.id, walkIn.rowVersion);
        QVERIFY2(erased.ok(), qPrintable(erased.error));
        QVERIFY(!PersonStore(owner).find(walkIn.id));
        QCOMPARE(TestDatabase::number(owner, QStringLiteral("SELECT count(*) FROM registration WHERE id = %1 AND person_id IS NULL").arg(r.id)), qint64(1));
        QCOMPARE(TestDatabase::number(owner, QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'erase' AND actor = 'adm' AND entity_id = '%1'").arg(walkIn.id)),
                 qint64(1));
        QCOMPARE(refusal(as(QStringLiteral("anna")), QStringLiteral("SELECT khana_disclosed('erase', 'person', '1', '')")), QStringLiteral("42501"));
    }

    // The server writes the audit trail under the login, whatever a client claims, and no one
    // but the owner changes it.
    void theServerKeepsTheAudit()
    {
        const QSqlDatabase anna = as(QStringLiteral("anna"));
        // No login writes entries of its own choosing: not into the table, and the server's
        // function takes only what the server cannot see for itself.
        QCOMPARE(refusal(anna, QStringLiteral("INSERT INTO audit_entry (actor, action, entity, entity_id) VALUES ('someone else', 'import', 'person', '3')")),
                 QStringLiteral("42501"));
        QCOMPARE(refusal(anna, QStringLiteral("SELECT khana_disclosed('delete', 'person', '3', '')")), QStringLiteral("42501"));
        const QSqlDatabase adm = as(QStringLiteral("adm"));
        QCOMPARE(TestDatabase::number(adm, QStringLiteral("SELECT count(*) FROM audit_entry WHERE actor = 'someone else'")), qint64(0));
        // An export of people is recorded by the server under the login, with how much left.
        QString error;
        const TableExport::Table people = DataExport::people(anna, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(DataExport::recordExport(anna, people, QStringLiteral("xlsx"), &error));
        QCOMPARE(TestDatabase::number(adm, QStringLiteral("SELECT count(*) FROM audit_entry WHERE actor = 'anna' AND action = 'export' AND entity = 'person' "
                                            "AND entity_id = '*' AND detail = 'rows=%1; format=xlsx'").arg(people.rows.size())), qint64(1));
        QVERIFY(!people.rows.isEmpty());
        const TableExport::Table budget = DataExport::budget(anna, m_workshop, &error);
        QVERIFY(DataExport::recordExport(anna, budget, QStringLiteral("csv"), &error)); // no personal data: nothing to record
        QCOMPARE(TestDatabase::number(adm, QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'export'")), qint64(1));
        // anna's saved person and fah's check-in, recorded by the server's triggers, once each.
        QCOMPARE(TestDatabase::number(adm, QStringLiteral("SELECT count(*) FROM audit_entry WHERE actor = 'anna' AND action = 'create' AND entity = 'person'")), qint64(1));
        QCOMPARE(TestDatabase::number(adm, QStringLiteral("SELECT count(*) FROM audit_entry WHERE actor = 'fah' AND action = 'update' AND entity = 'registration' "
                                            "AND entity_id = '%1'").arg(m_registration)), qint64(1));
        QCOMPARE(refusal(anna, QStringLiteral("SELECT count(*) FROM audit_entry")), QStringLiteral("42501"));
        QCOMPARE(refusal(anna, QStringLiteral("DELETE FROM audit_entry")), QStringLiteral("42501"));
        QCOMPARE(refusal(adm, QStringLiteral("DELETE FROM audit_entry")), QStringLiteral("42501"));
        QCOMPARE(refusal(adm, QStringLiteral("UPDATE audit_entry SET actor = 'x'")), QStringLiteral("42501"));
        QSqlQuery q(adm);
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_entry")));
        QCOMPARE(StorageError::kindOf(q.lastError()), StorageError::Kind::NotAllowed);
        // A roster import by staff: each row by the server's trigger, the import by its function.
        QList<Person> roster(2);
        roster[0].nameTh = QStringLiteral("บุญมี ศรีวงศ์");
        roster[1].nameTh = QStringLiteral("บุญมา ศรีวงศ์");
        for (Person &p : roster)
            p.provinceCode = QStringLiteral("TH-57");
        QVERIFY2(PersonStore(anna).insertBulk(roster, &error), qPrintable(error));
        QCOMPARE(TestDatabase::number(adm, QStringLiteral("SELECT count(*) FROM audit_entry WHERE actor = 'anna' AND action = 'import' AND entity_id = '*' AND detail = 'rows=2'")),
                 qint64(1));
        QCOMPARE(TestDatabase::number(adm, QStringLiteral("SELECT count(*) FROM audit_entry WHERE actor = 'anna' AND action = 'create' AND entity = 'person'")),
                 qint64(3));
    }

    // A facilitator takes their workshop offline and brings it back; a viewer can do neither,
    // because the server refuses, and then no pack file is left behind.
    void facilitatorsTakeTheirWorkshopOffline()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("desk.khanapack"));
        const QSqlDatabase fah = as(QStringLiteral("fah"));
        const PackWriter::Result made = PackWriter(fah).write(m_workshop, path, QStringLiteral("Desk 1"));
        QVERIFY2(made.ok(), qPrintable(made.error));
        const QSqlDatabase adm = as(QStringLiteral("adm"));
        QCOMPARE(TestDatabase::number(adm, QStringLiteral("SELECT count(*) FROM workshop_pack WHERE made_by = 'fah'")), qint64(1));
        {
            const Database::OpenResult opened = Database::openSqlite(path, QStringLiteral("pack"));
            QVERIFY2(opened.ok(), qPrintable(opened.message));
            CheckInSession desk(QSqlDatabase::database(QStringLiteral("pack")), m_workshop);
            Person walkIn;
            walkIn.nameTh = QStringLiteral("ผู้มาใหม่ โรงแรม");
            walkIn.phone = QStringLiteral("0870000077");
            walkIn.provinceCode = QStringLiteral("TH-57");
            PersonStore::SaveResult saved;
            QVERIFY(desk.walkIn(walkIn, made.registrations ? desk.categories().first().id : 0, &saved) >= 0);
        }
        Database::close(QStringLiteral("pack"));

        PackMerge byViewer(as(QStringLiteral("vee")));
        QString error;
        QVERIFY(!byViewer.open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("Your role on the office server does not allow this")), qPrintable(error));

        PackMerge back(fah);
        QVERIFY2(back.open(path, &error), qPrintable(error));
        const PackMerge::Report r = back.merge();
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.walkInsAdded, 1);
        QCOMPARE(TestDatabase::number(adm, QStringLiteral("SELECT count(*) FROM person WHERE name_th = 'ผู้มาใหม่ โรงแรม' AND created_by = 'fah'")), qint64(1));
        QCOMPARE(TestDatabase::number(adm, QStringLiteral("SELECT count(*) FROM registration r JOIN person p ON p.id = r.person_id "
                                                          "WHERE p.name_th = 'ผู้มาใหม่ โรงแรม' AND r.status = 'attended'")),
                 qint64(1));
        QCOMPARE(TestDatabase::number(adm, QStringLiteral("SELECT count(*) FROM audit_entry WHERE actor = 'fah' AND action = 'import' AND entity = 'workshop'")), qint64(1));

        const QString viewers = dir.filePath(QStringLiteral("viewer.khanapack"));
        const PackWriter::Result notAllowed = PackWriter(as(QStringLiteral("vee"))).write(m_workshop, viewers, QStringLiteral("Desk 9"));
        QVERIFY2(notAllowed.error.contains(QStringLiteral("Your role on the office server does not allow this")), qPrintable(notAllowed.error));
        QVERIFY(!QFile::exists(viewers));
        QVERIFY(!QFile::exists(viewers + QStringLiteral(".part")));
    }

    // Only an admin brings the schema up to date; anyone else is told to ask one.
    void onlyAdminsMigrate()
    {
        const QSqlDatabase owner = QSqlDatabase::database(QStringLiteral("owner"));
        QVERIFY(QSqlQuery(owner).exec(QStringLiteral("UPDATE khana_meta SET value = '17' WHERE key = 'schema_version'")));
        // Undoes the latest steps by hand: 23, the member summary; 22, erasure (its other changes can run again); 21, retention review; 20, consent; 18, workshop packs
        // (19, the audit trail kept in a local file, has nothing to do on a server).
        QVERIFY(QSqlQuery(owner).exec(QStringLiteral("DROP TRIGGER member_month_added ON person; DROP TRIGGER member_month_changed ON person; "
                                                     "DROP TRIGGER member_month_removed ON person")));
        for (const char *table : {"member_month", "erased_person", "retention_review", "person_consent_history", "person_consent", "consent_statement", "consent_purpose"})
            QVERIFY(QSqlQuery(owner).exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table))));
        QVERIFY(QSqlQuery(owner).exec(QStringLiteral("DROP TABLE pack_change_merged")));
        QVERIFY(QSqlQuery(owner).exec(QStringLiteral("DROP TABLE workshop_pack")));
        QVERIFY(QSqlQuery(owner).exec(QStringLiteral("DELETE FROM khana_meta WHERE key = 'office_id'")));
        Database::close(QStringLiteral("anna"));
        Database::close(QStringLiteral("x1"));
        const Database::OpenResult staff = ServerDatabase::open(overTcp(m_database, QStringLiteral("anna")), kPassword, QStringLiteral("anna"));
        QCOMPARE(staff.status, Database::Status::NeedsAdmin);
        QVERIFY2(staff.message.contains(QStringLiteral("only an administrator may do that")), qPrintable(staff.message));
        Database::close(QStringLiteral("adm"));
        const Database::OpenResult admin = ServerDatabase::open(overTcp(m_database, QStringLiteral("adm")), kPassword, QStringLiteral("adm"));
        QVERIFY2(admin.ok(), qPrintable(admin.message));
        // The step ran as the owner, and the policies came back with it.
        QCOMPARE(TestDatabase::number(owner, QStringLiteral("SELECT count(*) FROM pg_policies WHERE tablename = 'person'")), qint64(4));
        QCOMPARE(TestDatabase::number(owner, QStringLiteral("SELECT value::int FROM khana_meta WHERE key = 'schema_version'")), qint64(Migrator::latestVersion()));
        QCOMPARE(TestDatabase::number(owner, QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname = 'khana_notice'")), qint64(23));
        QCOMPARE(TestDatabase::number(owner, QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                                            "WHERE table_name IN ('workshop_pack', 'pack_change_merged', 'consent_purpose', 'person_consent')")),
                 qint64(4));
        QCOMPARE(TestDatabase::number(owner, QStringLiteral("SELECT count(*) FROM pg_policies WHERE tablename = 'person_consent'")), qint64(4));
        QCOMPARE(TestDatabase::number(owner, QStringLiteral("SELECT count(*) FROM khana_meta WHERE key = 'office_id'")), qint64(1));
        const Database::OpenResult again = ServerDatabase::open(overTcp(m_database, QStringLiteral("anna")), kPassword, QStringLiteral("anna"));
        QVERIFY2(again.ok(), qPrintable(again.message));
    }

    // The same through the command line an office's IT person uses.
    void commandLineSetsUpAndAddsLogins()
    {
        const QString database = m_database + QStringLiteral("_cli");
        const QStringList server{QStringLiteral("--host"), TestDatabase::serverSocket(), QStringLiteral("--port"),
                                 QString::number(TestDatabase::serverPort()), QStringLiteral("--user"), QStringLiteral("postgres"),
                                 QStringLiteral("--database"), database};
        QProcess init;
        init.start(QStringLiteral(KHANA_APP), QStringList{QStringLiteral("server"), QStringLiteral("init")} + server);
        QVERIFY(init.waitForFinished(60000));
        QVERIFY2(init.exitCode() == 0, init.readAllStandardError().constData());
        QVERIFY(QString::fromUtf8(init.readAllStandardOutput()).contains(QStringLiteral("The server is ready for Khana")));

        QProcess add;
        add.start(QStringLiteral(KHANA_APP), QStringList{QStringLiteral("server"), QStringLiteral("add-user"), QStringLiteral("noi"),
                                                          QStringLiteral("--role"), QStringLiteral("staff"), QStringLiteral("--province"),
                                                          QStringLiteral("TH-57"), QStringLiteral("--password-stdin")} + server);
        QVERIFY(add.waitForStarted());
        add.write((kPassword + QLatin1Char('\n')).toUtf8());
        add.closeWriteChannel();
        QVERIFY(add.waitForFinished(60000));
        QVERIFY2(add.exitCode() == 0, add.readAllStandardError().constData());
        const Database::OpenResult noi = ServerDatabase::open(overTcp(database, QStringLiteral("noi")), kPassword, QStringLiteral("noi"));
        QVERIFY2(noi.ok(), qPrintable(noi.message));
        QCOMPARE(refusal(QSqlDatabase::database(QStringLiteral("noi")), QStringLiteral("CREATE TABLE x (i int)")), QStringLiteral("42501"));
        Database::close(QStringLiteral("noi"));

        QProcess wrong;
        wrong.start(QStringLiteral(KHANA_APP), QStringList{QStringLiteral("server"), QStringLiteral("add-user"), QStringLiteral("dao"),
                                                            QStringLiteral("--role"), QStringLiteral("boss")} + server);
        QVERIFY(wrong.waitForFinished(60000));
        QCOMPARE(wrong.exitCode(), 2);
        {
            QSqlDatabase su = TestDatabase::superuser(QStringLiteral("su-cli"));
            QSqlQuery(su).exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
        }
        Database::close(QStringLiteral("su-cli"));
    }
};

QTEST_GUILESS_MAIN(TestServerRoles)
#include "tst_serverroles.moc"
