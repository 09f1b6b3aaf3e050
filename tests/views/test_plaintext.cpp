// File text is shown as text (issue 11, point 10): a persona, journey or card
// whose name is markup must not become a live link or load an image in any
// label, tooltip or message box.
#include "comparecanvas.h"
#include "mainwindow.h"
#include "personagallery.h"
#include "plaintext.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QGraphicsItem>
#include <QGraphicsView>
#include <QHelpEvent>
#include <QLabel>
#include <QMessageBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QToolTip>

using namespace blauwdruk;

namespace {

const QString kMark = QStringLiteral("<a href=");

QString hostile(const QString &name) {
    return QStringLiteral("<a href=\"https://example.invalid/\">%1</a><img "
                          "src=\"file:///nonexistent.png\"><b>vet</b>")
        .arg(name);
}

// Every text a user can read from the file, made markup.
Workspace hostileWorkspace() {
    Workspace ws = test::exampleWorkspace();
    ws.meta.title = hostile(QStringLiteral("Werkruimte"));
    ws.meta.organisation = hostile(QStringLiteral("Gemeente"));
    for (Persona &persona : ws.personas) {
        persona.name = hostile(persona.name);
        persona.quote = hostile(QStringLiteral("citaat"));
    }
    for (Journey &journey : ws.journeys) {
        journey.title = hostile(journey.title);
        journey.startingPoint = hostile(QStringLiteral("start"));
        journey.goal = hostile(QStringLiteral("doel"));
    }
    for (Lane &lane : ws.lanes)
        lane.title = hostile(lane.title);
    for (Card &card : ws.cards) {
        card.title = hostile(card.title);
        card.owner = hostile(QStringLiteral("eigenaar"));
    }
    return ws;
}

bool isRich(const QLabel *label) {
    return label->textFormat() == Qt::RichText ||
           (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
}

void checkToolTip(const QString &tip, const QString &where) {
    if (!tip.contains(kMark))
        return;
    INFO(where.toStdString() << ": " << tip.toStdString());
    CHECK_FALSE(Qt::mightBeRichText(tip));
}

void checkItemTips(const QAbstractItemModel *model, const QModelIndex &parent,
                   const QString &where) {
    for (int row = 0; row < model->rowCount(parent); ++row)
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            checkToolTip(index.data(Qt::ToolTipRole).toString(), where);
            if (column == 0)
                checkItemTips(model, index, where);
        }
}

// No widget of the application renders file text as rich text: labels,
// widget tooltips, item tooltips and canvas tooltips.
int checkEveryWidget() {
    int seen = 0;
    for (QWidget *widget : QApplication::allWidgets()) {
        const QString where =
            widget->metaObject()->className() + QStringLiteral(" ") + widget->objectName();
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->text().contains(kMark)) {
            ++seen;
            INFO(where.toStdString() << ": " << label->text().toStdString());
            CHECK_FALSE(isRich(label));
        }
        checkToolTip(widget->toolTip(), where);
        if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model())
            checkItemTips(view->model(), QModelIndex(), where);
        if (auto *bar = qobject_cast<QTabBar *>(widget))
            for (int i = 0; i < bar->count(); ++i) {
                seen += bar->tabToolTip(i).contains(QStringLiteral("&lt;a href=")) ? 1 : 0;
                checkToolTip(bar->tabToolTip(i), where + QStringLiteral(" tab"));
            }
        // The compare canvas makes its tooltips as the mouse rests: ask it
        // all over.
        if (auto *canvas = qobject_cast<CompareCanvas *>(widget); canvas && canvas->isVisible()) {
            QWidget *viewport = canvas->viewport();
            for (int y = 0; y < viewport->height(); y += 8)
                for (int x = 0; x < viewport->width(); x += 16) {
                    QHelpEvent help(QEvent::ToolTip, QPoint(x, y),
                                    viewport->mapToGlobal(QPoint(x, y)));
                    QApplication::sendEvent(viewport, &help);
                    if (!QToolTip::isVisible())
                        continue;
                    seen += QToolTip::text().contains(QStringLiteral("&lt;a href=")) ? 1 : 0;
                    checkToolTip(QToolTip::text(), QStringLiteral("compare canvas"));
                }
            QToolTip::hideText();
        }
        if (auto *view = qobject_cast<QGraphicsView *>(widget); view && view->scene())
            for (const QGraphicsItem *item : view->scene()->items()) {
                seen += item->toolTip().contains(QStringLiteral("&lt;a href=")) ? 1 : 0;
                checkToolTip(item->toolTip(), where + QStringLiteral(" item"));
            }
    }
    return seen;
}

