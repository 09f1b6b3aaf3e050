#include "livesession.h"

#include "cardkind.h"
#include "document.h"
#include "sessionrules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace blauwdruk {

namespace {

// 130 random bits from the system's secure source: 26 characters of
// lower-case base32, which reads aloud and types on a phone more easily
// than hex, and has no letters that look alike in upper case.
QString randomKey() {
    static const char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
    QString key;
    for (int i = 0; i < 26; ++i)
        key += QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(32)]);
    return key;
}

// Phones get their messages in their own language, not the editor's: a
// short table instead of the app's translator.
QString say(LiveSession::Language language, const char *english, const char *dutch) {
    return QString::fromUtf8(language == LiveSession::Language::Dutch ? dutch : english);
}

// Characters, not UTF-16 units: an emoji counts once.
qsizetype characters(const QString &text) {
    return text.toUcs4().size();
}

// Control characters, and the format characters that reorder text and can
// make a card read differently from what it holds (bidirectional overrides
// and isolates). Other format characters stay: emoji are joined by U+200D.
bool hasControlCharacters(const QString &text, bool allowNewlines) {
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (c.category() == QChar::Other_Control && !(allowNewlines && u == u'\n'))
            return true;
        if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
            return true;
    }
    return false;
}

} // namespace

LiveSession::LiveSession(Document &document, const QString &session, LiveLimits limits,
                         QObject *parent)
    : QObject(parent)
    , mDocument(document)
    , mSession(session)
    , mLimits(limits)
    , mSecret(randomKey())
    , mJoins(limits.joinsPerMinute) {
    if (const WorkSession *s = document.workspace().find<WorkSession>(session))
        mJourney = s->journey;
    // A reopened session carries on with its last open round.
    for (const VoteRound *round : document.workspace().orderedRounds(session))
        if (!round->closed)
            mRound = round->id;
    mChangedSoon.setSingleShot(true);
    mChangedSoon.setInterval(50);
    connect(&mChangedSoon, &QTimer::timeout, this, &LiveSession::changed);
    connect(&document, &Document::changed, this, [this] { mChangedSoon.start(); });
}

LiveSession::Language LiveSession::defaultLanguage() const {
    return mDocument.workspace().meta.language == QLatin1String("en") ? Language::English
                                                                      : Language::Dutch;
}

LiveSession::Reply LiveSession::refuse(int status, const QString &message) const {
    return {status, QJsonObject{{QStringLiteral("error"), message}}};
}

LiveSession::Reply LiveSession::notJoined(Language language) const {
    return refuse(401, say(language, "You are not (or no longer) in this session: join again.",
                           "Je doet niet (meer) mee aan deze sessie: meld je opnieuw aan."));
}

LiveSession::Phone *LiveSession::participantOf(const QJsonObject &request) {
    const QString token = request.value(QStringLiteral("token")).toString();
    auto it = mTokens.find(token);
    return it == mTokens.end() || token.isEmpty() ? nullptr : &it.value();
}

bool LiveSession::takeRequest(const QString &token) {
    auto it = mTokens.find(token);
    return it == mTokens.end() || it->requests.take();
}

QString LiveSession::currentRound() const {
    const VoteRound *round = mDocument.workspace().find<VoteRound>(mRound);
    return round && round->session == mSession ? mRound : QString();
}

void LiveSession::setCurrentRound(const QString &round) {
    mRound = round;
    mChangedSoon.start();
}

LiveSession::Reply LiveSession::handle(const QString &path, const QByteArray &body,
                                       Language language) {
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        return refuse(400, say(language, "The request is not a JSON object.",
                               "Het verzoek is geen JSON-object."));
    const QJsonObject request = json.object();
    if (path == QLatin1String("api/join"))
        return join(request, language);
    // Every other call names a participant, and each has a budget of calls.
    const QString token = request.value(QStringLiteral("token")).toString();
    if (!knowsToken(token))
        return notJoined(language);
    if (!takeRequest(token))
        return refuse(429, say(language, "Too many requests; wait a moment.",
                               "Te veel verzoeken; wacht even."));
    if (path == QLatin1String("api/state"))
        return state(request, language);
    if (path == QLatin1String("api/cards"))
        return addCard(request, language);
    if (path == QLatin1String("api/votes"))
        return vote(request, language);
    return refuse(404, say(language, "There is no such page.", "Deze pagina bestaat niet."));
}

