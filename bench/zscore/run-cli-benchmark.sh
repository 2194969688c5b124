#!/bin/sh
# Times `tumbuh-cli zscore` on a 1,000,000-row synthetic file and prints, for
# each run: wall time, CPU time (user + system) and peak memory, from
# /usr/bin/time. The input is generated once, with a fixed seed, so anyone
# can rerun the same measurement.
#   bench/zscore/run-cli-benchmark.sh [BUILD_DIR] [ROWS] [RUNS]
# Two kinds of run:
#   file:   -o out.csv over the previous output, as a user re-running it
#           (temporary file, fsync, rename over the old 136 MB file);
#   stdout: -o - into /dev/null: the reading, computing and formatting alone,
#           without the disk.
# On a shared machine the wall time is the load's as much as the program's;
# CPU time and the instruction counts (README.md) are not.
set -eu
build=${1:-build}
rows=${2:-1000000}
runs=${3:-3}
dir=${TMPDIR:-/tmp}/tumbuh-zscore-bench
mkdir -p "$dir"
input="$dir/children-$rows.csv"
cli="$build/src/cli/tumbuh-cli"
if [ ! -s "$input" ]; then
  "$build/bench/zscore/tumbuh-gen-zscore-input" --rows "$rows" --seed 1 -o "$input"
fi
ls -l "$input"
# One untimed run warms the page cache, as a second run by a user would.
"$cli" zscore "$input" -o "$dir/out.csv"
/usr/bin/time -v "$cli" zscore "$input" -o "$dir/out.csv" 2> "$dir/time.txt"
grep -E 'Elapsed \(wall|Maximum resident|User time|System time|Percent of CPU' "$dir/time.txt"
ls -l "$dir/out.csv"
format='%e %U %S %M'
report() {
  # wall user sys maxrss(kB) -> one line
  awk -v kind="$1" -v run="$2" '{ printf "%-6s run %s: wall %.2f s, CPU %.2f s (user %.2f + sys %.2f), peak RSS %.1f MB\n", kind, run, $1, $2 + $3, $2, $3, $4 / 1024 }'
}
i=1
while [ "$i" -le "$runs" ]; do
  /usr/bin/time -f "$format" -o "$dir/run.txt" "$cli" zscore "$input" -o "$dir/out.csv"
  report file "$i" < "$dir/run.txt"
  /usr/bin/time -f "$format" -o "$dir/run.txt" "$cli" zscore "$input" -o - > /dev/null
  report stdout "$i" < "$dir/run.txt"
  i=$((i + 1))
done
