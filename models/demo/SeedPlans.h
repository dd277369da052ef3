#pragma once

#include "DemoCalendar.h"

#include <QSqlDatabase>
#include <QString>

namespace khana::SeedPlans {

// Plans from the seed documents for the demo database and tests:
//  - 000 + 004: the Chiang Rai action plan on the three strategic issues, numbered and
//    implementing a resolution, with activities across twelve months from the workshop
//    (May 2567 as written; the demo moves them to its own year through `when`);
//  - 003: Phayao's network plan with its vision, work areas and four MOU projects (618
//    households in the housing project).
// Returns the Chiang Rai plan's id, or 0 with `error` set.
qint64 addChiangRaiPlan(const QSqlDatabase &db, QString *error, const DemoCalendar &when = DemoCalendar::asWritten());
qint64 addPhayaoPlan(const QSqlDatabase &db, QString *error);

} // namespace khana::SeedPlans
