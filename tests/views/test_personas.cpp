#include "blueprintscene.h"
#include "blueprintview.h"
#include "canvasactions.h"
#include "compareview.h"
#include "document.h"
#include "edits.h"
#include "examplewindow.h"
#include "inspector.h"
#include "journeybanner.h"
#include "journeycommands.h"
#include "journeydialog.h"
#include "journeyoverview.h"
#include "mainwindow.h"
#include "personaeditor.h"
#include "personagallery.h"
#include "personasheetview.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTimer>
#include <QTreeWidget>

using namespace blauwdruk;

namespace {

using Window = test::ExampleWindow;

template <class W> W *field(QWidget *parent, const QString &name) {
    W *widget = parent->findChild<W *>(name);
    REQUIRE(widget);
    return widget;
}

QString writeImage(const QTemporaryDir &dir, const QString &name, QSize size, const char *format) {
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(0x2E, 0x6B, 0x8F));
    const QString path = dir.filePath(name);
    REQUIRE(image.save(path, format));
    return path;
}

} // namespace

TEST_CASE("Personas: a workshop enters three personas with photos through the gallery and form") {
    Window w;
    QTemporaryDir dir;
    const size_t before = w.ws().personas.size();
    w.window.tabs()->setCurrentWidget(w.window.personaGallery());
    auto *add = field<QPushButton>(w.window.personaGallery(), QStringLiteral("NewPersonaButton"));
    const QStringList names{"Fatima", "Joost", "Ans"};
    for (int i = 0; i < names.size(); ++i) {
        QTest::mouseClick(add, Qt::LeftButton);
        PersonaEditor *editor = w.currentTab<PersonaEditor>();
        REQUIRE(editor); // a new persona opens in its form, the name ready to type over
        const QString id = editor->personaId();
        auto *name = field<QLineEdit>(editor, QStringLiteral("field_name"));
        const int steps = w.doc().undoStack()->count();
        name->selectAll();
        QTest::keyClicks(name, names[i]);
        CHECK(w.doc().undoStack()->count() == steps + 1); // typing a name is one undo step
        test::typeInto(field<QSpinBox>(editor, QStringLiteral("field_age")),
                       QString::number(30 + i));
        auto *quote = field<QPlainTextEdit>(editor, QStringLiteral("field_quote"));
        QTest::keyClicks(quote, QStringLiteral("Ik wil gewoon weten waar ik aan toe ben."));
        auto *skills = field<QComboBox>(editor, QStringLiteral("field_digital_skills"));
        test::chooseItem(skills, skills->findData(i + 2));
        QString error;
        const QString photo =
            i == 0 ? writeImage(dir, QStringLiteral("big.jpg"), {3000, 2000}, "JPEG")
                   : writeImage(dir, QStringLiteral("p%1.png").arg(i), {200, 260}, "PNG");
        REQUIRE(editor->setPhotoFromFile(photo, &error));
        const Persona *persona = w.ws().find<Persona>(id);
        REQUIRE(persona);
        CHECK(persona->name == names[i]);
        CHECK(persona->age == 30 + i);
        CHECK(persona->quote == QStringLiteral("Ik wil gewoon weten waar ik aan toe ben."));
        CHECK(persona->digitalSkills == i + 2);
        QImage stored;
        REQUIRE(stored.loadFromData(persona->photo));
        CHECK(qMax(stored.width(), stored.height()) <= 512); // scaled down, stored in the file
    }
    CHECK(w.ws().personas.size() == before + 3);
    // The gallery shows every persona, and the tabs carry their names.
    CHECK(w.window.personaGallery()->list()->count() == int(before + 3));
    CHECK(w.window.tabs()->tabText(w.window.tabs()->currentIndex()) == QStringLiteral("Ans"));
    w.saved();
    // Undo takes the photo away again, and the form shows it.
    w.doc().undoStack()->undo();
    CHECK(w.ws().find<Persona>(w.currentTab<PersonaEditor>()->personaId())->photo.isEmpty());
    w.saved();
}

TEST_CASE("Personas: a file that is not an image is refused with the reason, nothing changes") {
    Window w;
    QTemporaryDir dir;
    const QString id = w.ws().orderedPersonas().front()->id;
    w.window.openPersona(id);
    REQUIRE(w.currentTab<PersonaEditor>());
    const std::string before = test::canonical(w.ws());
    const QString fake = dir.filePath(QStringLiteral("photo.png"));
    test::writeFile(fake, "this is a text file, renamed");
    QString error;
    CHECK_FALSE(w.currentTab<PersonaEditor>()->setPhotoFromFile(fake, &error));
    CHECK(error.contains(QStringLiteral("not an image")));
    CHECK_FALSE(w.currentTab<PersonaEditor>()->setPhotoFromFile(
        dir.filePath(QStringLiteral("missing.png")), &error));
    CHECK(test::canonical(w.ws()) == before);
}

