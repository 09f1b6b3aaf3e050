#include "noticebar.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace blauwdruk {

NoticeBar::NoticeBar(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("NoticeBar"));
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->setSpacing(10);
    mIcon = new QLabel;
    layout->addWidget(mIcon, 0, Qt::AlignTop);
    mText = new QLabel;
    mText->setTextFormat(Qt::PlainText);
    mText->setWordWrap(true);
    mText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(mText, 1);
    mSaveAs = new QPushButton(tr("Save As…"));
    mSaveAs->setObjectName(QStringLiteral("NoticeSaveAs"));
    connect(mSaveAs, &QPushButton::clicked, this, &NoticeBar::saveAsRequested);
    layout->addWidget(mSaveAs, 0, Qt::AlignVCenter);
    auto *close = new QPushButton(tr("Hide"));
    close->setFlat(true);
    connect(close, &QPushButton::clicked, this, &QWidget::hide);
    layout->addWidget(close, 0, Qt::AlignVCenter);
    hide();
    connect(Theme::instance(), &Theme::changed, this, &NoticeBar::colourForLevel);
}

void NoticeBar::colourForLevel() {
    Theme::colourBar(this, mLevel == Level::Warning ? Theme::Bar::NoticeWarning
                                                    : Theme::Bar::NoticeInformation);
}

void NoticeBar::showNotice(const QString &text, Level level) {
    const bool warning = level == Level::Warning;
    mLevel = level;
    // Light backgrounds with dark text: readable on a projector and in both
    // light and dark desktop themes, as the colours are set together.
    colourForLevel();
    const QStyle::StandardPixmap icon =
        warning ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
    mIcon->setPixmap(style()->standardIcon(icon).pixmap(24, 24));
    mText->setText(text);
    show();
}

QString NoticeBar::text() const {
    return isHidden() ? QString() : mText->text();
}

} // namespace blauwdruk
