#!/bin/sh
# Network code lives only in live/ (the live session) and library/ (the
# shared library, a PostgreSQL client through libpq), and without a live
# session or a library command the program opens no network
# socket at all: every system call that makes, binds, connects or listens on
# a socket is traced while it starts the window, opens, checks and exports
# a file. A live session, traced the same way, must show its socket: the
# check can see one when there is one.
# Usage: network_only_live.sh BLAUWDRUK SOURCE_DIR
set -eu
binary=$1
source=$2
pattern='QtNetwork|QTcpSocket|QTcpServer|QUdpSocket|QNetworkAccessManager|QSslSocket|QHttpServer|QWebSocket|QNetworkInterface|[^a-z_]socket[(]|getaddrinfo|libpq-fe[.]h|PQconnect|PQexec|PQsendQuery|PQping'

if grep -rnE "$pattern" "$source/app" "$source/model" "$source/views" "$source/export"; then
    echo "FAIL: network code outside live/ and library/ (above)"
    exit 1
fi
grep -rqE "$pattern" "$source/live" || { echo "FAIL: live/ has no network code: pattern out of date"; exit 1; }
grep -rqE "PQconnect" "$source/library" || { echo "FAIL: library/ has no libpq calls: pattern out of date"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work/config"
# LeakSanitizer stops the process with ptrace at exit, which strace holds
# already: in the sanitizer build, leaks are left to the other tests.
export ASAN_OPTIONS="${ASAN_OPTIONS:-}:detect_leaks=0"
trace() {
    strace -f -qq -e trace=socket,bind,connect,listen,accept,accept4 -o "$work/trace" "$@" \
        >/dev/null 2>"$work/stderr" </dev/null || { cat "$work/stderr"; echo "FAIL: $*"; exit 1; }
    # Unix sockets (a display, a session bus) are local; the network is not.
    if grep -E 'AF_INET|AF_PACKET' "$work/trace"; then
        echo "FAIL: a network socket without a live session: $*"
        exit 1
    fi
}
trace "$binary" example -o "$work/v.blauwdruk"
trace "$binary" info "$work/v.blauwdruk"
trace "$binary" check "$work/v.blauwdruk"
trace "$binary" export "$work/v.blauwdruk" -o "$work/poster.pdf" --paper A3
trace "$binary" --screenshot "$work/window.png" "$work/v.blauwdruk"
trace "$binary" --session --screenshot "$work/session.png" "$work/v.blauwdruk"

# The control: a live session, its stdin closed at once, binds and listens.
strace -f -qq -e trace=socket,bind,listen -o "$work/live" \
    "$binary" session serve "$work/v.blauwdruk" --listen 127.0.0.1:0 </dev/null >/dev/null 2>&1
grep -q 'bind(.*AF_INET' "$work/live" && grep -q 'listen(' "$work/live" ||
    { echo "FAIL: the trace did not see the live session's socket"; cat "$work/live"; exit 1; }
echo "network only in live/ and library/, and none opened without a live session"
