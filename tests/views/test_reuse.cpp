// Issue 19: File › Import from Workspace… in the real window. Steps ticked
// in the other file's tree (by keyboard) arrive in the journey on the canvas
// as one undo step, and the Inspector says where they came from.
#include "blueprintview.h"
#include "edits.h"
#include "examplewindow.h"
#include "modaldialog.h"
#include "provenance.h"
#include "reusecommands.h"
#include "sourcepicker.h"
#include "store.h"
#include "takedialog.h"
#include "windowactions.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidgetItemIterator>
#include <QUndoStack>

using namespace blauwdruk;

namespace {

// The other municipality's file: the example under another name.
QString otherFile(const QTemporaryDir &dir) {
    Workspace ws = test::exampleWorkspace();
    ws.meta.title = QStringLiteral("Inkomen Deventer");
    ws.meta.organisation = QStringLiteral("Gemeente Deventer");
    const QString path = dir.filePath(QStringLiteral("deventer.blauwdruk"));
    QString error;
    REQUIRE(Store::writeNew(path, ws, &error));
    return path;
}

QTreeWidgetItem *rowOf(SourcePicker *picker, const QString &id) {
    for (QTreeWidgetItemIterator it(picker); *it; ++it)
        if ((*it)->data(0, Qt::UserRole).toString() == id)
            return *it;
    FAIL("no row for " << id.toStdString());
    return nullptr;
}

} // namespace

TEST_CASE("Reuse window: steps ticked by keyboard in Import from Workspace arrive with their "
          "cards and provenance, as one undo step") {
    test::ExampleWindow w;
    QTemporaryDir dir;
    const QString other = otherFile(dir);
    const Workspace source = test::exampleWorkspace();
    const QString ideal = w.journeyOfKind("ideal");
    w.window.openJourney(ideal);
    const std::vector<const Step *> sourceSteps = source.orderedSteps(ideal);
    const QStringList wanted{sourceSteps[0]->id, sourceSteps[1]->id};
    const size_t stepsBefore = w.ws().orderedSteps(ideal).size();
    const int undoBefore = w.doc().undoStack()->count();

    CHECK(w.window.windowActions()->action(WindowActions::ImportFromWorkspace)->isEnabled());
    bool taken = false;
    test::withModalDialog<TakeDialog>(
        [&] { taken = ReuseCommands(w.window).importFrom(other); },
        [&](TakeDialog *dialog) {
            auto *picker = dialog->picker();
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            CHECK_FALSE(ok->isEnabled()); // nothing ticked yet
            for (const QString &id : wanted) {
                picker->setCurrentItem(rowOf(picker, id));
                picker->setFocus();
                QTest::keyClick(picker, Qt::Key_Space);
                CHECK(rowOf(picker, id)->checkState(0) == Qt::Checked);
            }
            // The journey on the canvas is where steps go unless told.
            CHECK(test::namedChild<QComboBox>(dialog, "TakeIntoJourney")->currentData() == ideal);
            CHECK(test::namedChild<QLabel>(dialog, "TakeSummary")
                      ->text()
                      .contains(QLatin1String("2")));
            REQUIRE(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);
        });
    REQUIRE(taken);
    CHECK(w.doc().undoStack()->count() == undoBefore + 1);
    const std::vector<const Step *> after = w.ws().orderedSteps(ideal);
    REQUIRE(after.size() == stepsBefore + 2);
    std::vector<const Step *> copies;
    for (const Step *step : after)
        if (!step->origin.isEmpty())
            copies.push_back(step);
    REQUIRE(copies.size() == 2);
    const std::optional<Provenance> origin = Provenance::fromText(copies.front()->origin);
    REQUIRE(origin);
    CHECK(origin->organisation == QLatin1String("Gemeente Deventer"));
    CHECK(origin->file == QLatin1String("deventer.blauwdruk"));
    CHECK(wanted.contains(origin->original));
    w.saved();

    // The Inspector names the source of the step on the canvas.
    BlueprintView *view = w.window.currentBlueprint();
    REQUIRE(view);
    view->setCurrentCell({copies.front()->id, w.ws().orderedLanes(ideal).front()->id});
    QApplication::processEvents();
    QLabel *label = w.window.findChild<QLabel *>(QStringLiteral("origin"));
    REQUIRE(label);
    CHECK(label->text().contains(QLatin1String("Gemeente Deventer")));
    CHECK(label->text().contains(QLatin1String("deventer.blauwdruk")));

    // One undo takes it all back.
    w.doc().undoStack()->undo();
    CHECK(w.ws().orderedSteps(ideal).size() == stepsBefore);
    w.saved();
}

