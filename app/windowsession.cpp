#include "windowsession.h"

#include "blueprintscene.h"
#include "blueprintview.h"
#include "compareview.h"
#include "mainwindow.h"
#include "personaeditor.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSettings>
#include <QTabWidget>

namespace blauwdruk {

namespace {

const char kGeometry[] = "window/geometry";
const char kState[] = "window/state";
const char kTabs[] = "window/tabs"; // file path -> {tabs, current}
constexpr int kFilesKept = 30;

QString keyOf(const QString &file) {
    return QFileInfo(file).absoluteFilePath();
}

} // namespace

WindowSession::WindowSession(MainWindow &window)
    : mWindow(window) {}

void WindowSession::restoreLayout() {
    const QSettings settings;
    mWindow.restoreGeometry(settings.value(QLatin1String(kGeometry)).toByteArray());
    mWindow.restoreState(settings.value(QLatin1String(kState)).toByteArray());
}

void WindowSession::saveLayout() const {
    QSettings settings;
    settings.setValue(QLatin1String(kGeometry), mWindow.saveGeometry());
    settings.setValue(QLatin1String(kState), mWindow.saveState());
}

QString WindowSession::tabOf(const MainWindow &window, int index) {
    QWidget *tab = window.tabs()->widget(index);
    if (auto *view = qobject_cast<BlueprintView *>(tab))
        return QStringLiteral("journey:") + view->blueprintScene()->journeyId();
    if (auto *editor = qobject_cast<PersonaEditor *>(tab))
        return QStringLiteral("persona:") + editor->personaId();
    if (auto *compare = qobject_cast<CompareView *>(tab))
        return QStringLiteral("compare:") + compare->persona();
    return QStringLiteral("fixed:%1").arg(index); // the overview, the personas
}

QStringList WindowSession::tabsOf(const MainWindow &window) {
    QStringList tabs;
    for (int i = 0; i < window.tabs()->count(); ++i)
        tabs << tabOf(window, i);
    return tabs;
}

void WindowSession::saveTabs(const QString &file) const {
    QSettings settings;
    QVariantMap files = settings.value(QLatin1String(kTabs)).toMap();
    QVariantMap entry;
    entry[QStringLiteral("tabs")] = tabsOf(mWindow);
    entry[QStringLiteral("current")] = tabOf(mWindow, mWindow.tabs()->currentIndex());
    entry[QStringLiteral("order")] = QDateTime::currentMSecsSinceEpoch();
    files[keyOf(file)] = entry;
    // The files used longest ago are forgotten first.
    while (files.size() > kFilesKept) {
        auto oldest = files.begin();
        for (auto it = files.begin(); it != files.end(); ++it)
            if (it->toMap().value(QStringLiteral("order")).toLongLong() <
                oldest->toMap().value(QStringLiteral("order")).toLongLong())
                oldest = it;
        files.erase(oldest);
    }
    settings.setValue(QLatin1String(kTabs), files);
}

bool WindowSession::restoreTabs(const QString &file) {
    const QVariantMap entry =
        QSettings().value(QLatin1String(kTabs)).toMap().value(keyOf(file)).toMap();
    const QStringList tabs = entry.value(QStringLiteral("tabs")).toStringList();
    for (const QString &tab : tabs) {
        const QString id = tab.section(QLatin1Char(':'), 1);
        if (tab.startsWith(QLatin1String("journey:")))
            mWindow.openJourney(id);
        else if (tab.startsWith(QLatin1String("persona:")))
            mWindow.openPersona(id);
        else if (tab.startsWith(QLatin1String("compare:")))
            mWindow.openCompare(id);
    }
    // What was removed since is not reopened; the front tab is found again
    // by what it shows.
    const int front =
        int(tabsOf(mWindow).indexOf(entry.value(QStringLiteral("current")).toString()));
    if (front >= 0)
        mWindow.tabs()->setCurrentIndex(front);
    return entry.contains(QStringLiteral("tabs"));
}

} // namespace blauwdruk
