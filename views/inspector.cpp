#include "inspector.h"
#include "plaintext.h"

#include "canvasactions.h"
#include "cardkind.h"
#include "document.h"
#include "edits.h"
#include "fieldscrollarea.h"
#include "labels.h"
#include "privacywarning.h"
#include "provenance.h"
#include "readonlyfields.h"
#include "review.h"
#include "sessionrules.h"
#include "textlimit.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace blauwdruk {

namespace {

QString severalText() {
    return Inspector::tr("(several values)");
}

// A long choice (a persona's name) must not widen the dock; it elides.
QComboBox *narrowCombo() {
    auto *combo = new QComboBox;
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    return combo;
}

} // namespace

Inspector::Inspector(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("Inspector"));
    auto *scroll = new FieldScrollArea(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    mBody = new QWidget;
    scroll->setWidget(mBody);
    mForm = new QFormLayout(mBody);
    mForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    mForm->setRowWrapPolicy(QFormLayout::WrapAllRows); // labels above: fields get the width
    rebuild();
}

void Inspector::setDocument(Document *document) {
    if (mDocument == document)
        return;
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    if (mDocument) {
        connect(mDocument, &Document::changed, this, &Inspector::onChanged);
        connect(mDocument, &Document::reviewModeChanged, this, &Inspector::rebuild);
    }
}

void Inspector::setSelection(Document *document, const QStringList &cards, const QString &step,
                             const QString &lane) {
    showSubject(document, {cards, step, lane, {}, {}});
}

void Inspector::showEntity(Document *document, EntityType type, const QString &id) {
    showSubject(document, {{},
                           {},
                           type == EntityType::Lane ? id : QString(),
                           type == EntityType::Stage ? id : QString(),
                           type == EntityType::Connection ? id : QString()});
}

void Inspector::showSubject(Document *document, const Subject &subject) {
    // The same subject again while one of its fields is typed in (the
    // outline and the canvas both tell, after each letter): the fields
    // stay, the one being typed in is not deleted under the user's fingers.
    const Subject now{mCards, mStep, mLane, mStage, mConnection};
    const QWidget *focus = QApplication::focusWidget();
    if (document == mDocument && subject == now && !mRebuildPending && focus &&
        mBody->isAncestorOf(focus))
        return;
    setDocument(document);
    mCards = subject.cards;
    mStep = subject.step;
    mLane = subject.lane;
    mStage = subject.stage;
    mConnection = subject.connection;
    rebuild();
}

void Inspector::focusFirstField() {
    if (mRebuildPending) // show current values before the user edits them
        rebuild();
    for (int row = 0; row < mForm->rowCount(); ++row)
        if (QLayoutItem *item = mForm->itemAt(row, QFormLayout::FieldRole))
            if (QWidget *field = item->widget(); field && field->focusPolicy() != Qt::NoFocus) {
                field->setFocus(Qt::ShortcutFocusReason);
                return;
            }
}

void Inspector::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Escape) {
        emit finished();
        return;
    }
    QWidget::keyPressEvent(event);
}

void Inspector::onChanged(const Changes &) {
    // Our own writes already show in the field being edited; rebuilding now
    // would delete that field under the user's fingers.
    if (mWriting)
        return;
    // Changes from elsewhere (undo, the canvas): show them, after the event
    // that caused them has finished with its widgets.
    if (mRebuildPending)
        return;
    mRebuildPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (mRebuildPending) // not done meanwhile by setSelection()
                rebuild();
        },
        Qt::QueuedConnection);
}

void Inspector::write(EntityType type, const QStringList &ids, const QString &field,
                      const QVariant &value, bool merge) {
    if (mUpdating || !mDocument)
        return;
    mWriting = true;
    Edits(*mDocument).setField(type, ids, field, value, merge);
    mWriting = false;
}

QVariant Inspector::common(EntityType type, const QStringList &ids, const QString &field) const {
    QVariant value;
    for (const QString &id : ids) {
        const QVariant v = mDocument->workspace().field(type, id, field);
        if (value.isValid() && v != value)
            return QVariant();
        value = v;
    }
    return value;
}

