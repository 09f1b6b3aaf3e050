#pragma once

#include "document.h"

#include <QCoreApplication>
#include <QString>

namespace blauwdruk {

// A journey's review: its status, the decisions that move it, and whether its
// content changed since it was approved. Decisions are recorded, not pushed
// on the undo stack (Document::record): undo never removes one.
class Review {
    Q_DECLARE_TR_FUNCTIONS(Review)
public:
    enum class Action { Submit, Approve, RequestChanges, BackToConcept };

    explicit Review(Document &document);

    // Why `action` is not allowed from the journey's status; empty when it is.
    static QString refusal(const Workspace &workspace, const QString &journey, Action action);
    static QString statusAfter(Action action);

    // Records the decision (with the content hash; an approval also keeps
    // the approved state as a version). False with error() when refused.
    bool decide(const QString &journey, Action action, const QString &by, const QString &role,
                const QString &remark);
    QString error() const { return mError; }

    // The decision in force (the last one), or nullptr.
    static const Decision *lastDecision(const Workspace &workspace, const QString &journey);
    // The last approval, when the journey is approved.
    static const Decision *approval(const Workspace &workspace, const QString &journey);
    // True when the journey is approved and its content hash is not the
    // approved one (an edit, an import, another program).
    static bool changedSinceApproval(const Workspace &workspace, const QString &journey);
    // The workspace as it was approved, decoded from the approval's version.
    static std::optional<Workspace> approvedState(const Workspace &workspace,
                                                  const QString &journey);

private:
    Document &mDocument;
    QString mError;
};

} // namespace blauwdruk
