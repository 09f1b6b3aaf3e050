#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QWidget;

namespace blauwdruk {

class PgConnection;

// Connecting to the shared library from the window. The connection string
// (or `service=NAME`) is remembered in the settings without any password
// in it; when the server asks for a password that libpq's password file
// does not have, the user is asked, and it is used for that connection
// only, never kept.
class LibraryConnect {
    Q_DECLARE_TR_FUNCTIONS(LibraryConnect)
public:
    // The last connection string used here (empty: libpq's PG* defaults).
    static QString remembered();
    static void remember(const QString &conninfo);
    // The connection string without `password=…`, for settings and messages.
    static QString withoutPassword(const QString &conninfo);
    // An open connection, or null with `error` in one line.
    static std::unique_ptr<PgConnection> open(QWidget *parent, const QString &conninfo,
                                              QString *error);
};

} // namespace blauwdruk
