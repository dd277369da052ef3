#pragma once

#include "DemoCalendar.h"
#include "database/Database.h"
#include "domain/Person.h"
#include "stores/AreaStore.h"

#include <QRandomGenerator>

namespace khana {

// Makes plausible, clearly invented people (Thai names, mobile numbers, member numbers and
// join dates) for the demo database and benchmarks. Deterministic for a given seed. National
// id numbers are never invented.
class PeopleGenerator
{
public:
    // Members join over the five years up to `lastJoin`.
    PeopleGenerator(const QList<District> &districts, quint32 seed, const QDate &lastJoin = QDate(2024, 10, 26));

    Person next();

private:
    QList<District> m_districts;
    QRandomGenerator m_random;
    QDate m_lastJoin;
    qint64 m_serial = 0;
};

// Builds the demo database content from the seed documents: the Chiang Rai working team's
// 18 districts, Phayao's 9, and a few hundred members.
class DemoData
{
public:
    static constexpr int kDemoPeople = 360;
    // Dates are those of the seeds moved to `today` (see DemoCalendar).
    static bool populate(const QSqlDatabase &db, QString *error, const QDate &today = QDate::currentDate());

    // Opens the demo database on the default connection (its path in `path`), building it the
    // first time; a half-built file is removed. For the window and the headless commands.
    static Database::OpenResult open(QString *path);

private:
    // The workshops of seeds 000 (Chiang Rai, held, with registrations and check-ins) and 002
    // (the forum, ahead, with its quotas).
    static bool addSeedWorkshops(const QSqlDatabase &db, const DemoCalendar &when, QString *error);
    // The member counts and the members target of seed 001.
    static bool addSeedGrowth(const QSqlDatabase &db, const DemoCalendar &when, QString *error);
    // Where the Chiang Rai plan stands on the demo's day: a review of the last quarter, the
    // activities that ended done but one (delayed, with its cause), those running on track.
    static bool addPlanProgress(const QSqlDatabase &db, qint64 planId, const DemoCalendar &when, QString *error);
};

} // namespace khana
