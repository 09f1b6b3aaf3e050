#pragma once

#include <QCommandLineOption>

// The options of the subcommands, each defined once: several commands share
// them, and the export command asks the registry which of them a format takes.
namespace blauwdruk::cli {

inline const QCommandLineOption kOutput({"o", "output"}, "Write to FILE.", "FILE");
inline const QCommandLineOption kTitle("title", "Workspace title.", "TITLE");
inline const QCommandLineOption
    kLanguage("language", "The example's language: nl (the default) or en.", "nl|en");
inline const QCommandLineOption kJson("json", "Print one JSON object.");
inline const QCommandLineOption kJourney("journey", "The journey, by title or id.", "TITLE|UUID");
inline const QCommandLineOption
    kPersona("persona", "A persona sheet (PDF) of one persona, by name or id.", "NAME|UUID");
inline const QCommandLineOption kPersonas("personas", "Persona sheets (PDF) of all personas.");
inline const QCommandLineOption kFormat("format", "Output format (default: from the extension).",
                                        "FORMAT");
inline const QCommandLineOption kHelp({"h", "help"}, "Show this help.");
inline const QCommandLineOption kPaper("paper", "Poster paper: A0..A4 or WxHmm (default A3).",
                                       "PAPER");
inline const QCommandLineOption kLandscape("landscape", "Landscape paper (the default).");
inline const QCommandLineOption kPortrait("portrait", "Portrait paper.");
inline const QCommandLineOption kTilePaper("tile-paper", "Cut the poster into pages of A4 or A3.",
                                           "A4|A3");
inline const QCommandLineOption kMargin("margin", "Margin in mm (default 10).", "MM");
inline const QCommandLineOption kDpi("dpi", "PNG resolution (default 150).", "N");
inline const QCommandLineOption kWidth("width", "PNG width in pixels (instead of --dpi).", "PX");
inline const QCommandLineOption kPdfA("pdfa", "PDF/A-1b, for archiving.");
inline const QCommandLineOption kInventory("inventory",
                                           "CSV: the consequence inventory, not the grid.");
inline const QCommandLineOption kBy("by", "Who decides or comments.", "NAME");
inline const QCommandLineOption kRole("role", "The decider's role.", "ROLE");
inline const QCommandLineOption kRemark("remark", "A remark with the decision.", "TEXT");
inline const QCommandLineOption kStep("step", "The step, by title or id.", "TITLE|UUID");
inline const QCommandLineOption kCard("card", "The card, by title or id.", "TITLE|UUID");
inline const QCommandLineOption kSave("save", "Save a version under this name.", "NAME");
inline const QCommandLineOption kFrom("from", "The version to compare from, by name or id.",
                                      "VERSION");
inline const QCommandLineOption kTo("to", "The version to compare to (default: now).", "VERSION");
inline const QCommandLineOption kReviewReport("review-report",
                                              "The review report (Markdown or PDF).");
inline const QCommandLineOption kHealth("health", "The blueprint health check.");
inline const QCommandLineOption kTeam("team", "Only the consequences this team owns.", "NAME");
inline const QCommandLineOption kDemoFindings("demo-findings",
                                              "The demo findings report (Markdown or PDF).");
inline const QCommandLineOption kSessionSummary("session-summary",
                                                "The work sessions' summary (Markdown or PDF).");

} // namespace blauwdruk::cli
