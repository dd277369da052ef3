// Member growth: the seed's arithmetic (68,296 → 77,760 against 100,000 by the end of 2023),
// recorded counts and their rules, the roster by month, and representative coverage on the
// real district list.

#include "TestDatabase.h"
#include "WorkshopFixtures.h"
#include "domain/Growth.h"
#include "domain/ReportingPeriod.h"
#include "io/DistrictImporter.h"
#include "io/MemberCountImporter.h"
#include "itemmodels/ElectionsModel.h"
#include "itemmodels/ItemRoles.h"
#include "stores/AreaStore.h"
#include "stores/GrowthOverview.h"
#include "stores/GrowthStore.h"
#include "stores/PersonStore.h"
#include "stores/WorkshopStore.h"

#include <QAbstractItemModelTester>
#include <QFile>

using namespace khana;

namespace {

const QString kThaiAdmin = QStringLiteral(KHANA_SHARED_DIR "/data/thai-admin");

GrowthTarget hundredThousand()
{
    GrowthTarget t;
    t.metric = TargetMetric::Members;
    t.value = 100000;
    t.startsOn = QDate(2023, 9, 1);
    t.dueOn = QDate(2023, 12, 31);
    t.note = QStringLiteral("สมาชิก 100,000 คนภายในสิ้นปี");
    return t;
}

} // namespace

