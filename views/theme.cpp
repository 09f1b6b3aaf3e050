#include "theme.h"

#include "focusringstyle.h"
#include "highcontraststyle.h"
#include "preferences.h"

#include <QApplication>
#include <QFontInfo>
#include <QPointer>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

#include <algorithm>

namespace blauwdruk {

namespace {

// The usual desktop font (KDE, Windows): at it, or below, canvas text keeps
// the sizes DESIGN.md names; a larger system font makes it larger.
constexpr qreal kUsualPointSize = 10;
// Beyond twice the usual size cards hold too few words per line to read.
constexpr qreal kLargestTextScale = 2;

struct State {
    bool known = false; // read from the preferences yet
    bool highContrast = false;
    BlueprintStyle canvas;
    // The style the user had before high contrast switched to Fusion with
    // visible frames (HighContrastStyle).
    QString previousStyle;
    QPalette previousPalette; // and the palette (a dark desktop's, say)
    bool paletteSet = false;
};

State &state() {
    static State s;
    return s;
}

void ensureKnown() {
    State &s = state();
    if (s.known)
        return;
    s.known = true;
    s.highContrast = Preferences::highContrast();
    s.canvas = s.highContrast ? BlueprintStyle::highContrastStyle() : BlueprintStyle::standard();
    s.canvas.textScale = Theme::textScale();
}

// The name of the style the platform chose, under our focus ring if it is
// already wrapped in one.
QString platformStyleName() {
    const QStyle *style = QApplication::style();
    if (const auto *proxy = dynamic_cast<const QProxyStyle *>(style))
        style = proxy->baseStyle();
    return style ? style->name() : QString();
}

// A new style of that name (QApplication deletes the one it replaces, so
// the running one cannot be reused); Fusion if the name is unknown.
QStyle *styleNamed(const QString &name) {
    QStyle *style = name.isEmpty() ? nullptr : QStyleFactory::create(name);
    return style ? style : QStyleFactory::create(QStringLiteral("Fusion"));
}

} // namespace

Theme *Theme::instance() {
    static Theme *theme = new Theme; // lives as long as the application
    return theme;
}

bool Theme::isHighContrast() {
    ensureKnown();
    return state().highContrast;
}

const BlueprintStyle &Theme::canvas() {
    ensureKnown();
    return state().canvas;
}

qreal Theme::textScale() {
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return 1;
    // QFontInfo: a font given in pixels has no point size of its own.
    const qreal points = QFontInfo(QGuiApplication::font()).pointSizeF();
    return std::clamp(points / kUsualPointSize, 1.0, kLargestTextScale);
}

Theme::Colours Theme::bar(Bar bar) {
    return Theme::bar(bar, isHighContrast());
}

Theme::Colours Theme::bar(Bar bar, bool highContrast) {
    const QColor ink(0x1F, 0x23, 0x28); // the canvas's text
    const QColor black(0, 0, 0), white(0xFF, 0xFF, 0xFF);
    // High contrast keeps each bar's hue, so a mode still reads as itself,
    // with black text (or white on the dark ones) at >= 7:1.
    switch (bar) {
    case Bar::Session:
        return highContrast ? Colours{black, white} : Colours{ink, QColor(0xF7, 0xF7, 0xF5)};
    case Bar::SessionUrgent:
        return highContrast ? Colours{QColor(0x9E, 0x00, 0x00), white}
                            : Colours{QColor(0xC6, 0x28, 0x28), white};
    case Bar::SessionStatus:
        return {highContrast ? black : ink, QColor(0xFF, 0xD1, 0x66)};
    case Bar::Review:
        // A calm violet, apart from the notice bar's blue and orange: a
        // mode, not a problem.
        return {QColor(0xEB, 0xE6, 0xF5), highContrast ? black : ink};
    case Bar::NoticeInformation:
        return {QColor(0xE3, 0xEE, 0xF8), highContrast ? black : ink};
    case Bar::NoticeWarning:
        return {QColor(0xFB, 0xE3, 0xD6), highContrast ? black : ink};
    case Bar::JourneyBanner:
        return {QColor(0xEC, 0xEC, 0xE7), highContrast ? black : ink};
    }
    return {white, black};
}

void Theme::colourBar(QWidget *widget, Bar which) {
    const Colours colours = bar(which);
    QPalette palette = widget->palette();
    palette.setColor(QPalette::Window, colours.background);
    palette.setColor(QPalette::WindowText, colours.text);
    widget->setPalette(palette);
}

QPalette Theme::highContrastPalette() {
    const QColor black(0, 0, 0), white(0xFF, 0xFF, 0xFF);
    QPalette p(black, white); // text, window
    for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::Button,
                                     QPalette::ToolTipBase, QPalette::Light, QPalette::BrightText})
        p.setColor(role, white);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                                     QPalette::ToolTipText, QPalette::Dark, QPalette::Shadow})
        p.setColor(role, black);
    p.setColor(QPalette::AlternateBase, QColor(0xEE, 0xEE, 0xEE));
    p.setColor(QPalette::Midlight, QColor(0xD0, 0xD0, 0xD0));
    p.setColor(QPalette::Mid, QColor(0x59, 0x59, 0x59));
    p.setColor(QPalette::PlaceholderText, QColor(0x4D, 0x4D, 0x4D));
    p.setColor(QPalette::Highlight, BlueprintStyle::highContrastStyle().selection);
    p.setColor(QPalette::HighlightedText, white);
    p.setColor(QPalette::Link, QColor(0x00, 0x30, 0xB0));
    p.setColor(QPalette::LinkVisited, QColor(0x55, 0x1A, 0x8B));
    // Greyed out, yet still readable (7:1 on white).
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x59, 0x59, 0x59));
    return p;
}

