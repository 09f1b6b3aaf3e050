#pragma once

#include "entitytype.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QLabel;

namespace blauwdruk {

class Workspace;

// The warning on an item whose text looks like real personal data (see
// PrivacyGuard): shown in the Inspector and the persona form.
class PrivacyWarning {
    Q_DECLARE_TR_FUNCTIONS(PrivacyWarning)
public:
    // Empty when the items are clean.
    static QString text(const Workspace &workspace, EntityType type, const QStringList &ids);
    // A label that reads as a warning, hidden while `text` is empty.
    static QLabel *label(const QString &text = QString());
    static void show(QLabel *label, const QString &text);
};

} // namespace blauwdruk
