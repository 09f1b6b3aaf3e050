#pragma once

#include "workspace.h"

#include <QCoreApplication>

#include <vector>

namespace blauwdruk {

// A journey's comments as threads: each first comment with its replies, and
// where it is (the journey, a step, a card, or something since removed).
// The comments panel lists them; the canvas's markers count the open ones.
struct CommentThread {
    enum class Place { Journey, Step, Card, Removed };
    const Comment *first = nullptr;
    std::vector<const Comment *> replies; // oldest first
    Place place = Place::Journey;
    QString step; // the step it is on, or its card's step; empty otherwise
};

class CommentThreads {
    Q_DECLARE_TR_FUNCTIONS(CommentThreads)
public:
    // In the order the comments were made.
    static std::vector<CommentThread> of(const Workspace &workspace, const QString &journey);
    // "Step “Apply online”", "Card “Form is long”", "Journey", or
    // "“Old card” (removed)".
    static QString placeText(const Workspace &workspace, const CommentThread &thread);
    // The open threads on each step and card of a journey (target id ->
    // thread ids, oldest first).
    static QHash<QString, QStringList> openByTarget(const Workspace &workspace,
                                                    const QString &journey);
};

} // namespace blauwdruk
