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

rm -rf target/files target/db target/*.jfr target/window.txt target/cpu.tsv target/steps*.txt \
  target/gatling.pid target/heap-*.txt target/customers.txt target/cpu-*.txt target/profile-*.txt target/gatling-*.out
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
mvn -B -q test-compile 2>&1 | grep -v -e '^WARNING' || true

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

app_pid="" sampler_pid="" profiler_pid="" gatling_pid=""
stop() {
  for pid in $gatling_pid $profiler_pid $sampler_pid; do
    # Maven's forked Gatling JVM first, then Maven (or the helper itself).
    for child in $(ps -o pid= --ppid "$pid" 2>/dev/null); do
      kill "$child" 2>/dev/null || true
    done
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
  # A JVM killed before it stopped its embedded PostgreSQL leaves the postmaster running.
  if [[ -n "${postgres:-}" ]] && kill -0 "$postgres" 2>/dev/null; then
    kill "$postgres" 2>/dev/null || true
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

# The demo's verified customers, whom the virtual customers share (each signs in as one of them).
: >target/customers.txt
if command -v psql >/dev/null; then
  PGPASSWORD=postgres psql -h 127.0.0.1 -p "$(sed -n 4p target/db/postmaster.pid)" -U postgres \
    -d postgres -Atc "select email from users where role = 'CUSTOMER' and status = 'ACTIVE'
      and email_verified_at is not null and email like '%@example.test' order by email" \
    >target/customers.txt || true
fi
echo "   $(wc -l <target/customers.txt) demo customer accounts (none: the three the README names; needs psql)"

# Every 2 s: epoch ms, then CPU ticks (user + system, from /proc) of the app's JVM, of PostgreSQL
# (its postmaster and everything under it), of Gatling (its Maven and the JVM it forks), and of
# the whole machine (busy, all cores). One pass over /proc/*/stat, so a sample costs little.
sample() {
  while :; do
    local gatling=0 line
    [[ -s target/gatling.pid ]] && gatling=$(<target/gatling.pid)
    for stat in /proc/[0-9]*/stat; do
      { read -r line <"$stat"; } 2>/dev/null && echo "${line%% *} ${line##*) }"
    done | awk -v now="$(date +%s%3N)" -v app="$app_pid" -v pg="$postgres" -v gat="$gatling" '
      { parent[$1] = $3; cpu[$1] = $13 + $14 }
      function under(pid, root) {
        while (pid > 1) { if (pid == root) return 1; pid = parent[pid] }
        return 0
      }
      END {
        for (pid in cpu) {
          if (pid == app) a += cpu[pid]
          else if (under(pid, pg)) p += cpu[pid]
          else if (gat > 0 && under(pid, gat)) g += cpu[pid]
        }
        getline stat < "/proc/stat"; split(stat, c, " ")
        print now, a + 0, p + 0, g + 0, c[2] + c[3] + c[4] + c[7] + c[8] + c[9]
      }'
    sleep 2
  done >target/cpu.tsv
}
sample &
sampler_pid=$!

# Profile the app during the measured window, once the simulation has said when it is.
profile_window() {
  local run=$1
  while [[ ! -s target/window.txt ]]; do sleep 1; done
  read -r start end <target/window.txt
  local wait=$(((start - $(date +%s%3N)) / 1000))
  sleep $((wait > 0 ? wait : 0))
  echo "   (full load from now: load average $(load))"
  "${bin}jcmd" "$app_pid" GC.heap_info >"target/heap-$run-start.txt" 2>&1 || true
  if [[ "$profile" == 1 ]]; then
    "${bin}jcmd" "$app_pid" JFR.start name="load-$run" settings=profile \
      duration="$(((end - start) / 1000))s" filename="$here/target/app-$run.jfr" >/dev/null
  fi
  sleep $(((end - start) / 1000 - 5))
  "${bin}jcmd" "$app_pid" GC.heap_info >"target/heap-$run-end.txt" 2>&1 || true
  echo "   (end of full load: load average $(load))"
}

