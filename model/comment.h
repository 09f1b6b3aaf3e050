#pragma once

#include "entitytype.h"
#include "field.h"

namespace blauwdruk {

// A remark by a reviewer on a journey, one of its steps or one of its cards,
// or a reply to one (parent).
struct Comment {
    static constexpr EntityType kType = EntityType::Comment;
    static constexpr const char *kTable = "comments";

    QString id;
    QString journey;
    int position = 0;
    QString target; // id of the journey, a step or a card
    QString author;
    QString text;
    QString created; // ISO 8601, UTC
    bool resolved = false;
    QString parent;      // the comment this one replies to; empty for a thread's first
    QString targetTitle; // the target's title when commented: readable after it is removed
    QString edited;      // ISO 8601, UTC, when the author last changed the text

    static std::span<const Field<Comment>> fields() {
        static const Field<Comment> table[] = {
            {"id", &Comment::id},
            {"journey", &Comment::journey},
            {"position", &Comment::position},
            {"target", &Comment::target},
            {"author", &Comment::author},
            {"text", &Comment::text},
            {"created", &Comment::created, FieldRule::dateTime()},
            {"resolved", &Comment::resolved},
            {"parent", &Comment::parent},
            {"target_title", &Comment::targetTitle},
            {"edited", &Comment::edited, FieldRule::dateTime()},
        };
        return table;
    }
};

} // namespace blauwdruk
