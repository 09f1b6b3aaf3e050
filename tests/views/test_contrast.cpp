// Contrast and scale (issue 20, point 6): every pair of colours the canvas,
// the posters and the bars paint together meets WCAG 2.1 (AA for the calm
// look, AAA text under high contrast); the high-contrast theme switches the
// canvas and the widgets at run time; nothing relies on colour alone; canvas
// text follows the application's font.

#include "blueprintlayout.h"
#include "blueprintpainter.h"
#include "blueprintscene.h"
#include "blueprintstyle.h"
#include "blueprinttexts.h"
#include "blueprintview.h"
#include "cardkind.h"
#include "changemarks.h"
#include "comparepainter.h"
#include "examplewindow.h"
#include "focusringstyle.h"
#include "journeyoverview.h"
#include "personagallery.h"
#include "preferences.h"
#include "reviewbar.h"
#include "sessionbar.h"
#include "testsupport.h"
#include "theme.h"
#include "votetool.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProxyStyle>
#include <QPushButton>
#include <QStyle>
#include <QTest>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <catch2/catch.hpp>

#include <set>

using namespace blauwdruk;

namespace {

// One pair of colours painted together, and the least contrast it needs.
struct Pair {
    std::string what;
    QColor front;
    QColor back;
    qreal minimum;
};

// A colour with alpha painted over `below`, as the screen shows it.
QColor over(QColor colour, const QColor &below) {
    const qreal a = colour.alphaF();
    return QColor::fromRgbF(colour.redF() * a + below.redF() * (1 - a),
                            colour.greenF() * a + below.greenF() * (1 - a),
                            colour.blueF() * a + below.blueF() * (1 - a));
}

std::string name(const QColor &colour) {
    return colour.name().toStdString();
}

// Everything BlueprintPainter (canvas, posters) and the canvas's own marks
// paint together. `text` is the least for text, `ui` for marks, rings and
// edges that carry meaning (WCAG 1.4.3 / 1.4.6 and 1.4.11).
std::vector<Pair> blueprintPairs(const BlueprintStyle &s, qreal text, qreal ui) {
    std::vector<Pair> pairs;
    std::vector<std::pair<std::string, QColor>> grounds{{"background", s.background}};
    for (const char *lane : BlueprintStyle::laneKinds())
        grounds.push_back({std::string("lane ") + lane, s.laneTint(QString::fromLatin1(lane))});

    for (const CardKind &kind : CardKind::all()) {
        const std::string card = std::string("card ") + kind.id;
        const QColor fill = s.cardColour(QString::fromLatin1(kind.id));
        pairs.push_back({card + " title", s.textOn(fill), fill, text});
        pairs.push_back({card + " footer", s.mutedText.darker(110), fill, text});
        pairs.push_back({card + " icon", s.iconInk, fill, ui});
        pairs.push_back({card + " selection ring", s.selection, fill, ui});
        for (const auto &[where, ground] : grounds) {
            // A card dimmed by a filter is see-through on its lane.
            QColor dimmed = fill;
            dimmed.setAlphaF(0.35);
            pairs.push_back(
                {card + " dimmed on " + where, s.mutedText, over(dimmed, ground), text});
            if (s.highContrast) // the calm look tells cards by fill and shadow
                pairs.push_back({card + " edge on " + where, s.cardBorder(fill), ground, ui});
        }
    }
    pairs.push_back({"fail point's F", QColor(Qt::white), s.iconInk, ui});
    for (const auto &[where, ground] : grounds) {
        pairs.push_back({"selection ring on " + where, s.selection, ground, ui});
        pairs.push_back({"Find ring on " + where, s.findHighlight, ground, ui});
        pairs.push_back({"line of interaction on " + where, s.lineColour, ground, ui});
        pairs.push_back({"arrow on " + where, s.arrowColour, ground, ui});
        pairs.push_back({"comment marker on " + where, s.lineColour, ground, ui});
        pairs.push_back({"top votes outline on " + where, VoteTool::topOutline(), ground, ui});
        pairs.push_back({"vote badge on " + where, VoteTool::badgeFill(), ground, ui});
        for (DiffEntry::Kind change :
             {DiffEntry::Kind::Added, DiffEntry::Kind::Changed, DiffEntry::Kind::Moved})
            pairs.push_back(
                {"change mark " + ChangeMarks::symbol(change).toStdString() + " on " + where,
                 ChangeMarks::colour(change), ground, ui});
    }
    for (DiffEntry::Kind change :
         {DiffEntry::Kind::Added, DiffEntry::Kind::Changed, DiffEntry::Kind::Moved})
        pairs.push_back({"change mark's sign " + ChangeMarks::symbol(change).toStdString(),
                         QColor(Qt::white), ChangeMarks::colour(change), ui});
    pairs.push_back({"lane and step title", s.text, s.headerBackground, text});
    pairs.push_back({"moment of truth marker", s.lineColour, s.headerBackground, ui});
    pairs.push_back({"change mark on a header", ChangeMarks::colour(DiffEntry::Kind::Changed),
                     s.headerBackground, ui});
    pairs.push_back({"selection ring on a header", s.selection, s.headerBackground, ui});
    pairs.push_back({"comment marker on a header", s.lineColour, s.headerBackground, ui});
    for (int i = 0; i < BlueprintStyle::stageColourCount(); ++i)
        pairs.push_back({"stage " + std::to_string(i) + " title", s.text, s.stageColour(i), text});
    pairs.push_back({"line name", s.lineColour, s.background, text});
    pairs.push_back({"emotion curve", s.lineColour, s.laneTint(QStringLiteral("emotion")), ui});
    pairs.push_back({"emotion value", s.mutedText, s.laneTint(QStringLiteral("emotion")), text});
    pairs.push_back({"connection label", s.text, s.labelBackground, text});
    pairs.push_back({"connection label's edge", s.arrowColour, s.labelBackground, ui});
    pairs.push_back({"comment count", QColor(Qt::white), s.lineColour, text});
    pairs.push_back({"vote count", QColor(Qt::white), VoteTool::badgeFill(), text});
    return pairs;
}

// What the compare view paints besides cards.
std::vector<Pair> comparePairs(const BlueprintStyle &s, qreal text, qreal ui) {
    const ComparePainter::Colours c = ComparePainter::colours(s.highContrast);
    std::vector<Pair> pairs;
    for (const QColor &box : {c.box, c.onlyBox}) {
        pairs.push_back({"step title " + name(box), s.text, box, text});
        pairs.push_back({"channel and pairing " + name(box), s.mutedText, box, text});
        pairs.push_back({"emotion value " + name(box), s.text, box, text});
    }
    for (const QColor &band : {c.currentTint, c.idealTint}) {
        pairs.push_back({"step box edge on band " + name(band), c.boxBorder, band, ui});
        pairs.push_back({"only-in-one edge on band " + name(band), c.onlyBorder, band, ui});
        pairs.push_back({"connector on band " + name(band), s.lineColour, band, ui});
        pairs.push_back({"highlighted connector on band " + name(band), s.selection, band, ui});
        pairs.push_back({"selected step ring on band " + name(band), s.selection, band, ui});
    }
    for (const QColor &face : c.emotionFills)
        pairs.push_back({"emotion face " + name(face), s.text, face, ui});
    pairs.push_back({"band name", s.text, c.gutter, text});
    pairs.push_back({"journey title in the gutter", s.mutedText, c.gutter, text});
    for (const CardKind &kind : CardKind::all()) {
        const QColor fill = s.cardColour(QString::fromLatin1(kind.id));
        pairs.push_back({std::string("chip lane ") + kind.id, s.mutedText, fill, text});
        pairs.push_back({std::string("chip 'only here' edge ") + kind.id, c.onlyBorder, fill, ui});
    }
    return pairs;
}

// The bars above the canvas: each its background with its text.
std::vector<Pair> barPairs(bool highContrast, qreal text) {
    std::vector<Pair> pairs;
    for (Theme::Bar bar :
         {Theme::Bar::Session, Theme::Bar::SessionUrgent, Theme::Bar::SessionStatus,
          Theme::Bar::Review, Theme::Bar::NoticeInformation, Theme::Bar::NoticeWarning,
          Theme::Bar::JourneyBanner}) {
        const Theme::Colours colours = Theme::bar(bar, highContrast);
        pairs.push_back(
            {"bar " + std::to_string(int(bar)), colours.text, colours.background, text});
    }
    return pairs;
}

void requireAll(const std::vector<Pair> &pairs) {
    REQUIRE(pairs.size() >= 7); // not vacuous: the bars are the shortest list
    for (const Pair &pair : pairs) {
        const qreal ratio = BlueprintStyle::contrast(pair.front, pair.back);
        INFO(pair.what << ": " << name(pair.front) << " on " << name(pair.back) << " is " << ratio
                       << ":1, needs " << pair.minimum);
        CHECK(ratio >= pair.minimum);
    }
}

// Black or white per pixel at half grey: what is left of a picture without
// colour (or on a grey printer that prints light tints as white).
QImage inkOnly(const QImage &image) {
    QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < grey.height(); ++y) {
        uchar *line = grey.scanLine(y);
        for (int x = 0; x < grey.width(); ++x)
            line[x] = line[x] < 128 ? 0 : 255;
    }
    return grey;
}