void Inspector::rebuild() {
    mRebuildPending = false;
    mUpdating = true;
    // A field with the keyboard is made anew: the keyboard goes back to it
    // (an undo, a change from elsewhere), not nowhere.
    QWidget *focus = QApplication::focusWidget();
    const bool hadFocus = focus && mBody->isAncestorOf(focus);
    const QString focusedField = hadFocus ? focus->objectName() : QString();
    while (mForm->rowCount() > 0)
        mForm->removeRow(0);
    const Workspace *ws = mDocument ? &mDocument->workspace() : nullptr;
    mCards.removeIf([&](const QString &id) { return !ws || !ws->find<Card>(id); });
    if (!ws) {
        addHeading(tr("Nothing selected"));
    } else if (!mCards.isEmpty()) {
        addCardFields();
    } else {
        QString journey;
        if (const Stage *stage = ws->find<Stage>(mStage)) {
            addStageFields();
            journey = stage->journey;
        }
        if (const Connection *connection = ws->find<Connection>(mConnection)) {
            addConnectionFields();
            journey = connection->journey;
        }
        if (const Step *step = ws->find<Step>(mStep)) {
            addStepFields();
            journey = step->journey;
        }
        if (const Lane *lane = ws->find<Lane>(mLane)) {
            addLaneFields();
            journey = lane->journey;
        }
        if (!journey.isEmpty())
            addJourneyFields(journey);
        if (mForm->rowCount() == 0)
            addHeading(tr("Nothing selected"));
    }
    if (mDocument && mDocument->isContentLocked())
        ReadOnlyFields::apply(mBody, true);
    mUpdating = false;
    // Qt shows widgets added to a shown form on the next turn of the event
    // loop; the keyboard can only go to a shown one, so they show now.
    for (QWidget *child : mBody->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        if (!child->testAttribute(Qt::WA_WState_ExplicitShowHide))
            child->show();
    if (hadFocus) {
        QWidget *again =
            focusedField.isEmpty() ? nullptr : mBody->findChild<QWidget *>(focusedField);
        if (again)
            again->setFocus(Qt::OtherFocusReason);
        else
            focusFirstField();
    }
}

void Inspector::addHeading(const QString &text) {
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()));
    label->setContentsMargins(0, 8, 0, 4);
    mForm->addRow(label);
}

void Inspector::addPrivacyWarning(EntityType type, const QStringList &ids) {
    const QString warning = PrivacyWarning::text(mDocument->workspace(), type, ids);
    if (!warning.isEmpty())
        mForm->addRow(PrivacyWarning::label(warning));
}

void Inspector::addCardFields() {
    addHeading(mCards.size() == 1 ? tr("Card") : tr("%1 cards").arg(mCards.size()));
    addPrivacyWarning(EntityType::Card, mCards);
    addChoice(tr("Kind"), EntityType::Card, mCards, QStringLiteral("kind"), &Labels::cardKind);
    addText(tr("Title"), EntityType::Card, mCards, QStringLiteral("title"));
    addText(tr("Text"), EntityType::Card, mCards, QStringLiteral("text"), true);
    addText(tr("Owner (team)"), EntityType::Card, mCards, QStringLiteral("owner"));
    addChoice(tr("Status"), EntityType::Card, mCards, QStringLiteral("status"),
              &Labels::cardStatus);
    addDate(tr("Due date"), EntityType::Card, mCards, QStringLiteral("due"));
    addChoice(tr("Evidence"), EntityType::Card, mCards, QStringLiteral("evidence"),
              &Labels::evidence);
    addTags(EntityType::Card, mCards);
    addNumber(tr("Votes"), EntityType::Card, mCards, QStringLiteral("votes"));
    addText(tr("Waiting time"), EntityType::Card, mCards, QStringLiteral("duration"));
    addColour(EntityType::Card, mCards);
    addOrigin(EntityType::Card, mCards);
}

void Inspector::addStepFields() {
    addHeading(tr("Step"));
    const QStringList ids{mStep};
    addPrivacyWarning(EntityType::Step, ids);
    addText(tr("Title"), EntityType::Step, ids, QStringLiteral("title"));
    keepIfStructureLocked(EntityType::Step, mStep);
    addText(tr("Description"), EntityType::Step, ids, QStringLiteral("description"), true);
    addText(tr("Channel"), EntityType::Step, ids, QStringLiteral("channel"));
    addEmotion(mStep);
    addText(tr("Duration"), EntityType::Step, ids, QStringLiteral("duration"));
    addFlag(tr("Moment of truth"), EntityType::Step, ids, QStringLiteral("moment_of_truth"));
    addDemoScreen(mStep);
    addStepCards(QStringLiteral("pain_point"), tr("Pain points"), tr("Add pain point"));
    addStepCards(QStringLiteral("opportunity"), tr("Opportunities"), tr("Add opportunity"));
    addOrigin(EntityType::Step, ids);
}

