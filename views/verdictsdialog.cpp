#include "verdictsdialog.h"

#include "demofindings.h"
#include "demosessiondialog.h"
#include "document.h"
#include "edits.h"
#include "painpoints.h"
#include "plaintext.h"
#include "privacyguard.h"
#include "vocabulary.h"
#include "workspacelanguage.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace blauwdruk {

namespace {} // namespace

VerdictsDialog::VerdictsDialog(Document &document, const QString &currentJourney,
                               const QStringList &painPoints, QWidget *parent)
    : QDialog(parent)
    , mDocument(&document)
    , mJourney(currentJourney)
    , mOnly(painPoints) {
    setObjectName(QStringLiteral("VerdictsDialog"));
    const Journey *journey = document.workspace().find<Journey>(currentJourney);
    setWindowTitle(tr("Residents' Verdicts: %1").arg(journey ? journey->title : QString()));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("For each pain point of today's journey: does the demo solve it, in the residents' "
           "words? Write who said it as a label only, such as \"Bewoner 2\": no names or other "
           "personal data."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *sessionRow = new QHBoxLayout;
    mSessions = new QComboBox(this);
    mSessions->setObjectName(QStringLiteral("DemoSessions"));
    auto *sessionLabel = new QLabel(tr("&Demo session:"), this);
    sessionLabel->setBuddy(mSessions);
    auto *newSession = new QPushButton(tr("&New Session…"), this);
    newSession->setObjectName(QStringLiteral("NewDemoSession"));
    sessionRow->addWidget(sessionLabel);
    sessionRow->addWidget(mSessions, 1);
    sessionRow->addWidget(newSession);
    layout->addLayout(sessionRow);
    mNote = new QLabel(this);
    mNote->setWordWrap(true);
    layout->addWidget(mNote);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *body = new QWidget(scroll);
    mRowsLayout = new QVBoxLayout(body);
    scroll->setWidget(body);
    layout->addWidget(scroll, 1);

    // Tab goes from one pain point's fields to the next; the list scrolls
    // along by itself, so it is no stop of its own.
    scroll->setFocusPolicy(Qt::NoFocus);
    connect(newSession, &QPushButton::clicked, this, &VerdictsDialog::askNewSession);
    connect(mSessions, &QComboBox::currentIndexChanged, this, &VerdictsDialog::loadRows);

    // One box per pain point, in the journey's order.
    const Workspace &ws = document.workspace();
    for (const Card *card : painpoints::of(ws, currentJourney)) {
        if (!mOnly.isEmpty() && !mOnly.contains(card->id))
            continue;
        const Step *step = ws.find<Step>(card->step);
        auto *box =
            new QGroupBox(step ? tr("%1 › %2").arg(step->title, card->title) : card->title, body);
        auto *form = new QFormLayout(box);
        Row row;
        row.card = card->id;
        row.verdict = new QComboBox(box);
        for (const QString &verdict : vocabulary::demoVerdicts())
            row.verdict->addItem(DemoFindings::verdictWord(verdict), verdict);
        row.quote = new QLineEdit(box);
        row.quote->setPlaceholderText(tr("What a resident said, in a few words"));
        row.participant = new QLineEdit(box);
        row.participant->setPlaceholderText(tr("Bewoner 1"));
        form->addRow(tr("Verdict"), row.verdict);
        form->addRow(tr("Quote"), row.quote);
        form->addRow(tr("Said by"), row.participant);
        mRowsLayout->addWidget(box);
        mRows.push_back(row);
    }
    mRowsLayout->addStretch();
    // After the rows, so that Tab reaches them before Save and Cancel.
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &VerdictsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &VerdictsDialog::reject);
    if (mRows.empty())
        mNote->setText(tr("Today's journey has no pain points here to judge."));
    fillSessions();
    resize(760, 640);
}

QString VerdictsDialog::demoSession() const {
    return mSessions->currentData().toString();
}

void VerdictsDialog::chooseDemoSession(const QString &id) {
    mSessions->setCurrentIndex(std::max(0, mSessions->findData(id)));
}

void VerdictsDialog::fillSessions() {
    const QString chosen = demoSession();
    const QSignalBlocker quiet(mSessions);
    mSessions->clear();
    for (const DemoSession *demo : mDocument->workspace().orderedDemoSessions(mJourney))
        mSessions->addItem(demo->title.isEmpty() ? demo->date
                                                 : tr("%1 — %2").arg(demo->date, demo->title),
                           demo->id);
    // Without one, the first save makes today's: nothing to set up first.
    if (mSessions->count() == 0)
        mSessions->addItem(
            tr("New session, today (%1)").arg(QDate::currentDate().toString(Qt::ISODate)),
            QString());
    // The newest session is the one being run.
    const int index = mSessions->findData(chosen);
    mSessions->setCurrentIndex(index >= 0 ? index : mSessions->count() - 1);
    loadRows();
}