// A card of `kind`, all in one fill, painted alone.
QImage paintedCard(const BlueprintStyle &style, const QString &kind) {
    Card card;
    card.id = QStringLiteral("c");
    card.kind = kind;
    card.title = QStringLiteral("Aanvraag");
    card.colour = QStringLiteral("#ffffff"); // the same fill for every kind
    BlueprintLayout::CardBox box;
    box.id = card.id;
    box.rect = QRectF(10, 10, style.cardWidth, style.cardMinHeight);
    box.titleLines = {card.title};
    QImage image(int(style.cardWidth) + 20, int(style.cardMinHeight) + 20, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    BlueprintPainter(style).paintCard(painter, box, card, {});
    painter.end();
    return inkOnly(image);
}

} // namespace

TEST_CASE("Contrast: the WCAG contrast ratio is computed as WCAG 2.1 defines it") {
    CHECK(BlueprintStyle::contrast(Qt::black, Qt::white) == Approx(21));
    CHECK(BlueprintStyle::contrast(Qt::white, Qt::white) == Approx(1));
    // Known values: #767676 is the lightest grey with 4.5:1 on white.
    CHECK(BlueprintStyle::contrast(QColor(0x76, 0x76, 0x76), Qt::white) ==
          Approx(4.54).epsilon(0.01));
    CHECK(BlueprintStyle::contrast(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
}

TEST_CASE("Contrast: every colour pair of the canvas and posters meets WCAG AA") {
    // Posters and exports draw with the standard style, as the calm canvas does.
    requireAll(blueprintPairs(BlueprintStyle::standard(), 4.5, 3));
    requireAll(comparePairs(BlueprintStyle::standard(), 4.5, 3));
    requireAll(barPairs(false, 4.5));
}

TEST_CASE("Contrast: the high-contrast palette has text at 7:1 and strong lines") {
    const BlueprintStyle &s = BlueprintStyle::highContrastStyle();
    requireAll(blueprintPairs(s, 7, 3));
    requireAll(comparePairs(s, 7, 3));
    requireAll(barPairs(true, 7));
    CHECK(s.text == QColor(Qt::black));
    CHECK(s.cardBorderWidth >= 2);
    CHECK(s.focusWidth >= 3);
    CHECK(s.selectionWidth >= 3);
    // The widgets' palette: every text on its own background.
    const QPalette p = Theme::highContrastPalette();
    const std::pair<QPalette::ColorRole, QPalette::ColorRole> roles[] = {
        {QPalette::WindowText, QPalette::Window},
        {QPalette::Text, QPalette::Base},
        {QPalette::Text, QPalette::AlternateBase},
        {QPalette::ButtonText, QPalette::Button},
        {QPalette::HighlightedText, QPalette::Highlight},
        {QPalette::ToolTipText, QPalette::ToolTipBase},
        {QPalette::PlaceholderText, QPalette::Base},
        {QPalette::Link, QPalette::Base},
        {QPalette::LinkVisited, QPalette::Base}};
    for (const auto &[front, back] : roles) {
        INFO("palette roles " << int(front) << " on " << int(back));
        CHECK(BlueprintStyle::contrast(p.color(front), p.color(back)) >= 7);
    }
    CHECK(BlueprintStyle::contrast(p.color(QPalette::Disabled, QPalette::Text),
                                   p.color(QPalette::Disabled, QPalette::Base)) >= 4.5);
    // The focus and selection in lists: the highlight against the page.
    CHECK(BlueprintStyle::contrast(p.color(QPalette::Highlight), p.color(QPalette::Base)) >= 3);
}

TEST_CASE("Contrast: the high-contrast theme switches the open canvas and the window") {
    test::ExampleFile file;
    const Journey *journey = &file.document->workspace().journeys.front();
    auto *scene = new BlueprintScene(file.document.get(), journey->id);
    BlueprintView view(scene);
    ReviewBar bar({}, new QAction(&view));
    REQUIRE_FALSE(Theme::isHighContrast());
    const QColor calmWindow = QApplication::palette().color(QPalette::Window);
    CHECK(view.backgroundBrush().color() == BlueprintStyle::standard().background);

    Preferences::setHighContrast(true);
    Theme::apply();
    CHECK(Theme::isHighContrast());
    CHECK(Theme::canvas().text == QColor(Qt::black));
    CHECK(view.backgroundBrush().color() == BlueprintStyle::highContrastStyle().background);
    CHECK(QApplication::palette().color(QPalette::Window) == QColor(Qt::white));
    CHECK(QApplication::palette().color(QPalette::WindowText) == QColor(Qt::black));
    // Fusion, with frames drawn to be seen.
    auto *proxy = qobject_cast<QProxyStyle *>(QApplication::style());
    REQUIRE(proxy);
    CHECK(proxy->baseStyle()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0);
    CHECK(bar.palette().color(QPalette::WindowText) == Theme::bar(Theme::Bar::Review, true).text);

    // A card on the canvas now has a black edge two pixels wide.
    const BlueprintLayout::CardBox &box = scene->layout().cards.front();
    QImage image(scene->sceneRect().size().toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        scene->render(&painter, QRectF(image.rect()), scene->sceneRect());
    }
    // The image starts at the scene rectangle's corner, not at the origin.
    const QPointF corner = scene->sceneRect().topLeft();
    const QPoint edge(int(box.rect.center().x() - corner.x()), int(box.rect.top() - corner.y()));
    // A 2-pixel pen is centred on the edge: the pixel rows on both sides.
    CHECK(QColor(image.pixel(edge - QPoint(0, 1))).lightness() < 60);
    CHECK(QColor(image.pixel(edge)).lightness() < 60);

    Preferences::setHighContrast(false);
    Theme::apply();
    CHECK_FALSE(Theme::isHighContrast());
    CHECK(view.backgroundBrush().color() == BlueprintStyle::standard().background);
    CHECK(QApplication::palette().color(QPalette::Window) == calmWindow);
    CHECK(bar.palette().color(QPalette::WindowText) == Theme::bar(Theme::Bar::Review, false).text);
}

TEST_CASE("Contrast: under high contrast, fields, buttons and boxes have a frame to see, and "
          "the focus a ring") {
    // Back to the calm look afterwards, also when a check fails.
    struct Calm {
        ~Calm() {
            Preferences::setHighContrast(false);
            Theme::apply();
        }
    } calm;
    Preferences::setHighContrast(true);
    Theme::apply();
    QWidget window;
    auto *field = new QLineEdit(QStringLiteral("Samira"));
    auto *choice = new QComboBox;
    choice->addItems({QStringLiteral("Frontstage"), QStringLiteral("Backstage")});
    auto *button = new QPushButton(QStringLiteral("OK"));
    auto *tick = new QCheckBox(QStringLiteral("Knelpunt"));
    auto *layout = new QVBoxLayout(&window);
    for (QWidget *widget : std::initializer_list<QWidget *>{field, choice, button, tick})
        layout->addWidget(widget);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    const QColor white(Qt::white);
    // The colour of the frame at the left edge, half way down; for the tick
    // box, at its box's left edge.
    auto leftEdge = [](QWidget *widget, int x = 0) {
        const QImage image = widget->grab().toImage();
        return QColor(image.pixel(x, image.height() / 2));
    };
    button->setFocus();
    QApplication::processEvents();
    CHECK(BlueprintStyle::contrast(leftEdge(field), white) >= 3);
    CHECK(BlueprintStyle::contrast(leftEdge(choice), white) >= 3);
    QStyleOptionButton option;
    option.initFrom(tick);
    const QRect box = tick->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, tick);
    CHECK(BlueprintStyle::contrast(leftEdge(tick, box.left()), white) >= 3);
    // The field with the focus has the highlight's ring, 2 pixels wide.
    field->setFocus();
    QApplication::processEvents();
    REQUIRE(field->hasFocus());
    const QColor ring = QApplication::palette().color(QPalette::Highlight);
    CHECK(leftEdge(field) == ring);
    CHECK(leftEdge(field, 1) == ring);
    CHECK(BlueprintStyle::contrast(ring, white) >= 3);
    // A text box of several lines shows the ring on its frame too.
    auto *notes = new QPlainTextEdit(QStringLiteral("Beschrijving"));
    layout->addWidget(notes);
    notes->show();
    notes->setFocus();
    QApplication::processEvents();
    REQUIRE(notes->hasFocus());
    CHECK(leftEdge(notes) == ring);
    // And a button with the focus, too.
    button->setFocus();
    QApplication::processEvents();
    CHECK(leftEdge(button) == ring);
    CHECK(BlueprintStyle::contrast(leftEdge(field), white) >= 3); // the field lost its ring
}

namespace {

// The pixels of `colour` along the middle row of `rect` in `image`.
int countAlongMiddle(const QImage &image, const QRect &rect, const QColor &colour) {
    int count = 0;
    const int y = rect.center().y();
    for (int x = std::max(rect.left(), 0); x <= std::min(rect.right(), image.width() - 1); ++x)
        count += QColor(image.pixel(x, y)) == colour;
    return count;
}

} // namespace

TEST_CASE("Contrast: in the calm look, a list with the keyboard shows where it is, also with "
          "nothing chosen") {
    Theme::apply();
    REQUIRE_FALSE(Theme::isHighContrast());
    // The platform's look, wrapped for its focus ring.
    REQUIRE(dynamic_cast<FocusRingStyle *>(QApplication::style()));
    test::ExampleWindow w;
    test::activate(w.window);
    const QPalette palette = QApplication::palette();
    const QColor ring = palette.color(QPalette::Highlight);
    CHECK(BlueprintStyle::contrast(ring, palette.color(QPalette::Base)) >= 3);

    SECTION("the journey overview marks the whole row the keyboard is on") {
        w.window.tabs()->setCurrentWidget(w.window.journeyOverview());
        QTreeWidget *tree = w.window.journeyOverview()->tree();
        tree->clearSelection();
        tree->setCurrentIndex({});
        tree->setFocus(Qt::TabFocusReason);
        QApplication::processEvents();
        REQUIRE(tree->hasFocus());
        // Tab put the keyboard on the first row and chose nothing.
        REQUIRE(tree->currentIndex().isValid());
        CHECK(tree->selectedItems().isEmpty());
        const QRect row = tree->visualRect(tree->currentIndex());
        const QImage image = tree->viewport()->grab().toImage();
        // A 2-pixel ring at the row's start, and lines along the whole row
        // (its other end may be out of view, with the last column).
        CHECK(QColor(image.pixel(row.left(), row.center().y())) == ring);
        CHECK(QColor(image.pixel(row.left() + 1, row.center().y())) == ring);
        for (int x : {row.center().x(), image.width() / 2, image.width() - 1}) {
            CHECK(QColor(image.pixel(x, row.top())) == ring);
            CHECK(QColor(image.pixel(x, row.bottom())) == ring);
        }
        // Chosen, the row keeps a ring that stands out from the highlight.
        tree->selectionModel()->select(tree->currentIndex(), QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
        const QImage chosen = tree->viewport()->grab().toImage();
        const QColor highlight = palette.color(QPalette::Highlight);
        const QColor chosenRing(chosen.pixel(row.center().x(), row.top()));
        CHECK(chosenRing != highlight);
        CHECK(BlueprintStyle::contrast(chosenRing, highlight) >= 3);
        CHECK(QColor(chosen.pixel(row.center().x(), row.bottom())) == chosenRing);
        CHECK(QColor(chosen.pixel(row.center().x(), row.center().y() - 3)) != chosenRing);
        tree->clearSelection();
        // Without the keyboard the row is unmarked.
        w.window.tabs()->tabBar()->setFocus(Qt::TabFocusReason);
        QApplication::processEvents();
        CHECK(countAlongMiddle(tree->viewport()->grab().toImage(), row, ring) == 0);
    }
    SECTION("the persona gallery marks the portrait the keyboard is on") {
        w.window.tabs()->setCurrentWidget(w.window.personaGallery());
        QListWidget *list = w.window.personaGallery()->list();
        list->clearSelection();
        list->setCurrentIndex({});
        list->setFocus(Qt::TabFocusReason);
        QApplication::processEvents();
        REQUIRE(list->hasFocus());
        REQUIRE(list->currentIndex().isValid());
        CHECK(list->selectedItems().isEmpty());
        const QRect portrait = list->visualRect(list->currentIndex());
        const QImage image = list->viewport()->grab().toImage();
        CHECK(countAlongMiddle(image, portrait, ring) >= 4); // both sides, 2 pixels each
        CHECK(QColor(image.pixel(portrait.center().x(), portrait.top() + 1)) == ring);
    }
    SECTION("an empty list shows the ring on its frame") {
        QListWidget empty;
        empty.resize(200, 100);
        empty.show();
        test::activate(empty);
        empty.setFocus(Qt::TabFocusReason);
        QApplication::processEvents();
        REQUIRE(empty.hasFocus());
        // The frame's pixel (the list's inside covers the rest), all round.
        const QImage image = empty.grab().toImage();
        CHECK(QColor(image.pixel(0, image.height() / 2)) == ring);
        CHECK(QColor(image.pixel(image.width() - 1, image.height() / 2)) == ring);
        CHECK(QColor(image.pixel(image.width() / 2, 0)) == ring);
        // And not without the keyboard.
        QLineEdit elsewhere;
        elsewhere.show();
        test::activate(elsewhere);
        CHECK(QColor(empty.grab().toImage().pixel(0, image.height() / 2)) != ring);
    }
}

TEST_CASE("Contrast: a chosen row's text is readable in the calm look, at 4.5:1") {
    Theme::apply();
    REQUIRE_FALSE(Theme::isHighContrast());
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        const QPalette palette = QApplication::palette();
        INFO("group " << int(group));
        CHECK(BlueprintStyle::contrast(palette.color(group, QPalette::HighlightedText),
                                       palette.color(group, QPalette::Highlight)) >= 4.5);
        // The focus ring keeps standing out from the page (1.4.11).
        CHECK(BlueprintStyle::contrast(
                  FocusRingStyle::ringColour(palette, palette.color(group, QPalette::Base)),
                  palette.color(group, QPalette::Base)) >= 3);
    }
    // A platform's pale highlight under white text is deepened, its hue kept.
    QPalette pale;
    pale.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    pale.setColor(QPalette::HighlightedText, Qt::white);
    const QColor deep = Theme::readableSelection(pale).color(QPalette::Active, QPalette::Highlight);
    CHECK(BlueprintStyle::contrast(Qt::white, deep) >= 4.5);
    CHECK(std::abs(deep.hslHue() - QColor(0x30, 0x8c, 0xc6).hslHue()) <= 3);
}

TEST_CASE("Contrast: posters keep the calm palette under the high-contrast theme") {
    Preferences::setHighContrast(true);
    Theme::apply();
    // Exports take BlueprintStyle::standard() by default, whatever the screen shows.
    const Workspace ws = test::exampleWorkspace();
    const BlueprintLayout layout = BlueprintLayout::compute(ws, ws.journeys.front().id);
    CHECK_FALSE(BlueprintStyle::standard().highContrast);
    CHECK(BlueprintTexts().headerFont().pixelSize() == 13);
    QImage poster(layout.bounds.size().toSize(), QImage::Format_RGB32);
    poster.fill(Qt::white);
    {
        QPainter painter(&poster);
        BlueprintPainter().paintAll(painter, layout, ws);
    }
    // A card's edge is a shade of its fill, not the high-contrast black.
    const QRectF card = layout.cards.front().rect;
    CHECK(QColor(poster.pixel(QPoint(int(card.center().x()), int(card.top())))).lightness() > 100);
    Preferences::setHighContrast(false);
    Theme::apply();
}

TEST_CASE("Contrast: every card kind has its own sign, not only its colour") {
    std::set<KindIcon> icons;
    for (const CardKind &kind : CardKind::all())
        icons.insert(kind.icon);
    CHECK(icons.size() == CardKind::all().size());
    // Painted in one fill and reduced to black and white, no two kinds look
    // the same: on the canvas (either theme) and on the poster alike.
    for (const BlueprintStyle *style :
         {&BlueprintStyle::standard(), &BlueprintStyle::highContrastStyle()}) {
        std::vector<QImage> cards;
        for (const CardKind &kind : CardKind::all())
            cards.push_back(paintedCard(*style, QString::fromLatin1(kind.id)));
        for (size_t a = 0; a < cards.size(); ++a)
            for (size_t b = a + 1; b < cards.size(); ++b) {
                INFO(CardKind::all()[a].id << " and " << CardKind::all()[b].id);
                CHECK(cards[a] != cards[b]);
            }
    }
}

TEST_CASE("Contrast: marks have a shape: moment of truth, change marks") {
    const Workspace ws = test::exampleWorkspace();
    const Journey *journey = &ws.journeys.front();
    const BlueprintLayout layout = BlueprintLayout::compute(ws, journey->id);
    REQUIRE_FALSE(layout.steps.empty());
    REQUIRE_FALSE(layout.cards.empty());
    const QSize size = layout.bounds.size().toSize();

    // A step's moment of truth is a dot in its header, not only a colour.
    BlueprintLayout marked = layout;
    for (auto &step : marked.steps)
        step.momentOfTruth = false;
    BlueprintLayout unmarked = marked;
    marked.steps.front().momentOfTruth = true;
    auto headers = [&](const BlueprintLayout &l) {
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        BlueprintPainter().paintColumnHeaders(painter, l);
        painter.end();
        return inkOnly(image);
    };
    CHECK(headers(marked) != headers(unmarked));

    // Added, changed and moved: the same card, three signs that still differ
    // in black and white.
    const QString card = layout.cards.front().id;
    auto changeMark = [&](DiffEntry::Kind kind) {
        ChangeMarks marks;
        DiffEntry entry{};
        entry.kind = kind;
        entry.type = EntityType::Card;
        entry.id = card;
        marks.setEntries({entry});
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        marks.paintCards(painter, layout);
        painter.end();
        return inkOnly(image);
    };
    const QImage added = changeMark(DiffEntry::Kind::Added);
    const QImage changed = changeMark(DiffEntry::Kind::Changed);
    const QImage moved = changeMark(DiffEntry::Kind::Moved);
    CHECK(added != changed);
    CHECK(added != moved);
    CHECK(changed != moved);
}

TEST_CASE("Contrast: canvas text grows with the application's font") {
    const QFont original = QApplication::font();
    Theme::apply();
    test::ExampleFile file;
    const Journey *journey = &file.document->workspace().journeys.front();
    BlueprintScene scene(file.document.get(), journey->id);
    const BlueprintLayout::CardBox before = scene.layout().cards.front();
    const int titleBefore = BlueprintTexts(Theme::canvas()).headerFont().pixelSize();
    const int sessionBefore = SessionBar::sized(QFont(), 18).pixelSize();
    qreal heightsBefore = 0;
    for (const BlueprintLayout::CardBox &box : scene.layout().cards)
        heightsBefore += box.rect.height();
    CHECK(titleBefore == 13);

    QFont larger = original;
    larger.setPointSizeF(15); // a system set to large text
    QApplication::setFont(larger);
    Theme::apply();
    const int titleAfter = BlueprintTexts(Theme::canvas()).headerFont().pixelSize();
    CHECK(titleAfter > titleBefore);
    CHECK(SessionBar::sized(QFont(), 18).pixelSize() > sessionBefore);
    // The open canvas measured its cards again: larger text wraps into more
    // lines, so the cards grow taller.
    auto cardHeights = [&] {
        qreal sum = 0;
        for (const BlueprintLayout::CardBox &box : scene.layout().cards)
            sum += box.rect.height();
        return sum;
    };
    CHECK(cardHeights() > heightsBefore);
    CHECK(scene.layout().card(before.id)->rect.height() >= before.rect.height());
    // Posters keep their size: they are printed.
    CHECK(BlueprintTexts().headerFont().pixelSize() == 13);

    QApplication::setFont(original);
    Theme::apply();
    CHECK(BlueprintTexts(Theme::canvas()).headerFont().pixelSize() == titleBefore);
}
