#pragma once

#include "testsupport.h"
#include "validator.h"

#include <catch2/catch.hpp>

namespace blauwdruk::test {

// Runs one edit, then proves that it is one undo step and that undo and redo
// restore the workspace in memory and in the file.
template <class F> void checkUndoRedo(test::ExampleFile &file, F &&edit) {
    Document &doc = *file.document;
    const std::string before = test::canonical(doc.workspace());
    const int count = doc.undoStack()->count();
    REQUIRE(edit());
    const std::string after = test::canonical(doc.workspace());
    CHECK(after != before);
    CHECK(test::onDisk(file.path) == after);
    CHECK(doc.undoStack()->count() == count + 1);
    CHECK(validateWorkspace(doc.workspace()).empty());
    doc.undoStack()->undo();
    CHECK(test::canonical(doc.workspace()) == before);
    CHECK(test::onDisk(file.path) == before);
    doc.undoStack()->redo();
    CHECK(test::canonical(doc.workspace()) == after);
    CHECK(test::onDisk(file.path) == after);
}

} // namespace blauwdruk::test
