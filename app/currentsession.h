#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace blauwdruk {

class Document;

// The work session a journey's session mode captures into: the one running
// (SessionRules::running), or a new one started and recorded in the file.
// Only for a writable document outside review mode.
class CurrentSession {
    Q_DECLARE_TR_FUNCTIONS(CurrentSession)
public:
    // The running session's id, started if needed; empty when the document
    // may not be changed (read-only, review mode) or the start was refused.
    static QString ensure(Document &document, const QString &journey);
    // "Werksessie 30 november 2026": the date in the UI language.
    static QString title(const QDate &date);
    static bool canStart(const Document &document);
    // ensure(), with why not in `error` when there is no session.
    static QString get(Document &document, const QString &journey, QString *error = nullptr);
};

} // namespace blauwdruk
