#pragma once

#include "DemoCalendar.h"
#include "domain/Workshop.h"

namespace khana::SeedWorkshops {

// The workshops of the seed documents, as Khana holds them (demo data and tests); the demo
// moves their dates through `when`.

// 000: Chiang Rai's one-day workshop on the team structure and the action plan, 3 May 2567
// (2024), 08:30–17:00, funded from the provincial working team's allocation as the team
// meeting of 28 April 2567 resolved.
Workshop chiangRai(const DemoCalendar &when = DemoCalendar::asWritten());

// 002: the Election Commission office's two-day forum, 24–25 August 2565 (2022): 4
// representatives and 1 director per province, 13 staff, 7 experts, 5 speakers, 17 media,
// guests and observers — 427 in all.
Workshop forum427(const DemoCalendar &when = DemoCalendar::asWritten());

} // namespace khana::SeedWorkshops
