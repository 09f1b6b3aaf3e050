#pragma once

#include <QCoreApplication>
#include <QString>

namespace blauwdruk {

class Document;

// The work session the window's session commands record into: the
// journey's running session (SessionRules::running), started when there is
// none, so that participants and vote rounds always have one to belong to.
class CurrentSession {
    Q_DECLARE_TR_FUNCTIONS(CurrentSession)
public:
    // The session's id, or empty with `error` set when none could start
    // (no such journey, a read-only file).
    static QString get(Document &document, const QString &journey, QString *error = nullptr);
};

} // namespace blauwdruk
