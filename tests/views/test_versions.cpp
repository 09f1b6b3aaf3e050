#include "blueprintscene.h"
#include "blueprintview.h"
#include "changespanel.h"
#include "edits.h"
#include "examplewindow.h"
#include "modaldialog.h"
#include "review.h"
#include "versionsdialog.h"
#include "windowactions.h"

#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>

using namespace blauwdruk;
using test::namedChild;

namespace {

void trigger(test::ExampleWindow &w, WindowActions::Id id) {
    QAction *action = w.window.windowActions()->action(id);
    REQUIRE(action->isEnabled());
    action->trigger();
}

// Opens File › Versions… and runs `use` on the dialog (which must close it).
void withVersions(test::ExampleWindow &w, const std::function<void(VersionsDialog *)> &use) {
    test::withModalDialog<VersionsDialog>([&] { trigger(w, WindowActions::Versions); }, use);
}

void click(QWidget *dialog, const char *button) {
    QTest::mouseClick(namedChild<QPushButton>(dialog, button), Qt::LeftButton);
}

// Clicks a version in the list by its name, as a user does.
void selectVersion(VersionsDialog *dialog, const QString &name) {
    QTreeWidget *list = dialog->list();
    const QList<QTreeWidgetItem *> found = list->findItems(name, Qt::MatchExactly, 0);
    REQUIRE(found.size() == 1);
    list->scrollToItem(found.front());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(found.front()).center());
    REQUIRE(found.front()->isSelected());
}

QStringList versionNames(const Workspace &ws) {
    QStringList names;
    for (const Version *version : ws.orderedVersions())
        names << version->name;
    return names;
}

// Answers the message box `open` shows with `button`; returns its text.
QString answer(const std::function<void()> &open, QMessageBox::StandardButton button) {
    QString text;
    test::withModalDialog<QMessageBox>(open, [&](QMessageBox *box) {
        text = box->text();
        QTest::mouseClick(box->button(button), Qt::LeftButton);
    });
    return text;
}

// Saves a version called `name`, then retitles the first card: returns
// that card as it was in the version.
Card versionThenRetitle(test::ExampleWindow &w, const QString &name, const QString &title) {
    const Card original = w.ws().cards.front();
    REQUIRE(!Edits(w.doc()).createVersion(name).isEmpty());
    REQUIRE(
        Edits(w.doc()).setField(EntityType::Card, {original.id}, QStringLiteral("title"), title));
    return original;
}

// The main windows other than the test's: versions shown read-only.
std::vector<MainWindow *> otherWindows(const MainWindow &main) {
    std::vector<MainWindow *> found;
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *window = qobject_cast<MainWindow *>(widget); window && window != &main)
            found.push_back(window);
    return found;
}

} // namespace

TEST_CASE("Versions: a version saved through the dialog is listed and in the file") {
    test::ExampleWindow w;
    withVersions(w, [&](VersionsDialog *dialog) {
        test::withModalDialog<QInputDialog>([&] { click(dialog, "SaveVersion"); },
                                            [&](QInputDialog *input) {
                                                auto *edit = input->findChild<QLineEdit *>();
                                                REQUIRE(edit);
                                                QTest::keyClicks(edit,
                                                                 QStringLiteral("na sessie 2"));
                                                QTest::keyClick(edit, Qt::Key_Return);
                                            });
        CHECK(dialog->list()->findItems(QStringLiteral("na sessie 2"), Qt::MatchExactly).size() ==
              1);
        dialog->reject();
    });
    CHECK(versionNames(w.ws()).contains(QStringLiteral("na sessie 2")));
    w.saved();
    QString error;
    const auto reopened = Document::open(w.path, Store::Mode::ReadOnly, &error);
    REQUIRE(reopened);
    CHECK(versionNames(reopened->workspace()).contains(QStringLiteral("na sessie 2")));
}

