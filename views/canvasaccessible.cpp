#include "canvasaccessible.h"

#include "blueprintscene.h"
#include "blueprintview.h"
#include "cardaccessible.h"
#include "carditem.h"
#include "cardsentence.h"
#include "document.h"

namespace blauwdruk {

namespace {

QAccessibleInterface *factory(const QString &className, QObject *object) {
    if (className == QLatin1String("blauwdruk::BlueprintView"))
        if (auto *view = qobject_cast<BlueprintView *>(object))
            return new CanvasAccessible(view);
    if (className == QLatin1String("blauwdruk::CardItem"))
        if (auto *card = qobject_cast<CardItem *>(object))
            return new CardAccessible(card);
    return nullptr;
}

} // namespace

CanvasAccessible::CanvasAccessible(BlueprintView *view)
    : QAccessibleWidget(view, QAccessible::Canvas) {}

void CanvasAccessible::install() {
    static const bool installed = [] {
        QAccessible::installFactory(factory);
        return true;
    }();
    Q_UNUSED(installed);
}

void CanvasAccessible::announceFocus(CardItem *card) {
    if (!card || !QAccessible::isActive())
        return;
    QAccessibleEvent focus(card, QAccessible::Focus);
    QAccessible::updateAccessibility(&focus);
}

BlueprintView *CanvasAccessible::view() const {
    return static_cast<BlueprintView *>(widget());
}

QList<CardItem *> CanvasAccessible::cards() const {
    QList<CardItem *> items;
    BlueprintScene *scene = view()->blueprintScene();
    if (!scene || !scene->document())
        return items;
    for (const Card *card :
         CardSentence::cardsInOrder(scene->document()->workspace(), scene->journeyId()))
        if (CardItem *item = scene->cardItem(card->id))
            items << item;
    return items;
}

int CanvasAccessible::childCount() const {
    return int(cards().size()) + QAccessibleWidget::childCount();
}

QAccessibleInterface *CanvasAccessible::child(int index) const {
    const QList<CardItem *> items = cards();
    if (index >= 0 && index < items.size())
        return QAccessible::queryAccessibleInterface(items[index]);
    return QAccessibleWidget::child(index - int(items.size()));
}

int CanvasAccessible::indexOfChild(const QAccessibleInterface *child) const {
    if (!child)
        return -1;
    const QList<CardItem *> items = cards();
    for (int i = 0; i < items.size(); ++i)
        if (child->object() == items[i])
            return i;
    const int widgetIndex = QAccessibleWidget::indexOfChild(child);
    return widgetIndex < 0 ? -1 : widgetIndex + int(items.size());
}

QAccessibleInterface *CanvasAccessible::childAt(int x, int y) const {
    const QPoint inViewport = view()->viewport()->mapFromGlobal(QPoint(x, y));
    for (QGraphicsItem *item : view()->items(inViewport))
        for (QGraphicsItem *at = item; at; at = at->parentItem())
            if (auto *card = dynamic_cast<CardItem *>(at))
                return QAccessible::queryAccessibleInterface(card);
    return QAccessibleWidget::childAt(x, y);
}

QAccessibleInterface *CanvasAccessible::focusChild() const {
    const QStringList selected = view()->selectedCardIds();
    if (selected.size() == 1)
        if (CardItem *item = view()->blueprintScene()->cardItem(selected.front()))
            return QAccessible::queryAccessibleInterface(item);
    return QAccessibleWidget::focusChild();
}

} // namespace blauwdruk
