// Item 5 of issue 12: the editing widgets offer what the fields' rules
// (FieldRule, field.h) accept, driven by keyboard and mouse offscreen; and
// a card kind is one entry (CardKind, cardkind.h) that every reader uses.
#include "blueprintpainter.h"
#include "cardkind.h"
#include "examplewindow.h"
#include "inspector.h"
#include "inventory.h"
#include "labels.h"
#include "personaeditor.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QSet>
#include <QSpinBox>
#include <QTest>
#include <QTranslator>

using namespace blauwdruk;

namespace {

template <class W> W *widget(QWidget *parent, const QString &name) {
    W *found = parent->findChild<W *>(name);
    INFO(name.toStdString());
    REQUIRE(found);
    return found;
}

QVariantList itemData(const QComboBox *combo) {
    QVariantList data;
    for (int i = 0; i < combo->count(); ++i)
        data << combo->itemData(i);
    return data;
}

// A shown Inspector on a fresh copy of the example.
struct InspectorOnExample {
    test::ExampleFile file;
    Inspector inspector;
    InspectorOnExample() {
        inspector.resize(360, 900);
        inspector.show();
        REQUIRE(QTest::qWaitForWindowExposed(&inspector));
    }
    const Workspace &ws() { return file.document->workspace(); }
};

// Offers exactly the rule's choices, and each one picked is stored.
void pickEveryChoice(InspectorOnExample &f, EntityType type, const QString &id,
                     const QString &field) {
    const QString name = entityTypeName(type) + QLatin1Char('_') + field;
    INFO(name.toStdString());
    auto *combo = widget<QComboBox>(&f.inspector, name);
    const QStringList &choices = *fieldRule(type, field).choices;
    QVariantList expected;
    for (const QString &choice : choices)
        expected << choice;
    CHECK(itemData(combo) == expected);
    // The last choice first, so every pick is a change.
    for (int i = int(choices.size()) - 1; i >= 0; --i) {
        test::chooseItem(combo, i);
        CHECK(f.ws().field(type, id, field).toString() == choices[i]);
    }
}

} // namespace

TEST_CASE("Field rules: the Inspector offers every choice of a card's fields and stores each") {
    InspectorOnExample f;
    const Card &card = f.ws().cards.front();
    const QString id = card.id;
    f.inspector.setSelection(f.file.document.get(), {id}, {}, {});
    for (const char *field : {"kind", "status", "evidence"})
        pickEveryChoice(f, EntityType::Card, id, QLatin1String(field));

    // Votes: the spin box spans the rule, and typing goes no further.
    const FieldRule &votes = fieldRule(EntityType::Card, u"votes");
    auto *spin = widget<QSpinBox>(&f.inspector, QStringLiteral("card_votes"));
    CHECK(spin->minimum() == votes.low);
    CHECK(spin->maximum() == votes.high);
    test::typeInto(spin, QStringLiteral("7"));
    CHECK(f.ws().find<Card>(id)->votes == 7);
    test::typeInto(spin, QString::number(votes.high));
    CHECK(f.ws().find<Card>(id)->votes == votes.high);
    test::typeInto(spin, QString::number(qint64(votes.high) * 10));
    CHECK(f.ws().find<Card>(id)->votes <= votes.high);
    CHECK(test::onDisk(f.file.path) == test::canonical(f.ws()));
}

TEST_CASE("Field rules: the Inspector offers every emotion, lane kind and journey choice") {
    InspectorOnExample f;
    const Journey *journey = f.ws().orderedJourneys().front();
    const QString journeyId = journey->id;
    const QString step = f.ws().orderedSteps(journeyId).front()->id;
    const QString lane = f.ws().orderedLanes(journeyId).back()->id;
    f.inspector.setSelection(f.file.document.get(), {}, step, lane);

    // Emotion: every value of the range, the best at the top.
    const FieldRule &emotion = fieldRule(EntityType::Step, u"emotion");
    auto *combo = widget<QComboBox>(&f.inspector, QStringLiteral("EmotionField"));
    QVariantList expected;
    for (int value = emotion.high; value >= emotion.low; --value)
        expected << value;
    CHECK(itemData(combo) == expected);
    for (int i = 0; i < combo->count(); ++i) {
        test::chooseItem(combo, i);
        CHECK(f.ws().find<Step>(step)->emotion == expected[i].toInt());
    }

    pickEveryChoice(f, EntityType::Lane, lane, QStringLiteral("kind"));
    pickEveryChoice(f, EntityType::Journey, journeyId, QStringLiteral("kind"));
    CHECK(test::onDisk(f.file.path) == test::canonical(f.ws()));
}

TEST_CASE("Field rules: the persona form spans the rules of age and the two scales") {
    test::ExampleWindow w;
    const QString id = w.ws().orderedPersonas().front()->id;
    w.window.openPersona(id);
    auto *editor = w.currentTab<PersonaEditor>();
    REQUIRE(editor);
    const FieldRule &age = fieldRule(EntityType::Persona, u"age");
    auto *spin = widget<QSpinBox>(editor, QStringLiteral("field_age"));
    CHECK(spin->minimum() == age.low);
    CHECK(spin->maximum() == age.high);
    test::typeInto(spin, QStringLiteral("42"));
    CHECK(w.ws().find<Persona>(id)->age == 42);
    for (const char *field : {"digital_skills", "self_reliance"}) {
        const FieldRule &rule = fieldRule(EntityType::Persona, QString::fromLatin1(field));
        auto *combo = widget<QComboBox>(editor, QStringLiteral("field_") + QLatin1String(field));
        QVariantList expected;
        for (int value = rule.low; value <= rule.high; ++value)
            expected << value;
        CHECK(itemData(combo) == expected);
        for (int i = combo->count() - 1; i >= 0; --i) {
            test::chooseItem(combo, i);
            CHECK(w.ws().field(EntityType::Persona, id, QLatin1String(field)) == expected[i]);
        }
    }
    w.saved();
}

