#include "workspacelanguage.h"

#include <QCoreApplication>
#include <QLocale>

namespace blauwdruk {

namespace {

// English is the source language: a translator that gives every text back
// as written goes before a Dutch window's translation.
class SourceText : public QTranslator {
public:
    QString translate(const char *, const char *sourceText, const char *, int) const override {
        return QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

} // namespace

WorkspaceLanguage::WorkspaceLanguage(const Workspace &workspace) {
    if (workspace.meta.language == QLatin1String("en")) {
        mTranslator = std::make_unique<SourceText>();
    } else {
        mTranslator = std::make_unique<QTranslator>();
        if (!mTranslator->load(QLocale(workspace.meta.language), QStringLiteral("blauwdruk"),
                               QStringLiteral("_"), QStringLiteral(":/i18n")))
            return;
    }
    mInstalled = QCoreApplication::installTranslator(mTranslator.get());
}

WorkspaceLanguage::~WorkspaceLanguage() {
    if (mInstalled)
        QCoreApplication::removeTranslator(mTranslator.get());
}

} // namespace blauwdruk
