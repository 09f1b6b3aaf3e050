#include "walkthroughview.h"

#include "document.h"
#include "journeyalignment.h"
#include "painpoints.h"
#include "workspacelanguage.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QUrl>
#include <QVBoxLayout>

namespace blauwdruk {

namespace {

// The lanes that tell what the resident does and meets; the rest happens
// behind the scenes.
const QStringList kDoes{"customer"};
const QStringList kSees{"evidence", "frontstage"};
const QStringList kNotShown{"customer",    "evidence",      "frontstage", "emotion",
                            "pain_points", "opportunities", "parking",    "inbox"};

QString feeling(int emotion) {
    switch (emotion) {
    case -2:
        return WalkthroughView::tr("very unhappy");
    case -1:
        return WalkthroughView::tr("unhappy");
    case 1:
        return WalkthroughView::tr("happy");
    case 2:
        return WalkthroughView::tr("very happy");
    default:
        return WalkthroughView::tr("neither happy nor unhappy");
    }
}

bool isLink(const QString &demo) {
    const QUrl url(demo.trimmed());
    return url.isValid() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

QLabel *textLabel(QWidget *parent, int pixelSize, const char *name) {
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QFont font = label->font();
    font.setPixelSize(pixelSize);
    label->setFont(font);
    return label;
}

} // namespace

WalkthroughView::WalkthroughView(Document &document, const QString &ideal, const QString &current,
                                 const QString &baseDir, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , mDocument(&document)
    , mIdeal(ideal)
    , mCurrent(current)
    , mBaseDir(baseDir) {
    setObjectName(QStringLiteral("Walkthrough"));
    setAttribute(Qt::WA_DeleteOnClose);
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    QPalette calm = palette();
    calm.setColor(QPalette::Window, QColor(0xFA, 0xFA, 0xF7));
    calm.setColor(QPalette::WindowText, QColor(0x1F, 0x23, 0x28));
    setPalette(calm);
    for (const Step *step : document.workspace().orderedSteps(ideal))
        mSteps << step->id;
    if (const Journey *journey = document.workspace().find<Journey>(ideal))
        setWindowTitle(tr("Walkthrough: %1").arg(journey->title));

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(64, 40, 64, 32);
    outer->setSpacing(16);
    mHeader = textLabel(this, 22, "WalkthroughHeader");
    outer->addWidget(mHeader);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(48);
    auto *left = new QVBoxLayout;
    left->setSpacing(20);
    mTitle = textLabel(this, 48, "WalkthroughTitle");
    mStory = textLabel(this, 28, "WalkthroughStory");
    mBehindLabel = textLabel(this, 22, "WalkthroughBehind");
    mPainPoints = textLabel(this, 22, "WalkthroughPainPoints");
    left->addWidget(mTitle);
    left->addWidget(mStory);
    left->addWidget(mBehindLabel);
    left->addWidget(mPainPoints);
    left->addStretch();
    columns->addLayout(left, 3);
    mDemo = textLabel(this, 24, "WalkthroughDemo");
    mDemo->setAlignment(Qt::AlignCenter);
    mDemo->setMinimumWidth(320);
    mDemo->setTextInteractionFlags(Qt::TextBrowserInteraction);
    mDemo->setOpenExternalLinks(true);
    columns->addWidget(mDemo, 2);
    outer->addLayout(columns, 1);
    mKeys = textLabel(this, 18, "WalkthroughKeys");
    QPalette quiet = mKeys->palette();
    quiet.setColor(QPalette::WindowText, QColor(0x57, 0x60, 0x6A));
    mKeys->setPalette(quiet);
    outer->addWidget(mKeys);
    if (mDocument)
        connect(mDocument, &Document::changed, this, [this] { fill(); });
    fill();
}

QString WalkthroughView::stepId() const {
    return mSteps.value(mIndex);
}

void WalkthroughView::showStep(int index) {
    if (mSteps.isEmpty())
        return;
    mIndex = std::clamp(index, 0, int(mSteps.size()) - 1);
    fill();
}

QStringList WalkthroughView::painPointsHere() const {
    QStringList ids;
    if (!mDocument || mCurrent.isEmpty() || stepId().isEmpty())
        return ids;
    const Workspace &ws = mDocument->workspace();
    const JourneyAlignment alignment = JourneyAlignment::compute(ws, mCurrent, mIdeal);
    const JourneyAlignment::Pair *pair = alignment.pairOf(stepId());
    if (!pair)
        return ids;
    for (const Card *card : painpoints::of(ws, mCurrent))
        if (card->step == pair->current)
            ids << card->id;
    return ids;
}

QString WalkthroughView::lanesText(const QStringList &kinds) const {
    const Workspace &ws = mDocument->workspace();
    QStringList lines;
    for (const Lane *lane : ws.orderedLanes(mIdeal)) {
        const bool wanted =
            kinds.isEmpty() ? !kNotShown.contains(lane->kind) : kinds.contains(lane->kind);
        if (!wanted)
            continue;
        for (const Card *card : ws.cardsInCell(stepId(), lane->id)) {
            const QString title = card->title.trimmed().toHtmlEscaped();
            if (title.isEmpty())
                continue;
            lines << (kinds.isEmpty() ? tr("%1 <span style=\"color:#57606A\">(%2)</span>")
                                            .arg(title, lane->title.toHtmlEscaped())
                                      : title);
        }
    }
    return lines.join(QStringLiteral("<br>"));
}

void WalkthroughView::fill() {
    if (!mDocument)
        return;
    const Workspace &ws = mDocument->workspace();
    // Residents read it in the workspace's language, as they read posters.
    const WorkspaceLanguage language(ws);
    mKeys->setText(tr("→ or Space: next step · ←: back · B: behind the scenes · O: open the demo "
                      "· V: residents' verdicts · Esc: end the walkthrough"));
    // Steps may have come or gone since the last key.
    mSteps.clear();
    for (const Step *step : ws.orderedSteps(mIdeal))
        mSteps << step->id;
    mIndex = mSteps.isEmpty() ? 0 : std::clamp(mIndex, 0, int(mSteps.size()) - 1);
    const Journey *journey = ws.find<Journey>(mIdeal);
    const Persona *persona = journey ? ws.find<Persona>(journey->persona) : nullptr;
    const QString who = persona && !persona->name.trimmed().isEmpty()
                            ? persona->name.trimmed().toHtmlEscaped()
                            : tr("the resident");
    const Step *step = ws.find<Step>(stepId());
    if (!journey || !step) {
        mHeader->setText(journey ? journey->title.toHtmlEscaped() : QString());
        mTitle->setText(tr("This journey has no steps yet."));
        mStory->clear();
        mBehindLabel->clear();
        mPainPoints->clear();
        mDemo->clear();
        mDemoTarget.clear();
        return;
    }
    const Stage *stage = ws.find<Stage>(step->stage);
    mHeader->setText(tr("<b>%1</b> · %2 · step %3 of %4%5")
                         .arg(who, journey->title.toHtmlEscaped())
                         .arg(mIndex + 1)
                         .arg(mSteps.size())
                         .arg(stage && !stage->title.trimmed().isEmpty()
                                  ? QStringLiteral(" · ") + stage->title.toHtmlEscaped()
                                  : QString()));
    mTitle->setText(QStringLiteral("<b>%1</b>").arg(step->title.toHtmlEscaped()));

    QString story;
    auto part = [&](const QString &heading, const QString &body) {
        if (!body.isEmpty())
            story += QStringLiteral("<p><span style=\"color:#1D4ED8\"><b>%1</b></span><br>%2</p>")
                         .arg(heading, body);
    };
    part(tr("What %1 does").arg(who), lanesText(kDoes));
    part(tr("What %1 sees").arg(who), lanesText(kSees));
    if (!step->description.trimmed().isEmpty() && lanesText(kDoes).isEmpty())
        part(tr("What happens"), step->description.toHtmlEscaped());
    part(tr("How %1 feels").arg(who), feeling(step->emotion));
    mStory->setText(story);

    const QString behind = lanesText({});
    mBehindLabel->setVisible(mBehind);
    mBehindLabel->setText(QStringLiteral("<p><b>%1</b><br>%2</p>")
                              .arg(tr("Behind the scenes"),
                                   behind.isEmpty()
                                       ? tr("Nothing is written down behind the scenes here.")
                                       : behind));

    QStringList pains;
    for (const QString &id : painPointsHere())
        if (const Card *card = ws.find<Card>(id))
            pains << QStringLiteral("• %1").arg(card->title.toHtmlEscaped());
    mPainPoints->setText(pains.isEmpty()
                             ? QString()
                             : QStringLiteral("<p><b>%1</b><br>%2</p>")
                                   .arg(tr("Today this is hard: does the demo solve it?"),
                                        pains.join(QStringLiteral("<br>"))));

    // The demo screen: an image beside the words, or the link to the demo.
    mDemoTarget.clear();
    const QString demo = step->demo.trimmed();
    if (demo.isEmpty()) {
        mDemo->setPixmap(QPixmap());
        mDemo->setText(QStringLiteral("<span style=\"color:#57606A\">%1</span>")
                           .arg(tr("No demo screen for this step.")));
    } else if (isLink(demo)) {
        mDemoTarget = demo;
        mDemo->setPixmap(QPixmap());
        mDemo->setText(tr("<p>The demo of this step:</p><p><a href=\"%1\">%2</a></p>"
                          "<p style=\"color:#57606A\">Press O to open it.</p>")
                           .arg(demo.toHtmlEscaped(), demo.toHtmlEscaped()));
    } else {
        const QString path = QDir(mBaseDir).absoluteFilePath(demo);
        const QImage image = demoImage(path);
        if (image.isNull()) {
            mDemo->setPixmap(QPixmap());
            mDemo->setText(tr("The demo screen \"%1\" cannot be shown: %2")
                               .arg(demo.toHtmlEscaped(), mImageError.toHtmlEscaped()));
        } else {
            mDemoTarget = path;
            const QSize room =
                mDemo->size().boundedTo(QSize(1600, 1200)).expandedTo(QSize(320, 240));
            mDemo->setPixmap(QPixmap::fromImage(
                image.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        }
    }
}

void WalkthroughView::keyPressEvent(QKeyEvent *event) {
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        showStep(mIndex + 1);
        break;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        showStep(mIndex - 1);
        break;
    case Qt::Key_Home:
        showStep(0);
        break;
    case Qt::Key_End:
        showStep(int(mSteps.size()) - 1);
        break;
    case Qt::Key_B:
        mBehind = !mBehind;
        fill();
        break;
    case Qt::Key_O:
        if (!mDemoTarget.isEmpty())
            QDesktopServices::openUrl(isLink(mDemoTarget) ? QUrl(mDemoTarget)
                                                          : QUrl::fromLocalFile(mDemoTarget));
        break;
    case Qt::Key_V:
        if (!mCurrent.isEmpty())
            if (const Step *step = mDocument->workspace().find<Step>(stepId()))
                emit verdictsRequested(mCurrent, painPointsHere(), step->title);
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void WalkthroughView::closeEvent(QCloseEvent *event) {
    emit finished();
    QWidget::closeEvent(event);
}

// Read once per file and change of it, not on every key, edit or resize.
QImage WalkthroughView::demoImage(const QString &path) {
    const QFileInfo file(path);
    const QDateTime stamp = file.isFile() ? file.lastModified() : QDateTime();
    if (path != mImagePath || stamp != mImageStamp) {
        mImagePath = path;
        mImageStamp = stamp;
        QImageReader reader(path);
        reader.setAutoTransform(true);
        mImage = file.isFile() ? reader.read() : QImage();
        mImageError = file.isFile() ? reader.errorString() : tr("there is no such file");
    }
    return mImage;
}

void WalkthroughView::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    if (!mDemoTarget.isEmpty() && !isLink(mDemoTarget))
        fill(); // the picture follows the room it has
}

} // namespace blauwdruk
