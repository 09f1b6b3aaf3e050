#include "testsupport.h"

#include "store.h"

#include <catch2/catch.hpp>

#include <QFile>

namespace blauwdruk::test {

QByteArray readFile(const QString &path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QString dataPath(const QString &name) {
    return QStringLiteral(BLAUWDRUK_SOURCE_DIR "/tests/data/") + name;
}

Workspace exampleWorkspace() {
    QString error;
    auto ws = JsonCodec::read(
        readFile(QStringLiteral(BLAUWDRUK_SOURCE_DIR "/resources/example/minimaregelingen.json")),
        &error);
    INFO(error.toStdString());
    REQUIRE(ws);
    return *ws;
}

std::string onDisk(const QString &path) {
    QString error;
    auto store = Store::open(path, Store::Mode::ReadOnly, &error);
    INFO(error.toStdString());
    REQUIRE(store);
    auto ws = store->load(&error);
    REQUIRE(ws);
    return canonical(*ws);
}

ExampleFile::ExampleFile()
    : ExampleFile(exampleWorkspace()) {}

ExampleFile::ExampleFile(const Workspace &workspace) {
    REQUIRE(dir.isValid());
    path = dir.filePath(QStringLiteral("example.blauwdruk"));
    QString error;
    document = Document::create(path, workspace, &error);
    INFO(error.toStdString());
    REQUIRE(document);
}

Workspace exampleWithoutPairs() {
    Workspace ws = exampleWorkspace();
    for (Step &step : ws.steps)
        step.counterpart.clear();
    return ws;
}

} // namespace blauwdruk::test
