#pragma once

#include "reporttext.h"
#include "workspace.h"

#include <QCoreApplication>

#include <optional>

namespace blauwdruk {

// The demo findings report (issue 16): for each current journey with an
// ideal one, per pain point of today's journey in the journey's order, the
// residents' verdict in each demo session with its quote, and at the end
// what remains unsolved. Built in the workspace's language as blocks
// (ReportText), written as Markdown or PDF.
class DemoFindings : public ReportText {
    Q_DECLARE_TR_FUNCTIONS(blauwdruk::DemoFindings)
public:
    // Empty `journeyId`: every current/ideal pair, in display order; a
    // journey of either kind stands for its pair. A file without a demo
    // session still gives a report, which says so. Fails only for a
    // journey the workspace does not hold.
    static std::optional<DemoFindings> build(const Workspace &workspace, const QString &journeyId,
                                             QString *error);

    // A verdict token in words, in the report's language.
    static QString verdictWord(const QString &verdict);

private:
    void addPair(const Workspace &workspace, const Journey &current, const Journey *ideal);
};

} // namespace blauwdruk
