#include "workspacelanguage.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLocale>

namespace blauwdruk {

namespace {

// What is written for people in a poster or report follows the workspace;
// an error met while making it is said to the user, in the user's language:
// these contexts are left to the window's translation.
bool isMessage(const char *context) {
    static const char *const messages[] = {"Export",    "Store",       "Import",      "Files",
                                           "Clipboard", "CommandLine", "PgConnection"};
    for (const char *message : messages)
        if (qstrcmp(context, message) == 0)
            return true;
    return false;
}

// The workspace's language in front of the window's, for everything but
// messages. English is the source language: without a catalogue, every
// text is given back as written.
class ContentTranslator : public QTranslator {
public:
    explicit ContentTranslator(std::unique_ptr<QTranslator> catalogue)
        : mCatalogue(std::move(catalogue)) {}
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override {
        if (isMessage(context))
            return QString();
        return mCatalogue ? mCatalogue->translate(context, sourceText, disambiguation, n)
                          : QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }

private:
    std::unique_ptr<QTranslator> mCatalogue;
};

// Installing or removing a translator tells every window that the language
// changed; a dialog's standard buttons then take back Qt's own texts (the
// Export dialog's "Export" became "OK" at each preview) and panels translate
// themselves anew. The workspace's language is for the poster being made,
// not for the windows: that news is not passed on.
class QuietSwitch : public QObject {
public:
    QuietSwitch() {
        if (QCoreApplication *app = QCoreApplication::instance())
            app->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override {
        return watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange;
    }
};

} // namespace

WorkspaceLanguage::WorkspaceLanguage(const Workspace &workspace)
    : WorkspaceLanguage(workspace.meta.language) {}

WorkspaceLanguage::WorkspaceLanguage(const QString &language) {
    std::unique_ptr<QTranslator> catalogue;
    if (language != QLatin1String("en")) {
        catalogue = std::make_unique<QTranslator>();
        if (!catalogue->load(QLocale(language), QStringLiteral("blauwdruk"), QStringLiteral("_"),
                             QStringLiteral(":/i18n")))
            return;
    }
    mTranslator = std::make_unique<ContentTranslator>(std::move(catalogue));
    const QuietSwitch quiet;
    mInstalled = QCoreApplication::installTranslator(mTranslator.get());
}

WorkspaceLanguage::~WorkspaceLanguage() {
    const QuietSwitch quiet;
    if (mInstalled)
        QCoreApplication::removeTranslator(mTranslator.get());
}

} // namespace blauwdruk
