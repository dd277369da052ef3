#include "TablePrinter.h"

#include "PrintStyle.h"
#include "domain/ThaiText.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace khana {

QString PrintTable::toHtml() const
{
    QString html = headingHtml;
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='4' width='100%' style='border-collapse: collapse;'><thead><tr>");
    qreal total = 0;
    for (const Column &c : columns)
        total += c.width;
    for (const Column &c : columns)
        html += QStringLiteral("<th width='%1%'>%2</th>").arg(int(100 * c.width / total)).arg(c.header.toHtmlEscaped());
    html += QStringLiteral("</tr></thead>");
    for (const Row &r : rows) {
        html += r.background.isValid() ? QStringLiteral("<tr bgcolor='%1'>").arg(r.background.name()) : QStringLiteral("<tr>");
        for (int i = 0; i < r.cells.size(); ++i) {
            QString text = r.cells.at(i).text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
            if (r.cells.at(i).bold)
                text = QStringLiteral("<b>%1</b>").arg(text);
            const bool right = columns.value(i).alignment & Qt::AlignRight;
            html += QStringLiteral("<td%1>%2</td>").arg(right ? QStringLiteral(" align='right'") : QString(), text);
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>") + afterHtml;
}

namespace {

// The heading and summary arrive as HTML with their digits already chosen: converting here
// would also change numbers in the markup.
// Draws rich text laid out for the device at the top of `area`; returns its height.
qreal drawRichText(QPainter &painter, QPagedPaintDevice *device, const QString &html, const QRectF &area, qreal points, bool draw)
{
    if (html.isEmpty())
        return 0;
    QTextDocument document;
    document.setDefaultFont(PrintStyle::documentFont(points));
    document.setDocumentMargin(0);
    document.documentLayout()->setPaintDevice(device);
    document.setHtml(html);
    document.setTextWidth(area.width());
    const qreal height = document.size().height();
    if (draw) {
        painter.save();
        painter.translate(area.topLeft());
        document.drawContents(&painter);
        painter.restore();
    }
    return height;
}

} // namespace

int TablePrinter::print(const PrintTable &table, QPagedPaintDevice *device, qreal points, bool thaiDigits, const WorkProgress &progress)
{
    QPainter painter(device);
    if (!painter.isActive())
        return 0;
    auto digits = [thaiDigits](const QString &s) { return thaiDigits ? ThaiText::toThaiDigits(s) : s; };
    // The painter's origin is the top left of the printable area (inside the margins).
    const QRectF page(QPointF(0, 0), device->pageLayout().paintRectPixels(device->logicalDpiX()).size());
    const QFont font = PrintStyle::documentFont(points);
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF metrics(font, device);
    const QFontMetricsF boldMetrics(bold, device);
    const qreal padding = metrics.height() * 0.25;
    const qreal footerHeight = metrics.height() * 1.6;
    const qreal bodyBottom = page.height() - footerHeight;

    qreal total = 0;
    for (const PrintTable::Column &c : table.columns)
        total += c.width;
    QList<qreal> x{0};
    for (const PrintTable::Column &c : table.columns)
        x.append(x.last() + page.width() * c.width / total);
    auto cellHeight = [&](const QString &text, int column, bool isBold) {
        const QRectF box(0, 0, x.at(column + 1) - x.at(column) - 2 * padding, 1e6);
        return (isBold ? boldMetrics : metrics).boundingRect(box, Qt::TextWordWrap, digits(text)).height() + 2 * padding;
    };
    // Measure every row once.
    qreal headerHeight = 0;
    for (int c = 0; c < table.columns.size(); ++c)
        headerHeight = qMax(headerHeight, cellHeight(table.columns.at(c).header, c, true));
    QList<qreal> heights;
    heights.reserve(table.rows.size());
    for (const PrintTable::Row &r : table.rows) {
        qreal h = 0;
        for (int c = 0; c < r.cells.size() && c < table.columns.size(); ++c)
            h = qMax(h, cellHeight(r.cells.at(c).text, c, r.cells.at(c).bold));
        heights.append(qMin(h, bodyBottom - headerHeight)); // a row taller than a page is cut
    }
    const qreal headingHeight = drawRichText(painter, device, table.headingHtml, page, points, false);
    const qreal afterHeight = drawRichText(painter, device, table.afterHtml, page, points, false);

    // Paginate: rows stay whole; the heading row tops every page.
    QList<int> pageStarts{0};
    qreal y = headingHeight + metrics.height() * 0.5 + headerHeight;
    for (int i = 0; i < heights.size(); ++i) {
        if (y + heights.at(i) > bodyBottom && i > pageStarts.last()) {
            pageStarts.append(i);
            y = headerHeight;
        }
        y += heights.at(i);
    }
    const bool afterOnNewPage = y + afterHeight > bodyBottom;
    const int pages = int(pageStarts.size()) + (afterOnNewPage && afterHeight > 0 ? 1 : 0);

    auto drawRow = [&](qreal top, qreal height, const QList<PrintTable::Cell> &cells, const QColor &background, bool header) {
        if (background.isValid())
            painter.fillRect(QRectF(0, top, page.width(), height), background);
        painter.setPen(QPen(Qt::black, 0));
        for (int c = 0; c < table.columns.size(); ++c) {
            const QRectF cell(x.at(c), top, x.at(c + 1) - x.at(c), height);
            painter.drawRect(cell);
            const PrintTable::Cell content = cells.value(c);
            painter.setFont(header || content.bold ? bold : font);
            const Qt::Alignment align = header ? Qt::AlignHCenter : table.columns.at(c).alignment;
            painter.drawText(cell.adjusted(padding, padding, -padding, -padding), int(align | Qt::AlignTop | Qt::TextWordWrap),
                             digits(content.text));
        }
    };
    QList<PrintTable::Cell> headerCells;
    for (const PrintTable::Column &c : table.columns)
        headerCells.append({c.header, true});

    for (int p = 0; p < pageStarts.size(); ++p) {
        if (!keepGoing(progress, p, pages))
            return PrintStyle::kCancelled;
        if (p > 0)
            device->newPage();
        qreal top = 0;
        if (p == 0) {
            drawRichText(painter, device, table.headingHtml, page, points, true);
            top = headingHeight + metrics.height() * 0.5;
        }
        drawRow(top, headerHeight, headerCells, QColor(0xf0, 0xf0, 0xf0), true);
        top += headerHeight;
        const int end = p + 1 < pageStarts.size() ? pageStarts.at(p + 1) : int(table.rows.size());
        for (int i = pageStarts.at(p); i < end; ++i) {
            drawRow(top, heights.at(i), table.rows.at(i).cells, table.rows.at(i).background, false);
            top += heights.at(i);
        }
        if (p + 1 == pageStarts.size() && !afterOnNewPage)
            drawRichText(painter, device, table.afterHtml, QRectF(0, top + metrics.height() * 0.5, page.width(), bodyBottom), points, true);
        painter.setFont(font);
        painter.drawText(QRectF(0, bodyBottom, page.width(), footerHeight), Qt::AlignRight | Qt::AlignBottom,
                         digits(QCoreApplication::translate("PrintStyle", "Page %1 of %2").arg(p + 1).arg(pages)));
    }
    if (afterOnNewPage && afterHeight > 0) {
        device->newPage();
        drawRichText(painter, device, table.afterHtml, page, points, true);
        painter.setFont(font);
        painter.drawText(QRectF(0, bodyBottom, page.width(), footerHeight), Qt::AlignRight | Qt::AlignBottom,
                         digits(QCoreApplication::translate("PrintStyle", "Page %1 of %2").arg(pages).arg(pages)));
    }
    return pages;
}

} // namespace khana
