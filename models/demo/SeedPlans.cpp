#include "SeedPlans.h"

#include "stores/PlanStore.h"

#include <functional>

namespace khana::SeedPlans {

namespace {

// Adds an item under `parent` and returns its id (0 on failure, with `error`).
qint64 add(PlanStore &store, qint64 planId, qint64 parent, PlanLevel level, const QString &title, QString *error,
           const std::function<void(PlanItem &)> &fill = {})
{
    PlanItem item;
    item.planId = planId;
    item.parentId = parent;
    item.level = level;
    item.title = title;
    if (fill)
        fill(item);
    const auto r = store.insertItem(item);
    if (!r.ok()) {
        *error = r.error.isEmpty() ? r.fieldErrors.value(0).message : r.error;
        return 0;
    }
    return item.id;
}

std::function<void(PlanItem &)> activity(const QString &unit, QDate from, QDate to, qint64 budgetBaht, const QString &indicator,
                                         qint64 target, const QString &targetUnit)
{
    return [=](PlanItem &i) {
        i.responsibleUnit = unit;
        i.startsOn = from;
        i.endsOn = to;
        if (budgetBaht > 0) {
            i.budget = budgetBaht * 100;
            i.fundingSource = QStringLiteral("งบคณะทำงานจังหวัด");
        }
        i.indicator = indicator;
        if (target > 0)
            i.targetValue = target;
        i.targetUnit = targetUnit;
    };
}

} // namespace

qint64 addChiangRaiPlan(const QSqlDatabase &db, QString *error, const DemoCalendar &when)
{
    PlanStore store(db);
    Plan plan;
    plan.title = QStringLiteral("แผนปฏิบัติงานขับเคลื่อนคณะทำงานจังหวัดเชียงราย");
    plan.number = QStringLiteral("68");
    plan.issuedOn = when.workshop(QDate(2024, 5, 3));
    plan.issuer = QStringLiteral("คณะทำงานจังหวัดเชียงราย");
    plan.periodStart = when.plan(QDate(2024, 5, 1));
    plan.periodEnd = when.plan(QDate(2025, 4, 30));
    plan.vision = QStringLiteral("เชียงรายเป็นฐานที่มั่นที่เข้มแข็งทั้งโครงสร้าง ศักยภาพคนทำงาน และฐานสมาชิก");
    plan.references = {{ReferenceKind::Resolution, QStringLiteral("39"), when.workshop(QDate(2024, 4, 28)), QStringLiteral("มติที่ประชุมคณะทำงานจังหวัด")}};
    const auto saved = store.savePlan(plan);
    if (!saved.ok()) {
        *error = saved.error.isEmpty() ? saved.fieldErrors.value(0).message : saved.error;
        return 0;
    }
    const qint64 p = plan.id;
    const qint64 i1 = add(store, p, 0, PlanLevel::Issue, QStringLiteral("บริหารจัดการทีมงานจังหวัดให้เกิดพลังร่วม ยกระดับศักยภาพทีมงาน พร้อมสำหรับการเมืองท้องถิ่นทุกระดับ"), error);
    const qint64 i2 = add(store, p, 0, PlanLevel::Issue, QStringLiteral("ขับเคลื่อนงานเชิงประเด็นในพื้นที่ สร้างเครือข่ายมวลชน ผลักดันการแก้ปัญหาต่อหน่วยงาน"), error);
    const qint64 i3 = add(store, p, 0, PlanLevel::Issue, QStringLiteral("เชียงรายมีความพร้อมต่อการเมืองทุกระดับ"), error);
    if (!i1 || !i2 || !i3)
        return 0;
    const qint64 o11 = add(store, p, i1, PlanLevel::Objective, QStringLiteral("โครงสร้างทีมจังหวัดและทีมอำเภอชัดเจน"), error);
    const qint64 o12 = add(store, p, i1, PlanLevel::Objective, QStringLiteral("ทีมงานมีศักยภาพงานเครือข่ายและนโยบาย"), error);
    const qint64 o21 = add(store, p, i2, PlanLevel::Objective, QStringLiteral("เครือข่ายมวลชนในประเด็นปัญหาร่วม"), error);
    const qint64 o31 = add(store, p, i3, PlanLevel::Objective, QStringLiteral("ฐานสมาชิกและตัวแทนอำเภอครบทุกอำเภอ"), error);
    add(store, p, o11, PlanLevel::Activity, QStringLiteral("แต่งตั้งผู้ประสานงานอำเภอครบ 18 อำเภอ"), error,
        activity(QStringLiteral("คณะทำงานจังหวัด"), when.plan(QDate(2024, 5, 1)), when.plan(QDate(2024, 6, 30)), 0, QStringLiteral("อำเภอที่มีผู้ประสานงาน"), 18, QStringLiteral("อำเภอ")));
    const qint64 school = add(store, p, o12, PlanLevel::Project, QStringLiteral("โรงเรียนผู้ปฏิบัติงาน"), error, [](PlanItem &i) {
        i.partners = QStringLiteral("ฝ่ายเครือข่ายส่วนกลาง");
        i.beneficiaryTarget = 60;
        i.beneficiaryUnit = QStringLiteral("คน");
    });
    add(store, p, school, PlanLevel::Activity, QStringLiteral("อบรมแกนนำรุ่นที่ 1"), error,
        activity(QStringLiteral("ฝ่ายเครือข่าย"), when.plan(QDate(2024, 6, 1)), when.plan(QDate(2024, 6, 30)), 25000, QStringLiteral("ผู้ผ่านการอบรม"), 30, QStringLiteral("คน")));
    add(store, p, school, PlanLevel::Activity, QStringLiteral("อบรมแกนนำรุ่นที่ 2"), error,
        activity(QStringLiteral("ฝ่ายเครือข่าย"), when.plan(QDate(2024, 9, 1)), when.plan(QDate(2024, 9, 30)), 25000, QStringLiteral("ผู้ผ่านการอบรม"), 30, QStringLiteral("คน")));
    add(store, p, o21, PlanLevel::Activity, QStringLiteral("เวทีรับฟังปัญหาที่ดินทำกินและไฟป่า"), error,
        activity(QStringLiteral("ฝ่ายนโยบาย"), when.plan(QDate(2024, 7, 1)), when.plan(QDate(2024, 8, 31)), 15000, QStringLiteral("เวทีที่จัด"), 6, QStringLiteral("เวที")));
    add(store, p, o31, PlanLevel::Activity, QStringLiteral("ประชุมเลือกตั้งตัวแทนพรรคประจำอำเภอ"), error,
        activity(QStringLiteral("ฝ่ายสมาชิก"), when.plan(QDate(2024, 10, 1)), when.plan(QDate(2025, 3, 31)), 30000, QStringLiteral("อำเภอที่มีตัวแทน"), 18, QStringLiteral("อำเภอ")));
    return error->isEmpty() ? p : 0;
}

qint64 addPhayaoPlan(const QSqlDatabase &db, QString *error)
{
    PlanStore store(db);
    Plan plan;
    plan.title = QStringLiteral("แผนพัฒนาเครือข่ายภาคประชาสังคมจังหวัดพะเยา");
    plan.issuedOn = QDate(2022, 1, 27);
    plan.issuer = QStringLiteral("เครือข่ายภาคประชาสังคมจังหวัดพะเยา");
    plan.vision = QStringLiteral("พะเยาอยู่เย็นเป็นสุขอย่างยั่งยืน");
    plan.status = PlanStatus::Approved;
    plan.references = {{ReferenceKind::Other, QString(), QDate(2022, 1, 27), QStringLiteral("บันทึกข้อตกลงความร่วมมือ (MOU) 4 โครงการ")}};
    const auto saved = store.savePlan(plan);
    if (!saved.ok()) {
        *error = saved.error;
        return 0;
    }
    const qint64 issue = add(store, plan.id, 0, PlanLevel::Issue, QStringLiteral("พะเยาอยู่เย็นเป็นสุขอย่างยั่งยืน"), error);
    const QStringList areas = {QStringLiteral("ที่อยู่อาศัยและความมั่นคงของครัวเรือน"), QStringLiteral("เกษตรและอาหารปลอดภัย"),
                               QStringLiteral("สวัสดิการชุมชน"), QStringLiteral("ทรัพยากรธรรมชาติและสิ่งแวดล้อม"),
                               QStringLiteral("การศึกษาและเยาวชน")};
    QList<qint64> areaIds;
    for (const QString &a : areas)
        areaIds.append(add(store, plan.id, issue, PlanLevel::Objective, a, error));
    add(store, plan.id, areaIds.at(0), PlanLevel::Project, QStringLiteral("โครงการบ้านมั่นคงพะเยา"), error, [](PlanItem &i) {
        i.partners = QStringLiteral("สถาบันพัฒนาองค์กรชุมชน องค์กรปกครองส่วนท้องถิ่น เครือข่ายชุมชน 9 อำเภอ");
        i.mou = QStringLiteral("MOU 27 มกราคม 2565");
        i.beneficiaryTarget = 618;
        i.beneficiaryUnit = QStringLiteral("ครัวเรือน");
    });
    add(store, plan.id, areaIds.at(1), PlanLevel::Project, QStringLiteral("โครงการเกษตรปลอดภัย"), error,
        [](PlanItem &i) { i.partners = QStringLiteral("ภาคเอกชนและสหกรณ์การเกษตร"); });
    add(store, plan.id, areaIds.at(2), PlanLevel::Project, QStringLiteral("โครงการกองทุนสวัสดิการชุมชน"), error,
        [](PlanItem &i) { i.partners = QStringLiteral("หน่วยงานภาครัฐระดับจังหวัด"); });
    add(store, plan.id, areaIds.at(3), PlanLevel::Project, QStringLiteral("โครงการป่าชุมชน"), error,
        [](PlanItem &i) { i.partners = QStringLiteral("ภาคประชาสังคมและท้องถิ่น"); });
    return error->isEmpty() ? plan.id : 0;
}

} // namespace khana::SeedPlans
