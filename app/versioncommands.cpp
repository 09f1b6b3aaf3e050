#include "versioncommands.h"

#include "document.h"
#include "jsoncodec.h"
#include "mainwindow.h"
#include "plaintext.h"
#include "review.h"
#include "versionsdialog.h"

#include <QDateTime>
#include <QInputDialog>
#include <QLocale>

namespace blauwdruk {

namespace {

QString localDate(const QString &isoUtc) {
    return QLocale().toString(QDateTime::fromString(isoUtc, Qt::ISODate).toLocalTime(),
                              QLocale::ShortFormat);
}

std::optional<Workspace> stateOf(const Version &version, QString *error) {
    return JsonCodec::read(version.snapshot.toUtf8(), error);
}

} // namespace

VersionCommands::VersionCommands(MainWindow &window)
    : mWindow(window) {}

void VersionCommands::warn(const QString &title, const QString &text) {
    PlainText::warning(&mWindow, title, text);
}

void VersionCommands::showVersions() {
    Document *document = mWindow.document();
    if (!document)
        return;
    VersionsDialog dialog(document, &mWindow);
    dialog.exec();
    // Opening and comparing show windows and docks: after the dialog.
    if (dialog.request() == VersionsDialog::Request::Open)
        openVersion(dialog.requestedVersions().value(0));
    else if (dialog.request() == VersionsDialog::Request::Compare)
        compare(dialog.requestedVersions());
}

QString VersionCommands::versionLabel(const QString &versionId) const {
    const Version *version = mWindow.document()->workspace().find<Version>(versionId);
    return version ? tr("Version \"%1\" of %2").arg(version->name, localDate(version->created))
                   : QString();
}

MainWindow *VersionCommands::openReadOnly(const Workspace &workspace, const QString &label,
                                          const QString &journey) {
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    QString error;
    if (!window->documents()->openSnapshot(workspace, label, &error)) {
        delete window;
        warn(tr("Cannot show the version"), error);
        return nullptr;
    }
    if (!journey.isEmpty())
        window->openJourney(journey);
    window->show();
    return window;
}

MainWindow *VersionCommands::openVersion(const QString &versionId) {
    const Version *version =
        mWindow.document() ? mWindow.document()->workspace().find<Version>(versionId) : nullptr;
    if (!version)
        return nullptr;
    QString error;
    const std::optional<Workspace> state = stateOf(*version, &error);
    if (!state) {
        warn(tr("Cannot show the version"),
             tr("The version \"%1\" cannot be read: %2").arg(version->name, error));
        return nullptr;
    }
    return openReadOnly(*state, versionLabel(versionId), mWindow.activeJourney());
}

void VersionCommands::compare(const QStringList &versionIds) {
    Document *document = mWindow.document();
    if (!document || versionIds.isEmpty())
        return;
    QString journey = mWindow.activeJourney();
    if (journey.isEmpty() && !document->workspace().journeys.empty())
        journey = document->workspace().orderedJourneys().front()->id;
    if (versionIds.size() == 1)
        return compareWithNow(versionIds.front(), journey);
    const Workspace &ws = document->workspace();
    const Version *older = ws.find<Version>(versionIds.value(0));
    const Version *newer = ws.find<Version>(versionIds.value(1));
    if (!older || !newer)
        return;
    QString error;
    std::optional<Workspace> before = stateOf(*older, &error);
    std::optional<Workspace> after = before ? stateOf(*newer, &error) : std::nullopt;
    if (!before || !after)
        return warn(tr("Cannot compare"), error);
    const Journey *shown = after->find<Journey>(journey);
    const QString title =
        tr("Changes in \"%1\" from version \"%2\" (%3) to \"%4\" (%5)")
            .arg(shown ? shown->title : QString(), older->name, localDate(older->created),
                 newer->name, localDate(newer->created));
    // The marks go on the newer version, shown read-only.
    if (MainWindow *window = openReadOnly(*after, versionLabel(newer->id), journey))
        window->showChanges(journey, std::move(*before), title, false);
}

void VersionCommands::compareWithNow(const QString &versionId, const QString &journey) {
    const Workspace &ws = mWindow.document()->workspace();
    const Version *version = ws.find<Version>(versionId);
    if (!version)
        return;
    QString error;
    std::optional<Workspace> before = stateOf(*version, &error);
    if (!before)
        return warn(tr("Cannot compare"),
                    tr("The version \"%1\" cannot be read: %2").arg(version->name, error));
    const Journey *shown = ws.find<Journey>(journey);
    mWindow.showChanges(
        journey, std::move(*before),
        tr("Changes in \"%1\" since version \"%2\" (%3)")
            .arg(shown ? shown->title : QString(), version->name, localDate(version->created)),
        false);
}

void VersionCommands::showChangesSinceApproval() {
    Document *document = mWindow.document();
    const QString journeyId = mWindow.activeJourney();
    const Journey *journey = document ? document->workspace().find<Journey>(journeyId) : nullptr;
    if (!journey)
        return warn(tr("Show Changes"), tr("Open a journey first."));
    const Workspace &ws = document->workspace();
    if (const Decision *approval = Review::approval(ws, journeyId)) {
        std::optional<Workspace> approved = Review::approvedState(ws, journeyId);
        if (!approved)
            return warn(tr("Show Changes"),
                        tr("The approved state of \"%1\" is no longer in the workspace (its "
                           "version was deleted).")
                            .arg(journey->title));
        // Only content counts, as for the approval's hash: a colour is no change.
        mWindow.showChanges(
            journeyId, std::move(*approved),
            tr("Changes in \"%1\" since approval on %2 by %3")
                .arg(journey->title, localDate(approval->decidedAt), approval->decidedBy),
            true);
        return;
    }
    const std::vector<const Version *> versions = ws.orderedVersions();
    if (versions.empty())
        return warn(tr("Show Changes"),
                    tr("\"%1\" has not been approved, and the workspace has no versions to "
                       "compare with. Save one in File › Versions.")
                        .arg(journey->title));
    QStringList names;
    for (auto it = versions.rbegin(); it != versions.rend(); ++it)
        names << QStringLiteral("%1 (%2)").arg((*it)->name, localDate((*it)->created));
    QInputDialog choose(&mWindow);
    choose.setObjectName(QStringLiteral("ChooseVersionDialog"));
    choose.setWindowTitle(tr("Show Changes"));
    choose.setLabelText(
        tr("\"%1\" has not been approved. Show the changes since a version:").arg(journey->title));
    choose.setComboBoxItems(names);
    choose.setComboBoxEditable(false);
    if (choose.exec() != QDialog::Accepted || !mWindow.document())
        return;
    const qsizetype index = names.indexOf(choose.textValue());
    if (index >= 0)
        compareWithNow(versions[size_t(versions.size() - 1 - size_t(index))]->id, journeyId);
}

void VersionCommands::viewApprovedState() {
    Document *document = mWindow.document();
    const QString journeyId = mWindow.activeJourney();
    const Journey *journey = document ? document->workspace().find<Journey>(journeyId) : nullptr;
    if (!journey)
        return warn(tr("View Approved State"), tr("Open a journey first."));
    const Decision *approval = Review::approval(document->workspace(), journeyId);
    if (!approval)
        return warn(tr("View Approved State"),
                    tr("\"%1\" has not been approved.").arg(journey->title));
    std::optional<Workspace> approved = Review::approvedState(document->workspace(), journeyId);
    if (!approved)
        return warn(tr("View Approved State"),
                    tr("The approved state of \"%1\" is no longer in the workspace (its version "
                       "was deleted).")
                        .arg(journey->title));
    openReadOnly(*approved,
                 tr("Approved state of \"%1\" (%2, %3)")
                     .arg(journey->title, localDate(approval->decidedAt), approval->decidedBy),
                 journeyId);
}

} // namespace blauwdruk
