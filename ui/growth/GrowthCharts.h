#pragma once

#include "charts/ChartSpec.h"
#include "domain/Growth.h"
#include "stores/GrowthOverview.h"

#include <QDate>
#include <QHash>

#include <optional>

namespace khana {

// Turns growth series and targets into charts: one category per month from `from` to `to`,
// labelled with the month and year in the user's era ("ต.ค. 2566").
namespace GrowthCharts {

QStringList monthLabels(const QDate &from, const QDate &to);

// Members by month, the roster and recorded counts as separate lines, with the target and the
// projection at the current pace as dashed lines when a target is given.
ChartSpec members(const QList<GrowthPoint> &series, const QDate &from, const QDate &to,
                  const std::optional<GrowthTarget> &target, const TargetProgress &progress);
ChartSpec members(const GrowthOverview &overview);

// Members by area, largest first: the first `shown` areas and the rest together.
ChartSpec breakdown(const QList<AreaFigure> &figures, const QHash<QString, QString> &names, bool byDistrict, int shown = 20);

// Districts and districts with a representative, for each province that has any representative.
ChartSpec coverage(const QList<std::pair<QString, Coverage>> &byProvince, const QHash<QString, QString> &names);

ChartSpec newMembers(const QList<GrowthPoint> &perMonth, const QDate &from, const QDate &to);

} // namespace GrowthCharts

} // namespace khana
