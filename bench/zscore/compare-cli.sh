#!/bin/sh
# Times two builds of tumbuh-cli on the same 1,000,000-row input in one run,
# so that their figures come from the same machine under the same load:
# wall time (hyperfine's min and median of repeated runs, if hyperfine is
# installed), peak memory (/usr/bin/time -v), and that both outputs are the
# same bytes.
#   bench/zscore/compare-cli.sh BEFORE_CLI AFTER_CLI [BUILD_DIR] [ROWS] [RUNS]
set -eu
before=$1
after=$2
build=${3:-build}
rows=${4:-1000000}
runs=${5:-10}
dir=${TMPDIR:-/tmp}/tumbuh-zscore-bench
mkdir -p "$dir"
input="$dir/children-$rows.csv"
if [ ! -s "$input" ]; then
  "$build/bench/zscore/tumbuh-gen-zscore-input" --rows "$rows" --seed 1 -o "$input"
fi
ls -l "$input"
for cli in "$before" "$after"; do
  "$cli" zscore "$input" -o "$dir/out.csv" # warms the page cache
done
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 1 --runs "$runs" --export-markdown "$dir/hyperfine.md" --export-json "$dir/hyperfine.json" \
    -n before "$before zscore $input -o $dir/out-before.csv" \
    -n after "$after zscore $input -o $dir/out-after.csv"
  cat "$dir/hyperfine.md"
  # hyperfine prints the mean; the median is in its JSON.
  python3 -c 'import json,sys
for r in json.load(open(sys.argv[1]))["results"]:
    print("%s: min %.3f s, median %.3f s, user %.3f s" % (r["command"], r["min"], r["median"], r["user"]))' "$dir/hyperfine.json"
fi
for name in before after; do
  if [ "$name" = before ]; then cli=$before; else cli=$after; fi
  /usr/bin/time -v "$cli" zscore "$input" -o "$dir/out-$name.csv" 2> "$dir/time-$name.txt"
  echo "$name:"
  grep -E 'Elapsed \(wall|Maximum resident|User time|System time' "$dir/time-$name.txt"
done
cmp "$dir/out-before.csv" "$dir/out-after.csv" && echo "outputs identical ($(wc -c < "$dir/out-after.csv") bytes)"
