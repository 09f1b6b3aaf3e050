#pragma once

#include <QAccessibleWidget>

class QObject;

namespace blauwdruk {

class BlueprintView;
class CardItem;

// The canvas as a screen reader meets it: a canvas whose children are its
// cards in reading order (stage by stage, step by step, lane by lane, as the
// outline has them), followed by the widgets inside it (an open editor).
// The selected card is the focus child, and a card that becomes the one
// selected is announced.
class CanvasAccessible : public QAccessibleWidget {
public:
    explicit CanvasAccessible(BlueprintView *view);

    // Installs the factory for the canvas and its cards, once.
    static void install();
    // Tells a screen reader that `card` is now the one chosen on the canvas.
    static void announceFocus(CardItem *card);

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

private:
    BlueprintView *view() const;
    QList<CardItem *> cards() const;
};

} // namespace blauwdruk
