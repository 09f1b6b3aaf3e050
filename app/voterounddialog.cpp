#include "voterounddialog.h"

#include "cardkind.h"
#include "workspace.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace blauwdruk {

VoteRoundDialog::VoteRoundDialog(const Workspace &workspace, const QString &journey,
                                 const QString &scope, const QString &scopeValue, QWidget *parent)
    : QDialog(parent)
    , mWorkspace(workspace)
    , mJourney(journey)
    , mTitle(new QLineEdit(this))
    , mBudget(new QSpinBox(this))
    , mCap(new QSpinBox(this))
    , mScope(new QComboBox(this))
    , mValue(new QComboBox(this)) {
    setWindowTitle(tr("New Vote Round"));
    mTitle->setPlaceholderText(tr("The question the room votes on"));
    mBudget->setRange(1, 100);
    mBudget->setValue(5);
    mCap->setRange(1, 100);
    mCap->setValue(3);
    mScope->addItem(tr("All cards"), QStringLiteral("all"));
    mScope->addItem(tr("The cards of a stage"), QStringLiteral("stage"));
    mScope->addItem(tr("The cards of a step"), QStringLiteral("step"));
    mScope->addItem(tr("The cards of a lane"), QStringLiteral("lane"));
    mScope->addItem(tr("The cards of a kind"), QStringLiteral("kind"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Question:"), mTitle);
    form->addRow(tr("&Dots per participant:"), mBudget);
    form->addRow(tr("&Most dots on one card:"), mCap);
    form->addRow(tr("Cards that &count:"), mScope);
    form->addRow(tr("&Which:"), mValue);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mScope, &QComboBox::currentIndexChanged, this, [this] { fillValues(); });
    mScope->setCurrentIndex(std::max(0, mScope->findData(scope)));
    fillValues();
    mValue->setCurrentIndex(std::max(0, mValue->findData(scopeValue)));
}

void VoteRoundDialog::fillValues() {
    mValue->clear();
    const QString scope = mScope->currentData().toString();
    if (scope == QLatin1String("stage"))
        for (const Stage *stage : mWorkspace.orderedStages(mJourney))
            mValue->addItem(stage->title, stage->id);
    else if (scope == QLatin1String("step"))
        for (const Step *step : mWorkspace.orderedSteps(mJourney))
            mValue->addItem(step->title, step->id);
    else if (scope == QLatin1String("lane"))
        for (const Lane *lane : mWorkspace.orderedLanes(mJourney))
            mValue->addItem(lane->title, lane->id);
    else if (scope == QLatin1String("kind"))
        for (const CardKind &kind : CardKind::all())
            mValue->addItem(QCoreApplication::translate("Labels", kind.label),
                            QString::fromLatin1(kind.id));
    mValue->setEnabled(mValue->count() > 0);
}

Edits::VoteRoundDraft VoteRoundDialog::draft() const {
    Edits::VoteRoundDraft draft;
    draft.title = mTitle->text();
    draft.budget = mBudget->value();
    draft.cap = mCap->value();
    draft.scope = mScope->currentData().toString();
    draft.scopeValue = mValue->currentData().toString();
    return draft;
}

} // namespace blauwdruk
