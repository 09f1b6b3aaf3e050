#include "editinplacetool.h"

#include "blueprintscene.h"
#include "blueprintstyle.h"
#include "canvasactions.h"
#include "carditem.h"
#include "document.h"
#include "edits.h"
#include "inlineeditor.h"
#include "theme.h"

#include <QMouseEvent>
#include <QScopedValueRollback>

namespace blauwdruk {

namespace {

EntityType entityOf(BlueprintView::Header kind) {
    return kind == BlueprintView::Header::Stage  ? EntityType::Stage
           : kind == BlueprintView::Header::Step ? EntityType::Step
                                                 : EntityType::Lane;
}

} // namespace

bool EditInPlaceTool::doubleClick(QMouseEvent *event) {
    // What was double-clicked is on screen, perhaps on a pinned header: the
    // editor opens right there, without scrolling.
    const QScopedValueRollback<bool> stay(mReveal, false);
    const BlueprintView::HeaderHit header = view()->headerAt(scenePos(event));
    if (header.kind != BlueprintView::Header::None) {
        renameHeader(header);
        return true;
    }
    const QString card = view()->cardAt(viewPos(event));
    if (!card.isEmpty())
        editCard(card);
    else
        addCardIn(view()->cellAt(scenePos(event)));
    return true;
}

void EditInPlaceTool::open(const QRectF &sceneRect, const QString &text,
                           std::function<void(const QString &)> commit) {
    if (refusedReadOnly())
        return; // typing that would be thrown away: no editor
    if (mReveal)
        view()->reveal(sceneRect);
    auto *editor = new InlineEditor(view()->viewport());
    // The card's own text size (it follows the system font), zoomed.
    QFont font = Theme::canvas().font(13, true);
    font.setPixelSize(std::max(11, int(font.pixelSize() * view()->zoom())));
    editor->setFont(font);
    editor->setPlainText(text);
    editor->selectAll();
    editor->setGeometry(view()->mapFromScene(sceneRect).boundingRect());
    editor->show();
    editor->setFocus();
    mEditor = editor;
    BlueprintView *canvas = view();
    QObject::connect(editor, &InlineEditor::committed, canvas,
                     [canvas, commit](const QString &typed) {
                         commit(typed);
                         canvas->setFocus();
                     });
    QObject::connect(editor, &InlineEditor::cancelled, canvas, [canvas] { canvas->setFocus(); });
}

void EditInPlaceTool::editCard(const QString &cardId) {
    const BlueprintLayout::CardBox *box = scene()->layout().card(cardId);
    const Card *card = document()->workspace().find<Card>(cardId);
    if (!box || !card)
        return;
    Document *doc = document();
    open(box->rect, card->title, [doc, cardId](const QString &text) {
        const Card *card = doc->workspace().find<Card>(cardId);
        if (card && !text.isEmpty() && text != card->title)
            Edits(*doc).setField(EntityType::Card, {cardId}, QStringLiteral("title"), text);
    });
}

// The editor appears where the new card will go: below the cell's cards.
void EditInPlaceTool::addCardIn(const BlueprintView::Cell &cell) {
    if (!cell.isValid())
        return;
    view()->setCurrentCell(cell);
    const Lane *lane = document()->workspace().find<Lane>(cell.lane);
    if (lane && CanvasActions::isEmotionLane(*lane)) {
        tell(CanvasActions::emotionLaneMessage());
        return;
    }
    const QRectF rect = view()->newCardRect(cell);
    BlueprintView *canvas = view();
    open(rect, QString(), [canvas, cell](const QString &text) {
        if (text.isEmpty())
            return;
        const QString id =
            Edits(*canvas->blueprintScene()->document()).addCard(cell.step, cell.lane, text);
        if (!id.isEmpty())
            canvas->selectCards({id});
    });
}

void EditInPlaceTool::renameHeader(const BlueprintView::HeaderHit &hit) {
    if (hit.kind == BlueprintView::Header::None || refusedStructureLocked())
        return;
    const EntityType type = entityOf(hit.kind);
    const QString title =
        document()->workspace().field(type, hit.id, QStringLiteral("title")).toString();
    Document *doc = document();
    const QString id = hit.id;
    open(hit.rect.adjusted(4, 4, -4, -4), title, [doc, type, id](const QString &text) {
        Edits(*doc).setField(type, {id}, QStringLiteral("title"), text);
    });
}

} // namespace blauwdruk
