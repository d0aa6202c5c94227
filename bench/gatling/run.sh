#!/usr/bin/env bash
# Load test of real Vaadin users with Gatling: customers finding and booking, owners working the
# job board, thinking 2-5 s between steps, against one Otopair node (the production jar on a fresh
# embedded PostgreSQL with the demo data, a free port on 127.0.0.1). Prints Gatling's summary, the
# response times per step at full load (p50/p95/p99, errors), the CPU of the app's JVM, of
# PostgreSQL, of Gatling and of everything else on the machine in that window, the app's heap and
# GC, and the hottest frames of a Java Flight Recorder profile of the app taken in that window.
# Builds the production jar (-Pproduction) when there is none or the sources are newer.
# Needs Maven and a JDK 21 or later (JAVA_HOME, else the java on the PATH).
# Arguments: users=100 ramp=60 seconds=120 owners=10 (% of users) book=30 (% of customer visits
# that hold and confirm a slot) profile=1 (0: no JFR), e.g. `bench/gatling/run.sh users=600 ramp=120`.
set -euo pipefail
cd "$(dirname "$0")"
here="$(pwd)"
bin="${JAVA_HOME:+$JAVA_HOME/bin/}"

users=100 ramp=60 seconds=120 owners=10 book=30 profile=1
for arg in "$@"; do
  case "$arg" in
    users=* | ramp=* | seconds=* | owners=* | book=* | profile=*) declare "$arg" ;;
    *) echo "Unknown argument: $arg (users= ramp= seconds= owners= book= profile=)" >&2; exit 2 ;;
  esac
done

rm -rf target/files target/db target/app.jfr target/window.txt target/cpu.tsv target/steps.txt
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

echo "== Compiling the simulation"
mvn -B -q test-compile

# A port nobody listens on, on loopback.
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
}

app_pid="" sampler_pid="" profiler_pid=""
stop() {
  for pid in $profiler_pid $sampler_pid; do
    kill "$pid" 2>/dev/null || true
  done
  if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" 2>/dev/null || true # graceful: the app stops its embedded PostgreSQL
    for _ in $(seq 60); do
      kill -0 "$app_pid" 2>/dev/null || break
      sleep 1
    done
    kill -9 "$app_pid" 2>/dev/null || true
  fi
}
trap stop EXIT

load() { cut -d' ' -f1-3 /proc/loadavg; }

port="$(free_port)"
# A fresh durable database (fsync and synchronous commits on), as a kept one runs.
echo "== Starting the production jar on port $port (a fresh embedded PostgreSQL); load average $(load)"
"${bin}java" -Xmx2g -jar "$jar" \
  --server.port="$port" --server.address=127.0.0.1 \
  --otopair.embedded-postgres.data-directory="$here/target/db" --otopair.embedded-postgres.port=0 \
  --otopair.files.directory="$here/target/files" --spring.main.banner-mode=off \
  >target/app.log 2>&1 &
app_pid=$!
for _ in $(seq 600); do
  grep -q 'Demo data loaded;' target/app.log && break
  kill -0 "$app_pid" 2>/dev/null || { echo "The application stopped; see $here/target/app.log" >&2; exit 1; }
  sleep 1
done
grep -q 'Demo data loaded;' target/app.log || { echo "The application did not start in 10 minutes" >&2; exit 1; }
postgres="$(head -n 1 target/db/postmaster.pid)"
echo "   started, pid $app_pid (PostgreSQL $postgres); demo data loaded"

