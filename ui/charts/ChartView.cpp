#include "ChartView.h"

#include "domain/DisplayConventions.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QGraphicsScene>
#include <QImage>
#include <QLineSeries>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace khana {

namespace {

// Exports draw the chart at this size in points, so a PNG or a page looks the same whatever
// the size of the window it was exported from.
constexpr QSizeF kExportSize(1200, 675);

// Lays the chart out at `size`, draws it into `target`, and puts it back as it was.
void renderAt(QChart *chart, QPainter *painter, const QRectF &target)
{
    const QRectF shown = chart->geometry();
    chart->setGeometry(QRectF(QPointF(0, 0), kExportSize));
    chart->scene()->render(painter, target, chart->geometry());
    chart->setGeometry(shown);
}

} // namespace

ChartView::ChartView(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(new QChart, this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void ChartView::setSpec(const ChartSpec &spec)
{
    m_spec = spec;
    const QLocale locale = DisplayConventions::current().locale();
    auto *chart = new QChart;
    chart->setTitle(spec.title);
    chart->setLocale(locale);
    chart->setLocalizeNumbers(true);
    chart->legend()->setAlignment(Qt::AlignBottom);

    // Categories sit at 0, 1, 2 … on a value axis with a label on each value: Qt Charts places
    // rotated labels of a QBarCategoryAxis between the categories rather than under them.
    auto *xAxis = new QCategoryAxis(chart);
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (qsizetype i = 0; i < spec.categories.size(); ++i)
        xAxis->append(spec.categories.at(i), double(i));
    xAxis->setRange(-0.5, qMax<double>(0.5, double(spec.categories.size()) - 0.5));
    xAxis->setGridLineVisible(false);
    if (spec.categories.size() > 8)
        xAxis->setLabelsAngle(-60);
    // Month names are short; cut to fit they become unreadable ("Ma...").
    xAxis->setTruncateLabels(false);
    auto *yAxis = new QValueAxis(chart);
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    double highest = 0;
    QBarSeries *bars = nullptr;
    for (const ChartSeries &s : spec.series) {
        if (s.style == ChartSeries::Style::Bars) {
            if (!bars)
                bars = new QBarSeries(chart);
            auto *set = new QBarSet(s.name, bars);
            if (s.color.isValid())
                set->setColor(s.color);
            for (const std::optional<double> &v : s.values) {
                set->append(v.value_or(0));
                highest = qMax(highest, v.value_or(0));
            }
            const QString name = s.name;
            connect(set, &QBarSet::hovered, this, [this, set, name](bool on, int index) {
                if (on)
                    showValue(index, set->at(index), name);
                else
                    QToolTip::hideText();
            });
            bars->append(set);
            continue;
        }
        auto *line = new QLineSeries(chart);
        line->setName(s.name);
        for (qsizetype i = 0; i < s.values.size(); ++i)
            if (s.values.at(i)) {
                line->append(double(i), *s.values.at(i));
                highest = qMax(highest, *s.values.at(i));
            }
        if (s.color.isValid())
            line->setColor(s.color);
        if (s.style == ChartSeries::Style::DashedLine) {
            QPen pen = line->pen();
            pen.setStyle(Qt::DashLine);
            pen.setWidthF(2);
            line->setPen(pen);
        } else {
            line->setPointsVisible(true);
        }
        const QString name = s.name;
        connect(line, &QLineSeries::hovered, this, [this, name](const QPointF &point, bool on) {
            if (on)
                showValue(int(std::lround(point.x())), point.y(), name);
            else
                QToolTip::hideText();
        });
        chart->addSeries(line);
        line->attachAxis(xAxis);
        line->attachAxis(yAxis);
    }
    if (bars) {
        chart->addSeries(bars);
        bars->attachAxis(xAxis);
        bars->attachAxis(yAxis);
    }
    // Counts are whole numbers: below five the axis runs 0–5 in steps of one, so it never
    // shows "0, 0, 1, 1" from rounding fractions.
    if (highest < 5) {
        yAxis->setRange(0, 5);
        yAxis->setTickCount(6);
    } else {
        yAxis->setRange(0, highest * 1.05);
        yAxis->applyNiceNumbers();
    }

    // QChartView releases, but does not delete, the chart it showed before.
    QChart *previous = m_view->chart();
    m_view->setChart(chart);
    delete previous;
}

void ChartView::showValue(int category, double value, const QString &seriesName)
{
    const QString where = category >= 0 && category < m_spec.categories.size() ? m_spec.categories.at(category) : QString();
    const QLocale locale = DisplayConventions::current().locale();
    QToolTip::showText(QCursor::pos(), tr("%1 — %2: %3").arg(seriesName, where, locale.toString(value, 'f', 0)), this);
}

bool ChartView::exportPng(const QString &path, QString *error)
{
    constexpr qreal scale = 2; // sharp on slides and in print
    QImage image((kExportSize * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderAt(m_view->chart(), &painter, QRectF(QPointF(0, 0), kExportSize * scale));
    }
    if (!image.save(path, "PNG")) {
        *error = tr("The chart could not be written to %1.").arg(path);
        return false;
    }
    return true;
}

bool ChartView::exportPdf(const QString &path, QString *error)
{
    QPdfWriter writer(path);
    writer.setTitle(m_spec.title);
    writer.setCreator(QStringLiteral("Khana"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = tr("The chart could not be written to %1.").arg(path);
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    renderAt(m_view->chart(), &painter, QRectF(QPointF(0, 0), QSizeF(painter.viewport().size())));
    return painter.end();
}

} // namespace khana
