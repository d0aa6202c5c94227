#!/usr/bin/env bash
# Load test of the booking API: 50 concurrent clients find, hold and confirm slots through
# /api/v1 on one busy shop, then the overlaps are counted in SQL (must be 0). Prints bookings per
# second and p50/p95/p99 latencies. Starts Otopair itself on a fresh embedded PostgreSQL and a free
# port, in the same JVM as the clients (so on a 2-core machine they share the cores).
# Needs Maven and a JDK 21 or later (JAVA_HOME, else the java on the PATH).
# Arguments: clients=50 seconds=60 mechanics=20, e.g. `bench/api/run.sh seconds=20`.
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

# From the project's root, where Vaadin finds the committed frontend bundle.
here="$(pwd)"
cd ../..
"${bin}java" -Xmx2g -cp "$here/target/classes:target/classes:$(cat "$here/target/classpath.txt")" \
  ApiLoad "$@" 2>&1 | tee "$here/target/load.log"
