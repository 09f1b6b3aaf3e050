// Item 5 of issue 13: File › Workspace Properties edits the workspace's own
// description, one undo step per field; File › New asks for the title first.
#include "edits.h"
#include "examplewindow.h"
#include "exporterregistry.h"
#include "modaldialog.h"
#include "windowactions.h"
#include "workspacepropertiesdialog.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace blauwdruk;

namespace {

using test::namedChild;

// Runs `fill` on the dialog that `open` shows, once it is open.
void withDialog(const std::function<void(WorkspacePropertiesDialog *)> &fill,
                const std::function<void()> &open) {
    test::withModalDialog<WorkspacePropertiesDialog>(open, fill);
}

QPushButton *button(QWidget *dialog, QDialogButtonBox::StandardButton which) {
    QPushButton *found = dialog->findChild<QDialogButtonBox *>()->button(which);
    REQUIRE(found);
    return found;
}

// Replaces a field's text by typing, as a user who selected it all.
void retype(QLineEdit *edit, const QString &text) {
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

void retype(QPlainTextEdit *edit, const QString &text) {
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

void trigger(test::ExampleWindow &w, WindowActions::Id id) {
    QAction *action = w.window.windowActions()->action(id);
    REQUIRE(action->isEnabled());
    action->trigger();
}

} // namespace

TEST_CASE("Workspace properties: every field is edited in the dialog, one undo step each") {
    test::ExampleWindow w;
    const WorkspaceMeta before = w.ws().meta;
    QUndoStack *stack = w.doc().undoStack();
    const int steps = stack->count();
    withDialog(
        [&](WorkspacePropertiesDialog *dialog) {
            auto *title = namedChild<QLineEdit>(dialog, "WorkspaceTitle");
            CHECK(dialog->focusWidget() == title); // ready to type the title
            CHECK(title->text() == QStringLiteral("Minimaregelingen"));
            retype(title, QStringLiteral("Minimaregelingen Zwolle 2025"));
            retype(namedChild<QLineEdit>(dialog, "WorkspaceOrganisation"),
                   QStringLiteral("Gemeente Zwolle"));
            retype(namedChild<QLineEdit>(dialog, "WorkspaceTheme"), QStringLiteral("Armoede"));
            retype(namedChild<QPlainTextEdit>(dialog, "WorkspaceDescription"),
                   QStringLiteral("Werksessies van het voorjaar"));
            auto *language = namedChild<QComboBox>(dialog, "WorkspaceLanguage");
            CHECK(language->currentData() == QStringLiteral("nl"));
            test::chooseItem(language, language->findData(QStringLiteral("en")));
            auto *authors = namedChild<QPlainTextEdit>(dialog, "WorkspaceAuthors");
            CHECK(authors->toPlainText() == before.authors.join(QLatin1Char('\n')));
            retype(authors, QStringLiteral("Ans de Vries"));
            QTest::keyClick(authors, Qt::Key_Return);
            QTest::keyClicks(authors, QStringLiteral("  Bram Jansen  "));
            QTest::keyClick(authors, Qt::Key_Return); // an empty line is no author
            QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        },
        [&] { trigger(w, WindowActions::WorkspaceProperties); });

    const WorkspaceMeta &meta = w.ws().meta;
    CHECK(meta.title == QStringLiteral("Minimaregelingen Zwolle 2025"));
    CHECK(meta.organisation == QStringLiteral("Gemeente Zwolle"));
    CHECK(meta.theme == QStringLiteral("Armoede"));
    CHECK(meta.description == QStringLiteral("Werksessies van het voorjaar"));
    CHECK(meta.language == QStringLiteral("en"));
    CHECK(meta.authors ==
          QStringList{QStringLiteral("Ans de Vries"), QStringLiteral("Bram Jansen")});
    w.saved();
    CHECK(w.window.windowTitle().startsWith(QStringLiteral("Minimaregelingen Zwolle 2025")));

    // One undo step per field, each named after its field, in the table's order.
    REQUIRE(stack->count() == steps + 6);
    const QStringList names{"title", "organisation", "theme", "description", "language", "authors"};
    for (int i = 0; i < names.size(); ++i)
        CHECK(stack->text(steps + i) == QStringLiteral("Change workspace ") + names[i]);
    stack->undo();
    CHECK(w.ws().meta.authors == before.authors);
    CHECK(w.ws().meta.language == QStringLiteral("en"));
    for (int i = 1; i < names.size(); ++i)
        stack->undo();
    CHECK(sameFields(w.ws().meta, before));
    w.saved();
}

TEST_CASE("Workspace properties: Cancel changes nothing, and an unchanged field makes no step") {
    test::ExampleWindow w;
    const WorkspaceMeta before = w.ws().meta;
    QUndoStack *stack = w.doc().undoStack();
    const int steps = stack->count();
    withDialog(
        [](WorkspacePropertiesDialog *dialog) {
            retype(namedChild<QLineEdit>(dialog, "WorkspaceTitle"), QStringLiteral("Weggegooid"));
            QTest::mouseClick(button(dialog, QDialogButtonBox::Cancel), Qt::LeftButton);
        },
        [&] { trigger(w, WindowActions::WorkspaceProperties); });
    CHECK(sameFields(w.ws().meta, before));
    CHECK(stack->count() == steps);

    withDialog(
        [](WorkspacePropertiesDialog *dialog) {
            retype(namedChild<QLineEdit>(dialog, "WorkspaceTheme"), QStringLiteral("Schulden"));
            QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        },
        [&] { trigger(w, WindowActions::WorkspaceProperties); });
    CHECK(w.ws().meta.theme == QStringLiteral("Schulden"));
    CHECK(w.ws().meta.title == before.title);
    CHECK(stack->count() == steps + 1);
    w.saved();
}

TEST_CASE("Workspace properties: a file open elsewhere shows them without letting them change") {
    test::ExampleFile held; // holds the file open for writing, as another window would
    MainWindow window;
    REQUIRE(window.documents()->openFile(held.path));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.document()->isReadOnly());
    const WorkspaceMeta before = window.document()->workspace().meta;
    QAction *action = window.windowActions()->action(WindowActions::WorkspaceProperties);
    REQUIRE(action->isEnabled());
    withDialog(
        [&](WorkspacePropertiesDialog *dialog) {
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            CHECK_FALSE(buttons->button(QDialogButtonBox::Ok));
            auto *title = namedChild<QLineEdit>(dialog, "WorkspaceTitle");
            CHECK(title->isReadOnly());
            QTest::keyClicks(title, QStringLiteral("niet opgeslagen"));
            CHECK(title->text() == before.title);
            CHECK(namedChild<QPlainTextEdit>(dialog, "WorkspaceAuthors")->isReadOnly());
            CHECK_FALSE(namedChild<QComboBox>(dialog, "WorkspaceLanguage")->isEnabled());
            QPushButton *close = buttons->button(QDialogButtonBox::Close);
            REQUIRE(close);
            CHECK(close->isEnabled());
            QTest::mouseClick(close, Qt::LeftButton);
        },
        [&] { action->trigger(); });
    CHECK(sameFields(window.document()->workspace().meta, before));
    CHECK(window.document()->undoStack()->count() == 0);
}

TEST_CASE("File › New asks for the title first, and posters show it") {
    test::ExampleWindow w;

    // Cancelled: nothing is made, the open workspace stays.
    withDialog(
        [](WorkspacePropertiesDialog *dialog) {
            QTest::keyClicks(namedChild<QLineEdit>(dialog, "WorkspaceTitle"),
                             QStringLiteral("Half"));
            QTest::mouseClick(button(dialog, QDialogButtonBox::Cancel), Qt::LeftButton);
        },
        [&] { trigger(w, WindowActions::New); });
    REQUIRE(w.window.document());
    CHECK(w.doc().filePath() == w.path);

    withDialog(
        [](WorkspacePropertiesDialog *dialog) {
            auto *title = namedChild<QLineEdit>(dialog, "WorkspaceTitle");
            CHECK(dialog->focusWidget() == title);
            CHECK(title->text().isEmpty());
            QPushButton *create = button(dialog, QDialogButtonBox::Ok);
            CHECK_FALSE(create->isEnabled()); // a new workspace has a title
            QTest::keyClicks(title, QStringLiteral("Schuldhulp Deventer"));
            CHECK(create->isEnabled());
            QTest::keyClicks(namedChild<QLineEdit>(dialog, "WorkspaceOrganisation"),
                             QStringLiteral("Gemeente Deventer"));
            QTest::keyClick(title, Qt::Key_Return); // Enter creates it
        },
        [&] { trigger(w, WindowActions::New); });
    REQUIRE(w.window.document());
    Document &created = *w.window.document();
    CHECK(created.filePath() != w.path);
    CHECK(created.isUntitled());
    CHECK(created.workspace().meta.title == QStringLiteral("Schuldhulp Deventer"));
    CHECK(created.workspace().meta.organisation == QStringLiteral("Gemeente Deventer"));
    CHECK(created.undoStack()->count() == 0); // where it starts, not an edit
    CHECK(w.window.windowTitle().startsWith(QStringLiteral("Schuldhulp Deventer")));

    // Its poster's title block names it.
    Edits::JourneyDraft draft;
    draft.title = QStringLiteral("Een regeling aanvragen");
    draft.firstStage = QStringLiteral("Oriënteren");
    draft.firstStep = QStringLiteral("Zoekt online");
    const QString journey = Edits(created).addJourney(draft);
    REQUIRE(!journey.isEmpty());
    ExportOptions options;
    options.journey = journey;
    QString error;
    const QByteArray svg = ExporterRegistry::instance()
                               .byName(QStringLiteral("svg"))
                               ->render(created.workspace(), options, &error);
    INFO(error.toStdString());
    REQUIRE(!svg.isEmpty());
    CHECK(svg.contains("Schuldhulp Deventer"));
    CHECK_FALSE(svg.contains("New workspace"));
    CHECK_FALSE(svg.contains("Nieuwe werkruimte"));
}
