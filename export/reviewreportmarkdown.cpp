#include "reviewreportmarkdown.h"

#include "inventorymarkdownexporter.h"
#include "reporttext.h"

namespace blauwdruk {

namespace {

using Kind = ReportText::Block::Kind;

QString escape(const QString &text) {
    return InventoryMarkdownExporter::escape(text);
}

bool isListItem(Kind kind) {
    return kind == Kind::Item || kind == Kind::Reply;
}

} // namespace

QByteArray ReviewReportMarkdown::render(const ReportText &report) {
    QString out;
    const std::vector<ReportText::Block> &blocks = report.blocks();
    for (size_t i = 0; i < blocks.size(); ++i) {
        const ReportText::Block &block = blocks[i];
        const QString lead =
            block.lead.isEmpty() ? QString() : QStringLiteral("**%1** ").arg(escape(block.lead));
        switch (block.kind) {
        case Kind::Title:
            out += QStringLiteral("# %1\n\n").arg(escape(block.text));
            break;
        case Kind::Journey:
        case Kind::Heading:
            out += QStringLiteral("## %1\n\n").arg(escape(block.text));
            break;
        case Kind::Section:
            out += QStringLiteral("### %1\n\n").arg(escape(block.text));
            break;
        case Kind::Group:
            out += QStringLiteral("#### %1\n\n").arg(escape(block.text));
            break;
        case Kind::Item:
            out += QStringLiteral("- %1%2\n").arg(lead, escape(block.text));
            break;
        case Kind::Reply:
            out += QStringLiteral("  - %1%2\n").arg(lead, escape(block.text));
            break;
        case Kind::Note:
            out += QStringLiteral("*%1*\n\n").arg(escape(block.text));
            break;
        }
        // A list ends with a blank line before what is not part of it.
        if (isListItem(block.kind) && (i + 1 == blocks.size() || !isListItem(blocks[i + 1].kind)))
            out += u'\n';
    }
    return out.trimmed().toUtf8() + '\n';
}

} // namespace blauwdruk
