#include "inventoryhtmlexporter.h"

#include "inventory.h"
#include "vocabulary.h"

#include <QCoreApplication>
#include <QDate>

namespace blauwdruk {

ExportCapabilities InventoryHtmlExporter::capabilities() const {
    return {
        .label =
            QT_TRANSLATE_NOOP("blauwdruk::ExportDialog", "Consequence inventory, web page (HTML)"),
        .content = ExportCapabilities::Content::Inventory,
        .journeys = ExportCapabilities::Journeys::All,
    };
}

namespace {

using Column = Inventory::Column;

// Column widths in per cent (a fixed layout, so a 5,000-character text
// wraps inside its column instead of widening the table off the page).
constexpr int kWidths[] = {7, 11, 18, 7, 7, 6, 6, 4, 7, 5, 6, 9, 7};
static_assert(std::size(kWidths) == std::size(Inventory::kCardColumns));

// The column widths as style rules, one class per column ("col.c1").
QString columnWidths() {
    QString css;
    for (size_t i = 0; i < std::size(kWidths); ++i)
        css += QStringLiteral("col.c%1 { width: %2%; }\n").arg(i + 1).arg(kWidths[i]);
    return css;
}

// Calm, legible and printable: the DESIGN.md palette in neutral tints, type
// never below 11 px (8 pt on paper), and on paper headings stay with what
// follows, rows are never split, and each journey starts a new page.
const char kStyle[] = R"css(
:root { color-scheme: light; }
body { font-family: Inter, "DejaVu Sans", Arial, sans-serif; font-size: 13px; line-height: 1.45;
  color: #1f2328; background: #ffffff; margin: 32px; }
caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
h1 { font-size: 24px; margin: 0 0 8px; }
h2 { font-size: 20px; margin: 40px 0 8px; padding-top: 16px; border-top: 2px solid #d0d7de; }
h3 { font-size: 16px; margin: 24px 0 8px; padding: 4px 8px; background: #eef2f6;
  border-left: 4px solid #57606a; }
dl.summary { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0 0 16px; }
dl.summary dt { font-weight: 600; color: #57606a; }
dl.summary dd { margin: 0; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0 0 16px; }
th, td { text-align: start; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid #d0d7de;
  overflow-wrap: anywhere; }
thead th { font-weight: 600; color: #57606a; border-bottom: 2px solid #8c959f; }
tbody th.step { font-weight: 600; background: #f6f8fa; padding-top: 8px; }
td.text { white-space: pre-line; }
td.votes { text-align: end; font-variant-numeric: tabular-nums; }
td.kind { font-weight: 600; }
tr.pain_point td.kind, tr.fail_point td.kind { color: #a40e26; }
tr.opportunity td.kind, tr.idea td.kind { color: #116329; }
tr.question td.kind, tr.wait_point td.kind { color: #7d4e00; }
.empty { color: #57606a; font-style: italic; }
@page { size: A4 landscape; margin: 15mm; }
@media print {
  body { margin: 0; font-size: 9pt; }
  section.journey + section.journey { break-before: page; }
  h1, h2, h3 { break-after: avoid; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  tbody th.step { break-after: avoid; }
  h3 { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)css";

} // namespace

QString InventoryHtmlExporter::escape(const QString &text) {
    // One kind of line break, as an HTML parser would make it anyway.
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(u'\r', u'\n');
    QString out;
    out.reserve(normalized.size() + normalized.size() / 8);
    for (QChar c : normalized) {
        switch (c.unicode()) {
        case u'&':
            out += QLatin1String("&amp;");
            break;
        case u'<':
            out += QLatin1String("&lt;");
            break;
        case u'>':
            out += QLatin1String("&gt;");
            break;
        case u'"':
            out += QLatin1String("&quot;");
            break;
        case u'\'':
            out += QLatin1String("&#39;");
            break;
        default:
            // HTML allows tab, LF, FF and CR among the controls; the rest
            // (and DEL) are parse errors with no meaning in a card.
            if ((c.unicode() < 0x20 && c != u'\t' && c != u'\n') || c.unicode() == 0x7F)
                break;
            out += c;
        }
    }
    return out;
}

QByteArray InventoryHtmlExporter::render(const Workspace &workspace, const ExportOptions &options,
                                         QString *error) const {
    const std::optional<Inventory> inventory =
        Inventory::build(workspace, options.journey, error, options.team, options.status);
    if (!inventory)
        return {};
    const Inventory &inv = *inventory;
    auto untitled = [&](const QString &title) {
        return title.trimmed().isEmpty() ? inv.term("Untitled") : escape(title);
    };
    // User text gets dir="auto", so an Arabic or Hebrew title reads right to
    // left without turning the page around.
    auto entry = [&](QString &out, const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            out += QStringLiteral("<dt>%1</dt><dd dir=\"auto\">%2</dd>\n")
                       .arg(escape(label), escape(value));
    };

    const QString title =
        inv.sections().size() == 1 ? inv.sections().front().title : inv.workspaceTitle();
    QString out;
    out +=
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<title>%2: %3</title>\n<style>%4</style>\n</head>\n<body>\n")
            .arg(inv.dutch() ? QStringLiteral("nl") : QStringLiteral("en"), escape(inv.heading()),
                 untitled(title), QString::fromUtf8(kStyle) + columnWidths());
    out += QStringLiteral("<header>\n<h1>%1</h1>\n<dl class=\"summary\">\n")
               .arg(escape(inv.heading()));
    entry(out, inv.term("Team"), inv.team());
    entry(out, inv.term("Workspace"), inv.workspaceTitle());
    entry(out, inv.term("Organisation"), inv.organisation());
    entry(out, inv.term("Date"), QDate::currentDate().toString(Qt::ISODate));
    QStringList journeyTitles;
    for (const Inventory::Section &section : inv.sections())
        journeyTitles << section.title;
    entry(out, inv.sections().size() == 1 ? inv.header(Column::Journey) : inv.term("Journeys"),
          journeyTitles.join(QStringLiteral("; ")));
    entry(out, inv.term("Cards"), QString::number(inv.cardCount()));
    out += QStringLiteral("</dl>\n</header>\n");

    for (const Inventory::Section &section : inv.sections()) {
        out += QStringLiteral("<section class=\"journey\">\n<h2 dir=\"auto\">%1</h2>\n"
                              "<dl class=\"summary\">\n")
                   .arg(untitled(section.title));
        entry(out, inv.term("Persona"), section.persona);
        entry(out, inv.header(Column::Kind), section.kind);
        entry(out, inv.term("Starting point"), section.startingPoint);
        entry(out, inv.term("Goal"), section.goal);
        entry(out, inv.term("Review"), section.status);
        QStringList counts;
        for (const auto &[kind, count] : section.kindCounts)
            counts << QStringLiteral("%1 %2").arg(kind, QString::number(count));
        entry(out, inv.term("Cards"),
              QString::number(section.cardCount) +
                  (counts.isEmpty()
                       ? QString()
                       : QStringLiteral(" (") + counts.join(QStringLiteral(", ")) + u')'));
        out += QStringLiteral("</dl>\n");
        if (section.lanes.empty())
            out += QStringLiteral("<p class=\"empty\">%1</p>\n").arg(escape(inv.term("No cards")));

        for (const Inventory::LaneGroup &lane : section.lanes) {
            out += QStringLiteral("<section class=\"lane\">\n<h3 dir=\"auto\">%1</h3>\n"
                                  "<table>\n<caption dir=\"auto\">%1</caption>\n<colgroup>")
                       .arg(untitled(lane.title));
            // The widths go in the style sheet (cols.css()): a style attribute
            // on every column is what tidy's WCAG check asks to test by hand.
            for (size_t i = 0; i < std::size(kWidths); ++i)
                out += QStringLiteral("<col class=\"c%1\">").arg(i + 1);
            out += QStringLiteral("</colgroup>\n<thead><tr>");
            for (Column column : Inventory::kCardColumns)
                out += QStringLiteral("<th scope=\"col\">%1</th>").arg(escape(inv.header(column)));
            out += QStringLiteral("</tr></thead>\n");
            for (const Inventory::StepGroup &step : lane.steps) {
                const QString stepTitle =
                    step.stage.trimmed().isEmpty()
                        ? untitled(step.title)
                        : escape(step.stage) + QStringLiteral(" › ") + untitled(step.title);
                out += QStringLiteral("<tbody>\n<tr><th class=\"step\" colspan=\"%1\" "
                                      "scope=\"rowgroup\" dir=\"auto\">%2</th></tr>\n")
                           .arg(std::size(Inventory::kCardColumns))
                           .arg(stepTitle);
                for (const Inventory::Row &row : step.rows) {
                    // Only known kinds become a class: a class name is markup too.
                    const QString kindClass = vocabulary::cardKinds().contains(row.kindToken)
                                                  ? row.kindToken
                                                  : QStringLiteral("other");
                    out += QStringLiteral("<tr class=\"%1\">").arg(kindClass);
                    for (Column column : Inventory::kCardColumns) {
                        const QString value = Inventory::cell(section, lane, step, row, column);
                        switch (column) {
                        case Column::Kind:
                            out += QStringLiteral("<td class=\"kind\">%1</td>").arg(escape(value));
                            break;
                        case Column::Text:
                            out += QStringLiteral("<td class=\"text\" dir=\"auto\">%1</td>")
                                       .arg(escape(value));
                            break;
                        case Column::Votes:
                            out += QStringLiteral("<td class=\"votes\">%1</td>").arg(escape(value));
                            break;
                        default:
                            out += QStringLiteral("<td dir=\"auto\">%1</td>").arg(escape(value));
                        }
                    }
                    out += QStringLiteral("</tr>\n");
                }
                out += QStringLiteral("</tbody>\n");
            }
            out += QStringLiteral("</table>\n</section>\n");
        }
        out += QStringLiteral("</section>\n");
    }
    out += QStringLiteral("</body>\n</html>\n");
    return out.toUtf8();
}

} // namespace blauwdruk
