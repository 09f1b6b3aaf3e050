#pragma once

#include "store.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace blauwdruk::test {

// What the real `blauwdruk` binary did with one command line.
struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
    QByteArray rawOut; // stdout byte for byte, for what a terminal would get
};

// The environment the real binary runs in from a test: the machine's, with
// settings of its own (XDG_CONFIG_HOME), so a test's files never turn up in
// the user's Open Recent. The settings choose the language, "en" or "nl",
// so the messages a test reads do not depend on the machine's locale.
inline QProcessEnvironment cliEnvironment(const QString &language = QStringLiteral("en")) {
    static QTemporaryDir english;
    static QTemporaryDir dutch;
    const QTemporaryDir &config = language == QLatin1String("nl") ? dutch : english;
    QDir(config.path()).mkpath(QStringLiteral("Blauwdruk"));
    QFile settings(config.filePath(QStringLiteral("Blauwdruk/blauwdruk.conf")));
    if (!settings.exists()) {
        REQUIRE(settings.open(QIODevice::WriteOnly));
        settings.write("[General]\nlanguage=" + language.toLatin1() + "\n");
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    return env;
}

// Runs the real binary, as a user or a script would; a crash fails the test.
inline CliResult runCli(const QStringList &arguments, const QString &workingDir = QString(),
                        const QProcessEnvironment &environment = cliEnvironment()) {
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProgram(QStringLiteral(BLAUWDRUK_BINARY));
    process.setArguments(arguments);
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start();
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit); // never a crash
    const QByteArray out = process.readAllStandardOutput();
    return {process.exitCode(), QString::fromUtf8(out),
            QString::fromUtf8(process.readAllStandardError()), out};
}

// A workspace file as another program reads it, after a command changed it.
inline Workspace loadFile(const QString &path) {
    QString error;
    auto store = Store::open(path, Store::Mode::ReadOnly, &error);
    REQUIRE(store);
    std::optional<Workspace> ws = store->load(&error);
    REQUIRE(ws);
    return *ws;
}

// A copy of the bundled example in `dir`, for commands to work on.
inline QString exampleFile(const QTemporaryDir &dir,
                           const QString &name = QStringLiteral("w.blauwdruk")) {
    const QString path = dir.filePath(name);
    QString error;
    REQUIRE(Store::writeNew(path, exampleWorkspace(), &error));
    return path;
}

} // namespace blauwdruk::test
