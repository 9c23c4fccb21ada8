#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) into build-fuzz/ and runs each for
# SECONDS (default 60). New inputs accumulate in build-fuzz/corpus/<target>/; a crash is saved in
# build-fuzz/crashes/ and fails the script. Prints executions per target.
#   scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DTONLE_FUZZ=ON -DTONLE_BUILD_TESTS=OFF >/dev/null
cmake --build build-fuzz --parallel >/dev/null
mkdir -p build-fuzz/crashes
status=0
for target in analyzer article_parser entities query request_params; do
  work="build-fuzz/corpus/$target"
  mkdir -p "$work"
  seeds=("fuzz/seeds/$target")
  [[ "$target" == "entities" || "$target" == "article_parser" || "$target" == "analyzer" ]] && seeds+=(corpus)
  log="build-fuzz/$target.log"
  if ! "build-fuzz/fuzz/${target}_fuzz" "$work" "${seeds[@]}" -max_total_time="$seconds" \
      -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="build-fuzz/crashes/${target}-" >"$log" 2>&1; then
    echo "fuzz: $target FAILED — see $log and build-fuzz/crashes/"
    tail -30 "$log"
    status=1
    continue
  fi
  runs=$(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  echo "fuzz: $target ok, $runs executions in ${seconds}s, corpus $(ls "$work" | wc -l) inputs"
done
exit $status