void VerdictsDialog::loadRows() {
    if (!mRows.empty())
        mNote->setText(demoSession().isEmpty()
                           ? tr("Saving records today's demo session; New Session… gives it "
                                "another date or a title.")
                           : QString());
    for (Row &row : mRows) {
        const DemoVerdict *found = nullptr;
        for (const DemoVerdict *verdict : mDocument->workspace().orderedVerdicts(demoSession()))
            if (verdict->card == row.card)
                found = verdict;
        row.verdict->setCurrentIndex(std::max(
            0, row.verdict->findData(found ? found->verdict : QStringLiteral("not_shown"))));
        row.quote->setText(found ? found->quote : QString());
        row.participant->setText(found ? found->participant : QString());
    }
}

bool VerdictsDialog::addDemoSession(const QString &title, const QString &date) {
    Edits edits(*mDocument);
    const QString id = edits.addDemoSession(mJourney, title, date);
    if (id.isEmpty()) {
        PlainText::warning(this, tr("New Demo Session"), edits.error());
        return false;
    }
    fillSessions();
    chooseDemoSession(id);
    return true;
}

void VerdictsDialog::askNewSession() {
    DemoSessionDialog dialog(defaultTitle(), this);
    if (dialog.exec() == QDialog::Accepted)
        addDemoSession(dialog.title(), dialog.date());
}

QString VerdictsDialog::defaultTitle() const {
    // The report shows it, in the workspace's language.
    const WorkspaceLanguage language(mDocument->workspace());
    return tr("Demo with residents");
}

void VerdictsDialog::setRow(int index, const QString &verdict, const QString &quote,
                            const QString &participant) {
    Row &row = mRows.at(size_t(index));
    row.verdict->setCurrentIndex(std::max(0, row.verdict->findData(verdict)));
    row.quote->setText(quote);
    row.participant->setText(participant);
}

bool VerdictsDialog::save() {
    QString demo = demoSession();
    const Workspace &ws = mDocument->workspace();
    if (demo.isEmpty()) {
        // Today's session, made by the first verdict there is to keep.
        const bool anything = std::any_of(mRows.begin(), mRows.end(), [](const Row &row) {
            return row.verdict->currentData().toString() != QLatin1String("not_shown") ||
                   !row.quote->text().trimmed().isEmpty() ||
                   !row.participant->text().trimmed().isEmpty();
        });
        if (!anything)
            return true;
        Edits edits(*mDocument);
        demo = edits.addDemoSession(mJourney, defaultTitle(),
                                    QDate::currentDate().toString(Qt::ISODate));
        if (demo.isEmpty()) {
            PlainText::warning(this, windowTitle(), edits.error());
            return false;
        }
    }
    for (const Row &row : mRows) {
        const QString quote = row.quote->text().trimmed();
        const QString who = row.participant->text().trimmed();
        const QString verdict = row.verdict->currentData().toString();
        const DemoVerdict *old = nullptr;
        for (const DemoVerdict *v : ws.orderedVerdicts(demo))
            if (v->card == row.card)
                old = v;
        // An untouched row stays unrecorded: "not shown" is then not said.
        if (!old && verdict == QLatin1String("not_shown") && quote.isEmpty() && who.isEmpty())
            continue;
        if (!PrivacyGuard::scanText(quote + u'\n' + who).empty()) {
            PlainText::warning(
                this, windowTitle(),
                tr("\"%1\" holds what looks like personal data (a phone number, an e-mail "
                   "address, a BSN...). Write what was said and a label such as \"Bewoner 2\" "
                   "only.")
                    .arg(quote.isEmpty() ? who : quote));
            row.quote->setFocus();
            return false;
        }
        Edits edits(*mDocument);
        if (edits.setVerdict(demo, row.card, {verdict, quote, who}).isEmpty()) {
            PlainText::warning(this, windowTitle(), edits.error());
            return false;
        }
    }
    return true;
}

void VerdictsDialog::setNote(const QString &note) {
    mNote->setText(mNote->text().isEmpty() ? note : note + u'\n' + mNote->text());
}

void VerdictsDialog::accept() {
    if (save())
        QDialog::accept();
}

} // namespace blauwdruk
