#pragma once

#include "entitytype.h"
#include "field.h"

namespace blauwdruk {

// A remark by a reviewer on a journey, one of its steps or one of its cards.
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
        };
        return table;
    }
};

} // namespace blauwdruk
