// One way to break lines: TextWrap's edge cases, and the canvas (and every
// blueprint export), the compare view and the persona sheet breaking a text
// exactly as TextWrap does.
#include "blueprintlayout.h"
#include "comparelayout.h"
#include "journeyalignment.h"
#include "personasheetpainter.h"
#include "testsupport.h"
#include "textwrap.h"

#include <catch2/catch.hpp>

#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>

using namespace blauwdruk;

namespace {

const QFont &titleFont() {
    static const QFont font = BlueprintStyle::standard().font(13, true);
    return font;
}

// Texts that break lines in interesting ways.
const QStringList &samples() {
    static const QStringList texts{
        QString(),
        QStringLiteral("    "),
        QStringLiteral("Kort"),
        QStringLiteral("Inwoner vult het aanvraagformulier in en stuurt bewijsstukken mee"),
        QStringLiteral("Arbeidsongeschiktheidsverzekeringsaanvraagformulierenverwerkingssysteem"),
        QStringLiteral("Bijzondere-bijstandsaanvraag met woonkostentoeslag-berekening en "
                       "kwijtscheldingsverzoek"),
        QStringLiteral(
            "Wachten 😟 op antwoord 📬 van de gemeente 🏛️ duurt weken ⏳⏳⏳"),
        QStringLiteral("Formulier مساعدة خاصة ingevuld door de inwoner, עם תרגום, op papier"),
        QStringLiteral("tab\tnieuwe\nregel   en  spaties"),
        QString(400, QLatin1Char('W')),
    };
    return texts;
}

// A paint device that keeps the texts drawn on it, with their fonts.
class TextRecorder : public QPaintDevice {
public:
    struct Text {
        QString text;
        QFont font;
    };
    std::vector<Text> texts;

    QPaintEngine *paintEngine() const override { return &mEngine; }

protected:
    int metric(PaintDeviceMetric metric) const override {
        switch (metric) {
        case PdmWidth:
            return 2100;
        case PdmHeight:
            return 2970;
        case PdmDepth:
            return 32;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(QPaintDevice::devicePixelRatioFScale());
        default:
            return 254; // dots per inch: a tenth of a millimetre per dot
        }
    }

private:
    class Engine : public QPaintEngine {
    public:
        explicit Engine(TextRecorder *device)
            : mDevice(device) {}
        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState &) override {}
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
        void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
        void drawTextItem(const QPointF &, const QTextItem &item) override {
            mDevice->texts.push_back({item.text(), item.font()});
        }
        Type type() const override { return User; }

    private:
        TextRecorder *mDevice;
    };
    mutable Engine mEngine{this};
};

} // namespace

TEST_CASE("TextWrap: lines fit, keep every word in order, and cut with an ellipsis") {
    const QFontMetricsF metrics(titleFont());
    for (const QString &text : samples()) {
        INFO(text.toStdString());
        const QStringList all = TextWrap::lines(text, titleFont(), 154);
        if (text.simplified().isEmpty()) {
            CHECK(all.isEmpty());
            continue;
        }
        REQUIRE_FALSE(all.isEmpty());
        for (const QString &line : all) {
            CHECK_FALSE(line.isEmpty());
            CHECK(line == line.trimmed());
            CHECK(metrics.horizontalAdvance(line) <= 154 + 0.5);
        }
        // Nothing lost: the lines are the text, broken at spaces or inside
        // a word only.
        QString joined = all.join(QString());
        QString plain = text.simplified();
        joined.remove(QLatin1Char(' '));
        plain.remove(QLatin1Char(' '));
        CHECK(joined == plain);
        // Cut: the first lines as they were, the last one elided.
        const QStringList two = TextWrap::lines(text, titleFont(), 154, 2);
        REQUIRE(two.size() == std::min<qsizetype>(2, all.size()));
        CHECK(two.first() == all.first());
        if (all.size() > 2) {
            CHECK(two.last().endsWith(QChar(0x2026)));
            CHECK(metrics.horizontalAdvance(two.last()) <= 154 + 0.5);
        } else {
            CHECK(two == all);
        }
    }
    CHECK(TextWrap::lines(QStringLiteral("Kort"), titleFont(), 154, 0).isEmpty());
}

