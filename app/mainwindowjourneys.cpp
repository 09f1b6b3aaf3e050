// The window's persona and journey work: persona forms, new journeys, the
// ideal version of a current journey, the compare view and persona sheets.

#include "mainwindow.h"

#include "blueprintscene.h"
#include "blueprintview.h"
#include "compareview.h"
#include "document.h"
#include "edits.h"
#include "exportdialog.h"
#include "exporter.h"
#include "inspector.h"
#include "journeydialog.h"
#include "journeyoverview.h"
#include "personaeditor.h"
#include "personagallery.h"
#include "personasheetexporter.h"
#include "plaintext.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

namespace blauwdruk {

namespace {

const char kSheetFolderKey[] = "personaSheetFolder";

} // namespace

void MainWindow::makeIdealVersionOfActive() {
    const QString id = activeJourney();
    const Journey *j = document() ? document()->workspace().find<Journey>(id) : nullptr;
    if (!j || j->kind != QLatin1String("current"))
        statusBar()->showMessage(tr("Open or select a current journey first."), 4000);
    else
        makeIdealVersion(id);
}

void MainWindow::compareActive() {
    if (activePersona().isEmpty())
        statusBar()->showMessage(tr("Open or select a journey of a persona first."), 4000);
    else
        openCompare(activePersona());
}

void MainWindow::newPersona() {
    if (!document())
        return;
    mTabs->setCurrentWidget(mGallery);
    const QString id = mGallery->addPersona();
    if (!id.isEmpty())
        openPersona(id);
}

void MainWindow::showPersonas() {
    mTabs->setCurrentWidget(mGallery);
}

void MainWindow::exportAllPersonaSheets() {
    QStringList ids;
    if (document())
        for (const Persona *persona : document()->workspace().orderedPersonas())
            ids << persona->id;
    exportPersonaSheets(ids);
}

QString MainWindow::activeJourney() const {
    if (BlueprintView *view = currentBlueprint())
        return view->blueprintScene()->journeyId();
    if (auto *compare = qobject_cast<CompareView *>(mTabs->currentWidget()))
        return compare->currentJourney();
    return mOverview->selectedJourney();
}

QString MainWindow::activePersona() const {
    if (!document())
        return QString();
    const Workspace &ws = document()->workspace();
    if (auto *editor = qobject_cast<PersonaEditor *>(mTabs->currentWidget()))
        return editor->personaId();
    if (auto *compare = qobject_cast<CompareView *>(mTabs->currentWidget()))
        return compare->persona();
    if (mTabs->currentWidget() == mGallery)
        return mGallery->selectedId();
    if (BlueprintView *view = currentBlueprint())
        if (const Journey *journey = ws.find<Journey>(view->blueprintScene()->journeyId()))
            return journey->persona;
    return mOverview->selectedPersona();
}

void MainWindow::openPersona(const QString &personaId) {
    if (!document() || !document()->workspace().find<Persona>(personaId))
        return;
    for (int i = kFixedTabs; i < mTabs->count(); ++i)
        if (auto *editor = qobject_cast<PersonaEditor *>(mTabs->widget(i));
            editor && editor->personaId() == personaId) {
            mTabs->setCurrentIndex(i);
            return;
        }
    auto *editor = new PersonaEditor(document(), personaId);
    connect(editor, &PersonaEditor::exportSheetRequested, this,
            [this](const QString &id) { exportPersonaSheets({id}); });
    const int index = mTabs->addTab(editor, QString());
    mTabs->setCurrentIndex(index);
    syncTabs();
    editor->focusName();
}

void MainWindow::openCompare(const QString &personaId, const QString &currentJourney,
                             const QString &idealJourney) {
    if (!document() || !document()->workspace().find<Persona>(personaId))
        return;
    for (int i = kFixedTabs; i < mTabs->count(); ++i)
        if (auto *compare = qobject_cast<CompareView *>(mTabs->widget(i));
            compare && compare->persona() == personaId) {
            compare->setJourneys(currentJourney, idealJourney);
            mTabs->setCurrentIndex(i);
            return;
        }
    auto *compare = new CompareView(document(), personaId, currentJourney, idealJourney);
    connect(compare, &CompareView::stepActivated, this,
            [this](const QString &journey, const QString &step) {
                openJourney(journey);
                if (BlueprintView *view = currentBlueprint())
                    view->showStep(step);
            });
    const int index = mTabs->addTab(compare, QString());
    mTabs->setCurrentIndex(index);
    syncTabs();
}

QString MainWindow::newJourney(const QString &personaId) {
    if (!document())
        return QString();
    JourneyDialog dialog(document()->workspace(), personaId, this);
    if (dialog.exec() != QDialog::Accepted)
        return QString();
    Edits::JourneyDraft draft;
    draft.persona = dialog.persona();
    draft.kind = dialog.kind();
    draft.title = dialog.title();
    draft.startingPoint = dialog.startingPoint();
    draft.goal = dialog.goal();
    // A journey needs a first column to put cards in.
    draft.firstStage = tr("Stage 1");
    draft.firstStep = tr("Step 1");
    Edits edits(*document());
    const QString id = edits.addJourney(draft);
    if (id.isEmpty()) {
        PlainText::warning(this, tr("Journey not created"), edits.error());
        return QString();
    }
    openJourney(id);
    return id;
}

QString MainWindow::makeIdealVersion(const QString &journeyId) {
    const Journey *journey =
        document() ? document()->workspace().find<Journey>(journeyId) : nullptr;
    if (!journey)
        return QString();
    Edits edits(*document());
    const QString id = edits.makeIdealVersion(journeyId, tr("%1 (ideal)").arg(journey->title));
    if (id.isEmpty()) {
        PlainText::warning(this, tr("Ideal version not made"), edits.error());
        return QString();
    }
    openJourney(id);
    statusBar()->showMessage(
        tr("The ideal version starts as a copy: now let go of today's process."), 6000);
    return id;
}

void MainWindow::exportJourney() {
    if (!document())
        return;
    ExportDialog dialog(document(), activeJourney(), this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(dialog.path())),
                                 6000);
}

