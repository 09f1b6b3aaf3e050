#include "inventorymarkdownexporter.h"

#include "inventory.h"

#include <QCoreApplication>
#include <QDate>

namespace blauwdruk {

ExportCapabilities InventoryMarkdownExporter::capabilities() const {
    return {
        .label = QT_TRANSLATE_NOOP("blauwdruk::ExportDialog", "Consequence inventory, Markdown"),
        .content = ExportCapabilities::Content::Inventory,
        .journeys = ExportCapabilities::Journeys::All,
    };
}

namespace {

using Column = Inventory::Column;

QString orUntitled(const Inventory &inventory, const QString &title) {
    const QString escaped = InventoryMarkdownExporter::escape(title);
    return escaped.isEmpty() ? inventory.term("Untitled") : escaped;
}

QString tableRow(const QStringList &cells) {
    return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

} // namespace

QString InventoryMarkdownExporter::escape(const QString &text) {
    // ASCII punctuation that means something somewhere in CommonMark or GFM:
    // emphasis, code, links, autolinks and HTML, entities, tables,
    // strikethrough, headings' closing hashes. Escaping more than needed
    // is safe (any ASCII punctuation may be escaped); less is not.
    // GFM's extended autolinks need more: the ':' of "://" (https://…) and
    // the '.' of "www." (below); any other colon stays as written, so the
    // text reads well as plain text too. An e-mail address links even with
    // its '@' escaped (cmark-gfm), so a word joiner (U+2060, invisible)
    // follows it.
    static const QString special = QStringLiteral("\\`*_[]<>|&~#!");
    QString out;
    out.reserve(text.size() + text.size() / 8);
    bool space = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        // Line breaks and other controls end a table row or a heading, and
        // NUL is not allowed in CommonMark: all become one space.
        if (c.unicode() < 0x20 || c.unicode() == 0x7F) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty() && c != u' ')
            out += u' ';
        space = false;
        if (special.contains(c) ||
            (c == u'.' && out.endsWith(QLatin1String("www"), Qt::CaseInsensitive)) ||
            (c == u':' && QStringView(text).mid(i + 1).startsWith(QLatin1String("//"))))
            out += u'\\';
        out += c;
        if (c == u'@')
            out += QChar(0x2060);
    }
    return out.trimmed();
}

QByteArray InventoryMarkdownExporter::render(const Workspace &workspace,
                                             const ExportOptions &options, QString *error) const {
    const std::optional<Inventory> inventory =
        Inventory::build(workspace, options.journey, error, options.team, options.status);
    if (!inventory)
        return {};
    const Inventory &inv = *inventory;
    QString out;
    out += QStringLiteral("# %1: %2\n\n").arg(inv.heading(), orUntitled(inv, inv.workspaceTitle()));
    auto item = [&](const char *label, const QString &value) {
        if (!value.trimmed().isEmpty())
            out += QStringLiteral("- **%1:** %2\n").arg(inv.term(label), escape(value));
    };
    item("Team", inv.team());
    item("Organisation", inv.organisation());
    item("Date", QDate::currentDate().toString(Qt::ISODate));
    item("Journeys", QString::number(inv.sections().size()));
    item("Cards", QString::number(inv.cardCount()));
    out += u'\n';

    QStringList header;
    QStringList rule;
    for (Column column : Inventory::kCardColumns) {
        header << inv.header(column);
        // Votes are numbers: right-aligned, as a spreadsheet shows them.
        rule << (column == Column::Votes ? QStringLiteral("--:") : QStringLiteral("---"));
    }

    for (const Inventory::Section &section : inv.sections()) {
        out += QStringLiteral("## %1: %2\n\n")
                   .arg(inv.header(Column::Journey), orUntitled(inv, section.title));
        item("Persona", section.persona);
        out += QStringLiteral("- **%1:** %2\n").arg(inv.header(Column::Kind), section.kind);
        item("Starting point", section.startingPoint);
        item("Goal", section.goal);
        item("Review", section.status);
        QStringList counts;
        for (const auto &[kind, count] : section.kindCounts)
            counts << QStringLiteral("%1 %2").arg(escape(kind), QString::number(count));
        out += QStringLiteral("- **%1:** %2%3\n\n")
                   .arg(inv.term("Cards"))
                   .arg(section.cardCount)
                   .arg(counts.isEmpty()
                            ? QString()
                            : QStringLiteral(" (") + counts.join(QStringLiteral(", ")) + u')');
        if (section.lanes.empty())
            out += QStringLiteral("*%1*\n\n").arg(inv.term("No cards"));
        for (const Inventory::LaneGroup &lane : section.lanes) {
            out += QStringLiteral("### %1\n\n").arg(orUntitled(inv, lane.title));
            for (const Inventory::StepGroup &step : lane.steps) {
                const QString stepTitle = orUntitled(inv, step.title);
                out += step.stage.trimmed().isEmpty()
                           ? QStringLiteral("#### %1\n\n").arg(stepTitle)
                           : QStringLiteral("#### %1 › %2\n\n").arg(escape(step.stage), stepTitle);
                out += tableRow(header) + tableRow(rule);
                for (const Inventory::Row &row : step.rows) {
                    QStringList cells;
                    for (Column column : Inventory::kCardColumns)
                        cells << escape(Inventory::cell(section, lane, step, row, column));
                    out += tableRow(cells);
                }
                out += u'\n';
            }
        }
    }
    return out.toUtf8();
}

} // namespace blauwdruk
