#include "livejoindialog.h"

#include "qrcodeimage.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace blauwdruk {

LiveJoinDialog::LiveJoinDialog(const QString &url, QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(tr("Join the Live Session"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Scan with your phone's camera to take part"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    heading->setFont(big);
    heading->setAlignment(Qt::AlignCenter);
    layout->addWidget(heading);
    // Whole pixels a module, as large as half the screen's height allows,
    // so the code stays sharp for a phone at the back of the room.
    const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    const int room = screen ? screen->availableGeometry().height() / 2 : 500;
    const QImage probe = qrCodeImage(url, 1);
    const int module = probe.isNull() ? 1 : qMax(2, room / probe.width());
    auto *code = new QLabel(this);
    code->setPixmap(QPixmap::fromImage(qrCodeImage(url, module)));
    code->setAlignment(Qt::AlignCenter);
    code->setAccessibleName(tr("QR code of the address %1").arg(url));
    layout->addWidget(code);
    mAddress = new QLabel(tr("or type: %1").arg(url), this);
    QFont mono = big;
    mono.setBold(false);
    mono.setFamily(QStringLiteral("DejaVu Sans Mono"));
    mono.setPointSizeF(big.pointSizeF() * 0.6);
    mAddress->setFont(mono);
    mAddress->setAlignment(Qt::AlignCenter);
    mAddress->setTextFormat(Qt::PlainText);
    mAddress->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(mAddress);
    mCount = new QLabel(this);
    QFont count = big;
    count.setBold(false);
    count.setPointSizeF(big.pointSizeF() * 0.7);
    mCount->setFont(count);
    mCount->setAlignment(Qt::AlignCenter);
    layout->addWidget(mCount);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setParticipants(0);
}

void LiveJoinDialog::setParticipants(int count) {
    mCount->setText(count == 1 ? tr("1 participant has joined")
                               : tr("%1 participants have joined").arg(count));
}

} // namespace blauwdruk