void Inspector::addEmotion(const QString &step) {
    auto *combo = narrowCombo();
    combo->setObjectName(QStringLiteral("EmotionField"));
    const FieldRule &rule = fieldRule(EntityType::Step, u"emotion");
    for (int value = rule.high; value >= rule.low; --value) // the best at the top
        combo->addItem(Labels::emotion(value), value);
    combo->setCurrentIndex(combo->findData(mDocument->workspace().find<Step>(step)->emotion));
    connect(combo, &QComboBox::activated, this, [this, combo, step] {
        write(EntityType::Step, {step}, QStringLiteral("emotion"), combo->currentData().toInt());
    });
    mForm->addRow(tr("Emotion"), combo);
}

void Inspector::addStepCards(const QString &kind, const QString &label, const QString &addLabel) {
    const Workspace &ws = mDocument->workspace();
    auto *list = new QListWidget;
    list->setObjectName(kind == QLatin1String("pain_point") ? QStringLiteral("PainPointList")
                                                            : QStringLiteral("OpportunityList"));
    list->setAccessibleName(label);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setTextElideMode(Qt::ElideRight);
    const Step *step = ws.find<Step>(mStep);
    for (const Lane *lane : ws.orderedLanes(step->journey))
        for (const Card *card : ws.cardsInCell(mStep, lane->id))
            if (card->kind == kind) {
                auto *item = new QListWidgetItem(
                    card->title.isEmpty() ? tr("(untitled)") : card->title, list);
                item->setData(Qt::UserRole, card->id);
                item->setToolTip(PlainText::toolTip(
                    tr("%1 · %2 · %3")
                        .arg(lane->title, Labels::cardStatus(card->status),
                             card->owner.isEmpty() ? tr("no owner") : card->owner)));
            }
    const int found = list->count();
    list->setFixedHeight(found == 0 ? 28 : qMin(6, found) * 22 + 8);
    if (found == 0) {
        auto *none = new QListWidgetItem(tr("None yet"), list);
        none->setFlags(Qt::NoItemFlags);
    }
    connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString id = item->data(Qt::UserRole).toString();
        if (!id.isEmpty())
            activateLater(id);
    });
    mForm->addRow(QStringLiteral("%1 (%2)").arg(label).arg(found), list);
    auto *add = new QPushButton(addLabel);
    connect(add, &QPushButton::clicked, this, [this, kind] {
        if (!mDocument)
            return;
        const Workspace &ws = mDocument->workspace();
        const Step *step = ws.find<Step>(mStep);
        if (!step)
            return;
        // Into the current lane, or the resident's lane when that is the curve.
        QString lane = mLane;
        const Lane *current = ws.find<Lane>(lane);
        if (!current || current->journey != step->journey ||
            current->kind == QLatin1String("emotion")) {
            const auto lanes = ws.orderedLanes(step->journey);
            lane = lanes.empty() ? QString() : lanes.front()->id;
        }
        const QString title =
            kind == QLatin1String("pain_point") ? tr("New pain point") : tr("New opportunity");
        const QString id = Edits(*mDocument).addCard(mStep, lane, title, kind);
        if (!id.isEmpty())
            activateLater(id);
    });
    mForm->addRow(QString(), add);
}

// Showing the card selects it, and a new selection rebuilds this form: not
// while the list or the button that asked is still handling its click.
void Inspector::activateLater(const QString &cardId) {
    QMetaObject::invokeMethod(
        this, [this, cardId] { emit cardActivated(cardId); }, Qt::QueuedConnection);
}

void Inspector::addJourneyFields(const QString &journey) {
    addHeading(tr("Journey"));
    const QStringList ids{journey};
    addPrivacyWarning(EntityType::Journey, ids);
    addText(tr("Title"), EntityType::Journey, ids, QStringLiteral("title"));
    addPersonaChoice(journey);
    addChoice(tr("Kind"), EntityType::Journey, ids, QStringLiteral("kind"), &Labels::journeyKind);
    addText(tr("Starting point"), EntityType::Journey, ids, QStringLiteral("starting_point"), true);
    addText(tr("Goal"), EntityType::Journey, ids, QStringLiteral("goal"), true);
    // The status moves only by a decision (Review menu), never by a field.
    const Journey *j = mDocument->workspace().find<Journey>(journey);
    QString status = Labels::reviewStatus(j->status);
    if (!j->reviewedBy.isEmpty())
        status = tr("%1, by %2").arg(status, j->reviewedBy);
    // What the last decision said: the makers read why it came back.
    const Decision *last = Review::lastDecision(mDocument->workspace(), journey);
    if (last && !last->remark.isEmpty())
        status += QStringLiteral("\n“%1”").arg(last->remark);
    auto *label = new QLabel(status);
    label->setTextFormat(Qt::PlainText);
    label->setObjectName(QStringLiteral("journey_status"));
    label->setWordWrap(true);
    label->setToolTip(tr("The review status changes by a decision: see the Review menu."));
    mForm->addRow(tr("Review status"), label);
    addOrigin(EntityType::Journey, ids);
}

