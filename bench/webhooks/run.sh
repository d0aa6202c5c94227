#!/usr/bin/env bash
# Latency of Stripe's webhook endpoint: signed events POSTed by concurrent senders (a fifth of them
# repeated, as Stripe redelivers), timed from request to answer. Prints p50/p95/p99/max and checks
# in SQL that each event was stored exactly once. Starts Otopair itself on a fresh embedded
# PostgreSQL and a free port, in the same JVM as the senders (on a 2-core machine they share the
# cores). Needs Maven and a JDK 21 or later (JAVA_HOME, else the java on the PATH).
# Arguments: senders=10 events=5000, e.g. `bench/webhooks/run.sh events=1000`.
set -euo pipefail
cd "$(dirname "$0")"
bin="${JAVA_HOME:+$JAVA_HOME/bin/}"

echo "== Building Otopair's classes and its runtime classpath"
mvn -B -q -f ../../pom.xml -DskipTests compile dependency:build-classpath \
  -Dmdep.outputFile=bench/webhooks/target/classpath.txt -Dmdep.includeScope=runtime
classpath="../../target/classes:$(cat target/classpath.txt)"

echo "== Compiling the benchmark"
mkdir -p target/classes
"${bin}javac" -proc:none -d target/classes -cp "$classpath" src/WebhookLatency.java

# From the project's root, where Vaadin finds the committed frontend bundle.
here="$(pwd)"
cd ../..
"${bin}java" -Xmx2g -cp "$here/target/classes:target/classes:$(cat "$here/target/classpath.txt")" \
  WebhookLatency "$@" 2>&1 | tee "$here/target/webhooks.log"
