#include "clirun.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QImage>
#include <QProcess>

namespace {

struct Run {
    int exitCode = -1;
    QString err;
};

// The real binary, without a display: --screenshot must not need one.
Run screenshot(const QStringList &arguments) {
    QProcess process;
    QProcessEnvironment env = blauwdruk::test::cliEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(BLAUWDRUK_BINARY), arguments);
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("Screenshot: renders the example's blueprint at the asked size, headless") {
    QTemporaryDir dir;
    const QString out = dir.filePath("shot.png");
    Run r = screenshot({"--screenshot", out, "--size", "1280x800"});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QImage image(out);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.size() == QSize(1280, 800));
    // Not a blank window: the canvas shows coloured cards.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 8)
        for (int x = 0; x < image.width(); x += 8)
            colours.insert(image.pixel(x, y));
    CHECK(colours.size() > 20);

    r = screenshot({"--screenshot", dir.filePath("other.png"), "--journey",
                    "Samira zoekt zelf uit waar ze recht op heeft"});
    CHECK(r.exitCode == 0);
    CHECK(QImage(dir.filePath("other.png")).size() == QSize(1920, 1080));
}

TEST_CASE("Screenshot: fails with one line and no file, never a dialog") {
    QTemporaryDir dir;
    const QString out = dir.filePath("shot.png");
    Run r = screenshot({"--screenshot", out, "--journey", "Bestaat niet"});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("has no journey")));
    CHECK_FALSE(QFile::exists(out));
    blauwdruk::test::writeFile(dir.filePath("bad.blauwdruk"), "geen werkruimte");
    r = screenshot({"--screenshot", out, dir.filePath("bad.blauwdruk")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("bad.blauwdruk")));
    CHECK_FALSE(QFile::exists(out));
    r = screenshot({"--screenshot", out, "--size", "groot"});
    CHECK(r.exitCode == 2);
}

TEST_CASE("Session mode: --screenshot --size 1280x720 --session FILE is exactly 1280x720") {
    QTemporaryDir dir;
    const QString file = dir.filePath("example.blauwdruk");
    {
        blauwdruk::test::ExampleFile example;
        example.document.reset(); // closed, so the copy is whole
        REQUIRE(QFile::copy(example.path, file));
    }
    const QString out = dir.filePath("session.png");
    const QByteArray before = blauwdruk::test::fileHash(file);
    Run r = screenshot({"--screenshot", out, "--size", "1280x720", "--session", file});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    // A picture records no work session in the file.
    CHECK(blauwdruk::test::fileHash(file) == before);
    const QImage image(out);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.size() == QSize(1280, 720));
    // The session bar is dark across the top; the editor's menu bar is not.
    CHECK(qGray(image.pixel(640, 4)) < 80);
    // --session names a file.
    r = screenshot({"--screenshot", out, "--session"});
    CHECK(r.exitCode == 2);
}
