#pragma once

#include "workspace.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <optional>

namespace blauwdruk {

// Reads and writes the JSON interchange format (docs/file-format.md,
// resources/schema/blauwdruk.schema.json). Output is canonical: same
// workspace, same bytes, so export -> import -> export is byte-identical.
class JsonCodec {
public:
    static constexpr int kFormatVersion = 7; // 2: steps.counterpart; 3: comment threads, decisions;
                                             // 4: work sessions, cards.session;
                                             // 5: cards.due, steps.demo, dismissals,
                                             // demo sessions and verdicts; 6: writing
                                             // rounds, cards' round and participant;
                                             // 7: origin of what was taken elsewhere

    // The whole workspace, or only one journey (with its persona) when
    // journeyId is given. Ends with a newline.
    static QByteArray write(const Workspace &workspace, const QString &journeyId = QString());
    // The same text, handed to `device` in pieces as it is made; false when
    // writing failed.
    static bool write(QIODevice &device, const Workspace &workspace,
                      const QString &journeyId = QString());

    // Parses, checks types and keys, assigns positions from array order and
    // validates references. On failure returns nullopt and a message that
    // says where (e.g. "journeys[0].cards[3].votes: expected a whole number").
    static std::optional<Workspace> read(const QByteArray &data, QString *error);

    // read() for a file from elsewhere (`blauwdruk import`): persona photos
    // larger than PersonaPhoto::kMaxSide are scaled down as a picked photo is.
    // A photo that cannot be shown is kept unchanged and named in `warnings`.
    static std::optional<Workspace> import(const QByteArray &data, QString *error,
                                           QStringList *warnings);

private:
    static bool write(QByteArray &out, QIODevice *device, const Workspace &workspace,
                      const QString &journeyId);
};

} // namespace blauwdruk
