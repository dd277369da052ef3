#pragma once

#include "domain/WorkProgress.h"

#include <QFont>
#include <QString>

class QPagedPaintDevice;
class QPaintDevice;
class QRectF;
class QTextDocument;

namespace khana::PrintStyle {

// What the printing functions return when their progress said stop.
constexpr int kCancelled = -1;

// The font for printed Thai documents: Laksaman (TLWG's TH Sarabun New) where installed,
// else Noto Sans Thai, else the default; `points` at the printer's resolution.
QFont documentFont(qreal points = 14);

// `font` made smaller, half a point at a time down to `smallest`, until `text` laid out with
// `flags` (word wrap, say) fits inside `box` on `device`; `smallest` when nothing larger fits.
QFont fittingFont(QFont font, const QString &text, const QRectF &box, int flags, QPaintDevice *device, qreal smallest);
QString documentFontFamily();

// Prints a laid-out rich-text document on A4 pages of `device` with "page x of y" (in the
// user's language) at the foot of each page. Table header rows repeat on every page.
// Returns the number of pages, or kCancelled when `progress` (told page by page) said stop.
int printPaged(QTextDocument &document, QPagedPaintDevice *device, const QString &footerLeft = {}, bool thaiDigits = false,
               const WorkProgress &progress = {});

} // namespace khana::PrintStyle
