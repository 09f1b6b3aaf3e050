// Issue 20, point 4: in every dialog, Tab goes through the controls in
// reading order (top to bottom, left to right, a column to its end before
// the next), reaches every control that takes the keyboard, and never
// stays stuck in a text box. Each dialog is opened on the example and
// walked with real Tab key events, as a keyboard user would.
#include "agendadialog.h"
#include "commentdialog.h"
#include "decisiondialog.h"
#include "demosessiondialog.h"
#include "edits.h"
#include "examplewindow.h"
#include "exportdialog.h"
#include "journeydialog.h"
#include "librarydialog.h"
#include "livejoindialog.h"
#include "participantsdialog.h"
#include "preferencesdialog.h"
#include "publishdialog.h"
#include "shortcutsdialog.h"
#include "spokenname.h"
#include "takedialog.h"
#include "verdictsdialog.h"
#include "versionsdialog.h"
#include "voterounddialog.h"
#include "workspacepropertiesdialog.h"

#include <catch2/catch.hpp>

#include <QDialog>
#include <QTest>

#include <QMenuBar>
#include <QRadioButton>
#include <QScrollArea>
#include <algorithm>
#include <utility>

using namespace blauwdruk;
using namespace blauwdruk::test;

namespace {

// How a person names a control in a report: its accessible name, text or
// object name, and its class.
QString nameOf(const QWidget *widget) {
    QString name = widget->accessibleName();
    if (name.isEmpty())
        name = widget->property("text").toString().remove(QLatin1Char('&'));
    if (name.isEmpty())
        name = widget->objectName();
    return QStringLiteral("%1 \"%2\"").arg(QLatin1String(widget->metaObject()->className()), name);
}

// The scrolled list `widget` is in, if any.
const QScrollArea *areaOf(const QWidget *widget, const QDialog &dialog) {
    for (const QWidget *up = widget->parentWidget(); up && up != &dialog; up = up->parentWidget())
        if (const auto *area = qobject_cast<const QScrollArea *>(up);
            area && area->widget() && area->widget()->isAncestorOf(widget))
            return area;
    return nullptr;
}

// Where `widget` is on `within`; a widget in a scrolled list, seen from
// outside it, is where the list is (Tab scrolls the list along).
QRect placeOf(const QWidget *widget, const QWidget *within, const QDialog &dialog) {
    if (const QScrollArea *area = areaOf(widget, dialog); area && within == &dialog)
        widget = area->viewport();
    return QRect(widget->mapTo(within, QPoint(0, 0)), widget->size());
}

// A radio button is reached by Tab through its group: Tab goes to the
// chosen one, the arrow keys to the others.
bool reachedThroughGroup(const QWidget *stop, const QList<QWidget *> &chain) {
    const auto *radio = qobject_cast<const QRadioButton *>(stop);
    if (!radio || !radio->autoExclusive())
        return false;
    return std::any_of(chain.begin(), chain.end(), [radio](const QWidget *other) {
        return qobject_cast<const QRadioButton *>(other) &&
               other->parentWidget() == radio->parentWidget();
    });
}

// Whether Tab from `a` to `b` goes against reading order: back up within
// the same column, or leftwards within the same row.
QString againstReading(const QWidget *a, const QWidget *b, const QDialog &dialog) {
    // Two fields of one scrolled list are compared within it.
    const QScrollArea *area = areaOf(a, dialog);
    const QWidget *within =
        area && area == areaOf(b, dialog) ? area->widget() : static_cast<const QWidget *>(&dialog);
    const QRect ra = placeOf(a, within, dialog), rb = placeOf(b, within, dialog);
    const bool sameRow = rb.center().y() >= ra.top() && rb.center().y() <= ra.bottom();
    const bool sameColumn = rb.left() < ra.right() && ra.left() < rb.right();
    if (sameRow && rb.right() <= ra.left())
        return QStringLiteral("goes left");
    if (!sameRow && rb.bottom() <= ra.top() && sameColumn)
        return QStringLiteral("goes back up");
    return {};
}

// The controls Tab should reach: shown, enabled, taking the keyboard by Tab.
QList<QWidget *> tabStops(const QDialog &dialog) {
    QList<QWidget *> stops;
    for (QWidget *widget : dialog.findChildren<QWidget *>())
        if (widget->isVisibleTo(&dialog) && widget->isEnabled() && !widget->focusProxy() &&
            (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus &&
            // a tab bar's scroll buttons, a scroll area's inner parts
            !widget->inherits("QToolButton") && !widget->inherits("QScrollBar"))
            stops << widget;
    return stops;
}

// Whether `a` comes before `b` when reading: the higher first, then the
// one more to the left.
bool readsBefore(const QWidget *a, const QWidget *b, const QDialog &dialog) {
    const QRect ra = placeOf(a, &dialog, dialog), rb = placeOf(b, &dialog, dialog);
    return std::pair(ra.top(), ra.left()) < std::pair(rb.top(), rb.left());
}

// Walks the dialog with Tab and returns what is wrong, one line each.
QStringList tabOrderProblems(QDialog &dialog) {
    dialog.show();
    activate(dialog);
    QStringList problems;
    QList<QWidget *> chain;
    QWidget *first = QApplication::focusWidget();
    if (!first)
        return {QStringLiteral("nothing has the keyboard when the dialog opens")};
    const QList<QWidget *> stops = tabStops(dialog);
    chain << first;
    // A date's Tab goes from day to month to year before it leaves.
    constexpr int kSectionsAtMost = 4;
    int stayed = 0;
    for (int i = 0; i < 400; ++i) {
        QWidget *before = QApplication::focusWidget();
        QTest::keyClick(before, Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (now == before && stops.size() > 1) {
            if (++stayed < kSectionsAtMost)
                continue;
            problems << QStringLiteral("Tab stays in %1").arg(nameOf(before));
            break;
        }
        stayed = 0;
        if (!now || now == first)
            break;
        if (chain.contains(now)) {
            problems << QStringLiteral("Tab goes round without %1").arg(nameOf(first));
            break;
        }
        chain << now;
    }
    // The dialog may open on its main field rather than its first: the
    // round starts at whatever comes first when reading.
    if (!chain.isEmpty()) {
        const auto start =
            std::min_element(chain.begin(), chain.end(), [&dialog](QWidget *a, QWidget *b) {
                return readsBefore(a, b, dialog);
            });
        std::rotate(chain.begin(), start, chain.end());
    }
    for (qsizetype i = 0; i + 1 < chain.size(); ++i)
        if (const QString wrong = againstReading(chain[i], chain[i + 1], dialog); !wrong.isEmpty())
            problems << QStringLiteral("from %1 to %2 %3")
                            .arg(nameOf(chain[i]), nameOf(chain[i + 1]), wrong);
    // Each place Tab reaches says to a screen reader what it is.
    for (QWidget *stop : chain)
        if (spokenName(stop).isEmpty())
            problems << QStringLiteral("%1 has no name a screen reader can say").arg(nameOf(stop));
    for (QWidget *stop : stops)
        if (!chain.contains(stop) && !reachedThroughGroup(stop, chain))
            problems << QStringLiteral("Tab never reaches %1").arg(nameOf(stop));
    dialog.reject();
    return problems;
}

void checkTabOrder(QDialog &dialog) {
    const QStringList problems = tabOrderProblems(dialog);
    INFO(dialog.metaObject()->className() << ":\n" << problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
}

} // namespace

TEST_CASE("Tab order: every dialog is walked by Tab in reading order, reaching every control") {
    ExampleWindow w;
    activate(w.window);
    const Workspace &ws = w.ws();
    const QString current = w.journeyOfKind("current");
    const Journey *journey = ws.find<Journey>(current);
    REQUIRE(journey);
    Edits edits(w.doc());
    const QString session = edits.startSession(current, QStringLiteral("Werksessie"));
    REQUIRE_FALSE(session.isEmpty());
    edits.addAgendaBlock(session, QStringLiteral("Knelpunten"), 20);
    edits.recordParticipant(session, QStringLiteral("Deelnemer 1"));
    edits.addDemoSession(current, QStringLiteral("Demo"), QStringLiteral("2026-12-01"));

    SECTION("Preferences") {
        PreferencesDialog dialog(PreferencesDialog::Purpose::Edit, &w.window);
        checkTabOrder(dialog);
    }
    SECTION("Workspace properties") {
        WorkspacePropertiesDialog dialog(ws.meta, WorkspacePropertiesDialog::Purpose::Edit, false,
                                         &w.window);
        checkTabOrder(dialog);
    }
    SECTION("New journey") {
        JourneyDialog dialog(ws, journey->persona, &w.window);
        checkTabOrder(dialog);
    }
    SECTION("Comment") {
        CommentDialog dialog(QStringLiteral("Comment"), QStringLiteral("Card"), QString(),
                             &w.window);
        checkTabOrder(dialog);
    }
    SECTION("Decision") {
        DecisionDialog dialog(QStringLiteral("Approve"), QStringLiteral("Approve the journey."),
                              QStringLiteral("Approve"), true, &w.window);
        checkTabOrder(dialog);
    }
    SECTION("Demo session") {
        DemoSessionDialog dialog(QStringLiteral("Demo"), &w.window);
        checkTabOrder(dialog);
    }
    SECTION("Export") {
        ExportDialog dialog(&w.doc(), current, &w.window);
        checkTabOrder(dialog);
    }
    SECTION("Keyboard shortcuts") {
        ShortcutsDialog dialog(w.window.menuBar(), &w.window);
        checkTabOrder(dialog);
    }
    SECTION("Versions") {
        VersionsDialog dialog(&w.doc(), &w.window);
        checkTabOrder(dialog);
    }
    SECTION("Residents' verdicts") {
        VerdictsDialog dialog(w.doc(), current, {}, &w.window);
        checkTabOrder(dialog);
    }
    SECTION("Agenda") {
        AgendaDialog dialog(w.doc(), session, &w.window);
        checkTabOrder(dialog);
    }
    SECTION("Participants") {
        ParticipantsDialog dialog(w.doc(), session, &w.window);
        checkTabOrder(dialog);
    }
    SECTION("Vote round") {
        VoteRoundDialog dialog(ws, current, QStringLiteral("all"), QString(), &w.window);
        checkTabOrder(dialog);
    }
    SECTION("Join the live session") {
        LiveJoinDialog dialog(QStringLiteral("http://127.0.0.1:8080/join/abc"), &w.window);
        checkTabOrder(dialog);
    }
    SECTION("Publish to the library") {
        PublishDialog dialog(ws, current, &w.window);
        checkTabOrder(dialog);
    }
    SECTION("Import from workspace") {
        TakeDialog dialog(exampleWorkspace(), QStringLiteral("From the example"), ws, current,
                          QString(), QStringLiteral("&Import"), &w.window);
        checkTabOrder(dialog);
    }
    SECTION("Library") {
        LibraryDialog dialog(w.window);
        checkTabOrder(dialog);
    }
}
