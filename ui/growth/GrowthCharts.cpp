#include "GrowthCharts.h"

#include "domain/DisplayConventions.h"

#include <QCoreApplication>

#include <algorithm>

namespace khana::GrowthCharts {

namespace {

int monthIndex(const QDate &from, const QDate &date)
{
    return (date.year() - from.year()) * 12 + date.month() - from.month();
}

} // namespace

QStringList monthLabels(const QDate &from, const QDate &to)
{
    const DisplayConventions &conventions = DisplayConventions::current();
    QStringList labels;
    for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1))
        labels.append(QStringLiteral("%1 %2").arg(conventions.locale().monthName(m.month(), QLocale::ShortFormat))
                          .arg(conventions.dates().displayYear(m.year())));
    return labels;
}

ChartSpec members(const QList<GrowthPoint> &series, const QDate &from, const QDate &to,
                  const std::optional<GrowthTarget> &target, const TargetProgress &progress)
{
    QDate last = to;
    if (target && target->dueOn > last)
        last = target->dueOn;
    ChartSpec spec;
    spec.title = QCoreApplication::translate("GrowthCharts", "Members by month");
    spec.categories = monthLabels(from, last);
    const qsizetype months = spec.categories.size();

    ChartSeries roster{QCoreApplication::translate("GrowthCharts", "Members on the roster"), QList<std::optional<double>>(months), ChartSeries::Style::Line, QColor()};
    ChartSeries recorded{QCoreApplication::translate("GrowthCharts", "Recorded counts"), QList<std::optional<double>>(months), ChartSeries::Style::Line, QColor()};
    bool anyRoster = false;
    bool anyRecorded = false;
    for (const GrowthPoint &p : series) {
        const int i = monthIndex(from, p.date);
        if (i < 0 || i >= months)
            continue;
        // The latest number in a month stands for that month.
        if (p.source == GrowthPoint::Source::Roster) {
            roster.values[i] = double(p.value);
            anyRoster = anyRoster || p.value > 0;
        } else {
            recorded.values[i] = double(p.value);
            anyRecorded = true;
        }
    }
    if (anyRoster)
        spec.series.append(roster);
    if (anyRecorded)
        spec.series.append(recorded);

    if (target) {
        ChartSeries goal{QCoreApplication::translate("GrowthCharts", "Target"), QList<std::optional<double>>(months), ChartSeries::Style::DashedLine, QColor(0xc6, 0x28, 0x28)};
        bool goalShown = false;
        for (int i = qMax(0, monthIndex(from, target->startsOn)); i <= monthIndex(from, target->dueOn) && i < months; ++i) {
            goal.values[i] = double(target->value);
            goalShown = true;
        }
        // A series with nothing in the months shown would only be a name in the legend.
        if (goalShown)
            spec.series.append(goal);
        if (progress.asOf.isValid() && progress.currentPerDay > 0 && !progress.reached) {
            ChartSeries projection{QCoreApplication::translate("GrowthCharts", "At the current pace"), QList<std::optional<double>>(months), ChartSeries::Style::DashedLine,
                                   QColor(0x75, 0x75, 0x75)};
            // From the last number it is drawn from, to the target's due date and no more than a
            // year on: a pace is no forecast years beyond its data.
            const int start = monthIndex(from, progress.asOf);
            const int end = qMin(months - 1, monthIndex(from, std::min(target->dueOn, progress.asOf.addYears(1))));
            for (int i = qMax(0, start); i <= end; ++i) {
                const QDate monthEnd = i == start ? progress.asOf : QDate(from.year(), from.month(), 1).addMonths(i + 1).addDays(-1);
                projection.values[i] = double(progress.current) + progress.currentPerDay * double(progress.asOf.daysTo(monthEnd));
            }
            if (qMax(0, start) <= end)
                spec.series.append(projection);
        }
    }
    return spec;
}

ChartSpec members(const GrowthOverview &o)
{
    if (!o.chartTarget)
        return members(o.series, o.from, o.until, std::nullopt, {});
    return members(o.series, o.from, o.until, o.chartTarget->target, o.chartTarget->progress);
}

ChartSpec breakdown(const QList<AreaFigure> &figures, const QHash<QString, QString> &names, bool byDistrict, int shown)
{
    ChartSpec spec;
    spec.title = byDistrict ? QCoreApplication::translate("GrowthCharts", "Members by district")
                            : QCoreApplication::translate("GrowthCharts", "Members by province");
    ChartSeries members{QCoreApplication::translate("GrowthCharts", "Members"), {}, ChartSeries::Style::Bars, QColor()};
    qint64 rest = 0;
    for (qsizetype i = 0; i < figures.size(); ++i) {
        if (i < shown) {
            spec.categories.append(names.value(figures.at(i).code, figures.at(i).code));
            members.values.append(double(figures.at(i).value));
        } else {
            rest += figures.at(i).value;
        }
    }
    if (rest > 0) {
        spec.categories.append(byDistrict ? QCoreApplication::translate("GrowthCharts", "Other districts")
                                          : QCoreApplication::translate("GrowthCharts", "Other provinces"));
        members.values.append(double(rest));
    }
    spec.series.append(members);
    return spec;
}

ChartSpec coverage(const QList<std::pair<QString, Coverage>> &byProvince, const QHash<QString, QString> &names)
{
    ChartSpec spec;
    spec.title = QCoreApplication::translate("GrowthCharts", "Districts with a representative by province");
    ChartSeries districts{QCoreApplication::translate("GrowthCharts", "Districts"), {}, ChartSeries::Style::Bars, QColor(0xbd, 0xbd, 0xbd)};
    ChartSeries covered{QCoreApplication::translate("GrowthCharts", "With a representative"), {}, ChartSeries::Style::Bars, QColor(0x2e, 0x7d, 0x32)};
    for (const auto &[code, c] : byProvince) {
        if (c.withRepresentative == 0)
            continue;
        spec.categories.append(names.value(code, code));
        districts.values.append(double(c.districts));
        covered.values.append(double(c.withRepresentative));
    }
    spec.series = {districts, covered};
    return spec;
}

ChartSpec newMembers(const QList<GrowthPoint> &perMonth, const QDate &from, const QDate &to)
{
    ChartSpec spec;
    spec.title = QCoreApplication::translate("GrowthCharts", "New members by month");
    spec.categories = monthLabels(from, to);
    ChartSeries joined{QCoreApplication::translate("GrowthCharts", "New members"), QList<std::optional<double>>(spec.categories.size()), ChartSeries::Style::Bars, QColor()};
    for (const GrowthPoint &p : perMonth) {
        const int i = monthIndex(from, p.date);
        if (i >= 0 && i < joined.values.size())
            joined.values[i] = double(p.value);
    }
    spec.series.append(joined);
    return spec;
}

} // namespace khana::GrowthCharts
