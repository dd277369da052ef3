#include "QrCode.h"

#include <QPainter>
#include <QRectF>

#include <qrencode.h>

#include <memory>

namespace khana::QrCode {

namespace {
constexpr int kQuietZone = 4;
}

QImage modules(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M),
                                                          &QRcode_free);
    if (!code)
        return {};
    const int width = code->width;
    QImage image(width + 2 * kQuietZone, width + 2 * kQuietZone, QImage::Format_Mono);
    image.fill(1);
    image.setColor(0, qRgb(0, 0, 0));
    image.setColor(1, qRgb(255, 255, 255));
    for (int y = 0; y < width; ++y)
        for (int x = 0; x < width; ++x)
            if (code->data[y * width + x] & 1)
                image.setPixel(x + kQuietZone, y + kQuietZone, 0);
    return image;
}

bool paint(QPainter &painter, const QRectF &target, const QString &text)
{
    const QImage image = modules(text);
    if (image.isNull())
        return false;
    const qreal module = std::min(target.width(), target.height()) / image.width();
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawRect(QRectF(target.topLeft(), QSizeF(module * image.width(), module * image.width())));
    painter.setBrush(Qt::black);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixelIndex(x, y) == 0)
                painter.drawRect(QRectF(target.left() + x * module, target.top() + y * module, module, module));
    painter.restore();
    return true;
}

} // namespace khana::QrCode