bool MainWindow::exportPersonaSheets(const QStringList &personaIds, QString path) {
    if (!document() || personaIds.isEmpty())
        return false;
    const Workspace &ws = document()->workspace();
    if (path.isEmpty()) {
        QSettings settings;
        const QString folder = settings.value(kSheetFolderKey, QDir::homePath()).toString();
        QString name = personaIds.size() == 1 && ws.find<Persona>(personaIds.first())
                           ? tr("Persona %1").arg(ws.find<Persona>(personaIds.first())->name)
                           : tr("Personas %1").arg(ws.meta.title);
        // Keep the suggested name a plain file name whatever the persona is called.
        name = Exporter::safeFileName(name);
        path = QFileDialog::getSaveFileName(this, tr("Export Persona Sheets"),
                                            QDir(folder).filePath(name + QStringLiteral(".pdf")),
                                            tr("PDF documents (*.pdf)"));
        if (path.isEmpty())
            return false;
        if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            path += QStringLiteral(".pdf");
        settings.setValue(kSheetFolderKey, QFileInfo(path).absolutePath());
    }
    QString error;
    if (!PersonaSheetExporter::write(ws, personaIds, path, &error)) {
        PlainText::warning(this, tr("Export failed"),
                           tr("The persona sheets could not be written to %1:\n%2")
                               .arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    // English has no translation file for plurals: each number its own text.
    const QString where = QDir::toNativeSeparators(path);
    statusBar()->showMessage(
        personaIds.size() == 1
            ? tr("Exported the persona sheet to %1").arg(where)
            : tr("Exported %1 persona sheets to %2").arg(personaIds.size()).arg(where),
        6000);
    return true;
}

} // namespace blauwdruk
