#pragma once

#include "document.h"

#include <QString>

#include <map>

namespace blauwdruk::test {

// The scripted edits of the kill test, the same in the process that is
// killed and in the test that checks the file afterwards. Edit k belongs to
// group n = k / 5 and works on the card titled "kill-n":
//   0 adds it to a cell, 1 sets its text, 2 moves it to the next cell,
//   3 pastes three cards "kill-n/1..3" beside it (one command, three rows),
//   4 removes it with its three neighbours (odd n) or sets its votes (even n).
// Every kind of write happens: inserts, updates, moves that renumber a cell,
// multi-row inserts and deletes.
class KillScript {
public:
    // What the script's cards look like: title → text, votes, cell.
    struct CardState {
        QString text;
        int votes = 0;
        int cell = 0;
        bool operator==(const CardState &) const = default;
    };
    using State = std::map<QString, CardState>;

    // The workspace the script starts from: the bundled example.
    static Workspace seedWorkspace();

    // The script works in the first journey of `ws`.
    explicit KillScript(const Workspace &ws);

    // Applies edit k through the document, as a user's command; true once it
    // has returned written.
    bool apply(Document &document, int k, QString *error) const;

    // The script's cards after `count` edits, computed without any file.
    State expected(int count) const;
    // The script's cards as found in a workspace.
    State found(const Workspace &ws) const;

private:
    QString cellStep(int cell) const;
    QString cellLane(int cell) const;

    QString mJourney;
    QStringList mSteps;
    QStringList mLanes;
};

} // namespace blauwdruk::test
