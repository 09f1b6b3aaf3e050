#pragma once

#include <QDialog>

class QLabel;

namespace blauwdruk {

// How to join, big enough to read from the back of the room: the QR code,
// the address to type, and how many have joined. Not modal: the facilitator
// goes on working while it shows (Esc closes it).
class LiveJoinDialog : public QDialog {
    Q_OBJECT
public:
    LiveJoinDialog(const QString &url, QWidget *parent = nullptr);

    void setParticipants(int count);
    QLabel *addressLabel() const { return mAddress; }

private:
    QLabel *mAddress = nullptr;
    QLabel *mCount = nullptr;
};

} // namespace blauwdruk
