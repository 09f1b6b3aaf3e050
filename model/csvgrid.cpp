#include "csvgrid.h"

#include "csvtable.h"
#include "validator.h"
#include "vocabulary.h"

#include <QRegularExpression>
#include <QUuid>

namespace blauwdruk {

namespace {

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// "Aanvraag / Intake" -> {"Aanvraag", "Intake"}; a slash needs a space on at
// least one side, so "en/of" in a step title stays whole.
std::pair<QString, QString> splitStage(const QString &header) {
    static const QRegularExpression slash(QStringLiteral("\\s+/\\s*|\\s*/\\s+"));
    const QRegularExpressionMatch match = slash.match(header);
    if (!match.hasMatch())
        return {QString(), header.trimmed()};
    return {header.left(match.capturedStart()).trimmed(),
            header.mid(match.capturedEnd()).trimmed()};
}

bool isBlank(const QString &s) {
    return s.trimmed().isEmpty();
}

// The three lines go where the default blueprint has them: above the first
// frontstage lane, the first backstage lane and the first support/tech lane.
void placeLines(std::vector<Lane> &lanes) {
    const std::pair<const char *, QStringList> rules[] = {
        {"interaction", {"frontstage"}},
        {"visibility", {"backstage"}},
        {"internal_interaction", {"support", "tech"}},
    };
    for (const auto &[line, kinds] : rules) {
        auto lane = std::find_if(lanes.begin(), lanes.end(),
                                 [&](const Lane &l) { return kinds.contains(l.kind); });
        if (lane != lanes.end() && lane != lanes.begin())
            lane->lineAbove = QLatin1String(line);
    }
}

QString cardKindForLane(const QString &laneKind) {
    if (laneKind == QLatin1String("pain_points"))
        return QStringLiteral("pain_point");
    if (laneKind == QLatin1String("opportunities"))
        return QStringLiteral("opportunity");
    return QStringLiteral("note");
}

} // namespace

std::optional<Workspace> CsvGrid::read(const QByteArray &data, const QString &title,
                                       QString *error) {
    std::optional<CsvTable::Rows> rows = CsvTable::parse(data, error);
    if (!rows)
        return std::nullopt;
    if (rows->isEmpty() || std::all_of(rows->first().begin(), rows->first().end(), isBlank)) {
        *error = QStringLiteral("the first row must hold the step titles, and it is empty");
        return std::nullopt;
    }
    const QStringList &header = rows->first();
    // Columns past the last titled one or holding data are padding.
    qsizetype columns = header.size();
    while (columns > 1 && isBlank(header[columns - 1])) {
        bool used = false;
        for (qsizetype r = 1; r < rows->size(); ++r)
            used = used || ((*rows)[r].size() >= columns && !isBlank((*rows)[r][columns - 1]));
        if (used)
            break;
        --columns;
    }
    if (columns < 2) {
        *error = QStringLiteral("the first row has no step titles after its first cell");
        return std::nullopt;
    }

    Workspace ws;
    ws.meta.id = WorkspaceMeta::kId;
    ws.meta.title = title;
    Journey journey;
    journey.id = newId();
    journey.title = title;
    ws.journeys.push_back(journey);

    std::vector<QString> stepIds;
    QString stageTitle;
    Stage *stage = nullptr;
    int stepPosition = 0;
    for (qsizetype c = 1; c < columns; ++c) {
        auto [stageName, stepName] = splitStage(CsvTable::undefuse(header[c]));
        if (!stage || stageName != stageTitle) {
            Stage next;
            next.id = newId();
            next.journey = journey.id;
            next.title = stageName;
            next.position = int(ws.stages.size());
            ws.stages.push_back(next);
            stage = &ws.stages.back();
            stageTitle = stageName;
            stepPosition = 0;
        }
        Step step;
        step.id = newId();
        step.journey = journey.id;
        step.stage = stage->id;
        step.position = stepPosition++;
        step.title = stepName.isEmpty() ? QStringLiteral("Stap %1").arg(c) : stepName;
        stepIds.push_back(step.id);
        ws.steps.push_back(step);
    }

    for (qsizetype r = 1; r < rows->size(); ++r) {
        const QStringList &row = (*rows)[r];
        if (std::all_of(row.begin(), row.end(), isBlank))
            continue;
        if (row.size() > columns) {
            for (qsizetype c = columns; c < row.size(); ++c)
                if (!isBlank(row[c])) {
                    *error = QStringLiteral("row %1 has text in column %2, which has no step title")
                                 .arg(r + 1)
                                 .arg(c + 1);
                    return std::nullopt;
                }
        }
        Lane lane;
        lane.id = newId();
        lane.journey = journey.id;
        lane.position = int(ws.lanes.size());
        lane.title = CsvTable::undefuse(row[0].trimmed());
        lane.kind = vocabulary::laneKindForTitle(lane.title);
        if (lane.title.isEmpty())
            lane.title = QStringLiteral("Baan %1").arg(lane.position + 1);
        ws.lanes.push_back(lane);
        for (qsizetype c = 1; c < columns && c < row.size(); ++c) {
            const QString &stepId = stepIds[size_t(c - 1)];
            // An emotion lane holds numbers: the step's emotion, not cards.
            if (lane.kind == QLatin1String("emotion")) {
                bool isNumber = false;
                const int value = CsvTable::undefuse(row[c].trimmed()).toInt(&isNumber);
                if (isNumber && value >= -2 && value <= 2) {
                    ws.find<Step>(stepId)->emotion = value;
                    continue;
                }
            }
            int position = 0;
            for (const QString &line :
                 row[c].split(QRegularExpression(QStringLiteral("\r\n|\r|\n")))) {
                const QString text = CsvTable::undefuse(line.trimmed());
                if (text.isEmpty())
                    continue;
                Card card;
                card.id = newId();
                card.journey = journey.id;
                card.step = stepId;
                card.lane = lane.id;
                card.position = position++;
                card.kind = cardKindForLane(lane.kind);
                card.title = text;
                ws.cards.push_back(card);
            }
        }
    }
    placeLines(ws.lanes);
    const std::vector<Problem> problems = validateWorkspace(ws);
    if (!problems.empty()) {
        *error = problems.front().toString();
        return std::nullopt;
    }
    return ws;
}

QByteArray CsvGrid::write(const Workspace &ws, const QString &journeyId) {
    const auto steps = ws.orderedSteps(journeyId);
    CsvTable::Rows rows;
    QStringList header{QString()};
    for (const Step *step : steps) {
        const Stage *stage = ws.find<Stage>(step->stage);
        const QString title = step->title.simplified();
        header << CsvTable::defuse(stage && !stage->title.isEmpty()
                                       ? stage->title.simplified() + QStringLiteral(" / ") + title
                                       : title);
    }
    rows << header;
    for (const Lane *lane : ws.orderedLanes(journeyId)) {
        QStringList row{CsvTable::defuse(lane->title.simplified())};
        for (const Step *step : steps) {
            QStringList lines;
            for (const Card *card : ws.cardsInCell(step->id, lane->id))
                lines << CsvTable::defuse(card->title.simplified());
            if (lane->kind == QLatin1String("emotion") && lines.isEmpty())
                lines << QString::number(step->emotion);
            row << lines.join(QLatin1Char('\n'));
        }
        rows << row;
    }
    return CsvTable::write(rows);
}

} // namespace blauwdruk
