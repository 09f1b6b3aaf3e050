#pragma once

#include "workspace.h"

#include <QByteArray>

#include <optional>

namespace blauwdruk {

// Cards (and the connections between them) lifted out of a journey, for the
// clipboard: JSON that carries each card's fields and its place relative to
// the top-left card, so a paste into another journey or file keeps the shape.
class CardFragment {
public:
    struct Item {
        Card card; // journey, step and lane are empty
        int column = 0;
        int row = 0;
    };

    static constexpr const char *kMimeType = "application/x-blauwdruk-cards+json";

    static CardFragment copy(const Workspace &workspace, const QStringList &cardIds);
    static std::optional<CardFragment> fromJson(const QByteArray &json, QString *error);
    QByteArray toJson() const;
    // One title per line, for pasting into other programs.
    QString toPlainText() const;

    std::vector<Item> items;
    std::vector<Connection> connections; // between items only, by the items' ids
};

} // namespace blauwdruk
