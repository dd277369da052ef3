#pragma once

#include "stores/GrowthOverview.h"

#include <QString>

namespace khana::GrowthFigures {

// The key figures of an overview as rich text lines: the latest number and where it comes
// from, each target as "77,760 of 100,000 (77.8%)" with the pace and the projected date, and
// representative coverage.
QString html(const GrowthOverview &overview);

} // namespace khana::GrowthFigures
