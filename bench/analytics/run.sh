#!/usr/bin/env bash
# Times the analytics pages' queries over a million bookings: starts Otopair with the demo data on
# a fresh embedded PostgreSQL (never the developer's own), adds 1,000,000 bookings over two years with
# their jobs and payments (generate-analytics.sql), and times every analytics query (median and p95
# of 20 calls). Needs Maven and a JDK 21 or later (JAVA_HOME, else the java on the PATH).
# Argument: count=1000000, e.g. `bench/analytics/run.sh count=100000` for a quick look.
set -euo pipefail
cd "$(dirname "$0")"
bin="${JAVA_HOME:+$JAVA_HOME/bin/}"
here="$(pwd)"

echo "== Building Otopair's classes and its runtime classpath"
mvn -B -q -f ../../pom.xml -DskipTests compile dependency:build-classpath \
  -Dmdep.outputFile=bench/analytics/target/classpath.txt -Dmdep.includeScope=runtime
classpath="../../target/classes:$(cat target/classpath.txt)"

echo "== Compiling the benchmark"
mkdir -p target/classes
"${bin}javac" -proc:none -d target/classes -cp "$classpath" src/AnalyticsBench.java

cd ../..
"${bin}java" -Xmx2g -Dbench.dir="$here" \
  -cp "$here/target/classes:target/classes:$(cat "$here/target/classpath.txt")" \
  AnalyticsBench "$@" 2>&1 | tee "$here/target/analytics.log"
