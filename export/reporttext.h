#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace blauwdruk {

// A report as a list of blocks (headings, items, notes) in the workspace's
// language, which ReviewReportMarkdown and ReviewReportPdf each lay out in
// their own way: the review report (ReviewReport) and the session summary
// (SessionSummary) say different things the same way.
class ReportText {
public:
    struct Block {
        enum class Kind {
            Title,   // the report's
            Journey, // a journey's heading; in the PDF each starts a page
            Heading, // as high as a journey's, on the same page: the parking lot
            Section, // decisions, a session, the parking lot
            Group,   // a step, a lane, a vote round
            Item,    // a decision, a change, a card
            Reply,   // under an item: a remark, a reply, a ranked card
            Note,    // "none", "not approved"
        };
        Kind kind;
        QString lead; // said first and in bold: a status, an author
        QString text;
    };

    // The file types a report is written as: Markdown or PDF.
    static QStringList extensions();
    // The same as a file dialog offers them, PDF first: "PDF (*.pdf)",
    // "Markdown (*.md *.markdown)"; fileDialogExtension() is the extension
    // a name typed without one gets for the filter chosen.
    static QStringList fileDialogFilters();
    static QString fileDialogExtension(const QString &filter);
    // Writes the report as Markdown or PDF, by the extension of `path`;
    // false with the reason (for after the file name).
    bool write(const QString &path, QString *error) const;

    const std::vector<Block> &blocks() const { return mBlocks; }
    QString title() const { return mTitle; }
    // "Page %1" in the report's language.
    QString pageLabel(int page) const { return mPageFormat.arg(page); }

    // Stored times are ISO 8601 in UTC; people read them in their own time
    // zone (a meeting happened at 9:00, not at 8:00 UTC), without the "T".
    static QString when(const QString &iso);

protected:
    void add(Block::Kind kind, const QString &lead, const QString &text = QString());

    std::vector<Block> mBlocks;
    QString mTitle;
    QString mPageFormat;
};

} // namespace blauwdruk
