#pragma once

#include "GrowthStore.h"

namespace khana {

// A target with how far it has come.
struct TargetStanding
{
    GrowthTarget target;
    TargetProgress progress;
};

// Everything shown about one place's growth over a period: the series (roster and recorded
// counts), the points progress is measured on, new members per month, every target of the
// place with its progress, and representative coverage. Built once, shown by the Members &
// growth page and the Dashboard alike.
struct GrowthOverview
{
    Scope scope;
    QDate from;
    QDate until;
    QList<GrowthPoint> series;
    // The roster when it has anyone in the place, otherwise the recorded counts.
    QList<GrowthPoint> measured;
    QList<GrowthPoint> newMembers;
    QList<TargetStanding> targets;
    Coverage coverage;
    // The members target the chart draws: the first still due at the end of the period, else
    // the latest one.
    std::optional<TargetStanding> chartTarget;

    static GrowthOverview build(const QSqlDatabase &db, const Scope &scope, const QDate &from, const QDate &until, const QDate &today);
};

} // namespace khana