TEST_CASE("Versions: restoring undoes the edits made since, and Undo brings them back") {
    test::ExampleWindow w;
    const Card original =
        versionThenRetitle(w, QStringLiteral("voor de sessie"), QStringLiteral("Na de sessie"));
    withVersions(w, [&](VersionsDialog *dialog) {
        selectVersion(dialog, QStringLiteral("voor de sessie"));
        const QString question = answer([&] { click(dialog, "RestoreVersion"); }, QMessageBox::Yes);
        CHECK(question.contains(QStringLiteral("voor de sessie")));
        dialog->reject();
    });
    CHECK(w.ws().find<Card>(original.id)->title == original.title);
    w.saved();
    trigger(w, WindowActions::Undo);
    CHECK(w.ws().find<Card>(original.id)->title == QStringLiteral("Na de sessie"));
    // The version itself stays: a restore changes content, not history.
    CHECK(versionNames(w.ws()).contains(QStringLiteral("voor de sessie")));
}

TEST_CASE("Versions: Cancel restores nothing, and Delete removes a version after asking") {
    test::ExampleWindow w;
    REQUIRE(!Edits(w.doc()).createVersion(QStringLiteral("weg ermee")).isEmpty());
    const std::string before = test::canonical(w.ws());
    withVersions(w, [&](VersionsDialog *dialog) {
        selectVersion(dialog, QStringLiteral("weg ermee"));
        answer([&] { click(dialog, "RestoreVersion"); }, QMessageBox::Cancel);
        CHECK(test::canonical(w.ws()) == before);
        answer([&] { click(dialog, "DeleteVersion"); }, QMessageBox::Yes);
        CHECK(dialog->list()->topLevelItemCount() == 0);
        dialog->reject();
    });
    CHECK(w.ws().versions.empty());
    w.saved();
    trigger(w, WindowActions::Undo);
    CHECK(versionNames(w.ws()) == QStringList{QStringLiteral("weg ermee")});
}

TEST_CASE("Versions: in review mode a version is saved, but not restored or deleted") {
    test::ExampleWindow w;
    REQUIRE(!Edits(w.doc()).createVersion(QStringLiteral("eerder")).isEmpty());
    w.doc().setReviewMode(true);
    const std::string before = test::canonical(w.ws());
    withVersions(w, [&](VersionsDialog *dialog) {
        selectVersion(dialog, QStringLiteral("eerder"));
        CHECK(answer([&] { click(dialog, "RestoreVersion"); }, QMessageBox::Ok)
                  .contains(QStringLiteral("review mode")));
        CHECK(answer([&] { click(dialog, "DeleteVersion"); }, QMessageBox::Ok)
                  .contains(QStringLiteral("review mode")));
        CHECK(test::canonical(w.ws()) == before);
        test::withModalDialog<QInputDialog>([&] { click(dialog, "SaveVersion"); },
                                            [&](QInputDialog *input) {
                                                input->setTextValue(QStringLiteral("tijdens"));
                                                input->accept();
                                            });
        dialog->reject();
    });
    CHECK(versionNames(w.ws()) == QStringList{QStringLiteral("eerder"), QStringLiteral("tijdens")});
}

TEST_CASE("Versions: Open shows a version read-only in its own window, titled with it") {
    test::ExampleWindow w;
    const Card original = versionThenRetitle(w, QStringLiteral("oud"), QStringLiteral("Nieuw"));
    withVersions(w, [&](VersionsDialog *dialog) {
        selectVersion(dialog, QStringLiteral("oud"));
        click(dialog, "OpenVersion");
    });
    const std::vector<MainWindow *> opened = otherWindows(w.window);
    REQUIRE(opened.size() == 1);
    std::unique_ptr<MainWindow> shown(opened.front());
    REQUIRE(QTest::qWaitForWindowExposed(shown.get()));
    CHECK(shown->windowTitle().contains(QStringLiteral("oud")));
    CHECK(shown->windowTitle().contains(QStringLiteral("read-only")));
    Document *version = shown->document();
    REQUIRE(version);
    CHECK(version->isReadOnly());
    CHECK(version->workspace().find<Card>(original.id)->title == original.title);

    // Nothing edits it: not the keyboard on its canvas, not the Versions dialog.
    BlueprintView *canvas = shown->currentBlueprint();
    REQUIRE(canvas);
    const std::string before = test::canonical(version->workspace());
    canvas->showCard(original.id);
    QTest::keyClick(canvas, Qt::Key_Delete);
    QTest::keyClicks(canvas, QStringLiteral("x"));
    CHECK(!shown->windowActions()->action(WindowActions::Undo)->isEnabled());
    test::withModalDialog<VersionsDialog>(
        [&] { shown->windowActions()->action(WindowActions::Versions)->trigger(); },
        [&](VersionsDialog *dialog) {
            CHECK(answer([&] { click(dialog, "SaveVersion"); }, QMessageBox::Ok)
                      .contains(QStringLiteral("read-only")));
            dialog->reject();
        });
    CHECK(test::canonical(version->workspace()) == before);
    // The workspace itself is as it was.
    CHECK(w.ws().find<Card>(original.id)->title == QStringLiteral("Nieuw"));
}

