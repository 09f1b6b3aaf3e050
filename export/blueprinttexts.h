#pragma once

#include "blueprintlayout.h"

#include <vector>

namespace blauwdruk {

// Where each text of a blueprint goes, said once: the painter draws every
// header title, line name and card text in the area given here, and draws
// emotion values and connection labels where the layout placed them. all()
// lists every text with the rectangle it covers, so a test can show that no
// text covers another, on the canvas and on paper alike.
class BlueprintTexts {
public:
    enum class Kind {
        StageTitle,
        StepTitle,
        LaneTitle,
        LineName,
        CardTitle,
        CardFooter,
        EmotionValue,
        ConnectionLabel,
    };
    struct Text {
        Kind kind;
        QString id;   // its stage, step, lane, card or connection; a line's kind
        QString text; // as shown
        QRectF rect;  // what it covers, scene units
    };

    // A card's text starts this far inside its card; its title leaves room
    // for the kind icon on the right.
    static constexpr qreal kCardPadding = 10;
    static constexpr qreal kCardIconRoom = 18;
    // Heights of the box around a connection label and of an emotion value.
    static constexpr qreal kLabelHeight = 18;
    static constexpr qreal kValueHeight = 16;

    explicit BlueprintTexts(const BlueprintStyle &style = BlueprintStyle::standard());

    QFont stageFont() const { return mStyle.font(14, true); }
    QFont headerFont() const { return mStyle.font(13, true); } // steps, lanes, card titles
    QFont smallFont() const { return mStyle.font(11); }        // footers, line names, labels
    QFont valueFont() const { return mStyle.font(11, true); }  // emotion values

    // The area a header's title is drawn in: a stage's on one line, a
    // step's and a lane's on up to two lines, centred vertically.
    QRectF stageTitleArea(const BlueprintLayout::StageBox &stage) const;
    QRectF stepTitleArea(const BlueprintLayout::StepBox &step) const;
    QRectF laneTitleArea(const BlueprintLayout::LaneBox &lane) const;
    // The pill with a line's name, in the lane header column.
    QRectF lineNameRect(const BlueprintLayout::LineMark &line) const;
    // A card's wrapped title lines are no wider than this.
    qreal cardTitleWidth() const;
    QRectF cardTitleRect(const BlueprintLayout::CardBox &card) const;
    QRectF cardFooterRect(const BlueprintLayout::CardBox &card) const;

    // Every text the blueprint shows, in painting order.
    std::vector<Text> all(const BlueprintLayout &layout) const;
    static QString kindName(Kind kind);

private:
    // `lines` lines of `font` centred vertically in `area`: the most a
    // wrapped header title covers.
    static QRectF centredLines(const QRectF &area, const QFont &font, int lines);

    const BlueprintStyle &mStyle;
};

} // namespace blauwdruk
