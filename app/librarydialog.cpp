#include "librarydialog.h"

#include "backgroundwork.h"
#include "document.h"
#include "exporter.h"
#include "labels.h"
#include "libraryconnect.h"
#include "libraryschema.h"
#include "mainwindow.h"
#include "pgconnection.h"
#include "pngexporter.h"
#include "provenance.h"
#include "reusecommands.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace blauwdruk {

namespace {

enum Role { VersionRole = Qt::UserRole, MatchRole };

QComboBox *kindChoice(const QStringList &tokens, QString (*name)(const QString &),
                      const QString &any) {
    auto *combo = new QComboBox;
    combo->addItem(any, QString());
    for (const QString &token : tokens)
        combo->addItem(name(token), token);
    return combo;
}

QString shortDate(const QString &iso) {
    const QDateTime when = QDateTime::fromString(iso, Qt::ISODate);
    return when.isValid() ? QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat)
                          : iso;
}

} // namespace

LibraryDialog::LibraryDialog(MainWindow &window)
    : QDialog(&window)
    , mWindow(window) {
    setObjectName(QStringLiteral("LibraryDialog"));
    setWindowTitle(tr("Library"));
    auto *layout = new QVBoxLayout(this);

    // Where the library is: nothing is contacted before Connect.
    auto *where = new QHBoxLayout;
    mConnInfo = new QLineEdit(LibraryConnect::remembered());
    mConnInfo->setObjectName(QStringLiteral("LibraryConnection"));
    mConnInfo->setPlaceholderText(tr("host=… dbname=… user=…  or  service=NAME"));
    mConnInfo->setToolTip(tr("A PostgreSQL connection string or service name; your administrator "
                             "gives it (docs/library.md). Passwords are asked for, never kept."));
    auto *connect = new QPushButton(tr("C&onnect"));
    connect->setObjectName(QStringLiteral("LibraryConnect"));
    auto *label = new QLabel(tr("&Library:"));
    label->setBuddy(mConnInfo);
    where->addWidget(label);
    where->addWidget(mConnInfo, 1);
    where->addWidget(connect);
    layout->addLayout(where);
    mStatus = new QLabel(tr("Not connected."));
    mStatus->setObjectName(QStringLiteral("LibraryStatus"));
    mStatus->setWordWrap(true);
    mStatus->setTextFormat(Qt::PlainText);
    layout->addWidget(mStatus);

    // What to look for.
    auto *form = new QFormLayout;
    mText = new QLineEdit;
    mText->setObjectName(QStringLiteral("LibrarySearchText"));
    mText->setPlaceholderText(tr("e.g. aanvraag brief, \"digitaal loket\", -schuld"));
    mText->setClearButtonEnabled(true);
    mSearch = new QPushButton(tr("&Search"));
    mSearch->setObjectName(QStringLiteral("LibrarySearch"));
    auto *textRow = new QHBoxLayout;
    textRow->addWidget(mText, 1);
    textRow->addWidget(mSearch);
    auto *words = new QLabel(tr("&Words:"));
    words->setBuddy(mText);
    form->addRow(words, textRow);
    mTheme = new QLineEdit;
    mTheme->setObjectName(QStringLiteral("LibraryTheme"));
    mOrganisation = new QLineEdit;
    mOrganisation->setObjectName(QStringLiteral("LibraryOrganisation"));
    auto *narrow = new QHBoxLayout;
    mLaneKind = kindChoice(vocabulary::laneKinds(), &Labels::laneKind, tr("Any lane"));
    mLaneKind->setObjectName(QStringLiteral("LibraryLaneKind"));
    mCardKind = kindChoice(vocabulary::cardKinds(), &Labels::cardKind, tr("Any card kind"));
    mCardKind->setObjectName(QStringLiteral("LibraryCardKind"));
    narrow->addWidget(mLaneKind);
    narrow->addWidget(mCardKind);
    form->addRow(tr("&Theme:"), mTheme);
    form->addRow(tr("&Organisation:"), mOrganisation);
    form->addRow(tr("In:"), narrow);
    layout->addLayout(form);

    // Results beside the chosen journey's poster.
    auto *split = new QSplitter;
    mResults = new QTreeWidget;
    mResults->setObjectName(QStringLiteral("LibraryResults"));
    mResults->setHeaderLabels(
        {tr("Journey, step or card"), tr("Organisation"), tr("Status"), tr("Published")});
    mResults->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    mResults->header()->setStretchLastSection(false);
    mResults->setAccessibleName(tr("Search results"));
    split->addWidget(mResults);
    mPreview = new QLabel(tr("Choose a result to see its journey."));
    mPreview->setObjectName(QStringLiteral("LibraryPreview"));
    mPreview->setAlignment(Qt::AlignCenter);
    mPreview->setWordWrap(true);
    mPreviewArea = new QScrollArea;
    mPreviewArea->setWidget(mPreview);
    mPreviewArea->setWidgetResizable(true);
    mPreviewArea->setAccessibleName(tr("Preview of the published journey"));
    split->addWidget(mPreviewArea);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    mTake = buttons->addButton(tr("&Take…"), QDialogButtonBox::ActionRole);
    mTake->setObjectName(QStringLiteral("LibraryTake"));
    QObject::connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    QObject::connect(connect, &QPushButton::clicked, this,
                     [this] { connectTo(mConnInfo->text()); });
    QObject::connect(mConnInfo, &QLineEdit::returnPressed, this,
                     [this] { connectTo(mConnInfo->text()); });
    QObject::connect(mSearch, &QPushButton::clicked, this, &LibraryDialog::search);
    for (QLineEdit *field : {mText, mTheme, mOrganisation})
        QObject::connect(field, &QLineEdit::returnPressed, this, &LibraryDialog::search);
    QObject::connect(mResults, &QTreeWidget::currentItemChanged, this, &LibraryDialog::showChosen);
    QObject::connect(mResults, &QTreeWidget::itemActivated, this, [this] { take(); });
    QObject::connect(mTake, &QPushButton::clicked, this, &LibraryDialog::take);
    updateButtons();
    resize(1100, 720);
    (mConnInfo->text().isEmpty() ? mConnInfo : static_cast<QWidget *>(connect))->setFocus();
}

