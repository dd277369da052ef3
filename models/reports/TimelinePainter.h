#pragma once

#include "domain/Plan.h"

#include <QDate>
#include <QFontMetricsF>
#include <QRectF>

class QPagedPaintDevice;
class QPainter;

namespace khana {

// Draws the plan as a Gantt chart: one row per item (activities as bars, milestones as
// diamonds), month or quarter columns labelled with the user's era, a line for today, and
// delayed activities in red. The same drawing serves the screen and print.
class TimelinePainter
{
public:
    enum class Scale { Months, Quarters };

    struct Row
    {
        QString number;
        PlanItem item;
    };

    TimelinePainter(QList<Row> rows, Scale scale, const QDate &today = QDate::currentDate());

    // Quarters numbered and years named as in the Thai fiscal year (Q1 = October–December,
    // "ปีงบประมาณ 2568" from each October).
    void setFiscalYear(bool fiscal) { m_fiscal = fiscal; }

    // The span shown: from the start of the first month (or quarter) with an activity to the
    // end of the last.
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }

    qreal rowHeight(const QFontMetricsF &metrics) const { return metrics.height() * 1.6; }
    // Height needed for rows [first, last) plus the header, at this font.
    qreal heightFor(int rows, const QFontMetricsF &metrics) const;

    // Paints rows [first, first + count) inside `area`; returns how many fitted.
    int paint(QPainter &painter, const QRectF &area, int first = 0, int count = -1) const;
    int rowCount() const { return int(m_rows.size()); }

    // Prints every row over as many pages as needed (A4 landscape works best), with the title
    // and "page x of y" on each; returns the number of pages.
    int print(QPagedPaintDevice *device, const QString &title) const;

private:
    QList<Row> m_rows;
    Scale m_scale;
    bool m_fiscal = false;
    QDate m_today;
    QDate m_from;
    QDate m_to;
};

} // namespace khana