TEST_CASE("Show Changes marks the content changed since approval, not a colour") {
    test::ExampleWindow w;
    const QString journey = w.window.activeJourney();
    REQUIRE(!journey.isEmpty());
    // The example's journeys are in review or approved already.
    Review review(w.doc());
    REQUIRE(review.decide(journey, Review::Action::Approve, QStringLiteral("Bert"),
                          QStringLiteral("opdrachtgever"), QString()));

    // Four cards of the journey: retitled, moved to another step, coloured,
    // and one added.
    std::vector<const Card *> cards;
    for (const Card &card : w.ws().cards)
        if (card.journey == journey)
            cards.push_back(&card);
    REQUIRE(cards.size() >= 3);
    const QString retitled = cards[0]->id, moved = cards[1]->id, coloured = cards[2]->id;
    QString otherStep;
    for (const Step *step : w.ws().orderedSteps(journey))
        if (step->id != cards[1]->step)
            otherStep = step->id;
    const QString movedLane = cards[1]->lane, addStep = cards[0]->step, addLane = cards[0]->lane;
    Edits edits(w.doc());
    REQUIRE(edits.setField(EntityType::Card, {retitled}, QStringLiteral("title"),
                           QStringLiteral("Een nieuwe titel")));
    REQUIRE(edits.moveCards({moved}, otherStep, movedLane, -1));
    REQUIRE(edits.setField(EntityType::Card, {coloured}, QStringLiteral("colour"),
                           QStringLiteral("#aa3300")));
    const QString added = edits.addCard(addStep, addLane, QStringLiteral("Erbij gekomen"));
    REQUIRE(!added.isEmpty());

    trigger(w, WindowActions::ShowChanges);
    ChangesPanel *panel = w.window.changesPanel();
    REQUIRE(panel->isActive());
    CHECK(panel->isVisible());
    CHECK(panel->title().contains(QStringLiteral("Bert")));
    std::map<QString, std::pair<DiffEntry::Kind, QStringList>> listed;
    for (const DiffEntry &entry : panel->entries())
        listed[entry.id] = {entry.kind, entry.fields};
    using Kind = DiffEntry::Kind;
    const std::map<QString, std::pair<Kind, QStringList>> expected{
        {retitled, {Kind::Changed, {QStringLiteral("title")}}},
        {moved, {Kind::Moved, {}}},
        {added, {Kind::Added, {}}}};
    CHECK(listed == expected);
    CHECK(panel->list()->topLevelItemCount() == 3);

    BlueprintView *canvas = w.window.currentBlueprint();
    REQUIRE(canvas);
    QStringList marked;
    for (const ChangeMarks::Mark &mark :
         canvas->changeMarks().marks(canvas->blueprintScene()->layout()))
        marked << mark.id;
    marked.sort();
    QStringList wanted{retitled, moved, added};
    wanted.sort();
    CHECK(marked == wanted);

    // The added card's green badge is on the screen, at its top right corner.
    const QRectF rect = canvas->blueprintScene()->layout().card(added)->rect;
    canvas->reveal(rect.adjusted(-30, -30, 30, 30));
    const QPoint badge = canvas->mapFromScene(rect.topRight() + QPointF(4.5, 4.5));
    const QColor seen = canvas->viewport()->grab().toImage().pixelColor(badge);
    CHECK(qAbs(seen.red() - 0x2E) < 40);
    CHECK(qAbs(seen.green() - 0x8B) < 40);
    CHECK(qAbs(seen.blue() - 0x3E) < 40);

    // Activating the retitled card in the list goes to it.
    QTreeWidget *list = panel->list();
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (panel->entries()[size_t(i)].id == retitled)
            list->setCurrentItem(list->topLevelItem(i));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    CHECK(canvas->selectedCardIds() == QStringList{retitled});

    // An edit after that is listed at once; Clear ends the marking.
    REQUIRE(Edits(w.doc()).setField(EntityType::Card, {coloured}, QStringLiteral("title"),
                                    QStringLiteral("Ook anders")));
    CHECK(panel->entries().size() == 4);
    CHECK(canvas->changeMarks().entries().size() == 4);
    QTest::mouseClick(namedChild<QPushButton>(panel, "ClearChanges"), Qt::LeftButton);
    CHECK(!panel->isActive());
    CHECK(canvas->changeMarks().isEmpty());
    const QColor after = canvas->viewport()->grab().toImage().pixelColor(badge);
    CHECK(after != seen);
}

