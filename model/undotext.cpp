#include "undotext.h"

#include "workspace.h"

#include <QHash>

namespace blauwdruk {

namespace {

constexpr int kMaxTitle = 40;

struct Noun {
    const char *one;
    const char *several;
};

Noun noun(EntityType type) {
    switch (type) {
    case EntityType::Workspace:
        return {QT_TRANSLATE_NOOP("blauwdruk::UndoText", "workspace"),
                QT_TRANSLATE_NOOP("blauwdruk::UndoText", "workspaces")};
    case EntityType::Persona:
        return {QT_TRANSLATE_NOOP("blauwdruk::UndoText", "persona"),
                QT_TRANSLATE_NOOP("blauwdruk::UndoText", "personas")};
    case EntityType::Journey:
        return {QT_TRANSLATE_NOOP("blauwdruk::UndoText", "journey"),
                QT_TRANSLATE_NOOP("blauwdruk::UndoText", "journeys")};
    case EntityType::Stage:
        return {QT_TRANSLATE_NOOP("blauwdruk::UndoText", "stage"),
                QT_TRANSLATE_NOOP("blauwdruk::UndoText", "stages")};
    case EntityType::Step:
        return {QT_TRANSLATE_NOOP("blauwdruk::UndoText", "step"),
                QT_TRANSLATE_NOOP("blauwdruk::UndoText", "steps")};
    case EntityType::Lane:
        return {QT_TRANSLATE_NOOP("blauwdruk::UndoText", "lane"),
                QT_TRANSLATE_NOOP("blauwdruk::UndoText", "lanes")};
    case EntityType::Card:
        return {QT_TRANSLATE_NOOP("blauwdruk::UndoText", "card"),
                QT_TRANSLATE_NOOP("blauwdruk::UndoText", "cards")};
    case EntityType::Connection:
        return {QT_TRANSLATE_NOOP("blauwdruk::UndoText", "connection"),
                QT_TRANSLATE_NOOP("blauwdruk::UndoText", "connections")};
    case EntityType::Comment:
        return {QT_TRANSLATE_NOOP("blauwdruk::UndoText", "comment"),
                QT_TRANSLATE_NOOP("blauwdruk::UndoText", "comments")};
    case EntityType::Version:
        return {QT_TRANSLATE_NOOP("blauwdruk::UndoText", "version"),
                QT_TRANSLATE_NOOP("blauwdruk::UndoText", "versions")};
    case EntityType::Decision:
        return {QT_TRANSLATE_NOOP("blauwdruk::UndoText", "decision"),
                QT_TRANSLATE_NOOP("blauwdruk::UndoText", "decisions")};
    case EntityType::Session:
        return {QT_TRANSLATE_NOOP("blauwdruk::UndoText", "session"),
                QT_TRANSLATE_NOOP("blauwdruk::UndoText", "sessions")};
    case EntityType::Participant:
        return {QT_TRANSLATE_NOOP("blauwdruk::UndoText", "participant"),
                QT_TRANSLATE_NOOP("blauwdruk::UndoText", "participants")};
    case EntityType::VoteRound:
        return {QT_TRANSLATE_NOOP("blauwdruk::UndoText", "vote round"),
                QT_TRANSLATE_NOOP("blauwdruk::UndoText", "vote rounds")};
    case EntityType::Vote:
        return {QT_TRANSLATE_NOOP("blauwdruk::UndoText", "vote"),
                QT_TRANSLATE_NOOP("blauwdruk::UndoText", "votes")};
    case EntityType::AgendaBlock:
        return {QT_TRANSLATE_NOOP("blauwdruk::UndoText", "agenda block"),
                QT_TRANSLATE_NOOP("blauwdruk::UndoText", "agenda blocks")};
    case EntityType::Dismissal:
        return {QT_TRANSLATE_NOOP("blauwdruk::UndoText", "dismissal"),
                QT_TRANSLATE_NOOP("blauwdruk::UndoText", "dismissals")};
    case EntityType::DemoSession:
        return {QT_TRANSLATE_NOOP("blauwdruk::UndoText", "demo session"),
                QT_TRANSLATE_NOOP("blauwdruk::UndoText", "demo sessions")};
    case EntityType::DemoVerdict:
        return {QT_TRANSLATE_NOOP("blauwdruk::UndoText", "verdict"),
                QT_TRANSLATE_NOOP("blauwdruk::UndoText", "verdicts")};
    }
    return {"", ""};
}

// The field that names an object of the type.
QString namingField(EntityType type) {
    switch (type) {
    case EntityType::Persona:
    case EntityType::Version:
        return QStringLiteral("name");
    case EntityType::Connection:
        return QStringLiteral("label");
    case EntityType::Comment:
        return QStringLiteral("text");
    case EntityType::Decision:
        return QStringLiteral("remark");
    case EntityType::Participant:
        return QStringLiteral("label");
    case EntityType::Vote:
        return QStringLiteral("dots");
    case EntityType::Dismissal:
        return QStringLiteral("reason");
    case EntityType::DemoVerdict:
        return QStringLiteral("quote");
    default:
        return QStringLiteral("title");
    }
}

// A field's words where the Inspector and the persona form say more than
// its name; "type.field" first, then the name alone.
const QHash<QString, const char *> &fieldWords() {
    static const QHash<QString, const char *> words{
        {"card.duration", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "waiting time")},
        {"journey.status", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "review status")},
        {"persona.channels", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "channels used")},
        {"title", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "title")},
        {"kind", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "kind")},
        {"text", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "text")},
        {"owner", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "owner")},
        {"status", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "status")},
        {"evidence", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "evidence")},
        {"tags", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "tags")},
        {"votes", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "votes")},
        {"colour", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "colour")},
        {"duration", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "duration")},
        {"description", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "description")},
        {"channel", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "channel")},
        {"emotion", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "emotion")},
        {"moment_of_truth", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "moment of truth")},
        {"line_above", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "line above")},
        {"persona", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "persona")},
        {"starting_point", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "starting point")},
        {"goal", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "goal")},
        {"reviewed_by", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "reviewer")},
        {"reviewed_at", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "review date")},
        {"name", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "name")},
        {"age", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "age")},
        {"household", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "household")},
        {"income", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "income")},
        {"quote", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "quote")},
        {"story", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "story")},
        {"goals", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "goals")},
        {"information_needs", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "information needs")},
        {"pain_points", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "pain points")},
        {"digital_skills", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "digital skills")},
        {"self_reliance", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "self-reliance")},
        {"photo", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "photo")},
        {"label", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "label")},
        {"author", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "author")},
        {"created", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "date")},
        {"resolved", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "resolved")},
        {"organisation", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "organisation")},
        {"theme", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "theme")},
        {"language", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "language")},
        {"authors", QT_TRANSLATE_NOOP("blauwdruk::UndoText", "authors")},
    };
    return words;
}

