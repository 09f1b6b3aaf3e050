#pragma once

#include "entitytype.h"
#include "field.h"
#include "vocabulary.h"

namespace blauwdruk {

// The workspace's own description: what the file is about and for whom.
struct WorkspaceMeta {
    static constexpr EntityType kType = EntityType::Workspace;
    static constexpr const char *kTable = "workspace";

    QString id; // fixed: the workspace is a singleton, see kId
    QString title;
    QString organisation;
    QString theme;
    QString description;
    QString language = QStringLiteral("nl"); // the language of the content
    QStringList authors;

    static inline const QString kId = QStringLiteral("workspace");

    static std::span<const Field<WorkspaceMeta>> fields() {
        static const Field<WorkspaceMeta> table[] = {
            {"title", &WorkspaceMeta::title},
            {"organisation", &WorkspaceMeta::organisation},
            {"theme", &WorkspaceMeta::theme},
            {"description", &WorkspaceMeta::description},
            {"language", &WorkspaceMeta::language, FieldRule::oneOf(vocabulary::languages())},
            {"authors", &WorkspaceMeta::authors},
        };
        return table;
    }
};

} // namespace blauwdruk
