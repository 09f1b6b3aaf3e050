#pragma once

#include "exporter.h"

namespace blauwdruk {

// The consequence inventory as one self-contained HTML page (inline CSS, no
// script, nothing fetched) that reads on screen and prints on A4.
class InventoryHtmlExporter : public Exporter {
public:
    QString name() const override { return QStringLiteral("html"); }
    QStringList extensions() const override {
        return {QStringLiteral("html"), QStringLiteral("htm")};
    }
    ExportCapabilities capabilities() const override;
    QByteArray render(const Workspace &workspace, const ExportOptions &options,
                      QString *error) const override;

    // Text as HTML character data or an attribute value: & < > " ' become
    // references, and controls HTML forbids are dropped.
    static QString escape(const QString &text);
};

} // namespace blauwdruk
