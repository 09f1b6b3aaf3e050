#pragma once

#include "edits.h"
#include "livelimits.h"
#include "ratelimit.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace blauwdruk {

class Document;

// One live session: what participants may do from their phones, and what the
// facilitator opens, closes and reveals. No network here: LiveServer turns
// requests into these calls, tests and scripts call them the same way.
// Participants are known by a random token that names only them; it lives in
// memory for the session alone. What they send is recorded in the workspace
// at once (the inbox, their votes), so a crash loses nothing.
class LiveSession : public QObject {
    Q_OBJECT
public:
    enum class Language { Dutch, English };
    struct Reply {
        int status = 200;
        QJsonObject body;
    };

    // `session` is a running work session of the document; `limits` may be
    // stricter than the defaults (tests).
    LiveSession(Document &document, const QString &session, LiveLimits limits = {},
                QObject *parent = nullptr);

    const QString &secret() const { return mSecret; }
    const QString &sessionId() const { return mSession; }
    const LiveLimits &limits() const { return mLimits; }
    Language defaultLanguage() const;

    // The protocol (docs/user-guide.md, "The live session's protocol").
    Reply join(const QJsonObject &request, Language language);
    Reply state(const QJsonObject &request, Language language) const;
    Reply addCard(const QJsonObject &request, Language language);
    Reply vote(const QJsonObject &request, Language language);
    bool knowsToken(const QString &token) const { return mTokens.contains(token); }
    // A participant's budget for requests of any kind (state polling too).
    bool takeRequest(const QString &token);

    // The facilitator. A round opened here is the current one for phones;
    // each is an ordinary, undoable edit.
    QString openWritingRound(const QString &question, const QString &scope,
                             const QString &scopeValue, QString *error);
    QString openVoteRound(const Edits::VoteRoundDraft &draft, QString *error);
    bool closeRound(QString *error);
    bool reveal(QString *error);
    // The round phones see: the last one opened, while it exists.
    QString currentRound() const;
    void setCurrentRound(const QString &round);
    // Closes every open round of the session (the end of a session).
    void closeOpenRounds();

    int participantCount() const { return int(mTokens.size()); }
    // Dots cast in the current round (not where they went: that is for the reveal).
    int dotsCast() const;
    int cardsReceived() const; // in the current round

    // A whole request as the server hands it: the path below the secret
    // ("api/join"), and the body. Unknown paths give 404.
    Reply handle(const QString &path, const QByteArray &body, Language language);

Q_SIGNALS:
    // Something phones show may have changed: they fetch their state again.
    void changed();
    // Someone joined, a card arrived, a dot was cast: the counts changed.
    void activity();

private:
    struct Phone {
        QString id;
        RateLimit cards;
        RateLimit votes;
        RateLimit requests;
    };
    Reply refuse(int status, const QString &message) const;
    Reply notJoined(Language language) const; // 401: join again
    Phone *participantOf(const QJsonObject &request);
    QString focusText(const struct VoteRound &round, Language language) const;

    Document &mDocument;
    QString mSession;
    QString mJourney;
    LiveLimits mLimits;
    QString mSecret;
    QString mRound;
    QHash<QString, Phone> mTokens; // token -> participant
    RateLimit mJoins;
    QTimer mChangedSoon; // one "changed" for a burst of edits
};

} // namespace blauwdruk
