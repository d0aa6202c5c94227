# Start-up of the production jar against an external, already-migrated PostgreSQL, demo data off:
# seconds to Spring Boot's "Started" and to the first 200 from /actuator/health/readiness, three
# runs each, without and with the JDK's AOT cache (JEP 483/514, JDK 25: a training run that stops
# once the context has refreshed writes it). Sourced by run.sh (`run.sh startup`), which provides
# the database, start_node, wait_ready and stop_node.

rm -rf target/pgdata target/files target/*.log target/otopair.aot
echo "== PostgreSQL on 127.0.0.1:$db_port; a first start applies the schema (not timed)"
start_database
start_node migrate "$port_a"
wait_ready migrate "$port_a" "$(date +%s.%N)" >/dev/null
stop_node migrate

timed_runs() { # timed_runs <label>: three starts, each stopped once ready; prints the medians
  local started=() ready=()
  for run in 1 2 3; do
    local begin
    begin=$(date +%s.%N)
    start_node "$1-$run" "$port_a"
    ready+=("$(wait_ready "$1-$run" "$port_a" "$begin")")
    started+=("$(started_seconds "$1-$run")")
    stop_node "$1-$run"
    echo "   $1 run $run: Started in ${started[-1]} s, ready (first 200) after ${ready[-1]} s"
  done
  median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }
  echo "== $1: median Started $(median "${started[@]}") s, median ready $(median "${ready[@]}") s"
}

java_options=()
timed_runs plain

echo "== Training run for the AOT cache (-XX:AOTCacheOutput, stops once the context has refreshed)"
java_options=(-XX:AOTCacheOutput="$(pwd)/target/otopair.aot" -Dspring.context.exit=onRefresh)
start_node training "$port_a"
wait "${node_pids[training]}" || true
unset "node_pids[training]"
[ -f target/otopair.aot ] || { echo "no AOT cache was written: see target/node-training.log" >&2; exit 1; }
echo "   cache: $(du -h target/otopair.aot | cut -f1)"

java_options=(-XX:AOTCache="$(pwd)/target/otopair.aot")
timed_runs aot-cache
echo "== Load average: $(cut -d' ' -f1-3 /proc/loadavg)"
