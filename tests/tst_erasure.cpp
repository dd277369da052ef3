// Erasure on request: the person and everything personal about them go, the figures the office
// keeps stay without them, a stale erasure changes nothing, and afterwards none of their
// details is left in the database file, its WAL, the search index or the backups made before
// (SQLite; on the office server, the rows and the audit trail).

#include "TestDatabase.h"
#include "WorkshopFixtures.h"
#include "database/Backup.h"
#include "domain/NationalId.h"
#include "itemmodels/RegistrationsModel.h"
#include "stores/ConsentStore.h"
#include "stores/ErasureCleanup.h"
#include "stores/ErasureStore.h"
#include "stores/GroupStore.h"
#include "stores/GrowthStore.h"
#include "stores/PersonStore.h"
#include "stores/RegistrationStore.h"
#include "stores/WorkshopStore.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace khana;

namespace {

// Details no one else in the test has, to look for byte by byte.
const QString kNameTh = QStringLiteral("ฬาฬิกา ฦๅษีเกษม");
const QString kNameEn = QStringLiteral("Qzvxjw Kplqyb");
const QString kNickname = QStringLiteral("Wqzjnick");
const QString kNotes = QStringLiteral("marker-notes-Yxqv");

QList<QByteArray> trigramsOf(const QString &text)
{
    // The search index keeps words as three-letter pieces, lower case.
    QList<QByteArray> out;
    const QString lower = text.toLower();
    for (qsizetype i = 0; i + 3 <= lower.size(); ++i) {
        const QString piece = lower.mid(i, 3);
        if (!piece.contains(QLatin1Char(' ')))
            out.append(piece.toUtf8());
    }
    return out;
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestErasure : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> t;
    qint64 m_person = 0;
    qint64 m_other = 0;
    qint64 m_registration = 0;
    qint64 m_election = 0;
    Workshop m_workshop;
    QString m_phone;
    QString m_nationalId;

    QStringList markers() const { return {kNameTh, kNameEn, kNickname, kNotes, m_phone, m_nationalId}; }

    // Which markers (and search-index pieces of the English name) the bytes hold.
    QStringList traces(const QByteArray &bytes) const
    {
        QStringList found;
        for (const QString &m : markers())
            if (bytes.contains(m.toUtf8()))
                found.append(m);
        for (const QByteArray &piece : trigramsOf(kNameEn))
            if (bytes.contains(piece))
                found.append(QString::fromUtf8(piece));
        return found;
    }

    // Every row of every table on the server, as text.
    QByteArray serverRows() const
    {
        QByteArray all;
        QSqlQuery tables(t->db());
        if (!tables.exec(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")))
            return all;
        while (tables.next()) {
            QSqlQuery rows(t->db());
            if (rows.exec(QStringLiteral("SELECT t::text FROM %1 t").arg(tables.value(0).toString())))
                while (rows.next())
                    all += rows.value(0).toString().toUtf8() + '\n';
        }
        return all;
    }

    QByteArray databaseBytes() const
    {
        return bytesOf(t->path()) + bytesOf(t->path() + QStringLiteral("-wal")) + bytesOf(t->path() + QStringLiteral("-shm"));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        t = std::make_unique<TestDatabase>();
        QVERIFY2(t->ok(), qPrintable(t->error()));
        Person p;
        p.nameTh = kNameTh;
        p.nameEn = kNameEn;
        p.nickname = kNickname;
        p.notes = kNotes;
        p.phone = QStringLiteral("0894172263");
        p.nationalId = QStringLiteral("194070031245") + QString::number(NationalId::checkDigit(QStringLiteral("194070031245")));
        p.provinceCode = QStringLiteral("TH-57");
        p.districtCode = QStringLiteral("5701");
        p.tags = {QStringLiteral("volunteer")};
        const auto saved = PersonStore(t->db()).save(p);
        QVERIFY2(saved.ok(), qPrintable(saved.error + saved.fieldErrors.value(0).message));
        m_person = p.id;
        m_phone = p.phone;
        m_nationalId = p.nationalId;
        Person other;
        other.nameTh = QStringLiteral("สมชาย ใจดี");
        other.provinceCode = QStringLiteral("TH-57");
        QVERIFY(PersonStore(t->db()).save(other).ok());
        m_other = other.id;

        m_workshop = fixtures::chiangRaiWorkshop();
        QVERIFY(WorkshopStore(t->db()).save(m_workshop).ok());
        Registration r = fixtures::registrationFor(m_workshop, m_person);
        QVERIFY(RegistrationStore(t->db()).add(r).ok());
        m_registration = r.id;
        const auto checkedIn = RegistrationStore(t->db()).checkIn(r.id, QDateTime(QDate(2024, 6, 1), QTime(8, 30), Qt::UTC));
        QVERIFY2(checkedIn.result == RegistrationStore::CheckIn::Result::CheckedIn, qPrintable(checkedIn.error));
        Registration theirs = fixtures::registrationFor(m_workshop, m_other);
        QVERIFY(RegistrationStore(t->db()).add(theirs).ok());
        BreakoutGroup g;
        g.workshopId = m_workshop.id;
        g.number = 1;
        g.topic = QStringLiteral("เยาวชนกับการเมือง");
        QVERIFY(GroupStore(t->db()).saveGroup(g).ok());
        QVERIFY(GroupStore(t->db()).assign(r.id, g.id).ok());

        RepresentativeElection e;
        e.districtCode = QStringLiteral("5701");
        e.heldOn = QDate(2024, 7, 1);
        e.candidates = 3;
        e.votesCast = 41;
        e.electedPersonId = m_person;
        const auto elected = GrowthStore(t->db()).saveElection(e);
        QVERIFY2(elected.ok(), qPrintable(elected.error + elected.fieldErrors.value(0).message));
        m_election = e.id;

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
    }
    void cleanup() { t.reset(); }

    // What it says before it acts.
    void impactSaysWhatGoesAndWhatStays()
    {
        const auto impact = ErasureStore(t->db()).impact(m_person);
        QVERIFY(impact);
        QCOMPARE(impact->name, kNameTh);
        QCOMPARE(impact->registrations, 1);
        QCOMPARE(impact->checkIns, 1);
        QCOMPARE(impact->groupMemberships, 1);
        QCOMPARE(impact->elections, 1);
        QCOMPARE(impact->consents, 1);
        QCOMPARE(impact->tags, 1);
        QVERIFY(impact->auditEntries >= 1);
        QVERIFY(!ErasureStore(t->db()).impact(m_person + 1000));
    }

    // The person goes; attendance, quota and vote figures do not change.
    void erasureKeepsTheFiguresWithoutThePerson()
    {
        const QList<RegistrationCount> countsBefore = RegistrationStore(t->db()).counts(m_workshop.id);
        const auto impact = ErasureStore(t->db()).impact(m_person);
        QVERIFY(impact);
        const PersonStore::SaveResult erased = ErasureStore(t->db()).erase(m_person, impact->rowVersion);
        QVERIFY2(erased.ok(), qPrintable(erased.error));

        QVERIFY(!PersonStore(t->db()).find(m_person));
        QVERIFY(PersonStore(t->db()).find(m_other));
        const QList<RegistrationCount> countsAfter = RegistrationStore(t->db()).counts(m_workshop.id);
        QCOMPARE(countsAfter.size(), countsBefore.size());
        for (qsizetype i = 0; i < countsBefore.size(); ++i) {
            QCOMPARE(countsAfter.at(i).categoryId, countsBefore.at(i).categoryId);
            QCOMPARE(countsAfter.at(i).provinceCode, countsBefore.at(i).provinceCode);
            QCOMPARE(countsAfter.at(i).count, countsBefore.at(i).count);
        }
        const QSqlDatabase db = t->db();
        auto number = [&](const QString &sql) { return TestDatabase::number(db, sql); };
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM registration WHERE person_id IS NULL AND checked_in_at IS NOT NULL AND id = %1").arg(m_registration)), qint64(1));
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM registration WHERE badge_code LIKE 'erased-%'")), qint64(1));
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM group_member")), qint64(0));
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM person_tag WHERE person_id = %1").arg(m_person)), qint64(0));
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM person_consent WHERE person_id = %1").arg(m_person)), qint64(0));
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM person_consent_history WHERE person_id = %1").arg(m_person)), qint64(0));
        const auto election = GrowthStore(db).findElection(m_election);
        QVERIFY(election);
        QCOMPARE(election->electedPersonId, qint64(0));
        QCOMPARE(election->votesCast, std::optional<int>(41));
        QCOMPARE(ErasureStore(db).erasedIds(), QList<qint64>{m_person});
        // The trail says who erased whom (by id), and nothing of theirs.
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'erase' AND entity = 'person' AND entity_id = '%1'").arg(m_person)), qint64(1));
        QSqlQuery details(db);
        QVERIFY(details.exec(QStringLiteral("SELECT actor || entity || entity_id || detail FROM audit_entry")));
        while (details.next())
            for (const QString &m : markers())
                QVERIFY2(!details.value(0).toString().contains(m), qPrintable(details.value(0).toString()));
        // Lists of people show people; the check-in list has the one left.
        RegistrationsModel listed(db);
        listed.setWorkshop(m_workshop.id);
        QCOMPARE(listed.rowCount(), 1);
        QCOMPARE(t->peopleFound(kNameEn.left(6)), qint64(0));
        // Assigning groups leaves the anonymous registration out.
        QVERIFY(GroupStore(db).distributeEvenly(m_workshop.id).ok());
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM group_member")), qint64(1));
    }

    void staleErasureChangesNothing()
    {
        const auto impact = ErasureStore(t->db()).impact(m_person);
        QVERIFY(impact);
        Person changed = *PersonStore(t->db()).find(m_person);
        changed.nickname = QStringLiteral("Wqz");
        QVERIFY(PersonStore(t->db()).save(changed).ok());
        const PersonStore::SaveResult erased = ErasureStore(t->db()).erase(m_person, impact->rowVersion);
        QVERIFY(!erased.ok());
        QVERIFY(erased.conflict);
        QVERIFY(PersonStore(t->db()).find(m_person));
        QCOMPARE(TestDatabase::number(t->db(), QStringLiteral("SELECT count(*) FROM registration WHERE person_id = %1").arg(m_person)), qint64(1));
        QCOMPARE(TestDatabase::number(t->db(), QStringLiteral("SELECT count(*) FROM group_member")), qint64(1));
        QVERIFY(ErasureStore(t->db()).erasedIds().isEmpty());
    }

    // Every byte of the file, its WAL and shared memory, and of the backups made before; on the
    // server, every row of every table.
    void noTraceInAnyFile()
    {
        if (TestDatabase::onServer()) {
            // The server's files are its administrator's; every row of every table is Khana's.
            QVERIFY(!traces(serverRows()).isEmpty());
            const auto impact = ErasureStore(t->db()).impact(m_person);
            QVERIFY(impact);
            QVERIFY(ErasureStore(t->db()).erase(m_person, impact->rowVersion).ok());
            QCOMPARE(traces(serverRows()), QStringList());
            return;
        }
        QTemporaryDir folders;
        const QString backups = folders.filePath(QStringLiteral("backups"));
        QVERIFY(Backup::automatic(t->path(), backups, QDate(2026, 11, 30), 7).ok());
        QVERIFY(Backup::create(t->path(), QDir(backups).filePath(QStringLiteral("khana-2026-11-01.sqlite"))).ok());
        const QString beforeRestore = QFileInfo(t->path()).dir().filePath(QStringLiteral("khana-before-restore-20261101-090000.sqlite"));
        QVERIFY(Backup::create(t->path(), beforeRestore).ok());
        const QString elsewhere = folders.filePath(QStringLiteral("kept-on-a-usb-stick.sqlite"));
        QVERIFY(Backup::create(t->path(), elsewhere).ok());
        // Another database's backup in the same folder: its person with the same id is someone else.
        {
            TestDatabase another(QStringLiteral("another"));
            QVERIFY(another.ok());
            Person someoneElse;
            someoneElse.nameTh = QStringLiteral("บุคคลอื่น ต่างฐาน");
            someoneElse.nameEn = kNameEn;
            for (int i = 0; i < 5 && someoneElse.id != m_person; ++i) {
                someoneElse.id = 0;
                QVERIFY(PersonStore(another.db()).save(someoneElse).ok());
            }
            QCOMPARE(someoneElse.id, m_person);
            QVERIFY(Backup::create(another.path(), QDir(backups).filePath(QStringLiteral("khana-2026-10-01.sqlite"))).ok());
        }
        const QStringList copies = ErasureCleanup::backupsOf(t->path(), backups);
        QCOMPARE(copies.size(), 4);

        // The scan can see them: they are there before.
        QSqlQuery(t->db()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QCOMPARE(traces(databaseBytes()).size() >= markers().size(), true);
        for (const QString &copy : copies)
            QVERIFY2(!traces(bytesOf(copy)).isEmpty(), qPrintable(copy));

        const auto impact = ErasureStore(t->db()).impact(m_person);
        QVERIFY(impact);
        QVERIFY(ErasureStore(t->db()).erase(m_person, impact->rowVersion).ok());
        QCOMPARE(ErasureStore(t->db()).filesNotCleaned(), QList<qint64>{m_person});
        {
            const QSqlDatabase worker = t->another(QStringLiteral("cleaner"));
            const ErasureCleanup::Result cleaned = ErasureCleanup::cleanDatabase(worker);
            QVERIFY2(cleaned.ok(), qPrintable(cleaned.error));
            QVERIFY(cleaned.walCleared);
            const ErasureCleanup::Result backedUp = ErasureCleanup::cleanBackups(copies, Database::metaValue(worker, QStringLiteral("office_id")),
                                                                                 ErasureStore(worker).filesNotCleaned());
            QVERIFY2(backedUp.ok(), qPrintable(backedUp.error));
            QCOMPARE(backedUp.backupsCleaned, 3);
            QCOMPARE(backedUp.backupsSkipped, 1);
        }
        Database::close(QStringLiteral("cleaner"));
        QVERIFY(ErasureStore(t->db()).markFilesCleaned({m_person}));
        QVERIFY(ErasureStore(t->db()).filesNotCleaned().isEmpty());
        QSqlQuery(t->db()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));

        QCOMPARE(traces(databaseBytes()), QStringList());
        for (const QString &copy : copies) {
            if (copy.endsWith(QLatin1String("khana-2026-10-01.sqlite")))
                continue;
            QCOMPARE(traces(bytesOf(copy)), QStringList());
            QVERIFY(Backup::verify(copy).ok());
            QVERIFY(!QFile::exists(copy + QStringLiteral("-wal")));
        }
        // The other database's copy is as it was.
        QVERIFY(bytesOf(QDir(backups).filePath(QStringLiteral("khana-2026-10-01.sqlite"))).contains(QStringLiteral("บุคคลอื่น ต่างฐาน").toUtf8()));

        // A copy out of Khana's reach, restored, is erased again.
        const ErasureCleanup::Erased erased = ErasureCleanup::erasedIn(t->path());
        QCOMPARE(erased.personIds, QList<qint64>{m_person});
        QVERIFY(Backup::restore(elsewhere, t->path()).ok());
        QVERIFY(PersonStore(t->db()).find(m_person));
        int again = 0;
        ErasureCleanup::Erased ofAnother = erased;
        ofAnother.officeId = QStringLiteral("another office");
        QVERIFY(ErasureCleanup::eraseAgainIn(t->path(), ofAnother, &again).ok());
        QCOMPARE(again, 0);
        QVERIFY(PersonStore(t->db()).find(m_person));
        const ErasureCleanup::Result cleaned = ErasureCleanup::eraseAgainIn(t->path(), erased, &again);
        QVERIFY2(cleaned.ok(), qPrintable(cleaned.error));
        QCOMPARE(again, 1);
        QCOMPARE(traces(databaseBytes()), QStringList());
        QVERIFY(!PersonStore(t->db()).find(m_person));
        QCOMPARE(TestDatabase::number(t->db(), QStringLiteral("SELECT count(*) FROM registration WHERE person_id IS NULL")), qint64(1));
    }
};

QTEST_MAIN(TestErasure)
#include "tst_erasure.moc"
