#!/usr/bin/env bash
# Copyright The Kasuhara Authors
# SPDX-License-Identifier: Apache-2.0
# Runs every benchmark once, as docs/benchmarks.md reports them (about 14 minutes on 2 cores).
# Results (text and JMH JSON) go to benchmarks/target/results/. Build first:
#   ./mvnw -q -B -DskipTests package -pl benchmarks -am
set -euo pipefail
cd "$(dirname "$0")/.."
jar=benchmarks/target/benchmarks.jar
out=benchmarks/target/results
mkdir -p "$out"
test -f "$jar" || { echo "missing $jar: run ./mvnw -q -B -DskipTests package -pl benchmarks -am" >&2; exit 1; }

{ echo "nproc: $(nproc)"; grep -m1 'model name' /proc/cpuinfo; java -XX:+PrintCommandLineFlags -version 2>&1 | head -3; echo "before: $(uptime)"; } \
  | tee "$out/machine.txt"
# With 2 benchmark threads on 2 cores the C2 compiler threads get little CPU, so warm up twice as long.
for t in 1 2; do
  java -jar "$jar" AssessBenchmark -t "$t" -f 2 -wi $((5 * t)) -prof gc -foe true -rf json -rff "$out/assess-t$t.json" \
    | tee "$out/assess-t$t.txt"
  echo "after assess -t $t: $(uptime)" | tee -a "$out/machine.txt"
done
java -jar "$jar" TextAnalysisBenchmark -foe true -rf json -rff "$out/text.json" | tee "$out/text.txt"
java -jar "$jar" TextThroughputBenchmark -foe true -rf json -rff "$out/text-throughput.json" | tee "$out/text-throughput.txt"
java -cp "$jar" org.kasuhara.benchmarks.CpuTimePerOperation | tee "$out/cpu-time.txt"
java -cp "$jar" org.kasuhara.benchmarks.DictionaryFootprint | tee "$out/dictionary.txt"
java -jar "$jar" 'ReloadBenchmark|AssessDuringReloadBenchmark' -foe true -rf json -rff "$out/reload.json" \
  | tee "$out/reload.txt"
java -cp "$jar" org.kasuhara.benchmarks.ReloadFootprint 40 | tee "$out/reload-footprint.txt"
java -cp "$jar" org.kasuhara.benchmarks.ColdStartSeries 5 webForm | tee "$out/cold-start.txt"
java -cp "$jar" org.kasuhara.benchmarks.EngineFootprint 10 | tee "$out/footprint.txt"
benchmarks/diff-throughput.sh 100000 1 | tee "$out/diff-1.txt"
benchmarks/diff-throughput.sh 100000 2 | tee "$out/diff-2.txt"
# Call records and the live call monitor (issue 8); the batch with the collector ./kasuhara picks for large inputs.
java -Xmx1g -XX:+UseParallelGC -cp "$jar" org.kasuhara.benchmarks.CallBatchThroughput 10000000 | tee "$out/call-batch.txt"
java -Xmx2g -cp "$jar" org.kasuhara.benchmarks.CallMonitorThroughput 100000 2000000 1000000 | tee "$out/call-monitor.txt"
echo "after: $(uptime)" | tee -a "$out/machine.txt"
