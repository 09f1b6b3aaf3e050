#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace blauwdruk {

class Document;
class Workspace;

// The work session a journey's session mode captures into: the one running
// (SessionRules::running), or a new one started and recorded in the file.
// Only for a writable document outside review mode.
class CurrentSession {
    Q_DECLARE_TR_FUNCTIONS(CurrentSession)
public:
    // The running session's id, started if needed; empty when the document
    // may not be changed (read-only, review mode) or the start was refused,
    // with why in `error` when asked.
    static QString ensure(Document &document, const QString &journey, QString *error = nullptr);
    // "Werksessie 30 november 2026": in the workspace's language, like the
    // rest of what the room makes, whatever the window's language is.
    static QString title(const Workspace &workspace, const QDate &date);
    static bool canStart(const Document &document);
};

} // namespace blauwdruk
