#include "privacywarning.h"

#include "privacyguard.h"

#include <QLabel>

namespace blauwdruk {

QString PrivacyWarning::text(const Workspace &workspace, EntityType type, const QStringList &ids) {
    QStringList kinds;
    for (const QString &id : ids)
        for (const PrivacyGuard::Finding &finding : PrivacyGuard::scanObject(workspace, type, id))
            if (!kinds.contains(finding.kind))
                kinds << finding.kind;
    if (kinds.isEmpty())
        return QString();
    return tr("⚠ This looks like real personal data (%1). Personas and cards describe "
              "fictional residents: remove it.")
        .arg(kinds.join(QStringLiteral(", ")));
}

QLabel *PrivacyWarning::label(const QString &text) {
    auto *label = new QLabel;
    label->setTextFormat(Qt::PlainText); // quotes what was found
    label->setObjectName(QStringLiteral("PrivacyWarning"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; color: #7a3b00; "
                                        "border: 1px solid #e8a23a; border-radius: 4px; "
                                        "padding: 6px; }"));
    show(label, text);
    return label;
}

void PrivacyWarning::show(QLabel *label, const QString &text) {
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace blauwdruk
