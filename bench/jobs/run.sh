#!/usr/bin/env bash
# Times the admin Jobs grid over a million jobs: starts Otopair with the demo data on a fresh
# embedded PostgreSQL (never the developer's own), adds 1,000,000 jobs with generate-jobs.sql and
# times the grid's first page for every filter and order (median and p95 of 30 calls).
# Needs Maven and a JDK 21 or later (JAVA_HOME, else the java on the PATH).
# Argument: count=1000000, e.g. `bench/jobs/run.sh count=100000` for a quick look.
set -euo pipefail
cd "$(dirname "$0")"
bin="${JAVA_HOME:+$JAVA_HOME/bin/}"
here="$(pwd)"

echo "== Building Otopair's classes and its runtime classpath"
mvn -B -q -f ../../pom.xml -DskipTests compile dependency:build-classpath \
  -Dmdep.outputFile=bench/jobs/target/classpath.txt -Dmdep.includeScope=runtime
classpath="../../target/classes:$(cat target/classpath.txt)"

echo "== Compiling the benchmark"
mkdir -p target/classes
"${bin}javac" -proc:none -d target/classes -cp "$classpath" src/JobsGrid.java

cd ../..
"${bin}java" -Xmx2g -Dbench.dir="$here" \
  -cp "$here/target/classes:target/classes:$(cat "$here/target/classpath.txt")" \
  JobsGrid "$@" 2>&1 | tee "$here/target/jobs-grid.log"
