#pragma once

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
    PeopleGenerator(const QList<District> &districts, quint32 seed);

    Person next();

private:
    QList<District> m_districts;
    QRandomGenerator m_random;
    qint64 m_serial = 0;
};

// Builds the demo database content from the seed documents: the Chiang Rai working team's
// 18 districts, Phayao's 9, and a few hundred members.
class DemoData
{
public:
    static constexpr int kDemoPeople = 360;
    static bool populate(const QSqlDatabase &db, QString *error);

    // Opens the demo database on the default connection (its path in `path`), building it the
    // first time; a half-built file is removed. For the window and the headless commands.
    static Database::OpenResult open(QString *path);

private:
    // The workshops of seeds 000 (Chiang Rai, with registrations and check-ins) and 002.
    static bool addSeedWorkshops(const QSqlDatabase &db, QString *error);
    // The member counts and the members target of seed 001.
    static bool addSeedGrowth(const QSqlDatabase &db, QString *error);
};

} // namespace khana
