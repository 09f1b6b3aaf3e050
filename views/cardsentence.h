#pragma once

#include "workspace.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace blauwdruk {

// A card as a screen reader reads it, the same in the outline and on the
// canvas: "Card 'Online aanvragen', lane Frontstage, step 3 of 10, pain
// point, 2 open comments" (Dutch: "Kaart '…', baan …, stap 3 van 10,
// knelpunt, 2 open opmerkingen"), and the order cards are read in.
class CardSentence {
    Q_DECLARE_TR_FUNCTIONS(CardSentence)
public:
    static QString sentence(const Workspace &ws, const Card &card);
    // "Title — lane Frontstage, step 3": the card by its title first, for a
    // list to choose from by typing.
    static QString place(const Workspace &ws, const Card &card);
    // The lanes that hold cards, in order: every lane but the emotion
    // curve's, which belongs to the steps.
    static std::vector<const Lane *> cardLanes(const Workspace &ws, const QString &journey);
    // The journey's cards in reading order: by step, lane and place.
    static std::vector<const Card *> cardsInOrder(const Workspace &ws, const QString &journey);
};

} // namespace blauwdruk
