#include "TestDatabase.h"
#include "WorkshopFixtures.h"
#include "pack/PackMerge.h"
#include "pack/PackWriter.h"
#include "pack/SealedPack.h"
#include "database/WorkerConnection.h"
#include "stores/CheckInSession.h"
#include "stores/ConsentStore.h"
#include "stores/GroupStore.h"
#include "stores/PersonStore.h"
#include "stores/RegistrationStore.h"
#include "stores/WorkshopStore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace khana;

namespace {

// A valid Thai national id from twelve digits (the thirteenth is their check digit).
QString nationalId(const QString &twelve)
{
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += twelve.at(i).digitValue() * (13 - i);
    return twelve + QString::number((11 - sum % 11) % 10);
}

qint64 number(const QSqlDatabase &db, const QString &sql)
{
    return TestDatabase::number(db, sql);
}

// Attendance as the office holds it: "registration id@time" of everyone checked in.
QStringList attendance(const QSqlDatabase &db, qint64 workshop)
{
    QStringList out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT person_id, checked_in_at, status FROM registration WHERE workshop_id = ? ORDER BY person_id"));
    q.addBindValue(workshop);
    q.exec();
    while (q.next())
        out.append(QStringLiteral("%1@%2:%3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
    return out;
}

const QDateTime kMorning = QDateTime(QDate(2026, 12, 3), QTime(2, 0), QTimeZone::utc());
const QString kPassphrase = QStringLiteral("โต๊ะลงทะเบียน 2");

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestWorkshopPack : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> t;
    QTemporaryDir m_dir;
    Workshop m_workshop;
    QList<qint64> m_people;       // registered at the office: index 0–4
    qint64 m_unregistered = 0;    // in People, not registered
    qint64 m_group = 0;
    QString m_outcomeUid;
    int m_packs = 0;

    QSqlDatabase office() const { return t->db(); }

    QString makePack(const QString &label, PackWriter::Result *out = nullptr)
    {
        const QString path = m_dir.filePath(QStringLiteral("pack-%1.khanapack").arg(++m_packs));
        const PackWriter::Result r = PackWriter(office()).write(m_workshop.id, path, label);
        if (out)
            *out = r;
        return r.ok() ? path : QString();
    }

    QString makeSealedPack(const QString &label, const QString &folder)
    {
        QDir().mkpath(folder);
        const QString path = folder + QStringLiteral("/pack-%1.khanapack").arg(++m_packs);
        const PackWriter::Result r = PackWriter(office()).write(m_workshop.id, path, label, {}, PackSealing{kPassphrase, PackKey::Cost::Quick});
        return r.ok() ? path : QString();
    }

    // Runs `work` on the sealed pack at `path`, opened with its passphrase as the window opens it.
    template<typename Work>
    void inSealedPack(const QString &path, Work work)
    {
        const QString connection = QStringLiteral("sealed-%1").arg(QFileInfo(path).baseName());
        {
            const SealedPack::Opened opened = SealedPack::open(path, kPassphrase, connection);
            QVERIFY2(opened.ok(), qPrintable(opened.result.message));
            work(QSqlDatabase::database(connection));
        }
        Database::close(connection);
    }

    // Runs `work` on the pack at `path` opened as a Khana database, as the window opens it.
    template<typename Work>
    void inPack(const QString &path, Work work)
    {
        const QString connection = QStringLiteral("pack-%1").arg(QFileInfo(path).baseName());
        {
            const Database::OpenResult opened = Database::openSqlite(path, connection);
            QVERIFY2(opened.ok(), qPrintable(opened.message));
            work(QSqlDatabase::database(connection));
        }
        Database::close(connection);
    }

    // A walk-in at `desk`, registered in the first category and checked in.
    void walkIn(CheckInSession &desk, const QString &name, const QString &phone)
    {
        Person p;
        p.nameTh = name;
        p.phone = phone;
        p.provinceCode = QStringLiteral("TH-57");
        PersonStore::SaveResult saved;
        QVERIFY2(desk.walkIn(p, m_workshop.categories.first().id, &saved) >= 0, qPrintable(saved.error + saved.fieldErrors.value(0).message));
    }

    int indexOf(CheckInSession &desk, qint64 personId)
    {
        for (int i = 0; i < desk.size(); ++i)
            if (desk.entry(i).personId == personId)
                return i;
        return -1;
    }

    PackMerge::Report merge(const QString &path, const PackMerge::Decisions &decisions = {})
    {
        PackMerge m(office());
        QString error;
        if (!m.open(path, &error)) {
            PackMerge::Report failed;
            failed.error = error;
            return failed;
        }
        return m.merge(decisions);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        t = std::make_unique<TestDatabase>();
        QVERIFY2(t->ok(), qPrintable(t->error()));
        m_workshop = fixtures::chiangRaiWorkshop();
        QVERIFY(WorkshopStore(office()).save(m_workshop).ok());
        m_people.clear();
        const QStringList names{QStringLiteral("สมชาย ใจดี"), QStringLiteral("สมหญิง รักษ์ดี"), QStringLiteral("ประเสริฐ ก่อนกาล"),
                                QStringLiteral("วิไล แก้วมณี"), QStringLiteral("บุญมี ศรีสุข"), QStringLiteral("อำนาจ ทองดี")};
        for (int i = 0; i < names.size(); ++i) {
            Person p;
            p.nameTh = names.at(i);
            p.phone = QStringLiteral("08123456%1").arg(i, 2, 10, QLatin1Char('0'));
            p.provinceCode = QStringLiteral("TH-57");
            p.nationalId = nationalId(QStringLiteral("11015000%1").arg(i, 4, 10, QLatin1Char('0')));
            p.notes = QStringLiteral("บันทึกส่วนตัว %1").arg(i);
            const auto saved = PersonStore(office()).save(p);
            QVERIFY2(saved.ok(), qPrintable(saved.error + saved.fieldErrors.value(0).message));
            if (i < 5) {
                Registration r = fixtures::registrationFor(m_workshop, p.id);
                QVERIFY(RegistrationStore(office()).add(r).ok());
                m_people.append(p.id);
            } else {
                m_unregistered = p.id;
            }
        }
        BreakoutGroup g;
        g.workshopId = m_workshop.id;
        g.number = 1;
        g.topic = QStringLiteral("การขยายฐานสมาชิก");
        QVERIFY(GroupStore(office()).saveGroup(g).ok());
        m_group = g.id;
        Outcome o{0, QString(), OutcomeKind::Finding, QStringLiteral("ยังขาดงบประมาณ")};
        QVERIFY(GroupStore(office()).addOutcome(m_group, o).ok());
        m_outcomeUid = o.uid;
    }
    void cleanup() { t.reset(); }

    // A pack holds the workshop and what check-in needs, no more; the office records it.
    void aPackHoldsOnlyWhatTheDayNeeds()
    {
        ConsentPurpose photos;
        photos.name = QStringLiteral("ภาพถ่ายในกิจกรรม");
        photos.statement = QStringLiteral("ข้าพเจ้ายินยอมให้เผยแพร่ภาพถ่าย");
        QVERIFY(ConsentStore(office()).savePurpose(photos).ok());
        for (const qint64 person : {m_people.at(0), m_unregistered}) {
            ConsentDecision d;
            d.personId = person;
            d.purposeId = photos.id;
            d.given = true;
            d.decidedOn = QDate(2024, 5, 3);
            QVERIFY(ConsentStore(office()).record(d).ok());
        }
        PackWriter::Result made;
        const QString path = makePack(QStringLiteral("Desk 1"), &made);
        QVERIFY2(!path.isEmpty(), qPrintable(made.error));
        QCOMPARE(made.registrations, 5);
        QCOMPARE(made.people, 5);
        QCOMPARE(QFile(path).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther), QFile::Permissions());
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
        QCOMPARE(number(office(), QStringLiteral("SELECT count(*) FROM workshop_pack WHERE workshop_id = %1 AND label = 'Desk 1' AND made_by <> ''")
                                      .arg(m_workshop.id)),
                 qint64(1));
        QCOMPARE(number(office(), QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'export' AND entity = 'workshop'")), qint64(1));
        const QList<WorkshopPack::TakenPack> taken = WorkshopPack::packsOf(office(), m_workshop.id);
        QCOMPARE(taken.size(), 1);
        QCOMPARE(taken.first().label, QStringLiteral("Desk 1"));
        QCOMPARE(taken.first().registrations, 5);
        QVERIFY(!taken.first().mergedAt.isValid());
        QVERIFY(merge(path).ok());
        QVERIFY(WorkshopPack::packsOf(office(), m_workshop.id).first().mergedAt.isValid());
        inPack(path, [&](const QSqlDatabase &pack) {
            const auto info = WorkshopPack::infoOf(pack);
            QVERIFY(info);
            QCOMPARE(info->workshopId, m_workshop.id);
            QCOMPARE(info->label, QStringLiteral("Desk 1"));
            QCOMPARE(number(pack, QStringLiteral("SELECT count(*) FROM person")), qint64(5));
            QCOMPARE(number(pack, QStringLiteral("SELECT count(*) FROM person WHERE national_id IS NOT NULL OR notes <> ''")), qint64(0));
            QCOMPARE(number(pack, QStringLiteral("SELECT count(*) FROM registration")), qint64(5));
            QCOMPARE(number(pack, QStringLiteral("SELECT count(*) FROM outcome")), qint64(1));
            QCOMPARE(number(pack, QStringLiteral("SELECT count(*) FROM budget_line")), number(office(), QStringLiteral("SELECT count(*) FROM budget_line")));
            QCOMPARE(number(pack, QStringLiteral("SELECT count(*) FROM pack_change")), qint64(0));
            // Who agreed to photos can be read at the workshop (and only of its people); a
            // decision is the office's to record.
            const QList<ConsentDecision> consents = ConsentStore(pack).decisions(m_people.at(0));
            QCOMPARE(consents.size(), 1);
            QVERIFY(consents.first().given);
            QCOMPARE(number(pack, QStringLiteral("SELECT count(*) FROM person_consent")), qint64(1));
            ConsentDecision withdrawn = consents.first();
            withdrawn.given = false;
            const ConsentStore::SaveResult refusedConsent = ConsentStore(pack).record(withdrawn);
            QVERIFY(!refusedConsent.ok());
            QVERIFY2(refusedConsent.error.contains(QStringLiteral("workshop pack")), qPrintable(refusedConsent.error));
            // Found by a Thai name fragment, as the check-in desk finds them.
            CheckInSession desk(pack, m_workshop.id);
            QCOMPARE(desk.size(), 5);
            QVERIFY(!desk.find(QStringLiteral("ก่อนกา")).isEmpty());
        });
    }

    // Each change in a pack has its own id and the time it happened; what only the office can
    // change is refused with words that say so.
    void aPackJournalsItsChangesAndRefusesTheOfficesWork()
    {
        const QString path = makePack(QStringLiteral("Desk 1"));
        QVERIFY(!path.isEmpty());
        inPack(path, [&](const QSqlDatabase &pack) {
            CheckInSession desk(pack, m_workshop.id);
            QCOMPARE(desk.checkIn(indexOf(desk, m_people.at(0)), kMorning).result, RegistrationStore::CheckIn::Result::CheckedIn);
            QSqlQuery q(pack);
            QVERIFY(q.exec(QStringLiteral("SELECT uid, at FROM pack_change")));
            QVERIFY(q.next());
            QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")).match(q.value(0).toString()).hasMatch(),
                     qPrintable(q.value(0).toString()));
            QCOMPARE(QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs), kMorning);
            Workshop w = *WorkshopStore(pack).find(m_workshop.id);
            w.title = QStringLiteral("ชื่อใหม่");
            const auto refused = WorkshopStore(pack).save(w);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error.contains(QStringLiteral("workshop pack")), qPrintable(refused.error));
            Person p = *PersonStore(pack).find(m_people.at(1));
            p.phone = QStringLiteral("0899999999");
            QVERIFY(!PersonStore(pack).save(p).ok());
        });
    }

