#!/usr/bin/env bash
# archive_layout.sh TONLE OFFTOPIC_DIR [WORK_DIR] — the archive layouts that used to lose articles,
# measured on real wire copy (bench/make_offtopic.py writes OFFTOPIC_DIR from Reuters-21578):
#   1. BBC News's own layout: five topic folders that each hold 001.txt ... 445.txt (2,225 files);
#   2. --update after moving one file to another folder;
#   3. --update after renaming a whole 445-file folder;
#   4. a file name in Latin-1 bytes and one with a tab, plus one Windows-1252 file.
# Prints, for each step, the files on disk, the articles the index holds, the ids found by
# searching each file's marker word, and tonle's exit code. Every step should keep every file.
set -euo pipefail
tonle="${1:?usage: archive_layout.sh TONLE OFFTOPIC_DIR [WORK_DIR]}"
source_dir="${2:?usage: archive_layout.sh TONLE OFFTOPIC_DIR [WORK_DIR]}"
work="${3:-$(mktemp -d /tmp/tonle-layout-XXXXXX)}"
in="$work/bbc"
db="$work/db"
rm -rf "$in" "$db"

mapfile -t sources < <(find "$source_dir" -name '*.txt' | sort | head -2225)
[[ ${#sources[@]} -eq 2225 ]] || { echo "need 2,225 .txt files under $source_dir"; exit 2; }
topics=(business entertainment politics sport tech)
n=0
for t in "${topics[@]}"; do
  mkdir -p "$in/$t"
  for i in $(seq 1 445); do
    # Each copy gets a marker word of its own, so a search proves the article is there.
    { cat "${sources[$n]}"; printf '\n\nMarker zzmark%d.\n' "$n"; } > "$in/$t/$(printf %03d "$i").txt"
    n=$((n + 1))
  done
done

report() {  # STEP EXIT
  local files articles
  files=$(find "$in" -type f | wc -l)
  articles=$("$tonle" stats --db "$db" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["articles"])')
  printf '%-34s files %5d  articles %5d  exit %s\n' "$1" "$files" "$articles" "$2"
}

set +e
"$tonle" index "$in" --db "$db" --quiet > "$work/1.log" 2>&1; code=$?
report "1 five folders, same names" "$code"
missing=0
for k in 0 444 445 1000 2224; do
  hits=$("$tonle" search --db "$db" "zzmark$k" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
  [[ "$hits" == 1 ]] || missing=$((missing + 1))
done
echo "  marker searches that found their one article: $((5 - missing)) of 5"

mv "$in/sport/001.txt" "$in/business/900.txt"
"$tonle" index "$in" --db "$db" --update > "$work/2.log" 2>&1; code=$?
report "2 --update after moving one file" "$code"
grep -E "^indexed|moved" "$work/2.log" | tail -1 | sed 's/^/  /'

mv "$in/tech" "$in/technology"
"$tonle" index "$in" --db "$db" --update > "$work/3.log" 2>&1; code=$?
report "3 --update after renaming a folder" "$code"
grep -E "^indexed|moved" "$work/3.log" | tail -1 | sed 's/^/  /'

printf 'Caf\xe9 owners report\nThe owners said trade was slow.\n' > "$in/business/caf$(printf '\xe9')-report.txt"
printf 'Tab headline\nBody.\n' > "$in/business/tab$(printf '\t')name.txt"
printf 'Minister\x92s caf\xe9 visit\nThe minister said \x93it is open\x94.\n' > "$in/business/legacy-1252.txt"
"$tonle" index "$in" --db "$db" --update > "$work/4.log" 2>&1; code=$?
report "4 Latin-1 and tab names, cp1252" "$code"
grep -E "note|skipped" "$work/4.log" | sed 's/^/  /'
"$tonle" article --db "$db" 'business/caf%E9-report' | head -1 | sed 's/^/  business\/caf%E9-report: /'
"$tonle" index "$in" --db "$db" > "$work/5.log" 2>&1; code=$?
report "5 full rebuild of the same tree" "$code"
echo "logs and index: $work"
