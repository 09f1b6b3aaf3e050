#include "csvgrid.h"

#include "limitcheck.h"
#include "sizelimits.h"

#include "csvtable.h"
#include "validator.h"
#include "vocabulary.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUuid>

namespace blauwdruk {

namespace {

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isBlank(const QString &s) {
    return s.trimmed().isEmpty();
}

// A slash with a space on at least one side separates stage and step, so
// "en/of" in a title stays whole. A run of slashes is one separator: the
// stage then never ends in a slash, which " / " would turn into a separator
// on export ("A// / B" is stage "A", step "/ B", not stage "A/").
const QRegularExpression &stageSeparator() {
    static const QRegularExpression slash(QStringLiteral("\\s+/+\\s*|\\s*/+\\s+"));
    return slash;
}

// "Aanvraag / Intake" -> {"Aanvraag", "Intake"}; "/ En / of" -> {"", "En / of"}.
std::pair<QString, QString> splitStage(const QString &header) {
    const QRegularExpressionMatch match = stageSeparator().match(header);
    if (!match.hasMatch())
        return {QString(), header.trimmed()};
    return {header.left(match.capturedStart()).trimmed(),
            header.mid(match.capturedEnd()).trimmed()};
}

// "Klantcontactcentrum [frontstage]": a lane title may name its kind.
std::pair<QString, QString> splitKindMarker(const QString &cell) {
    static const QRegularExpression marker(QStringLiteral("^(.*?)\\s*\\[([a-z_]+)\\]\\s*$"));
    const QRegularExpressionMatch match = marker.match(cell);
    if (match.hasMatch() && vocabulary::laneKinds().contains(match.captured(2)))
        return {match.captured(1).trimmed(), match.captured(2)};
    return {cell.trimmed(), vocabulary::laneKindForTitle(cell)};
}

// A row that only names a line ("— zichtlijn —") puts it above the next lane.
QString lineForRow(const QStringList &row) {
    static const QHash<QString, QString> names{
        {"interactielijn", "interaction"},
        {"line of interaction", "interaction"},
        {"interaction line", "interaction"},
        {"zichtlijn", "visibility"},
        {"line of visibility", "visibility"},
        {"visibility line", "visibility"},
        {"interne interactielijn", "internal_interaction"},
        {"line of internal interaction", "internal_interaction"},
        {"internal interaction line", "internal_interaction"},
    };
    if (row.isEmpty() ||
        std::any_of(row.begin() + 1, row.end(), [](const QString &s) { return !isBlank(s); }))
        return QString();
    QString name = row.first().simplified().toLower();
    static const QRegularExpression dashes(QStringLiteral("^[-–—\\s]+|[-–—\\s]+$"));
    name.remove(dashes);
    return names.value(name);
}

QString lineLabel(const QString &line, bool english) {
    if (line == QLatin1String("interaction"))
        return english ? QStringLiteral("— line of interaction —")
                       : QStringLiteral("— interactielijn —");
    if (line == QLatin1String("visibility"))
        return english ? QStringLiteral("— line of visibility —") : QStringLiteral("— zichtlijn —");
    return english ? QStringLiteral("— line of internal interaction —")
                   : QStringLiteral("— interne interactielijn —");
}

// Without line rows, the three lines go where the standard blueprint has
// them: above the first frontstage, backstage and support/tech lane.
void placeDefaultLines(std::vector<Lane> &lanes) {
    const std::pair<const char *, QStringList> rules[] = {
        {"interaction", {"frontstage"}},
        {"visibility", {"backstage"}},
        {"internal_interaction", {"support", "tech"}},
    };
    for (const auto &rule : rules) {
        // Not a structured binding: clang 14 cannot capture one in a lambda.
        const QStringList &kinds = rule.second;
        auto lane = std::find_if(lanes.begin(), lanes.end(),
                                 [&](const Lane &l) { return kinds.contains(l.kind); });
        if (lane != lanes.end() && lane != lanes.begin() && lane->lineAbove.isEmpty())
            lane->lineAbove = QLatin1String(rule.first);
    }
}

QString cardKindForLane(const QString &laneKind) {
    if (laneKind == QLatin1String("pain_points"))
        return QStringLiteral("pain_point");
    if (laneKind == QLatin1String("opportunities"))
        return QStringLiteral("opportunity");
    return QStringLiteral("note");
}

// Builds one journey from the parsed rows.
class GridReader {
public:
    GridReader(const CsvTable::Rows &rows, const QString &title)
        : mRows(rows) {
        mWs.meta.id = WorkspaceMeta::kId;
        mWs.meta.title = title;
        Journey journey;
        journey.id = newId();
        journey.title = title;
        mJourney = journey.id;
        mWs.journeys.push_back(journey);
    }

