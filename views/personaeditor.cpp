#include "personaeditor.h"
#include "plaintext.h"

#include "document.h"
#include "edits.h"
#include "fieldscrollarea.h"
#include "labels.h"
#include "personaphoto.h"
#include "personaportrait.h"
#include "personasheetview.h"
#include "privacywarning.h"
#include "readonlyfields.h"
#include "textlimit.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace blauwdruk {

namespace {

constexpr int kPortraitSize = 112;

} // namespace

PersonaEditor::PersonaEditor(Document *document, const QString &personaId, QWidget *parent)
    : QWidget(parent)
    , mDocument(document)
    , mPersona(personaId) {
    setObjectName(QStringLiteral("PersonaEditor"));
    build();
    connect(mDocument, &Document::changed, this, &PersonaEditor::onChanged);
    refresh();
}

void PersonaEditor::build() {
    auto *splitter = new QSplitter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    auto *scroll = new FieldScrollArea(splitter);
    auto *body = new QWidget;
    scroll->setWidget(body);
    mForm = new QFormLayout(body);
    mForm->setContentsMargins(24, 16, 24, 16);
    mForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Labels above the fields: the texts get the column's full width.
    mForm->setRowWrapPolicy(QFormLayout::WrapAllRows);

    // The portrait with its buttons.
    auto *photoRow = new QWidget;
    auto *photoLayout = new QHBoxLayout(photoRow);
    photoLayout->setContentsMargins(0, 0, 0, 0);
    mPortrait = new QLabel;
    mPortrait->setFixedSize(kPortraitSize, kPortraitSize);
    photoLayout->addWidget(mPortrait);
    auto *buttons = new QVBoxLayout;
    auto *choose = new QPushButton(tr("Choose &Photo…"));
    choose->setObjectName(QStringLiteral("ChoosePhotoButton"));
    connect(choose, &QPushButton::clicked, this, &PersonaEditor::choosePhoto);
    mRemovePhoto = new QPushButton(tr("&Remove Photo"));
    connect(mRemovePhoto, &QPushButton::clicked, this, &PersonaEditor::removePhoto);
    auto *exportSheet = new QPushButton(tr("&Export Sheet as PDF…"));
    connect(exportSheet, &QPushButton::clicked, this,
            [this] { emit exportSheetRequested(mPersona); });
    buttons->addWidget(choose);
    buttons->addWidget(mRemovePhoto);
    buttons->addWidget(exportSheet);
    buttons->addStretch();
    photoLayout->addLayout(buttons);
    photoLayout->addStretch();
    mForm->addRow(photoRow);
    mPrivacy = PrivacyWarning::label();
    mForm->addRow(mPrivacy);
    mRefreshers.push_back([this] {
        const Persona *persona = mDocument->workspace().find<Persona>(mPersona);
        const qreal ratio = devicePixelRatioF();
        QImage image = PersonaPortrait::render(*persona, int(kPortraitSize * ratio));
        image.setDevicePixelRatio(ratio);
        mPortrait->setPixmap(QPixmap::fromImage(image));
        // Checked once per photo, not on every keystroke in the form.
        if (persona->photo != mCheckedPhoto) {
            mCheckedPhoto = persona->photo;
            mPhotoProblem = PersonaPhoto::problem(persona->photo);
        }
        mPortrait->setToolTip(
            persona->photo.isEmpty() ? tr("No photo: a generated avatar")
            : mPhotoProblem.isEmpty()
                ? tr("Photo")
                : tr("The photo cannot be shown: it %1. The drawn avatar is shown instead; "
                     "choose another photo or remove it.")
                      .arg(mPhotoProblem));
        mRemovePhoto->setEnabled(!persona->photo.isEmpty());
    });

    addLine(tr("&Name"), QStringLiteral("name"));
    {
        auto *age = new QSpinBox;
        age->setObjectName(QStringLiteral("field_age"));
        const FieldRule &rule = fieldRule(EntityType::Persona, u"age");
        age->setRange(rule.low, rule.high);
        age->setSpecialValueText(tr("not given"));
        connect(age, &QSpinBox::valueChanged, this,
                [this](int value) { write(QStringLiteral("age"), value); });
        mForm->addRow(tr("&Age"), age);
        mRefreshers.push_back([this, age] {
            const int value = mDocument->workspace().find<Persona>(mPersona)->age;
            if (age->value() != value)
                age->setValue(value);
        });
    }
    addLine(tr("&Household"), QStringLiteral("household"));
    addLine(tr("&Income"), QStringLiteral("income"));
    addMultiLine(tr("&Quote"), QStringLiteral("quote"), 56);
    addMultiLine(tr("&Story"), QStringLiteral("story"), 120);
    addMultiLine(tr("&Goals"), QStringLiteral("goals"), 80);
    addMultiLine(tr("In&formation needs"), QStringLiteral("information_needs"), 80);
    addMultiLine(tr("&Pain points"), QStringLiteral("pain_points"), 80);
    addLine(tr("&Channels used"), QStringLiteral("channels"));
    addScale(tr("&Digital skills"), QStringLiteral("digital_skills"));
    addScale(tr("Self-&reliance"), QStringLiteral("self_reliance"));
    {
        auto *tags = new QLineEdit;
        TextLimit::apply(tags);
        tags->setObjectName(QStringLiteral("field_tags"));
        tags->setPlaceholderText(tr("comma-separated"));
        connect(tags, &QLineEdit::editingFinished, this, [this, tags] {
            QStringList list;
            for (const QString &tag : tags->text().split(u','))
                if (!tag.trimmed().isEmpty())
                    list << tag.trimmed();
            const Persona *persona =
                mDocument ? mDocument->workspace().find<Persona>(mPersona) : nullptr;
            if (persona && persona->tags != list)
                write(QStringLiteral("tags"), list, false);
        });
        mForm->addRow(tr("&Tags"), tags);
        mRefreshers.push_back([this, tags] {
            const QString text =
                mDocument->workspace().find<Persona>(mPersona)->tags.join(QStringLiteral(", "));
            if (!tags->hasFocus() && tags->text() != text)
                tags->setText(text);
        });
    }
    auto *fictional = new QLabel(tr("Personas are fictional: never enter a real resident's "
                                    "name, number or contact details."));
    fictional->setWordWrap(true);
    fictional->setForegroundRole(QPalette::PlaceholderText);
    mForm->addRow(fictional);

    mSheet = new PersonaSheetView(splitter);
    mSheet->setPersona(mDocument, mPersona);
    splitter->addWidget(scroll);
    splitter->addWidget(mSheet);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    // Read-only until Save As gives the document a file it may write.
    if (mDocument) {
        ReadOnlyFields::apply(body, mDocument->isContentLocked());
        connect(mDocument, &Document::fileChanged, body,
                [this, body] { ReadOnlyFields::apply(body, mDocument->isContentLocked()); });
        connect(mDocument, &Document::reviewModeChanged, body,
                [this, body] { ReadOnlyFields::apply(body, mDocument->isContentLocked()); });
    }
}