LibraryDialog::~LibraryDialog() = default;

bool LibraryDialog::connectTo(const QString &conninfo) {
    mConnection.reset();
    QString error;
    mConnection = LibraryConnect::open(this, conninfo, &error);
    if (!mConnection) {
        setStatus(tr("Not connected: %1").arg(error), true);
        updateButtons();
        return false;
    }
    if (!LibrarySchema::check(*mConnection, &error)) {
        setStatus(error, true);
        mConnection.reset();
        updateButtons();
        return false;
    }
    setStatus(tr("Connected to %1 as %2.").arg(mConnection->where(), mConnection->user()));
    updateButtons();
    mText->setFocus();
    return true;
}

bool LibraryDialog::search() {
    if (!mConnection)
        return false;
    LibraryQuery query;
    query.text = mText->text().trimmed();
    query.theme = mTheme->text().trimmed();
    query.organisation = mOrganisation->text().trimmed();
    query.laneKind = mLaneKind->currentData().toString();
    query.cardKind = mCardKind->currentData().toString();
    struct Answer {
        std::optional<std::vector<LibraryHit>> hits;
        QString error;
    };
    PgConnection *connection = mConnection.get();
    const std::optional<Answer> answer = BackgroundWork::run<Answer>(
        this, tr("Searching the library…"),
        [connection, query] {
            Answer answer;
            answer.hits = Library(*connection).search(query, &answer.error);
            return answer;
        },
        [connection] { connection->cancel(); });
    mResults->clear();
    const auto &hits = answer->hits; // with an interrupt, there is always an answer
    if (!hits) {
        setStatus(answer->error, true);
        return false;
    }
    for (const LibraryHit &hit : *hits) {
        auto *row = new QTreeWidgetItem(mResults, {hit.title, hit.organisation,
                                                   Labels::reviewStatus(hit.status),
                                                   shortDate(hit.publishedAt)});
        row->setData(0, VersionRole, hit.id);
        row->setToolTip(0, tr("Version %1 (%2)").arg(hit.number).arg(hit.id));
        for (const LibraryMatch &match : hit.matches) {
            const QString text =
                match.kind == QLatin1String("card") && !match.step.isEmpty()
                    ? tr("Card “%1” in step “%2”").arg(match.title, match.step)
                    : (match.kind == QLatin1String("step") ? tr("Step “%1”").arg(match.title)
                                                           : match.title);
            auto *child = new QTreeWidgetItem(row, {text});
            child->setData(0, VersionRole, hit.id);
            child->setData(0, MatchRole, match.id);
        }
        row->setExpanded(hit.matches.size() <= 5);
    }
    setStatus(hits->empty()
                  ? tr("Nothing found.")
                  : (hits->size() == 1 ? tr("1 published journey found.")
                                       : tr("%1 published journeys found.").arg(hits->size())));
    if (mResults->topLevelItemCount() > 0)
        mResults->setCurrentItem(mResults->topLevelItem(0));
    return true;
}

