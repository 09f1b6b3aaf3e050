#pragma once

#include "entitytype.h"
#include "field.h"

namespace blauwdruk {

// A named snapshot of the whole workspace, kept inside the file.
struct Version {
    static constexpr EntityType kType = EntityType::Version;
    static constexpr const char *kTable = "versions";

    QString id;
    int position = 0;
    QString name;
    QString created;  // ISO 8601, UTC
    QString snapshot; // the workspace as canonical JSON, without versions

    static std::span<const Field<Version>> fields() {
        static const Field<Version> table[] = {
            {"id", &Version::id},
            {"position", &Version::position},
            {"name", &Version::name, FieldRule::nonBlank()},
            {"created", &Version::created, FieldRule::dateTime()},
            {"snapshot", &Version::snapshot},
        };
        return table;
    }
};

} // namespace blauwdruk
