#include "currentsession.h"

#include "document.h"
#include "edits.h"
#include "sessionrules.h"

#include <QLocale>

namespace blauwdruk {

bool CurrentSession::canStart(const Document &document) {
    return !document.isReadOnly() && !document.isReviewMode();
}

QString CurrentSession::ensure(Document &document, const QString &journey) {
    if (journey.isEmpty() || !canStart(document))
        return QString();
    if (const WorkSession *session = SessionRules::running(document.workspace(), journey))
        return session->id;
    Edits edits(document);
    return edits.startSession(journey, title(QDate::currentDate()));
}

QString CurrentSession::get(Document &document, const QString &journey, QString *error) {
    const QString id = ensure(document, journey);
    if (id.isEmpty() && error)
        *error = canStart(document)
                     ? tr("The work session could not start: %1").arg(document.lastError())
                     : tr("The file cannot be changed now (read-only or in review "
                          "mode), so no session records votes.");
    return id;
}

QString CurrentSession::title(const QDate &date) {
    return tr("Work session %1").arg(QLocale().toString(date, QStringLiteral("d MMMM yyyy")));
}

} // namespace blauwdruk
