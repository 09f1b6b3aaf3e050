#pragma once

#include "document.h"
#include "workspace.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace blauwdruk {

// The files the subcommands read and write: inputs read whole within a
// size limit, workspaces loaded read-only, new workspaces written only to
// an output that OutputFile allows.
class CommandFiles {
public:
    // A JSON or CSV file to import; nullopt with the reason (for after the
    // file name).
    static std::optional<QByteArray> readInput(const QString &path, QString *error);
    // A workspace file for reading only; `validate` refuses unsound ones.
    static std::optional<Workspace> load(const QString &path, bool validate, int *schemaVersion,
                                         QString *error);
    // A workspace file to change in place (review decisions, comments,
    // versions), its lock held while the document lives. Refused, with the
    // reason: a file another Blauwdruk has open (naming who) and one that
    // may not be written.
    static std::unique_ptr<Document> openForWriting(const QString &path, QString *error);
    // Writes `workspace` as a new file `out`; `in` is the command's input,
    // which it may not replace. Returns the exit code.
    static int writeWorkspace(const QString &out, const Workspace &workspace,
                              const QString &in = QString());
};

} // namespace blauwdruk
