#include "personasheetpainter.h"

#include "provenance.h"

#include "textwrap.h"

#include "personaportrait.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QRegularExpression>

#include <array>
#include <climits>
#include <cmath>

namespace blauwdruk {

namespace {

// The sheet is laid out in hundredths of a millimetre on a page 210 mm wide,
// whatever the device: line breaks are then the same on screen and on paper,
// and whole-unit font sizes (QFont takes an int) are exact to 0.03 pt.
constexpr qreal kUnitsPerMm = 100;
constexpr qreal mm(qreal v) {
    return v * kUnitsPerMm;
}
constexpr qreal pt(qreal v) {
    return v * 25.4 / 72 * kUnitsPerMm;
}

constexpr qreal kPageWidth = mm(PersonaSheetPainter::kPageWidthMm);
constexpr qreal kMargin = mm(15);
constexpr qreal kContentWidth = kPageWidth - 2 * kMargin;
constexpr qreal kPortrait = mm(36);
constexpr qreal kHeaderGap = mm(8);
constexpr qreal kGutter = mm(8);
constexpr qreal kBlockGap = mm(6);
constexpr qreal kBulletIndent = mm(3.5);
constexpr qreal kLineFactor = 1.2; // line height over the font's own height
constexpr int kQuoteMaxRows = 4;
constexpr int kFactMaxRows = 3;
constexpr int kJourneyMaxRows = 6;
constexpr int kTagMaxRows = 2;

// What the sheet says around the persona's own words, in the UI language.
struct Texts {
    QString persona, years, household, income, story, goals, informationNeeds, painPoints, channels,
        journeys, digitalSkills, selfReliance, outOfFive, notGiven, ideal, current, more, fictional;
};

// Text for one line: line breaks and control characters become spaces.
QString oneLine(const QString &text) {
    QString line = text;
    for (QChar &c : line)
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    return line.simplified();
}

QStringList paragraphs(const QString &text) {
    QStringList result;
    for (const QString &paragraph : text.split(QRegularExpression(QStringLiteral("[\\n\\r]+"))))
        if (!oneLine(paragraph).isEmpty())
            result << oneLine(paragraph);
    return result;
}

// Goals, pain points and channels are usually typed as "a; b; c" or one per
// line: shown as a bulleted list when there is more than one item.
QStringList items(const QString &text) {
    QStringList result;
    for (const QString &paragraph : paragraphs(text))
        for (const QString &item :
             paragraph.split(QRegularExpression(QStringLiteral(";+(?:\\s+|$)"))))
            if (!item.trimmed().isEmpty())
                result << item.trimmed();
    // Items start with a capital, as in any list; "iPhone" and "eID" stay.
    if (result.size() > 1)
        for (QString &item : result)
            if (item.at(0).isLower() && !(item.size() > 1 && item.at(1).isUpper()))
                item[0] = item.at(0).toUpper();
    return result;
}

QFont sized(const BlueprintStyle &style, qreal points, bool bold = false, bool italic = false) {
    QFont font = style.font(13, bold);
    font.setPixelSize(qMax(1, qRound(pt(points))));
    font.setItalic(italic);
    return font;
}

// True when the font itself has every character of `text`: an italic face
// often lacks scripts that its upright face has (Arabic in DejaVu Sans).
bool covers(const QFont &font, const QString &text) {
    const QFontMetricsF metrics(font);
    for (const char32_t c : text.toUcs4())
        if (!QChar::isSpace(c) && QChar::category(c) != QChar::Other_Format &&
            !metrics.inFontUcs4(c))
            return false;
    return true;
}

// Text wrapped to a width, kept as rows: each row is drawn as text of its own,
// so the PDF keeps it as text and the last row shown can end in "…".
struct Rows {
    struct Row {
        QString text;
        bool bullet = false;
        bool rightToLeft = false; // of a right-to-left paragraph: aligned right
    };
    QFont font;
    qreal width = 0;
    qreal indent = 0;
    qreal lineHeight = 0;
    qreal ascent = 0;
    std::vector<Row> rows;
    int maxRows = INT_MAX;