    std::optional<Workspace> read(QString *error, QStringList *warnings) {
        const qsizetype columns = usedColumns();
        // Counted before any object is made: a row is a lane, a column a step.
        if (columns - 1 > limits::kMaxStepsPerJourney) {
            *error = QCoreApplication::translate(
                         "Import", "has %1 step columns; a journey holds at most %2 steps")
                         .arg(limitcheck::number(columns - 1),
                              limitcheck::number(limits::kMaxStepsPerJourney));
            return std::nullopt;
        }
        if (mRows.size() - 1 > 2 * qsizetype(limits::kMaxLanesPerJourney)) {
            *error = QCoreApplication::translate("Import",
                                                 "has %1 rows; a journey holds at most %2 lanes")
                         .arg(limitcheck::number(mRows.size() - 1),
                              limitcheck::number(limits::kMaxLanesPerJourney));
            return std::nullopt;
        }
        readSteps(columns);
        readLanes(columns);
        if (mTooManyCards) {
            *error = QCoreApplication::translate(
                         "Import", "holds more than %1 cards; a journey holds at most %1")
                         .arg(limitcheck::number(limits::kMaxCardsPerJourney));
            return std::nullopt;
        }
        if (warnings)
            *warnings << mWarnings;
        if (mWs.lanes.empty() && mWs.steps.empty()) {
            *error = QCoreApplication::translate("Import", "holds no step titles and no lanes");
            return std::nullopt;
        }
        if (!mSawLineRow)
            placeDefaultLines(mWs.lanes);
        const std::vector<Problem> problems = validateWorkspace(mWs);
        if (!problems.empty()) {
            *error = problems.front().toString();
            return std::nullopt;
        }
        return mWs;
    }

private:
    // Columns up to the last one with a title or any text; the rest is padding.
    qsizetype usedColumns() const {
        qsizetype columns = 1;
        for (const QStringList &row : mRows)
            for (qsizetype c = row.size() - 1; c >= columns; --c)
                if (!isBlank(row[c])) {
                    columns = c + 1;
                    break;
                }
        return columns;
    }

    void readSteps(qsizetype columns) {
        const QStringList header = mRows.value(0);
        QString stageTitle;
        Stage *stage = nullptr;
        int position = 0;
        for (qsizetype c = 1; c < columns; ++c) {
            const QString cell = CsvTable::undefuse(header.value(c));
            // A column without a title continues the stage before it.
            auto [stageName, stepName] = isBlank(cell)
                                             ? std::pair<QString, QString>{stageTitle, QString()}
                                             : splitStage(cell);
            if (!stage || stageName != stageTitle) {
                mWs.stages.push_back(
                    Stage{newId(), mJourney, int(mWs.stages.size()), stageName, QString()});
                stage = &mWs.stages.back();
                stageTitle = stageName;
                position = 0;
            }
            Step step;
            step.id = newId();
            step.journey = mJourney;
            step.stage = stage->id;
            step.position = position++;
            step.title = stepName;
            mStepIds.push_back(step.id);
            mWs.steps.push_back(step);
        }
    }

    void readLanes(qsizetype columns) {
        QString pendingLine;
        qsizetype pendingRow = 0;
        for (qsizetype r = 1; r < mRows.size(); ++r) {
            const QStringList &row = mRows[r];
            if (std::all_of(row.begin(), row.end(), isBlank))
                continue;
            if (const QString line = lineForRow(row); !line.isEmpty()) {
                // A lane has one line above it: of two lines in a row, the
                // last one counts, and the file is told so.
                if (!pendingLine.isEmpty())
                    mWarnings << QCoreApplication::translate(
                                     "Import", "row %1: a line (\"%2\") follows the line of row "
                                               "%3 with no lane between them; only this one is "
                                               "kept")
                                     .arg(r + 1)
                                     .arg(row[0].trimmed().left(40))
                                     .arg(pendingRow + 1);
                pendingLine = line;
                pendingRow = r;
                mSawLineRow = true;
                continue;
            }
            Lane lane;
            lane.id = newId();
            lane.journey = mJourney;
            lane.position = int(mWs.lanes.size());
            std::tie(lane.title, lane.kind) = splitKindMarker(CsvTable::undefuse(row[0]));
            if (lane.title.isEmpty())
                lane.title = QStringLiteral("Baan %1").arg(lane.position + 1);
            lane.lineAbove = pendingLine;
            pendingLine.clear();
            mWs.lanes.push_back(lane);
            for (qsizetype c = 1; c < columns && c < row.size(); ++c)
                readCell(lane, mStepIds[size_t(c - 1)], row[c]);
        }
        if (!pendingLine.isEmpty())
            mWarnings << QCoreApplication::translate(
                             "Import", "row %1: a line below the last lane has no lane under it; "
                                       "it is left out")
                             .arg(pendingRow + 1);
    }

