#pragma once

#include <QImage>
#include <QString>

class QPainter;
class QRectF;

namespace khana::QrCode {

// Encodes `text` as a QR code (libqrencode, error correction level M) and returns one pixel
// per module with a quiet zone of four modules; null on failure.
QImage modules(const QString &text);

// Paints the code to fill `target` (square), crisply: each module a filled rectangle, so it
// stays vector in PDF output.
bool paint(QPainter &painter, const QRectF &target, const QString &text);

} // namespace khana::QrCode
