#pragma once

#include "blueprintstyle.h"

#include <QColor>
#include <QObject>
#include <QPalette>

class QWidget;

namespace blauwdruk {

// The look of the window and the canvas on screen: the calm palette or the
// high-contrast one (Preferences::highContrast), with the canvas text sized
// after the application's font. Posters and exports keep
// BlueprintStyle::standard(): they are printed. apply() is the one call when
// the preference or the font changes; views that paint themselves listen to
// changed().
class Theme : public QObject {
    Q_OBJECT
public:
    // The coloured bars above and in the canvas, each a background with text.
    enum class Bar {
        Session,       // the session bar, dark as the canvas's ink
        SessionUrgent, // its timer in the last minute
        SessionStatus, // the amber messages on the session bar
        Review,
        NoticeInformation,
        NoticeWarning,
        JourneyBanner,
    };
    struct Colours {
        QColor background;
        QColor text;
    };

    static Theme *instance();

    static bool isHighContrast();
    // The style the canvas and the views' own painting use now.
    static const BlueprintStyle &canvas();
    static Colours bar(Bar bar);
    static Colours bar(Bar bar, bool highContrast);
    // Gives `widget` the bar's background and text colours.
    static void colourBar(QWidget *widget, Bar bar);
    // The widgets' palette under the high-contrast theme.
    // `palette` with its highlight deep (or pale) enough for its chosen
    // text to be read at 4.5:1 (WCAG 2.1's 1.4.3), its hue kept.
    static QPalette readableSelection(QPalette palette);
    static QPalette highContrastPalette();
    // How much larger than the usual 10 pt the application's font is (>= 1):
    // canvas text and the sizes the session bar names grow with it.
    static qreal textScale();

    // Reads Preferences::highContrast() and the application's font, sets
    // the widgets' palette (Fusion under high contrast) and repaints every
    // open view. Call it at start and whenever the preference changes.
    static void apply();

signals:
    void changed();

private:
    Theme() = default;
    static void update(bool highContrast);
};

} // namespace blauwdruk
