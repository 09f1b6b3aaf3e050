#pragma once

#include "workspace.h"

#include <QTranslator>

namespace blauwdruk {

// The command line speaks English, but what it writes for people — a
// persona sheet, a poster's title block — is in the workspace's language:
// its translation is installed while this lives.
class WorkspaceLanguage {
public:
    explicit WorkspaceLanguage(const Workspace &workspace);
    ~WorkspaceLanguage();
    WorkspaceLanguage(const WorkspaceLanguage &) = delete;
    WorkspaceLanguage &operator=(const WorkspaceLanguage &) = delete;

private:
    QTranslator mTranslator;
    bool mInstalled = false;
};

} // namespace blauwdruk
