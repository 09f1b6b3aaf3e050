#pragma once

#include <QIcon>
#include <QKeySequence>

namespace blauwdruk {

// An action's icon from the icon theme by its freedesktop name. Themes such
// as Adwaita 43 keep only the "-symbolic" variants; those serve as well.
inline QIcon actionIcon(const char *name) {
    const QString plain = QLatin1String(name);
    const QIcon icon = QIcon::fromTheme(plain);
    return icon.isNull() ? QIcon::fromTheme(plain + QLatin1String("-symbolic")) : icon;
}

// The tooltip of an action's toolbar button: its name and its keys.
inline QString actionToolTip(QString text, const QList<QKeySequence> &keys) {
    text.remove(QLatin1Char('&')).remove(QChar(u'…'));
    for (const QKeySequence &key : keys)
        if (!key.isEmpty())
            return QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText));
    return text;
}

// A standard command's keys: the platform's, or where a plain X11 session
// (Xvfb, a bare window manager) binds none, the ones every Linux desktop
// uses. Ctrl+Shift+S must be Save As everywhere.
inline QKeySequence standardKey(QKeySequence::StandardKey key, const QKeySequence &usual) {
    const QKeySequence platform(key);
    return platform.isEmpty() ? usual : platform;
}

} // namespace blauwdruk