class TestGrowth : public QObject
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

    // A roster holding at least the members a recorded count says is complete: targets are
    // measured on it, month by month.
    void measuresOnACompleteRoster()
    {
        PersonStore people(t->db());
        for (const QString &name : {QStringLiteral("หนึ่ง ทดสอบ"), QStringLiteral("สอง ทดสอบ"), QStringLiteral("สาม ทดสอบ")}) {
            Person p;
            p.nameTh = name;
            p.provinceCode = QStringLiteral("TH-57");
            p.membershipType = MembershipType::Annual;
            p.joinDate = QDate(2023, 9, 5);
            QVERIFY(people.save(p).ok());
        }
        GrowthStore store(t->db());
        MemberCount count{0, 0, {}, QDate(2023, 10, 1), 2, QString()};
        QVERIFY(store.saveCount(count).ok());
        GrowthTarget target{0, 0, TargetMetric::Members, {}, 10, QDate(2023, 9, 1), QDate(2023, 12, 31), QString()};
        QVERIFY(store.saveTarget(target).ok());
        const GrowthOverview o = GrowthOverview::build(t->db(), {}, QDate(2023, 9, 1), QDate(2023, 10, 31), QDate(2023, 10, 31));
        QCOMPARE(o.targets.first().progress.current, qint64(3));
        QVERIFY(std::all_of(o.measured.cbegin(), o.measured.cend(), [](const GrowthPoint &p) { return p.source == GrowthPoint::Source::Roster; }));
    }

    void reportingPeriods_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        using K = ReportingPeriod::Kind;
        QTest::newRow("12 months") << int(K::LastTwelveMonths) << QDate(2026, 12, 2) << QDate(2026, 1, 1) << QDate(2026, 12, 2);
        QTest::newRow("12 months in March") << int(K::LastTwelveMonths) << QDate(2027, 3, 31) << QDate(2026, 4, 1) << QDate(2027, 3, 31);
        QTest::newRow("year") << int(K::CalendarYear) << QDate(2026, 12, 2) << QDate(2026, 1, 1) << QDate(2026, 12, 2);
        // ปีงบประมาณ 2570 began on 1 October 2569.
        QTest::newRow("fiscal in December") << int(K::FiscalYear) << QDate(2026, 12, 2) << QDate(2026, 10, 1) << QDate(2026, 12, 2);
        QTest::newRow("fiscal on 30 September") << int(K::FiscalYear) << QDate(2026, 9, 30) << QDate(2025, 10, 1) << QDate(2026, 9, 30);
        QTest::newRow("fiscal on 1 October") << int(K::FiscalYear) << QDate(2026, 10, 1) << QDate(2026, 10, 1) << QDate(2026, 10, 1);
        QTest::newRow("last fiscal") << int(K::LastFiscalYear) << QDate(2026, 12, 2) << QDate(2025, 10, 1) << QDate(2026, 9, 30);
        QTest::newRow("last fiscal in May") << int(K::LastFiscalYear) << QDate(2027, 5, 1) << QDate(2025, 10, 1) << QDate(2026, 9, 30);
    }
    void reportingPeriods()
    {
        QFETCH(int, kind);
        QFETCH(QDate, today);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        const ReportingPeriod p = ReportingPeriod::of(ReportingPeriod::Kind(kind), today);
        QCOMPARE(p.first, first);
        QCOMPARE(p.last, last);
        QCOMPARE(ReportingPeriod::fromCode(ReportingPeriod::code(p.kind)), p.kind);
    }

    void seedArithmetic()
    {
        // Seed 001: 68,296 members in September 2023 (taken as its last day), 77,760 on 22 October.
        GrowthStore store(t->db());
        MemberCount september{0, 0, {}, QDate(2023, 9, 30), 68296, QStringLiteral("รายงานฝ่ายสมาชิก")};
        MemberCount october{0, 0, {}, QDate(2023, 10, 22), 77760, QStringLiteral("ข่าวพรรค 22 ต.ค. 2566")};
        QVERIFY(store.saveCount(september).ok());
        QVERIFY(store.saveCount(october).ok());
        GrowthTarget target = hundredThousand();
        QVERIFY(store.saveTarget(target).ok());

        const QList<GrowthPoint> series = store.series({}, QDate(2023, 9, 1), QDate(2023, 10, 31));
        QList<GrowthPoint> recorded;
        for (const GrowthPoint &p : series)
            if (p.source == GrowthPoint::Source::Recorded)
                recorded.append(p);
        QCOMPARE(recorded.size(), 2);

        const TargetProgress progress = measure(target, recorded);
        QCOMPARE(progress.current, qint64(77760));
        QCOMPARE(progress.describe(QLocale(QLocale::English)), QStringLiteral("77,760 of 100,000 (77.8%)"));
        QCOMPARE(progress.asOf, QDate(2023, 10, 22));
        // Needed: 22,240 more in the 70 days to 31 December.
        QVERIFY(qAbs(progress.neededPerDay - 22240.0 / 70.0) < 1e-9);
        // Current pace: 9,464 in the 22 days since 30 September.
        QVERIFY(qAbs(progress.currentPerDay - 9464.0 / 22.0) < 1e-9);
        // 22,240 at 430.18 a day: 52 days, on 13 December 2023 — before the due date.
        QCOMPARE(progress.projected, std::optional<QDate>(QDate(2023, 12, 13)));
        QVERIFY(progress.onPace);
        QVERIFY(!progress.reached);
    }

    void paceTooSlow()
    {
        GrowthTarget target = hundredThousand();
        const QList<GrowthPoint> slow = {{QDate(2023, 9, 30), 68296, GrowthPoint::Source::Recorded},
                                         {QDate(2023, 10, 22), 69296, GrowthPoint::Source::Recorded}};
        const TargetProgress p = measure(target, slow);
        QVERIFY(!p.onPace);
        QVERIFY(p.projected && *p.projected > target.dueOn);
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<int>("mistake");
        QTest::addColumn<QString>("field");
        QTest::newRow("negative count") << 0 << GrowthField::Count;
        QTest::newRow("dated in the future") << 1 << GrowthField::Date;
        QTest::newRow("province without code") << 2 << GrowthField::Scope;
    }
    void badInputIsRefused()
    {
        QFETCH(int, mistake);
        QFETCH(QString, field);
        MemberCount c{0, 0, {}, QDate(2023, 10, 22), 77760, QString()};
        if (mistake == 0)
            c.count = -5;
        if (mistake == 1)
            c.countedOn = QDate::currentDate().addDays(1);
        if (mistake == 2)
            c.scope.kind = Scope::Kind::Province;
        const auto result = GrowthStore(t->db()).saveCount(c);
        QCOMPARE(result.fieldErrors.value(0).field, field);
        QCOMPARE(GrowthStore(t->db()).counts(c.scope).size(), 0);
    }

    void targetDueBeforeItStarts()
    {
        GrowthTarget target = hundredThousand();
        target.dueOn = QDate(2023, 8, 1);
        QCOMPARE(GrowthStore(t->db()).saveTarget(target).fieldErrors.value(0).field, GrowthField::DueOn);
        QVERIFY(GrowthStore(t->db()).targets().isEmpty());
    }

    void secondCountOnTheSameDayOffersReplace()
    {
        GrowthStore store(t->db());
        MemberCount first{0, 0, {Scope::Kind::Province, QStringLiteral("TH-57")}, QDate(2023, 10, 22), 5000, QString()};
        QVERIFY(store.saveCount(first).ok());
        MemberCount second{0, 0, {Scope::Kind::Province, QStringLiteral("TH-57")}, QDate(2023, 10, 22), 5120, QStringLiteral("แก้ไข")};
        qint64 existing = 0;
        const auto refused = store.saveCount(second, false, &existing);
        QVERIFY(!refused.ok());
        QCOMPARE(existing, first.id);
        QCOMPARE(store.counts(first.scope).first().count, qint64(5000)); // nothing lost
        QVERIFY(store.saveCount(second, true).ok());
        QCOMPARE(store.counts(first.scope).size(), 1);
        QCOMPARE(store.counts(first.scope).first().count, qint64(5120));
    }

    void rosterByMonth()
    {
        PersonStore people(t->db());
        auto member = [&](const QString &name, QDate joined, QDate ended, const QString &province) {
            Person p;
            p.nameTh = name;
            p.membershipType = MembershipType::Annual;
            p.joinDate = joined;
            p.endDate = ended;
            p.provinceCode = province;
            QVERIFY(people.save(p).ok());
        };
        member(QStringLiteral("หนึ่ง"), QDate(2023, 8, 15), {}, QStringLiteral("TH-57"));
        member(QStringLiteral("สอง"), QDate(2023, 9, 3), {}, QStringLiteral("TH-57"));
        member(QStringLiteral("สาม"), QDate(2023, 9, 20), QDate(2023, 10, 10), QStringLiteral("TH-57"));
        member(QStringLiteral("สี่"), QDate(2023, 10, 1), {}, QStringLiteral("TH-56"));
        GrowthStore store(t->db());
        const auto chiangRai = store.rosterByMonth({Scope::Kind::Province, QStringLiteral("TH-57")}, QDate(2023, 8, 1), QDate(2023, 11, 30));
        QCOMPARE(chiangRai.size(), 4);
        QCOMPARE(chiangRai.at(0).value, qint64(1)); // end of August
        QCOMPARE(chiangRai.at(1).value, qint64(3)); // end of September
        QCOMPARE(chiangRai.at(2).value, qint64(2)); // end of October: one membership ended
        QCOMPARE(chiangRai.at(2).date, QDate(2023, 10, 31));
        const auto country = store.rosterByMonth({}, QDate(2023, 10, 1), QDate(2023, 10, 31));
        QCOMPARE(country.first().value, qint64(3));
        const auto joined = store.newMembersByMonth({}, QDate(2023, 9, 1), QDate(2023, 10, 31));
        QCOMPARE(joined.at(0).value, qint64(2));
        QCOMPARE(joined.at(1).value, qint64(1));
        // Built from one read of the indexes (as the overview does), the same numbers.
        const GrowthStore::RosterMovements movements = store.rosterMovements({}, QDate(2023, 9, 1), QDate(2023, 10, 31));
        const auto fromMovements = GrowthStore::newMembersByMonth(movements);
        QCOMPARE(fromMovements.size(), joined.size());
        for (qsizetype i = 0; i < joined.size(); ++i) {
            QCOMPARE(fromMovements.at(i).value, joined.at(i).value);
            QCOMPARE(fromMovements.at(i).date, joined.at(i).date);
        }
        QCOMPARE(GrowthStore::rosterByMonth(movements).last().value, qint64(3));
    }

    void representativeCoverageOnTheRealDistrictList()
    {
        AreaStore areas(t->db());
        const bool real = QFile::exists(kThaiAdmin + QStringLiteral("/districts.csv"));
        if (!real)
            QSKIP("../shared/data/thai-admin is not beside the repository: coverage of the real 929 districts not tested");
        DistrictImporter importer(areas.provinces());
        QString error;
        QVERIFY(importer.loadProvinceFile(kThaiAdmin + QStringLiteral("/provinces.csv"), &error));
        QVERIFY(areas.upsertDistricts(importer.parse(CsvReader::readFile(kThaiAdmin + QStringLiteral("/districts.csv"))).districts).ok());
        QCOMPARE(areas.districtCount(), 929);

        // Seed 001: representatives in 29 districts after the meetings of 22 October 2023 —
        // here Chiang Rai's 18, Phayao's 9 and two of Nan's.
        PersonStore people(t->db());
        GrowthStore store(t->db());
        QStringList elected;
        for (const QString &province : {QStringLiteral("TH-57"), QStringLiteral("TH-56"), QStringLiteral("TH-55")})
            for (const District &d : areas.districts(province))
                if (elected.size() < 29 && (province != QLatin1String("TH-55") || elected.size() < 29))
                    elected.append(d.code);
        QCOMPARE(elected.size(), 29);
        for (const QString &code : std::as_const(elected)) {
            Person rep;
            rep.nameTh = QStringLiteral("ตัวแทน %1").arg(code);
            QVERIFY(people.save(rep).ok());
            RepresentativeElection e;
            e.districtCode = code;
            e.heldOn = QDate(2023, 10, 22);
            e.candidates = 2;
            e.votesCast = 40;
            e.electedPersonId = rep.id;
            e.termStart = QDate(2023, 10, 22);
            e.termEnd = QDate(2025, 10, 21);
            QVERIFY(store.saveElection(e).ok());
        }
        const Coverage country = store.coverage(QString(), QDate(2023, 10, 23));
        QCOMPARE(country.withRepresentative, 29);
        QCOMPARE(country.districts, 929);
        QCOMPARE(store.coverage(QStringLiteral("TH-57"), QDate(2023, 10, 23)).withRepresentative, 18);
        QCOMPARE(store.coverage(QStringLiteral("TH-55"), QDate(2023, 10, 23)).withRepresentative, 2);
        QCOMPARE(store.districtsWithoutRepresentative(QStringLiteral("TH-55"), QDate(2023, 10, 23)).size(),
                 areas.districts(QStringLiteral("TH-55")).size() - 2);
        QCOMPARE(store.coverage(QString(), QDate(2023, 10, 21)).withRepresentative, 0); // before the meetings

        // "29 of 400": the target on districts with a representative.
        GrowthTarget four{0, 0, TargetMetric::DistrictsWithRepresentative, {}, 400, QDate(2023, 10, 1), QDate(2024, 4, 30), QString()};
        const TargetProgress p = measure(four, {{QDate(2023, 10, 22), country.withRepresentative, GrowthPoint::Source::Recorded}});
        QCOMPARE(p.describe(QLocale(QLocale::English)), QStringLiteral("29 of 400 (7.3%)"));

        RepresentativeElection bad;
        bad.districtCode = QStringLiteral("0000");
        bad.heldOn = QDate(2023, 10, 22);
        QVERIFY(!store.saveElection(bad).ok());
    }

    void electionsAreListedEditedAndPutBack()
    {
        AreaStore areas(t->db());
        QVERIFY(areas.upsertDistricts({{QStringLiteral("5701"), QStringLiteral("TH-57"), QStringLiteral("เมืองเชียงราย"), QStringLiteral("Mueang Chiang Rai")},
                                       {QStringLiteral("5601"), QStringLiteral("TH-56"), QStringLiteral("เมืองพะเยา"), QStringLiteral("Mueang Phayao")}})
                    .ok());
        Workshop meeting = fixtures::chiangRaiWorkshop();
        QVERIFY(WorkshopStore(t->db()).save(meeting).ok());
        Person elected;
        elected.nameTh = QStringLiteral("สมชาย ใจดี");
        QVERIFY(PersonStore(t->db()).save(elected).ok());
        GrowthStore store(t->db());
        RepresentativeElection atMeeting{0, QStringLiteral("5701"), QDate(2023, 10, 22), meeting.id, 3, 52, elected.id,
                                         QDate(2023, 10, 22), QDate(2025, 10, 21), QString(), 0};
        RepresentativeElection elsewhere{0, QStringLiteral("5601"), QDate(2023, 11, 5), 0, std::nullopt, std::nullopt, 0,
                                         QDate(), QDate(), QStringLiteral("ประชุมอำเภอ"), 0};
        QVERIFY(store.saveElection(atMeeting).ok());
        QVERIFY(store.saveElection(elsewhere).ok());
        QCOMPARE(atMeeting.rowVersion, 1);

        // Newest first; by province; by the workshop it was held at.
        const QList<ElectionListing> all = store.elections();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).election.id, elsewhere.id);
        QCOMPARE(all.at(1).workshopTitle, meeting.title);
        QCOMPARE(all.at(1).electedName, elected.nameTh);
        QCOMPARE(all.at(1).provinceEn, QStringLiteral("Chiang Rai"));
        QCOMPARE(store.elections({QStringLiteral("TH-56"), 0}).size(), 1);
        const QList<ElectionListing> atWorkshop = store.elections({QString(), meeting.id});
        QCOMPARE(atWorkshop.size(), 1);
        QCOMPARE(atWorkshop.first().election.id, atMeeting.id);

        // An edit made from an old copy is refused; nothing changes.
        RepresentativeElection stale = atMeeting;
        atMeeting.votesCast = 55;
        QVERIFY(store.saveElection(atMeeting).ok());
        QCOMPARE(atMeeting.rowVersion, 2);
        stale.votesCast = 1;
        QVERIFY(!store.saveElection(stale).error.isEmpty());
        QCOMPARE(store.findElection(atMeeting.id)->votesCast, std::optional<int>(55));
        QVERIFY(!store.removeElection(atMeeting.id, stale.rowVersion).ok());

        // Removed and put back: the same id, the same values.
        QVERIFY(store.removeElection(atMeeting.id, atMeeting.rowVersion).ok());
        QVERIFY(!store.findElection(atMeeting.id));
        QVERIFY(store.restoreElection(atMeeting).ok());
        const auto back = store.findElection(atMeeting.id);
        QVERIFY(back);
        QCOMPARE(back->workshopId, meeting.id);
        QCOMPARE(back->votesCast, std::optional<int>(55));
        QCOMPARE(back->termEnd, QDate(2025, 10, 21));

        // A workshop where an election was held keeps it: deleting the workshop is refused.
        const auto deleted = WorkshopStore(t->db()).remove(meeting.id, WorkshopStore(t->db()).find(meeting.id)->rowVersion);
        QVERIFY(deleted.error.contains(QStringLiteral("elections")));
        QVERIFY(WorkshopStore(t->db()).find(meeting.id));

        // The list model: every row, names in the language shown, one province implied.
        ElectionsModel model(t->db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({QStringLiteral("TH-57"), 0});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ElectionsModel::Meeting).data().toString(), meeting.title);
        QCOMPARE(model.index(0, ElectionsModel::Candidates).data(ItemRole::Raw).toInt(), 3);
        QCOMPARE(model.index(0, ElectionsModel::HeldOn).data(ItemRole::Raw).toDate(), QDate(2023, 10, 22));
        model.setFilter({});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(model.rowOf(elsewhere.id), ElectionsModel::Elected).data().toString(), QStringLiteral("(nobody elected)"));
        QVERIFY(model.index(model.rowOf(atMeeting.id), ElectionsModel::District).data().toString().contains(QLatin1Char(',')));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        model.reload(); // as after an undo elsewhere: still nothing, not every election
        QCOMPARE(model.rowCount(), 0);
    }

    void countImportRows_data()
    {
        QTest::addColumn<QString>("row");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("B.E. date, Thai province name") << QStringLiteral("22/10/2566,เชียงราย,\"1,234\",") << QString() << QString();
        QTest::newRow("C.E. ISO date, country") << QStringLiteral("2023-10-22,,77760,ข่าว") << QString() << QString();
        QTest::newRow("province code, Thai digits") << QStringLiteral("30/09/2566,TH-56,๕๐๐,") << QString() << QString();
        QTest::newRow("bad date") << QStringLiteral("31/02/2566,,10,") << QStringLiteral("Date") << QStringLiteral("has 28 days");
        QTest::newRow("negative") << QStringLiteral("2023-10-01,,-5,") << QStringLiteral("Members") << QStringLiteral("cannot be negative");
        QTest::newRow("not a number") << QStringLiteral("2023-10-01,,many,") << QStringLiteral("Members") << QStringLiteral("not a whole number");
        QTest::newRow("future") << QStringLiteral("2099-01-01,,10,") << QStringLiteral("Date") << QStringLiteral("in the future");
        QTest::newRow("unknown place") << QStringLiteral("2023-10-01,Atlantis,10,") << QStringLiteral("Province or district") << QStringLiteral("not a known province");
    }
    void countImportRows()
    {
        QFETCH(QString, row);
        QFETCH(QString, column);
        QFETCH(QString, message);
        const CsvReader::Table table = CsvReader::read(QStringLiteral("วันที่,จังหวัด,จำนวนสมาชิก,ที่มา\n%1\n").arg(row).toUtf8());
        MemberCountImporter importer(t->db());
        const auto mapping = MemberCountImporter::guessMapping(table.header);
        const auto result = importer.import(table, mapping);
        QVERIFY2(result.fileError.isEmpty(), qPrintable(result.fileError));
        if (message.isEmpty()) {
            QCOMPARE(result.errors.size(), 0);
            QCOMPARE(result.imported, 1);
        } else {
            QCOMPARE(result.errors.size(), 1);
            QCOMPARE(result.errors.first().line, 2);
            QCOMPARE(result.errors.first().column, column);
            QVERIFY2(result.errors.first().message.contains(message), qPrintable(result.errors.first().message));
            QCOMPARE(result.imported, 0);
        }
    }

    void countImportKeepsGoodRowsAndReplacesOnlyWhenTold()
    {
        GrowthStore store(t->db());
        MemberCount october{0, 0, {}, QDate(2023, 10, 22), 77760, QStringLiteral("ข่าว")};
        QVERIFY(store.saveCount(october).ok());
        const CsvReader::Table table = CsvReader::read(QStringLiteral("date,place,count\n"
                                                                      "30/09/2566,,68296\n"
                                                                      "22/10/2566,,77800\n"
                                                                      "30/09/2566,,68000\n"
                                                                      "oops,,1\n").toUtf8());
        MemberCountImporter importer(t->db());
        const auto mapping = MemberCountImporter::guessMapping(table.header);
        auto result = importer.import(table, mapping);
        QCOMPARE(result.imported, 1); // September; October is already recorded, row 4 repeats row 2
        QCOMPARE(result.errors.size(), 3);
        QCOMPARE(result.errors.at(0).line, 3);
        QCOMPARE(result.errors.at(1).line, 4);
        QCOMPARE(result.errors.at(2).line, 5);
        QCOMPARE(store.counts({}).last().count, qint64(77760));

        importer.setReplaceExisting(true);
        result = importer.check(table, mapping);
        QCOMPARE(result.replacing, 2); // September (imported just now) and October
        result = importer.import(table, mapping);
        QCOMPARE(result.imported, 2);
        const QList<MemberCount> counts = store.counts({});
        QCOMPARE(counts.size(), 2);
        QCOMPARE(counts.first().count, qint64(68296));
        QCOMPARE(counts.last().count, qint64(77800));
    }

    void countImportNeedsItsColumns()
    {
        const CsvReader::Table table = CsvReader::read(QByteArrayLiteral("place,note\nTH-57,x\n"));
        MemberCountImporter importer(t->db());
        const auto result = importer.import(table, MemberCountImporter::guessMapping(table.header));
        QVERIFY(result.fileError.contains(QStringLiteral("Date")));
        QVERIFY(GrowthStore(t->db()).counts({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGrowth)
#include "tst_growth.moc"
