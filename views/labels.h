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
    static QString journeyKind(const QString &kind);
    static QString reviewStatus(const QString &status);
    // "+1 · positive": the number and a word, readable without the curve.
    static QString emotion(int value);
    // The 1..5 scales of a persona; 0 is "not given".
    static QString scale(int value);
    // The language of a workspace's content ("nl" -> "Dutch").
    static QString language(const QString &code);
};

} // namespace blauwdruk
