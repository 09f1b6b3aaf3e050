// The participant's page in a real browser (Debian's headless Chromium)
// against a running live session on 127.0.0.1: joining, writing a card and
// casting a dot through the page, and the results once revealed, at a
// phone's 390 x 844. The screenshots go to BLAUWDRUK_SCREENSHOT_DIR when set
// (the user guide's pictures are made this way).
#include "cdpclient.h"
#include "livetestsupport.h"

#include "sessionrules.h"

#include <QDir>
#include <QImage>

using namespace blauwdruk;

namespace {

void keep(test::Chromium &browser, const QString &name) {
    const QByteArray png = browser.screenshot();
    const QImage image = QImage::fromData(png, "PNG");
    REQUIRE(!image.isNull());
    // 390 x 844 CSS pixels at a phone's device pixel ratio of 2.
    CHECK(image.width() == 780);
    CHECK(image.height() == 1688);
    const QString dir = qEnvironmentVariable("BLAUWDRUK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        test::writeFile(QDir(dir).filePath(name), png);
}

} // namespace

TEST_CASE("Live session: a phone joins, writes a card and casts a dot through the page") {
    test::LiveExample room;
    test::Chromium phone(QStringLiteral("http://127.0.0.1:%1%2").arg(room.port).arg(room.base));
    REQUIRE(phone.waitFor(QStringLiteral("!!document.querySelector('#label') && "
                                         "document.documentElement.lang === 'nl'")));
    CHECK(phone.evaluate(QStringLiteral("document.querySelector('#main').hidden")).toBool());
    keep(phone, QStringLiteral("live-join.png"));
    phone.type(QStringLiteral("#label"), QStringLiteral("Anna"));
    phone.click(QStringLiteral("#join-button"));
    REQUIRE(phone.waitFor(QStringLiteral("!document.querySelector('#main').hidden")));
    REQUIRE(room.live->participantCount() == 1);

    // The facilitator opens a writing round: the phone hears of it.
    room.openWritingRound(QStringLiteral("Welke knelpunten ervaart Samira bij het aanvragen?"));
    REQUIRE(phone.waitFor(QStringLiteral("!document.querySelector('#write').hidden")));
    CHECK(phone.evaluate(QStringLiteral("document.querySelector('#question').textContent"))
              .toString() == "Welke knelpunten ervaart Samira bij het aanvragen?");
    phone.type(QStringLiteral("#card-text"), QStringLiteral("Ik weet niet welke papieren ik moet "
                                                            "meesturen"));
    phone.evaluate(QStringLiteral("window.scrollTo(0, 0)"));
    keep(phone, QStringLiteral("live-write.png"));
    phone.click(QStringLiteral("#send-card"));
    REQUIRE(QTest::qWaitFor([&] { return room.live->cardsReceived() == 1; }, 10'000));
    REQUIRE(phone.waitFor(QStringLiteral("document.querySelectorAll('#mine li').length === 1")));

    // A vote round: one dot through the page's plus button.
    const QString round = room.openVoteRound(5, 3);
    REQUIRE(
        phone.waitFor(QStringLiteral("!document.querySelector('#vote').hidden && "
                                     "document.querySelectorAll('#vote-cards li').length > 0")));
    const QString card =
        phone.evaluate(QStringLiteral("document.querySelector('#vote-cards li').dataset.card"))
            .toString();
    phone.click(QStringLiteral("#vote-cards li button.plus"));
    phone.click(QStringLiteral("#vote-cards li button.plus"));
    const Workspace &ws = room.document().workspace();
    REQUIRE(
        QTest::qWaitFor([&] { return SessionRules::totals(ws, round).value(card) == 2; }, 10'000));
    REQUIRE(phone.waitFor(
        QStringLiteral("document.querySelector('#dots-left').textContent.includes('3')")));
    keep(phone, QStringLiteral("live-vote.png"));

    // Results only once revealed.
    CHECK(phone.evaluate(QStringLiteral("document.querySelector('#results').hidden")).toBool());
    QString error;
    REQUIRE(room.live->reveal(&error));
    REQUIRE(phone.waitFor(QStringLiteral("!document.querySelector('#results').hidden && "
                                         "document.querySelectorAll('#result-list li').length "
                                         "=== 1")));
    phone.evaluate(QStringLiteral("document.querySelector('#results').scrollIntoView()"));
    keep(phone, QStringLiteral("live-results.png"));
    // The page broke no rule of the Content-Security-Policy on the way.
    CHECK(phone.evaluate(QStringLiteral("window.__cspViolations")).toInt(-1) == 0);
}
