#pragma once

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
// once in the workspace's language as a list of blocks, which
// ReviewReportMarkdown and ReviewReportPdf each lay out in their own way.
class ReviewReport {
    Q_DECLARE_TR_FUNCTIONS(blauwdruk::ReviewReport)
public:
    struct Block {
        enum class Kind {
            Title,   // the report's
            Journey, // a journey's heading
            Section, // decisions, changes, comments
            Group,   // the journey, a step, removed targets
            Item,    // a decision, a change, a comment
            Reply,   // under an item: a remark, a reply
            Note,    // "none", "not approved"
        };
        Kind kind;
        QString lead; // said first and in bold: a status, an author
        QString text;
    };

    // Empty `journeyId`: every journey, in display order. Fails only for a
    // journey the workspace does not hold.
    static std::optional<ReviewReport> build(const Workspace &workspace, const QString &journeyId,
                                             QString *error);

    // The file types the report is written as: Markdown or PDF.
    static QStringList extensions();
    // Writes the report as Markdown or PDF, by the extension of `path`;
    // false with the reason (for after the file name).
    bool write(const QString &path, QString *error) const;

    const std::vector<Block> &blocks() const { return mBlocks; }
    QString title() const { return mTitle; }
    // "Page %1" in the report's language.
    QString pageLabel(int page) const { return mPageFormat.arg(page); }

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
    void add(Block::Kind kind, const QString &lead, const QString &text = QString());

    std::vector<Block> mBlocks;
    QString mTitle;
    QString mPageFormat;
};

} // namespace blauwdruk
