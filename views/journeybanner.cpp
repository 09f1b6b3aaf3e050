#include "journeybanner.h"
#include "plaintext.h"

#include "document.h"
#include "labels.h"
#include "personaportrait.h"
#include "review.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace blauwdruk {

namespace {

constexpr int kHeight = 56;
constexpr int kPortrait = 40;

} // namespace

JourneyBanner::JourneyBanner(Document *document, const QString &journeyId, QWidget *parent)
    : QWidget(parent)
    , mDocument(document)
    , mJourney(journeyId) {
    setObjectName(QStringLiteral("JourneyBanner"));
    setAutoFillBackground(true);
    Theme::colourBar(this, Theme::Bar::JourneyBanner);
    connect(Theme::instance(), &Theme::changed, this,
            [this] { Theme::colourBar(this, Theme::Bar::JourneyBanner); });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->setSpacing(12);
    mPortrait = new QLabel;
    mPortrait->setFixedSize(kPortrait, kPortrait);
    layout->addWidget(mPortrait);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    mHeadline = new QLabel;
    QFont bold = mHeadline->font();
    bold.setBold(true);
    mHeadline->setFont(bold);
    mRoute = new QLabel;
    // Titles, names and places from the file, shown as typed.
    mHeadline->setTextFormat(Qt::PlainText);
    mRoute->setTextFormat(Qt::PlainText);
    for (QLabel *label : {mHeadline, mRoute}) {
        label->setTextFormat(Qt::PlainText);
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        texts->addWidget(label);
    }
    layout->addLayout(texts, 1);
    if (mDocument)
        connect(mDocument, &Document::changed, this, [this](const Changes &changes) {
            // An approved journey's content is compared with its approval
            // after every edit; others only care about their own fields.
            const bool approved = Review::approval(mDocument->workspace(), mJourney);
            for (const Change &change : changes)
                if (approved || change.type == EntityType::Journey ||
                    change.type == EntityType::Persona || change.type == EntityType::Decision) {
                    refresh();
                    return;
                }
        });
    refresh();
}

QSize JourneyBanner::sizeHint() const {
    return {600, kHeight};
}

QString JourneyBanner::headline() const {
    return mHeadlineText;
}

QString JourneyBanner::route() const {
    return mRouteText;
}

void JourneyBanner::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    elide();
}

// Long titles and goals end in "…" rather than being cut mid-word; the
// tooltip has them in full.
void JourneyBanner::elide() {
    const int width = qMax(40, mRoute->width());
    mHeadline->setText(mHeadline->fontMetrics().elidedText(mHeadlineText, Qt::ElideRight, width));
    mRoute->setText(mRoute->fontMetrics().elidedText(mRouteText, Qt::ElideRight, width));
}

void JourneyBanner::refresh() {
    const Workspace *ws = mDocument ? &mDocument->workspace() : nullptr;
    const Journey *journey = ws ? ws->find<Journey>(mJourney) : nullptr;
    if (!journey)
        return;
    const Persona *persona = ws->find<Persona>(journey->persona);
    QStringList parts;
    parts << (persona ? persona->name : tr("No persona"));
    parts << (journey->kind == QLatin1String("current") ? tr("current journey")
                                                        : tr("ideal journey"));
    parts << Labels::reviewStatus(journey->status);
    if (Review::changedSinceApproval(*ws, mJourney))
        parts << tr("changed since approval");
    mHeadlineText = parts.join(QStringLiteral("  ·  "));
    const QString start = journey->startingPoint.simplified();
    const QString goal = journey->goal.simplified();
    mRouteText = (tr("Starting point: %1   →   Goal: %2")
                      .arg(start.isEmpty() ? tr("not set yet") : start,
                           goal.isEmpty() ? tr("not set yet") : goal));
    elide();
    setToolTip(PlainText::toolTip(
        tr("Starting point: %1\nGoal: %2\n\nEdit them in the Inspector (Ctrl+I).")
            .arg(journey->startingPoint, journey->goal)));
    if (persona) {
        const qreal ratio = devicePixelRatioF();
        QImage image = PersonaPortrait::render(*persona, int(kPortrait * ratio));
        image.setDevicePixelRatio(ratio);
        mPortrait->setPixmap(QPixmap::fromImage(image));
    } else {
        mPortrait->clear();
    }
}

} // namespace blauwdruk