    void twoDesksMergeInEitherOrderAndTwice_data()
    {
        QTest::addColumn<bool>("firstDeskFirst");
        QTest::newRow("desk 1, then desk 2") << true;
        QTest::newRow("desk 2, then desk 1") << false;
    }
    // Two desks check people in (one person at both, one taken back) and take walk-ins; merged
    // in either order, and again, the office has each arrival once, at its earliest time.
    void twoDesksMergeInEitherOrderAndTwice()
    {
        QFETCH(bool, firstDeskFirst);
        const QString one = makePack(QStringLiteral("Desk 1"));
        const QString two = makePack(QStringLiteral("Desk 2"));
        QVERIFY(!one.isEmpty() && !two.isEmpty());
        inPack(one, [&](const QSqlDatabase &pack) {
            CheckInSession desk(pack, m_workshop.id);
            desk.checkIn(indexOf(desk, m_people.at(0)), kMorning.addSecs(300));
            desk.checkIn(indexOf(desk, m_people.at(1)), kMorning.addSecs(360));
            QString error;
            QVERIFY2(desk.undoLast(&error) >= 0, qPrintable(error)); // the wrong person
            walkIn(desk, QStringLiteral("มานะ มาใหม่"), QStringLiteral("0870000001"));
            // Someone in the office's People but not registered: the same name and phone.
            walkIn(desk, QStringLiteral("อำนาจ ทองดี"), QStringLiteral("0812345605"));
        });
        inPack(two, [&](const QSqlDatabase &pack) {
            CheckInSession desk(pack, m_workshop.id);
            desk.checkIn(indexOf(desk, m_people.at(0)), kMorning); // earlier than desk 1
            desk.checkIn(indexOf(desk, m_people.at(2)), kMorning.addSecs(600));
            const qint64 noShow = desk.entry(indexOf(desk, m_people.at(3))).registrationId;
            QVERIFY(RegistrationStore(pack).setStatus(noShow, RegistrationStatus::NoShow).ok());
            Outcome o{0, QString(), OutcomeKind::Proposal, QStringLiteral("จัดอบรมผู้ประสานงานอำเภอ")};
            QVERIFY(GroupStore(pack).addOutcome(m_group, o).ok());
        });
        const QStringList order = firstDeskFirst ? QStringList{one, two} : QStringList{two, one};
        for (const QString &path : order) {
            const PackMerge::Report r = merge(path);
            QVERIFY2(r.ok(), qPrintable(r.error));
            QCOMPARE(r.count(PackMerge::Report::Kind::Waiting), 0);
        }
        const QStringList merged = attendance(office(), m_workshop.id);
        QCOMPARE(number(office(), QStringLiteral("SELECT count(*) FROM registration WHERE workshop_id = %1 AND status = 'attended'").arg(m_workshop.id)),
                 qint64(4)); // person 0, person 2, the new walk-in and the known one
        QCOMPARE(number(office(), QStringLiteral("SELECT count(*) FROM registration WHERE workshop_id = %1").arg(m_workshop.id)), qint64(7));
        QCOMPARE(number(office(), QStringLiteral("SELECT count(*) FROM person WHERE name_th = 'มานะ มาใหม่'")), qint64(1));
        QCOMPARE(number(office(), QStringLiteral("SELECT count(*) FROM person WHERE name_th = 'อำนาจ ทองดี'")), qint64(1));
        QCOMPARE(number(office(), QStringLiteral("SELECT count(*) FROM registration WHERE person_id = %1 AND status = 'attended'").arg(m_unregistered)),
                 qint64(1));
        QCOMPARE(number(office(), QStringLiteral("SELECT count(*) FROM registration WHERE person_id = %1 AND status = 'registered'").arg(m_people.at(1))),
                 qint64(1));
        QCOMPARE(number(office(), QStringLiteral("SELECT count(*) FROM registration WHERE person_id = %1 AND status = 'no_show'").arg(m_people.at(3))),
                 qint64(1));
        QSqlQuery first(office());
        QVERIFY(first.exec(QStringLiteral("SELECT checked_in_at, checked_in_by FROM registration WHERE person_id = %1").arg(m_people.at(0))));
        QVERIFY(first.next());
        QCOMPARE(QDateTime::fromString(first.value(0).toString(), Qt::ISODateWithMs), kMorning);
        QCOMPARE(number(office(), QStringLiteral("SELECT count(*) FROM outcome WHERE text = 'จัดอบรมผู้ประสานงานอำเภอ'")), qint64(1));

        // Merged again: nothing changes, and the report says it was merged before.
        for (const QString &path : order) {
            PackMerge again(office());
            QString error;
            QVERIFY2(again.open(path, &error), qPrintable(error));
            QCOMPARE(again.changesToMerge(), 0);
            const PackMerge::Report r = again.merge();
            QVERIFY2(r.ok(), qPrintable(r.error));
            QVERIFY(r.alreadyMerged > 0);
            QCOMPARE(r.checkIns + r.walkInsAdded + r.walkInsMatched + r.outcomesAdded + r.statusChanges, 0);
        }
        QCOMPARE(attendance(office(), m_workshop.id), merged);
        QCOMPARE(number(office(), QStringLiteral("SELECT count(*) FROM person")), qint64(7));
    }

