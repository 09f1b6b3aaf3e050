#pragma once

#include "edits.h"

#include <QTreeWidget>

namespace blauwdruk {

class Provenance;
class Workspace;

// Another workspace's personas and journeys as a tree to tick: journey ›
// step › card, each with a box; ticking a journey ticks all it holds. What
// is ticked becomes a take request: a journey whole when all of it is
// ticked, else its whole steps, else single cards (Edits::takeFrom). Cards
// in a live session's inbox are not offered. Used by File › Import from
// Workspace… and File › Library….
class SourcePicker : public QTreeWidget {
    Q_OBJECT
public:
    explicit SourcePicker(QWidget *parent = nullptr);

    // Shows `source` (which must outlive the picker's use of it).
    void setSource(const Workspace *source);
    // Marks the rows that `into` already holds a copy of, taken from the
    // same source (`origin`): their Kind says "taken 02-12-2026", so a
    // person sees it before ticking, not only in the question after OK.
    void markTakenBefore(const Workspace &into, const Provenance &origin);
    // The day an object with `originText` was taken, in the user's format.
    static QString takenOn(const QString &originText);
    // Ticks one object (and what it holds), scrolls to it.
    void tick(const QString &id);

    Edits::TakeRequest request() const;
    // "1 journey, 2 steps, 14 cards", in the current language.
    QString summary() const;

signals:
    void selectionChanged();

private:
    const Workspace *mSource = nullptr;
};

} // namespace blauwdruk
