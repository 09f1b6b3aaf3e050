#include "currentsession.h"

#include "document.h"
#include "edits.h"
#include "sessionrules.h"
#include "workspacelanguage.h"

#include <QLocale>

namespace blauwdruk {

bool CurrentSession::canStart(const Document &document) {
    return !document.isReadOnly() && !document.isReviewMode();
}

QString CurrentSession::ensure(Document &document, const QString &journey, QString *error) {
    if (journey.isEmpty())
        return QString();
    if (!canStart(document)) {
        if (error)
            *error = tr("The file cannot be changed now (read-only or in review mode), so no "
                        "session records votes.");
        return QString();
    }
    if (const WorkSession *session = SessionRules::running(document.workspace(), journey))
        return session->id;
    Edits edits(document);
    const QString id =
        edits.startSession(journey, title(document.workspace(), QDate::currentDate()));
    if (id.isEmpty() && error)
        *error = tr("The work session could not start: %1").arg(edits.error());
    return id;
}

QString CurrentSession::title(const Workspace &workspace, const QDate &date) {
    const WorkspaceLanguage language(workspace);
    const QLocale locale(workspace.meta.language == QLatin1String("en") ? QLocale::English
                                                                        : QLocale::Dutch);
    return tr("Work session %1").arg(locale.toString(date, QStringLiteral("d MMMM yyyy")));
}

} // namespace blauwdruk
