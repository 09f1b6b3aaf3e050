#include "libraryconnect.h"

#include "backgroundwork.h"
#include "pgconnection.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>

namespace blauwdruk {

namespace {
const char kKey[] = "library/connection";
} // namespace

QString LibraryConnect::remembered() {
    return QSettings().value(QLatin1String(kKey)).toString();
}

void LibraryConnect::remember(const QString &conninfo) {
    QSettings().setValue(QLatin1String(kKey), withoutPassword(conninfo));
}

QString LibraryConnect::withoutPassword(const QString &conninfo) {
    // key=value pairs (values may be quoted) and URIs (user:secret@host).
    static const QRegularExpression pair(
        QStringLiteral(R"(\bpassword\s*=\s*('(?:[^'\\]|\\.)*'|\S*)\s*)"));
    static const QRegularExpression uri(QStringLiteral(R"(^(postgres(?:ql)?://[^:/@]*):[^@]*@)"));
    QString safe = conninfo;
    safe.remove(pair);
    safe.replace(uri, QStringLiteral("\\1@"));
    return safe.trimmed();
}

namespace {

// Connecting waits for the server, up to connect_timeout: on a thread, with
// Cancel. Null when the user cancelled.
std::unique_ptr<PgConnection> connectAway(QWidget *parent, const QString &conninfo,
                                          const QString &password = QString()) {
    std::optional<std::unique_ptr<PgConnection>> made =
        BackgroundWork::run<std::unique_ptr<PgConnection>>(
            parent, LibraryConnect::tr("Connecting to the library…"),
            [conninfo, password] { return std::make_unique<PgConnection>(conninfo, password); });
    return made ? std::move(*made) : nullptr;
}

} // namespace

std::unique_ptr<PgConnection> LibraryConnect::open(QWidget *parent, const QString &conninfo,
                                                   QString *error) {
    auto connection = connectAway(parent, conninfo);
    if (!connection) {
        *error = tr("connecting was cancelled");
        return nullptr;
    }
    if (!connection->isOpen() && connection->needsPassword()) {
        bool ok = false;
        const QString password = QInputDialog::getText(
            parent, tr("Library password"),
            tr("The library asks for a password for %1.\nIt is used for this connection only "
               "and not kept.")
                .arg(connection->where()),
            QLineEdit::Password, QString(), &ok);
        if (!ok) {
            *error = tr("No password given.");
            return nullptr;
        }
        connection = connectAway(parent, conninfo, password);
        if (!connection) {
            *error = tr("connecting was cancelled");
            return nullptr;
        }
    }
    if (!connection->isOpen()) {
        *error = connection->error();
        return nullptr;
    }
    remember(conninfo);
    return connection;
}

} // namespace blauwdruk
