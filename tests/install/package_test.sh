#!/usr/bin/env bash
# package_test.sh BUILD_DIR SOURCE_DIR — the Debian package from this build (cpack, as
# scripts/package.sh makes it), checked without installing it on the machine: its files, its
# control fields (dependencies from the shared libraries, the conffile, the maintainer scripts),
# the systemd units' hardening (`systemd-analyze security --offline`), and the extracted tree
# itself (`dpkg-deb -x`): its tonle, run from /, takes the shipped configuration and serves its
# own assets. Skips (77) without dpkg-deb or curl.
set -euo pipefail
build="${1:?usage: package_test.sh BUILD_DIR SOURCE_DIR}"
src="${2:?usage: package_test.sh BUILD_DIR SOURCE_DIR}"
for need in dpkg-deb cpack curl; do
  command -v "$need" >/dev/null || { echo "SKIPPED: needs $need"; exit 77; }
done
work="$(mktemp -d /tmp/tonle-package-XXXXXX)"
pid=""
cleanup() {
  [[ -n "$pid" ]] && { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }

cpack --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack"; }
deb="$(ls "$work"/out/tonle_*.deb)"
files="$(dpkg-deb -c "$deb" | awk '{print $6}')"
for f in ./usr/bin/tonle ./usr/share/tonle/gazetteer.txt ./usr/share/tonle/static/app.css \
         ./usr/share/tonle/static/app.js ./usr/share/man/man1/tonle.1 ./etc/tonle/tonle.conf \
         ./usr/lib/systemd/system/tonle.service ./usr/lib/systemd/system/tonle-update.service \
         ./usr/lib/systemd/system/tonle-update.timer; do
  grep -qx -- "$f" <<<"$files" || fail "$f is not in the package"
done
depends="$(dpkg-deb -f "$deb" Depends)"
for lib in libxapian30 libicu72 libcpp-httplib0.11 libgumbo1 adduser wamerican; do
  grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib: $depends"
done
dpkg-deb -e "$deb" "$work/control"
grep -qx /etc/tonle/tonle.conf "$work/control/conffiles" || fail "tonle.conf is no conffile"
grep -q "adduser --system" "$work/control/postinst" || fail "postinst makes no system user"

dpkg-deb -x "$deb" "$work/root"
root="$work/root"
# The units' exposure, as systemd rates it (0 best, 10 worst; under 4 is "OK").
if command -v systemd-analyze >/dev/null; then
  for unit in tonle.service tonle-update.service; do
    level="$(cd / && systemd-analyze security --offline=yes "$root/usr/lib/systemd/system/$unit" 2>/dev/null |
             sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\).*/\1/p')"
    echo "$unit exposure $level"
    [[ -n "$level" ]] && awk -v l="$level" 'BEGIN { exit !(l < 4.0) }' || fail "$unit exposure $level (want < 4.0)"
  done
fi

# The extracted tonle, from /, with the shipped configuration pointed at a test index.
cd /
"$root/usr/bin/tonle" index "$src/corpus" --db "$work/index" --quiet >/dev/null || fail "index"
# A port the kernel has just handed out and nobody holds (a random one once met another test's server).
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
sed -e "s|/var/lib/tonle/index|$work/index|" -e "s|^port = .*|port = $port|" "$root/etc/tonle/tonle.conf" >"$work/tonle.conf"
"$root/usr/bin/tonle" --config "$work/tonle.conf" serve --check-config | grep -q "assets $root/usr/share/tonle/static" ||
  fail "the packaged tonle does not take its own assets"
"$root/usr/bin/tonle" --config "$work/tonle.conf" serve --quiet &
pid=$!
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
curl -sf "http://127.0.0.1:$port/static/app.js" >/dev/null || fail "app.js not served"
curl -sf "http://127.0.0.1:$port/api/search?q=rights" | grep -q '"total":[1-9]' || fail "search found nothing"
echo "ok: $(basename "$deb"), $(stat -c %s "$deb") bytes"
