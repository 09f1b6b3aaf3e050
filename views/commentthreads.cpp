#include "commentthreads.h"

namespace blauwdruk {

std::vector<CommentThread> CommentThreads::of(const Workspace &ws, const QString &journey) {
    std::vector<CommentThread> threads;
    QHash<QString, size_t> index;
    const auto comments = ws.orderedComments(journey);
    for (const Comment *comment : comments) {
        if (!comment->parent.isEmpty())
            continue;
        CommentThread thread;
        thread.first = comment;
        if (comment->target == journey) {
            thread.place = CommentThread::Place::Journey;
        } else if (ws.find<Step>(comment->target)) {
            thread.place = CommentThread::Place::Step;
            thread.step = comment->target;
        } else if (const Card *card = ws.find<Card>(comment->target)) {
            thread.place = CommentThread::Place::Card;
            thread.step = card->step;
        } else {
            thread.place = CommentThread::Place::Removed;
        }
        index.insert(comment->id, threads.size());
        threads.push_back(std::move(thread));
    }
    for (const Comment *comment : comments)
        if (!comment->parent.isEmpty() && index.contains(comment->parent))
            threads[index.value(comment->parent)].replies.push_back(comment);
    return threads;
}

QString CommentThreads::placeText(const Workspace &ws, const CommentThread &thread) {
    const QString target = thread.first->target;
    switch (thread.place) {
    case CommentThread::Place::Journey:
        return tr("Journey");
    case CommentThread::Place::Step:
        return tr("Step “%1”").arg(ws.find<Step>(target)->title);
    case CommentThread::Place::Card:
        return tr("Card “%1”").arg(ws.find<Card>(target)->title);
    case CommentThread::Place::Removed:
        break;
    }
    return tr("“%1” (removed)").arg(thread.first->targetTitle);
}

QHash<QString, QStringList> CommentThreads::openByTarget(const Workspace &ws,
                                                         const QString &journey) {
    QHash<QString, QStringList> open;
    for (const Comment *comment : ws.orderedComments(journey))
        if (comment->parent.isEmpty() && !comment->resolved && comment->target != journey)
            open[comment->target] << comment->id;
    return open;
}

} // namespace blauwdruk
