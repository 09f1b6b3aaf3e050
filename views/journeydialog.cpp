#include "journeydialog.h"

#include "labels.h"
#include "textlimit.h"
#include "workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace blauwdruk {

JourneyDialog::JourneyDialog(const Workspace &workspace, const QString &personaId, QWidget *parent)
    : QDialog(parent)
    , mWorkspace(workspace) {
    setObjectName(QStringLiteral("JourneyDialog"));
    setWindowTitle(tr("New Journey"));
    auto *form = new QFormLayout(this);
    mPersona = new QComboBox;
    mPersona->setObjectName(QStringLiteral("JourneyPersona"));
    for (const Persona *persona : workspace.orderedPersonas())
        mPersona->addItem(persona->name, persona->id);
    mPersona->addItem(tr("(no persona)"), QString());
    mPersona->setCurrentIndex(qMax(0, mPersona->findData(personaId)));
    form->addRow(tr("&Persona"), mPersona);
    mKind = new QComboBox;
    mKind->setObjectName(QStringLiteral("JourneyKind"));
    mKind->addItem(Labels::journeyKind(QStringLiteral("ideal")), QStringLiteral("ideal"));
    mKind->addItem(Labels::journeyKind(QStringLiteral("current")), QStringLiteral("current"));
    form->addRow(tr("&Kind"), mKind);
    suggestKind();
    connect(mKind, &QComboBox::activated, this, [this] { mKindPicked = true; });
    connect(mPersona, &QComboBox::currentIndexChanged, this, &JourneyDialog::suggestKind);
    mTitle = new QLineEdit;
    TextLimit::apply(mTitle);
    mTitle->setObjectName(QStringLiteral("JourneyTitle"));
    mTitle->setPlaceholderText(tr("e.g. Samira gets all the support she is entitled to"));
    form->addRow(tr("&Title"), mTitle);
    mStart = new QPlainTextEdit;
    TextLimit::apply(mStart);
    mStart->setTabChangesFocus(true);
    mStart->setFixedHeight(64);
    mStart->setPlaceholderText(tr("Where the resident's journey begins, e.g. Samira loses hours "
                                  "at work"));
    form->addRow(tr("&Starting point"), mStart);
    mGoal = new QPlainTextEdit;
    TextLimit::apply(mGoal);
    mGoal->setTabChangesFocus(true);
    mGoal->setFixedHeight(64);
    form->addRow(tr("&Goal"), mGoal);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    mOk = buttons->button(QDialogButtonBox::Ok);
    mOk->setText(tr("Create Journey"));
    mOk->setDefault(true); // Enter in the title creates the journey
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mTitle, &QLineEdit::textChanged, this, &JourneyDialog::updateOk);
    form->addRow(buttons);
    resize(520, sizeHint().height());
    updateOk();
    mTitle->setFocus(); // the persona is usually chosen already: the title comes first
}

void JourneyDialog::suggestKind() {
    if (mKindPicked)
        return;
    const QString persona = mPersona->currentData().toString();
    bool hasCurrent = false;
    for (const Journey &journey : mWorkspace.journeys)
        hasCurrent |= journey.persona == persona && journey.kind == QLatin1String("current");
    mKind->setCurrentIndex(
        mKind->findData(hasCurrent ? QStringLiteral("ideal") : QStringLiteral("current")));
}

void JourneyDialog::updateOk() {
    mOk->setEnabled(!mTitle->text().trimmed().isEmpty());
}

QString JourneyDialog::persona() const {
    return mPersona->currentData().toString();
}

QString JourneyDialog::kind() const {
    return mKind->currentData().toString();
}

QString JourneyDialog::title() const {
    return mTitle->text().trimmed();
}

QString JourneyDialog::startingPoint() const {
    return mStart->toPlainText().trimmed();
}

QString JourneyDialog::goal() const {
    return mGoal->toPlainText().trimmed();
}

} // namespace blauwdruk