LiveSession::Reply LiveSession::join(const QJsonObject &request, Language language) {
    const QJsonValue value = request.value(QStringLiteral("label"));
    const QString label = value.toString().simplified();
    if (!value.isString() || label.isEmpty())
        return refuse(400,
                      say(language, "Choose a name or nickname.", "Kies een naam of bijnaam."));
    if (characters(label) > mLimits.labelLength || hasControlCharacters(label, false))
        return refuse(400, say(language, "A name of at most %1 characters, please.",
                               "Een naam van hoogstens %1 tekens, graag.")
                               .arg(mLimits.labelLength));
    if (int(mTokens.size()) >= mLimits.participants)
        return refuse(409, say(language, "The session is full (%1 participants).",
                               "De sessie is vol (%1 deelnemers).")
                               .arg(mLimits.participants));
    if (!mJoins.take())
        return refuse(429, say(language, "Many people are joining; try again in a minute.",
                               "Er melden zich veel mensen aan; probeer het over een minuut."));
    Edits edits(mDocument);
    const QString id = edits.recordParticipant(mSession, label);
    if (id.isEmpty())
        return refuse(503, say(language, "The facilitator's file could not take you in.",
                               "Het bestand van de gespreksleider kon je niet opnemen."));
    const QString token = randomKey();
    mTokens.insert(token,
                   Phone{id, RateLimit(mLimits.cardsPerMinute), RateLimit(mLimits.votesPerMinute),
                         RateLimit(mLimits.requestsPerMinute)});
    Q_EMIT activity();
    return {200, QJsonObject{{QStringLiteral("token"), token}}};
}

QString LiveSession::focusText(const VoteRound &round, Language language) const {
    const Workspace &ws = mDocument.workspace();
    if (round.scope == QLatin1String("step")) {
        const auto steps = ws.orderedSteps(round.journey);
        for (size_t i = 0; i < steps.size(); ++i)
            if (steps[i]->id == round.scopeValue)
                return say(language, "Step %1: %2", "Stap %1: %2").arg(i + 1).arg(steps[i]->title);
    } else if (round.scope == QLatin1String("stage")) {
        if (const Stage *stage = ws.find<Stage>(round.scopeValue))
            return say(language, "Stage: %1", "Fase: %1").arg(stage->title);
    } else if (round.scope == QLatin1String("lane")) {
        if (const Lane *lane = ws.find<Lane>(round.scopeValue))
            return say(language, "Lane: %1", "Baan: %1").arg(lane->title);
    } else if (round.scope == QLatin1String("kind")) {
        if (const CardKind *kind = CardKind::find(round.scopeValue))
            return QString::fromUtf8(language == Language::Dutch ? kind->inventoryDutch
                                                                 : kind->label);
    }
    return {};
}