# Every process under a pid (itself included).
tree() {
  local pid=$1
  echo "$pid"
  for child in $(ps -o pid= --ppid "$pid" 2>/dev/null); do
    tree "$child"
  done
}
# CPU ticks (user + system) of some processes, from /proc.
ticks() {
  local sum=0 pid
  for pid in "$@"; do
    [[ -r /proc/$pid/stat ]] || continue
    sum=$((sum + $(sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null | awk '{print $12 + $13}' || echo 0)))
  done
  echo "$sum"
}
# Every 2 s: epoch ms, then CPU ticks of the app's JVM, of PostgreSQL (its postmaster and the
# backends under it), of Gatling and Maven (this script's other children), and of the whole
# machine (busy, all cores).
sample() {
  while :; do
    local pg=() gatling=()
    mapfile -t pg < <(tree "$postgres")
    mapfile -t gatling < <(for c in $(ps -o pid= --ppid $$); do
      [[ "$c" != "$app_pid" && "$c" != "$BASHPID" ]] && tree "$c"; done)
    local busy
    busy=$(awk '/^cpu /{print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat)
    echo "$(date +%s%3N) $(ticks "$app_pid") $(ticks "${pg[@]}") $(ticks "${gatling[@]}") $busy"
    sleep 2
  done >target/cpu.tsv
}
sample &
sampler_pid=$!

# Profile the app during the measured window, once the simulation has said when it is.
profile_window() {
  while [[ ! -s target/window.txt ]]; do sleep 1; done
  read -r start end <target/window.txt
  sleep $(((start - $(date +%s%3N)) / 1000 > 0 ? (start - $(date +%s%3N)) / 1000 : 0))
  echo "   (full load: load average $(load))"
  "${bin}jcmd" "$app_pid" GC.heap_info >target/heap-start.txt 2>&1 || true
  if [[ "$profile" == 1 ]]; then
    "${bin}jcmd" "$app_pid" JFR.start name=load settings=profile \
      duration="$(((end - start) / 1000))s" filename="$here/target/app.jfr" >/dev/null
  fi
  sleep $(((end - start) / 1000 - 5))
  "${bin}jcmd" "$app_pid" GC.heap_info >target/heap-end.txt 2>&1 || true
  echo "   (end of full load: load average $(load))"
}
profile_window &
profiler_pid=$!

echo "== Gatling: $users users ($owners % owners), ramp $ramp s, then $seconds s at full load"
mvn -B gatling:test -Dbase="http://127.0.0.1:$port" -Dusers="$users" -Downers="$owners" \
  -Dramp="$ramp" -Dseconds="$seconds" -Dbook="$book" 2>&1 \
  | grep -v -e '^\[INFO\]' -e '^[0-9:,]* |-' -e '^WARNING' | tee target/gatling.log
wait "$profiler_pid" 2>/dev/null || true
profiler_pid=""

echo "== CPU in the measured window (100 % = one core of $(nproc))"
read -r start end <target/window.txt
hz=$(getconf CLK_TCK)
awk -v start="$start" -v end="$end" -v hz="$hz" -v cores="$(nproc)" '
  $1 >= start && !first { first = $0 }
  $1 <= end { last = $0 }
  END {
    split(first, a); split(last, b); s = (b[1] - a[1]) / 1000
    if (s <= 0) { print "   (no samples in the window)"; exit }
    app = (b[2] - a[2]) / hz / s * 100; pg = (b[3] - a[3]) / hz / s * 100
    gat = (b[4] - a[4]) / hz / s * 100; all = (b[5] - a[5]) / hz / s * 100
    printf "   app JVM %.0f %%, PostgreSQL %.0f %%, Gatling %.0f %%, everything else %.0f %% (machine busy %.0f %% of %d00 %%, over %.0f s)\n",
      app, pg, gat, all - app - pg - gat, all, cores, s
  }' target/cpu.tsv | tee target/cpu.txt

echo "== The app's heap (jcmd GC.heap_info) at the start and the end of full load"
grep -h -i -E 'garbage-first heap|total|used' target/heap-start.txt target/heap-end.txt | head -n 4 || true

if [[ "$profile" == 1 && -s target/app.jfr ]]; then
  echo "== Where the app's time goes (JFR, measured window): hottest methods, then GC"
  "${bin}jfr" view --width 160 hot-methods target/app.jfr | head -n 30
  "${bin}jfr" view --width 160 gc-pauses target/app.jfr | head -n 12 || true
fi
echo "== Load average now: $(load). Gatling's report: $(ls -d "$here"/target/gatling/*/ | tail -n 1)index.html"
