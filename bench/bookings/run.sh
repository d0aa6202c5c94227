#!/usr/bin/env bash
# Times the first page of the admin bookings console (and of GET /api/v1/ops/bookings, the same
# query) for every filter and every order over a million bookings: starts Otopair with the demo data
# on a fresh embedded PostgreSQL (never the developer's own), adds 50,000 customers
# (generate-customers.sql) and 1,000,000 past bookings over two years with their jobs and payments (../analytics/generate-analytics.sql) and a month of confirmed
# bookings to come for every mechanic (generate-upcoming.sql), then calls AdminBookings.search as
# the admin: median and p95 of 20 calls after 3 warm-ups; exit code 1 when a median is over 150 ms.
# Needs Maven and a JDK 21 or later (JAVA_HOME, else the java on the PATH).
# Arguments: count=1000000 (e.g. count=100000 for a quick look); hold=600 keeps the database open
# that many seconds before timing (its address is printed), to read query plans with psql.
set -euo pipefail
cd "$(dirname "$0")"
bin="${JAVA_HOME:+$JAVA_HOME/bin/}"
here="$(pwd)"

echo "== Building Otopair's classes and its runtime classpath"
mvn -B -q -f ../../pom.xml -DskipTests compile dependency:build-classpath \
  -Dmdep.outputFile=bench/bookings/target/classpath.txt -Dmdep.includeScope=runtime
classpath="../../target/classes:$(cat target/classpath.txt)"

echo "== Compiling the benchmark"
mkdir -p target/classes
"${bin}javac" -proc:none -d target/classes -cp "$classpath" src/ConsoleBench.java

cd ../..
"${bin}java" -Xmx2g -Dbench.dir="$here" \
  -cp "$here/target/classes:target/classes:$(cat "$here/target/classpath.txt")" \
  ConsoleBench "$@" 2>&1 | tee "$here/target/console.log"
