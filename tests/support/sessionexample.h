#pragma once

#include <QString>
#include <QStringList>

namespace blauwdruk::test {

// A realistic work session recorded on the bundled example's first journey
// through Edits, as session mode records one: a parking lane
// ("Parkeerplaats"), four participants, cards captured per lane (a question
// among them), an agenda, a revealed vote round and one not revealed, and
// two parked items, one with an owner. It ran from 09:00 to 10:25 UTC on
// 2026-11-30. For the session summary's and the exports' tests, and for the
// user guide's pictures.
struct SessionExample {
    QString path;
    QString journey;
    QString journeyTitle;
    QString session;
    QString sessionTitle = QStringLiteral("Werksessie klantreis");
    QStringList participants;
    QString revealedRound = QStringLiteral("Wat pakken we eerst aan?");
    QString hiddenRound = QStringLiteral("Grootste pijnpunt");
    // The revealed round's ranking, most dots first, with the totals.
    QStringList ranking;
    QList<int> totals;
    QString question = QStringLiteral("Wie beheert de wachtlijst?");
    QString parkedWithOwner = QStringLiteral("Koppeling met het zaaksysteem");
    QString owner = QStringLiteral("Team Digitaal");
    QString parkedWithoutOwner = QStringLiteral("Tone of voice van de brieven");
    int cardsAdded = 0;
};

// Records the session in the workspace file at `path` (one written by
// test::exampleFile or Store::writeNew of the example) and closes it.
SessionExample recordSession(const QString &path);

} // namespace blauwdruk::test
