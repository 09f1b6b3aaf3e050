#pragma once

#include "workspace.h"

#include <QTranslator>

#include <memory>

namespace blauwdruk {

// What is written for people — a poster's title block and lane names, a
// persona sheet — is in the workspace's language, whatever the window's or
// the command line's language: while this lives, the workspace's
// translation comes first (for English, the source text itself), so the
// export dialog and `blauwdruk export` make the same poster. Messages met
// on the way (an export's errors) stay in the user's language.
class WorkspaceLanguage {
public:
    explicit WorkspaceLanguage(const Workspace &workspace);
    // A language by its code ("nl", "en"); the command line writes what
    // scripts read under WorkspaceLanguage("en"), whatever the user's language.
    explicit WorkspaceLanguage(const QString &language);
    ~WorkspaceLanguage();
    WorkspaceLanguage(const WorkspaceLanguage &) = delete;
    WorkspaceLanguage &operator=(const WorkspaceLanguage &) = delete;

private:
    std::unique_ptr<QTranslator> mTranslator;
    bool mInstalled = false;
};

} // namespace blauwdruk