TEST_CASE("Reuse window: a file that is not a workspace is named, and nothing changes") {
    test::ExampleWindow w;
    QTemporaryDir dir;
    const QString junk = dir.filePath(QStringLiteral("notities.blauwdruk"));
    test::writeFile(junk, "Dit is geen werkruimte.\n");
    const std::string before = test::canonical(w.ws());
    bool taken = true;
    test::withModalDialog<QMessageBox>(
        [&] { taken = ReuseCommands(w.window).importFrom(junk); },
        [&](QMessageBox *box) {
            CHECK(box->text().contains(QLatin1String("notities.blauwdruk")));
            box->accept();
        });
    CHECK_FALSE(taken);
    CHECK(test::canonical(w.ws()) == before);
}

TEST_CASE("Reuse window: taking a journey from the same file again asks first, and Cancel takes "
          "nothing") {
    test::ExampleWindow w;
    QTemporaryDir dir;
    const QString other = otherFile(dir);
    const Workspace source = test::exampleWorkspace();
    const Journey *wanted = source.orderedJourneys().front();
    const QString journey = wanted->id;
    const QString title = wanted->title;
    // Ticks the journey and presses OK; `next` answers what opens then.
    // `kind` is what the tree said of the journey before it was ticked.
    QString kind;
    const auto takeJourney = [&](const std::function<void(QMessageBox *)> &next) {
        bool taken = false;
        test::withModalDialog<TakeDialog>(
            [&] { taken = ReuseCommands(w.window).importFrom(other); },
            [&](TakeDialog *dialog) {
                auto *picker = dialog->picker();
                kind = rowOf(picker, journey)->text(1);
                picker->setCurrentItem(rowOf(picker, journey));
                picker->setFocus();
                QTest::keyClick(picker, Qt::Key_Space);
                if (next)
                    test::answerNextDialog<QMessageBox>(next);
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            });
        return taken;
    };
    // The first time, nothing to ask, and nothing marked.
    REQUIRE(takeJourney({}));
    CHECK_FALSE(kind.contains(QStringLiteral("taken")));
    const size_t journeys = w.ws().journeys.size();
    const std::string once = test::canonical(w.ws());

    // The second time the window names the copy there already; Cancel,
    // the default, takes nothing.
    QString question;
    CHECK_FALSE(takeJourney([&](QMessageBox *box) {
        question = box->text() + QLatin1Char('\n') + box->informativeText();
        CHECK(box->defaultButton() == box->button(QMessageBox::Cancel));
        box->button(QMessageBox::Cancel)->click();
    }));
    CHECK(question.contains(title));
    // The tree said so before the journey was ticked: taken, and when.
    CHECK(kind.contains(QStringLiteral("taken ") +
                        QLocale().toString(QDate::currentDate(), QLocale::ShortFormat)));
    CHECK(question.contains(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat)));
    CHECK(test::canonical(w.ws()) == once);

    // Take Again makes the second copy, on purpose.
    CHECK(takeJourney([](QMessageBox *box) {
        for (QAbstractButton *button : box->buttons())
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
    }));
    CHECK(w.ws().journeys.size() == journeys + 1);
}