    void readCell(const Lane &lane, const QString &stepId, const QString &cell) {
        static const QRegularExpression lineBreak(QStringLiteral("\r\n|\r|\n"));
        bool emotionRead = false;
        int position = 0;
        for (const QString &line : cell.split(lineBreak)) {
            const QString text = CsvTable::undefuse(line.trimmed());
            if (text.isEmpty())
                continue;
            // In an emotion lane the first number from -2 to 2 is the step's
            // emotion; anything else is a card.
            if (lane.kind == QLatin1String("emotion") && !emotionRead) {
                bool isNumber = false;
                const int value = text.toInt(&isNumber);
                if (isNumber && value >= -2 && value <= 2) {
                    mWs.find<Step>(stepId)->emotion = value;
                    emotionRead = true;
                    continue;
                }
            }
            // Stops at the limit: a file of a million one-word lines must not
            // become a million cards before it is refused.
            if (mWs.cards.size() >= size_t(limits::kMaxCardsPerJourney)) {
                mTooManyCards = true;
                return;
            }
            Card card;
            card.id = newId();
            card.journey = mJourney;
            card.step = stepId;
            card.lane = lane.id;
            card.position = position++;
            card.kind = cardKindForLane(lane.kind);
            card.title = text;
            mWs.cards.push_back(card);
        }
    }

    const CsvTable::Rows &mRows;
    Workspace mWs;
    QString mJourney;
    std::vector<QString> mStepIds;
    bool mSawLineRow = false;
    bool mTooManyCards = false;
    QStringList mWarnings;
};

} // namespace

std::optional<Workspace> CsvGrid::read(const QByteArray &data, const QString &title, QString *error,
                                       QStringList *warnings) {
    std::optional<CsvTable::Rows> rows = CsvTable::parse(data, error);
    if (!rows)
        return std::nullopt;
    if (rows->isEmpty()) {
        *error = QCoreApplication::translate("Import",
                                             "is empty: the first row should hold the step titles");
        return std::nullopt;
    }
    return GridReader(*rows, title).read(error, warnings);
}

QByteArray CsvGrid::write(const Workspace &ws, const QString &journeyId) {
    const auto steps = ws.orderedSteps(journeyId);
    const bool english = ws.meta.language == QLatin1String("en");
    CsvTable::Rows rows;
    QStringList header{QString()};
    for (const Step *step : steps) {
        const Stage *stage = ws.find<Stage>(step->stage);
        const QString stageTitle = stage ? stage->title.simplified() : QString();
        const QString title = step->title.simplified();
        // "/ En / of": an untitled stage, said explicitly when the title
        // itself holds a separator.
        if (stageTitle.isEmpty() && title.isEmpty())
            // Said explicitly too: an empty cell would continue the stage of
            // the column before, or be padding at the end of the row.
            header << QStringLiteral("/ ");
        else if (!stageTitle.isEmpty() || stageSeparator().match(title).hasMatch())
            header << CsvTable::defuse(stageTitle + QStringLiteral(" / ") + title).trimmed();
        else
            header << CsvTable::defuse(title);
    }
    rows << header;
    for (const Lane *lane : ws.orderedLanes(journeyId)) {
        if (!lane->lineAbove.isEmpty())
            rows << QStringList{lineLabel(lane->lineAbove, english)};
        QString title = lane->title.simplified();
        // The kind travels with the title when the title alone would not say
        // it, and when the title alone would be read as a line of the grid.
        if (vocabulary::laneKindForTitle(title) != lane->kind ||
            !lineForRow(QStringList{title, QString()}).isEmpty())
            title += QStringLiteral(" [%1]").arg(lane->kind);
        QStringList row{CsvTable::defuse(title)};
        for (const Step *step : steps) {
            QStringList lines;
            if (lane->kind == QLatin1String("emotion"))
                lines << QString::number(step->emotion);
            for (const Card *card : ws.cardsInCell(step->id, lane->id))
                lines << CsvTable::defuse(card->title.simplified());
            row << lines.join(QLatin1Char('\n'));
        }
        rows << row;
    }
    return CsvTable::write(rows);
}

} // namespace blauwdruk
