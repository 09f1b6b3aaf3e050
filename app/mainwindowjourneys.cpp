// The window's persona and journey work: persona forms, new journeys, the
// ideal version of a current journey, the compare view and persona sheets.

#include "journeycommands.h"
#include "mainwindow.h"

#include "blueprintscene.h"
#include "blueprintview.h"
#include "comparecanvas.h"
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
#include <QListWidget>
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

// The keyboard goes along into the gallery: Journey › Personas is how a
// person without a mouse reaches it.
void MainWindow::showPersonas() {
    mTabs->setCurrentWidget(mGallery);
    mGallery->list()->setFocus(Qt::ShortcutFocusReason);
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
            [this](const QString &id) { JourneyCommands(*this).exportPersonaSheets({id}); });
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
    // The keyboard that was in the tab before (the tabs hand it to the first
    // list above the drawing) goes to the drawing, as it goes to a
    // blueprint's canvas: the arrow keys choose steps, not another journey.
    if (compare->isAncestorOf(focusWidget()))
        compare->canvas()->setFocus();
    syncTabs();
}

} // namespace blauwdruk
