#!/bin/sh
# "Library: no cluster left running": runs after the library tests (a CTest
# fixture cleanup). Every test cluster stops with its test; one still running
# here was left by a test that was killed or crashed. It is stopped and its
# folder removed, and this test fails so that it is seen.
# Usage: no_cluster_left.sh PGTEST_DIR
set -u
dir=$1
bin=/usr/lib/postgresql/15/bin
left=0
for pidfile in "$dir"/*/data/postmaster.pid; do
    [ -e "$pidfile" ] || continue
    data=$(dirname "$pidfile")
    pid=$(head -n 1 "$pidfile")
    if kill -0 "$pid" 2>/dev/null; then
        echo "FAIL: a test cluster is still running: $data (postmaster $pid)"
        left=1
        if [ "$(id -u)" -eq 0 ]; then
            runuser -u nobody -- "$bin/pg_ctl" stop -m immediate -w -D "$data" >/dev/null 2>&1 ||
                kill -9 "$pid"
        else
            "$bin/pg_ctl" stop -m immediate -w -D "$data" >/dev/null 2>&1 || kill -9 "$pid"
        fi
    fi
    rm -rf "$(dirname "$data")"
done
[ "$left" -eq 0 ] && echo "no test cluster left running"
exit "$left"