void PersonaEditor::addLine(const QString &label, const QString &field) {
    auto *edit = new QLineEdit;
    TextLimit::apply(edit);
    edit->setObjectName(QStringLiteral("field_") + field);
    connect(edit, &QLineEdit::textEdited, this,
            [this, field](const QString &text) { write(field, text); });
    mForm->addRow(label, edit);
    mRefreshers.push_back([this, edit, field] {
        const QString value =
            mDocument->workspace().field(EntityType::Persona, mPersona, field).toString();
        if (edit->text() != value) {
            edit->setText(value);
            edit->setCursorPosition(0);
        }
    });
}

void PersonaEditor::addMultiLine(const QString &label, const QString &field, int height) {
    auto *edit = new QPlainTextEdit;
    TextLimit::apply(edit);
    edit->setObjectName(QStringLiteral("field_") + field);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(height);
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, field] {
        if (!mWriting)
            write(field, edit->toPlainText());
    });
    mForm->addRow(label, edit);
    mRefreshers.push_back([this, edit, field] {
        const QString value =
            mDocument->workspace().field(EntityType::Persona, mPersona, field).toString();
        if (edit->toPlainText() != value)
            edit->setPlainText(value);
    });
}

void PersonaEditor::addScale(const QString &label, const QString &field) {
    auto *combo = new QComboBox;
    combo->setObjectName(QStringLiteral("field_") + field);
    const FieldRule &rule = fieldRule(EntityType::Persona, field);
    for (int value = rule.low; value <= rule.high; ++value)
        combo->addItem(Labels::scale(value), value);
    connect(combo, &QComboBox::activated, this,
            [this, combo, field] { write(field, combo->currentData().toInt(), false); });
    mForm->addRow(label, combo);
    mRefreshers.push_back([this, combo, field] {
        combo->setCurrentIndex(
            combo->findData(mDocument->workspace().field(EntityType::Persona, mPersona, field)));
    });
}

void PersonaEditor::write(const QString &field, const QVariant &value, bool merge) {
    if (!mDocument || mWriting || !mDocument->workspace().find<Persona>(mPersona))
        return;
    mWriting = true;
    Edits(*mDocument).setField(EntityType::Persona, {mPersona}, field, value, merge);
    mWriting = false;
}

void PersonaEditor::onChanged(const Changes &) {
    // Our own writes already show in the field being typed in.
    if (!mWriting) {
        refresh();
    } else if (!mRefreshers.empty()) {
        mRefreshers.front()(); // the portrait follows the name's initials
        updatePrivacy();       // and the warning what was just typed
    }
}

void PersonaEditor::updatePrivacy() {
    if (mDocument && mDocument->workspace().find<Persona>(mPersona))
        PrivacyWarning::show(mPrivacy, PrivacyWarning::text(mDocument->workspace(),
                                                            EntityType::Persona, {mPersona}));
}

void PersonaEditor::refresh() {
    if (!mDocument || !mDocument->workspace().find<Persona>(mPersona))
        return;      // the persona is gone; the window closes this tab
    mWriting = true; // filling the fields is not an edit
    for (const auto &refresh : mRefreshers)
        refresh();
    updatePrivacy();
    mWriting = false;
}

void PersonaEditor::focusName() {
    if (auto *name = findChild<QLineEdit *>(QStringLiteral("field_name"))) {
        name->setFocus(Qt::OtherFocusReason);
        name->selectAll();
    }
}

bool PersonaEditor::setPhotoFromFile(const QString &path, QString *error) {
    const QByteArray photo = PersonaPhoto::fromFile(path, error);
    if (photo.isEmpty())
        return false;
    write(QStringLiteral("photo"), photo, false);
    return true;
}

void PersonaEditor::removePhoto() {
    write(QStringLiteral("photo"), QByteArray(), false);
}

void PersonaEditor::choosePhoto() {
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        patterns << QStringLiteral("*.") + QString::fromLatin1(format);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a Photo"), QString(),
        tr("Images (%1);;All files (*)").arg(patterns.join(QLatin1Char(' '))));
    if (path.isEmpty())
        return;
    QString error;
    if (!setPhotoFromFile(path, &error))
        PlainText::warning(this, tr("Photo not used"),
                           tr("%1 %2.").arg(QDir::toNativeSeparators(path), error));
}

} // namespace blauwdruk
