#pragma once

#include <QString>

namespace blauwdruk {

// The SQLite schema of .blauwdruk files and the steps that bring an older
// file up to date. Migrations only ever go forward; each is frozen once
// released, and tests/data holds a file of every released version.
class Schema {
public:
    static constexpr int kVersion = 7;
    // "BdRk": lets SQLite tools and our open() tell our files from others'.
    static constexpr int kApplicationId = 0x4264526b;

    // SQL that creates the newest schema in an empty database.
    static const char *createSql();

    // SQL that turns a file of version `from` into version `from + 1`, or
    // nullptr when there is no such step.
    static const char *migrationSql(int from);

    // SQL that takes migration `from` back, turning the newest schema made in
    // memory into that of version `from`. Only used to know what an older file
    // must look like (model/schemacheck.cpp); never run on a file.
    static const char *reverseMigrationSql(int from);
};

} // namespace blauwdruk
