#include "libraryconnect.h"

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

std::unique_ptr<PgConnection> LibraryConnect::open(QWidget *parent, const QString &conninfo,
                                                   QString *error) {
    auto connection = std::make_unique<PgConnection>(conninfo);
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
        connection = std::make_unique<PgConnection>(conninfo, password);
    }
    if (!connection->isOpen()) {
        *error = connection->error();
        return nullptr;
    }
    remember(conninfo);
    return connection;
}

} // namespace blauwdruk
