#include "TimelinePainter.h"

#include "itemmodels/PlanFilterModel.h"

#include "PrintStyle.h"
#include "domain/DisplayConventions.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

namespace khana {

TimelinePainter::TimelinePainter(QList<Row> rows, Scale scale, const QDate &today)
    : m_rows(std::move(rows))
    , m_scale(scale)
    , m_today(today)
{
    for (const Row &r : m_rows) {
        for (const QDate &d : {r.item.startsOn, r.item.endsOn}) {
            if (!d.isValid())
                continue;
            if (!m_from.isValid() || d < m_from)
                m_from = d;
            if (!m_to.isValid() || d > m_to)
                m_to = d;
        }
    }
    if (!m_from.isValid()) {
        m_from = QDate(today.year(), 1, 1);
        m_to = QDate(today.year(), 12, 31);
    }
    const int monthsPerColumn = scale == Scale::Quarters ? 3 : 1;
    m_from = QDate(m_from.year(), ((m_from.month() - 1) / monthsPerColumn) * monthsPerColumn + 1, 1);
    const QDate lastColumn(m_to.year(), ((m_to.month() - 1) / monthsPerColumn) * monthsPerColumn + 1, 1);
    m_to = lastColumn.addMonths(monthsPerColumn).addDays(-1);
}

qreal TimelinePainter::heightFor(int rows, const QFontMetricsF &metrics) const
{
    return rowHeight(metrics) * (rows + 2);
}

int TimelinePainter::paint(QPainter &painter, const QRectF &area, int first, int count) const
{
    const DisplayConventions &conventions = DisplayConventions::current();
    const QFontMetricsF metrics(painter.font(), painter.device());
    const qreal rowH = rowHeight(metrics);
    const qreal labelWidth = area.width() * 0.34;
    const QRectF chart(area.left() + labelWidth, area.top(), area.width() - labelWidth, area.height());
    const qint64 days = m_from.daysTo(m_to) + 1;
    auto xOf = [&](const QDate &d) { return chart.left() + chart.width() * qreal(m_from.daysTo(d)) / qreal(days); };

    painter.save();
    // Header: years on the first line, months or quarters on the second.
    const int step = m_scale == Scale::Quarters ? 3 : 1;
    painter.setPen(QPen(Qt::lightGray, 0));
    for (QDate c = m_from; c <= m_to; c = c.addMonths(step)) {
        const qreal x = xOf(c);
        const qreal next = xOf(c.addMonths(step));
        painter.setPen(QPen(Qt::lightGray, 0));
        painter.drawLine(QPointF(x, area.top() + rowH), QPointF(x, area.bottom()));
        painter.setPen(Qt::black);
        const Quarter quarter = Quarter::of(c, m_fiscal);
        const QString label = m_scale == Scale::Quarters ? QCoreApplication::translate("TimelinePainter", "Q%1").arg(quarter.number)
                                                         : conventions.locale().monthName(c.month(), QLocale::ShortFormat);
        painter.drawText(QRectF(x, area.top() + rowH, next - x, rowH), Qt::AlignCenter, label);
        // The year's name where it starts (January, or October for a fiscal year) and at the left edge.
        const int startMonth = m_fiscal ? 10 : 1;
        if (c == m_from || (c.month() >= startMonth && c.month() < startMonth + step)) {
            const QString year = m_fiscal ? QCoreApplication::translate("TimelinePainter", "fiscal year %1").arg(conventions.dates().displayYear(quarter.year))
                                          : QString::number(conventions.dates().displayYear(c.year()));
            painter.drawText(QRectF(x + 2, area.top(), chart.right() - x, rowH), Qt::AlignLeft | Qt::AlignVCenter, year);
        }
    }
    painter.setPen(Qt::black);
    painter.drawLine(QPointF(area.left(), area.top() + 2 * rowH), QPointF(area.right(), area.top() + 2 * rowH));

    const int last = count < 0 ? int(m_rows.size()) : qMin(int(m_rows.size()), first + count);
    int drawn = 0;
    qreal y = area.top() + 2 * rowH;
    for (int i = first; i < last && y + rowH <= area.bottom() + 0.5; ++i, ++drawn, y += rowH) {
        const Row &r = m_rows.at(i);
        const PlanItem &item = r.item;
        const int depth = int(r.number.count(QLatin1Char('.')));
        QFont font = painter.font();
        font.setBold(item.level == PlanLevel::Issue);
        painter.setFont(font);
        const QString label = metrics.elidedText(r.number + QLatin1Char(' ') + item.title, Qt::ElideRight, labelWidth - 8 - depth * 10);
        painter.drawText(QRectF(area.left() + depth * 10, y, labelWidth - depth * 10, rowH), Qt::AlignLeft | Qt::AlignVCenter, label);
        if (item.level != PlanLevel::Activity || (!item.startsOn.isValid() && !item.endsOn.isValid()))
            continue;
        const QDate starts = item.startsOn.isValid() ? item.startsOn : item.endsOn;
        const QDate ends = item.endsOn.isValid() ? item.endsOn : item.startsOn;
        const bool delayed = item.status == ActivityStatus::Delayed || (ends < m_today && !PlanCodes::isFinished(item.status));
        const QColor colour = delayed ? QColor(0xc6, 0x28, 0x28) : item.status == ActivityStatus::Done ? QColor(0x2e, 0x7d, 0x32) : QColor(0x15, 0x65, 0xc0);
        if (item.milestone) {
            const QPointF c(xOf(ends), y + rowH / 2);
            const qreal s = rowH * 0.3;
            painter.setPen(Qt::NoPen);
            painter.setBrush(colour);
            painter.drawPolygon(QPolygonF({QPointF(c.x(), c.y() - s), QPointF(c.x() + s, c.y()), QPointF(c.x(), c.y() + s), QPointF(c.x() - s, c.y())}));
        } else {
            const QRectF bar(xOf(starts), y + rowH * 0.25, qMax<qreal>(2, xOf(ends.addDays(1)) - xOf(starts)), rowH * 0.5);
            painter.setPen(Qt::NoPen);
            painter.setBrush(colour.lighter(170));
            painter.drawRect(bar);
            painter.setBrush(colour);
            painter.drawRect(QRectF(bar.left(), bar.top(), bar.width() * item.progress / 100.0, bar.height()));
        }
        painter.setPen(Qt::black);
        painter.setBrush(Qt::NoBrush);
    }
    // Today.
    if (m_today >= m_from && m_today <= m_to) {
        painter.setPen(QPen(QColor(0xe6, 0x51, 0x00), 0, Qt::DashLine));
        const qreal x = xOf(m_today);
        painter.drawLine(QPointF(x, area.top() + rowH), QPointF(x, y));
    }
    painter.restore();
    return drawn;
}

int TimelinePainter::print(QPagedPaintDevice *device, const QString &title) const
{
    QPainter painter(device);
    if (!painter.isActive())
        return 0;
    painter.setFont(PrintStyle::documentFont(10));
    const QRectF page = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const QFontMetricsF metrics(painter.font(), device);
    const qreal titleHeight = metrics.height() * 2;
    const qreal footerHeight = metrics.height() * 1.5;
    const QRectF area(0, titleHeight, page.width(), page.height() - titleHeight - footerHeight);
    const int perPage = qMax(1, int(area.height() / rowHeight(metrics)) - 2);
    const int pages = qMax(1, (rowCount() + perPage - 1) / perPage);
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            device->newPage();
        QFont bold = painter.font();
        bold.setBold(true);
        painter.save();
        painter.setFont(bold);
        painter.drawText(QRectF(0, 0, page.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter, title);
        painter.restore();
        paint(painter, area, p * perPage, perPage);
        painter.drawText(QRectF(0, page.height() - footerHeight, page.width(), footerHeight), Qt::AlignRight | Qt::AlignBottom,
                         QCoreApplication::translate("PrintStyle", "Page %1 of %2").arg(p + 1).arg(pages));
    }
    return pages;
}

} // namespace khana
