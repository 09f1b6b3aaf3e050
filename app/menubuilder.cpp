#include "menubuilder.h"

#include "canvasactions.h"
#include "windowactions.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>

namespace blauwdruk {

namespace {

using C = CanvasActions;
using W = WindowActions;

// A null id is a separator.
template <typename Actions, typename Id>
void add(QMenu *menu, const Actions &actions, std::initializer_list<std::optional<Id>> ids) {
    for (const std::optional<Id> &id : ids)
        if (id)
            menu->addAction(actions.action(*id));
        else
            menu->addSeparator();
}

} // namespace

MenuBuilder::MenuBuilder(QMainWindow &window, const WindowActions &windowActions,
                         const CanvasActions &canvasActions)
    : mWindow(window)
    , mWindowActions(windowActions)
    , mCanvasActions(canvasActions) {}

QMenu *MenuBuilder::build() {
    buildToolBar(); // first, so that View can show and hide it
    QMenu *recent = buildFileMenu();
    buildEditMenu();
    buildViewMenu();
    buildInsertMenu();
    buildCardMenu();
    buildStructureMenu();
    buildJourneyMenu();
    buildReviewMenu();
    buildSessionMenu();
    buildHelpMenu();
    return recent;
}

QMenu *MenuBuilder::buildFileMenu() {
    QMenu *file = mWindow.menuBar()->addMenu(tr("&File"));
    add<W, W::Id>(file, mWindowActions, {W::New, W::Open});
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    recent->setObjectName(QStringLiteral("RecentMenu"));
    add<W, W::Id>(file, mWindowActions,
                  {W::Save, W::SaveAs, std::nullopt, W::Export, W::ImportFromWorkspace,
                   W::OpenLibrary, std::nullopt, W::WorkspaceProperties, W::Versions, std::nullopt,
                   W::CloseTab, W::Close, std::nullopt, W::Quit});
    return recent;
}

void MenuBuilder::buildEditMenu() {
    QMenu *edit = mWindow.menuBar()->addMenu(tr("&Edit"));
    add<W, W::Id>(edit, mWindowActions, {W::Undo, W::Redo, std::nullopt});
    add<C, C::Id>(edit, mCanvasActions,
                  {C::Cut, C::Copy, C::Paste, C::Duplicate, C::DeleteCards, std::nullopt,
                   C::SelectAll, std::nullopt});
    add<W, W::Id>(edit, mWindowActions, {W::Find, W::EditProperties});
    add<C, C::Id>(edit, mCanvasActions, {std::nullopt, C::AddComment});
    add<W, W::Id>(edit, mWindowActions, {std::nullopt, W::Preferences});
}

void MenuBuilder::buildViewMenu() {
    QMenu *view = mWindow.menuBar()->addMenu(tr("&View"));
    add<C, C::Id>(view, mCanvasActions,
                  {C::ZoomIn, C::ZoomOut, C::FitToWindow, C::ActualSize, std::nullopt});
    add<W, W::Id>(view, mWindowActions,
                  {W::ReviewMode, W::ShowChanges, W::ViewApprovedState, std::nullopt,
                   W::SessionMode, W::Walkthrough, std::nullopt, W::NextTab, W::PreviousTab});
    view->addSeparator();
    // The docks and the toolbar, to hide for a clean projector view and to
    // bring back; in a menu of their own, so that View's entries keep an
    // Alt letter each.
    QMenu *panels = view->addMenu(tr("&Panels"));
    panels->setObjectName(QStringLiteral("panelsMenu"));
    for (QDockWidget *dock : mWindow.findChildren<QDockWidget *>())
        panels->addAction(dock->toggleViewAction());
    for (QToolBar *bar : mWindow.findChildren<QToolBar *>())
        panels->addAction(bar->toggleViewAction());
}

void MenuBuilder::buildInsertMenu() {
    QMenu *insert = mWindow.menuBar()->addMenu(tr("&Insert"));
    add<C, C::Id>(insert, mCanvasActions,
                  {C::AddCard, C::Connect, std::nullopt, C::InsertStageBefore, C::InsertStageAfter,
                   std::nullopt, C::InsertStepBefore, C::InsertStepAfter, std::nullopt,
                   C::InsertLaneAbove, C::InsertLaneBelow, std::nullopt, C::QuickCapture});
}

void MenuBuilder::buildCardMenu() {
    QMenu *card = mWindow.menuBar()->addMenu(tr("&Card"));
    add<C, C::Id>(card, mCanvasActions, {C::EditCard});
    card->addMenu(mCanvasActions.kindMenu());
    card->addMenu(mCanvasActions.statusMenu());
    card->addMenu(mCanvasActions.evidenceMenu());
    add<C, C::Id>(
        card, mCanvasActions,
        {std::nullopt, C::MoveCardsLeft, C::MoveCardsRight, C::MoveCardsUp, C::MoveCardsDown});
}

void MenuBuilder::buildStructureMenu() {
    QMenu *structure = mWindow.menuBar()->addMenu(tr("&Structure"));
    add<C, C::Id>(structure, mCanvasActions,
                  {C::RenameStage, C::MoveStageLeft, C::MoveStageRight, C::DeleteStage,
                   std::nullopt, C::RenameStep, C::MoveStepLeft, C::MoveStepRight, C::DeleteStep,
                   std::nullopt, C::RenameLane, C::MoveLaneUp, C::MoveLaneDown, C::DeleteLane});
}

void MenuBuilder::buildJourneyMenu() {
    QMenu *journey = mWindow.menuBar()->addMenu(tr("&Journey"));
    add<W, W::Id>(journey, mWindowActions,
                  {W::NewJourney, W::MakeIdealVersion, W::Compare, std::nullopt, W::HealthCheck,
                   W::WorkList, std::nullopt, W::DemoVerdicts, W::ExportDemoFindings, std::nullopt,
                   W::PublishToLibrary, std::nullopt, W::NewPersona, W::ShowPersonas,
                   W::ExportPersonaSheets});
}

void MenuBuilder::buildReviewMenu() {
    QMenu *review = mWindow.menuBar()->addMenu(tr("&Review"));
    add<W, W::Id>(review, mWindowActions,
                  {W::ReviewMode, std::nullopt, W::SubmitForReview, W::Approve, W::RequestChanges,
                   W::BackToConcept});
}

// Everything a facilitator runs a work session with; in session mode the
// menu bar is hidden, and every item here has a key that still works.
void MenuBuilder::buildSessionMenu() {
    QMenu *session = mWindow.menuBar()->addMenu(tr("Sessi&on"));
    session->setObjectName(QStringLiteral("sessionMenu"));
    add<W, W::Id>(session, mWindowActions, {W::SessionMode, std::nullopt});
    // The focus's six and the timer's five in menus of their own, so that
    // every entry of Session keeps an Alt letter of its own (AccessKeys).
    QMenu *focus = session->addMenu(tr("&Focus"));
    focus->setObjectName(QStringLiteral("focusMenu"));
    add<W, W::Id>(focus, mWindowActions,
                  {W::FocusStep, W::FocusStage, W::FocusLane, W::ClearFocus, std::nullopt,
                   W::NextFocus, W::PreviousFocus});
    QMenu *timer = session->addMenu(tr("&Timer"));
    timer->setObjectName(QStringLiteral("timerMenu"));
    add<W, W::Id>(timer, mWindowActions,
                  {W::StartPauseTimer, W::TimerPlusMinute, W::TimerMinusMinute, W::ResetTimer,
                   W::TimerSound});
    add<W, W::Id>(session, mWindowActions,
                  {std::nullopt, W::Agenda, W::NextBlock, W::PreviousBlock, W::LockStructure,
                   W::ParkItem, std::nullopt, W::StartLiveSession, W::ShowJoinCode,
                   W::StopLiveSession, std::nullopt, W::EndSession, W::LeaveSessionMode});
}

void MenuBuilder::buildHelpMenu() {
    QMenu *help = mWindow.menuBar()->addMenu(tr("&Help"));
    add<W, W::Id>(help, mWindowActions, {W::KeyboardShortcuts, std::nullopt, W::About});
}

void MenuBuilder::buildToolBar() {
    QToolBar *bar = mWindow.addToolBar(tr("Toolbar"));
    bar->setObjectName(QStringLiteral("MainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    for (QAction *action :
         {mWindowActions.action(W::Undo), mWindowActions.action(W::Redo), (QAction *)nullptr,
          mCanvasActions.action(C::AddCard), mCanvasActions.action(C::Connect),
          mCanvasActions.action(C::DeleteCards), (QAction *)nullptr,
          mCanvasActions.action(C::ZoomOut), mCanvasActions.action(C::ZoomIn),
          mCanvasActions.action(C::FitToWindow), (QAction *)nullptr,
          mWindowActions.action(W::Find)})
        if (action)
            bar->addAction(action);
        else
            bar->addSeparator();
}

} // namespace blauwdruk
