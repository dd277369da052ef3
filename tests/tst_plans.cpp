// Action plans: the plan document, the framework tree under the model tester, validation,
// undo and redo of every edit, drag-and-drop moves, and deletion rules.

#include "TestDatabase.h"
#include "itemmodels/PlanTreeModel.h"
#include "stores/PlanEditor.h"
#include "stores/PlanStore.h"
#include "stores/ReviewStore.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace khana;

namespace {

// Seed 004: action plan No. 68 of 12 Nov 2023, implementing Resolution No. 39 of 18 July 2023.
Plan plan68()
{
    Plan p;
    p.title = QStringLiteral("แผนปฏิบัติการดำเนินงานตามมติ");
    p.number = QStringLiteral("๖๘");
    p.issuedOn = QDate(2023, 11, 12);
    p.issuer = QStringLiteral("คณะกรรมการพรรคจังหวัด");
    p.periodStart = QDate(2024, 1, 1);
    p.periodEnd = QDate(2024, 12, 31);
    p.references = {{ReferenceKind::Resolution, QStringLiteral("39"), QDate(2023, 7, 18), QString()}};
    return p;
}

PlanItem make(PlanLevel level, const QString &title, qint64 parent = 0)
{
    PlanItem i;
    i.level = level;
    i.title = title;
    i.parentId = parent;
    return i;
}

} // namespace

class TestPlans : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> t;
    qint64 planId = 0;

