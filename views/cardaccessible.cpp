#include "cardaccessible.h"

#include "blueprintscene.h"
#include "blueprintview.h"
#include "carditem.h"
#include "cardsentence.h"
#include "document.h"

namespace blauwdruk {

namespace {

// The view that shows `card`: the scene's first (a scene has one view).
BlueprintView *viewOf(const CardItem *card) {
    if (!card || !card->scene())
        return nullptr;
    const QList<QGraphicsView *> views = card->scene()->views();
    return views.isEmpty() ? nullptr : qobject_cast<BlueprintView *>(views.front());
}

} // namespace

CardAccessible::CardAccessible(CardItem *card)
    : QAccessibleObject(card) {}

CardItem *CardAccessible::card() const {
    return static_cast<CardItem *>(object());
}

QAccessibleInterface *CardAccessible::parent() const {
    return QAccessible::queryAccessibleInterface(viewOf(card()));
}

QAccessible::Role CardAccessible::role() const {
    return QAccessible::ListItem;
}

QAccessible::State CardAccessible::state() const {
    QAccessible::State state;
    const CardItem *item = card();
    BlueprintView *view = viewOf(item);
    if (!item || !view) {
        state.invalid = true;
        return state;
    }
    state.focusable = true;
    state.selectable = true;
    state.multiSelectable = true;
    state.selected = item->isSelected();
    const QStringList selected = view->selectedCardIds();
    state.focused = view->hasFocus() && selected.size() == 1 && selected.front() == item->cardId();
    const QRect shown = view->mapFromScene(item->sceneBoundingRect()).boundingRect();
    state.offscreen = !view->viewport()->rect().intersects(shown);
    return state;
}

QString CardAccessible::text(QAccessible::Text t) const {
    const CardItem *item = card();
    auto *scene = item ? qobject_cast<BlueprintScene *>(item->scene()) : nullptr;
    if (!scene || !scene->document())
        return QString();
    const Workspace &ws = scene->document()->workspace();
    const Card *found = ws.find<Card>(item->cardId());
    if (!found)
        return QString();
    switch (t) {
    case QAccessible::Name:
        return CardSentence::sentence(ws, *found);
    case QAccessible::Description:
        // The title is in the name; what the card says besides is here.
        return found->title.isEmpty() ? QString() : found->text;
    default:
        return QString();
    }
}

QRect CardAccessible::rect() const {
    const CardItem *item = card();
    BlueprintView *view = viewOf(item);
    if (!view)
        return QRect();
    const QRect local = view->mapFromScene(item->sceneBoundingRect()).boundingRect();
    return QRect(view->viewport()->mapToGlobal(local.topLeft()), local.size());
}

} // namespace blauwdruk
