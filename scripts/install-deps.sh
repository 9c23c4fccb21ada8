#!/usr/bin/env bash
# Installs what tonle needs on Debian 12, skipping what is already there.
#   scripts/install-deps.sh          build and run dependencies
#   scripts/install-deps.sh --test   also what the tests need (Chromium, Node.js for playwright-core,
#                                    nginx for tests/reliability/nginx_test.sh)
#   scripts/install-deps.sh --bench  also the benchmark peers (omindex, python3-xapian, wrk,
#                                    Sphinx 2.2 and PyMySQL to drive its searchd over SphinxQL)
set -euo pipefail

packages=(build-essential cmake ninja-build pkg-config libxapian-dev xapian-tools libicu-dev
          libcpp-httplib-dev catch2 nlohmann-json3-dev libcli11-dev libgumbo-dev wamerican)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(chromium fonts-khmeros curl clang libclang-rt-14-dev wrk nginx)
  command -v node >/dev/null 2>&1 || packages+=(nodejs)
  command -v npm >/dev/null 2>&1 || packages+=(npm)
fi

if [[ "${1:-}" == "--bench" ]]; then
  packages+=(xapian-omega apache2 curl python3 python3-xapian wrk time gnuplot-nox
             sphinxsearch python3-pymysql)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if (( ${#missing[@]} )); then
  echo "installing: ${missing[*]}"
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