// Translations may begin with the field ("Titel van kaart …").
QString capitalised(QString text) {
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

QString UndoText::fieldLabel(EntityType type, const QString &field) {
    const QHash<QString, const char *> &words = fieldWords();
    if (const char *word = words.value(entityTypeName(type) + QLatin1Char('.') + field))
        return tr(word);
    if (const char *word = words.value(field))
        return tr(word);
    return QString(field).replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString UndoText::shortTitle(const QString &title) {
    const QString line = title.simplified();
    if (line.size() <= kMaxTitle)
        return line;
    // Cut after a whole word where one ends late enough.
    QString cut = line.left(kMaxTitle - 1);
    if (const qsizetype space = cut.lastIndexOf(QLatin1Char(' '));
        !line.at(kMaxTitle - 1).isSpace() && space > kMaxTitle / 2)
        cut.truncate(space);
    return cut.trimmed() + QChar(0x2026);
}

QString UndoText::fieldChange(const Workspace &workspace, EntityType type, const QStringList &ids,
                              const QString &field, const QVariant &value) {
    const QString what = fieldLabel(type, field);
    if (type == EntityType::Workspace)
        return capitalised(tr("Change workspace %1").arg(what));
    if (ids.size() > 1)
        return capitalised(tr("Change %1 of %2 %3")
                               .arg(what, QString::number(ids.size()), tr(noun(type).several)));
    const QString naming = namingField(type);
    QString name = workspace.field(type, ids.value(0), naming).toString();
    if (name.trimmed().isEmpty() && field == naming)
        name = value.toString();
    name = shortTitle(name);
    if (name.isEmpty())
        return capitalised(tr("Change %1 of %2").arg(what, tr(noun(type).one)));
    return capitalised(tr("Change %1 of %2 '%3'").arg(what, tr(noun(type).one), name));
}

} // namespace blauwdruk
