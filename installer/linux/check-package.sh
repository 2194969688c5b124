#!/usr/bin/env bash
# Makes the Debian package from an existing build folder and checks it as a
# user's machine would get it:
#
#   bash installer/linux/check-package.sh BUILD_DIR
#
# cpack -> lintian (no errors; warnings printed) -> desktop-file-validate and
# appstreamcli on the shipped files -> dpkg-deb -x into a temporary root ->
# from that root, with a clean environment and nothing of the build tree:
# tumbuh-cli --version (the CMake version), tumbuh-cli selftest, a demo
# database, and tumbuh --screenshot of the register in Indonesian, equal pixel
# for pixel to the build tree's own screenshot and different from the English
# one (so the installed program found its translations).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build_dir="$(cd "${1:?usage: check-package.sh BUILD_DIR}" && pwd)"
version="$(sed -n 's/^project(Tumbuh VERSION \([0-9][0-9.]*\).*/\1/p' "$here/CMakeLists.txt")"
arch="$(dpkg --print-architecture)"
deb="$build_dir/tumbuh_${version}_${arch}.deb"
fail() { echo "check-package: $*" >&2; exit 1; }

echo "== Package (cpack) in $build_dir"
rm -f "$deb"
(cd "$build_dir" && cpack -G DEB >cpack.log 2>&1) || { cat "$build_dir/cpack.log" >&2; fail "cpack failed"; }
[ -f "$deb" ] || fail "cpack made no $deb"
echo "$deb"
dpkg-deb --field "$deb" Package Version Architecture Depends Recommends

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
root="$tmp/root"
dpkg-deb -x "$deb" "$root"

echo "== What the package holds"
files="$(cd "$root" && find . -type f | sort)"
echo "$files"
bins="$(cd "$root" && find . -path './usr/bin/*' | sort | tr '\n' ' ')"
[ "$bins" = "./usr/bin/tumbuh ./usr/bin/tumbuh-cli " ] || fail "usr/bin should hold tumbuh and tumbuh-cli only, not: $bins"
if echo "$files" | grep -E 'test_|bench_|/tests?/' >/dev/null; then fail "tests or benchmarks are in the package"; fi
dpkg-deb --field "$deb" Depends | grep -q 'libqt6sql6-sqlite' || fail "Depends lacks libqt6sql6-sqlite (Qt's SQLite driver)"
for b in tumbuh tumbuh-cli; do
  if readelf -d "$root/usr/bin/$b" | grep -E 'RPATH|RUNPATH'; then fail "$b carries a run path"; fi
  if ldd "$root/usr/bin/$b" | grep -F -e "$build_dir" -e "not found"; then fail "$b needs a library from the build tree"; fi
done

echo "== lintian (errors fail, warnings shown)"
lintian --fail-on error --display-level ">=warning" "$deb" \
  || fail "lintian found errors"

echo "== desktop-file-validate and appstreamcli (the shipped files)"
desktop-file-validate "$root/usr/share/applications/tumbuh.desktop" || fail "desktop file"
appstreamcli validate --no-net "$root/usr/share/metainfo/id.tumbuh.Tumbuh.metainfo.xml" || fail "metainfo"
# The menu entry starts a program the package has, with an icon it has.
exec_name="$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$root/usr/share/applications/tumbuh.desktop")"
icon_name="$(sed -n 's/^Icon=//p' "$root/usr/share/applications/tumbuh.desktop")"
[ -x "$root/usr/bin/$exec_name" ] || fail "the desktop entry starts '$exec_name', which the package does not have"
for size in 16 32 48 64 128 256; do
  [ -f "$root/usr/share/icons/hicolor/${size}x${size}/apps/$icon_name.png" ] || fail "no ${size}px icon '$icon_name'"
done

echo "== The unpacked programs, run from $root"
work="$tmp/work"
mkdir -p "$work/home"
# A clean environment: nothing points into the build tree, and the settings
# go to a home of their own.
run() {
  (cd "$work" && env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    TUMBUH_PIN=123456 "$@")
}
got="$(run "$root/usr/bin/tumbuh-cli" --version)"
[ "$got" = "tumbuh-cli $version" ] || fail "tumbuh-cli --version says '$got', CMake says $version"
got="$(run "$root/usr/bin/tumbuh" --version)"
[ "$got" = "tumbuh $version" ] || fail "tumbuh --version says '$got', CMake says $version"
echo "tumbuh-cli --version and tumbuh --version: $version"
run "$root/usr/bin/tumbuh-cli" selftest >"$work/selftest.txt" || { cat "$work/selftest.txt"; fail "selftest failed"; }
tail -n 2 "$work/selftest.txt"
run "$root/usr/bin/tumbuh-cli" demo -o "$work/demo.db" --children 60 --months 6 >/dev/null
shot() {
  local program="$1" lang="$2" out="$3"
  run "$program" --db "$work/demo.db" --user admin --page register --lang "$lang" --screenshot "$out"
  [ -s "$out" ] || fail "$program made no screenshot $out"
}
# The first open of a new file reads all of it and says so in the status line
# (store/integrityrecord.h); the compared pictures are of later opens.
shot "$root/usr/bin/tumbuh" id "$work/register-first-open.png"
shot "$root/usr/bin/tumbuh" id "$work/register-installed.png"
shot "$build_dir/src/app/tumbuh" id "$work/register-build.png"
shot "$root/usr/bin/tumbuh" en "$work/register-installed-en.png"
cmp -s "$work/register-installed.png" "$work/register-build.png" \
  || fail "the installed program's register differs from the build tree's (translations or resources missing?)"
if cmp -s "$work/register-installed.png" "$work/register-installed-en.png"; then
  fail "the installed program's register is the same in Indonesian and English: no translation loaded"
fi
echo "The installed tumbuh shows the register in Indonesian, pixel for pixel as the build tree's."
echo "Package checked: $deb"