TEST_CASE("Personas: the form follows undo, and the sheet beside it is drawn") {
    Window w;
    const QString id = w.ws().orderedPersonas().front()->id;
    w.window.openPersona(id);
    PersonaEditor *editor = w.currentTab<PersonaEditor>();
    REQUIRE(editor);
    auto *household = field<QLineEdit>(editor, QStringLiteral("field_household"));
    const QString original = household->text();
    CHECK(original == w.ws().find<Persona>(id)->household);
    QTest::keyClick(household, Qt::Key_End);
    QTest::keyClicks(household, QStringLiteral(" en een kat"));
    CHECK(w.ws().find<Persona>(id)->household == original + QStringLiteral(" en een kat"));
    w.doc().undoStack()->undo();
    CHECK(household->text() == original);
    auto *sheet = editor->findChild<PersonaSheetView *>();
    REQUIRE(sheet);
    const QImage picture = sheet->grab().toImage();
    REQUIRE(!picture.isNull());
    // A white page with text on it: many distinct colours, not an empty widget.
    QSet<QRgb> colours;
    for (int y = 0; y < picture.height(); y += 7)
        for (int x = 0; x < picture.width(); x += 7)
            colours.insert(picture.pixel(x, y));
    CHECK(colours.size() > 20);
}

TEST_CASE("Personas: duplicate, and delete asks first when journeys use the persona") {
    Window w;
    PersonaGallery *gallery = w.window.personaGallery();
    w.window.tabs()->setCurrentWidget(gallery);
    const QString samira = w.ws().orderedPersonas().front()->id;
    // The gallery's own buttons, clicked.
    QPushButton *duplicate = nullptr;
    for (QPushButton *button : gallery->findChildren<QPushButton *>())
        if (button->text() == QStringLiteral("D&uplicate"))
            duplicate = button;
    REQUIRE(duplicate);
    auto *remove = field<QPushButton>(gallery, QStringLiteral("DeletePersonaButton"));
    gallery->select(samira);
    const size_t personas = w.ws().personas.size();
    QTest::mouseClick(duplicate, Qt::LeftButton);
    REQUIRE(w.ws().personas.size() == personas + 1);
    const QString copy = w.ws().personas.back().id;
    CHECK(w.ws().find<Persona>(copy)->name.startsWith(w.ws().find<Persona>(samira)->name));
    // The copy is used by no journey: it goes without a question.
    gallery->select(copy);
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK_FALSE(w.ws().find<Persona>(copy));

    QString question;
    auto answer = [&question](const QString &button) {
        QTimer::singleShot(0, [&question, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            REQUIRE(box);
            question = box->text();
            for (QAbstractButton *b : box->buttons())
                if (b->text() == button || (button == QLatin1String("Cancel") &&
                                            box->buttonRole(b) == QMessageBox::RejectRole))
                    QTest::mouseClick(b, Qt::LeftButton);
        });
    };
    gallery->select(samira);
    answer(QStringLiteral("Cancel"));
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK(w.ws().find<Persona>(samira));
    for (const Journey *journey : w.ws().orderedJourneys())
        if (journey->persona == samira)
            CHECK(question.contains(journey->title));
    answer(QStringLiteral("Delete Persona"));
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK_FALSE(w.ws().find<Persona>(samira));
    for (const Journey &journey : w.ws().journeys)
        CHECK(journey.persona != samira);
    w.saved();
    w.doc().undoStack()->undo();
    CHECK(w.ws().find<Persona>(samira));
    CHECK(w.ws().find<Journey>(w.journeyOfKind("ideal"))->persona == samira);
}

