#pragma once

#include <QColor>
#include <QStringView>

#include <span>

namespace blauwdruk {

// The small shape drawn in a card's corner, so kinds stay apart without
// colour (DESIGN.md, "Visual language"); BlueprintPainter draws each.
enum class KindIcon { Page, Warning, Plus, Bulb, Question, FailMark, Clock, Bars, Diamond };

// One kind of card, declared once: its stored token, what the editor calls
// it, its colour and icon on the canvas and in every export, and its
// heading in the consequence inventory. Adding a kind is one entry in
// cardkind.cpp plus the Dutch translation of its label.
struct CardKind {
    const char *id;    // the token stored in files
    const char *label; // English; the editor shows it translated (context "Labels")
    QColor colour;     // the card's fill when it has no colour of its own
    KindIcon icon;
    // The inventory follows the workspace's language, not the editor's, and
    // is written headless without a translator: so its Dutch heading is here.
    // Its English heading is the label.
    const char *inventoryDutch;

    // Every kind, in the order menus and inventory counts list them.
    static std::span<const CardKind> all();
    // The kind with the token `id`, or nullptr for a token no kind has.
    static const CardKind *find(QStringView id);
};

} // namespace blauwdruk
