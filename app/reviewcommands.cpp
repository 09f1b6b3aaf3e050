#include "reviewcommands.h"

#include "blueprintscene.h"
#include "blueprintview.h"
#include "decisiondialog.h"
#include "labels.h"
#include "mainwindow.h"

#include <QStatusBar>

namespace blauwdruk {

namespace {

// Threads of the journey nobody has resolved yet.
int openThreads(const Workspace &ws, const QString &journey) {
    int open = 0;
    for (const Comment *comment : ws.orderedComments(journey))
        open += comment->parent.isEmpty() && !comment->resolved;
    return open;
}

} // namespace

ReviewCommands::ReviewCommands(MainWindow &window)
    : mWindow(window) {}

QString ReviewCommands::journey() const {
    const Document *document = mWindow.document();
    if (!document)
        return {};
    const QString active = mWindow.activeJourney();
    if (!active.isEmpty())
        return active;
    const std::vector<const Journey *> journeys = document->workspace().orderedJourneys();
    for (const Journey *journey : journeys)
        if (journey->status == QLatin1String("in_review"))
            return journey->id;
    return journeys.empty() ? QString() : journeys.front()->id;
}

void ReviewCommands::setReviewMode(bool on) {
    Document *document = mWindow.document();
    if (!document)
        return;
    document->setReviewMode(on);
    if (on && !mWindow.currentBlueprint() && !journey().isEmpty())
        mWindow.openJourney(journey());
    mWindow.statusBar()->showMessage(
        on ? tr("Review mode: the blueprint cannot be changed; comment on it and decide.")
           : tr("Review mode is off: the blueprint can be edited again."),
        10000);
}

bool ReviewCommands::decide(Review::Action action) {
    Document *document = mWindow.document();
    const QString journeyId = journey();
    if (!document || journeyId.isEmpty())
        return false;
    const Workspace &ws = document->workspace();
    if (const QString why = Review::refusal(ws, journeyId, action); !why.isEmpty()) {
        mWindow.statusBar()->showMessage(why, 10000);
        return false;
    }
    const Journey *journey = ws.find<Journey>(journeyId);
    const QString title = journey->title;
    const QString status = Labels::reviewStatus(journey->status);
    QString caption, explanation, accept;
    switch (action) {
    case Review::Action::Submit:
        caption = tr("Submit for Review");
        explanation =
            tr("\"%1\" (now: %2) goes to the policy makers for review.").arg(title, status);
        accept = tr("Submit");
        break;
    case Review::Action::Approve:
        caption = tr("Approve");
        explanation = tr("Approve \"%1\" (now: %2) as it is now. The approved state is kept as a "
                         "version; any later change of its content shows as changed since "
                         "approval.")
                          .arg(title, status);
        accept = tr("Approve");
        if (const int open = openThreads(ws, journeyId); open > 0)
            explanation += QLatin1Char(' ') + tr("Comments on it still open: %1.").arg(open);
        break;
    case Review::Action::RequestChanges:
        caption = tr("Request Changes");
        explanation = tr("Send \"%1\" (now: %2) back to its makers, saying what should change.")
                          .arg(title, status);
        accept = tr("Request Changes");
        break;
    case Review::Action::BackToConcept:
        caption = tr("Back to Concept");
        explanation = tr("\"%1\" (now: %2) becomes a concept again.").arg(title, status);
        accept = tr("Back to Concept");
        break;
    }
    DecisionDialog dialog(caption, explanation, accept, action == Review::Action::RequestChanges,
                          &mWindow);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Review review(*document);
    if (!review.decide(journeyId, action, dialog.name(), dialog.role(), dialog.remark())) {
        mWindow.statusBar()->showMessage(review.error(), 10000);
        return false;
    }
    mWindow.statusBar()->showMessage(
        tr("\"%1\" has a new status: %2.")
            .arg(title, Labels::reviewStatus(Review::statusAfter(action))),
        10000);
    return true;
}

} // namespace blauwdruk
