#include "SeedWorkshops.h"

namespace khana::SeedWorkshops {

Workshop chiangRai(const DemoCalendar &when)
{
    Workshop w;
    w.title = QStringLiteral("ประชุมเชิงปฏิบัติการจัดโครงสร้างและจัดทำแผนปฏิบัติงานจังหวัดเชียงราย");
    w.kind = WorkshopKind::Workshop;
    w.status = WorkshopStatus::Announced;
    w.venueName = QStringLiteral("ไดมอนด์ ปาร์ค อินน์ เชียงราย รีสอร์ท");
    w.venueAddress = QStringLiteral("อำเภอเมืองเชียงราย จังหวัดเชียงราย");
    w.organiser = QStringLiteral("คณะทำงานจังหวัดเชียงราย");
    w.objectives = QStringLiteral("ทบทวนบทเรียนและกรอบคิด 3 ประเด็น จัดโครงสร้างทีมจังหวัด และจัดทำแผนปฏิบัติงานจังหวัด");
    w.approvedBy = QStringLiteral("มติที่ประชุมคณะทำงานจังหวัดเชียงราย");
    w.approvedOn = when.workshop(QDate(2024, 4, 28));
    const QDate day = when.workshop(QDate(2024, 5, 3));
    w.days = {{day, QTime(8, 30), QTime(17, 0)}};
    w.agenda = {{day, QTime(8, 30), QStringLiteral("ลงทะเบียน"), QString()},
                {day, QTime(9, 0), QStringLiteral("ทบทวนกรอบคิด 3 ประเด็น"), QStringLiteral("คณะทำงานจังหวัด")},
                {day, QTime(13, 0), QStringLiteral("แบ่งกลุ่มจัดทำแผนปฏิบัติงาน"), QString()}};
    w.budget = {{QStringLiteral("ค่าห้องประชุม"), 1, 500000, QStringLiteral("งบคณะทำงานจังหวัด")},
                {QStringLiteral("ค่าอาหารและอาหารว่าง"), 40, 35000, QStringLiteral("งบคณะทำงานจังหวัด")},
                {QStringLiteral("ค่าเอกสาร"), 40, 5000, QStringLiteral("เงินบริจาค")}};
    w.categories = {{0, QStringLiteral("คณะทำงานจังหวัด"), QuotaKind::Flat, 15},
                    {0, QStringLiteral("ทีมงาน ส.ส.เขต"), QuotaKind::Flat, 10},
                    {0, QStringLiteral("สมาชิกที่ช่วยงานในพื้นที่"), QuotaKind::Flat, 15}};
    return w;
}

Workshop forum427(const DemoCalendar &when)
{
    Workshop w;
    w.title = QStringLiteral("เวทีเสวนาศูนย์ส่งเสริมพัฒนาประชาธิปไตยและภาคีเครือข่าย");
    w.kind = WorkshopKind::Forum;
    w.status = WorkshopStatus::Held;
    w.days = {{when.forum(QDate(2022, 8, 24)), QTime(8, 30), QTime(16, 30)}, {when.forum(QDate(2022, 8, 25)), QTime(8, 30), QTime(12, 0)}};
    w.categories = {{0, QStringLiteral("ผู้แทน ศส.ปชต. จังหวัด"), QuotaKind::PerProvince, 4},
                    {0, QStringLiteral("ผู้อำนวยการหรือรองผู้อำนวยการจังหวัด"), QuotaKind::PerProvince, 1},
                    {0, QStringLiteral("เจ้าหน้าที่โครงการ"), QuotaKind::Flat, 13},
                    {0, QStringLiteral("ผู้ทรงคุณวุฒิภายนอก"), QuotaKind::Flat, 7},
                    {0, QStringLiteral("วิทยากรภายใน"), QuotaKind::Flat, 5},
                    {0, QStringLiteral("สื่อมวลชน แขกผู้มีเกียรติ และผู้สังเกตการณ์"), QuotaKind::Flat, 17}};
    return w;
}

} // namespace khana::SeedWorkshops
