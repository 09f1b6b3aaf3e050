#include "screenshot.h"

#include "blueprintview.h"
#include "bundledexample.h"
#include "document.h"
#include "mainwindow.h"
#include "outputfile.h"
#include "personagallery.h"
#include "sessionmode.h"
#include "untitledfiles.h"

#include <QApplication>
#include <QFile>
#include <QPixmap>
#include <QSaveFile>
#include <QTabWidget>
#include <QTemporaryDir>

#include <cstdio>

namespace blauwdruk {

namespace {

int fail(const QString &file, const QString &problem) {
    return CommandLine::fail(file, problem);
}

// Brings the tab named by --show to the front: a fixed tab, a persona's
// form or the compare view of a persona (by name, case ignored, or id).
bool showTab(MainWindow &window, const QString &what, QString *error) {
    if (what == QLatin1String("overview")) {
        window.tabs()->setCurrentIndex(0);
        return true;
    }
    if (what == QLatin1String("personas")) {
        window.tabs()->setCurrentWidget(window.personaGallery());
        return true;
    }
    const QString name = what.section(u':', 1);
    const Workspace &ws = window.document()->workspace();
    const Persona *persona = ws.find<Persona>(name);
    for (const Persona *candidate : ws.orderedPersonas())
        if (!persona && candidate->name.compare(name, Qt::CaseInsensitive) == 0)
            persona = candidate;
    if (!persona) {
        *error = QStringLiteral("has no persona \"%1\"").arg(name);
        return false;
    }
    if (what.startsWith(QLatin1String("persona:")))
        window.openPersona(persona->id);
    else
        window.openCompare(persona->id);
    return true;
}

} // namespace

int Screenshot::run(const CommandLine::GuiRequest &request) {
    // Checked before anything is opened, like every output of the command line.
    QString problem;
    OutputFile output(request.screenshot);
    if (!output.check(request.file, &problem))
        return fail(request.screenshot, problem);
    MainWindow window;
    window.resize(request.size);
    QString error;
    // The example is copied to a temporary file so nothing is left behind.
    QTemporaryDir scratch;
    QString file = request.file;
    if (file.isEmpty()) {
        std::optional<Workspace> example = BundledExample::load(&error);
        if (!example)
            return fail(QStringLiteral("example"), error);
        file = scratch.filePath(QStringLiteral("example.blauwdruk"));
        if (!Store::writeNew(file, *example, &error))
            return fail(file, error);
    }
    if (!window.documents()->openFile(file, &error))
        return fail(request.file.isEmpty() ? QStringLiteral("example") : request.file, error);
    if (!request.journey.isEmpty()) {
        const QString journey = window.journeyNamed(request.journey);
        if (journey.isEmpty())
            return fail(request.file.isEmpty() ? QStringLiteral("example") : request.file,
                        QStringLiteral("has no journey \"%1\"").arg(request.journey));
        window.openJourney(journey);
    }
    if (request.review)
        window.setReviewMode(true);
    if (!request.show.isEmpty() && !showTab(window, request.show, &error))
        return fail(request.file.isEmpty() ? QStringLiteral("example") : request.file, error);
    // Session mode as it looks full screen on a screen of --size: the window
    // keeps that size rather than taking the (virtual) screen's.
    if (request.session) {
        window.sessionMode()->setRecording(false); // a picture changes no file
        window.sessionMode()->enter(SessionMode::Display::InWindow);
    }
    window.show();
    QApplication::processEvents();
    if (BlueprintView *view = window.currentBlueprint(); view && !request.session)
        view->setZoom(1.0);
    QApplication::processEvents();
    const QPixmap image = window.grab();
    QSaveFile out(request.screenshot);
    if (!out.open(QIODevice::WriteOnly) || !image.save(&out, "PNG") || !out.commit())
        return fail(request.screenshot,
                    QStringLiteral("could not be written: %1").arg(out.errorString()));
    return CommandLine::Success;
}

} // namespace blauwdruk