    int shown() const { return qMin(int(rows.size()), maxRows); }
    bool cut() const { return shown() < int(rows.size()); }
    bool empty() const { return rows.empty(); }
    qreal height() const { return shown() * lineHeight; }
};

Rows wrap(const QStringList &paragraphs, bool bullets, const QFont &font, qreal width) {
    Rows result;
    result.font = font;
    result.width = width;
    result.indent = bullets ? kBulletIndent : 0;
    const QFontMetricsF metrics(font);
    result.lineHeight = metrics.height() * kLineFactor;
    result.ascent = metrics.ascent() + (result.lineHeight - metrics.height()) / 2;
    for (const QString &paragraph : paragraphs) {
        bool first = true;
        for (const QString &line : TextWrap::lines(paragraph, font, width - result.indent)) {
            result.rows.push_back({line, bullets && first, paragraph.isRightToLeft()});
            first = false;
        }
    }
    return result;
}

void drawRows(QPainter *painter, const Rows &rows, QPointF at, const QColor &colour) {
    if (!painter)
        return;
    painter->setFont(rows.font);
    painter->setPen(colour);
    const QFontMetricsF metrics(rows.font);
    for (int i = 0; i < rows.shown(); ++i) {
        const Rows::Row &row = rows.rows[size_t(i)];
        const qreal baseline = at.y() + i * rows.lineHeight + rows.ascent;
        if (row.bullet)
            painter->drawText(QPointF(at.x(), baseline), QStringLiteral("\u2022"));
        // The last row shown of cut text ends as TextWrap ends a last line.
        const bool last = i == rows.shown() - 1 && rows.cut();
        const QString text =
            last ? TextWrap::elide(row.text + QLatin1Char(' ') + rows.rows[size_t(i) + 1].text,
                                   rows.font, rows.width - rows.indent)
                 : row.text;
        const qreal x = row.rightToLeft ? at.x() + rows.width - metrics.horizontalAdvance(text)
                                        : at.x() + rows.indent;
        painter->drawText(QPointF(qMax(x, at.x()), baseline), text);
    }
}

struct Section {
    QString heading;
    QStringList content;
    bool list = false;
    Rows rows;
};

// The sheet of one persona at one body size: `flow` lays it out from top to
// bottom, and draws it too when given a painter, so measuring and drawing
// can never disagree.
class Sheet {
public:
    Sheet(const BlueprintStyle &style, const Texts &texts, const Persona &persona,
          const Workspace &workspace, qreal pageHeight);

    void build(qreal bodyPoints);
    qreal flow(QPainter *painter) const; // the bottom of the content
    qreal limit() const { return footerTop() - mm(5); }
    bool shortenLongest();
    bool shortened() const;
    void paintFooter(QPainter &painter) const;

private:
    qreal footerTop() const;
    qreal section(QPainter *painter, const Section &section, qreal x, qreal y) const;
    qreal sectionHeight(const Section &section) const;
    qreal headingHeight() const { return QFontMetricsF(mHeadingFont).height() + mm(2.5); }
    qreal tags(QPainter *painter, qreal x, qreal y, qreal width) const;
    void scale(QPainter *painter, qreal x, qreal y, const QString &label, int value) const;
    void portrait(QPainter &painter, const QRectF &rect) const;
    // The sections shown side by side, left and right.
    std::array<std::pair<Section *, Section *>, 2> pairs() {
        return {{{&mGoals, &mPainPoints}, {&mNeeds, &mChannels}}};
    }
    std::array<std::pair<const Section *, const Section *>, 2> pairs() const {
        return {{{&mGoals, &mPainPoints}, {&mNeeds, &mChannels}}};
    }

    const BlueprintStyle &mStyle;
    const Texts &mTexts;
    const Persona &mPersona;
    const qreal mPageHeight;
    QColor mAccent;
    QColor mTint;
    QString mOverline;
    QString mFooter;
    QString mAge;
    QStringList mTags;
    std::vector<std::pair<QString, QString>> mJourneys; // kind, title

