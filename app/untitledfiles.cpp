#include "untitledfiles.h"

#include <QDir>
#include <QStandardPaths>
#include <QUuid>

namespace blauwdruk {

QString UntitledFiles::folder() {
    const QString path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                         QStringLiteral("/untitled");
    QDir().mkpath(path);
    return path;
}

QString UntitledFiles::newPath() {
    return folder() + QStringLiteral("/untitled-%1.blauwdruk")
                          .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

} // namespace blauwdruk
