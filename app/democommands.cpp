#include "democommands.h"

#include "demofindings.h"
#include "document.h"
#include "exporterregistry.h"
#include "mainwindow.h"
#include "painpoints.h"
#include "plaintext.h"
#include "reportsaver.h"
#include "verdictsdialog.h"
#include "walkthroughview.h"
#include "workspacelanguage.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

namespace blauwdruk {

void DemoCommands::walkthrough() {
    Document *document = mWindow.document();
    if (!document)
        return;
    const Workspace &ws = document->workspace();
    const JourneyAlignment::Journeys pair = painpoints::pairOf(ws, mWindow.activeJourney());
    const Journey *ideal = ws.find<Journey>(pair.ideal);
    if (!ideal || ws.orderedSteps(ideal->id).empty()) {
        QMessageBox box(
            QMessageBox::Information, tr("Walkthrough"),
            ideal
                ? tr("The ideal journey \"%1\" has no steps yet to walk through.").arg(ideal->title)
                : tr("Open an ideal journey (or the current journey of a persona who has "
                     "one) to walk through it with residents."),
            QMessageBox::Ok, &mWindow);
        PlainText::exec(box);
        return;
    }
    const QString baseDir =
        document->isUntitled() ? QDir::homePath() : QFileInfo(document->filePath()).absolutePath();
    auto *view = new WalkthroughView(*document, ideal->id, pair.current, baseDir, &mWindow);
    // DemoCommands is made for one command and gone after it: the window stays.
    MainWindow *window = &mWindow;
    QObject::connect(
        view, &WalkthroughView::verdictsRequested, window,
        [window](const QString &current, const QStringList &painPoints, const QString &step) {
            DemoCommands(*window).verdicts(current, painPoints, step);
        });
    view->showFullScreen();
    view->activateWindow();
    view->setFocus();
}

void DemoCommands::verdicts(const QString &currentJourney, const QStringList &painPoints,
                            const QString &walkthroughStep) {
    Document *document = mWindow.document();
    if (!document)
        return;
    const Workspace &ws = document->workspace();
    QString current = currentJourney;
    if (current.isEmpty())
        current = painpoints::pairOf(ws, mWindow.activeJourney()).current;
    if (!ws.find<Journey>(current)) {
        QMessageBox::information(&mWindow, tr("Residents' Verdicts"),
                                 tr("Open a persona's current journey, or its ideal journey: "
                                    "the residents judge the demo against today's pain points."));
        return;
    }
    // Over the walkthrough when it runs full screen, else over the window.
    QWidget *parent = QApplication::activeWindow() ? QApplication::activeWindow() : &mWindow;
    VerdictsDialog dialog(*document, current, painPoints, parent);
    if (painPoints.isEmpty() && !walkthroughStep.isEmpty())
        dialog.setNote(tr("The step \"%1\" answers none of today's pain points: all of them are "
                          "listed.")
                           .arg(walkthroughStep));
    dialog.exec();
}

void DemoCommands::exportDemoFindings() {
    Document *document = mWindow.document();
    if (!document)
        return;
    QString error;
    const std::optional<DemoFindings> report =
        DemoFindings::build(document->workspace(), QString(), &error);
    if (!report) {
        PlainText::warning(&mWindow, tr("Export Demo Findings"), error);
        return;
    }
    QString name;
    {
        const WorkspaceLanguage language(document->workspace());
        name = tr("%1 - demo findings.%2");
    }
    ReportSaver::save(mWindow, *report, tr("Export Demo Findings"), name);
}

void DemoCommands::exportTeamList(const QString &journey, const QString &team,
                                  const QString &status) {
    Document *document = mWindow.document();
    if (!document || team.isEmpty())
        return;
    // The formats that hold the consequence inventory, as they declare it.
    const ExporterRegistry &registry = ExporterRegistry::instance();
    QStringList filters;
    for (const Exporter *exporter : registry.exporters())
        if (exporter->capabilities().content == ExportCapabilities::Content::Inventory)
            filters << QStringLiteral("%1 (*.%2)")
                           .arg(QCoreApplication::translate("blauwdruk::ExportDialog",
                                                            exporter->capabilities().label),
                                exporter->extensions().join(QStringLiteral(" *.")));
    const QFileInfo file(document->filePath());
    const QString folder = document->isUntitled() ? QDir::homePath() : file.absolutePath();
    QString filter = filters.value(0);
    QString path =
        QFileDialog::getSaveFileName(&mWindow, tr("Export Work List of %1").arg(team),
                                     QDir(folder).filePath(tr("%1 - work list.md").arg(team)),
                                     filters.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    ExportOptions options;
    options.journey = journey;
    options.team = team;
    options.status = status;
    options.inventory = true;
    const Exporter *exporter = registry.resolve(registry.forFile(path), options);
    if (!exporter || exporter->capabilities().content != ExportCapabilities::Content::Inventory) {
        PlainText::warning(&mWindow, tr("Export Work List"),
                           tr("%1: a work list is written as CSV, Markdown or HTML; give the "
                              "file one of their extensions.")
                               .arg(path));
        return;
    }
    QString error;
    if (!exporter->write(document->workspace(), options, path, &error)) {
        PlainText::warning(&mWindow, tr("Export Work List"),
                           tr("%1 could not be written: %2").arg(path, error));
        return;
    }
    mWindow.statusBar()->showMessage(tr("Work list of %1 saved in %2.").arg(team, path), 10000);
}

} // namespace blauwdruk
