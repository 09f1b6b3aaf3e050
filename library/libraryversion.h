#pragma once

#include <QString>

namespace blauwdruk {

// One published version of a journey as the library describes it (without
// its content, which Library::fetch reads and validates).
struct LibraryVersion {
    QString id;               // the version's own uuid
    QString lineage;          // the published journey's id: versions of one journey
    int number = 0;           // 1, 2, … within the lineage and organisation
    QString organisation;     // the publishing role
    QString organisationName; // its name ("Gemeente Zwolle"), or the role when unnamed
    QString title;
    QString theme;
    QString persona;
    QString status;       // the journey's review status when published
    QString approvalHash; // the approval's content hash when approved, else empty
    QString publishedBy;
    QString publishedAt; // ISO 8601 UTC
    QString retractedAt; // empty while it stands
    QString retractedBy;
};

} // namespace blauwdruk
