#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace khana {

// A chart in Khana's own terms: labelled categories along the bottom (months, provinces) and
// one or more series over them. ChartView draws it; nothing else needs to know Qt Charts.
struct ChartSeries
{
    enum class Style { Line, DashedLine, Bars };
    QString name;
    QList<std::optional<double>> values; // one per category; empty where there is no number
    Style style = Style::Line;
    QColor color; // the theme's next colour when not set
};

struct ChartSpec
{
    QString title;
    QStringList categories;
    QList<ChartSeries> series;
};

} // namespace khana