// The labels of the message box now open: file text in them is plain.
void inspectNextMessageBox(bool *seen) {
    QTimer::singleShot(0, [seen] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box);
        for (const QLabel *label : box->findChildren<QLabel *>())
            if (label->text().contains(kMark)) {
                *seen = true;
                INFO(label->text().toStdString());
                CHECK_FALSE(isRich(label));
            }
        box->reject();
    });
}

} // namespace

TEST_CASE("Plain text: no label, tooltip or message box renders file text as rich text") {
    test::ExampleFile file(hostileWorkspace());
    const QString path = file.path;
    file.document.reset();
    MainWindow window;
    REQUIRE(window.documents()->openFile(path));
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const Workspace &ws = window.document()->workspace();

    int seen = checkEveryWidget(); // the overview
    window.tabs()->setCurrentWidget(window.personaGallery());
    seen += checkEveryWidget();
    for (const Journey *journey : ws.orderedJourneys()) {
        window.openJourney(journey->id);
        QApplication::processEvents();
        seen += checkEveryWidget();
    }
    const Persona *persona = ws.orderedPersonas().front();
    window.openPersona(persona->id);
    seen += checkEveryWidget();
    window.openCompare(persona->id);
    QApplication::processEvents();
    const int compareSeen = checkEveryWidget();
    CHECK(compareSeen > 0);
    seen += compareSeen;
    // A long name never widens the window beyond what it was given.
    CHECK(window.width() <= 1400);
    CHECK(seen > 0); // the hostile texts were on screen, and were checked

    SECTION("Delete Persona") {
        window.tabs()->setCurrentWidget(window.personaGallery());
        window.personaGallery()->select(persona->id);
        bool shown = false;
        inspectNextMessageBox(&shown);
        CHECK_FALSE(window.personaGallery()->removeSelected());
        CHECK(shown);
    }
    SECTION("Cannot open") {
        QTemporaryDir dir;
        const QString other = dir.filePath("other.blauwdruk");
        QString error;
        REQUIRE(Store::writeNew(other, test::exampleWorkspace(), &error));
        test::runSql(other, QStringLiteral("UPDATE cards SET lane = '%1' WHERE rowid = (SELECT "
                                           "min(rowid) FROM cards)")
                                .arg(hostile(QStringLiteral("baan")).replace("'", "''")));
        bool shown = false;
        inspectNextMessageBox(&shown);
        CHECK_FALSE(window.documents()->openFile(other));
        CHECK(shown);
    }
}

TEST_CASE("Message boxes: Save and Don't Save answer to Alt and their letter") {
    QWidget window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    for (const auto &[letter, expected] :
         {std::pair{Qt::Key_S, QMessageBox::Save}, std::pair{Qt::Key_N, QMessageBox::Discard}}) {
        QTimer::singleShot(0, [letter = letter] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            REQUIRE(box);
            CHECK(box->button(QMessageBox::Save)->text() == QStringLiteral("&Save"));
            CHECK(box->button(QMessageBox::Discard)->text() == QStringLiteral("Do&n't Save"));
            // Access keys answer in the active window (a desktop makes the box
            // active as it opens; the offscreen platform needs telling).
            QApplication::setActiveWindow(box);
            REQUIRE(QTest::qWaitForWindowActive(box));
            QWidget *keyboard = QApplication::focusWidget();
            REQUIRE(keyboard);
            QTest::keyClick(keyboard, letter, Qt::AltModifier);
            // The button clicks as it shows being pressed, a moment later.
            QTest::qWaitFor([box] { return !box->isVisible(); }, 5000);
            if (box->isVisible()) {
                FAIL_CHECK("the access key did not answer");
                box->reject();
            }
        });
        const QMessageBox::StandardButton answer = PlainText::question(
            &window, QStringLiteral("Save changes?"), QStringLiteral("Save it before closing?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        CHECK(answer == expected);
    }
}
