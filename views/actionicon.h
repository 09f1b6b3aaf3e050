#pragma once

#include <QIcon>

namespace blauwdruk {

// An action's icon from the icon theme by its freedesktop name. Themes such
// as Adwaita 43 keep only the "-symbolic" variants; those serve as well.
inline QIcon actionIcon(const char *name) {
    const QString plain = QLatin1String(name);
    const QIcon icon = QIcon::fromTheme(plain);
    return icon.isNull() ? QIcon::fromTheme(plain + QLatin1String("-symbolic")) : icon;
}

} // namespace blauwdruk
