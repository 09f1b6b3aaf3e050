#include "currentsession.h"

#include "document.h"
#include "edits.h"
#include "sessionrules.h"

namespace blauwdruk {

QString CurrentSession::get(Document &document, const QString &journey, QString *error) {
    if (const WorkSession *session = SessionRules::running(document.workspace(), journey))
        return session->id;
    Edits edits(document);
    const QString id = edits.startSession(journey, tr("Work session"));
    if (id.isEmpty() && error)
        *error = edits.error();
    return id;
}

} // namespace blauwdruk
