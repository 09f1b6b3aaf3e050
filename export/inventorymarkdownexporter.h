#pragma once

#include "exporter.h"

namespace blauwdruk {

// The consequence inventory as Markdown (CommonMark with GFM tables), for
// wikis, tickets and reports: a heading per journey, lane and step, and a
// table of the step's cards.
class InventoryMarkdownExporter : public Exporter {
public:
    QString name() const override { return QStringLiteral("md"); }
    QStringList extensions() const override {
        return {QStringLiteral("md"), QStringLiteral("markdown")};
    }
    ExportCapabilities capabilities() const override;
    QByteArray render(const Workspace &workspace, const ExportOptions &options,
                      QString *error) const override;

    // Text as literal inline Markdown on one line: every character that
    // could start markup, an entity, raw HTML or a table cell boundary is
    // backslash-escaped, and line breaks become spaces (a table row and a
    // heading are one line).
    static QString escape(const QString &text);
};

} // namespace blauwdruk
