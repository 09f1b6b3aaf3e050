#pragma once

#include <QImage>
#include <QString>

namespace blauwdruk {

// A QR code of `text` (libqrencode, error correction level M) as a black and
// white image, `moduleSize` pixels a module, with the standard quiet zone of
// four modules. A null image when the text does not fit in a QR code.
QImage qrCodeImage(const QString &text, int moduleSize);

} // namespace blauwdruk
