#pragma once

#include <QHostAddress>
#include <QString>

#include <vector>

namespace blauwdruk {

// A network a live session can listen on: one address of one interface that
// is up. The room's Wi-Fi or cable first, this computer alone (loopback)
// last, for trying it out.
struct NetworkChoice {
    QString interfaceName; // as the system shows it ("wlp2s0", "Wi-Fi")
    QHostAddress address;
    bool loopback = false;

    static std::vector<NetworkChoice> available();
};

} // namespace blauwdruk
