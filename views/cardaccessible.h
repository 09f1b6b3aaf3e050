#pragma once

#include <QAccessibleObject>

namespace blauwdruk {

class CardItem;

// A card on the canvas as a screen reader meets it: a list item of the
// canvas named by its sentence ("Kaart 'Online aanvragen', baan Frontstage,
// stap 3 van 10, knelpunt, 2 open opmerkingen"), its text as description,
// selected and focused as the canvas shows it, at the place it is drawn.
class CardAccessible : public QAccessibleObject {
public:
    explicit CardAccessible(CardItem *card);

    QAccessibleInterface *parent() const override;
    int childCount() const override { return 0; }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessible::Role role() const override;
    QAccessible::State state() const override;
    QString text(QAccessible::Text t) const override;
    QRect rect() const override;

private:
    CardItem *card() const;
};

} // namespace blauwdruk
