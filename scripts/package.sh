#!/usr/bin/env bash
# Builds the Debian package of tonle into build/package/: the binary, its gazetteer, web assets
# and manual page under /usr, /etc/tonle/tonle.conf, and the tonle.service, tonle-update.service
# and tonle-update.timer systemd units (maintainer scripts in deploy/debian/). Dependencies come
# from the binary's shared libraries (dpkg-shlibdeps). Prints the package's path.
#   scripts/package.sh && sudo apt install ./build/package/tonle_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh >&2
# Only what the package holds is built; installing does not wait for the tests and benchmarks.
TARGETS="tonle manpage" scripts/build.sh -DCMAKE_SKIP_INSTALL_ALL_DEPENDENCY=ON >&2
rm -rf build/package
cpack --config build/CPackConfig.cmake -B build/package >&2
ls build/package/*.deb
