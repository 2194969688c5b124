#!/bin/sh
# Two builds of tumbuh-cli on the same input, their runs interleaved so that
# both meet the same load on a shared machine: for each of RUNS rounds, one
# line per build for writing the output file over the previous one (`file`)
# and for writing to /dev/null (`stdout`): wall, CPU (user + sys) and peak
# RSS, as run-cli-benchmark.sh prints them. Then the load average, and
# whether the two outputs are the same bytes.
#   bench/zscore/compare-runs.sh BEFORE_CLI AFTER_CLI [BUILD_DIR] [ROWS] [RUNS]
set -eu
before=$1
after=$2
build=${3:-build}
rows=${4:-1000000}
runs=${5:-5}
dir=${TMPDIR:-/tmp}/tumbuh-zscore-bench
mkdir -p "$dir"
input="$dir/children-$rows.csv"
if [ ! -s "$input" ]; then
  "$build/bench/zscore/tumbuh-gen-zscore-input" --rows "$rows" --seed 1 -o "$input"
fi
format='%e %U %S %M'
report() {
  awk -v kind="$1" -v name="$2" -v run="$3" '{ printf "%-6s %-6s run %s: wall %.2f s, CPU %.2f s (user %.2f + sys %.2f), peak RSS %.1f MB\n", name, kind, run, $1, $2 + $3, $2, $3, $4 / 1024 }'
}
for cli in "$before" "$after"; do
  "$cli" zscore "$input" -o "$dir/out.csv" # warms the page cache; out.csv exists
done
uptime
i=1
while [ "$i" -le "$runs" ]; do
  for name in before after; do
    if [ "$name" = before ]; then cli=$before; else cli=$after; fi
    /usr/bin/time -f "$format" -o "$dir/run.txt" "$cli" zscore "$input" -o "$dir/out-$name.csv"
    report file "$name" "$i" < "$dir/run.txt"
    /usr/bin/time -f "$format" -o "$dir/run.txt" "$cli" zscore "$input" -o - > /dev/null
    report stdout "$name" "$i" < "$dir/run.txt"
  done
  i=$((i + 1))
done
uptime
cmp "$dir/out-before.csv" "$dir/out-after.csv" && echo "outputs identical ($(wc -c < "$dir/out-after.csv") bytes)"
