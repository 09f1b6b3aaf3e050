#include "takedialog.h"

#include "sourcepicker.h"
#include "workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace blauwdruk {

TakeDialog::TakeDialog(const Workspace &source, const QString &sourceLabel, const Workspace &target,
                       const QString &journey, const QString &step, const QString &actionText,
                       QWidget *parent)
    : QDialog(parent)
    , mTarget(target)
    , mPreferredStep(step) {
    setObjectName(QStringLiteral("TakeDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *from = new QLabel(sourceLabel);
    from->setTextFormat(Qt::PlainText);
    from->setWordWrap(true);
    layout->addWidget(from);
    auto *hint = new QLabel(
        tr("Tick what to take. A ticked journey comes whole with its persona; steps come with "
           "their cards. Everything is copied with new ids and remembers where it came from."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    mPicker = new SourcePicker;
    mPicker->setSource(&source);
    layout->addWidget(mPicker, 1);

    auto *form = new QFormLayout;
    mJourney = new QComboBox;
    mJourney->setObjectName(QStringLiteral("TakeIntoJourney"));
    mJourney->addItem(tr("A new journey like theirs"), QString());
    for (const Journey *j : target.orderedJourneys())
        mJourney->addItem(j->title, j->id);
    mJourney->setCurrentIndex(std::max(0, mJourney->findData(journey)));
    form->addRow(tr("Steps go &into:"), mJourney);
    mStep = new QComboBox;
    mStep->setObjectName(QStringLiteral("TakeIntoStep"));
    form->addRow(tr("Single cards go into &step:"), mStep);
    layout->addLayout(form);
    mSummary = new QLabel;
    mSummary->setObjectName(QStringLiteral("TakeSummary"));
    mSummary->setWordWrap(true);
    layout->addWidget(mSummary);

    mButtons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    mButtons->button(QDialogButtonBox::Ok)->setText(actionText);
    connect(mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(mButtons);

    connect(mJourney, &QComboBox::currentIndexChanged, this, [this] {
        fillSteps();
        update();
    });
    connect(mStep, &QComboBox::currentIndexChanged, this, &TakeDialog::update);
    connect(mPicker, &SourcePicker::selectionChanged, this, &TakeDialog::update);
    fillSteps();
    update();
    setTabOrder(mPicker, mJourney);
    setTabOrder(mJourney, mStep);
    mPicker->setFocus();
    resize(640, 600);
}

void TakeDialog::fillSteps() {
    const QString keep = mStep->currentData().toString();
    const QSignalBlocker blocker(mStep);
    mStep->clear();
    const QString journey = mJourney->currentData().toString();
    for (const Step *step : mTarget.orderedSteps(journey))
        mStep->addItem(step->title.isEmpty() ? tr("(untitled step)") : step->title, step->id);
    const QString preferred = keep.isEmpty() ? mPreferredStep : keep;
    mStep->setCurrentIndex(std::max(0, mStep->findData(preferred)));
    mStep->setEnabled(mStep->count() > 0);
}

void TakeDialog::update() {
    const Edits::TakeRequest r = request();
    const bool nothing =
        r.personas.isEmpty() && r.journeys.isEmpty() && r.steps.isEmpty() && r.cards.isEmpty();
    QString text = mPicker->summary();
    const bool cardsWithoutStep = !r.cards.isEmpty() && r.intoStep.isEmpty();
    if (cardsWithoutStep)
        text += QLatin1String("\n") +
                tr("Single cards go into a step here: choose a journey that has steps.");
    mSummary->setText(text);
    mButtons->button(QDialogButtonBox::Ok)->setEnabled(!nothing && !cardsWithoutStep);
}

Edits::TakeRequest TakeDialog::request() const {
    Edits::TakeRequest r = mPicker->request();
    r.intoJourney = mJourney->currentData().toString();
    if (!r.cards.isEmpty())
        r.intoStep = mStep->currentData().toString();
    return r;
}

} // namespace blauwdruk
