#!/usr/bin/env bash
# Runs every benchmark of benchmarks/README.md, Tonearm and the official client one after the
# other on this machine, and prints the report (also written to the results directory).
#
#   benchmarks/run-all.sh                # from the repository root; about 9 minutes on 2 cores
#   RESULTS=/tmp/run benchmarks/run-all.sh
#
# Nothing else heavy should run meanwhile: the benchmarks run one at a time and use both cores.
set -euo pipefail
cd "$(dirname "$0")/.."

RESULTS=${RESULTS:-benchmarks/target/results/$(date -u +%Y%m%d-%H%M%S)}
mkdir -p "$RESULTS"
TONEARM=benchmarks/target/benchmarks.jar
OFFICIAL=benchmarks/official-client/target/official-benchmarks.jar
# Every benchmark JVM but the memory ones gets a fixed 1 GiB heap, so that the collector does not
# resize the heap in the middle of the short runs (it made single runs of either client up to 4x
# slower). JMH: 2 forks, 4 warm-up and 4 measured iterations of 0.5 s, allocation per operation.
HEAP=(-Xms1g -Xmx1g)
JMH=(-f 2 -wi 4 -w 500ms -i 4 -r 500ms -prof gc -rf json -jvmArgs "${HEAP[*]}")
E2E=(200000 3 5)  # frames per run, warm-up runs, measured runs
REST=(0.5 5)      # seconds per run, measured runs per contender, command and concurrency
MEMORY_HEAP=-Xmx6g

# Each step notes the load average, which shows whether other work shared the machine.
step() {
  printf '\n== %s (%s, load %s)\n' "$1" "$(date -u +%H:%M:%S)" "$(cut -d' ' -f1-3 /proc/loadavg)"
  printf '%s\t%s\n' "$1" "$(cut -d' ' -f1-3 /proc/loadavg)" >> "$RESULTS/load.tsv"
}

step "build: benchmark jars and the runtime class paths of core, tonearm-jda and the official client"
mvn -B -q package -DskipTests -pl benchmarks,benchmarks/official-client,jda-integration -am \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -DincludeScope=runtime -Dmdep.outputFile=target/runtime-classpath.txt

step "1. inbound pipeline per frame (JMH)"
java -jar "$TONEARM" 'InboundBenchmark\.(tonearm|gsonStreaming)$' -p metrics=off "${JMH[@]}" \
  -rff "$RESULTS/inbound-tonearm.json"
java -jar "$OFFICIAL" 'OfficialInboundBenchmark\.(official|kotlinxDecode)$' "${JMH[@]}" \
  -rff "$RESULTS/inbound-official.json"

step "5. event throughput end to end"
java "${HEAP[@]}" -Dresults="$RESULTS" -cp "$TONEARM" dev.tonearm.benchmarks.EndToEndBenchmark "${E2E[@]}"
java "${HEAP[@]}" -Dresults="$RESULTS" -cp "$OFFICIAL" \
  dev.tonearm.benchmarks.official.OfficialEndToEndBenchmark "${E2E[@]}"

step "3. REST commands against the testkit (its own JVM)"
rest() {
  local address="$RESULTS/testkit.address"
  rm -f "$address"
  java -Xms2g -Xmx2g -cp "$TONEARM" dev.tonearm.benchmarks.TestkitServer "$address" &
  local server=$!
  while [ ! -s "$address" ]; do
    kill -0 "$server" 2>/dev/null || { echo "the testkit node did not start" >&2; exit 1; }
    sleep 0.2
  done
  # shellcheck disable=SC2046
  java "${HEAP[@]}" -Dresults="$RESULTS" -cp "$1" "$2" $(cat "$address") "${REST[@]}"
  kill "$server"
  wait "$server" 2>/dev/null || true
}
rest "$TONEARM" dev.tonearm.benchmarks.RestBenchmark
rest "$OFFICIAL" dev.tonearm.benchmarks.official.OfficialRestBenchmark

step "2. memory per player ($MEMORY_HEAP)"
memory() {
  java "$MEMORY_HEAP" -Dresults="$RESULTS" -cp "$TONEARM" dev.tonearm.benchmarks.MemoryBenchmark "$@"
  java "$MEMORY_HEAP" -Dresults="$RESULTS" -cp "$OFFICIAL" dev.tonearm.benchmarks.official.OfficialMemoryBenchmark "$@"
}
memory idle 10000 3
memory idle 100000 2
memory playing100Shared 10000 3
memory playing100Shared 100000 1
memory playing100Distinct 10000 2

step "6. the cost of tonearm-micrometer's meters: inbound per frame and end to end, off and on"
java -jar "$TONEARM" 'InboundBenchmark\.tonearm$' -p metrics=off,on "${JMH[@]}" \
  -rff "$RESULTS/inbound-metrics.json"
java "${HEAP[@]}" -Dresults="$RESULTS" -cp "$TONEARM" dev.tonearm.benchmarks.EndToEndBenchmark \
  "${E2E[@]}" metrics

step "4. footprint and report"
java -De2e.frames="${E2E[0]}" -cp "$TONEARM" dev.tonearm.benchmarks.Report . "$RESULTS" \
  | tee "$RESULTS/summary.md"
echo
echo "Results in $RESULTS"
