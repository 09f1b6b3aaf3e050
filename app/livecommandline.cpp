#include "livecommandline.h"

#include "commandfiles.h"
#include "commandline.h"
#include "commandlookup.h"
#include "commandoptions.h"
#include "commandparser.h"
#include "currentsession.h"
#include "edits.h"
#include "liveserver.h"
#include "terminal.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace blauwdruk {

using namespace cli;

namespace {

const QCommandLineOption kListen("listen",
                                 "The address and port to listen on (port 0: a free one), "
                                 "e.g. 127.0.0.1:0 or [::1]:8080.",
                                 "ADDRESS:PORT");
const QCommandLineOption kQuestion("question", "Open a writing round with this question.", "TEXT");

// SIGTERM is turned into a byte on a pipe, read in the event loop.
int gSignalPipe[2] = {-1, -1};

void onSignal(int) {
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(gSignalPipe[1], &byte, 1);
}

// "127.0.0.1:0", "[::1]:8080"; false when it is not an address and a port.
bool parseListen(const QString &text, QHostAddress *address, quint16 *port) {
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint number = text.mid(colon + 1).toUInt(&ok);
    if (!ok || number > 65535 || !address->setAddress(host))
        return false;
    *port = quint16(number);
    return true;
}

// Scripts read the answers line by line through a pipe: each goes at once.
void line(const QString &text) {
    Terminal::out(text + QLatin1Char('\n'));
    std::fflush(stdout);
}

void answer(const QJsonObject &object) {
    line(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

// One line from stdin: write QUESTION | vote BUDGET CAP QUESTION | close |
// reveal | status. Answers one JSON line on stdout.
void command(LiveSession &live, const QString &line) {
    const QString verb = line.section(QLatin1Char(' '), 0, 0);
    const QString rest = line.section(QLatin1Char(' '), 1).trimmed();
    QString error;
    QString round;
    bool ok = false;
    if (verb == QLatin1String("write")) {
        round = live.openWritingRound(rest, QString(), QString(), &error);
        ok = !round.isEmpty();
    } else if (verb == QLatin1String("vote")) {
        Edits::VoteRoundDraft draft;
        bool budgetOk = false, capOk = false;
        draft.budget = rest.section(QLatin1Char(' '), 0, 0).toInt(&budgetOk);
        draft.cap = rest.section(QLatin1Char(' '), 1, 1).toInt(&capOk);
        draft.title = rest.section(QLatin1Char(' '), 2).trimmed();
        if (!budgetOk || !capOk)
            error = QStringLiteral("usage: vote BUDGET CAP QUESTION");
        else
            round = live.openVoteRound(draft, &error);
        ok = !round.isEmpty();
    } else if (verb == QLatin1String("close")) {
        ok = live.closeRound(&error);
    } else if (verb == QLatin1String("reveal")) {
        ok = live.reveal(&error);
    } else if (verb == QLatin1String("status")) {
        ok = true;
    } else {
        error = QStringLiteral("unknown command \"%1\": write, vote, close, reveal or status")
                    .arg(Terminal::oneLine(verb));
    }
    QJsonObject reply{{QStringLiteral("ok"), ok}};
    if (!ok)
        reply[QStringLiteral("error")] = error;
    reply[QStringLiteral("round")] = round.isEmpty() ? live.currentRound() : round;
    reply[QStringLiteral("participants")] = live.participantCount();
    reply[QStringLiteral("cards")] = live.cardsReceived();
    reply[QStringLiteral("dots")] = live.dotsCast();
    answer(reply);
}

} // namespace

int LiveCommandLine::run(const QStringList &arguments) {
    CommandParser p;
    // `session serve FILE`: the word "serve" is the first positional.
    if (auto done = p.parse(arguments, {kListen, kJourney, kQuestion}, 2,
                            QStringLiteral("session serve FILE --listen ADDRESS:PORT "
                                           "[--journey TITLE|UUID] [--question TEXT]")))
        return *done;
    if (p.positional.first() != QLatin1String("serve"))
        return CommandParser::usage(
            CommandLine::tr("unknown session command \"%1\"; try: session serve FILE --listen "
                            "ADDRESS:PORT")
                .arg(Terminal::oneLine(p.positional.first())));
    const QString path = p.positional.at(1);
    QHostAddress address;
    quint16 port = 0;
    if (!p.parser.isSet(kListen))
        return CommandParser::usage(CommandLine::tr("name the address to listen on: --listen "
                                                    "ADDRESS:PORT (e.g. 127.0.0.1:0)"));
    if (!parseListen(p.parser.value(kListen), &address, &port))
        return CommandParser::usage(
            CommandLine::tr("--listen wants an IP address and a port, as 127.0.0.1:0 or "
                            "[::1]:8080, not \"%1\"")
                .arg(Terminal::oneLine(p.parser.value(kListen))));
    QString error;
    std::unique_ptr<Document> document = CommandFiles::openForWriting(path, &error);
    if (!document)
        return CommandLine::fail(path, error);
    // Without --journey the first journey, the one the window opens on: a
    // session is often started in a hurry, on the example.
    const Workspace &ws = document->workspace();
    const Journey *journey = nullptr;
    if (p.parser.isSet(kJourney))
        journey = CommandLookup::journey(ws, p.parser.value(kJourney), &error);
    else if (!ws.journeys.empty())
        journey = ws.orderedJourneys().front();
    else
        error = CommandLine::tr("has no journey to run a session on");
    if (!journey)
        return CommandLine::fail(path, error);
    const QString session = CurrentSession::ensure(*document, journey->id, &error);
    if (session.isEmpty())
        return CommandLine::fail(path, error);
    LiveSession live(*document, session);
    if (p.parser.isSet(kQuestion) &&
        live.openWritingRound(p.parser.value(kQuestion), QString(), QString(), &error).isEmpty())
        return CommandLine::fail(path, error);
    LiveServer server(live);
    if (!server.listen(address, port, &error))
        return CommandLine::fail(p.parser.value(kListen), error);
    line(server.participantUrl());

    // The end: SIGTERM, or stdin closed.
    if (::pipe(gSignalPipe) != 0)
        return CommandLine::fail(path, CommandLine::tr("cannot watch for signals"));
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    QSocketNotifier signalled(gSignalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalled, &QSocketNotifier::activated, qApp, &QCoreApplication::quit);
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray pending;
    QObject::connect(&input, &QSocketNotifier::activated, qApp, [&] {
        char buffer[4096];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) { // closed (or gone): the session ends
            input.setEnabled(false);
            QCoreApplication::quit();
            return;
        }
        pending.append(buffer, n);
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(newline)).trimmed();
            pending.remove(0, newline + 1);
            if (!line.isEmpty())
                command(live, line);
        }
        if (pending.size() > 64 * 1024) // no line is that long
            pending.clear();
    });
    QCoreApplication::exec();

    std::signal(SIGTERM, SIG_DFL);
    std::signal(SIGINT, SIG_DFL);
    live.closeOpenRounds();
    Edits(*document).endSession(session);
    ::close(gSignalPipe[0]);
    ::close(gSignalPipe[1]);
    return CommandLine::Success;
}

} // namespace blauwdruk
