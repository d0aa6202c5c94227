# Start-up of the production jar against an external, already-migrated PostgreSQL, demo data off:
# seconds to Spring Boot's "Started" and to the first 200 from /actuator/health/readiness (from the
# launch), without and with the JDK's AOT cache (JEP 483/514, JDK 25: a training run that stops once
# the context has refreshed writes it). Three starts of each, alternating, so that a change in the
# machine's load falls on both alike; the medians. Sourced by run.sh (`run.sh startup`), which
# provides the database, start_node, wait_ready and stop_node.

rm -rf target/pgdata target/files target/*.log target/otopair.aot
echo "== PostgreSQL on 127.0.0.1:$db_port; a first start applies the schema (not timed)"
start_database
start_node migrate "$port_a"
wait_ready migrate "$port_a" "$(date +%s.%N)" >/dev/null
stop_node migrate

echo "== Training run for the AOT cache (-XX:AOTCacheOutput, stops once the context has refreshed)"
java_options=(-XX:AOTCacheOutput="$(pwd)/target/otopair.aot" -Dspring.context.exit=onRefresh)
start_node training "$port_a"
wait "${node_pids[training]}" || true
unset "node_pids[training]"
[ -f target/otopair.aot ] || { echo "no AOT cache was written: see target/node-training.log" >&2; exit 1; }
echo "   cache: $(du -h target/otopair.aot | cut -f1)"

declare -A started=() ready=()
for run in 1 2 3; do
  for kind in plain aot-cache; do
    java_options=()
    [ "$kind" = aot-cache ] && java_options=(-XX:AOTCache="$(pwd)/target/otopair.aot")
    begin=$(date +%s.%N)
    start_node "$kind-$run" "$port_a"
    ready[$kind]+="$(wait_ready "$kind-$run" "$port_a" "$begin") "
    started[$kind]+="$(started_seconds "$kind-$run") "
    stop_node "$kind-$run"
    echo "   $kind run $run: Started in $(echo "${started[$kind]}" | awk '{print $NF}') s," \
      "ready (first 200) after $(echo "${ready[$kind]}" | awk '{print $NF}') s (load average $(cut -d' ' -f1 /proc/loadavg))"
  done
done
median() { printf '%s\n' $1 | sort -n | sed -n 2p; }
for kind in plain aot-cache; do
  echo "== $kind: median Started $(median "${started[$kind]}") s, median ready $(median "${ready[$kind]}") s"
done