void Inspector::addOrigin(EntityType type, const QStringList &ids) {
    // Cards taken together share their source but not their original ids:
    // they are compared by what a person reads.
    std::optional<Provenance> origin;
    QStringList sources;
    for (const QString &id : ids) {
        const QString text =
            mDocument->workspace().field(type, id, QStringLiteral("origin")).toString();
        origin = Provenance::fromText(text);
        const QString source = origin ? origin->describe() : QString();
        if (!sources.contains(source))
            sources << source;
    }
    if (sources.isEmpty() || sources == QStringList{QString()})
        return; // made here
    auto *label = new QLabel(sources.size() == 1 ? sources.first() : tr("Several sources"));
    label->setTextFormat(Qt::PlainText);
    label->setObjectName(QStringLiteral("origin"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    if (ids.size() == 1 && origin)
        label->setToolTip(
            origin->library.isEmpty()
                ? tr("Copied from the file %1; its id there: %2")
                      .arg(origin->file, origin->original)
                : tr("Taken from the library's published version %1; its id there: %2")
                      .arg(origin->library, origin->original));
    mForm->addRow(tr("Taken from"), label);
}

void Inspector::addPersonaChoice(const QString &journey) {
    const Workspace &ws = mDocument->workspace();
    auto *combo = narrowCombo();
    combo->setObjectName(QStringLiteral("journey_persona"));
    combo->addItem(tr("(no persona)"), QString());
    for (const Persona *persona : ws.orderedPersonas())
        combo->addItem(persona->name, persona->id);
    combo->setCurrentIndex(combo->findData(ws.find<Journey>(journey)->persona));
    connect(combo, &QComboBox::activated, this, [this, combo, journey] {
        write(EntityType::Journey, {journey}, QStringLiteral("persona"),
              combo->currentData().toString());
    });
    mForm->addRow(tr("Persona"), combo);
}

void Inspector::addLaneFields() {
    addHeading(tr("Lane"));
    const QStringList ids{mLane};
    addText(tr("Title"), EntityType::Lane, ids, QStringLiteral("title"));
    keepIfStructureLocked(EntityType::Lane, mLane);
    addChoice(tr("Kind"), EntityType::Lane, ids, QStringLiteral("kind"), &Labels::laneKind);
    keepIfStructureLocked(EntityType::Lane, mLane);
    addColour(EntityType::Lane, ids);
}

void Inspector::addStageFields() {
    addHeading(tr("Stage"));
    const QStringList ids{mStage};
    addText(tr("Title"), EntityType::Stage, ids, QStringLiteral("title"));
    keepIfStructureLocked(EntityType::Stage, mStage);
    addColour(EntityType::Stage, ids);
}

// An arrow says where it goes: its two cards by name, then what can be
// changed of it.
void Inspector::addConnectionFields() {
    addHeading(tr("Arrow"));
    const Workspace &ws = mDocument->workspace();
    const Connection *connection = ws.find<Connection>(mConnection);
    auto cardTitle = [&](const QString &id) {
        const Card *card = ws.find<Card>(id);
        return card ? card->title.simplified() : QString();
    };
    auto *ends = new QLabel(
        tr("From “%1” to “%2”").arg(cardTitle(connection->from), cardTitle(connection->to)));
    ends->setTextFormat(Qt::PlainText);
    ends->setWordWrap(true);
    ends->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    mForm->addRow(ends);
    const QStringList ids{mConnection};
    addChoice(tr("Kind"), EntityType::Connection, ids, QStringLiteral("kind"),
              &Labels::connectionKind);
    addText(tr("Label"), EntityType::Connection, ids, QStringLiteral("label"));
}

// While a work session locks the journey's structure, the field just added
// (a step's or lane's title, a lane's kind) shows but does not change.
void Inspector::keepIfStructureLocked(EntityType type, const QString &id) {
    const QString journey =
        mDocument->workspace().field(type, id, QStringLiteral("journey")).toString();
    if (!SessionRules::isStructureLocked(mDocument->workspace(), journey))
        return;
    QLayoutItem *item = mForm->itemAt(mForm->rowCount() - 1, QFormLayout::FieldRole);
    if (QWidget *field = item ? item->widget() : nullptr) {
        if (auto *edit = qobject_cast<QLineEdit *>(field))
            edit->setReadOnly(true);
        else
            field->setEnabled(false);
        field->setToolTip(CanvasActions::structureLockedMessage());
    }
}

void Inspector::addText(const QString &label, EntityType type, const QStringList &ids,
                        const QString &field, bool multiLine) {
    const QVariant value = common(type, ids, field);
    auto write = [this, type, ids, field](const QString &text) {
        this->write(type, ids, field, text, true);
    };
    // "step_title": what a test (and a person's inspection tool) finds it by.
    const QString name = entityTypeName(type) + QLatin1Char('_') + field;
    if (multiLine) {
        auto *edit = new QPlainTextEdit(value.toString());
        edit->setObjectName(name);
        TextLimit::apply(edit);
        edit->setPlaceholderText(value.isValid() ? QString() : severalText());
        edit->setFixedHeight(96);
        edit->setTabChangesFocus(true);
        connect(edit, &QPlainTextEdit::textChanged, this,
                [edit, write] { write(edit->toPlainText()); });
        mForm->addRow(label, edit);
    } else {
        auto *edit = new QLineEdit;
        edit->setObjectName(name);
        TextLimit::apply(edit); // before the text: the default maximum would cut it
        edit->setText(value.toString());
        edit->setCursorPosition(0); // show a long title from its start
        edit->setPlaceholderText(value.isValid() ? QString() : severalText());
        connect(edit, &QLineEdit::textEdited, this, write);
        mForm->addRow(label, edit);
    }
}

void Inspector::addDate(const QString &label, EntityType type, const QStringList &ids,
                        const QString &field) {
    const QVariant value = common(type, ids, field);
    auto *edit = new QLineEdit(value.toString());
    edit->setObjectName(entityTypeName(type) + QLatin1Char('_') + field);
    edit->setPlaceholderText(value.isValid() ? tr("YYYY-MM-DD") : severalText());
    const QString hint = tr("A day, such as 2027-03-31; empty for none");
    edit->setToolTip(hint);
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, type, ids, field, hint] {
        const QString text = edit->text().trimmed();
        QDate day = QDate::fromString(text, Qt::ISODate);
        if (!day.isValid())
            day = QDate::fromString(text, QStringLiteral("d-M-yyyy"));
        if (!text.isEmpty() && !day.isValid()) {
            edit->setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid #B42318; }"));
            edit->setToolTip(
                tr("\"%1\" is not a day: write it as YYYY-MM-DD, e.g. 2027-03-31.").arg(text));
            return;
        }
        edit->setStyleSheet(QString());
        edit->setToolTip(hint);
        const QString stored = day.isValid() ? day.toString(Qt::ISODate) : QString();
        if (stored != edit->text())
            edit->setText(stored);
        if (common(type, ids, field).toString() != stored || !common(type, ids, field).isValid())
            write(type, ids, field, stored);
    });
    mForm->addRow(label, edit);
}

