#include "inspector.h"

#include "document.h"
#include "edits.h"
#include "labels.h"
#include "vocabulary.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace blauwdruk {

namespace {

QString severalText() {
    return Inspector::tr("(several values)");
}

} // namespace

Inspector::Inspector(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("Inspector"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    mBody = new QWidget;
    scroll->setWidget(mBody);
    mForm = new QFormLayout(mBody);
    mForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    rebuild();
}

void Inspector::setSelection(Document *document, const QStringList &cards, const QString &step,
                             const QString &lane) {
    if (mDocument != document) {
        if (mDocument)
            disconnect(mDocument, nullptr, this, nullptr);
        mDocument = document;
        if (mDocument)
            connect(mDocument, &Document::changed, this, &Inspector::onChanged);
    }
    mCards = cards;
    mStep = step;
    mLane = lane;
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
    while (mForm->rowCount() > 0)
        mForm->removeRow(0);
    const Workspace *ws = mDocument ? &mDocument->workspace() : nullptr;
    mCards.removeIf([&](const QString &id) { return !ws || !ws->find<Card>(id); });
    if (!ws) {
        addHeading(tr("Nothing selected"));
    } else if (!mCards.isEmpty()) {
        addCardFields();
    } else {
        if (ws->find<Step>(mStep))
            addStepFields();
        if (ws->find<Lane>(mLane))
            addLaneFields();
        if (mForm->rowCount() == 0)
            addHeading(tr("Nothing selected"));
    }
    mUpdating = false;
}

void Inspector::addHeading(const QString &text) {
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()));
    label->setContentsMargins(0, 8, 0, 4);
    mForm->addRow(label);
}

void Inspector::addCardFields() {
    addHeading(mCards.size() == 1 ? tr("Card") : tr("%1 cards").arg(mCards.size()));
    addChoice(tr("Kind"), EntityType::Card, mCards, QStringLiteral("kind"), vocabulary::cardKinds(),
              &Labels::cardKind);
    addText(tr("Title"), EntityType::Card, mCards, QStringLiteral("title"));
    addText(tr("Text"), EntityType::Card, mCards, QStringLiteral("text"), true);
    addText(tr("Owner"), EntityType::Card, mCards, QStringLiteral("owner"));
    addChoice(tr("Status"), EntityType::Card, mCards, QStringLiteral("status"),
              vocabulary::cardStatuses(), &Labels::cardStatus);
    addChoice(tr("Evidence"), EntityType::Card, mCards, QStringLiteral("evidence"),
              vocabulary::evidenceLevels(), &Labels::evidence);
    addTags(EntityType::Card, mCards);
    addNumber(tr("Votes"), EntityType::Card, mCards, QStringLiteral("votes"), 0, 999);
    addText(tr("Waiting time"), EntityType::Card, mCards, QStringLiteral("duration"));
    addColour(EntityType::Card, mCards);
}

void Inspector::addStepFields() {
    addHeading(tr("Step"));
    const QStringList ids{mStep};
    addText(tr("Title"), EntityType::Step, ids, QStringLiteral("title"));
    addText(tr("Description"), EntityType::Step, ids, QStringLiteral("description"), true);
    addText(tr("Channel"), EntityType::Step, ids, QStringLiteral("channel"));
    addNumber(tr("Emotion"), EntityType::Step, ids, QStringLiteral("emotion"), -2, 2);
    addText(tr("Duration"), EntityType::Step, ids, QStringLiteral("duration"));
    addFlag(tr("Moment of truth"), EntityType::Step, ids, QStringLiteral("moment_of_truth"));
}

void Inspector::addLaneFields() {
    addHeading(tr("Lane"));
    const QStringList ids{mLane};
    addText(tr("Title"), EntityType::Lane, ids, QStringLiteral("title"));
    addChoice(tr("Kind"), EntityType::Lane, ids, QStringLiteral("kind"), vocabulary::laneKinds(),
              &Labels::laneKind);
    addColour(EntityType::Lane, ids);
}

void Inspector::addText(const QString &label, EntityType type, const QStringList &ids,
                        const QString &field, bool multiLine) {
    const QVariant value = common(type, ids, field);
    auto write = [this, type, ids, field](const QString &text) {
        this->write(type, ids, field, text, true);
    };
    if (multiLine) {
        auto *edit = new QPlainTextEdit(value.toString());
        edit->setPlaceholderText(value.isValid() ? QString() : severalText());
        edit->setFixedHeight(96);
        edit->setTabChangesFocus(true);
        connect(edit, &QPlainTextEdit::textChanged, this,
                [edit, write] { write(edit->toPlainText()); });
        mForm->addRow(label, edit);
    } else {
        auto *edit = new QLineEdit(value.toString());
        edit->setCursorPosition(0); // show a long title from its start
        edit->setPlaceholderText(value.isValid() ? QString() : severalText());
        connect(edit, &QLineEdit::textEdited, this, write);
        mForm->addRow(label, edit);
    }
}

void Inspector::addChoice(const QString &label, EntityType type, const QStringList &ids,
                          const QString &field, const QStringList &values,
                          QString (*name)(const QString &)) {
    auto *combo = new QComboBox;
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
                          const QString &field, int low, int high) {
    auto *spin = new QSpinBox;
    spin->setRange(low, high);
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
    auto *edit = new QLineEdit(value.toStringList().join(QStringLiteral(", ")));
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
    // A small calm palette; "Automatic" follows the kind.
    static const QStringList colours{"",        "#fff1a8", "#ffd3cc", "#cdefd5", "#d6e7ff",
                                     "#e8ddff", "#ffe2b8", "#cfeeee", "#e3e3e0"};
    auto *combo = new QComboBox;
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