# Where the samples of a recording were: the share of samples whose stack holds a frame of each
# library (a sample counts for each library on its stack), and the top frames' classes.
where_time_goes() {
  "${bin}jfr" print --events jdk.ExecutionSample --stack-depth 200 "$1" | awk '
    /jdk.ExecutionSample/ { flush(); n++; top = ""; leaf = ""; delete seen; next }
    /^[ \t]+[a-zA-Z_$][a-zA-Z0-9_$.]*\.[a-zA-Z_$<][a-zA-Z0-9_$<>]*\(/ {
      frame = $1; sub(/\(.*/, "", frame)
      if (top == "") top = frame
      if (leaf == "" && frame !~ /^(java|javax|jdk|sun)\./) leaf = frame
      for (k = 1; k <= nlib; k++) if (index(frame, pre[k]) == 1) seen[name[k]] = 1
    }
    function flush(   l, cls) {
      if (top == "") return
      for (l in seen) inc[l]++
      cls = top; sub(/\.[^.]*$/, "", cls); self[cls]++
      lib = "the JDK only"
      if (leaf != "") {
        split(leaf, parts, "."); lib = parts[1] "." parts[2] "." parts[3]
        for (k = 1; k <= nlib; k++) if (index(leaf, pre[k]) == 1) { lib = name[k]; break }
      }
      mine[lib]++
      total++
    }
    BEGIN {
      split("com.otopair.|com.vaadin.flow.|com.vaadin.|org.hibernate.|org.springframework.data.|org.springframework.security.|org.springframework.|org.postgresql.|com.zaxxer.|tools.jackson.|com.fasterxml.|org.apache.catalina.|org.apache.coyote.|org.apache.tomcat.|java.util.zip.|org.jsoup.", pre, "|")
      split("Otopair|Vaadin Flow|Vaadin (all)|Hibernate|Spring Data|Spring Security|Spring (all)|PostgreSQL JDBC|HikariCP|Jackson 3|Jackson 2|Tomcat (catalina)|Tomcat (coyote)|Tomcat (util)|gzip (java.util.zip)|jsoup", name, "|")
      nlib = length(pre)
    }
    END {
      flush()
      if (!total) { print "   (no execution samples)"; exit }
      printf "   %d execution samples of the app'"'"'s threads\n   stacks holding a frame of (inclusive):\n", total
      for (l in inc) printf "%8.1f %%  %s\n", 100 * inc[l] / total, l | "sort -rn"
      close("sort -rn")
      print "   the library of the first frame that is not the JDK'"'"'s (where the time is spent):"
      for (l in mine) printf "%8.1f %%  %s\n", 100 * mine[l] / total, l | "sort -rn | head -n 12"
      close("sort -rn | head -n 12")
      print "   top frames, by class (self):"
      for (c in self) printf "%8.1f %%  %s\n", 100 * self[c] / total, c | "sort -rn | head -n 15"
      close("sort -rn | head -n 15")
    }'
}

hz=$(getconf CLK_TCK)
IFS=, read -r -a loads <<<"$users"
for run in "${loads[@]}"; do
  rm -f target/window.txt
  profile_window "$run" &
  profiler_pid=$!

  echo "== Gatling: $run users ($owners % owners), ramp $ramp s, then $seconds s at full load"
  mvn -B gatling:test -Dbase="http://127.0.0.1:$port" -Dusers="$run" -Downers="$owners" \
    -Dramp="$ramp" -Dseconds="$seconds" -Dbook="$book" -Dcustomers="$here/target/customers.txt" \
    >"target/gatling-$run.out" 2>&1 &
  gatling_pid=$!
  echo "$gatling_pid" >target/gatling.pid
  # Gatling's live progress stays in the file; its summary and the window's table are shown.
  tail -n +1 -f --pid="$gatling_pid" "target/gatling-$run.out" | awk '
    /^Vaadin users:/ { print; fflush() }
    /^== Response times in ms/ { on = 1 }
    /^Parsing log file|^Generating reports/ { next }
    on && !/^\[INFO\]/ { print; fflush() }'
  wait "$gatling_pid" || { echo "Gatling failed; see $here/target/gatling-$run.out" >&2; exit 1; }
  gatling_pid=""
  wait "$profiler_pid" 2>/dev/null || true
  profiler_pid=""
  cp target/steps.txt "target/steps-$run.txt"

  echo "== CPU in the measured window (100 % = one core of $(nproc))"
  read -r start end <target/window.txt
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
    }' target/cpu.tsv | tee "target/cpu-$run.txt"

  echo "== The app's heap (jcmd GC.heap_info) at the start and the end of full load"
  grep -h -i -E 'garbage-first heap' "target/heap-$run-start.txt" "target/heap-$run-end.txt" || true

  if [[ "$profile" == 1 && -s "target/app-$run.jfr" ]]; then
    echo "== Where the app's time goes (JFR, the measured window)"
    where_time_goes "target/app-$run.jfr" | tee "target/profile-$run.txt"
    "${bin}jfr" view --width 160 gc-pauses "target/app-$run.jfr" | grep -E 'Total|Number|Median|Maximum' || true
  fi
  echo "== Load average now: $(load). Gatling's report: $(ls -dt "$here"/target/gatling/*/ | head -n 1)index.html"
done
