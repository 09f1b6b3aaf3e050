#include "qrcodeimage.h"

#include <qrencode.h>

#include <memory>

namespace blauwdruk {

QImage qrCodeImage(const QString &text, int moduleSize) {
    const QByteArray utf8 = text.toUtf8();
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code || moduleSize < 1)
        return {};
    constexpr int kQuietZone = 4;
    const int side = (code->width + 2 * kQuietZone) * moduleSize;
    QImage image(side, side, QImage::Format_Mono);
    image.setColorTable({qRgb(0, 0, 0), qRgb(255, 255, 255)});
    image.fill(1);
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            if (code->data[y * code->width + x] & 1) // the module is dark
                for (int dy = 0; dy < moduleSize; ++dy)
                    for (int dx = 0; dx < moduleSize; ++dx)
                        image.setPixel((x + kQuietZone) * moduleSize + dx,
                                       (y + kQuietZone) * moduleSize + dy, 0);
    return image;
}

} // namespace blauwdruk
