#include "PrintStyle.h"

#include "domain/ThaiText.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace khana::PrintStyle {

QString documentFontFamily()
{
    const QStringList families = QFontDatabase::families();
    for (const QString &wanted : {QStringLiteral("TH Sarabun New"), QStringLiteral("Laksaman"), QStringLiteral("Noto Sans Thai"),
                                  QStringLiteral("Loma")})
        if (families.contains(wanted))
            return wanted;
    return QFont().family();
}

QFont documentFont(qreal points)
{
    QFont font(documentFontFamily());
    font.setPointSizeF(points);
    return font;
}

QFont fittingFont(QFont font, const QString &text, const QRectF &box, int flags, QPaintDevice *device, qreal smallest)
{
    while (font.pointSizeF() - 0.5 >= smallest) {
        const QRectF needed = QFontMetricsF(font, device).boundingRect(box, flags, text);
        if (needed.height() <= box.height() && needed.width() <= box.width())
            break;
        font.setPointSizeF(font.pointSizeF() - 0.5);
    }
    return font;
}

int printPaged(QTextDocument &document, QPagedPaintDevice *device, const QString &footerLeft, bool thaiDigits, const WorkProgress &progress)
{
    QPainter painter(device);
    if (!painter.isActive())
        return 0;
    // Lay the document out at the device's resolution, or text comes out a third of its size.
    document.documentLayout()->setPaintDevice(device);
    const QRectF page = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const qreal footerHeight = QFontMetricsF(documentFont(11), device).height() * 2;
    const QSizeF body(page.width(), page.height() - footerHeight);
    document.setPageSize(body);
    const int pages = document.pageCount();
    QFont footerFont = documentFont(11);
    for (int i = 0; i < pages; ++i) {
        if (!keepGoing(progress, i, pages))
            return kCancelled;
        if (i > 0)
            device->newPage();
        painter.save();
        painter.translate(0, -body.height() * i);
        const QRectF clip(0, body.height() * i, body.width(), body.height());
        // The layout paints whole blocks that touch the page: clip to it, or the edges of the
        // neighbouring pages show.
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(footerFont);
        const QRectF footer(0, body.height(), body.width(), footerHeight);
        const QString pageText = QCoreApplication::translate("PrintStyle", "Page %1 of %2").arg(i + 1).arg(pages);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom, thaiDigits ? ThaiText::toThaiDigits(pageText) : pageText);
        if (!footerLeft.isEmpty())
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, footerLeft);
    }
    return pages;
}

} // namespace khana::PrintStyle