    qreal mBody = PersonaSheetPainter::kBodyMaxPt;
    Rows mName, mHousehold, mIncome, mQuote;
    QFont mAgeFont, mLabelFont, mTagFont, mHeadingFont, mBodyFont, mBodyBold;
    qreal mLabelWidth = 0;
    Section mStory, mGoals, mPainPoints, mNeeds, mChannels;
};

Sheet::Sheet(const BlueprintStyle &style, const Texts &texts, const Persona &persona,
             const Workspace &workspace, qreal pageHeight)
    : mStyle(style)
    , mTexts(texts)
    , mPersona(persona)
    , mPageHeight(pageHeight)
    , mAccent(style.lineColour)
    , mTint(style.laneTint(QStringLiteral("frontstage"))) {
    const WorkspaceMeta &meta = workspace.meta;
    const QString theme = oneLine(meta.theme.isEmpty() ? meta.title : meta.theme);
    mOverline = theme.isEmpty() ? texts.persona.toUpper()
                                : texts.persona.toUpper() + QStringLiteral("  \u00B7  ") + theme;
    QStringList footer;
    for (const QString &part : {meta.title, meta.organisation})
        if (!oneLine(part).isEmpty() && !footer.contains(oneLine(part)))
            footer << oneLine(part);
    // A persona taken from another municipality says whose it is.
    if (const std::optional<Provenance> origin = Provenance::fromText(persona.origin))
        footer << oneLine(origin->describe());
    mFooter = footer.join(QStringLiteral("  \u00B7  "));
    if (persona.age > 0)
        mAge = texts.years.arg(persona.age);
    for (const QString &tag : persona.tags)
        if (!oneLine(tag).isEmpty())
            mTags << oneLine(tag);
    for (const Journey *journey : workspace.orderedJourneys()) {
        if (journey->persona != persona.id)
            continue;
        const QString kind = journey->kind == QLatin1String("ideal")     ? texts.ideal
                             : journey->kind == QLatin1String("current") ? texts.current
                                                                         : journey->kind;
        mJourneys.emplace_back(kind, oneLine(journey->title));
    }
    mStory = {texts.story, paragraphs(persona.story), false, {}};
    mGoals = {texts.goals, items(persona.goals), true, {}};
    mPainPoints = {texts.painPoints, items(persona.painPoints), true, {}};
    mNeeds = {texts.informationNeeds, items(persona.informationNeeds), true, {}};
    mChannels = {texts.channels, items(persona.channels), true, {}};
}

void Sheet::build(qreal bodyPoints) {
    mBody = bodyPoints;
    const qreal textWidth = kContentWidth - kPortrait - kHeaderGap;

    // A long name shrinks before it wraps further, and is cut only when
    // it is very long indeed.
    static const std::pair<qreal, int> nameSizes[] = {{24, 2}, {20, 2}, {17, 3},
                                                      {14, 4}, {12, 5}, {10, 6}};
    for (const auto &[points, maxRows] : nameSizes) {
        mName = wrap({oneLine(mPersona.name)}, false, sized(mStyle, points, true), textWidth);
        mName.maxRows = maxRows;
        if (!mName.cut())
            break;
    }
    if (mName.empty())
        mName = wrap({QStringLiteral("\u2014")}, false, sized(mStyle, 24, true), textWidth);

    mAgeFont = sized(mStyle, 12);
    mLabelFont = sized(mStyle, 7, true);
    mTagFont = sized(mStyle, qMax(7.0, bodyPoints - 1.5));
    mHeadingFont = sized(mStyle, bodyPoints + 1.5, true);
    mBodyFont = sized(mStyle, bodyPoints);
    mBodyBold = sized(mStyle, bodyPoints, true);

    const QFontMetricsF labels(mLabelFont);
    mLabelWidth = qMax(labels.horizontalAdvance(mTexts.household.toUpper()),
                       labels.horizontalAdvance(mTexts.income.toUpper())) +
                  mm(3);
    const qreal factWidth = textWidth - mLabelWidth;
    mHousehold = wrap({oneLine(mPersona.household)}, false, mBodyFont, factWidth);
    mHousehold.maxRows = kFactMaxRows;
    mIncome = wrap({oneLine(mPersona.income)}, false, mBodyFont, factWidth);
    mIncome.maxRows = kFactMaxRows;
    if (oneLine(mPersona.household).isEmpty())
        mHousehold.rows.clear();
    if (oneLine(mPersona.income).isEmpty())
        mIncome.rows.clear();

    const QStringList quote = paragraphs(mPersona.quote);
    const QFont italic = sized(mStyle, bodyPoints * 1.35, false, true);
    mQuote = wrap(quote, false,
                  covers(italic, quote.join(QLatin1Char(' '))) ? italic
                                                               : sized(mStyle, bodyPoints * 1.35),
                  kContentWidth - mm(22));
    mQuote.maxRows = kQuoteMaxRows;

    auto fill = [&](Section &section, qreal width) {
        section.rows =
            wrap(section.content, section.list && section.content.size() > 1, mBodyFont, width);
    };
    const qreal half = (kContentWidth - kGutter) / 2;
    fill(mStory, kContentWidth);
    // Side by side in pairs; one alone takes the whole width.
    for (auto [left, right] : pairs()) {
        const bool both = !left->content.isEmpty() && !right->content.isEmpty();
        fill(*left, both ? half : kContentWidth);
        fill(*right, both ? half : kContentWidth);
    }
}

qreal Sheet::footerTop() const {
    return mPageHeight - kMargin - QFontMetricsF(sized(mStyle, 7.5)).height() - mm(3);
}

qreal Sheet::sectionHeight(const Section &section) const {
    return section.rows.empty() ? 0 : headingHeight() + section.rows.height();
}

qreal Sheet::section(QPainter *painter, const Section &section, qreal x, qreal y) const {
    if (painter) {
        const QFontMetricsF metrics(mHeadingFont);
        painter->setFont(mHeadingFont);
        painter->setPen(mAccent);
        painter->drawText(QPointF(x, y + metrics.ascent()),
                          metrics.elidedText(section.heading, Qt::ElideRight, section.rows.width));
        const qreal rule = y + metrics.height() + mm(0.8);
        painter->setPen(QPen(mStyle.gridLine, mm(0.25)));
        painter->drawLine(QPointF(x, rule), QPointF(x + section.rows.width, rule));
    }
    drawRows(painter, section.rows, QPointF(x, y + headingHeight()), mStyle.text);
    return y + sectionHeight(section);
}

qreal Sheet::tags(QPainter *painter, qreal x, qreal y, qreal width) const {
    if (mTags.isEmpty())
        return y;
    const QFontMetricsF metrics(mTagFont);
    const qreal height = metrics.height() + mm(1.6);
    const qreal padding = mm(2.2);
    const qreal gap = mm(1.6);
    qreal cx = x;
    int row = 0;
    auto chip = [&](const QString &text) {
        const QRectF rect(cx, y + row * (height + gap),
                          metrics.horizontalAdvance(text) + 2 * padding, height);
        if (painter) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(mStyle.headerBackground);
            painter->drawRoundedRect(rect, height / 2, height / 2);
            painter->setPen(mStyle.mutedText);
            painter->setFont(mTagFont);
            painter->drawText(
                QPointF(rect.left() + padding, rect.top() + mm(0.8) + metrics.ascent()), text);
        }
        cx = rect.right() + gap;
    };
    for (qsizetype i = 0; i < mTags.size(); ++i) {
        const QString text = metrics.elidedText(mTags[i], Qt::ElideRight, width - 2 * padding);
        const qreal chipWidth = metrics.horizontalAdvance(text) + 2 * padding;
        const QString rest = QStringLiteral("+%1").arg(mTags.size() - i);
        const qreal restWidth = metrics.horizontalAdvance(rest) + 2 * padding + gap;
        const bool lastRow = row == kTagMaxRows - 1;
        const bool tail = i == mTags.size() - 1;
        if (cx + chipWidth + (lastRow && !tail ? restWidth : 0) > x + width + 0.5 && cx > x) {
            if (lastRow) {
                chip(rest); // the tags that do not fit, counted
                break;
            }
            ++row;
            cx = x;
        }
        chip(text);
    }
    return y + (row + 1) * height + row * gap;
}

void Sheet::scale(QPainter *painter, qreal x, qreal y, const QString &label, int value) const {
    const QFontMetricsF metrics(mBodyBold);
    const qreal dot = mm(3.2);
    const qreal labelWidth = qMax(metrics.horizontalAdvance(mTexts.digitalSkills),
                                  metrics.horizontalAdvance(mTexts.selfReliance)) +
                             mm(3);
    if (!painter)
        return;
    const qreal centre = y + metrics.height() / 2;
    painter->setFont(mBodyBold);
    painter->setPen(mStyle.text);
    painter->drawText(QPointF(x, y + metrics.ascent()), label);
    const bool given = value >= 1 && value <= 5;
    if (!given) {
        // No dots to fill: the words stand where the dots would, so that
        // a longer language ("niet opgegeven") stays inside the column.
        painter->setFont(mBodyFont);
        painter->setPen(mStyle.mutedText);
        painter->drawText(QPointF(x + labelWidth, y + metrics.ascent()), mTexts.notGiven);
        return;
    }
    for (int i = 0; i < 5; ++i) {
        const QRectF circle(x + labelWidth + i * (dot + mm(1.3)), centre - dot / 2, dot, dot);
        if (i < value) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(mAccent);
        } else {
            painter->setPen(QPen(mStyle.mutedText, mm(0.3)));
            painter->setBrush(Qt::NoBrush);
        }
        painter->drawEllipse(circle.adjusted(mm(0.15), mm(0.15), -mm(0.15), -mm(0.15)));
    }
    painter->setFont(mBodyBold);
    painter->setPen(mStyle.text);
    painter->drawText(QPointF(x + labelWidth + 5 * (dot + mm(1.3)) + mm(1.5), y + metrics.ascent()),
                      mTexts.outOfFive.arg(value));
}

