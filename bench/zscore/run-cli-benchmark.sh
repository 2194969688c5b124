#!/bin/sh
# Times `tumbuh-cli zscore` on a 1,000,000-row synthetic file: wall time and
# peak memory from /usr/bin/time -v. The input is generated once, with a
# fixed seed, so anyone can rerun the same measurement.
#   bench/zscore/run-cli-benchmark.sh [BUILD_DIR] [ROWS]
set -eu
build=${1:-build}
rows=${2:-1000000}
dir=${TMPDIR:-/tmp}/tumbuh-zscore-bench
mkdir -p "$dir"
input="$dir/children-$rows.csv"
if [ ! -s "$input" ]; then
  "$build/bench/zscore/tumbuh-gen-zscore-input" --rows "$rows" --seed 1 -o "$input"
fi
ls -l "$input"
# One untimed run warms the page cache, as a second run by a user would.
"$build/src/cli/tumbuh-cli" zscore "$input" -o "$dir/out.csv"
/usr/bin/time -v "$build/src/cli/tumbuh-cli" zscore "$input" -o "$dir/out.csv" 2> "$dir/time.txt"
grep -E 'Elapsed \(wall|Maximum resident|User time|System time|Percent of CPU' "$dir/time.txt"
ls -l "$dir/out.csv"
