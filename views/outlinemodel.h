#pragma once

#include <QPointer>
#include <QStandardItemModel>

#include <vector>

namespace blauwdruk {

class Document;
class Workspace;
struct Card;
struct Lane;

// The outline of one journey's blueprint as a tree, for people who work by
// keyboard or screen reader: stages, their steps, every lane of a step,
// and the cards in it. Every row carries a full sentence in
// Qt::AccessibleTextRole, so a screen reader says where a card is without
// the user walking up the tree. Rebuilt from the Document on every change.
class OutlineModel : public QStandardItemModel {
    Q_OBJECT
public:
    // The entity id of a row, and what kind of row it is.
    // KeyRole tells rows apart: the entity id, but "step/lane" for a lane,
    // which is a row under every step.
    enum Role { IdRole = Qt::UserRole + 1, TypeRole, StepRole, KeyRole };
    enum RowType { StageRow, StepRow, LaneRow, CardRow, ConnectionRow };

    explicit OutlineModel(QObject *parent = nullptr);

    void setDocument(Document *document);
    void setJourney(const QString &journey);
    QString journey() const { return mJourney; }

    // The row with this key (an entity id, or "step/lane"); invalid when
    // not shown.
    QModelIndex indexOf(const QString &key) const;
    static QString keyOf(const QModelIndex &index);
    // The lanes that hold cards, in order: every lane but the emotion
    // curve's, which belongs to the steps.
    static std::vector<const Lane *> cardLanes(const Workspace &ws, const QString &journey);
    // The sentence for a card, as a screen reader reads it.
    QString cardSentence(const Card &card) const;
    // "Title — lane Frontstage, step 3": the card by its title first, for
    // a list to choose from by typing.
    QString cardPlace(const Card &card) const;
    // The journey's cards in the outline's order: by step, lane and place.
    std::vector<const Card *> cardsInOrder() const;

signals:
    // After every rebuild; views restore their current row by id.
    void rebuilt();

private:
    void rebuild();
    void fill();
    void addArrows(QStandardItem *cardItem, const Card &card) const;

    QPointer<Document> mDocument; // a closed document is not touched again
    QString mJourney;
};

} // namespace blauwdruk