void Inspector::addDemoScreen(const QString &step) {
    addText(tr("Demo screen"), EntityType::Step, {step}, QStringLiteral("demo"));
    auto *edit = qobject_cast<QLineEdit *>(
        mForm->itemAt(mForm->rowCount() - 1, QFormLayout::FieldRole)->widget());
    edit->setPlaceholderText(tr("https://… or an image file, such as demo/step5.png"));
    edit->setToolTip(tr("Shown beside the step in View › Walkthrough: the address of the "
                        "clickable demo, or an image file (relative to the workspace file)"));
    // Said here, while it can be fixed, not in front of the residents.
    auto *problem = new QLabel;
    problem->setObjectName(QStringLiteral("DemoScreenProblem"));
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("color: #B42318;"));
    const QString folder =
        mDocument->isUntitled() ? QString() : QFileInfo(mDocument->filePath()).absolutePath();
    auto check = [problem, folder](const QString &text) {
        const QString demo = text.trimmed();
        const QUrl url(demo);
        QString why;
        if (!demo.isEmpty() && url.scheme() != QLatin1String("http") &&
            url.scheme() != QLatin1String("https")) {
            const QString path =
                QDir(folder.isEmpty() ? QDir::homePath() : folder).absoluteFilePath(demo);
            if (!QFileInfo(path).isFile())
                why = tr("There is no file %1: the walkthrough cannot show it.").arg(path);
            else if (QImageReader(path).format().isEmpty())
                why = tr("%1 is not an image the walkthrough can show (PNG, JPEG…).").arg(path);
        }
        problem->setText(why);
        problem->setVisible(!why.isEmpty());
    };
    check(edit->text());
    connect(edit, &QLineEdit::textChanged, problem, check);
    mForm->addRow(QString(), problem);
}