TEST_CASE("TextWrap: a long word breaks inside, words break at spaces and hyphens") {
    const QStringList huge = TextWrap::lines(samples()[4], titleFont(), 154);
    CHECK(huge.size() >= 3); // broken anywhere, not elided
    const QStringList words = TextWrap::lines(samples()[3], titleFont(), 154);
    for (const QString &line : words) // every line ends at a whole word
        CHECK((samples()[3].contains(line + QLatin1Char(' ')) || samples()[3].endsWith(line)));
    const QStringList hyphens = TextWrap::lines(samples()[5], titleFont(), 154);
    bool brokeAfterHyphen = false;
    for (const QString &line : hyphens.mid(0, hyphens.size() - 1))
        brokeAfterHyphen |= line.endsWith(QLatin1Char('-'));
    CHECK(brokeAfterHyphen);
}

TEST_CASE("TextWrap: the canvas and the compare view break titles the same way") {
    Workspace ws = test::exampleWorkspace();
    const auto journeys = JourneyAlignment::journeysOf(ws, ws.personas.front().id);
    REQUIRE_FALSE(journeys.current.isEmpty());
    REQUIRE_FALSE(journeys.ideal.isEmpty());
    // The current journey's first cards take the sample titles.
    QStringList titled;
    const auto cards = ws.orderedCards(journeys.current);
    for (qsizetype i = 0; i < samples().size() && size_t(i) < cards.size(); ++i) {
        ws.find<Card>(cards[size_t(i)]->id)->title = samples()[i];
        titled << cards[size_t(i)]->id;
    }
    const BlueprintStyle &style = BlueprintStyle::standard();

    const BlueprintLayout blueprint = BlueprintLayout::compute(ws, journeys.current);
    const qreal cardText = style.cardWidth - 2 * 10 - 18;
    for (const QString &id : titled) {
        const QString title = ws.find<Card>(id)->title;
        INFO(title.toStdString());
        CHECK(blueprint.card(id)->titleLines ==
              TextWrap::lines(title, titleFont(), cardText, style.cardTitleMaxLines));
    }

    const CompareLayout compare = CompareLayout::compute(
        ws, JourneyAlignment::compute(ws, journeys.current, journeys.ideal), true);
    int chips = 0;
    for (const CompareLayout::StepBox &step : compare.steps)
        for (const CompareLayout::Chip &chip : step.chips)
            if (titled.contains(chip.card.id)) {
                INFO(chip.card.title.toStdString());
                CHECK(chip.titleLines == TextWrap::lines(chip.card.title, titleFont(),
                                                         CompareLayout::kBoxWidth - 16 - 40, 2));
                ++chips;
            }
    CHECK(chips == titled.size());
}

TEST_CASE("TextWrap: the persona sheet breaks its texts the same way") {
    Workspace ws = test::exampleWorkspace();
    Persona &persona = ws.personas.front();
    // A story of one paragraph, long enough for several rows, short enough
    // not to be cut.
    persona.story =
        samples()[5] + QLatin1Char(' ') + samples()[3] + QLatin1Char(' ') + samples()[4];
    TextRecorder device;
    {
        QPainter painter(&device);
        PersonaSheetPainter().paint(painter, QRectF(0, 0, 2100, 2970), persona, ws);
    }
    // The rows of the story are drawn one after another; they must be
    // TextWrap's lines of the story at the width of its column.
    size_t first = 0;
    while (first < device.texts.size() && !persona.story.startsWith(device.texts[first].text))
        ++first;
    REQUIRE(first < device.texts.size());
    QStringList rows;
    qreal widest = 0;
    const QFont font = device.texts[first].font;
    auto letters = [](QString text) { return text.remove(QLatin1Char(' ')); };
    const QString story = letters(persona.story);
    for (size_t i = first; i < device.texts.size() && letters(rows.join(QString())) != story; ++i) {
        rows << device.texts[i].text;
        widest = std::max(widest, QFontMetricsF(font).horizontalAdvance(device.texts[i].text));
    }
    CHECK(letters(rows.join(QString())) == story);
    REQUIRE(rows.size() >= 3);
    // The column is at least as wide as the widest row and narrower than
    // that row plus the next row's first word; some width in between gives
    // exactly these rows.
    bool same = false;
    for (qreal width = std::floor(widest); width < widest + 400 && !same; width += 0.5)
        same = TextWrap::lines(persona.story, font, width) == rows;
    CHECK(same);
}
