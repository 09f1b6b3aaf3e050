#!/bin/bash
# The Debian package: builds it with cpack into a temporary directory and
# checks it with Debian's own tools (dpkg-deb, desktop-file-validate, xmllint,
# update-mime-database, lintian). Installs nothing on the system.
# Usage: check_package.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
source=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "check_package: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$work"/out/blauwdruk_*.deb 2>/dev/null | head -n1)
[ -n "$deb" ] || fail "cpack made no blauwdruk_*.deb"

version=$(sed -n 's/^project(Blauwdruk VERSION \([0-9.]*\).*/\1/p' "$source/CMakeLists.txt")
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = blauwdruk ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', want $version"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture is '$(field Architecture)'"
depends=$(field Depends)
for needed in libc6 libqt6widgets6 libsqlite3 adwaita-icon-theme fonts-dejavu-core qt6-translations-l10n libqt6svg6; do
    grep -q "$needed" <<<"$depends" || fail "Depends lacks $needed: $depends"
done

id=nl.blauwdruk.Blauwdruk
contents=$(dpkg-deb --contents "$deb")
for path in ./usr/bin/blauwdruk ./usr/share/applications/$id.desktop \
    ./usr/share/mime/packages/$id.xml ./usr/share/metainfo/$id.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/$id.svg \
    ./usr/share/icons/hicolor/16x16/apps/$id.png ./usr/share/icons/hicolor/256x256/apps/$id.png; do
    grep -q " $path\$" <<<"$contents" || fail "package lacks $path"
done
# dpkg's file triggers (shared-mime-info, desktop-file-utils, hicolor) refresh
# the caches: the package needs no maintainer scripts.
dpkg-deb --control "$deb" "$work/control"
for script in preinst postinst prerm postrm; do
    [ ! -e "$work/control/$script" ] || fail "unexpected maintainer script $script"
done

dpkg-deb --extract "$deb" "$work/root"
desktop-file-validate "$work/root/usr/share/applications/$id.desktop"
xmllint --noout "$work/root/usr/share/mime/packages/$id.xml"
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$work/root/usr/share/metainfo/$id.metainfo.xml"
fi

# The MIME type resolves, by content and by name, in a private database.
mkdir -p "$work/mime/mime/packages"
cp "$work/root/usr/share/mime/packages/$id.xml" "$work/mime/mime/packages/"
update-mime-database "$work/mime/mime" 2>"$work/mime.log" || { cat "$work/mime.log" >&2; fail "update-mime-database failed"; }
grep -q "application/x-blauwdruk" "$work/mime/mime/globs2" || fail "glob not in the MIME database"
grep -q "application/x-blauwdruk" "$work/mime/mime/magic" || fail "magic not in the MIME database"
"$work/root/usr/bin/blauwdruk" example -o "$work/example.blauwdruk" >/dev/null
python3 - "$work/example.blauwdruk" <<'PY'
import sys
head = open(sys.argv[1], "rb").read(72)
assert head[:16] == b"SQLite format 3\0", "no SQLite header"
assert head[68:72] == bytes.fromhex("4264526b"), "no Blauwdruk application_id at 68"
PY

# lintian: fail on errors. Suppressed, because cpack cannot make it:
#   no-changelog: a Debian changelog belongs to a Debian source package.
#   copyright-not-using-common-license-for-lgpl: the copyright file is the
#     EUPL-1.2 text, whose appendix names the LGPL among the compatible
#     licences; lintian takes that mention for an LGPL licence.
if command -v lintian >/dev/null; then
    lintian --tag-display-limit 0 --fail-on error \
        --suppress-tags no-changelog,copyright-not-using-common-license-for-lgpl "$deb" ||
        fail "lintian found errors"
fi
echo "check_package: $(basename "$deb") ok"
