#!/bin/sh
# Every string a person sees has its Dutch translation (issue 20, point 1):
# lupdate runs over the whole tree into a copy of the committed .ts, the
# way `cmake --build build --target update_translations` would, and no
# message may be left unfinished. A tr() added without its translation, or
# a translation removed, fails here rather than showing English in a Dutch
# window.
# Usage: check_translations.sh LUPDATE SOURCE_DIR
set -eu
lupdate=$1
source=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for ts in "$source"/resources/translations/*.ts; do
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    (cd "$source" && "$lupdate" -silent -locations none app views model export live library -ts "$copy") \
        || { echo "FAIL: lupdate failed on $ts"; exit 1; }
    unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
    if [ "$unfinished" -ne 0 ]; then
        echo "FAIL: $unfinished message(s) without a translation in $(basename "$ts"):"
        # The source lines of the unfinished messages, for the person fixing it.
        awk '/<source>/ { s = $0 } /type="unfinished"/ { print s }' "$copy" | sed 's/^ *//'
        exit 1
    fi
    messages=$(grep -c '<message' "$copy")
    echo "$(basename "$ts"): $messages messages, all translated"
done