private Q_SLOTS:
    void init()
    {
        t = std::make_unique<TestDatabase>();
        QVERIFY(t->ok());
        Plan p = plan68();
        QVERIFY(PlanStore(t->db()).savePlan(p).ok());
        planId = p.id;
    }
    void cleanup() { t.reset(); }

    void planDocument()
    {
        PlanStore store(t->db());
        const auto p = store.findPlan(planId);
        QVERIFY(p);
        QCOMPARE(p->number, QStringLiteral("68")); // Thai digits typed, Arabic stored
        QCOMPARE(p->references.size(), 1);
        QCOMPARE(p->references.first().dated, QDate(2023, 7, 18));
        QCOMPARE(describeReference(p->references.first()), QStringLiteral("Resolution No. 39 dated 18 กรกฎาคม 2566"));
        Plan bad = *p;
        bad.periodEnd = QDate(2023, 1, 1);
        QCOMPARE(store.savePlan(bad).fieldErrors.value(0).field, PlanField::Period);
    }

    void buildTheChiangRaiFrameworkUnderTheTester()
    {
        PlanEditor editor(t->db(), planId);
        PlanTreeModel model(&editor);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Seed 000: three strategic issues.
        qint64 issue1 = 0, issue2 = 0, issue3 = 0;
        QVERIFY(editor.insert(make(PlanLevel::Issue, QStringLiteral("บริหารทีมจังหวัดให้เป็นพลังร่วม")), -1, &issue1).ok());
        QVERIFY(editor.insert(make(PlanLevel::Issue, QStringLiteral("ขับเคลื่อนงานเชิงประเด็นในพื้นที่")), -1, &issue2).ok());
        QVERIFY(editor.insert(make(PlanLevel::Issue, QStringLiteral("พร้อมต่อการเมืองทุกระดับ")), -1, &issue3).ok());
        qint64 objective = 0, project = 0, activity = 0;
        QVERIFY(editor.insert(make(PlanLevel::Objective, QStringLiteral("ยกระดับศักยภาพทีมงาน"), issue1), -1, &objective).ok());
        QVERIFY(editor.insert(make(PlanLevel::Project, QStringLiteral("โรงเรียนผู้ปฏิบัติงาน"), objective), -1, &project).ok());
        PlanItem a = make(PlanLevel::Activity, QStringLiteral("อบรมผู้ประสานงานอำเภอ"), project);
        a.responsibleUnit = QStringLiteral("ฝ่ายเครือข่าย");
        a.startsOn = QDate(2024, 6, 1);
        a.endsOn = QDate(2024, 6, 30);
        a.budget = 2500000;
        QVERIFY(editor.insert(a, -1, &activity).ok());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.outlineNumber(activity), QStringLiteral("1.1.1.1"));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("1 บริหารทีมจังหวัดให้เป็นพลังร่วม"));

        // The level rules: an activity cannot stand at the top, an issue not under a project.
        QCOMPARE(editor.insert(make(PlanLevel::Activity, QStringLiteral("ลอย"))).fieldErrors.value(0).field, PlanField::Level);
        QCOMPARE(editor.insert(make(PlanLevel::Issue, QStringLiteral("ผิดที่"), project)).fieldErrors.value(0).field, PlanField::Level);

        // Undo and redo an insertion: same id back.
        QCOMPARE(editor.undoStack()->count(), 6);
        editor.undoStack()->undo();
        QVERIFY(!model.itemById(activity));
        QCOMPARE(model.rowCount(model.indexOf(project)), 0);
        editor.undoStack()->redo();
        QVERIFY(model.itemById(activity));
        QCOMPARE(model.itemById(activity)->budget, std::optional<qint64>(2500000));
    }

    void inlineEditsAreCheckedAndUndoable_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("progress 60") << int(PlanTreeModel::Progress) << QVariant(60) << true;
        QTest::newRow("progress 150") << int(PlanTreeModel::Progress) << QVariant(150) << false;
        QTest::newRow("progress -5") << int(PlanTreeModel::Progress) << QVariant(-5) << false;
        QTest::newRow("end before start") << int(PlanTreeModel::Ends) << QVariant(QDate(2024, 5, 1)) << false;
        QTest::newRow("negative budget") << int(PlanTreeModel::Budget) << QVariant(qint64(-100)) << false;
        QTest::newRow("empty title") << int(PlanTreeModel::Title) << QVariant(QStringLiteral(" ")) << false;
        QTest::newRow("delayed") << int(PlanTreeModel::Status) << QVariant(int(ActivityStatus::Delayed)) << true;
    }
    void inlineEditsAreCheckedAndUndoable()
    {
        QFETCH(int, column);
        QFETCH(QVariant, value);
        QFETCH(bool, accepted);
        PlanEditor editor(t->db(), planId);
        PlanTreeModel model(&editor);
        qint64 issue = 0, objective = 0, activity = 0;
        QVERIFY(editor.insert(make(PlanLevel::Issue, QStringLiteral("ประเด็น")), -1, &issue).ok());
        QVERIFY(editor.insert(make(PlanLevel::Objective, QStringLiteral("เป้าประสงค์"), issue), -1, &objective).ok());
        PlanItem a = make(PlanLevel::Activity, QStringLiteral("กิจกรรม"), objective);
        a.startsOn = QDate(2024, 6, 1);
        a.endsOn = QDate(2024, 6, 30);
        QVERIFY(editor.insert(a, -1, &activity).ok());
        const PlanItem before = *PlanStore(t->db()).findItem(activity);
        const QVariant beforeValue = model.indexOf(activity, column).data(Qt::EditRole);
        QSignalSpy refused(&model, &PlanTreeModel::editRefused);
        QCOMPARE(model.setData(model.indexOf(activity, column), value), accepted);
        QCOMPARE(refused.size(), accepted ? 0 : 1);
        const PlanItem after = *PlanStore(t->db()).findItem(activity);
        if (!accepted) {
            QCOMPARE(after.rowVersion, before.rowVersion); // nothing stored changed
            return;
        }
        QCOMPARE(model.indexOf(activity, column).data(Qt::EditRole), value);
        editor.undoStack()->undo();
        QCOMPARE(model.indexOf(activity, column).data(Qt::EditRole), beforeValue);
        const PlanItem undone = *PlanStore(t->db()).findItem(activity);
        QCOMPARE(undone.progress, before.progress);
        QCOMPARE(undone.status, before.status);
        editor.undoStack()->redo();
        QCOMPARE(model.indexOf(activity, column).data(Qt::EditRole), value);
    }

    void dragAndDropMoves()
    {
        PlanEditor editor(t->db(), planId);
        PlanTreeModel model(&editor);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        qint64 i1 = 0, i2 = 0, o1 = 0, o2 = 0, p1 = 0, act = 0;
        QVERIFY(editor.insert(make(PlanLevel::Issue, QStringLiteral("ประเด็น ก")), -1, &i1).ok());
        QVERIFY(editor.insert(make(PlanLevel::Issue, QStringLiteral("ประเด็น ข")), -1, &i2).ok());
        QVERIFY(editor.insert(make(PlanLevel::Objective, QStringLiteral("เป้า ก1"), i1), -1, &o1).ok());
        QVERIFY(editor.insert(make(PlanLevel::Objective, QStringLiteral("เป้า ข1"), i2), -1, &o2).ok());
        QVERIFY(editor.insert(make(PlanLevel::Project, QStringLiteral("โครงการ"), o1), -1, &p1).ok());
        QVERIFY(editor.insert(make(PlanLevel::Activity, QStringLiteral("กิจกรรม"), p1), -1, &act).ok());
        auto drag = [&](qint64 id) {
            auto *data = new QMimeData;
            data->setData(PlanTreeModel::kMimeType, QByteArray::number(id));
            return std::unique_ptr<QMimeData>(data);
        };

        // Reorder the issues: ข above ก.
        auto data = drag(i2);
        QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
        QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
        QCOMPARE(model.outlineNumber(i2), QStringLiteral("1"));
        QCOMPARE(model.outlineNumber(act), QStringLiteral("2.1.1.1"));
        QCOMPARE(PlanStore(t->db()).findItem(i2)->position, 0);

        // Move the activity under the other objective (objectives may hold activities).
        data = drag(act);
        QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, -1, 0, model.indexOf(o2)));
        QCOMPARE(PlanStore(t->db()).findItem(act)->parentId, o2);
        QCOMPARE(model.outlineNumber(act), QStringLiteral("1.1.1"));

        // Refused: an issue under its own objective; a project at the top.
        data = drag(i1);
        QVERIFY(!model.canDropMimeData(data.get(), Qt::MoveAction, -1, 0, model.indexOf(o1)));
        QCOMPARE(editor.move(i1, o1, 0).fieldErrors.value(0).field, PlanField::Parent);
        QCOMPARE(editor.move(p1, 0, 0).fieldErrors.value(0).field, PlanField::Level);

        // Undo both moves, in order.
        editor.undoStack()->undo();
        QCOMPARE(PlanStore(t->db()).findItem(act)->parentId, p1);
        editor.undoStack()->undo();
        QCOMPARE(model.outlineNumber(i1), QStringLiteral("1"));
        QCOMPARE(PlanStore(t->db()).findItem(i1)->position, 0);
        QCOMPARE(PlanStore(t->db()).findItem(i2)->position, 1);
    }

    void deletionKeepsReviewHistoryAndUndoRestores()
    {
        PlanEditor editor(t->db(), planId);
        PlanTreeModel model(&editor);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        qint64 issue = 0, objective = 0, activity = 0, other = 0;
        QVERIFY(editor.insert(make(PlanLevel::Issue, QStringLiteral("ประเด็น")), -1, &issue).ok());
        QVERIFY(editor.insert(make(PlanLevel::Objective, QStringLiteral("เป้าประสงค์"), issue), -1, &objective).ok());
        QVERIFY(editor.insert(make(PlanLevel::Activity, QStringLiteral("กิจกรรมหนึ่ง"), objective), -1, &activity).ok());
        QVERIFY(editor.insert(make(PlanLevel::Activity, QStringLiteral("กิจกรรมสอง"), objective), -1, &other).ok());

        // Delete the objective with its activities, then undo: same ids, same order.
        QVERIFY(editor.remove(objective).ok());
        QCOMPARE(model.rowCount(model.indexOf(issue)), 0);
        QSqlQuery count(t->db());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM plan_item")) && count.next());
        QCOMPARE(count.value(0).toInt(), 1);
        editor.undoStack()->undo();
        QCOMPARE(model.rowCount(model.indexOf(objective)), 2);
        QCOMPARE(model.outlineNumber(other), QStringLiteral("1.1.2"));

        // An activity with review history is not deleted.
        QSqlQuery q(t->db());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO plan_review (plan_id, quarter) VALUES (%1, '2024-Q1')").arg(planId)));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO review_entry (review_id, item_id, status) VALUES (%1, %2, 'delayed')")
                           .arg(q.lastInsertId().toLongLong())
                           .arg(activity)));
        const auto refused = editor.remove(objective);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error.contains(QStringLiteral("กิจกรรมหนึ่ง")));
        QVERIFY(model.itemById(activity));
    }

    // The plan document and a review line, as plan items: a save from a version someone else
    // has changed since is refused as a conflict and leaves theirs.
    void aStaleDocumentOrReviewSaveIsAConflict()
    {
        PlanStore plans(t->db());
        Plan mine = *plans.findPlan(planId);
        Plan theirs = mine;
        theirs.vision = QStringLiteral("วิสัยทัศน์ของเพื่อนร่วมงาน");
        QVERIFY(plans.savePlan(theirs).ok());
        mine.number = QStringLiteral("99/2570");
        const auto refused = plans.savePlan(mine);
        QVERIFY(refused.conflict);
        QVERIFY(!refused.ok());
        QCOMPARE(plans.findPlan(planId)->vision, QStringLiteral("วิสัยทัศน์ของเพื่อนร่วมงาน"));
        QCOMPARE(plans.findPlan(planId)->number, theirs.number);

        PlanEditor editor(t->db(), planId);
        qint64 issue = 0, objective = 0, activity = 0;
        QVERIFY(editor.insert(make(PlanLevel::Issue, QStringLiteral("ประเด็น")), -1, &issue).ok());
        QVERIFY(editor.insert(make(PlanLevel::Objective, QStringLiteral("เป้าประสงค์"), issue), -1, &objective).ok());
        PlanItem a = make(PlanLevel::Activity, QStringLiteral("อบรมแกนนำ"), objective);
        a.startsOn = QDate(2024, 1, 15);
        a.endsOn = QDate(2024, 3, 31);
        QVERIFY(editor.insert(a, -1, &activity).ok());
        ReviewStore reviews(t->db());
        QString error;
        const auto review = reviews.open(planId, Quarter::fromCode(QStringLiteral("2024-Q1")), &error);
        QVERIFY2(review, qPrintable(error));
        ReviewEntry line = review->entries.value(0);
        QCOMPARE(line.itemId, activity);
        ReviewEntry staleLine = line;
        line.remedy = QStringLiteral("ติดตามรายสัปดาห์");
        QVERIFY(reviews.saveEntry(review->id, line).ok());
        staleLine.nextDirection = QStringLiteral("ทิศทางของฉัน");
        QVERIFY(reviews.saveEntry(review->id, staleLine).conflict);
        const ReviewEntry stored = reviews.find(planId, review->quarter)->entries.value(0);
        QCOMPARE(stored.remedy, QStringLiteral("ติดตามรายสัปดาห์"));
        QVERIFY(stored.nextDirection.isEmpty());
        QCOMPARE(stored, line);
    }

    void reviewsAcrossTwoQuartersWithCarryForward()
    {
        PlanEditor editor(t->db(), planId);
        qint64 issue = 0, objective = 0;
        QVERIFY(editor.insert(make(PlanLevel::Issue, QStringLiteral("ประเด็น")), -1, &issue).ok());
        QVERIFY(editor.insert(make(PlanLevel::Objective, QStringLiteral("เป้าประสงค์"), issue), -1, &objective).ok());
        auto activity = [&](const QString &title, const QString &unit, QDate from, QDate to, std::optional<qint64> target) {
            PlanItem a = make(PlanLevel::Activity, title, objective);
            a.responsibleUnit = unit;
            a.startsOn = from;
            a.endsOn = to;
            a.targetValue = target;
            a.targetUnit = QStringLiteral("คน");
            qint64 id = 0;
            const auto r = editor.insert(a, -1, &id);
            return r.ok() ? id : qint64(0);
        };
        // Q1 2024 (2567-Q1): two activities run; one runs in Q2 only.
        const qint64 training = activity(QStringLiteral("อบรมแกนนำ"), QStringLiteral("ฝ่ายเครือข่าย"), QDate(2024, 1, 15), QDate(2024, 3, 31), 120);
        const qint64 members = activity(QStringLiteral("พัฒนาสมาชิก"), QStringLiteral("ฝ่ายสมาชิก"), QDate(2024, 2, 1), QDate(2024, 3, 15), 500);
        const qint64 q2only = activity(QStringLiteral("ประชุมใหญ่"), QStringLiteral("ฝ่ายจัดงาน"), QDate(2024, 5, 1), QDate(2024, 5, 2), std::nullopt);
        QVERIFY(training && members && q2only);

        ReviewStore reviews(t->db());
        const Quarter q1 = Quarter::fromCode(QStringLiteral("2567-Q1"));
        QCOMPARE(q1.code(), QStringLiteral("2024-Q1"));
        QString error;
        auto first = reviews.open(planId, q1, &error);
        QVERIFY2(first, qPrintable(error));
        QCOMPARE(first->entries.size(), 2);

        ReviewEntry done = first->entries.at(0);
        done.status = ActivityStatus::Done;
        done.actualValue = 130;
        QVERIFY(reviews.saveEntry(first->id, done).ok());
        ReviewEntry late = first->entries.at(1);
        late.status = ActivityStatus::Delayed;
        QCOMPARE(reviews.saveEntry(first->id, late).fieldErrors.value(0).field, QStringLiteral("delayCause")); // a delay needs a cause
        late.delayCause = QStringLiteral("คณะกรรมการบางชุดยังไม่ได้ประชุม");
        late.remedy = QStringLiteral("ติดตามรายสัปดาห์");
        late.actualValue = 210;
        QVERIFY(reviews.saveEntry(first->id, late).ok());
        ReviewEntry negative = late;
        negative.actualValue = -1;
        QVERIFY(!reviews.saveEntry(first->id, negative).ok());
        QCOMPARE(PlanStore(t->db()).findItem(members)->status, ActivityStatus::Delayed);

        const ReviewSummary s1 = reviews.summarise(*reviews.find(planId, q1));
        QCOMPARE(s1.activities, 2);
        QCOMPARE(s1.delayed, 1);
        QCOMPARE(s1.withTarget, 2);
        QCOMPARE(s1.targetMet, 1); // 130 of 120; 210 of 500
        QCOMPARE(s1.delaysByUnit.value(0).first, QStringLiteral("ฝ่ายสมาชิก"));
        QCOMPARE(s1.delaysByCause.value(0).first, QStringLiteral("คณะกรรมการบางชุดยังไม่ได้ประชุม"));

        // Q2: the delayed activity carries forward with its cause; Q2's own activity joins.
        auto second = reviews.open(planId, q1.next(), &error);
        QVERIFY2(second, qPrintable(error));
        QCOMPARE(second->entries.size(), 2);
        const ReviewEntry carried = second->entries.at(0);
        QCOMPARE(carried.itemId, members);
        QVERIFY(carried.carriedForward);
        QCOMPARE(carried.delayCause, QStringLiteral("คณะกรรมการบางชุดยังไม่ได้ประชุม"));
        QCOMPARE(second->entries.at(1).itemId, q2only);

        ReviewEntry caughtUp = carried;
        caughtUp.status = ActivityStatus::Done;
        caughtUp.actualValue = 520;
        QVERIFY(reviews.saveEntry(second->id, caughtUp).ok());
        // Q1 is history: unchanged by Q2.
        const auto q1Again = reviews.find(planId, q1);
        QCOMPARE(q1Again->entries.at(1).status, ActivityStatus::Delayed);
        QCOMPARE(q1Again->entries.at(1).actualValue, std::optional<qint64>(210));
        QCOMPARE(PlanStore(t->db()).findItem(members)->status, ActivityStatus::Done);
        QCOMPARE(reviews.quarters(planId).size(), 2);
        // Editing the earlier quarter does not overwrite the activity's newer status.
        ReviewEntry q1Edit = q1Again->entries.at(1);
        q1Edit.remedy = QStringLiteral("ติดตามรายสัปดาห์และรายงานต่อที่ประชุม");
        QVERIFY(reviews.saveEntry(q1Again->id, q1Edit).ok());
        QCOMPARE(PlanStore(t->db()).findItem(members)->status, ActivityStatus::Done);
    }

    // The Thai fiscal year: quarter 1 of ปีงบประมาณ 2568 is October–December 2567.
    void fiscalQuarters_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::newRow("1 October starts Q1") << QDate(2024, 10, 1) << QStringLiteral("FY2025-Q1") << QDate(2024, 10, 1) << QDate(2024, 12, 31);
        QTest::newRow("31 December ends Q1") << QDate(2024, 12, 31) << QStringLiteral("FY2025-Q1") << QDate(2024, 10, 1) << QDate(2024, 12, 31);
        QTest::newRow("January is Q2") << QDate(2025, 1, 1) << QStringLiteral("FY2025-Q2") << QDate(2025, 1, 1) << QDate(2025, 3, 31);
        QTest::newRow("May is Q3") << QDate(2025, 5, 3) << QStringLiteral("FY2025-Q3") << QDate(2025, 4, 1) << QDate(2025, 6, 30);
        QTest::newRow("30 September ends Q4") << QDate(2025, 9, 30) << QStringLiteral("FY2025-Q4") << QDate(2025, 7, 1) << QDate(2025, 9, 30);
    }
    void fiscalQuarters()
    {
        QFETCH(QDate, day);
        QFETCH(QString, code);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        const Quarter q = Quarter::of(day, PlanYear::Fiscal);
        QCOMPARE(q.code(), code);
        QCOMPARE(q.first(), first);
        QCOMPARE(q.last(), last);
        QCOMPARE(Quarter::fromCode(code), q);
        QCOMPARE(Quarter::of(q.last().addDays(1), PlanYear::Fiscal), q.next());
        QCOMPARE(q.next().previous(), q);
        // The same day in a calendar-year plan.
        QVERIFY(!(Quarter::of(day) == q));
    }

    void fiscalYearPlanReviewsItsQuarters()
    {
        PlanStore store(t->db());
        Plan p = *store.findPlan(planId);
        QCOMPARE(p.year, PlanYear::Calendar);
        p.year = PlanYear::Fiscal;
        QVERIFY(store.savePlan(p).ok());
        QCOMPARE(store.findPlan(planId)->year, PlanYear::Fiscal);

        PlanEditor editor(t->db(), planId);
        qint64 issue = 0, objective = 0, october = 0, february = 0;
        QVERIFY(editor.insert(make(PlanLevel::Issue, QStringLiteral("ประเด็น")), -1, &issue).ok());
        QVERIFY(editor.insert(make(PlanLevel::Objective, QStringLiteral("เป้าประสงค์"), issue), -1, &objective).ok());
        PlanItem a = make(PlanLevel::Activity, QStringLiteral("ประชุมต้นปีงบประมาณ"), objective);
        a.startsOn = QDate(2024, 10, 7);
        a.endsOn = QDate(2024, 10, 8);
        QVERIFY(editor.insert(a, -1, &october).ok());
        a.title = QStringLiteral("อบรมเดือนกุมภาพันธ์");
        a.startsOn = QDate(2025, 2, 10);
        a.endsOn = QDate(2025, 2, 11);
        QVERIFY(editor.insert(a, -1, &february).ok());

        // "2568-Q1" typed for this plan is its fiscal quarter 1: October–December 2567.
        const Quarter q1 = Quarter::fromCode(QStringLiteral("2568-Q1"), true);
        QCOMPARE(q1.code(), QStringLiteral("FY2025-Q1"));
        QCOMPARE(q1.label(), QStringLiteral("Quarter 1, fiscal year 2568"));
        ReviewStore reviews(t->db());
        QString error;
        const auto review = reviews.open(planId, q1, &error);
        QVERIFY2(review, qPrintable(error));
        QCOMPARE(review->entries.size(), 1);
        QCOMPARE(review->entries.first().itemId, october);
        QCOMPARE(reviews.quarters(planId), QList<Quarter>{q1});
        const auto second = reviews.open(planId, q1.next(), &error);
        QVERIFY2(second, qPrintable(error));
        QCOMPARE(second->entries.last().itemId, february);
    }

    void newVersionCopiesTheTree()
    {
        PlanEditor editor(t->db(), planId);
        qint64 issue = 0, objective = 0;
        QVERIFY(editor.insert(make(PlanLevel::Issue, QStringLiteral("ประเด็น")), -1, &issue).ok());
        QVERIFY(editor.insert(make(PlanLevel::Objective, QStringLiteral("เป้าประสงค์"), issue), -1, &objective).ok());
        PlanStore store(t->db());
        qint64 copy = 0;
        QVERIFY(store.copyAsNewVersion(planId, &copy).ok());
        QVERIFY(copy != planId);
        const auto copied = store.findPlan(copy);
        QCOMPARE(copied->previousVersionId, planId);
        QCOMPARE(copied->status, PlanStatus::Draft);
        QCOMPARE(copied->references.size(), 1);
        const QList<PlanItem> items = store.items(copy);
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(1).parentId, items.at(0).id);
        QVERIFY(items.at(0).id != issue);
    }
};

QTEST_GUILESS_MAIN(TestPlans)
#include "tst_plans.moc"
