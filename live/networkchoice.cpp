#include "networkchoice.h"

#include <QNetworkInterface>

#include <algorithm>

namespace blauwdruk {

std::vector<NetworkChoice> NetworkChoice::available() {
    std::vector<NetworkChoice> choices;
    for (const QNetworkInterface &interface : QNetworkInterface::allInterfaces()) {
        const auto flags = interface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) ||
            !flags.testFlag(QNetworkInterface::IsRunning))
            continue;
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            const QHostAddress address = entry.ip();
            // A link-local IPv6 address needs its zone in the URL, which
            // phones' browsers do not take.
            if (address.isLinkLocal() && address.protocol() == QAbstractSocket::IPv6Protocol)
                continue;
            const QString name = interface.humanReadableName().isEmpty()
                                     ? interface.name()
                                     : interface.humanReadableName();
            choices.push_back({name, address, address.isLoopback()});
        }
    }
    // Phones reach IPv4 addresses most easily; loopback is for this computer.
    std::stable_sort(choices.begin(), choices.end(), [](const auto &a, const auto &b) {
        const auto rank = [](const NetworkChoice &c) {
            return (c.loopback ? 2 : 0) +
                   (c.address.protocol() == QAbstractSocket::IPv4Protocol ? 0 : 1);
        };
        return rank(a) < rank(b);
    });
    return choices;
}

} // namespace blauwdruk
