#include "workspacelanguage.h"

#include <QCoreApplication>
#include <QLocale>

namespace blauwdruk {

WorkspaceLanguage::WorkspaceLanguage(const Workspace &workspace) {
    if (workspace.meta.language != QLatin1String("en") &&
        mTranslator.load(QLocale(workspace.meta.language), QStringLiteral("blauwdruk"),
                         QStringLiteral("_"), QStringLiteral(":/i18n")))
        mInstalled = QCoreApplication::installTranslator(&mTranslator);
}

WorkspaceLanguage::~WorkspaceLanguage() {
    if (mInstalled)
        QCoreApplication::removeTranslator(&mTranslator);
}

} // namespace blauwdruk
