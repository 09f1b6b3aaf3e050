#include "reviewbar.h"

#include "document.h"
#include "labels.h"
#include "review.h"
#include "theme.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace blauwdruk {

ReviewBar::ReviewBar(const QList<QAction *> &decisions, QAction *leave, QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("ReviewBar"));
    setAutoFillBackground(true);
    Theme::colourBar(this, Theme::Bar::Review);
    connect(Theme::instance(), &Theme::changed, this,
            [this] { Theme::colourBar(this, Theme::Bar::Review); });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->setSpacing(8);
    mText = new QLabel;
    mText->setObjectName(QStringLiteral("ReviewBarText"));
    mText->setTextFormat(Qt::RichText);
    mText->setWordWrap(true);
    layout->addWidget(mText, 1);
    for (QAction *action : decisions) {
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        layout->addWidget(button, 0, Qt::AlignVCenter);
    }
    auto *out = new QToolButton;
    out->setObjectName(QStringLiteral("LeaveReview"));
    out->setText(tr("Leave Review Mode"));
    out->setToolTip(leave->toolTip());
    connect(out, &QToolButton::clicked, leave, [leave] { leave->setChecked(false); });
    layout->addWidget(out, 0, Qt::AlignVCenter);
    hide();
}

QString ReviewBar::text() const {
    return isHidden() ? QString() : mText->text();
}

void ReviewBar::refresh(const Document *document, const QString &journeyId) {
    if (!document || !document->isReviewMode()) {
        hide();
        return;
    }
    const Workspace &ws = document->workspace();
    const Journey *journey = ws.find<Journey>(journeyId);
    QStringList lines;
    if (!journey) {
        lines << tr("<b>Review mode</b>: open a journey to review it. The blueprint cannot be "
                    "changed here.");
    } else {
        lines << tr("<b>Review mode</b> · %1 · status: <b>%2</b>")
                     .arg(journey->title.toHtmlEscaped(), Labels::reviewStatus(journey->status));
        if (const Decision *last = Review::lastDecision(ws, journeyId);
            last && !last->remark.isEmpty())
            lines << tr("Last decision by %1: “%2”")
                         .arg(last->decidedBy.toHtmlEscaped(), last->remark.toHtmlEscaped());
        if (Review::changedSinceApproval(ws, journeyId)) {
            const Decision *approval = Review::approval(ws, journeyId);
            const QDateTime when = QDateTime::fromString(approval->decidedAt, Qt::ISODate);
            lines << tr("<b style='color:#9a3d00'>Changed since approval</b> (approved by %1 on "
                        "%2)")
                         .arg(approval->decidedBy.toHtmlEscaped(),
                              QLocale().toString(when.toLocalTime(), QLocale::ShortFormat));
        }
        lines << tr("The blueprint cannot be changed here: comment on it, and decide.");
    }
    mText->setText(lines.join(QStringLiteral("<br>")));
    show();
}

} // namespace blauwdruk
