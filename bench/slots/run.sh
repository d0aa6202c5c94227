#!/usr/bin/env bash
# Times the slot engine with JMH: one shop, 20 mechanics, 60 days, 15-minute steps, 2,000 bookings,
# computing every mechanic's slots and the merged "any mechanic" slots, and prints the median.
# Needs Maven and a JDK 21 or later (JAVA_HOME, else the java on the PATH). The benchmarks build
# from the app's own scheduling sources; the app's `mvn verify` never runs them.
# Arguments go to JMH: `bench/slots/run.sh -wi 1 -i 3` for a quick look.
set -euo pipefail
cd "$(dirname "$0")"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

echo "== Building target/benchmarks.jar"
mvn -B -q package

echo "== Running the benchmarks (sample time, milliseconds per computation)"
"$java" -jar target/benchmarks.jar -f 1 -wi 5 -i 10 "$@" | tee target/jmh.log

echo "== Median of slots() plus anyMechanic(), ms"
grep -E '^SlotEngineBenchmark\.slotsAndAnyMechanic:p0\.50 ' target/jmh.log