TEST_CASE("View Approved State opens the approved journey read-only") {
    test::ExampleWindow w;
    const QString journey = w.window.activeJourney();
    // The example's journeys are in review or approved already.
    Review review(w.doc());
    REQUIRE(review.decide(journey, Review::Action::Approve, QStringLiteral("Bert"), QString(),
                          QString()));
    const Card original = *w.ws().find<Card>(w.ws().cards.front().id);
    REQUIRE(Edits(w.doc()).setField(EntityType::Card, {original.id}, QStringLiteral("title"),
                                    QStringLiteral("Later veranderd")));
    trigger(w, WindowActions::ViewApprovedState);
    const std::vector<MainWindow *> opened = otherWindows(w.window);
    REQUIRE(opened.size() == 1);
    std::unique_ptr<MainWindow> shown(opened.front());
    REQUIRE(shown->document());
    CHECK(shown->document()->isReadOnly());
    CHECK(shown->windowTitle().contains(QStringLiteral("read-only")));
    CHECK(shown->document()->workspace().find<Card>(original.id)->title == original.title);
    CHECK(shown->activeJourney() == journey);
}

TEST_CASE("Versions: comparing two versions marks the newer one, shown read-only") {
    test::ExampleWindow w;
    const QString journey = w.window.activeJourney();
    const Card *card = nullptr;
    for (const Card &c : w.ws().cards)
        if (c.journey == journey)
            card = &c;
    REQUIRE(card);
    const QString id = card->id;
    REQUIRE(!Edits(w.doc()).createVersion(QStringLiteral("een")).isEmpty());
    REQUIRE(Edits(w.doc()).setField(EntityType::Card, {id}, QStringLiteral("text"),
                                    QStringLiteral("Uitgebreider")));
    REQUIRE(!Edits(w.doc()).createVersion(QStringLiteral("twee")).isEmpty());
    withVersions(w, [&](VersionsDialog *dialog) {
        dialog->list()->selectAll();
        click(dialog, "CompareVersions");
    });
    const std::vector<MainWindow *> opened = otherWindows(w.window);
    REQUIRE(opened.size() == 1);
    std::unique_ptr<MainWindow> shown(opened.front());
    CHECK(shown->windowTitle().contains(QStringLiteral("twee")));
    ChangesPanel *panel = shown->changesPanel();
    REQUIRE(panel->entries().size() == 1);
    CHECK(panel->entries().front().id == id);
    CHECK(panel->entries().front().fields == QStringList{QStringLiteral("text")});
    BlueprintView *canvas = shown->currentBlueprint();
    REQUIRE(canvas);
    CHECK(canvas->changeMarks().marks(canvas->blueprintScene()->layout()).size() == 1);
    CHECK(!w.window.changesPanel()->isActive());
}