TEST_CASE("Journeys: a new journey gets its persona, kind, starting point and goal in one step") {
    Window w;
    const QString persona = w.ws().orderedPersonas().back()->id; // Henk: no journeys yet
    const int steps = w.doc().undoStack()->count();
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<JourneyDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        auto *kind = dialog->findChildren<QComboBox *>().at(1);
        test::chooseItem(kind, 1); // current
        QTest::keyClicks(field<QLineEdit>(dialog, QStringLiteral("JourneyTitle")),
                         QStringLiteral("Henk vraagt bijzondere bijstand aan"));
        const auto texts = dialog->findChildren<QPlainTextEdit *>();
        QTest::keyClicks(texts.at(0), QStringLiteral("De wasmachine is kapot"));
        QTest::keyClicks(texts.at(1), QStringLiteral("Binnen een week een nieuwe"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    const QString id = JourneyCommands(w.window).newJourney(persona);
    REQUIRE(!id.isEmpty());
    const Journey *journey = w.ws().find<Journey>(id);
    CHECK(journey->persona == persona);
    CHECK(journey->kind == QStringLiteral("current"));
    CHECK(journey->startingPoint == QStringLiteral("De wasmachine is kapot"));
    CHECK(journey->goal == QStringLiteral("Binnen een week een nieuwe"));
    CHECK(w.ws().orderedSteps(id).size() == 1);       // ready for cards
    CHECK(w.doc().undoStack()->count() == steps + 1); // one step, undone at once
    // It opens, with its starting point and goal above the canvas.
    BlueprintView *view = w.window.currentBlueprint();
    REQUIRE(view);
    CHECK(view->blueprintScene()->journeyId() == id);
    auto *banner = qobject_cast<JourneyBanner *>(view->banner());
    REQUIRE(banner);
    CHECK(banner->route().contains(QStringLiteral("De wasmachine is kapot")));
    CHECK(banner->route().contains(QStringLiteral("Binnen een week een nieuwe")));
    CHECK(banner->headline().contains(w.ws().find<Persona>(persona)->name));
    // The banner follows an edit of the goal.
    REQUIRE(Edits(w.doc()).setField(EntityType::Journey, {id}, QStringLiteral("goal"),
                                    QStringLiteral("Morgen al")));
    CHECK(banner->route().contains(QStringLiteral("Morgen al")));
    w.saved();
}

TEST_CASE("Journeys: the overview lists journeys per persona and makes an ideal version") {
    Window w;
    JourneyOverview *overview = w.window.journeyOverview();
    w.window.tabs()->setCurrentWidget(overview);
    const QString current = w.journeyOfKind("current");
    QTreeWidget *tree = overview->tree();
    // Samira's row holds both her journeys, with their figures.
    QTreeWidgetItem *row = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(0) == QStringLiteral("Samira"))
            row = tree->topLevelItem(i);
    REQUIRE(row);
    REQUIRE(row->childCount() == 2); // the tree is rebuilt on edits: row is not used after them
    for (int i = 0; i < row->childCount(); ++i) {
        const QString id = row->child(i)->data(0, Qt::UserRole).toString();
        const Journey *journey = w.ws().find<Journey>(id);
        REQUIRE(journey);
        CHECK(row->child(i)->text(0) == journey->title);
        CHECK(row->child(i)->text(3).toInt() == int(w.ws().orderedSteps(id).size()));
        CHECK(row->child(i)->text(4).toInt() == JourneyOverview::openPainPoints(w.ws(), id));
    }
    CHECK(JourneyOverview::openPainPoints(w.ws(), current) > 0);
    overview->selectJourney(current);
    auto *makeIdeal = field<QPushButton>(overview, QStringLiteral("MakeIdealButton"));
    REQUIRE(makeIdeal->isEnabled());
    QTest::mouseClick(makeIdeal, Qt::LeftButton);
    BlueprintView *view = w.window.currentBlueprint();
    REQUIRE(view);
    const QString ideal = view->blueprintScene()->journeyId();
    REQUIRE(ideal != current);
    CHECK(w.ws().find<Journey>(ideal)->kind == QStringLiteral("ideal"));
    CHECK(w.ws().orderedCards(ideal).size() == w.ws().orderedCards(current).size());
    bool listed = false;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        listed = listed || (*it)->data(0, Qt::UserRole).toString() == ideal;
    CHECK(listed);
    w.saved();
}

TEST_CASE("Inspector: a step shows its pain points and opportunities and adds them") {
    Window w;
    BlueprintView *view = w.window.currentBlueprint();
    REQUIRE(view);
    const QString journey = view->blueprintScene()->journeyId();
    // The first step with a pain point.
    QString step;
    int painPoints = 0;
    for (const Step *s : w.ws().orderedSteps(journey)) {
        painPoints = 0;
        for (const Card *card : w.ws().orderedCards(journey))
            painPoints += card->step == s->id && card->kind == QStringLiteral("pain_point");
        if (painPoints > 0) {
            step = s->id;
            break;
        }
    }
    REQUIRE(!step.isEmpty());
    view->setCurrentCell({step, w.ws().orderedLanes(journey).front()->id});
    QApplication::processEvents();
    auto *inspector = w.window.findChild<Inspector *>();
    REQUIRE(inspector);
    auto *list = field<QListWidget>(inspector, QStringLiteral("PainPointList"));
    CHECK(list->count() == painPoints);
    // Activating one selects its card on the canvas.
    const QString first = list->item(0)->data(Qt::UserRole).toString();
    test::activateItem(list, 0);
    CHECK(view->selectedCardIds() == QStringList{first});

    view->blueprintScene()->clearSelection();
    view->setCurrentCell({step, w.ws().orderedLanes(journey).front()->id});
    QApplication::processEvents();
    QPushButton *add = nullptr;
    for (QPushButton *button : inspector->findChildren<QPushButton *>())
        if (button->text() == QStringLiteral("Add opportunity"))
            add = button;
    REQUIRE(add);
    const auto cards = w.ws().cards.size();
    QTest::mouseClick(add, Qt::LeftButton);
    REQUIRE(w.ws().cards.size() == cards + 1);
    const Card &added = w.ws().cards.back();
    CHECK(added.kind == QStringLiteral("opportunity"));
    CHECK(added.step == step);
    QApplication::processEvents(); // the new card is shown, selected
    CHECK(view->selectedCardIds() == QStringList{added.id});

    // The emotion is chosen by name as well as dragged on the curve.
    view->blueprintScene()->clearSelection();
    view->setCurrentCell({step, w.ws().orderedLanes(journey).front()->id});
    QApplication::processEvents();
    auto *emotion = field<QComboBox>(inspector, QStringLiteral("EmotionField"));
    test::chooseItem(emotion, emotion->findData(2));
    CHECK(w.ws().find<Step>(step)->emotion == 2);
    w.saved();
}

TEST_CASE("Journeys: comparing with only a current journey says how to start the ideal one") {
    Window w;
    const QString henk = w.ws().orderedPersonas().back()->id;
    Edits::JourneyDraft draft;
    draft.persona = henk;
    draft.kind = QStringLiteral("current");
    draft.title = QStringLiteral("Henk nu");
    draft.firstStage = QStringLiteral("Fase");
    draft.firstStep = QStringLiteral("Belt de gemeente");
    const QString current = Edits(w.doc()).addJourney(draft);
    REQUIRE(!current.isEmpty());
    w.window.openCompare(henk);
    auto *compare = w.currentTab<CompareView>();
    REQUIRE(compare);
    CHECK(compare->summary().contains(QStringLiteral("No ideal journey yet")));
    // Made from it, the ideal version pairs every step by hand.
    const QString ideal = JourneyCommands(w.window).makeIdealVersion(current);
    REQUIRE(!ideal.isEmpty());
    w.window.openCompare(henk, current, ideal);
    CHECK(compare->idealJourney() == ideal);
    CHECK(compare->summary().startsWith(QStringLiteral("1 step aligned, 0 only in current")));
    CHECK_FALSE(compare->summary().contains(QStringLiteral("No ideal journey yet")));
}

// The "done means", as one workshop would do it in the window.
TEST_CASE("Done means: three personas with photos, current and ideal with emotions, compared, "
          "sheets printed") {
    Window w;
    QTemporaryDir dir;
    // Three personas with photos.
    w.window.tabs()->setCurrentWidget(w.window.personaGallery());
    auto *add = field<QPushButton>(w.window.personaGallery(), QStringLiteral("NewPersonaButton"));
    QStringList ids;
    for (const QString &name :
         {QStringLiteral("Fatima"), QStringLiteral("Joost"), QStringLiteral("Ans")}) {
        QTest::mouseClick(add, Qt::LeftButton);
        auto *editor = w.currentTab<PersonaEditor>();
        REQUIRE(editor);
        auto *field_name = field<QLineEdit>(editor, QStringLiteral("field_name"));
        field_name->selectAll();
        QTest::keyClicks(field_name, name);
        QString error;
        REQUIRE(editor->setPhotoFromFile(
            writeImage(dir, name + QStringLiteral(".png"), {300, 300}, "PNG"), &error));
        ids << editor->personaId();
    }
    // A current journey for Fatima, three steps with emotions set in the Inspector.
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<JourneyDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        test::chooseItem(dialog->findChildren<QComboBox *>().at(1), 1); // current
        QTest::keyClicks(field<QLineEdit>(dialog, QStringLiteral("JourneyTitle")),
                         QStringLiteral("Fatima vraagt kwijtschelding aan"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    const QString current = JourneyCommands(w.window).newJourney(ids[0]);
    REQUIRE(!current.isEmpty());
    BlueprintView *view = w.window.currentBlueprint();
    REQUIRE(view);
    w.window.canvasActions()->action(CanvasActions::InsertStepAfter)->trigger();
    QTest::keyClicks(view->activeEditor(), QStringLiteral("Krijgt een aanslag"));
    QTest::keyClick(view->activeEditor(), Qt::Key_Return);
    w.window.canvasActions()->action(CanvasActions::InsertStepAfter)->trigger();
    QTest::keyClicks(view->activeEditor(), QStringLiteral("Zoekt uit hoe het zit"));
    QTest::keyClick(view->activeEditor(), Qt::Key_Return);
    const auto steps = w.ws().orderedSteps(current);
    REQUIRE(steps.size() == 3);
    const QStringList stepIds{steps[0]->id, steps[1]->id, steps[2]->id};
    auto *inspector = w.window.findChild<Inspector *>();
    const int emotions[] = {-1, -2, 1};
    for (int i = 0; i < 3; ++i) {
        view->blueprintScene()->clearSelection();
        view->setCurrentCell({stepIds[i], w.ws().orderedLanes(current).front()->id});
        QApplication::processEvents();
        auto *emotion = field<QComboBox>(inspector, QStringLiteral("EmotionField"));
        test::chooseItem(emotion, emotion->findData(emotions[i]));
        CHECK(w.ws().find<Step>(stepIds[i])->emotion == emotions[i]);
    }
    // The ideal version, compared with the current journey.
    const QString ideal = JourneyCommands(w.window).makeIdealVersion(current);
    REQUIRE(!ideal.isEmpty());
    w.window.openCompare(ids[0], current, ideal);
    auto *compare = w.currentTab<CompareView>();
    REQUIRE(compare);
    CHECK(compare->summary().startsWith(QStringLiteral("3 steps aligned, 0 only in current")));
    // The persona sheets, one A4 page per persona.
    QStringList all;
    for (const Persona *persona : w.ws().orderedPersonas())
        all << persona->id;
    const QString pdf = dir.filePath(QStringLiteral("sheets.pdf"));
    REQUIRE(JourneyCommands(w.window).exportPersonaSheets(all, pdf));
    CHECK(test::pdfPageCount(pdf) == int(all.size()));
    const QString text = test::pdfText(pdf);
    for (const QString &name : {QStringLiteral("Fatima"), QStringLiteral("Joost"),
                                QStringLiteral("Ans"), QStringLiteral("Samira")})
        CHECK(text.contains(name));
    CHECK(text.contains(QStringLiteral("Fatima vraagt kwijtschelding aan")));
    w.saved();
}

TEST_CASE("Privacy: the persona form and the Inspector warn about real-looking personal data") {
    Window w;
    const QString id = w.ws().orderedPersonas().front()->id;
    w.window.openPersona(id);
    auto *editor = w.currentTab<PersonaEditor>();
    REQUIRE(editor);
    auto *warning = editor->findChild<QLabel *>(QStringLiteral("PrivacyWarning"));
    REQUIRE(warning);
    CHECK(warning->isHidden()); // the example is fictional
    auto *story = field<QPlainTextEdit>(editor, QStringLiteral("field_story"));
    story->moveCursor(QTextCursor::End);
    QTest::keyClicks(story, QStringLiteral(" Haar BSN is 123456782."));
    CHECK_FALSE(warning->isHidden());
    CHECK(warning->text().contains(QStringLiteral("BSN")));
    w.doc().undoStack()->undo();
    CHECK(warning->isHidden());

    // A card with a phone number: its Inspector says so.
    BlueprintView *view = nullptr;
    w.window.openJourney(w.journeyOfKind("ideal"));
    view = w.window.currentBlueprint();
    REQUIRE(view);
    const Card *card = w.ws().orderedCards(w.journeyOfKind("ideal")).front();
    const QString cardId = card->id;
    REQUIRE(Edits(w.doc()).setField(EntityType::Card, {cardId}, QStringLiteral("text"),
                                    QStringLiteral("Bel 06-12345678")));
    view->showCard(cardId);
    QApplication::processEvents();
    auto *inspector = w.window.findChild<Inspector *>();
    auto *cardWarning = inspector->findChild<QLabel *>(QStringLiteral("PrivacyWarning"));
    REQUIRE(cardWarning);
    CHECK(cardWarning->text().contains(QStringLiteral("phone")));
}
