#include "GrowthOverview.h"

#include <algorithm>

namespace khana {

namespace {

QList<GrowthPoint> measuredPoints(const QList<GrowthPoint> &series)
{
    QList<GrowthPoint> roster;
    QList<GrowthPoint> recorded;
    for (const GrowthPoint &p : series)
        (p.source == GrowthPoint::Source::Roster ? roster : recorded).append(p);
    const bool rosterHasMembers = std::any_of(roster.cbegin(), roster.cend(), [](const GrowthPoint &p) { return p.value > 0; });
    if (!rosterHasMembers)
        return recorded;
    if (recorded.isEmpty())
        return roster;
    // Targets are measured on the roster when it is complete, and on the recorded totals when
    // the roster holds fewer members than they count (only part of the membership is in Khana).
    const GrowthPoint &latest = recorded.last();
    const GrowthPoint *rosterThen = &roster.first();
    for (const GrowthPoint &p : std::as_const(roster))
        if (p.date <= latest.date)
            rosterThen = &p;
    return rosterThen->value < latest.value ? recorded : roster;
}

} // namespace

GrowthOverview GrowthOverview::build(const QSqlDatabase &db, const Scope &scope, const QDate &from, const QDate &until, const QDate &today)
{
    const GrowthStore store(db);
    GrowthOverview o;
    o.scope = scope;
    o.from = from;
    o.until = until;
    const GrowthStore::RosterMovements movements = store.rosterMovements(scope, from, until);
    o.series = store.series(scope, movements);
    o.measured = measuredPoints(o.series);
    o.newMembers = GrowthStore::newMembersByMonth(movements);
    const QDate asOf = qMin(until, today);
    o.coverage = store.coverage(scope.code, asOf);
    for (const GrowthTarget &t : store.targets()) {
        if (!(t.scope == scope))
            continue;
        QList<GrowthPoint> points;
        switch (t.metric) {
        case TargetMetric::Members:
            // From before the target started, whatever period is shown, so its progress and
            // pace do not depend on how many months the chart covers.
            points = t.startsOn >= from ? o.measured : measuredPoints(store.series(scope, t.startsOn.addMonths(-1), until));
            break;
        case TargetMetric::DistrictsWithRepresentative:
            points.append({asOf, store.coverage(scope.code, asOf).withRepresentative, GrowthPoint::Source::Recorded});
            break;
        case TargetMetric::NewMembers: {
            qint64 joined = 0;
            for (const GrowthPoint &p : store.newMembersByMonth(scope, t.startsOn, qMin(until, t.dueOn)))
                joined += p.value;
            points.append({qMin(until, t.dueOn), joined, GrowthPoint::Source::Roster});
            break;
        }
        }
        const TargetStanding standing{t, measure(t, points)};
        o.targets.append(standing);
        if (t.metric == TargetMetric::Members && (!o.chartTarget || o.chartTarget->target.dueOn < until))
            o.chartTarget = standing;
    }
    return o;
}

} // namespace khana