void Sheet::portrait(QPainter &painter, const QRectF &rect) const {
    // As many pixels as the device shows, up to print quality.
    const QRectF onDevice = painter.deviceTransform().mapRect(rect);
    const qreal ratio = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const int pixels = qBound(64, int(std::ceil(onDevice.width() * ratio)), 600);
    painter.drawImage(rect, PersonaPortrait::render(mPersona, pixels));
    painter.setPen(QPen(mStyle.gridLine, mm(0.3)));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(rect);
}

qreal Sheet::flow(QPainter *painter) const {
    const qreal x = kMargin;
    qreal y = kMargin;

    // Overline: what this sheet is about.
    const QFont overlineFont = sized(mStyle, 8, true);
    const QFontMetricsF overline(overlineFont);
    if (painter) {
        painter->setFont(overlineFont);
        painter->setPen(mAccent);
        painter->drawText(QPointF(x, y + overline.ascent()),
                          overline.elidedText(mOverline, Qt::ElideRight, kContentWidth));
    }
    y += overline.height() + mm(5);

    // Header: portrait, name, age, household, income, tags.
    const qreal tx = x + kPortrait + kHeaderGap;
    const qreal textWidth = kContentWidth - kPortrait - kHeaderGap;
    if (painter)
        portrait(*painter, QRectF(x, y, kPortrait, kPortrait));
    qreal ty = y;
    drawRows(painter, mName, QPointF(tx, ty), mStyle.text);
    ty += mName.height();
    if (!mAge.isEmpty()) {
        const QFontMetricsF age(mAgeFont);
        if (painter) {
            painter->setFont(mAgeFont);
            painter->setPen(mStyle.mutedText);
            painter->drawText(QPointF(tx, ty + age.ascent()), mAge);
        }
        ty += age.height();
    }
    ty += mm(3.5);
    const std::pair<const QString *, const Rows *> facts[] = {{&mTexts.household, &mHousehold},
                                                              {&mTexts.income, &mIncome}};
    for (const auto &[label, rows] : facts) {
        if (rows->empty())
            continue;
        if (painter) {
            // The label's baseline sits on the first row's.
            painter->setFont(mLabelFont);
            painter->setPen(mStyle.mutedText);
            painter->drawText(QPointF(tx, ty + rows->ascent), label->toUpper());
        }
        drawRows(painter, *rows, QPointF(tx + mLabelWidth, ty), mStyle.text);
        ty += rows->height() + mm(1.5);
    }
    if (!mTags.isEmpty())
        ty = tags(painter, tx, ty + mm(2), textWidth);
    y = qMax(y + kPortrait, ty) + kBlockGap + mm(1);

    // The quote, prominently.
    if (!mQuote.empty()) {
        const qreal padding = mm(5);
        const QRectF box(x, y, kContentWidth, mQuote.height() + 2 * padding);
        if (painter) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(mTint);
            painter->drawRoundedRect(box, mm(2), mm(2));
            painter->setBrush(mAccent);
            painter->drawRect(QRectF(box.left(), box.top(), mm(1.2), box.height()));
            const QFont mark = sized(mStyle, 40, true);
            painter->setFont(mark);
            painter->setPen(mAccent);
            painter->drawText(
                QPointF(x + mm(5), y + padding + QFontMetricsF(mark).ascent() - pt(40) * 0.28),
                QStringLiteral("\u201C"));
        }
        drawRows(painter, mQuote, QPointF(x + mm(17), y + padding), mStyle.text);
        y = box.bottom() + kBlockGap;
    }

    // Digital skills and self-reliance, side by side.
    const qreal half = (kContentWidth - kGutter) / 2;
    scale(painter, x, y, mTexts.digitalSkills, mPersona.digitalSkills);
    scale(painter, x + half + kGutter, y, mTexts.selfReliance, mPersona.selfReliance);
    qreal bottom = y + QFontMetricsF(mBodyBold).height();

    if (!mStory.rows.empty())
        bottom = section(painter, mStory, x, bottom + kBlockGap);
    for (auto [left, right] : pairs()) {
        if (left->rows.empty() && right->rows.empty())
            continue;
        const qreal top = bottom + kBlockGap;
        if (right->rows.empty())
            bottom = section(painter, *left, x, top);
        else if (left->rows.empty())
            bottom = section(painter, *right, x, top);
        else
            bottom = qMax(section(painter, *left, x, top),
                          section(painter, *right, x + half + kGutter, top));
    }

    // The persona's journeys, one row each.
    if (!mJourneys.empty()) {
        qreal top = bottom + kBlockGap;
        const QFontMetricsF metrics(mBodyFont);
        const qreal lineHeight = metrics.height() * kLineFactor;
        qreal kindWidth = 0;
        for (const auto &journey : mJourneys)
            kindWidth = qMax(kindWidth,
                             QFontMetricsF(mLabelFont).horizontalAdvance(journey.first.toUpper()));
        kindWidth += mm(3);
        const int count = int(mJourneys.size());
        const int rows = count > kJourneyMaxRows ? kJourneyMaxRows - 1 : count;
        if (painter) {
            Section heading{mTexts.journeys, {}, false, {}};
            heading.rows.width = kContentWidth;
            section(painter, heading, x, top);
        }
        top += headingHeight();
        const qreal ascent = metrics.ascent() + (lineHeight - metrics.height()) / 2;
        for (int i = 0; i < rows && painter; ++i) {
            const qreal baseline = top + i * lineHeight + ascent;
            painter->setFont(mLabelFont);
            painter->setPen(mStyle.mutedText);
            painter->drawText(QPointF(x, baseline), mJourneys[size_t(i)].first.toUpper());
            painter->setFont(mBodyFont);
            painter->setPen(mStyle.text);
            painter->drawText(QPointF(x + kindWidth, baseline),
                              metrics.elidedText(mJourneys[size_t(i)].second, Qt::ElideRight,
                                                 kContentWidth - kindWidth));
        }
        if (rows < count && painter) {
            painter->setFont(mBodyFont);
            painter->setPen(mStyle.mutedText);
            painter->drawText(QPointF(x + kindWidth, top + rows * lineHeight + ascent),
                              mTexts.more.arg(count - rows));
        }
        bottom = top + (rows < count ? rows + 1 : rows) * lineHeight;
    }
    return bottom;
}

