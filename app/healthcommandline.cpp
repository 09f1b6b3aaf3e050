#include "healthcommandline.h"

#include "commandfiles.h"
#include "commandline.h"
#include "commandlookup.h"
#include "commandoptions.h"
#include "commandparser.h"
#include "healthcheck.h"
#include "terminal.h"
#include "workspacelanguage.h"

#include <nlohmann/json.hpp>

namespace blauwdruk {

using namespace cli;

int HealthCommandLine::run(const QStringList &arguments) {
    CommandParser p;
    if (auto done = p.parse(arguments, {kHealth, kJourney, kJson}, 1,
                            QStringLiteral("check --health FILE [--journey TITLE|UUID] [--json]")))
        return *done;
    const QString path = p.positional.first();
    QString error;
    std::optional<Workspace> ws = CommandFiles::load(path, false, nullptr, &error);
    if (!ws)
        return CommandLine::fail(path, error);
    QString journeyId;
    if (p.parser.isSet(kJourney)) {
        const Journey *journey = CommandLookup::journey(*ws, p.parser.value(kJourney), &error);
        if (!journey)
            return CommandLine::fail(path, error);
        journeyId = journey->id;
    }
    // Findings on stdout are for scripts: English, whatever the user's language.
    std::optional<WorkspaceLanguage> forScripts(std::in_place, QStringLiteral("en"));
    const std::vector<HealthCheck::Finding> findings = HealthCheck::run(*ws, journeyId);
    const qsizetype open = HealthCheck::openCount(findings);
    if (p.parser.isSet(kJson)) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const HealthCheck::Finding &f : findings) {
            nlohmann::ordered_json item;
            item["code"] = f.code.toStdString();
            item["journey"] = f.journey.toStdString();
            item["target"] = f.target.toStdString();
            item["title"] = f.title.toStdString();
            item["advice"] = f.advice.toStdString();
            item["dismissed"] = !f.isOpen();
            if (!f.isOpen())
                item["reason"] = f.reason.toStdString();
            list.push_back(item);
        }
        nlohmann::ordered_json json;
        json["findings"] = list;
        Terminal::out(QString::fromStdString(json.dump(2)) + QLatin1Char('\n'));
    } else {
        // One line each, as plain `check` prints its problems: the file, the
        // code, the journey, the place and the advice.
        for (const HealthCheck::Finding &f : findings) {
            const Journey *journey = ws->find<Journey>(f.journey);
            QString line = QStringLiteral("%1: %2: journey \"%3\"")
                               .arg(Terminal::oneLine(path), f.code,
                                    Terminal::oneLine(journey ? journey->title : f.journey));
            if (f.targetType != EntityType::Journey)
                line += QStringLiteral(", %1 \"%2\"")
                            .arg(entityTypeName(f.targetType), Terminal::oneLine(f.title));
            line += QStringLiteral(": %1").arg(Terminal::oneLine(f.advice));
            if (!f.isOpen())
                line += QStringLiteral(" (dismissed: %1)").arg(Terminal::oneLine(f.reason));
            Terminal::out(line + QLatin1Char('\n'));
        }
        if (findings.empty())
            Terminal::out(QStringLiteral("%1: healthy\n").arg(Terminal::oneLine(path)));
    }
    forScripts.reset();
    if (open > 0) {
        const qsizetype dismissed = qsizetype(findings.size()) - open;
        Terminal::err(QStringLiteral("blauwdruk: %1: %2\n")
                          .arg(Terminal::oneLine(path),
                               open == 1
                                   ? CommandLine::tr("1 open finding (%1 dismissed)").arg(dismissed)
                                   : CommandLine::tr("%1 open findings (%2 dismissed)")
                                         .arg(open)
                                         .arg(dismissed)));
        return CommandLine::Failure;
    }
    return CommandLine::Success;
}

} // namespace blauwdruk
