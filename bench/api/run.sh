#!/usr/bin/env bash
# Load test of the booking API: 50 concurrent clients find, hold and confirm slots through
# /api/v1 on one busy shop, then the overlaps are counted in SQL (must be 0). Prints bookings per
# second and p50/p95/p99 latencies. Starts Otopair itself on a fresh embedded PostgreSQL and a free
# port, in the same JVM as the clients (so on a 2-core machine they share the cores).
# Needs Maven and a JDK 21 or later (JAVA_HOME, else the java on the PATH).
# Then pgbench (TPC-B, scale 10, as many clients, as long) on a database of its own in the same
# PostgreSQL, and the ratio of API calls per second to pgbench's transactions per second.
# Arguments: clients=50 seconds=60 mechanics=20 pgbench=1 (0 skips it), profile=1 records the run
# with Java Flight Recorder into bench/api/target/load.jfr and prints its hottest frames,
# e.g. `bench/api/run.sh seconds=20 profile=1`.
set -euo pipefail
cd "$(dirname "$0")"
bin="${JAVA_HOME:+$JAVA_HOME/bin/}"

echo "== Building Otopair's classes and its runtime classpath"
mvn -B -q -f ../../pom.xml -DskipTests compile dependency:build-classpath \
  -Dmdep.outputFile=bench/api/target/classpath.txt -Dmdep.includeScope=runtime
classpath="../../target/classes:$(cat target/classpath.txt)"

echo "== Compiling the load test"
mkdir -p target/classes
"${bin}javac" -proc:none -d target/classes -cp "$classpath" src/ApiLoad.java

jfr=()
args=()
for arg in "$@"; do
  if [ "$arg" = profile=1 ]; then
    jfr=(-XX:FlightRecorderOptions=stackdepth=256 -XX:StartFlightRecording=filename="$(pwd)/target/load.jfr",settings=profile,dumponexit=true)
  else
    args+=("$arg")
  fi
done
if ! command -v pgbench >/dev/null && [[ " ${args[*]} " != *" pgbench=0 "* ]]; then
  echo "pgbench is missing: install PostgreSQL's client tools (Debian: the postgresql package), or pass pgbench=0" >&2
  exit 1
fi

# From the project's root, where Vaadin finds the committed frontend bundle.
here="$(pwd)"
cd ../..
"${bin}java" -Xmx2g "${jfr[@]}" -cp "$here/target/classes:target/classes:$(cat "$here/target/classpath.txt")" \
  ApiLoad "${args[@]}" 2>&1 | tee "$here/target/load.log"
if [ ${#jfr[@]} -gt 0 ]; then
  echo "== Hottest methods (JFR execution samples)"
  "${bin}jfr" view --width 160 hot-methods "$here/target/load.jfr" | head -30
fi
