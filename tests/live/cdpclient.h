#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QWebSocket>

namespace blauwdruk::test {

// Debian's headless Chromium, driven over the DevTools protocol on
// 127.0.0.1: a phone-sized page, real mouse clicks and typed text, and
// screenshots. The browser is ended when this goes, also when a test fails.
class Chromium {
public:
    // Opens `url` in a 390 x 844 mobile viewport. Fails the test when the
    // browser cannot start (install-deps --tests installs it).
    explicit Chromium(const QString &url);
    ~Chromium();

    // The result of a JavaScript expression in the page.
    QJsonValue evaluate(const QString &expression);
    // Waits until the expression is true; false after `ms`.
    bool waitFor(const QString &expression, int ms = 10'000);
    // A real mouse click in the middle of the element.
    void click(const QString &selector);
    // Focuses the element and types `text` into it as the keyboard would.
    void type(const QString &selector, const QString &text);
    QByteArray screenshot(); // PNG

private:
    QJsonObject call(const QString &method, const QJsonObject &params = {});

    QTemporaryDir mProfile;
    QProcess mProcess;
    QWebSocket mSocket;
    int mNextId = 1;
    QHash<int, QJsonObject> mReplies;
};

} // namespace blauwdruk::test
