#!/usr/bin/env bash
# Times every dashboard tile's and analytics page's query over a million bookings: starts Otopair
# with the demo data on a fresh embedded PostgreSQL (never the developer's own), adds 1,000,000
# bookings over two years with their jobs and payments (generate-analytics.sql), then sessions,
# reviews, CRM interactions, mails and activity (generate-dashboards.sql), and times each query as
# the admin, the busiest shop's owner, one of its mechanics and a customer (median and p95 of 20
# calls; exit code 1 when a median is over 200 ms). Needs Maven and a JDK 21 or later (JAVA_HOME,
# else the java on the PATH).
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
