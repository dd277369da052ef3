#pragma once

// Real workshops from the seed documents, for tests.

#include "domain/Workshop.h"

namespace fixtures {

// 002: the Election Commission's two-day forum, 24–25 August 2565 (2022): 427 participants.
inline khana::Workshop forum427()
{
    using namespace khana;
    Workshop w;
    w.title = QStringLiteral("เวทีเสวนาศูนย์ส่งเสริมพัฒนาประชาธิปไตยและภาคีเครือข่าย");
    w.kind = WorkshopKind::Forum;
    w.days = {{QDate(2022, 8, 24), QTime(8, 30), QTime(16, 30)}, {QDate(2022, 8, 25), QTime(8, 30), QTime(12, 0)}};
    w.categories = {
        {0, QStringLiteral("ผู้แทน ศส.ปชต. จังหวัด"), QuotaKind::PerProvince, 4},
        {0, QStringLiteral("ผู้อำนวยการหรือรองผู้อำนวยการจังหวัด"), QuotaKind::PerProvince, 1},
        {0, QStringLiteral("เจ้าหน้าที่โครงการ"), QuotaKind::Flat, 13},
        {0, QStringLiteral("ผู้ทรงคุณวุฒิภายนอก"), QuotaKind::Flat, 7},
        {0, QStringLiteral("วิทยากรภายใน"), QuotaKind::Flat, 5},
        {0, QStringLiteral("สื่อมวลชน แขกผู้มีเกียรติ และผู้สังเกตการณ์"), QuotaKind::Flat, 17},
    };
    return w;
}

// 000: Chiang Rai's one-day workshop, 3 May 2567 (2024), 08:30–17:00, funded by the
// provincial working team's allocation as the team meeting of 28 April 2567 resolved.
inline khana::Workshop chiangRaiWorkshop()
{
    using namespace khana;
    Workshop w;
    w.title = QStringLiteral("ประชุมเชิงปฏิบัติการจัดโครงสร้างและจัดทำแผนปฏิบัติงานจังหวัดเชียงราย");
    w.kind = WorkshopKind::Workshop;
    w.status = WorkshopStatus::Announced;
    w.venueName = QStringLiteral("ไดมอนด์ ปาร์ค อินน์ เชียงราย รีสอร์ท");
    w.venueAddress = QStringLiteral("อำเภอเมืองเชียงราย จังหวัดเชียงราย");
    w.venueMapUrl = QStringLiteral("https://maps.example.org/?q=19.9,99.83");
    w.organiser = QStringLiteral("คณะทำงานจังหวัดเชียงราย");
    w.objectives = QStringLiteral("จัดโครงสร้างทีมจังหวัดและจัดทำแผนปฏิบัติงานตามกรอบคิด 3 ประเด็น");
    w.approvedBy = QStringLiteral("มติที่ประชุมคณะทำงานจังหวัดเชียงราย");
    w.approvedOn = QDate(2024, 4, 28);
    w.days = {{QDate(2024, 5, 3), QTime(8, 30), QTime(17, 0)}};
    w.budget = {{QStringLiteral("ค่าห้องประชุม"), 1, 500000, QStringLiteral("งบคณะทำงานจังหวัด")},
                {QStringLiteral("ค่าอาหารและอาหารว่าง"), 40, 35000, QStringLiteral("งบคณะทำงานจังหวัด")},
                {QStringLiteral("ค่าเอกสาร"), 40, 5000, QStringLiteral("เงินบริจาค")}};
    w.agenda = {{QDate(2024, 5, 3), QTime(8, 30), QStringLiteral("ลงทะเบียน"), QString()},
                {QDate(2024, 5, 3), QTime(9, 0), QStringLiteral("ทบทวนกรอบคิด 3 ประเด็น"), QStringLiteral("คณะทำงานจังหวัด")}};
    w.categories = {{0, QStringLiteral("คณะทำงานจังหวัด"), QuotaKind::Flat, 15},
                    {0, QStringLiteral("ทีมงาน ส.ส.เขต"), QuotaKind::Flat, 10},
                    {0, QStringLiteral("สมาชิกที่ช่วยงานในพื้นที่"), QuotaKind::Flat, 15}};
    return w;
}

} // namespace fixtures
