#include "compareview.h"

#include "comparecanvas.h"
#include "comparelegend.h"
#include "document.h"
#include "journeyalignment.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace blauwdruk {

CompareView::CompareView(QWidget *parent)
    : QWidget(parent) {
    mPersonaLabel = new QLabel(this);
    mPersonaLabel->setTextFormat(Qt::PlainText); // a persona's name
    // The whole name when there is room; a long one is cut at the window's
    // edge and never widens the window. (Ignored would give it no room at
    // all beside the lists, which stretch.)
    mPersonaLabel->setMinimumWidth(24);
    QFont personaFont = mPersonaLabel->font();
    personaFont.setPointSizeF(personaFont.pointSizeF() * 1.3);
    personaFont.setBold(true);
    mPersonaLabel->setFont(personaFont);
    mCurrentLabel = new QLabel(this);
    mIdealLabel = new QLabel(this);
    mCurrentCombo = new QComboBox(this);
    mIdealCombo = new QComboBox(this);
    for (QComboBox *combo : {mCurrentCombo, mIdealCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12); // long titles elide: the window keeps its size
        connect(combo, &QComboBox::currentIndexChanged, this, &CompareView::onComboChosen);
    }
    mCurrentLabel->setBuddy(mCurrentCombo);
    mIdealLabel->setBuddy(mIdealCombo);
    mShowCards = new QCheckBox(this);
    mShowCards->setChecked(true);
    mSummary = new QLabel(this);
    mSummary->setTextFormat(Qt::PlainText);
    mSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mSummary->setWordWrap(true);
    mLegend = new CompareLegend(this);
    mCanvas = new CompareCanvas(this);
    connect(mShowCards, &QCheckBox::toggled, mCanvas, &CompareCanvas::setShowCards);
    connect(mCanvas, &CompareCanvas::alignmentChanged, this, &CompareView::updateSummary);
    connect(mCanvas, &CompareCanvas::stepActivated, this, &CompareView::stepActivated);

    auto *choices = new QHBoxLayout;
    choices->setSpacing(8);
    choices->addWidget(mPersonaLabel);
    choices->addSpacing(24);
    choices->addWidget(mCurrentLabel);
    choices->addWidget(mCurrentCombo, 1);
    choices->addSpacing(16);
    choices->addWidget(mIdealLabel);
    choices->addWidget(mIdealCombo, 1);
    choices->addSpacing(16);
    choices->addWidget(mShowCards);
    // The summary and the legend each get a row: beside each other they
    // would make a window beside the docks wider than a laptop screen.
    auto *summary = new QVBoxLayout;
    summary->setSpacing(4);
    summary->addWidget(mSummary);
    summary->addWidget(mLegend, 0, Qt::AlignLeft);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *bar = new QVBoxLayout;
    bar->setContentsMargins(16, 12, 16, 12);
    bar->setSpacing(8);
    bar->addLayout(choices);
    bar->addLayout(summary);
    layout->addLayout(bar);
    layout->addWidget(mCanvas, 1);
    setFocusProxy(mCanvas);
    retranslate();
    refill(QString(), QString());
}

CompareView::CompareView(Document *document, const QString &persona, const QString &currentJourney,
                         const QString &idealJourney, QWidget *parent)
    : CompareView(parent) {
    mPersona = persona;
    setDocument(document);
    setJourneys(currentJourney, idealJourney);
}

Document *CompareView::document() const {
    return mDocument;
}

void CompareView::setDocument(Document *document) {
    if (mDocument == document)
        return;
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    if (mDocument) {
        connect(mDocument, &Document::changed, this, &CompareView::onChanged);
        connect(mDocument, &QObject::destroyed, this, [this] {
            mDocument = nullptr;
            refill(QString(), QString());
        });
    }
    mCanvas->setDocument(document);
    if (!mDocument || !mDocument->workspace().find<Persona>(mPersona))
        mPersona.clear();
    refill(currentJourney(), idealJourney());
}

void CompareView::setPersona(const QString &persona, const QString &currentJourney,
                             const QString &idealJourney) {
    mPersona = persona;
    refill(currentJourney, idealJourney);
}

void CompareView::setJourneys(const QString &currentJourney, const QString &idealJourney) {
    refill(currentJourney.isEmpty() ? this->currentJourney() : currentJourney,
           idealJourney.isEmpty() ? this->idealJourney() : idealJourney);
}

QString CompareView::currentJourney() const {
    return mCurrentCombo->currentData().toString();
}

QString CompareView::idealJourney() const {
    return mIdealCombo->currentData().toString();
}

QString CompareView::summary() const {
    return mSummary->text();
}

void CompareView::onChanged(const Changes &changes) {
    for (const Change &change : changes)
        if (change.type == EntityType::Persona || change.type == EntityType::Journey) {
            refill(currentJourney(), idealJourney());
            return;
        }
}

