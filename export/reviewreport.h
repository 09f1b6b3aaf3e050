#pragma once

#include "reporttext.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace blauwdruk {

// The review report of a journey, or of every journey (issue 14): its
// status, its decisions with who, when, role, remark and the content
// hash's first characters, what changed since it was approved, and its open
// comments by step with their replies, then how many are resolved. Built
// once in the workspace's language as a list of blocks (ReportText).
class ReviewReport : public ReportText {
    Q_DECLARE_TR_FUNCTIONS(blauwdruk::ReviewReport)
public:
    // Empty `journeyId`: every journey, in display order. Fails only for a
    // journey the workspace does not hold.
    static std::optional<ReviewReport> build(const Workspace &workspace, const QString &journeyId,
                                             QString *error);

    // A comment is open or resolved as its thread is: resolving resolves
    // a whole thread (Edits::setResolved), so its first comment says.
    static bool isResolved(const Workspace &workspace, const Comment &comment);

    // The hash as the report shows it: enough to compare, short enough to read.
    static constexpr int kHashShown = 12;

private:
    void addJourney(const Workspace &workspace, const Journey &journey);
    void addDecisions(const Workspace &workspace, const Journey &journey);
    void addChanges(const Workspace &workspace, const Journey &journey);
    void addComments(const Workspace &workspace, const Journey &journey);
};

} // namespace blauwdruk