void LibraryDialog::showChosen() {
    QTreeWidgetItem *row = mResults->currentItem();
    const QString version = row ? row->data(0, VersionRole).toString() : QString();
    mTick = row ? row->data(0, MatchRole).toString() : QString();
    if (version == mShownVersion || !mConnection) {
        updateButtons();
        return;
    }
    mShownVersion.clear();
    mSource.reset();
    struct Answer {
        std::optional<Workspace> source;
        LibraryVersion info;
        QString error;
    };
    PgConnection *connection = mConnection.get();
    // Read and validated like a file from elsewhere before it is drawn.
    std::optional<Answer> answer = BackgroundWork::run<Answer>(
        this, tr("Reading the journey from the library…"),
        [connection, version] {
            Answer answer;
            answer.source = Library(*connection).fetch(version, &answer.info, &answer.error);
            return answer;
        },
        [connection] { connection->cancel(); });
    QString error = answer->error;
    if (!answer->source) {
        mPreview->setPixmap({});
        mPreview->setText(error);
        updateButtons();
        return;
    }
    mSource = std::move(answer->source);
    mSourceInfo = answer->info;
    mShownVersion = version;
    ExportOptions options;
    options.journey = mSource->journeys.empty() ? QString() : mSource->journeys.front().id;
    options.pixelWidth = 1400;
    const QByteArray png = PngExporter().render(*mSource, options, &error);
    QPixmap picture;
    if (!png.isEmpty() && picture.loadFromData(png, "PNG")) {
        mPreview->setText(QString());
        mPreview->setPixmap(picture.scaledToWidth(
            std::min(picture.width(), std::max(400, mPreviewArea->viewport()->width() - 8)),
            Qt::SmoothTransformation));
        mPreview->setAccessibleDescription(
            tr("The journey “%1” of %2 as its poster")
                .arg(mSourceInfo.title, mSourceInfo.organisationName));
    } else {
        mPreview->setPixmap({});
        mPreview->setText(error);
    }
    updateButtons();
}

bool LibraryDialog::take() {
    if (!mSource || mShownVersion.isEmpty())
        return false;
    Provenance origin;
    origin.workspace = mSourceInfo.title;
    origin.organisation = mSourceInfo.organisationName;
    origin.library = mSourceInfo.id;
    const QString label = tr("From the library: “%1” of %2, version %3, published %4")
                              .arg(mSourceInfo.title, mSourceInfo.organisationName)
                              .arg(mSourceInfo.number)
                              .arg(shortDate(mSourceInfo.publishedAt));
    const QString tick =
        mTick.isEmpty() && !mSource->journeys.empty() ? mSource->journeys.front().id : mTick;
    const bool taken = ReuseCommands(mWindow).take(*mSource, label, origin, tr("&Take"), tick);
    if (taken)
        setStatus(tr("Taken into your workspace from “%1” of %2.")
                      .arg(mSourceInfo.title, mSourceInfo.organisationName));
    return taken;
}

void LibraryDialog::setStatus(const QString &text, bool problem) {
    mStatus->setText(text);
    mStatus->setForegroundRole(problem ? QPalette::LinkVisited : QPalette::WindowText);
}

void LibraryDialog::updateButtons() {
    const bool connected = mConnection != nullptr;
    for (QWidget *w : {static_cast<QWidget *>(mText), static_cast<QWidget *>(mTheme),
                       static_cast<QWidget *>(mOrganisation), static_cast<QWidget *>(mLaneKind),
                       static_cast<QWidget *>(mCardKind), static_cast<QWidget *>(mSearch)})
        w->setEnabled(connected);
    mTake->setEnabled(mSource.has_value() && mWindow.document() &&
                      !mWindow.document()->isReadOnly());
}

} // namespace blauwdruk