// One row less for the longest section among those that set the sheet's
// height (of two side by side, only the taller one does).
bool Sheet::shortenLongest() {
    std::vector<std::pair<Rows *, int>> candidates; // rows, the fewest rows to keep
    candidates.emplace_back(&mStory.rows, 3);
    candidates.emplace_back(&mQuote, 2);
    for (auto [left, right] : pairs()) {
        const qreal l = sectionHeight(*left), r = sectionHeight(*right);
        if (l >= r)
            candidates.emplace_back(&left->rows, 2);
        if (r >= l)
            candidates.emplace_back(&right->rows, 2);
    }
    Rows *longest = nullptr;
    for (const auto &[rows, keep] : candidates)
        if (rows->shown() > keep && (!longest || rows->shown() > longest->shown()))
            longest = rows;
    if (!longest)
        return false;
    longest->maxRows = longest->shown() - 1;
    return true;
}

bool Sheet::shortened() const {
    for (const Rows *rows : {&mName, &mHousehold, &mIncome, &mQuote, &mStory.rows, &mGoals.rows,
                             &mPainPoints.rows, &mNeeds.rows, &mChannels.rows})
        if (rows->cut())
            return true;
    return false;
}

void Sheet::paintFooter(QPainter &painter) const {
    const QFont font = sized(mStyle, 7.5);
    const QFont italic = sized(mStyle, 7.5, false, true);
    const QFontMetricsF metrics(font);
    const qreal top = footerTop();
    painter.setPen(QPen(mStyle.gridLine, mm(0.25)));
    painter.drawLine(QPointF(kMargin, top), QPointF(kPageWidth - kMargin, top));
    const qreal baseline = top + mm(3) + metrics.ascent();
    const qreal noteWidth = QFontMetricsF(italic).horizontalAdvance(mTexts.fictional);
    painter.setPen(mStyle.mutedText);
    painter.setFont(italic);
    painter.drawText(QPointF(kPageWidth - kMargin - noteWidth, baseline), mTexts.fictional);
    painter.setFont(font);
    painter.drawText(
        QPointF(kMargin, baseline),
        metrics.elidedText(mFooter, Qt::ElideRight, kContentWidth - noteWidth - mm(6)));
}

} // namespace