QPalette Theme::readableSelection(QPalette palette) {
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        const QColor text = palette.color(group, QPalette::HighlightedText);
        QColor highlight = palette.color(group, QPalette::Highlight);
        const bool lightText = text.lightnessF() > highlight.lightnessF();
        // A few percent at a time: the platform's hue stays, only deeper
        // (or paler, under dark text).
        for (int step = 0; step < 60 && BlueprintStyle::contrast(text, highlight) < 4.5; ++step)
            highlight = lightText ? highlight.darker(104) : highlight.lighter(104);
        // In whole 8-bit steps, as the screen shows it.
        palette.setColor(group, QPalette::Highlight, QColor(highlight.rgb()));
    }
    return palette;
}

void Theme::apply() {
    update(Preferences::highContrast());
}

void Theme::update(bool highContrast) {
    State &s = state();
    s.known = true;
    s.highContrast = highContrast;
    s.canvas = highContrast ? BlueprintStyle::highContrastStyle() : BlueprintStyle::standard();
    s.canvas.textScale = textScale();
    if (qobject_cast<QApplication *>(QCoreApplication::instance())) {
        if (highContrast) {
            if (!s.paletteSet) {
                s.previousPalette = QApplication::palette();
                s.previousStyle = platformStyleName();
                // Fusion draws with the palette it is given (platform
                // styles may not), with frames made visible on top.
                QApplication::setStyle(new HighContrastStyle);
            }
            QApplication::setPalette(highContrastPalette());
            s.paletteSet = true;
        } else if (s.paletteSet) {
            QApplication::setStyle(new FocusRingStyle(styleNamed(s.previousStyle)));
            s.previousStyle.clear();
            QApplication::setPalette(s.previousPalette);
            s.paletteSet = false;
        } else if (!dynamic_cast<FocusRingStyle *>(QApplication::style())) {
            // The platform's look, with a focus that can be seen.
            QApplication::setStyle(new FocusRingStyle(styleNamed(platformStyleName())));
        }
        // Chosen rows' text must be read (1.4.3): Fusion's white on its
        // blue is 3.7:1. The platform's highlight, deepened to 4.5:1.
        if (!highContrast)
            if (const QPalette readable = readableSelection(QApplication::palette());
                readable != QApplication::palette())
                QApplication::setPalette(readable);
        // Widgets that paint themselves (the canvas, the compare view) read
        // the style as they paint: a repaint is all they need.
        for (QWidget *widget : QApplication::allWidgets())
            widget->update();
    }
    emit instance()->changed();
}

} // namespace blauwdruk