TEST_CASE("Card kinds: each has a label, a colour, an icon and an inventory heading") {
    const auto kinds = CardKind::all();
    REQUIRE(kinds.size() == size_t(vocabulary::cardKinds().size()));
    QSet<QString> ids, labels, headings;
    QSet<int> icons;
    QSet<QRgb> colours;
    for (size_t i = 0; i < kinds.size(); ++i) {
        const CardKind &kind = kinds[i];
        INFO(kind.id);
        CHECK(vocabulary::cardKinds().at(qsizetype(i)) == QLatin1String(kind.id));
        CHECK(CardKind::find(QString::fromLatin1(kind.id)) == &kind);
        ids.insert(QLatin1String(kind.id));
        labels.insert(QLatin1String(kind.label));
        headings.insert(QString::fromUtf8(kind.inventoryDutch));
        icons.insert(int(kind.icon));
        colours.insert(kind.colour.rgb());
        CHECK(kind.colour.isValid());
        CHECK(BlueprintStyle::standard().cardColour(QLatin1String(kind.id)) == kind.colour);
        CHECK(Labels::cardKind(QLatin1String(kind.id)) == QLatin1String(kind.label));
    }
    // Told apart by word, by colour and, for colour-blind readers and grey
    // printers, by icon alone.
    CHECK(ids.size() == qsizetype(kinds.size()));
    CHECK(labels.size() == qsizetype(kinds.size()));
    CHECK(headings.size() == qsizetype(kinds.size()));
    CHECK(colours.size() == qsizetype(kinds.size()));
    CHECK(icons.size() == qsizetype(kinds.size()));
    CHECK(CardKind::find(u"banana") == nullptr);
}

TEST_CASE("Card kinds: the painter draws each kind's icon, and no two alike") {
    const BlueprintPainter painter;
    QSet<QByteArray> pictures;
    for (const CardKind &kind : CardKind::all()) {
        Card card;
        card.kind = QLatin1String(kind.id);
        card.colour = QStringLiteral("#ffffff"); // the icon alone tells them apart
        BlueprintLayout::CardBox box;
        box.rect = QRectF(0, 0, 192, 88);
        QImage image(192, 88, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        painter.paintCard(p, box, card, {});
        p.end();
        pictures.insert(
            QByteArray(reinterpret_cast<const char *>(image.constBits()), image.sizeInBytes()));
    }
    CHECK(pictures.size() == qsizetype(CardKind::all().size()));
}

TEST_CASE("Card kinds: the inventory heads each kind with its entry, the editor translates "
          "its label to the same word") {
    Workspace ws = test::exampleWorkspace();
    const Journey *journey = ws.orderedJourneys().front();
    Card model = *std::find_if(ws.cards.begin(), ws.cards.end(),
                               [&](const Card &c) { return c.journey == journey->id; });
    const QString journeyId = journey->id;
    ws.cards.erase(std::remove_if(ws.cards.begin(), ws.cards.end(),
                                  [&](const Card &c) { return c.journey == journeyId; }),
                   ws.cards.end());
    ws.connections.erase(
        std::remove_if(ws.connections.begin(), ws.connections.end(),
                       [&](const Connection &c) { return c.journey == journeyId; }),
        ws.connections.end());
    int position = 0;
    for (const CardKind &kind : CardKind::all()) {
        Card card = model;
        card.id = QStringLiteral("kind-") + QLatin1String(kind.id);
        card.kind = QLatin1String(kind.id);
        card.position = position++;
        ws.cards.push_back(card);
    }
    ws.comments.clear();

    QTranslator dutch;
    REQUIRE(dutch.load(QStringLiteral(":/i18n/blauwdruk_nl.qm")));
    for (const char *language : {"en", "nl"}) {
        ws.meta.language = QLatin1String(language);
        QString error;
        const auto inventory = Inventory::build(ws, journeyId, &error);
        REQUIRE(inventory);
        const auto &counts = inventory->sections().front().kindCounts;
        REQUIRE(counts.size() == CardKind::all().size());
        for (size_t i = 0; i < counts.size(); ++i) {
            const CardKind &kind = CardKind::all()[i];
            INFO(kind.id);
            const QString heading = language == std::string_view("nl")
                                        ? QString::fromUtf8(kind.inventoryDutch)
                                        : QString::fromUtf8(kind.label);
            CHECK(counts[i].first == heading);
            CHECK(counts[i].second == 1);
            // The editor's Dutch word for the kind is the inventory's.
            if (language == std::string_view("nl"))
                CHECK(dutch.translate("Labels", kind.label) == heading);
        }
    }
}

TEST_CASE("Field rules: clearing a persona's name in the form never stores a blank name") {
    test::ExampleWindow w;
    const QString id = w.ws().orderedPersonas().front()->id;
    const QString name = w.ws().find<Persona>(id)->name;
    w.window.openPersona(id);
    auto *editor = w.currentTab<PersonaEditor>();
    REQUIRE(editor);
    auto *field = widget<QLineEdit>(editor, QStringLiteral("field_name"));
    field->setFocus(Qt::OtherFocusReason);
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    CHECK(field->text().isEmpty());
    // Refused by the rule: the file keeps a name, so it opens again.
    CHECK(w.ws().find<Persona>(id)->name == name);
    w.saved();
    QString error;
    CHECK(Document::open(w.path, Store::Mode::ReadOnly, &error));
    QTest::keyClicks(field, QStringLiteral("Ans"));
    CHECK(w.ws().find<Persona>(id)->name == QStringLiteral("Ans"));
}
