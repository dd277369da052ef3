#include "GrowthFigures.h"

#include "domain/DisplayConventions.h"

#include <QCoreApplication>
#include <QStringList>

namespace khana::GrowthFigures {

namespace {

QString sourceOf(GrowthPoint::Source source)
{
    return source == GrowthPoint::Source::Roster ? QCoreApplication::translate("GrowthFigures", "from the roster")
                                                 : QCoreApplication::translate("GrowthFigures", "a recorded count");
}

} // namespace

QString html(const GrowthOverview &o)
{
    const QLocale locale = DisplayConventions::current().locale();
    const DateFormatter &dates = DisplayConventions::current().dates();
    QStringList lines;
    if (!o.measured.isEmpty()) {
        const GrowthPoint &last = o.measured.last();
        lines.append(QCoreApplication::translate("GrowthFigures", "<b>%1</b> members on %2 (%3).")
                         .arg(locale.toString(last.value), dates.longDate(last.date), sourceOf(last.source)));
    } else {
        lines.append(QCoreApplication::translate("GrowthFigures", "No members on the roster and no recorded counts for this place in this period."));
    }
    for (const TargetStanding &s : o.targets) {
        const TargetProgress &p = s.progress;
        // Which number the target is measured by, when it is not the line above's: a target
        // of 2566 is measured by the count of 2566, not by today's roster.
        const bool otherDay = p.asOf.isValid() && (o.measured.isEmpty() || p.asOf != o.measured.last().date);
        QString line = otherDay ? QCoreApplication::translate("GrowthFigures", "%1 by %2: %3, as counted on %4.")
                                      .arg(metricLabel(s.target.metric), dates.longDate(s.target.dueOn), p.describe(locale), dates.longDate(p.asOf))
                                : QCoreApplication::translate("GrowthFigures", "%1 by %2: %3.")
                                      .arg(metricLabel(s.target.metric), dates.longDate(s.target.dueOn), p.describe(locale));
        if (p.reached) {
            line += QLatin1Char(' ') + QCoreApplication::translate("GrowthFigures", "Reached.");
        } else if (s.target.dueOn < o.until) {
            line += QLatin1Char(' ') + QCoreApplication::translate("GrowthFigures", "Not reached by its due date.");
        } else if (s.target.metric == TargetMetric::Members) {
            line += QLatin1Char(' ')
                + QCoreApplication::translate("GrowthFigures", "Needs %1 a day; the current pace is %2 a day.")
                      .arg(locale.toString(p.neededPerDay, 'f', 0), locale.toString(p.currentPerDay, 'f', 0));
            line += QLatin1Char(' ')
                + (p.projected ? QCoreApplication::translate("GrowthFigures", "At this pace it is reached on %1.").arg(dates.longDate(*p.projected))
                               : QCoreApplication::translate("GrowthFigures", "At this pace it is not reached."));
        }
        lines.append(line);
    }
    if (o.coverage.districts > 0)
        lines.append(QCoreApplication::translate("GrowthFigures", "Districts with a representative: %1 of %2.")
                         .arg(locale.toString(o.coverage.withRepresentative), locale.toString(o.coverage.districts)));
    return lines.join(QStringLiteral("<br>"));
}

} // namespace khana::GrowthFigures
