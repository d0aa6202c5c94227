#!/usr/bin/env bash
# Chat delivery latency of live sessions: 200 sessions, the customer's and the mechanic's session
# pages open as real Vaadin UIs (Karibu's mock servlet: no browser, no network), exchanging
# messages; each timed from the sender's submit to the end of the UI.access in which the other
# side's chat shows it. Prints p50/p95/p99/max, first with both sides on one node, then with the
# mechanics' pages in a second JVM on the same embedded PostgreSQL (every message relayed by
# LISTEN/NOTIFY). Starts everything itself on a fresh embedded database. Needs Maven and a JDK 21
# or later (JAVA_HOME, else the java on the PATH).
# Arguments go to both runs: sessions=200 rounds=10 every=2000, e.g. `bench/chat/run.sh sessions=50`.
# Then the delay people see: 3 claimed sessions with both pages in their own headless Chromium
# (ChatDelayBench, through the browser journeys' set-up), 20 messages each, timed in the browsers.
# CHAT_BROWSER=0 skips that step.
set -euo pipefail
cd "$(dirname "$0")"
bin="${JAVA_HOME:+$JAVA_HOME/bin/}"

echo "== Building Otopair's classes, its test support (Karibu) and the test classpath"
mvn -B -q -f ../../pom.xml -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=bench/chat/target/classpath.txt -Dmdep.includeScope=test
classpath="../../target/classes:../../target/test-classes:$(cat target/classpath.txt)"

echo "== Compiling the benchmark"
mkdir -p target/classes
"${bin}javac" -proc:none -d target/classes -cp "$classpath" src/ChatBench.java

# From the project's root, where Vaadin finds the committed frontend bundle.
here="$(pwd)"
cd ../..
cp="$here/target/classes:target/classes:target/test-classes:$(cat "$here/target/classpath.txt")"
for nodes in 1 2; do
  "${bin}java" -Xmx2g -cp "$cp" ChatBench nodes=$nodes "$@" 2>&1 | tee "$here/target/chat-$nodes.log" \
    | grep -E '^(==|Exception|Caused by)'
done

if [[ "${CHAT_BROWSER:-1}" != 0 ]]; then
  echo "== Chromium check (starts Otopair and headless Chromium)"
  mvn -B -q -Pbrowser -DskipUnitTests=true verify -Dit.test=ChatDelayBench \
    > "$here/target/chat-browser.log" 2>&1 || { tail -40 "$here/target/chat-browser.log"; exit 1; }
  cat target/chat-browser.txt
fi
