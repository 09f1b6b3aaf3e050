#include "cdpclient.h"

#include "livetestsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

namespace blauwdruk::test {

Chromium::Chromium(const QString &url) {
    const QString program = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    REQUIRE(!program.isEmpty()); // install-deps --tests installs it
    // No sandbox: CI runs as root, where Chromium's sandbox does not start.
    // Nothing in the background reaches out: no updates, sync or metrics.
    mProcess.start(program,
                   {QStringLiteral("--headless=new"), QStringLiteral("--no-sandbox"),
                    QStringLiteral("--disable-gpu"), QStringLiteral("--no-first-run"),
                    QStringLiteral("--no-default-browser-check"),
                    QStringLiteral("--disable-background-networking"),
                    QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"),
                    QStringLiteral("--metrics-recording-only"),
                    QStringLiteral("--remote-debugging-address=127.0.0.1"),
                    QStringLiteral("--remote-debugging-port=0"),
                    // Chromium refuses DevTools WebSockets from an origin it
                    // does not know; this one comes from the test itself.
                    QStringLiteral("--remote-allow-origins=*"),
                    QStringLiteral("--user-data-dir=") + mProfile.path(),
                    QStringLiteral("--window-size=390,844"), QStringLiteral("--lang=nl"),
                    QStringLiteral("about:blank")});
    REQUIRE(mProcess.waitForStarted(10'000));
    // "DevTools listening on ws://127.0.0.1:PORT/devtools/browser/ID"
    QByteArray err;
    const QRegularExpression listening(QStringLiteral("ws://127\\.0\\.0\\.1:(\\d+)/"));
    QRegularExpressionMatch match;
    REQUIRE(QTest::qWaitFor(
        [&] {
            err += mProcess.readAllStandardError();
            match = listening.match(QString::fromUtf8(err));
            return match.hasMatch();
        },
        30'000));
    const quint16 port = quint16(match.captured(1).toUInt());
    // The page's own DevTools socket, from the browser's list of targets.
    QString pageSocket;
    REQUIRE(QTest::qWaitFor(
        [&] {
            const HttpReply list = rawRequest(port, getRequest(QStringLiteral("/json/list")));
            for (const QJsonValue target : QJsonDocument::fromJson(list.body).array())
                if (target[QStringLiteral("type")].toString() == QLatin1String("page"))
                    pageSocket = target[QStringLiteral("webSocketDebuggerUrl")].toString();
            return !pageSocket.isEmpty();
        },
        10'000));
    QObject::connect(&mSocket, &QWebSocket::textMessageReceived, [this](const QString &text) {
        const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
        if (message.contains(QStringLiteral("id")))
            mReplies.insert(message[QStringLiteral("id")].toInt(), message);
    });
    // Chromium names the host as our request did, without the port.
    QUrl socketUrl(pageSocket);
    socketUrl.setPort(port);
    mSocket.open(socketUrl);
    const bool connected =
        QTest::qWaitFor([&] { return mSocket.state() == QAbstractSocket::ConnectedState; }, 10'000);
    INFO(pageSocket.toStdString() << ": " << mSocket.errorString().toStdString());
    REQUIRE(connected);
    call(QStringLiteral("Emulation.setDeviceMetricsOverride"),
         {{"width", 390}, {"height", 844}, {"deviceScaleFactor", 2}, {"mobile", true}});
    call(QStringLiteral("Emulation.setTouchEmulationEnabled"), {{"enabled", true}});
    // A Dutch phone (headless Chromium ignores --lang).
    call(QStringLiteral("Emulation.setUserAgentOverride"),
         {{"userAgent", "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, "
                        "like Gecko) Chrome/156.0 Mobile Safari/537.36"},
          {"acceptLanguage", "nl-NL,nl;q=0.9"}});
    call(QStringLiteral("Page.enable"));
    // Counts what the page's Content-Security-Policy blocked (test_livepage).
    call(QStringLiteral("Page.addScriptToEvaluateOnNewDocument"),
         {{"source", "window.__cspViolations = 0; document.addEventListener("
                     "'securitypolicyviolation', () => window.__cspViolations++);"}});
    call(QStringLiteral("Page.navigate"), {{"url", url}});
}

Chromium::~Chromium() {
    mSocket.abort();
    mProcess.kill();
    mProcess.waitForFinished(10'000);
    // The profile holds read-only files; make them removable with it.
    QDirIterator it(mProfile.path(), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        QFile::setPermissions(it.next(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

QJsonObject Chromium::call(const QString &method, const QJsonObject &params) {
    const int id = mNextId++;
    mSocket.sendTextMessage(QString::fromUtf8(
        QJsonDocument(QJsonObject{{"id", id}, {"method", method}, {"params", params}})
            .toJson(QJsonDocument::Compact)));
    REQUIRE(QTest::qWaitFor([&] { return mReplies.contains(id); }, 20'000));
    const QJsonObject reply = mReplies.take(id);
    INFO(method.toStdString() << ": " << QJsonDocument(reply).toJson().toStdString());
    REQUIRE(!reply.contains(QStringLiteral("error")));
    return reply[QStringLiteral("result")].toObject();
}

QJsonValue Chromium::evaluate(const QString &expression) {
    const QJsonObject result = call(QStringLiteral("Runtime.evaluate"),
                                    {{"expression", expression}, {"returnByValue", true}});
    return result[QStringLiteral("result")].toObject()[QStringLiteral("value")];
}

bool Chromium::waitFor(const QString &expression, int ms) {
    return QTest::qWaitFor([&] { return evaluate(expression).toBool(); }, ms);
}

void Chromium::click(const QString &selector) {
    const QJsonObject box =
        evaluate(QStringLiteral("(() => { const e = document.querySelector(%1); "
                                "e.scrollIntoView({block: 'center'}); "
                                "const r = e.getBoundingClientRect(); "
                                "return {x: r.x + r.width / 2, y: r.y + r.height / 2}; })()")
                     .arg(QString::fromUtf8(
                              QJsonDocument(QJsonArray{selector}).toJson(QJsonDocument::Compact))
                              .chopped(1)
                              .mid(1)))
            .toObject();
    for (const char *type : {"mousePressed", "mouseReleased"})
        call(QStringLiteral("Input.dispatchMouseEvent"), {{"type", type},
                                                          {"x", box["x"]},
                                                          {"y", box["y"]},
                                                          {"button", "left"},
                                                          {"clickCount", 1}});
}

void Chromium::type(const QString &selector, const QString &text) {
    click(selector);
    call(QStringLiteral("Input.insertText"), {{"text", text}});
}

QByteArray Chromium::screenshot() {
    const QJsonObject shot = call(QStringLiteral("Page.captureScreenshot"), {{"format", "png"}});
    return QByteArray::fromBase64(shot[QStringLiteral("data")].toString().toLatin1());
}

} // namespace blauwdruk::test
