#!/usr/bin/env bash
# Live heap per Vaadin session on the production jar: N customers on the slot picker and M owners
# on the job board, each in a headless Chromium context of its own, measured with jcmd after full
# GCs. Prints (after - before) / N per kind and the classes that grew most per session.
# Builds the production jar (-Pproduction) when there is none or the sources are newer.
# Needs Maven, Chromium (CHROME_BIN, else `chromium` on the PATH) and a JDK 21 or later
# (JAVA_HOME, else the java on the PATH).
# Arguments: customers=30 owners=20 settle=170 idle-check=no, e.g. `bench/memory/run.sh owners=10`.
set -euo pipefail
cd "$(dirname "$0")"
bin="${JAVA_HOME:+$JAVA_HOME/bin/}"
mkdir -p target

jar="$(ls ../../target/otopair-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)"
if [[ -z "$jar" ]] || [[ -n "$(find ../../src ../../pom.xml -newer "$jar" -type f | head -n 1)" ]]; then
  echo "== Building the production jar"
  mvn -B -q -f ../../pom.xml -Pproduction -DskipTests package
  jar="$(ls ../../target/otopair-*.jar | grep -v -- '-plain' | head -n 1)"
else
  echo "== Reusing $jar (built after every change under src/)"
fi
if ! grep -q '"productionMode" *: *true' <(unzip -p "$jar" 'META-INF/VAADIN/config/flow-build-info.json' 2>/dev/null); then
  echo "$jar is not a production build: build it with mvn -Pproduction -DskipTests package" >&2
  exit 1
fi

echo "== Compiling the bench"
mvn -B -q -f ../../pom.xml dependency:build-classpath \
  -Dmdep.outputFile=bench/memory/target/classpath.txt -Dmdep.includeScope=runtime
mkdir -p target/classes
"${bin}javac" -proc:none -d target/classes -cp "$(cat target/classpath.txt)" src/MemoryBench.java

rm -rf target/chrome target/files
"${bin}java" -cp "target/classes:$(cat target/classpath.txt)" MemoryBench jar="$jar" "$@" 2>&1 \
  | tee target/memory.log