PersonaSheetPainter::PersonaSheetPainter(const BlueprintStyle &style)
    : mStyle(style) {}

PersonaSheetPainter::Fit PersonaSheetPainter::paint(QPainter &painter, const QRectF &page,
                                                    const Persona &persona,
                                                    const Workspace &workspace) const {
    Fit fit;
    if (page.width() <= 0 || page.height() <= 0)
        return fit;
    // Spelled out in full so that lupdate files them under this class.
    const Texts texts{
        QCoreApplication::translate("blauwdruk::PersonaSheetPainter", "Persona"),
        QCoreApplication::translate("blauwdruk::PersonaSheetPainter", "%1 years"),
        QCoreApplication::translate("blauwdruk::PersonaSheetPainter", "Household"),
        QCoreApplication::translate("blauwdruk::PersonaSheetPainter", "Income"),
        QCoreApplication::translate("blauwdruk::PersonaSheetPainter", "Story"),
        QCoreApplication::translate("blauwdruk::PersonaSheetPainter", "Goals"),
        QCoreApplication::translate("blauwdruk::PersonaSheetPainter", "Information needs"),
        QCoreApplication::translate("blauwdruk::PersonaSheetPainter", "Pain points"),
        QCoreApplication::translate("blauwdruk::PersonaSheetPainter", "Channels"),
        QCoreApplication::translate("blauwdruk::PersonaSheetPainter", "Journeys"),
        QCoreApplication::translate("blauwdruk::PersonaSheetPainter", "Digital skills"),
        QCoreApplication::translate("blauwdruk::PersonaSheetPainter", "Self-reliance"),
        QCoreApplication::translate("blauwdruk::PersonaSheetPainter", "%1 / 5"),
        QCoreApplication::translate("blauwdruk::PersonaSheetPainter", "not given"),
        QCoreApplication::translate("blauwdruk::PersonaSheetPainter", "Ideal"),
        QCoreApplication::translate("blauwdruk::PersonaSheetPainter", "Current"),
        QCoreApplication::translate("blauwdruk::PersonaSheetPainter", "and %1 more"),
        QCoreApplication::translate("blauwdruk::PersonaSheetPainter", "Fictional persona"),
    };
    const qreal pageHeight = page.height() * kPageWidth / page.width();
    Sheet sheet(mStyle, texts, persona, workspace, pageHeight);

    // Shrink the body text first; shorten the longest texts only at the
    // smallest size.
    for (qreal body = kBodyMaxPt;; body -= 0.5) {
        fit.bodyPointSize = qMax(body, kBodyMinPt);
        sheet.build(fit.bodyPointSize);
        if (sheet.flow(nullptr) <= sheet.limit() || body <= kBodyMinPt)
            break;
    }
    while (sheet.flow(nullptr) > sheet.limit() && sheet.shortenLongest()) {
    }
    fit.shortened = sheet.shortened();

    painter.save();
    painter.translate(page.topLeft());
    painter.scale(page.width() / kPageWidth, page.width() / kPageWidth);
    const QRectF sheetRect(0, 0, kPageWidth, pageHeight);
    painter.setClipRect(sheetRect, Qt::IntersectClip);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    painter.fillRect(sheetRect, Qt::white);
    sheet.flow(&painter);
    sheet.paintFooter(painter);
    painter.restore();
    return fit;
}

} // namespace blauwdruk