LiveSession::Reply LiveSession::state(const QJsonObject &request, Language language) const {
    const Workspace &ws = mDocument.workspace();
    const QString token = request.value(QStringLiteral("token")).toString();
    const QString participant = mTokens.value(token).id;
    QJsonObject state;
    const WorkSession *session = ws.find<WorkSession>(mSession);
    const Journey *journey = ws.find<Journey>(mJourney);
    state[QStringLiteral("session")] = session ? session->title : QString();
    state[QStringLiteral("journey")] = journey ? journey->title : QString();
    const blauwdruk::Participant *who = ws.find<blauwdruk::Participant>(participant);
    state[QStringLiteral("label")] = who ? who->label : QString();
    const VoteRound *round = ws.find<VoteRound>(currentRound());
    state[QStringLiteral("round")] = QJsonValue::Null;
    state[QStringLiteral("results")] = QJsonValue::Null;
    state[QStringLiteral("mine")] = QJsonArray();
    state[QStringLiteral("cards")] = QJsonArray();
    if (!round)
        return {200, state};
    const bool votes = round->kind == QLatin1String("votes");
    QJsonObject r{{QStringLiteral("id"), round->id},
                  {QStringLiteral("kind"), round->kind},
                  {QStringLiteral("question"), round->title},
                  {QStringLiteral("focus"), focusText(*round, language)},
                  // A revealed vote round takes no more dots.
                  {QStringLiteral("open"), !round->closed && !(votes && round->revealed)},
                  {QStringLiteral("revealed"), votes && round->revealed}};
    if (votes) {
        r[QStringLiteral("budget")] = round->budget;
        r[QStringLiteral("cap")] = round->cap;
    }
    state[QStringLiteral("round")] = r;
    if (!votes) {
        QJsonArray mine;
        for (const Card &card : ws.cards)
            if (card.round == round->id && card.participant == participant)
                mine.append(QJsonObject{{QStringLiteral("id"), card.id},
                                        {QStringLiteral("text"), card.title}});
        state[QStringLiteral("mine")] = mine;
        return {200, state};
    }
    QHash<QString, int> mine;
    for (const Vote *vote : ws.votesOfRound(round->id))
        if (vote->participant == participant && !participant.isEmpty())
            mine[vote->card] += vote->dots;
    QJsonArray cards;
    for (const Card *card : ws.orderedCards(round->journey)) {
        const Lane *lane = ws.find<Lane>(card->lane);
        if (!SessionRules::counts(ws, *round, *card) ||
            (lane && lane->kind == QLatin1String("inbox")))
            continue;
        const CardKind *kind = CardKind::find(card->kind);
        cards.append(
            QJsonObject{{QStringLiteral("id"), card->id},
                        {QStringLiteral("title"), card->title},
                        {QStringLiteral("kind"),
                         kind ? QString::fromUtf8(language == Language::Dutch ? kind->inventoryDutch
                                                                              : kind->label)
                              : card->kind},
                        {QStringLiteral("count"), mine.value(card->id)}});
    }
    state[QStringLiteral("cards")] = cards;
    const int spent = participant.isEmpty() ? 0 : SessionRules::spent(ws, round->id, participant);
    state[QStringLiteral("spent")] = spent;
    state[QStringLiteral("left")] = round->budget - spent;
    if (round->revealed) {
        QJsonArray results;
        for (const SessionRules::Result &result : SessionRules::ranking(ws, round->id))
            results.append(QJsonObject{{QStringLiteral("id"), result.card->id},
                                       {QStringLiteral("title"), result.card->title},
                                       {QStringLiteral("dots"), result.total}});
        state[QStringLiteral("results")] = results;
    }
    return {200, state};
}

LiveSession::Reply LiveSession::addCard(const QJsonObject &request, Language language) {
    Phone *who = participantOf(request);
    if (!who)
        return notJoined(language);
    const VoteRound *round = mDocument.workspace().find<VoteRound>(currentRound());
    if (!round || round->kind != QLatin1String("cards") || round->closed)
        return refuse(409, say(language, "No writing round is open now.",
                               "Er is nu geen schrijfronde open."));
    const QJsonValue value = request.value(QStringLiteral("text"));
    const QString text = value.toString().trimmed();
    if (!value.isString() || text.isEmpty())
        return refuse(400, say(language, "Write something on the card first.",
                               "Schrijf eerst iets op de kaart."));
    if (characters(text) > mLimits.textLength)
        return refuse(400, say(language, "A card holds at most %1 characters.",
                               "Een kaart bevat hoogstens %1 tekens.")
                               .arg(mLimits.textLength));
    if (hasControlCharacters(text, true))
        return refuse(400, say(language, "A card cannot hold control characters.",
                               "Een kaart kan geen stuurtekens bevatten."));
    if (!who->cards.take())
        return refuse(429, say(language, "That is a lot of cards at once; wait a minute.",
                               "Dat zijn veel kaarten tegelijk; wacht een minuut."));
    Edits edits(mDocument);
    const QString id = edits.recordIncomingCard(round->id, who->id, text);
    if (id.isEmpty())
        return refuse(503, say(language, "The facilitator's file could not take the card.",
                               "Het bestand van de gespreksleider kon de kaart niet opnemen."));
    Q_EMIT activity();
    return {201, QJsonObject{{QStringLiteral("id"), id}}};
}

