// The window's journey and persona commands: new journeys, the ideal
// version of a current journey, comparing, new personas, exporting the
// journey and persona sheets. Messages go to the window.
#include "journeycommands.h"

#include "document.h"
#include "edits.h"
#include "exportdialog.h"
#include "exporter.h"
#include "exporterregistry.h"
#include "journeydialog.h"
#include "mainwindow.h"
#include "personagallery.h"
#include "personasheetexporter.h"
#include "plaintext.h"
#include "workspacelanguage.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStatusBar>

namespace blauwdruk {

namespace {

const char kSheetFolderKey[] = "personaSheetFolder";

} // namespace

JourneyCommands::JourneyCommands(MainWindow &window)
    : mWindow(window) {}

QString JourneyCommands::newJourney(const QString &personaId) {
    if (!mWindow.document())
        return QString();
    JourneyDialog dialog(mWindow.document()->workspace(), personaId, &mWindow);
    if (dialog.exec() != QDialog::Accepted)
        return QString();
    Edits::JourneyDraft draft;
    draft.persona = dialog.persona();
    draft.kind = dialog.kind();
    draft.title = dialog.title();
    draft.startingPoint = dialog.startingPoint();
    draft.goal = dialog.goal();
    // A journey needs a first column to put cards in, named in the
    // workspace's language as its lanes are.
    {
        const WorkspaceLanguage language(mWindow.document()->workspace());
        draft.firstStage = tr("Stage 1");
        draft.firstStep = tr("Step 1");
    }
    Edits edits(*mWindow.document());
    const QString id = edits.addJourney(draft);
    if (id.isEmpty()) {
        PlainText::warning(&mWindow, tr("Journey not created"), edits.error());
        return QString();
    }
    mWindow.openJourney(id);
    return id;
}

QString JourneyCommands::makeIdealVersion(const QString &journeyId) {
    const Journey *journey =
        mWindow.document() ? mWindow.document()->workspace().find<Journey>(journeyId) : nullptr;
    if (!journey)
        return QString();
    Edits edits(*mWindow.document());
    const QString id = edits.makeIdealVersion(journeyId, tr("%1 (ideal)").arg(journey->title));
    if (id.isEmpty()) {
        PlainText::warning(&mWindow, tr("Ideal version not made"), edits.error());
        return QString();
    }
    mWindow.openJourney(id);
    mWindow.statusBar()->showMessage(
        tr("The ideal version starts as a copy: now let go of today's process."), 6000);
    return id;
}

void JourneyCommands::makeIdealVersionOfActive() {
    const QString id = mWindow.activeJourney();
    const Journey *j =
        mWindow.document() ? mWindow.document()->workspace().find<Journey>(id) : nullptr;
    if (!j || j->kind != QLatin1String("current"))
        mWindow.statusBar()->showMessage(tr("Open or select a current journey first."), 4000);
    else
        makeIdealVersion(id);
}

void JourneyCommands::compareActive() {
    if (mWindow.activePersona().isEmpty())
        mWindow.statusBar()->showMessage(tr("Open or select a journey of a persona first."), 4000);
    else
        mWindow.openCompare(mWindow.activePersona());
}

void JourneyCommands::newPersona() {
    if (!mWindow.document())
        return;
    mWindow.showPersonas();
    const QString id = mWindow.personaGallery()->addPersona();
    if (!id.isEmpty())
        mWindow.openPersona(id);
}

void JourneyCommands::exportJourney() {
    if (!mWindow.document())
        return;
    ExportDialog dialog(mWindow.document(), mWindow.activeJourney(), &mWindow);
    if (dialog.exec() == QDialog::Accepted)
        mWindow.statusBar()->showMessage(
            tr("Exported to %1").arg(QDir::toNativeSeparators(dialog.path())), 6000);
}

bool JourneyCommands::exportPersonaSheets(const QStringList &personaIds, QString path) {
    if (!mWindow.document() || personaIds.isEmpty())
        return false;
    const Workspace &ws = mWindow.document()->workspace();
    if (path.isEmpty()) {
        QSettings settings;
        const QString folder = ExportDialog::suggestedFolder(
            mWindow.document(), settings.value(kSheetFolderKey).toString());
        QString name = personaIds.size() == 1 && ws.find<Persona>(personaIds.first())
                           ? tr("Persona %1").arg(ws.find<Persona>(personaIds.first())->name)
                           : tr("Personas %1").arg(ws.meta.title);
        // Keep the suggested name a plain file name whatever the persona is called.
        name = Exporter::safeFileName(name);
        const QString suffix =
            ExporterRegistry::instance().personaSheetFormat()->extensions().value(0);
        path = QFileDialog::getSaveFileName(&mWindow, tr("Export Persona Sheets"),
                                            QDir(folder).filePath(name + QLatin1Char('.') + suffix),
                                            tr("Persona sheets (*.%1)").arg(suffix));
        if (path.isEmpty())
            return false;
        if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
            path += QLatin1Char('.') + suffix;
        settings.setValue(kSheetFolderKey, QFileInfo(path).absolutePath());
    }
    QString error;
    if (!PersonaSheetExporter::write(ws, personaIds, path, &error)) {
        PlainText::warning(&mWindow, tr("Export failed"),
                           tr("The persona sheets could not be written to %1:\n%2")
                               .arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    // English has no translation file for plurals: each number its own text.
    const QString where = QDir::toNativeSeparators(path);
    mWindow.statusBar()->showMessage(
        personaIds.size() == 1
            ? tr("Exported the persona sheet to %1").arg(where)
            : tr("Exported %1 persona sheets to %2").arg(personaIds.size()).arg(where),
        6000);
    return true;
}

void JourneyCommands::exportAllPersonaSheets() {
    QStringList ids;
    if (mWindow.document())
        for (const Persona *persona : mWindow.document()->workspace().orderedPersonas())
            ids << persona->id;
    exportPersonaSheets(ids);
}

} // namespace blauwdruk
