// BlueprintLayout::update: following the document's change events without
// laying the whole journey out again. Whatever it does, the result must equal
// a fresh compute() (tests/export/test_layoutupdate.cpp checks that after
// each of many random edits).
#include "blueprintlayout.h"

#include <algorithm>

namespace blauwdruk {

namespace {

bool touchesAny(const QStringList &fields, std::initializer_list<const char *> names) {
    return std::any_of(names.begin(), names.end(),
                       [&](const char *name) { return fields.contains(QLatin1String(name)); });
}

template <class Boxes> bool holds(const Boxes &boxes, const QString &id) {
    return std::any_of(boxes.begin(), boxes.end(), [&](const auto &box) { return box.id == id; });
}

} // namespace

BlueprintLayout::Delta BlueprintLayout::update(const Workspace &ws, const Changes &changes) {
    Delta delta;
    QSet<QString> remeasure; // cards whose text or footer changed
    QSet<Cell> cells;        // cells whose cards, or their order, changed
    for (const Change &change : changes) {
        if (!apply(ws, change, remeasure, cells, delta)) {
            const BlueprintStyle &style = *mStyle;
            const QString journey = mJourney;
            *this = compute(ws, journey, style);
            Delta everything;
            everything.full = true;
            return everything;
        }
    }

    // Cells that gained, lost or reordered cards take their cards anew.
    QSet<QString> dropped;
    for (const Cell &cell : cells)
        replaceCell(ws, cell, dropped, delta);
    // A card that moved between two of these cells was in both for a while,
    // and the index may name its old place: the final places win.
    for (const Cell &cell : cells) {
        const auto [begin, end] = cellRange(cell);
        for (size_t i = begin; i < end; ++i)
            mCardIndex.insert(cards[i].id, i);
    }
    for (const QString &id : dropped) {
        const auto it = mCardIndex.constFind(id);
        if (it != mCardIndex.constEnd() && (*it >= cards.size() || cards[*it].id != id)) {
            mCardIndex.erase(it);
            delta.removed.insert(id);
        }
    }
    // A new text or footer: the card keeps its place unless its height changed.
    QSet<Cell> restack = cells;
    for (const QString &id : remeasure) {
        const auto it = mCardIndex.constFind(id);
        const Card *card = ws.find<Card>(id);
        if (it == mCardIndex.constEnd() || !card)
            continue;
        CardBox &box = cards[*it];
        const CardBox fresh = measure(*card);
        box.titleLines = fresh.titleLines;
        box.footer = fresh.footer;
        delta.cards.insert(id);
        if (fresh.rect.height() != box.rect.height()) {
            box.rect.setHeight(fresh.rect.height());
            restack.insert(cellOf(box));
        }
    }
    // Top to bottom: a lane's cells are stacked from its (perhaps moved) top,
    // then a lane whose height changed pushes everything below it.
    std::vector<Cell> ordered(restack.begin(), restack.end());
    std::sort(ordered.begin(), ordered.end());
    for (size_t i = 0; i < ordered.size();) {
        const int row = ordered[i].first;
        for (; i < ordered.size() && ordered[i].first == row; ++i) {
            const auto [begin, end] = cellRange(ordered[i]);
            mCellHeight[size_t(row)][size_t(ordered[i].second)] = placeCell(begin, end, ordered[i]);
            for (size_t k = begin; k < end; ++k)
                delta.cards.insert(cards[k].id);
        }
        resizeLane(row, delta);
    }
    // The emotion values keep clear of the emotion lane's cards.
    if (delta.grid || !restack.isEmpty())
        placeEmotion();

    // apply() marks connections when the set of them may have changed.
    const bool rebuildConnections = delta.connections;
    if (rebuildConnections) {
        connections.clear();
        for (const Connection *connection : ws.orderedConnections(mJourney))
            connections.push_back(unrouted(*connection));
    }
    // Labels keep clear of cards and emotion values: placed again with the paths.
    if (rebuildConnections ||
        ((!restack.isEmpty() || delta.shiftedFrom != SIZE_MAX || delta.grid) &&
         !connections.empty())) {
        routeConnections();
        delta.connections = true;
    }
    return delta;
}

// A stage, step or lane: its own fields redraw its header; one added or
// removed, or a field in `structural`, needs a full layout (false).
template <class T, class Box, class Copy>
bool BlueprintLayout::header(const Workspace &ws, const Change &change, std::vector<Box> &boxes,
                             std::initializer_list<const char *> structural, Delta &delta,
                             Copy copy) const {
    const T *object = ws.find<T>(change.id);
    if (!(object ? object->journey == mJourney : holds(boxes, change.id)))
        return true; // another journey's
    if (change.kind != Change::Kind::Updated || touchesAny(change.fields, structural))
        return false;
    for (Box &box : boxes)
        if (box.id == change.id)
            copy(box, *object);
    delta.grid = true;
    return true;
}

// One change event; false when only a full layout will do.
bool BlueprintLayout::apply(const Workspace &ws, const Change &change, QSet<QString> &remeasure,
                            QSet<Cell> &cells, Delta &delta) {
    const bool updated = change.kind == Change::Kind::Updated;
    switch (change.type) {
    case EntityType::Workspace:
    case EntityType::Persona:
    case EntityType::Journey: // its title is not part of the picture
    case EntityType::Comment: // comments are not drawn on the blueprint
    case EntityType::Version:
    case EntityType::Decision:
    case EntityType::Session: // session data is drawn by the session views, not here
    case EntityType::Participant:
    case EntityType::VoteRound:
    case EntityType::Vote:
    case EntityType::AgendaBlock:
        return true;
    case EntityType::Stage:
        return header<Stage>(ws, change, stages, {"position", "journey"}, delta,
                             [](StageBox &box, const Stage &stage) { box.title = stage.title; });
    case EntityType::Step:
        return header<Step>(ws, change, steps, {"stage", "position", "journey"}, delta,
                            [](StepBox &box, const Step &step) {
                                box.title = step.title;
                                box.emotion = step.emotion;
                                box.momentOfTruth = step.momentOfTruth;
                            });
    case EntityType::Lane: // its kind (emotion or not) and its line take room
        return header<Lane>(ws, change, lanes, {"kind", "lineAbove", "position", "journey"}, delta,
                            [](LaneBox &box, const Lane &lane) { box.title = lane.title; });
    case EntityType::Card: {
        const Card *card = ws.find<Card>(change.id);
        const CardBox *box = this->card(change.id);
        if (box && (!updated || touchesAny(change.fields, {"step", "lane", "position", "journey"})))
            cells.insert(cellOf(*box)); // where it was
        if (box && !updated)
            delta.connections = true; // its connections go with it
        if (!card || card->journey != mJourney)
            return true;
        const Cell now{mRow.value(card->lane, -1), mColumn.value(card->step, -1)};
        if (now.first < 0 || now.second < 0)
            return true; // not in a cell of this journey: not drawn
        if (!box || !updated || touchesAny(change.fields, {"step", "lane", "position", "journey"}))
            cells.insert(now);
        if (!box)
            delta.connections = true; // connections to it can be drawn now
        else if (touchesAny(change.fields, {"title", "owner", "votes", "kind", "duration"}))
            remeasure.insert(change.id);
        else // status, tags, colour, text...: drawn from the card, same place
            delta.cards.insert(change.id);
        return true;
    }
    case EntityType::Connection: {
        const Connection *connection = ws.find<Connection>(change.id);
        if (connection ? connection->journey == mJourney : holds(connections, change.id))
            delta.connections = true; // gathered again after all events
        return true;
    }
    }
    return false;
}

// The cards of one cell, taken anew from the workspace in their order.
// Cards that left it are added to `dropped`; the caller removes from the
// index those that went nowhere else.
void BlueprintLayout::replaceCell(const Workspace &ws, const Cell &cell, QSet<QString> &dropped,
                                  Delta &delta) {
    const auto [begin, end] = cellRange(cell);
    std::vector<CardBox> fresh;
    for (const Card *card :
         ws.cardsInCell(steps[size_t(cell.second)].id, lanes[size_t(cell.first)].id))
        if (card->journey == mJourney)
            fresh.push_back(measure(*card));
    for (size_t i = begin; i < end; ++i)
        dropped.insert(cards[i].id);
    for (const CardBox &box : fresh) {
        dropped.remove(box.id);
        delta.cards.insert(box.id);
    }
    const bool sameSize = fresh.size() == end - begin;
    if (sameSize) {
        std::move(fresh.begin(), fresh.end(), cards.begin() + qptrdiff(begin));
        for (size_t i = begin; i < end; ++i)
            mCardIndex.insert(cards[i].id, i);
    } else {
        cards.erase(cards.begin() + qptrdiff(begin), cards.begin() + qptrdiff(end));
        cards.insert(cards.begin() + qptrdiff(begin), std::make_move_iterator(fresh.begin()),
                     std::make_move_iterator(fresh.end()));
        reindexFrom(begin);
    }
}

// The cards of one cell: cards are kept by lane, column and cell order.
std::pair<size_t, size_t> BlueprintLayout::cellRange(const Cell &cell) const {
    const auto first = std::partition_point(cards.begin(), cards.end(),
                                            [&](const CardBox &box) { return cellOf(box) < cell; });
    const auto last = std::partition_point(
        first, cards.end(), [&](const CardBox &box) { return !(cell < cellOf(box)); });
    return {size_t(first - cards.begin()), size_t(last - cards.begin())};
}

// A lane takes the height its cells ask; what lies below moves with it.
void BlueprintLayout::resizeLane(int row, Delta &delta) {
    LaneBox &lane = lanes[size_t(row)];
    const qreal dy = laneHeight(row) - lane.band.height();
    if (dy == 0)
        return;
    const qreal oldBottom = lane.band.bottom();
    lane.band.setHeight(lane.band.height() + dy);
    lane.header.setHeight(lane.header.height() + dy);
    for (size_t k = size_t(row) + 1; k < lanes.size(); ++k) {
        lanes[k].band.translate(0, dy);
        lanes[k].header.translate(0, dy);
    }
    for (LineMark &line : lines)
        if (line.y >= oldBottom)
            line.y += dy;
    const size_t below = cellRange({row + 1, 0}).first;
    for (size_t k = below; k < cards.size(); ++k)
        cards[k].rect.translate(0, dy);
    delta.shiftedFrom = std::min(delta.shiftedFrom, below);
    for (StepBox &step : steps)
        step.column.setHeight(step.column.height() + dy);
    const BlueprintStyle &style = *mStyle;
    bounds.setHeight(std::max(lanes.back().band.bottom(), headerHeight + style.laneMinHeight));
    delta.grid = true;
}

} // namespace blauwdruk