LiveSession::Reply LiveSession::vote(const QJsonObject &request, Language language) {
    Phone *who = participantOf(request);
    if (!who)
        return notJoined(language);
    const Workspace &ws = mDocument.workspace();
    const VoteRound *round = ws.find<VoteRound>(currentRound());
    if (!round || round->kind != QLatin1String("votes") || round->closed)
        return refuse(409,
                      say(language, "No vote round is open now.", "Er is nu geen stemronde open."));
    // Once the results are shown, changing one's dots would only follow them.
    if (round->revealed)
        return refuse(409, say(language, "The results are revealed: the votes are final.",
                               "De uitslag is bekend: de stemmen liggen vast."));
    const QJsonValue count = request.value(QStringLiteral("count"));
    const QString cardId = request.value(QStringLiteral("card")).toString();
    const Card *card = ws.find<Card>(cardId);
    const Lane *lane = card ? ws.find<Lane>(card->lane) : nullptr;
    if (!card || !SessionRules::counts(ws, *round, *card) ||
        (lane && lane->kind == QLatin1String("inbox")))
        return refuse(400, say(language, "This card is not part of the vote.",
                               "Deze kaart doet niet mee aan de stemming."));
    // A whole number of dots, 0 taking them back.
    if (!count.isDouble() || count.toDouble() != double(count.toInt(-1)) || count.toInt() < 0)
        return refuse(400, say(language, "The number of dots must be 0 or more.",
                               "Het aantal stippen moet 0 of meer zijn."));
    const int dots = count.toInt();
    if (dots > round->cap)
        return refuse(
            409, say(language, "At most %1 dots on one card.", "Hoogstens %1 stippen op één kaart.")
                     .arg(round->cap));
    int before = 0;
    for (const Vote *vote : ws.votesOfRound(round->id))
        if (vote->participant == who->id && vote->card == cardId)
            before += vote->dots;
    const int spent = SessionRules::spent(ws, round->id, who->id);
    if (spent - before + dots > round->budget)
        return refuse(
            409, say(language, "You have %1 of %2 dots left.", "Je hebt nog %1 van %2 stippen.")
                     .arg(round->budget - spent)
                     .arg(round->budget));
    if (!who->votes.take())
        return refuse(429, say(language, "That is a lot of voting at once; wait a moment.",
                               "Dat is veel stemmen tegelijk; wacht even."));
    Edits edits(mDocument);
    if (!edits.recordDots(round->id, cardId, who->id, dots))
        return refuse(409, edits.error());
    Q_EMIT activity();
    const int now = SessionRules::spent(ws, round->id, who->id);
    return {200, QJsonObject{{QStringLiteral("spent"), now},
                             {QStringLiteral("left"), round->budget - now}}};
}

QString LiveSession::openWritingRound(const QString &question, const QString &scope,
                                      const QString &scopeValue, QString *error) {
    Edits::VoteRoundDraft draft;
    draft.kind = QStringLiteral("cards");
    draft.title = question;
    draft.scope = scope.isEmpty() ? QStringLiteral("all") : scope;
    draft.scopeValue = scopeValue;
    return openVoteRound(draft, error);
}

QString LiveSession::openVoteRound(const Edits::VoteRoundDraft &draft, QString *error) {
    Edits edits(mDocument);
    const QString id = edits.addVoteRound(mSession, draft);
    if (id.isEmpty()) {
        if (error)
            *error = edits.error();
        return {};
    }
    setCurrentRound(id);
    return id;
}

bool LiveSession::closeRound(QString *error) {
    const VoteRound *round = mDocument.workspace().find<VoteRound>(currentRound());
    Edits edits(mDocument);
    if (!round || round->closed) {
        if (error)
            *error = tr("No round is open.");
        return false;
    }
    if (!edits.setRoundClosed(round->id, true)) {
        if (error)
            *error = edits.error();
        return false;
    }
    return true;
}

bool LiveSession::reveal(QString *error) {
    const VoteRound *round = mDocument.workspace().find<VoteRound>(currentRound());
    Edits edits(mDocument);
    if (!round || round->kind != QLatin1String("votes")) {
        if (error)
            *error = tr("There is no vote round to reveal.");
        return false;
    }
    if (round->revealed)
        return true;
    if (!edits.setRoundRevealed(round->id, true)) {
        if (error)
            *error = edits.error();
        return false;
    }
    return true;
}

void LiveSession::closeOpenRounds() {
    Edits edits(mDocument);
    for (const VoteRound *round : mDocument.workspace().orderedRounds(mSession))
        if (!round->closed)
            edits.setRoundClosed(round->id, true);
}

int LiveSession::dotsCast() const {
    int dots = 0;
    for (const Vote *vote : mDocument.workspace().votesOfRound(currentRound()))
        if (!vote->participant.isEmpty())
            dots += vote->dots;
    return dots;
}

int LiveSession::cardsReceived() const {
    const QString round = currentRound();
    if (round.isEmpty())
        return 0;
    int count = 0;
    for (const Card &card : mDocument.workspace().cards)
        count += card.round == round;
    return count;
}

} // namespace blauwdruk