void CompareView::fillCombo(QComboBox *combo, const QString &kind, const QString &choice) {
    combo->clear();
    if (mDocument)
        for (const Journey *journey : mDocument->workspace().orderedJourneys())
            if (!mPersona.isEmpty() && journey->persona == mPersona && journey->kind == kind)
                combo->addItem(journey->title.isEmpty() ? tr("Untitled journey") : journey->title,
                               journey->id);
    combo->setEnabled(combo->count() > 0);
    if (combo->count() == 0)
        combo->addItem(tr("None"), QString());
    const int index = combo->findData(choice);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

void CompareView::refill(const QString &current, const QString &ideal) {
    const QString before = currentJourney() + QLatin1Char('/') + idealJourney();
    const Workspace *ws = mDocument ? &mDocument->workspace() : nullptr;
    if (ws && !ws->find<Persona>(mPersona))
        mPersona.clear();
    JourneyAlignment::Journeys chosen{current, ideal};
    if (ws) {
        // A choice that is not a journey of the persona falls back to the
        // persona's own pair.
        auto belongs = [&](const QString &id, const QString &kind) {
            const Journey *journey = ws->find<Journey>(id);
            return journey && journey->persona == mPersona && journey->kind == kind;
        };
        const auto defaults = JourneyAlignment::journeysOf(*ws, mPersona);
        if (!belongs(chosen.current, QStringLiteral("current")))
            chosen.current = defaults.current;
        if (!belongs(chosen.ideal, QStringLiteral("ideal")))
            chosen.ideal = defaults.ideal;
    }
    mFilling = true;
    fillCombo(mCurrentCombo, QStringLiteral("current"), chosen.current);
    fillCombo(mIdealCombo, QStringLiteral("ideal"), chosen.ideal);
    mFilling = false;

    const Persona *persona = ws ? ws->find<Persona>(mPersona) : nullptr;
    mPersonaLabel->setText(persona ? persona->name : QString());
    mPersonaLabel->setVisible(persona);
    if (!persona)
        mCanvas->setPlaceholder(tr("Choose a persona to compare its current and ideal journey."));
    else if (currentJourney().isEmpty() && idealJourney().isEmpty())
        mCanvas->setPlaceholder(tr("%1 has no journeys yet.").arg(persona->name));
    else
        mCanvas->setPlaceholder(tr("These journeys have no steps yet."));
    mCanvas->setJourneys(currentJourney(), idealJourney());
    updateSummary();
    if (currentJourney() + QLatin1Char('/') + idealJourney() != before)
        Q_EMIT journeysChanged(currentJourney(), idealJourney());
}

void CompareView::onComboChosen() {
    if (mFilling)
        return;
    refill(currentJourney(), idealJourney());
}

void CompareView::updateSummary() {
    const JourneyAlignment &a = mCanvas->alignment();
    if (a.columns().empty()) {
        mSummary->clear();
        return;
    }
    const int aligned = int(a.pairs().size());
    int across = 0;
    for (const auto &pair : a.pairs())
        across += pair.crossing ? 1 : 0;
    QString steps = aligned == 1 ? tr("1 step aligned") : tr("%1 steps aligned").arg(aligned);
    if (across > 0)
        steps += QLatin1Char(' ') + tr("(%1 across)").arg(across);
    const QStringList parts{steps, tr("%1 only in current").arg(a.onlyInCurrent().size()),
                            tr("%1 only in ideal").arg(a.onlyInIdeal().size())};
    QString text = parts.join(QStringLiteral(", ")) + QStringLiteral("  \u00B7  ") +
                   tr("Cards: %1 only in current, %2 only in ideal")
                       .arg(a.cardsOnlyInCurrent().size())
                       .arg(a.cardsOnlyInIdeal().size());
    // Half a comparison: say how to get the other half.
    if (idealJourney().isEmpty())
        text += QStringLiteral("  \u00B7  ") +
                tr("No ideal journey yet: Journey › Make Ideal Version starts one from the "
                   "current journey.");
    else if (currentJourney().isEmpty())
        text += QStringLiteral("  \u00B7  ") +
                tr("No current journey yet: Journey › New Journey… adds one.");
    mSummary->setText(text);
}

void CompareView::retranslate() {
    mCurrentLabel->setText(tr("C&urrent journey:"));
    mIdealLabel->setText(tr("Ide&al journey:"));
    mShowCards->setText(tr("Sho&w cards"));
    mCurrentCombo->setAccessibleName(tr("Current journey"));
    mIdealCombo->setAccessibleName(tr("Ideal journey"));
    setAccessibleName(tr("Ideal against current"));
}

void CompareView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refill(currentJourney(), idealJourney());
    }
    QWidget::changeEvent(event);
}

} // namespace blauwdruk
