#!/usr/bin/env bash
# Copyright The Kasuhara Authors
# SPDX-License-Identifier: Apache-2.0
# How fast `kasuhara rules diff` compares a long history: N cases (100,000 by default) made from the example
# history, the default rules against a 45-minute confinement threshold, through the real CLI (./kasuhara).
# Usage: benchmarks/diff-throughput.sh [CASES] [THREADS]
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-100000}
threads=${2:-$(nproc)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

./kasuhara rules init --lang en "$work/old" >/dev/null
./kasuhara rules init --lang en "$work/new" >/dev/null
sed -i 's/confinementMinutes: 60/confinementMinutes: 45/' "$work/new/policy.yaml"
awk -v n="$cases" '{ lines[NR] = $0 } END {
  for (i = 0; i < n; i++) { line = lines[i % NR + 1]; sub(/"HX-2026-[0-9]+"/, sprintf("\"BX-%06d\"", i), line); print line }
}' examples/cases/history.jsonl > "$work/history.jsonl"

echo "$(uptime)"
start=$(date +%s.%N)
./kasuhara rules diff --json --no-progress --threads "$threads" "$work/old" "$work/new" "$work/history.jsonl" \
  > "$work/report.json"
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" -v n="$cases" -v t="$threads" -v mb="$(($(stat -c %s "$work/history.jsonl") >> 20))" \
  'BEGIN { printf "rules diff: %d cases (%d MB) on %d thread(s) in %.1f s: %.0f cases/s, both rule sets compiled included\n", n, mb, t, e - s, n / (e - s) }'