void Inspector::addChoice(const QString &label, EntityType type, const QStringList &ids,
                          const QString &field, QString (*name)(const QString &)) {
    auto *combo = narrowCombo();
    combo->setObjectName(entityTypeName(type) + QLatin1Char('_') + field);
    const QStringList &values = *fieldRule(type, field).choices;
    const QVariant value = common(type, ids, field);
    for (const QString &v : values)
        combo->addItem(name ? name(v) : v, v);
    combo->setCurrentIndex(value.isValid() ? int(values.indexOf(value.toString())) : -1);
    connect(combo, &QComboBox::activated, this, [this, combo, type, ids, field] {
        write(type, ids, field, combo->currentData().toString());
    });
    mForm->addRow(label, combo);
}

void Inspector::addNumber(const QString &label, EntityType type, const QStringList &ids,
                          const QString &field) {
    auto *spin = new QSpinBox;
    spin->setObjectName(entityTypeName(type) + QLatin1Char('_') + field);
    const FieldRule &rule = fieldRule(type, field);
    spin->setRange(rule.low, rule.high);
    const QVariant value = common(type, ids, field);
    spin->setValue(value.isValid() ? value.toInt() : 0);
    connect(spin, &QSpinBox::valueChanged, this,
            [this, type, ids, field](int v) { write(type, ids, field, v, true); });
    mForm->addRow(label, spin);
}

void Inspector::addFlag(const QString &label, EntityType type, const QStringList &ids,
                        const QString &field) {
    auto *box = new QCheckBox;
    box->setChecked(common(type, ids, field).toBool());
    connect(box, &QCheckBox::toggled, this,
            [this, type, ids, field](bool on) { write(type, ids, field, on); });
    mForm->addRow(label, box);
}

void Inspector::addTags(EntityType type, const QStringList &ids) {
    const QVariant value = common(type, ids, QStringLiteral("tags"));
    auto *edit = new QLineEdit;
    TextLimit::apply(edit);
    edit->setText(value.toStringList().join(QStringLiteral(", ")));
    edit->setPlaceholderText(value.isValid() ? tr("comma-separated") : severalText());
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, type, ids] {
        QStringList tags;
        for (const QString &tag : edit->text().split(u','))
            if (!tag.trimmed().isEmpty())
                tags << tag.trimmed();
        if (mDocument && common(type, ids, QStringLiteral("tags")) != QVariant(tags))
            write(type, ids, QStringLiteral("tags"), tags);
    });
    mForm->addRow(tr("Tags"), edit);
}

void Inspector::addColour(EntityType type, const QStringList &ids) {
    // The kinds' calm colours as a palette; "Automatic" follows the kind.
    static const QStringList colours = [] {
        QStringList list{QString()};
        for (const CardKind &kind : CardKind::all())
            list << kind.colour.name();
        list.removeDuplicates();
        return list;
    }();
    auto *combo = narrowCombo();
    combo->setObjectName(entityTypeName(type) + QStringLiteral("_colour"));
    for (const QString &colour : colours) {
        if (colour.isEmpty()) {
            combo->addItem(tr("Automatic"), colour);
        } else {
            QPixmap swatch(16, 16);
            swatch.fill(QColor(colour));
            combo->addItem(QIcon(swatch), colour, colour);
        }
    }
    const QVariant value = common(type, ids, QStringLiteral("colour"));
    int index = value.isValid() ? int(colours.indexOf(value.toString().toLower())) : -1;
    if (value.isValid() && index < 0) { // a colour from elsewhere: show it too
        combo->addItem(value.toString(), value.toString());
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
    connect(combo, &QComboBox::activated, this, [this, combo, type, ids] {
        write(type, ids, QStringLiteral("colour"), combo->currentData().toString());
    });
    mForm->addRow(tr("Colour"), combo);
}

} // namespace blauwdruk