    // A walk-in alike to someone at the office (the same phone, another name) is not merged on
    // a guess: it waits, with the person alike, until someone decides.
    void aWalkInAlikeSomeoneWaitsForADecision()
    {
        const QString path = makePack(QStringLiteral("Desk 1"));
        inPack(path, [&](const QSqlDatabase &pack) {
            CheckInSession desk(pack, m_workshop.id);
            walkIn(desk, QStringLiteral("อำนาจ ทองดีมาก"), QStringLiteral("0812345605"));
        });
        PackMerge m(office());
        QString error;
        QVERIFY2(m.open(path, &error), qPrintable(error));
        const QList<PackMerge::WalkIn> undecided = m.walkInsToDecide();
        QCOMPARE(undecided.size(), 1);
        QCOMPARE(undecided.first().candidates.size(), 1);
        QCOMPARE(undecided.first().candidates.first().personId, m_unregistered);
        QVERIFY(undecided.first().candidates.first().samePhone);
        QVERIFY(!undecided.first().candidates.first().sameName);
        PackMerge::Report r = m.merge();
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.count(PackMerge::Report::Kind::Waiting) >= 1);
        QCOMPARE(r.walkInsAdded + r.walkInsMatched, 0);
        QCOMPARE(number(office(), QStringLiteral("SELECT count(*) FROM registration WHERE workshop_id = %1").arg(m_workshop.id)), qint64(5));

