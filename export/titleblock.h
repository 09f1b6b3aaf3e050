#pragma once

#include "blueprintlayout.h"
#include "blueprintstyle.h"
#include "workspace.h"

#include <QDate>
#include <QRectF>

class QPainter;

namespace blauwdruk {

// The band above an exported blueprint that says what it is: the journey and
// its kind, the persona, the workspace, the organisation and the date. PDF,
// SVG and PNG all draw it through here, so every poster reads the same.
class TitleBlock {
public:
    static constexpr qreal kHeight = 96; // scene units, on the 8 px grid

    TitleBlock(const Workspace &workspace, const Journey &journey,
               const QDate &date = QDate::currentDate());

    // The whole picture in scene units: the band on top of the blueprint.
    static QRectF posterRect(const BlueprintLayout &layout);

    void paint(QPainter &painter, const QRectF &band,
               const BlueprintStyle &style = BlueprintStyle::standard()) const;
    // White paper, the band, then the blueprint exactly as the canvas draws
    // it (simplified: cards as blocks, see BlueprintPainter::paintAll).
    void paintPoster(QPainter &painter, const BlueprintLayout &layout, const Workspace &workspace,
                     const BlueprintStyle &style = BlueprintStyle::standard(),
                     bool simplified = false) const;

    QString journeyTitle;
    QString journeyKind; // "Ideal journey" or "Current journey"
    QString persona;     // empty when the journey has none
    QString workspaceTitle;
    QString organisation;
    QString date; // "4 March 2025": English, like the command line
};

} // namespace blauwdruk
