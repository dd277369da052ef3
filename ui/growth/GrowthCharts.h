#pragma once

#include "charts/ChartSpec.h"
#include "domain/Growth.h"
#include "stores/GrowthOverview.h"

#include <QDate>

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

ChartSpec newMembers(const QList<GrowthPoint> &perMonth, const QDate &from, const QDate &to);

} // namespace GrowthCharts

} // namespace khana