        // Decided: the same person. Their registration and check-in follow.
        PackMerge decided(office());
        QVERIFY2(decided.open(path, &error), qPrintable(error));
        PackMerge::Decisions d;
        d.walkIns.insert(decided.walkInsToDecide().first().changeUid, m_unregistered);
        r = decided.merge(d);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.walkInsMatched, 1);
        QCOMPARE(r.count(PackMerge::Report::Kind::Waiting), 0);
        QCOMPARE(number(office(), QStringLiteral("SELECT count(*) FROM registration WHERE person_id = %1 AND status = 'attended'").arg(m_unregistered)),
                 qint64(1));
        QCOMPARE(number(office(), QStringLiteral("SELECT count(*) FROM person")), qint64(6));
        QCOMPARE(merge(path).walkInsMatched, 0);
    }

    // The same outcome changed at the workshop and at the office: shown as a conflict, merged
    // only as decided.
    void anOutcomeChangedOnBothSidesIsAConflict()
    {
        const QString path = makePack(QStringLiteral("Desk 1"));
        inPack(path, [&](const QSqlDatabase &pack) {
            auto found = GroupStore(pack).findOutcome(m_outcomeUid);
            QVERIFY(found);
            Outcome o = found->second;
            o.text = QStringLiteral("ยังขาดงบประมาณและอาสาสมัคร");
            QVERIFY(GroupStore(pack).updateOutcome(o).ok());
        });
        Outcome atOffice = GroupStore(office()).findOutcome(m_outcomeUid)->second;
        atOffice.text = QStringLiteral("ขาดงบประมาณ (แก้ที่สำนักงาน)");
        QVERIFY(GroupStore(office()).updateOutcome(atOffice).ok());

        PackMerge m(office());
        QString error;
        QVERIFY2(m.open(path, &error), qPrintable(error));
        const QList<PackMerge::OutcomeConflict> conflicts = m.conflicts();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().packText, QStringLiteral("ยังขาดงบประมาณและอาสาสมัคร"));
        QCOMPARE(conflicts.first().officeText, QStringLiteral("ขาดงบประมาณ (แก้ที่สำนักงาน)"));
        QCOMPARE(m.merge().count(PackMerge::Report::Kind::Waiting), 1);
        QCOMPARE(GroupStore(office()).findOutcome(m_outcomeUid)->second.text, QStringLiteral("ขาดงบประมาณ (แก้ที่สำนักงาน)"));

        PackMerge::Decisions d;
        d.keepPackOutcome.insert(m_outcomeUid, true);
        const PackMerge::Report r = merge(path, d);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.outcomesChanged, 1);
        QCOMPARE(GroupStore(office()).findOutcome(m_outcomeUid)->second.text, QStringLiteral("ยังขาดงบประมาณและอาสาสมัคร"));
    }

    // A finding made a decision at the workshop and a proposal at the office: the same words,
    // two versions, each shown with its kind.
    void anOutcomeWhoseKindChangedIsAConflictToo()
    {
        const QString path = makePack(QStringLiteral("Desk 1"));
        inPack(path, [&](const QSqlDatabase &pack) {
            Outcome o = GroupStore(pack).findOutcome(m_outcomeUid)->second;
            o.kind = OutcomeKind::Decision;
            QVERIFY(GroupStore(pack).updateOutcome(o).ok());
        });
        Outcome atOffice = GroupStore(office()).findOutcome(m_outcomeUid)->second;
        atOffice.kind = OutcomeKind::Proposal;
        QVERIFY(GroupStore(office()).updateOutcome(atOffice).ok());
        PackMerge m(office());
        QString error;
        QVERIFY2(m.open(path, &error), qPrintable(error));
        const QList<PackMerge::OutcomeConflict> conflicts = m.conflicts();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().packText, conflicts.first().officeText);
        QCOMPARE(conflicts.first().packKind, QStringLiteral("decision"));
        QCOMPARE(conflicts.first().officeKind, QStringLiteral("proposal"));
        PackMerge::Decisions d;
        d.keepPackOutcome.insert(m_outcomeUid, true);
        QVERIFY(m.merge(d).ok());
        QCOMPARE(GroupStore(office()).findOutcome(m_outcomeUid)->second.kind, OutcomeKind::Decision);
    }

    // A pack made before the office registered someone new and cancelled someone merges onto
    // the office as it is now.
    void aPackFromBeforeOfficeChangesMerges()
    {
        const QString path = makePack(QStringLiteral("Desk 1"));
        Registration late = fixtures::registrationFor(m_workshop, m_unregistered);
        QVERIFY(RegistrationStore(office()).add(late).ok());
        QSqlQuery q(office());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM registration WHERE person_id = %1").arg(m_people.at(4))));
        QVERIFY(q.next());
        QVERIFY(RegistrationStore(office()).setStatus(q.value(0).toLongLong(), RegistrationStatus::Cancelled).ok());
        inPack(path, [&](const QSqlDatabase &pack) {
            CheckInSession desk(pack, m_workshop.id);
            QCOMPARE(desk.size(), 5);
            desk.checkIn(indexOf(desk, m_people.at(4)), kMorning); // cancelled at the office, yet came
            desk.checkIn(indexOf(desk, m_people.at(0)), kMorning.addSecs(60));
        });
        const PackMerge::Report r = merge(path);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.checkIns, 2);
        QCOMPARE(r.count(PackMerge::Report::Kind::Note), 1);
        QCOMPARE(number(office(), QStringLiteral("SELECT count(*) FROM registration WHERE workshop_id = %1 AND status = 'attended'").arg(m_workshop.id)),
                 qint64(2));
        QCOMPARE(number(office(), QStringLiteral("SELECT count(*) FROM registration WHERE person_id = %1 AND status = 'registered'").arg(m_unregistered)),
                 qint64(1));
    }

    // Groups made and people put in groups at the workshop, with an outcome of the new group,
    // come back once.
    void groupsMadeAtTheWorkshopComeBack()
    {
        const QString path = makePack(QStringLiteral("Desk 1"));
        QString newGroupTopic = QStringLiteral("การสื่อสารกับสมาชิก");
        inPack(path, [&](const QSqlDatabase &pack) {
            BreakoutGroup g;
            g.workshopId = m_workshop.id;
            g.number = 2;
            g.topic = newGroupTopic;
            QVERIFY(GroupStore(pack).saveGroup(g).ok());
            CheckInSession desk(pack, m_workshop.id);
            QVERIFY(GroupStore(pack).assign(desk.entry(indexOf(desk, m_people.at(0))).registrationId, g.id).ok());
            QVERIFY(GroupStore(pack).assign(desk.entry(indexOf(desk, m_people.at(1))).registrationId, m_group).ok());
            Outcome o{0, QString(), OutcomeKind::Decision, QStringLiteral("ตั้งกลุ่มไลน์ประจำอำเภอ")};
            QVERIFY(GroupStore(pack).addOutcome(g.id, o).ok());
        });
        for (int i = 0; i < 2; ++i) {
            const PackMerge::Report r = merge(path);
            QVERIFY2(r.ok(), qPrintable(r.error));
            QCOMPARE(r.groupChanges, i == 0 ? 1 : 0);
            QCOMPARE(r.memberships, i == 0 ? 2 : 0);
            QCOMPARE(r.outcomesAdded, i == 0 ? 1 : 0);
        }
        QCOMPARE(number(office(), QStringLiteral("SELECT count(*) FROM breakout_group WHERE workshop_id = %1").arg(m_workshop.id)), qint64(2));
        QCOMPARE(number(office(), QStringLiteral("SELECT count(*) FROM group_member m JOIN breakout_group g ON g.id = m.group_id JOIN registration r "
                                                 "ON r.id = m.registration_id WHERE g.number = 2 AND r.person_id = %1").arg(m_people.at(0))),
                 qint64(1));
        QCOMPARE(number(office(), QStringLiteral("SELECT count(*) FROM group_member m JOIN registration r ON r.id = m.registration_id "
                                                 "WHERE m.group_id = %1 AND r.person_id = %2").arg(m_group).arg(m_people.at(1))),
                 qint64(1));
        QCOMPARE(number(office(), QStringLiteral("SELECT count(*) FROM outcome o JOIN breakout_group g ON g.id = o.group_id "
                                                 "WHERE g.number = 2 AND o.text = 'ตั้งกลุ่มไลน์ประจำอำเภอ'")),
                 qint64(1));
    }

    // Cancelled while it writes or merges: no pack file, no record of it, nothing merged.
    void cancellingLeavesNothingHalfDone()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancelled.khanapack"));
        const PackWriter::Result stopped = PackWriter(office()).write(m_workshop.id, path, QStringLiteral("Desk 9"), [](qint64, qint64) { return false; });
        QVERIFY(stopped.cancelled);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
        QCOMPARE(number(office(), QStringLiteral("SELECT count(*) FROM workshop_pack")), qint64(0));

        const QString made = makePack(QStringLiteral("Desk 1"));
        inPack(made, [&](const QSqlDatabase &pack) {
            CheckInSession desk(pack, m_workshop.id);
            desk.checkIn(indexOf(desk, m_people.at(0)), kMorning);
        });
        PackMerge m(office());
        QString error;
        QVERIFY2(m.open(made, &error), qPrintable(error));
        const PackMerge::Report r = m.merge({}, [](qint64, qint64) { return false; });
        QVERIFY(r.cancelled);
        QCOMPARE(number(office(), QStringLiteral("SELECT count(*) FROM registration WHERE status = 'attended'")), qint64(0));
        QCOMPARE(number(office(), QStringLiteral("SELECT count(*) FROM pack_change_merged")), qint64(0));
        QCOMPARE(merge(made).checkIns, 1);
    }

    // A pack sealed with a passphrase holds nothing readable on the disk, at any moment: made
    // in memory, opened into memory, sealed back after every change. It comes back only with
    // its passphrase, as a plain pack does.
    void aSealedPackIsReadableOnlyWithItsPassphrase()
    {
        const QString folder = m_dir.filePath(QStringLiteral("sealed"));
        const QString path = makeSealedPack(QStringLiteral("Desk 3"), folder);
        QVERIFY(!path.isEmpty());
        const auto filesThere = [&] { return QDir(folder).entryList(QDir::Files | QDir::Hidden); };
        QCOMPARE(filesThere(), QStringList{QFileInfo(path).fileName()});
        QVERIFY(PackSeal::isSealed(path));
        QCOMPARE(QFile(path).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther), QFile::Permissions());
        const auto nothingReadable = [&](const QByteArray &bytes) {
            return !bytes.isEmpty() && !bytes.contains("SQLite format 3") && !bytes.contains(QStringLiteral("สมชาย").toUtf8())
                   && !bytes.contains("0812345600");
        };
        QVERIFY(nothingReadable(bytesOf(path)));

        // Not a database to SQLite, and refused without the passphrase; the file untouched.
        const QByteArray sealed = bytesOf(path);
        const Database::OpenResult plainOpen = Database::openSqlite(path, QStringLiteral("not-sealed"));
        QVERIFY(!plainOpen.ok());
        const SealedPack::Opened wrong = SealedPack::open(path, QStringLiteral("โต๊ะลงทะเบียน 3"), QStringLiteral("wrong"));
        QCOMPARE(wrong.failure, PackSeal::Failure::WrongPassphrase);
        QVERIFY2(wrong.result.message.contains(QStringLiteral("passphrase")), qPrintable(wrong.result.message));
        QCOMPARE(bytesOf(path), sealed);

        inSealedPack(path, [&](const QSqlDatabase &pack) {
            QVERIFY(WorkshopPack::infoOf(pack));
            CheckInSession desk(pack, m_workshop.id);
            QCOMPARE(desk.checkIn(indexOf(desk, m_people.at(0)), kMorning).result, RegistrationStore::CheckIn::Result::CheckedIn);
            walkIn(desk, QStringLiteral("ปิดผนึก มาเอง"), QStringLiteral("0870000021"));
            // Sealed back already, and only the sealed file is there.
            QVERIFY(bytesOf(path) != sealed);
            QVERIFY(nothingReadable(bytesOf(path)));
            QCOMPARE(filesThere(), QStringList{QFileInfo(path).fileName()});
            // A worker's connection (a print, an export) shares the same database.
            QCOMPARE(number(pack, QStringLiteral("SELECT count(*) FROM pack_change")), qint64(4));
            WorkerConnection worker(pack.connectionName());
            QVERIFY2(worker.ok(), qPrintable(worker.error()));
            QCOMPARE(number(worker.database(), QStringLiteral("SELECT count(*) FROM pack_change")), qint64(4));
        });
        QVERIFY(nothingReadable(bytesOf(path)));
        inSealedPack(path, [&](const QSqlDatabase &pack) {
            QCOMPARE(number(pack, QStringLiteral("SELECT count(*) FROM registration WHERE status = 'attended'")), qint64(2));
        });

        PackMerge m(office());
        QString error;
        QVERIFY(!m.open(path, &error));
        QVERIFY(m.passphraseRefused());
        QVERIFY(!m.open(path, QStringLiteral("โต๊ะลงทะเบียน"), &error));
        QVERIFY(m.passphraseRefused());
        QVERIFY2(m.open(path, kPassphrase, &error), qPrintable(error));
        const PackMerge::Report r = m.merge({});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.checkIns, 2);
        QCOMPARE(r.walkInsAdded, 1);
        QCOMPARE(number(office(), QStringLiteral("SELECT count(*) FROM registration WHERE workshop_id = %1 AND status = 'attended'").arg(m_workshop.id)),
                 qint64(2));
    }

    // When the sealed file cannot be written (the stick pulled out, the folder gone), the change
    // is not saved and memory goes back to what the file holds; once it can, work goes on.
    void aChangeTheSealedFileCannotTakeIsNotSaved()
    {
        const QString folder = m_dir.filePath(QStringLiteral("stick"));
        const QString path = makeSealedPack(QStringLiteral("Desk 4"), folder);
        QVERIFY(!path.isEmpty());
        const QByteArray sealed = bytesOf(path);
        inSealedPack(path, [&](const QSqlDatabase &pack) {
            CheckInSession desk(pack, m_workshop.id);
            QVERIFY(QDir(folder).removeRecursively());
            const auto refused = desk.checkIn(indexOf(desk, m_people.at(1)), kMorning);
            QVERIFY(refused.result != RegistrationStore::CheckIn::Result::CheckedIn);
            QVERIFY2(refused.error.contains(QStringLiteral("not saved")), qPrintable(refused.error));
            QCOMPARE(number(pack, QStringLiteral("SELECT count(*) FROM pack_change")), qint64(0));
            QCOMPARE(number(pack, QStringLiteral("SELECT count(*) FROM registration WHERE checked_in_at IS NOT NULL")), qint64(0));
            QVERIFY(QDir().mkpath(folder));
            CheckInSession again(pack, m_workshop.id);
            QCOMPARE(again.checkIn(indexOf(again, m_people.at(1)), kMorning).result, RegistrationStore::CheckIn::Result::CheckedIn);
        });
        QVERIFY(bytesOf(path) != sealed);
        inSealedPack(path, [&](const QSqlDatabase &pack) {
            QCOMPARE(number(pack, QStringLiteral("SELECT count(*) FROM registration WHERE checked_in_at IS NOT NULL")), qint64(1));
        });
    }

    // A damaged file, a Khana database that is no pack, and a pack of another office are
    // refused with words that say which; a merge that fails leaves the office as it was.
    void aDamagedOrForeignPackIsRefused()
    {
        QString error;
        const QString junk = m_dir.filePath(QStringLiteral("junk.khanapack"));
        {
            QFile f(junk);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        }
        QVERIFY(!PackMerge(office()).open(junk, &error));
        QVERIFY2(error.contains(QStringLiteral("damaged or is not a workshop pack")), qPrintable(error));

        const QString plain = m_dir.filePath(QStringLiteral("plain.sqlite"));
        QVERIFY(Database::openSqlite(plain, QStringLiteral("plain")).ok());
        Database::close(QStringLiteral("plain"));
        QVERIFY(!PackMerge(office()).open(plain, &error));
        QVERIFY2(error.contains(QStringLiteral("not a workshop pack")), qPrintable(error));

        const QString foreign = makePack(QStringLiteral("Desk 1"));
        inPack(foreign, [&](const QSqlDatabase &pack) {
            QVERIFY(QSqlQuery(pack).exec(QStringLiteral("UPDATE pack_info SET value = 'another' WHERE key = 'office_id'")));
        });
        QVERIFY(!PackMerge(office()).open(foreign, &error));
        QVERIFY2(error.contains(QStringLiteral("another office database")), qPrintable(error));

        // The office refuses the walk-in's row: nothing of the pack is merged, not even the
        // check-ins before it.
        const QString path = makePack(QStringLiteral("Desk 2"));
        inPack(path, [&](const QSqlDatabase &pack) {
            CheckInSession desk(pack, m_workshop.id);
            desk.checkIn(indexOf(desk, m_people.at(0)), kMorning);
            walkIn(desk, QStringLiteral("ปฏิเสธ ไม่รับ"), QStringLiteral("0870000009"));
        });
        const QStringList before = attendance(office(), m_workshop.id);
        QVERIFY(t->refuseRowsNamed(QStringLiteral("person"), QStringLiteral("ปฏิเสธ ไม่รับ")));
        const PackMerge::Report r = merge(path);
        QVERIFY(!r.ok());
        QVERIFY(!r.error.isEmpty());
        QCOMPARE(attendance(office(), m_workshop.id), before);
        QCOMPARE(number(office(), QStringLiteral("SELECT count(*) FROM pack_change_merged")), qint64(0));
        QVERIFY(t->stopRefusing(QStringLiteral("person")));
        QVERIFY2(merge(path).ok(), "merges once the office takes it");
        QCOMPARE(number(office(), QStringLiteral("SELECT count(*) FROM registration WHERE workshop_id = %1 AND status = 'attended'").arg(m_workshop.id)),
                 qint64(2));
    }
};

QTEST_MAIN(TestWorkshopPack)
#include "tst_workshoppack.moc"
