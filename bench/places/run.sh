#!/usr/bin/env bash
# Lookup latency of the offline gazetteer (shops.Gazetteer): how long reading its tables takes
# (the first time, as the application does, and the median of 7 more reads), the heap they keep,
# and the median, p99 and max of locate, postal code and suggest, each over 200,000 lookups after
# as many to warm up, drawn from the data itself with a fixed seed. No database, no Spring.
# Needs Maven and a JDK 21 or later (JAVA_HOME, else the java on the PATH).
# Argument: the number of lookups of each kind, e.g. `bench/places/run.sh 20000` for a quick look.
set -euo pipefail
cd "$(dirname "$0")"
bin="${JAVA_HOME:+$JAVA_HOME/bin/}"

echo "== Building Otopair's classes and its runtime classpath"
mvn -B -q -f ../../pom.xml -DskipTests compile dependency:build-classpath \
  -Dmdep.outputFile=bench/places/target/classpath.txt -Dmdep.includeScope=runtime
classpath="../../target/classes:$(cat target/classpath.txt)"

echo "== Compiling the benchmark"
mkdir -p target/classes
"${bin}javac" -proc:none -d target/classes -cp "$classpath" src/PlacesBench.java

"${bin}java" -Xmx512m -cp "target/classes:$classpath" com.otopair.shops.PlacesBench "$@" \
  2>&1 | tee target/places.log
