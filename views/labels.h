#pragma once

#include <QCoreApplication>
#include <QString>

namespace blauwdruk {

// What the UI calls the stored tokens ("pain_point" -> "Knelpunt"), in the
// user's language.
class Labels {
    Q_DECLARE_TR_FUNCTIONS(Labels)
public:
    static QString cardKind(const QString &kind);
    static QString cardStatus(const QString &status);
    static QString evidence(const QString &level);
    static QString laneKind(const QString &kind);
    static QString connectionKind(const QString &kind);
};

} // namespace blauwdruk
