#pragma once

#include "entitytype.h"

#include <QString>
#include <vector>

namespace blauwdruk {

class Workspace;

// Personas and cards describe fictional residents; real personal data has no
// place in a workspace (GDPR). This finds text that looks like it: a Dutch
// citizen service number (BSN, nine digits passing the eleven-test), an IBAN
// (with a valid checksum), an e-mail address or a phone number. Nothing is
// sent anywhere: it only reads the workspace in memory.
class PrivacyGuard {
public:
    struct Finding {
        EntityType type = EntityType::Workspace;
        QString id;
        QString field;
        QString kind;   // "BSN", "IBAN", "e-mail" or "phone"
        QString masked; // the match with its middle hidden, safe to print
    };

    static std::vector<Finding> scan(const Workspace &workspace);
    // One persona, journey, step, card…: for a warning on that item.
    static std::vector<Finding> scanObject(const Workspace &workspace, EntityType type,
                                           const QString &id);
    // The findings in one text, each once, in order.
    static std::vector<Finding> scanText(const QString &text);

    static bool isBsn(const QString &digits);
    static bool isIban(const QString &text);
};

} // namespace blauwdruk
