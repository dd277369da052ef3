#include "TestDatabase.h"
#include "WorkshopFixtures.h"
#include "domain/BadgeCode.h"
#include "domain/Money.h"
#include "domain/QuotaMatrix.h"
#include "stores/AreaStore.h"
#include "reports/WorkshopDocuments.h"
#include "stores/CheckInSession.h"
#include "stores/GroupStore.h"
#include "stores/PersonStore.h"
#include "stores/RegistrationStore.h"
#include "stores/WorkshopStore.h"

#include <QSignalSpy>
#include <QThread>
#include <QSqlQuery>

using namespace khana;

namespace {

int countOf(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

qint64 addPerson(const QSqlDatabase &db, const QString &name, const QString &phone, const QString &province)
{
    Person p;
    p.nameTh = name;
    p.phone = phone;
    p.provinceCode = province;
    const auto result = PersonStore(db).save(p);
    return result.ok() ? p.id : 0;
}

} // namespace

class TestWorkshops : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> t;

private Q_SLOTS:
    void init()
    {
        t = std::make_unique<TestDatabase>();
        QVERIFY(t->ok());
    }
    void cleanup() { t.reset(); }

    void money_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("satang");
        QTest::newRow("grouped") << QStringLiteral("12,500") << qint64(1250000);
        QTest::newRow("decimals") << QStringLiteral("350.5") << qint64(35050);
        QTest::newRow("two decimals") << QStringLiteral("0.25") << qint64(25);
        QTest::newRow("thai digits") << QStringLiteral("๑,๒๐๐") << qint64(120000);
        QTest::newRow("baht sign") << QStringLiteral("฿ 99") << qint64(9900);
        QTest::newRow("negative") << QStringLiteral("-300") << qint64(-30000);
    }
    void money()
    {
        QFETCH(QString, text);
        QFETCH(qint64, satang);
        QCOMPARE(Money::parse(text), std::optional<qint64>(satang));
        QCOMPARE(Money::parse(Money::format(satang, QLocale(QLocale::Thai, QLocale::Thailand))), std::optional<qint64>(satang));
    }
    void moneyRejects()
    {
        QVERIFY(!Money::parse(QStringLiteral("12.345")));
        QVERIFY(!Money::parse(QStringLiteral("abc")));
        QVERIFY(!Money::parse(QString()));
        QCOMPARE(Money::format(1250000, QLocale(QLocale::English)), QStringLiteral("12,500.00"));
    }

    void badgeCodes()
    {
        const QString code = BadgeCode::generate();
        QCOMPARE(code.size(), 6);
        QVERIFY(BadgeCode::looksLikeCode(code));
        QCOMPARE(BadgeCode::normalise(QStringLiteral("7kq-2m9")), QStringLiteral("7KQ2M9"));
        QCOMPARE(BadgeCode::normalise(QStringLiteral("o1l-abc")), QStringLiteral("011ABC"));
        QVERIFY(!BadgeCode::looksLikeCode(QStringLiteral("สมชาย")));
        QVERIFY(!BadgeCode::looksLikeCode(QStringLiteral("0812345678")));
        QCOMPARE(BadgeCode::display(QStringLiteral("7KQ2M9")), QStringLiteral("7KQ-2M9"));
    }

    void forum427TotalsExactly()
    {
        Workshop w = fixtures::forum427();
        QCOMPARE(w.plannedParticipants(77), 427);
        WorkshopStore store(t->db());
        const auto result = store.save(w);
        QVERIFY2(result.ok(), qPrintable(result.error + result.fieldErrors.value(0).message));
        const auto stored = store.find(w.id);
        QVERIFY(stored);
        QCOMPARE(stored->categories.size(), 6);
        QCOMPARE(stored->plannedParticipants(77), 427);
        QStringList provinces;
        for (const Province &p : AreaStore(t->db()).provinces())
            provinces.append(p.code);
        const QuotaMatrix matrix(stored->categories, provinces, RegistrationStore(t->db()).counts(w.id));
        QCOMPARE(matrix.total().planned, 427);
        QCOMPARE(matrix.category(0).planned, 308);
        QCOMPARE(matrix.category(1).planned, 77);
        QCOMPARE(matrix.province(0, QStringLiteral("TH-57")).planned, 4);
    }

    void seedWorkshopRoundTrips()
    {
        Workshop w = fixtures::chiangRaiWorkshop();
        WorkshopStore store(t->db());
        QVERIFY(store.save(w).ok());
        const auto stored = store.find(w.id);
        QVERIFY(stored);
        QCOMPARE(stored->title, w.title);
        QCOMPARE(stored->days.size(), 1);
        QCOMPARE(stored->days.first().starts, QTime(8, 30));
        QCOMPARE(stored->days.first().ends, QTime(17, 0));
        QCOMPARE(stored->approvedOn, QDate(2024, 4, 28));
        QCOMPARE(stored->agenda.size(), 3);
        QCOMPARE(stored->budgetTotal(), qint64(500000 + 40 * 35000 + 40 * 5000));
        const auto bySource = stored->budgetBySource();
        QCOMPARE(bySource.size(), 2);
        QCOMPARE(bySource.at(0).first, QStringLiteral("งบคณะทำงานจังหวัด"));
        QCOMPARE(bySource.at(0).second, qint64(500000 + 40 * 35000));
        QCOMPARE(store.list().size(), 1);
        QCOMPARE(store.list().first().firstDay, QDate(2024, 5, 3));
    }

    // A save from a workshop read before someone else's save is refused as a conflict and
    // changes nothing; a deleted workshop too.
    void aStaleSaveIsAConflict()
    {
        Workshop w = fixtures::chiangRaiWorkshop();
        WorkshopStore store(t->db());
        QVERIFY(store.save(w).ok());
        Workshop stale = w;
        w.title = QStringLiteral("ชื่อของเพื่อนร่วมงาน");
        QVERIFY(store.save(w).ok());
        stale.venueName = QStringLiteral("ห้องอื่น");
        const auto refused = store.save(stale);
        QVERIFY(refused.conflict);
        QVERIFY(!refused.ok());
        const auto stored = store.find(w.id);
        QCOMPARE(stored->title, QStringLiteral("ชื่อของเพื่อนร่วมงาน"));
        QCOMPARE(stored->venueName, fixtures::chiangRaiWorkshop().venueName);
        QCOMPARE(stored->rowVersion, w.rowVersion);

        QVERIFY(store.remove(w.id, w.rowVersion).ok());
        QVERIFY(store.save(w).conflict);
        QVERIFY(!store.find(w.id));
    }

    // Breakout groups and their outcomes, as workshops: a save from a version someone else has
    // changed since is refused as a conflict and leaves theirs.
    void aStaleGroupOrOutcomeSaveIsAConflict()
    {
        Workshop w = fixtures::chiangRaiWorkshop();
        QVERIFY(WorkshopStore(t->db()).save(w).ok());
        GroupStore store(t->db());
        BreakoutGroup g;
        g.workshopId = w.id;
        g.number = 1;
        g.topic = QStringLiteral("การสร้างเครือข่าย");
        QVERIFY(store.saveGroup(g).ok());
        QCOMPARE(g.rowVersion, 1);
        BreakoutGroup stale = g;
        g.facilitator = QStringLiteral("คุณฟ้า");
        QVERIFY(store.saveGroup(g).ok());
        QCOMPARE(g.rowVersion, 2);
        stale.topic = QStringLiteral("หัวข้อของฉัน");
        const auto refused = store.saveGroup(stale);
        QVERIFY(refused.conflict);
        QVERIFY(!refused.ok());
        QCOMPARE(store.groups(w.id).value(0).topic, QStringLiteral("การสร้างเครือข่าย"));
        QCOMPARE(store.groups(w.id).value(0).facilitator, QStringLiteral("คุณฟ้า"));
        QCOMPARE(store.groups(w.id).value(0).rowVersion, 2);

        Outcome o{0, QString(), OutcomeKind::Finding, QStringLiteral("ยังขาดงบประมาณ")};
        QVERIFY(store.addOutcome(g.id, o).ok());
        QCOMPARE(o.rowVersion, 1);
        Outcome staleOutcome = o;
        o.text = QStringLiteral("ยังขาดงบประมาณต่อเนื่อง");
        QVERIFY(store.updateOutcome(o).ok());
        QCOMPARE(o.rowVersion, 2);
        staleOutcome.text = QStringLiteral("ข้อความของฉัน");
        QVERIFY(store.updateOutcome(staleOutcome).conflict);
        QCOMPARE(store.findOutcome(o.uid)->second.text, QStringLiteral("ยังขาดงบประมาณต่อเนื่อง"));
        // From the version now stored, it saves.
        staleOutcome.rowVersion = store.findOutcome(o.uid)->second.rowVersion;
        QVERIFY(store.updateOutcome(staleOutcome).ok());
        QCOMPARE(store.findOutcome(o.uid)->second.text, QStringLiteral("ข้อความของฉัน"));

        QVERIFY(store.removeGroup(g.id).ok());
        QVERIFY(store.saveGroup(g).conflict);
        QVERIFY(store.updateOutcome(o).conflict);
        QVERIFY(store.groups(w.id).isEmpty());
    }

    void badInputIsRefusedAtItsField_data()
    {
        QTest::addColumn<int>("mistake");
        QTest::addColumn<QString>("field");
        QTest::newRow("end before start") << 0 << QStringLiteral("days/0/ends");
        QTest::newRow("negative quantity") << 1 << QStringLiteral("budget/1/quantity");
        QTest::newRow("negative cost") << 2 << QStringLiteral("budget/2/unitCost");
        QTest::newRow("map link not a web address") << 3 << WorkshopField::VenueMapUrl;
        QTest::newRow("agenda on another day") << 4 << QStringLiteral("agenda/1/day");
        QTest::newRow("two categories, one name") << 5 << QStringLiteral("categories/2/name");
        QTest::newRow("no title") << 6 << WorkshopField::Title;
    }
    void badInputIsRefusedAtItsField()
    {
        QFETCH(int, mistake);
        QFETCH(QString, field);
        WorkshopStore store(t->db());
        Workshop original = fixtures::chiangRaiWorkshop();
        QVERIFY(store.save(original).ok());
        Workshop w = *store.find(original.id);
        switch (mistake) {
        case 0: w.days[0].ends = QTime(8, 0); break;
        case 1: w.budget[1].quantity = -1; break;
        case 2: w.budget[2].unitCost = -500; break;
        case 3: w.venueMapUrl = QStringLiteral("ไดมอนด์ ปาร์ค"); break;
        case 4: w.agenda[1].day = QDate(2024, 5, 4); break;
        case 5: w.categories[2].name = w.categories[0].name; break;
        case 6: w.title = QStringLiteral(" \u200B "); break;
        }
        const auto result = store.save(w);
        QVERIFY(!result.ok());
        QCOMPARE(result.fieldErrors.size(), 1);
        QCOMPARE(result.fieldErrors.first().field, field);
        // Nothing stored changed.
        const auto stored = store.find(original.id);
        QCOMPARE(stored->rowVersion, original.rowVersion);
        QCOMPARE(stored->days.first().ends, QTime(17, 0));
        QCOMPARE(stored->budgetTotal(), original.budgetTotal());
    }

    void quotaCannotDropBelowRegistered()
    {
        WorkshopStore store(t->db());
        Workshop w = fixtures::chiangRaiWorkshop();
        QVERIFY(store.save(w).ok());
        RegistrationStore registrations(t->db());
        for (int i = 0; i < 3; ++i) {
            Registration r;
            r.workshopId = w.id;
            r.personId = addPerson(t->db(), QStringLiteral("ผู้เข้าร่วม %1").arg(i), QString(), QStringLiteral("TH-57"));
            r.categoryId = w.categories.at(1).id;
            QVERIFY(registrations.add(r).ok());
        }
        Workshop edit = *store.find(w.id);
        edit.categories[1].quota = 2;
        auto result = store.save(edit);
        QCOMPARE(result.fieldErrors.size(), 1);
        QCOMPARE(result.fieldErrors.first().field, QStringLiteral("categories/1/quota"));
        QVERIFY(result.fieldErrors.first().message.contains(QLatin1Char('3')));
        edit.categories[1].quota = 3;
        QVERIFY(store.save(edit).ok());

        edit = *store.find(w.id);
        edit.categories.removeAt(1);
        result = store.save(edit);
        QVERIFY(!result.ok());
        QCOMPARE(store.find(w.id)->categories.size(), 3);

        // Categories keep their ids through renames and reordering.
        edit = *store.find(w.id);
        const qint64 firstId = edit.categories.at(0).id;
        std::swap(edit.categories[0], edit.categories[2]);
        std::swap(edit.categories[0].name, edit.categories[2].name);
        QVERIFY(store.save(edit).ok());
        QCOMPARE(store.find(w.id)->categories.at(2).id, firstId);
    }

    void registrationRules()
    {
        WorkshopStore workshops(t->db());
        Workshop w = fixtures::chiangRaiWorkshop();
        QVERIFY(workshops.save(w).ok());
        RegistrationStore store(t->db());
        Registration r;
        r.workshopId = w.id;
        r.personId = addPerson(t->db(), QStringLiteral("สมชาย ใจดี"), QStringLiteral("0812345678"), QStringLiteral("TH-57"));
        r.categoryId = w.categories.first().id;
        QVERIFY(store.add(r).ok());
        QVERIFY(BadgeCode::looksLikeCode(r.badgeCode));
        QCOMPARE(r.provinceCode, QStringLiteral("TH-57"));
        Registration again = r;
        again.id = 0;
        const auto result = store.add(again);
        QCOMPARE(result.fieldErrors.size(), 1);
        QCOMPARE(result.fieldErrors.first().field, RegistrationStore::PersonField);
        QCOMPARE(countOf(t->db(), QStringLiteral("SELECT count(*) FROM registration")), 1);
    }

    void checkInOnceThenRefuseThenUndo()
    {
        WorkshopStore workshops(t->db());
        Workshop w = fixtures::chiangRaiWorkshop();
        QVERIFY(workshops.save(w).ok());
        RegistrationStore store(t->db());
        Registration r;
        r.workshopId = w.id;
        r.personId = addPerson(t->db(), QStringLiteral("สมศรี แก้วมณี"), QString(), QStringLiteral("TH-57"));
        r.categoryId = w.categories.first().id;
        r.status = RegistrationStatus::Confirmed;
        QVERIFY(store.add(r).ok());

        const QDateTime at(QDate(2024, 5, 3), QTime(1, 42), Qt::UTC); // 08:42 in Thailand
        const auto first = store.checkIn(r.id, at);
        QCOMPARE(first.result, RegistrationStore::CheckIn::Result::CheckedIn);
        QCOMPARE(first.at, at);
        const auto second = store.checkIn(r.id, at.addSecs(600));
        QCOMPARE(second.result, RegistrationStore::CheckIn::Result::AlreadyCheckedIn);
        QCOMPARE(second.at, at);
        QVERIFY(store.undoCheckIn(r.id, first.previousStatus).ok());
        const auto back = store.find(r.id);
        QCOMPARE(back->status, RegistrationStatus::Confirmed);
        QVERIFY(!back->checkedInAt.isValid());
        QVERIFY(!store.undoCheckIn(r.id, first.previousStatus).ok());

        QVERIFY(store.setStatus(r.id, RegistrationStatus::Cancelled).ok());
        QCOMPARE(store.checkIn(r.id, at).result, RegistrationStore::CheckIn::Result::Cancelled);
    }

    // Two check-in desks on one database, each on its own computer's connection, check in the
    // same hundred people at once from opposite ends: each person exactly once, and the desk
    // that came second hears when and where it happened.
    void twoDesksCheckEachPersonInOnce()
    {
        WorkshopStore workshops(t->db());
        Workshop w = fixtures::chiangRaiWorkshop();
        QVERIFY(workshops.save(w).ok());
        QList<qint64> ids;
        RegistrationStore registrations(t->db());
        for (int i = 0; i < 100; ++i) {
            Registration r;
            r.workshopId = w.id;
            r.personId = addPerson(t->db(), QStringLiteral("ผู้เข้าร่วม %1").arg(i), QString(), QStringLiteral("TH-57"));
            r.categoryId = w.categories.first().id;
            QVERIFY(registrations.add(r).ok());
            ids.append(r.id);
        }
        struct Desk
        {
            int checkedIn = 0;
            int refused = 0;
            int failed = 0;
            QString refusedWithoutWhere;
        };
        const auto work = [&](const QString &connection, bool backwards, Desk *desk) {
            {
                const QSqlDatabase db = t->another(connection);
                RegistrationStore store(db);
                for (int i = 0; i < ids.size(); ++i) {
                    const auto done = store.checkIn(ids.at(backwards ? ids.size() - 1 - i : i), QDateTime::currentDateTimeUtc());
                    if (done.result == RegistrationStore::CheckIn::Result::CheckedIn)
                        ++desk->checkedIn;
                    else if (done.result == RegistrationStore::CheckIn::Result::AlreadyCheckedIn) {
                        ++desk->refused;
                        if (!done.at.isValid() || done.by.isEmpty())
                            desk->refusedWithoutWhere = QString::number(ids.at(i));
                    } else
                        ++desk->failed;
                }
            }
            Database::close(connection);
        };
        Desk first;
        Desk second;
        std::unique_ptr<QThread> one(QThread::create(work, QStringLiteral("desk-1"), false, &first));
        std::unique_ptr<QThread> two(QThread::create(work, QStringLiteral("desk-2"), true, &second));
        one->start();
        two->start();
        QVERIFY(one->wait(120'000));
        QVERIFY(two->wait(120'000));
        QCOMPARE(first.failed + second.failed, 0);
        QCOMPARE(first.checkedIn + second.checkedIn, 100);
        QCOMPARE(first.refused + second.refused, 100);
        QVERIFY2(first.refusedWithoutWhere.isEmpty() && second.refusedWithoutWhere.isEmpty(), "a refusal did not say when and where");
        QCOMPARE(countOf(t->db(), QStringLiteral("SELECT count(*) FROM registration WHERE status = 'attended' AND checked_in_at IS NOT NULL "
                                                 "AND checked_in_by = '%1'").arg(registrations.desk())),
                 100);
    }

    void groupsMixProvincesAndKeepOutcomeIds()
    {
        WorkshopStore workshops(t->db());
        Workshop w = fixtures::forum427();
        QVERIFY(workshops.save(w).ok());
        RegistrationStore registrations(t->db());
        const QStringList provinces = {QStringLiteral("TH-57"), QStringLiteral("TH-56"), QStringLiteral("TH-10")};
        for (int i = 0; i < 20; ++i) {
            Registration r;
            r.workshopId = w.id;
            r.personId = addPerson(t->db(), QStringLiteral("ผู้แทน %1").arg(i), QString(), provinces.at(i % 3));
            r.categoryId = w.categories.first().id;
            r.status = i == 19 ? RegistrationStatus::Cancelled : RegistrationStatus::Registered;
            QVERIFY(registrations.add(r).ok());
        }
        GroupStore store(t->db());
        QVERIFY(!store.distributeEvenly(w.id).ok()); // no groups yet
        const QStringList topics = {QStringLiteral("บทบาทศูนย์ส่งเสริมประชาธิปไตย"), QStringLiteral("การสร้างเครือข่าย"),
                                    QStringLiteral("การสื่อสาร"), QStringLiteral("เยาวชน"), QStringLiteral("การเลือกตั้งท้องถิ่น"),
                                    QStringLiteral("การติดตามประเมินผล")};
        for (int i = 0; i < topics.size(); ++i) {
            BreakoutGroup g;
            g.workshopId = w.id;
            g.number = i + 1;
            g.topic = topics.at(i);
            QVERIFY(store.saveGroup(g).ok());
        }
        BreakoutGroup duplicate;
        duplicate.workshopId = w.id;
        duplicate.number = 3;
        QCOMPARE(store.saveGroup(duplicate).fieldErrors.value(0).field, GroupStore::NumberField);

        QVERIFY(store.distributeEvenly(w.id).ok());
        QList<BreakoutGroup> groups = store.groups(w.id);
        QCOMPARE(groups.size(), 6);
        int total = 0;
        for (const BreakoutGroup &g : groups) {
            QVERIFY(g.registrationIds.size() == 3 || g.registrationIds.size() == 4); // 19 people over 6 groups
            total += int(g.registrationIds.size());
            QSet<QString> mixed;
            for (qint64 id : g.registrationIds)
                mixed.insert(registrations.find(id)->provinceCode);
            QVERIFY2(mixed.size() >= 2, "a group has people of one province only");
        }
        QCOMPARE(total, 19); // the cancelled registration is left out

        // Move one person by hand.
        const qint64 moved = groups.at(0).registrationIds.first();
        QVERIFY(store.assign(moved, groups.at(5).id).ok());
        groups = store.groups(w.id);
        QVERIFY(!groups.at(0).registrationIds.contains(moved));
        QVERIFY(groups.at(5).registrationIds.contains(moved));

        Outcome finding{0, QString(), OutcomeKind::Finding, QStringLiteral("ศส.ปชต. ยังขาดงบประมาณต่อเนื่อง")};
        QVERIFY(store.addOutcome(groups.at(0).id, finding).ok());
        Outcome empty{0, QString(), OutcomeKind::Decision, QStringLiteral("  ")};
        QCOMPARE(store.addOutcome(groups.at(0).id, empty).fieldErrors.size(), 1);
        const QString uid = finding.uid;
        QVERIFY(!uid.isEmpty());
        finding.kind = OutcomeKind::Proposal;
        finding.text = QStringLiteral("เสนอให้จัดสรรงบประมาณต่อเนื่องแก่ ศส.ปชต.");
        QVERIFY(store.updateOutcome(finding).ok());
        const auto found = store.findOutcome(uid);
        QVERIFY(found);
        QCOMPARE(found->first.number, 1);
        QCOMPARE(found->second.kind, OutcomeKind::Proposal);
        QCOMPARE(found->second.uid, uid);

        QStringList codes;
        for (const Province &p : AreaStore(t->db()).provinces())
            codes.append(p.code);
        const QString html = WorkshopDocuments::reportHtml(*workshops.find(w.id), QuotaMatrix(w.categories, codes, registrations.counts(w.id)),
                                                           {}, store.groups(w.id));
        QVERIFY(html.contains(QStringLiteral("เสนอให้จัดสรรงบประมาณ")));
        QVERIFY(html.contains(topics.at(5)));
    }

    void checkInSessionFindsAndCounts()
    {
        WorkshopStore workshops(t->db());
        Workshop w = fixtures::forum427();
        QVERIFY(workshops.save(w).ok());
        RegistrationStore store(t->db());
        const QList<std::tuple<QString, QString, QString, int>> people = {
            {QStringLiteral("ประภาพรรณ คำแสนวงศ์"), QStringLiteral("0812345678"), QStringLiteral("TH-57"), 0},
            {QStringLiteral("สมชาย ใจดี"), QStringLiteral("0898765432"), QStringLiteral("TH-56"), 0},
            {QStringLiteral("วิไลวรรณ ศรีสุข"), QStringLiteral("0861112222"), QStringLiteral("TH-10"), 2},
        };
        QList<Registration> regs;
        for (const auto &[name, phone, province, category] : people) {
            Registration r;
            r.workshopId = w.id;
            r.personId = addPerson(t->db(), name, phone, province);
            r.categoryId = w.categories.at(category).id;
            QVERIFY(store.add(r).ok());
            regs.append(r);
        }
        CheckInSession session(t->db(), w.id);
        QSignalSpy counts(&session, &CheckInSession::countsChanged);
        QCOMPARE(session.size(), 3);
        QCOMPARE(session.matrix().total().registered, 3);
        QCOMPARE(session.matrix().total().planned, 427);

        // A badge code as typed by a person (lower case, with the dash) or a scanner.
        const QString code = BadgeCode::display(regs.at(1).badgeCode).toLower();
        QList<int> found = session.find(code);
        QCOMPARE(found.size(), 1);
        QCOMPARE(session.entry(found.first()).nameTh, QStringLiteral("สมชาย ใจดี"));
        // A phone fragment, a Thai name fragment.
        found = session.find(QStringLiteral("086-111"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(session.entry(found.first()).nameTh, QStringLiteral("วิไลวรรณ ศรีสุข"));
        found = session.find(QStringLiteral("แสนวง"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(session.entry(found.first()).provinceCode, QStringLiteral("TH-57"));

        const auto done = session.checkIn(found.first());
        QCOMPARE(done.result, RegistrationStore::CheckIn::Result::CheckedIn);
        QCOMPARE(session.matrix().total().attended, 1);
        QCOMPARE(session.matrix().province(0, QStringLiteral("TH-57")).attended, 1);
        QCOMPARE(session.checkIn(found.first()).result, RegistrationStore::CheckIn::Result::AlreadyCheckedIn);
        QString error;
        QCOMPARE(session.undoLast(&error), found.first());
        QCOMPARE(session.matrix().total().attended, 0);
        QVERIFY(counts.size() >= 2);

        // A walk-in: a new person, registered and checked in at once.
        Person walkIn;
        walkIn.nameTh = QStringLiteral("ณัฐพล มหาวงศ์");
        walkIn.phone = QStringLiteral("0655554444");
        PersonStore::SaveResult result;
        const int added = session.walkIn(walkIn, w.categories.at(5).id, &result);
        QVERIFY2(added >= 0, qPrintable(result.error + result.fieldErrors.value(0).message));
        QCOMPARE(session.entry(added).status, RegistrationStatus::Attended);
        QCOMPARE(session.matrix().category(5).registered, 1);
        QCOMPARE(session.matrix().category(5).attended, 1);
        QCOMPARE(countOf(t->db(), QStringLiteral("SELECT count(*) FROM registration WHERE status = 'attended'")), 1);
    }
};

QTEST_GUILESS_MAIN(TestWorkshops)
#include "tst_workshops.moc"
