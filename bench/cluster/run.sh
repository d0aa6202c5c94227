#!/usr/bin/env bash
# Two Otopair nodes behind nginx on one PostgreSQL, all on 127.0.0.1 and free ports, from the
# production jar with the prod profile. Prints OK or FAILED for each check; details in README.md.
#
#   bench/cluster/run.sh            load through nginx split over both nodes, then the checks: a live
#                                   update crosses nodes both ways, scheduled work runs on one node
#                                   at a time (ShedLock), a Stripe webhook sent to both is handled once
#   bench/cluster/run.sh crash      the same load, and a third of the way in node B is killed (kill -9):
#                                   node A serves on, B's browsers sign in again on A, B's unfinished
#                                   outbox work is done by A (counted in SQL)
#   bench/cluster/run.sh startup    the jar's start-up against the already-migrated database, 3 runs
#                                   without and 3 with the JDK's AOT cache (made by a training run)
#
# Arguments after the mode: seconds=60 clients=16 browsers=8 (API clients and browser sessions).
# Needs a JDK 21+ (JAVA_HOME, else java on the PATH; the AOT cache needs 25), nginx, psql, openssl,
# python3 (free ports) and curl; Maven only when target/ has no production jar.
# Everything it starts, it stops on exit (trap), also when a step fails.
set -euo pipefail
cd "$(dirname "$0")"
bin="${JAVA_HOME:+$JAVA_HOME/bin/}"

mode=run
seconds=60
clients=16
browsers=8
for arg in "$@"; do
  case "$arg" in
    run | crash | startup) mode="$arg" ;;
    seconds=* | clients=* | browsers=*) declare "${arg%%=*}=${arg#*=}" ;;
    *) echo "unknown argument: $arg" >&2; exit 2 ;;
  esac
done
for tool in nginx psql openssl python3 curl; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (Debian: nginx-light, postgresql-client, openssl, python3, curl)" >&2; exit 1; }
done

# The demo accounts' password (README, "Demo logins"), and this run's secrets: the same on both nodes.
demo_password=otopair-demo-2026
remember_me_key="cluster-bench-$RANDOM$RANDOM"
link_secret="cluster-bench-$RANDOM$RANDOM"
webhook_secret="whsec_clusterbench$RANDOM$RANDOM"

# ---- the production jar, extracted (the layout Spring Boot's AOT cache documentation asks for)
jar=$(ls ../../target/otopair-*.jar 2>/dev/null | grep -v original | head -1 || true)
# A production jar carries the built frontend (a development jar does not start with java -jar).
if [ -z "$jar" ] || ! unzip -l "$jar" | grep 'META-INF/VAADIN/webapp/VAADIN/build/' >/dev/null; then
  echo "== Building the production jar (mvn -Pproduction package)"
  (cd ../.. && mvn -B -ntp -q -Pproduction -DskipTests package)
  jar=$(ls ../../target/otopair-*.jar | grep -v original | head -1)
fi
mkdir -p target
if [ ! -d target/app ] || [ "$jar" -nt target/app ]; then
  rm -rf target/app
  "${bin}java" -Djarmode=tools -jar "$jar" extract --destination target/app >/dev/null
fi
app_jar=$(ls target/app/*.jar)
"${bin}javac" -proc:none -d target/classes -cp 'target/app/lib/*' src/*.java

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
db_port=$(free_port)
port_a=$(free_port)
port_b=$(free_port)
lb_port=$(free_port)
sql() { psql -h 127.0.0.1 -p "$db_port" -U postgres -d postgres -Atq -v ON_ERROR_STOP=1 "$@"; }

# ---- stopping everything: nodes first (gracefully, then for good), nginx, the database last
db_pid=
nginx_pid=
declare -A node_pids=()
stop_node() {
  local pid="${node_pids[$1]:-}"
  [ -n "$pid" ] || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  unset "node_pids[$1]"
}
cleanup() {
  for name in "${!node_pids[@]}"; do stop_node "$name"; done
  if [ -n "$nginx_pid" ]; then kill "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; fi
  if [ -n "$db_pid" ]; then kill "$db_pid" 2>/dev/null || true; wait "$db_pid" 2>/dev/null || true; fi
}
trap cleanup EXIT

failed=0
check() { # check <description> <condition as a shell test>
  if eval "$2"; then echo "OK      $1"; else echo "FAILED  $1"; failed=1; fi
}

# ---- the database: a fresh durable PostgreSQL that outlives the nodes
start_database() {
  "${bin}java" -cp "target/classes:target/app/lib/*" Database "$(pwd)/target/pgdata" "$db_port" >target/database.log 2>&1 &
  db_pid=$!
  for _ in $(seq 60); do grep -q '^ready' target/database.log && return 0; sleep 1; done
  echo "PostgreSQL did not start: see bench/cluster/target/database.log" >&2
  exit 1
}

# ---- a node: start_node <name> <port> [settings...]; its log in target/node-<name>.log
# The session cookie is not Secure here (server.servlet.session.cookie.secure=false): the bench
# talks plain HTTP on loopback, and a browser never sends a Secure cookie back over HTTP. Outbox
# retries and reminders run every 5 s instead of 30 s and 1 min, so a run sees them.
start_node() {
  local name=$1 port=$2
  shift 2
  SPRING_PROFILES_ACTIVE=prod \
    OTOPAIR_PUBLIC_URL="http://127.0.0.1:$lb_port" \
    OTOPAIR_SECURITY_REMEMBER_ME_KEY="$remember_me_key" \
    OTOPAIR_BOOKING_LINK_SECRET="$link_secret" \
    OTOPAIR_STRIPE_WEBHOOK_SECRET="$webhook_secret" \
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$db_port/postgres?ApplicationName=otopair-$name" \
    SPRING_DATASOURCE_USERNAME=postgres \
    SPRING_DATASOURCE_PASSWORD=postgres \
    "${bin}java" -Xmx1g "${java_options[@]}" -jar "$app_jar" \
    --server.port="$port" \
    --server.servlet.session.cookie.secure=false \
    --otopair.files.directory="$(pwd)/target/files" \
    --otopair.outbox.retry-interval=PT5S \
    --otopair.outbox.min-age=PT10S \
    --otopair.reminders.interval=PT5S \
    "$@" >"target/node-$name.log" 2>&1 &
  node_pids[$name]=$!
}
java_options=()

# Waits for a node's first 200 from /actuator/health/readiness; prints the seconds it took.
wait_ready() {
  local name=$1 port=$2 begin=$3
  for _ in $(seq 1200); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health/readiness")" = 200 ]; then
      python3 -c "import time; print(f'{time.time() - $begin:.1f}')"
      return 0
    fi
    kill -0 "${node_pids[$name]}" 2>/dev/null || { echo "node $name died: see bench/cluster/target/node-$name.log" >&2; exit 1; }
    sleep 0.2
  done
  echo "node $name was not ready in 4 minutes" >&2
  exit 1
}

# Seconds from the JVM's start to Spring Boot's "Started" (its own figure, in the node's log).
started_seconds() {
  grep -o 'Started OtopairApplication in [0-9.]* seconds' "target/node-$1.log" | grep -o '[0-9.]*' | head -1
}

if [ "$mode" = startup ]; then
  . ./startup.sh
  exit 0
fi

# ---- the cluster
rm -rf target/pgdata target/files target/nginx target/*.log target/*.txt
echo "== PostgreSQL on 127.0.0.1:$db_port"
start_database
echo "== Node A on :$port_a (loads the demo data), then node B on :$port_b"
start_node a "$port_a" --otopair.demo.enabled=true
wait_ready a "$port_a" "$(date +%s.%N)" >/dev/null
# The demo data is loaded once A is ready; B starts on a migrated, seeded database.
start_node b "$port_b"
wait_ready b "$port_b" "$(date +%s.%N)" >/dev/null

# Every ShedLock lock taken or given back, with the node (its connections' application_name):
# a bench table and trigger in the bench's database only, not in the schema.
sql <<'SQL'
create table bench_shedlock_log (id bigserial primary key, name text, event text,
  at timestamptz default clock_timestamp(), node text);
create function bench_shedlock_log() returns trigger language plpgsql as $$
begin
  insert into bench_shedlock_log (name, event, node)
  values (new.name,
          case when tg_op = 'INSERT' or new.locked_at is distinct from old.locked_at
               then 'taken' else 'released' end,
          current_setting('application_name'));
  return new;
end $$;
create trigger bench_shedlock_log after insert or update on shedlock
  for each row execute function bench_shedlock_log();
SQL

# The demo's verified customers get an API token each (made as ApiTokens makes them: the SHA-256 of the
# secret); the first ones sign in as browsers, the others book through the API.
sql >target/customers.txt <<SQL
with customers as (
  select id, email, 'otp_clusterbench-' || row_number() over (order by email) as secret
  from users where role = 'CUSTOMER' and status = 'ACTIVE' and deleted_at is null
    and email_verified_at is not null
  order by email limit $((clients + browsers)) + 1),
issued as (
  insert into api_tokens (id, version, user_id, name, token_hash, hint, created_at, scope)
  select gen_random_uuid(), 0, id, 'Cluster bench', encode(sha256(convert_to(secret, 'UTF8')), 'hex'),
         left(secret, 8), now(), 'CUSTOMER' from customers)
select secret || ' ' || email from customers order by email;
SQL
# One customer more for the live update checks, outside the load.
tail -1 target/customers.txt >target/checker.txt
sed -i '$d' target/customers.txt
sql -F ' ' >target/offerings.txt <<'SQL'
select s.slug, o.id from offerings o join shops s on s.id = o.shop_id
where s.slug in ('garage-du-plateau', 'atelier-rosemont', 'eastside-auto') and o.mode = 'IN_SHOP' and o.active;
SQL
[ "$(wc -l <target/customers.txt)" -ge $((clients + browsers)) ] \
  || { echo "the demo has fewer customers than clients=$clients browsers=$browsers" >&2; exit 1; }

# ---- nginx: the shared configuration (ops/compose/nginx) with this run's two nodes
mkdir -p target/nginx/logs
shared="$(cd ../../ops/compose/nginx && pwd)"
cat >target/nginx/nginx.conf <<NGINX
# Made by bench/cluster/run.sh for this run.
daemon off;
worker_processes 1;
error_log logs/error.log warn;
pid logs/nginx.pid;
events { worker_connections 1024; }
http {
    include $shared/otopair-http.conf;
    access_log logs/access.log otopair;
    upstream otopair {
        hash \$otopair_affinity consistent;
        server 127.0.0.1:$port_a max_fails=1 fail_timeout=10s;
        server 127.0.0.1:$port_b max_fails=1 fail_timeout=10s;
        keepalive 32;
    }
    server {
        listen 127.0.0.1:$lb_port;
        location / {
            include $shared/otopair-proxy.conf;
            # For the bench only: which node answered.
            add_header X-Otopair-Node \$upstream_addr always;
        }
    }
}
NGINX
nginx -p "$(pwd)/target/nginx" -c "$(pwd)/target/nginx/nginx.conf" &
nginx_pid=$!
sleep 1
echo "== nginx on :$lb_port -> A :$port_a, B :$port_b"

# ---- checks before the load
read -r checker_token _ <target/checker.txt
read -r slug service < <(head -1 target/offerings.txt)
relayed() { # relayed <port>: the live updates from other nodes that node delivered so far
  curl -s -u "admin@otopair.test:$demo_password" "http://127.0.0.1:$1/actuator/prometheus" \
    | awk '/^otopair_live_relayed_total\{.*type="booking.BookingChanged"/ { sum += $2 } END { print sum + 0 }'
}
live_check() { # live_check <from> <from port> <to> <to port>
  local before after id
  before=$(relayed "$4")
  id=$("${bin}java" -cp target/classes ClusterLoad book "http://127.0.0.1:$2/" "$checker_token" "$slug" "$service")
  for _ in $(seq 20); do
    after=$(relayed "$4")
    [ "$after" -gt "$before" ] && break
    sleep 0.5
  done
  check "live update: booking ${id:0:8} confirmed on $1 reached $3 (BookingChanged relayed: $before -> $after)" \
    "[ $after -gt $before ]"
}
live_check A "$port_a" B "$port_b"
live_check B "$port_b" A "$port_a"

# The same signed Stripe event posted to each node at once: stored once, handled once.
event_id="evt_clusterbench_$RANDOM"
created=$(date +%s)
payload="{\"id\":\"$event_id\",\"object\":\"event\",\"type\":\"account.updated\",\"created\":$created,\"data\":{\"object\":{\"id\":\"acct_clusterbench\",\"object\":\"account\",\"charges_enabled\":true,\"payouts_enabled\":true}}}"
signature="t=$created,v1=$(printf '%s' "$created.$payload" | openssl dgst -sha256 -hmac "$webhook_secret" | awk '{print $NF}')"
senders=()
for port in "$port_a" "$port_b"; do
  curl -s -o "target/webhook-$port.txt" -w '%{http_code}\n' -H 'Content-Type: application/json' \
    -H "Stripe-Signature: $signature" --data-binary "$payload" "http://127.0.0.1:$port/api/webhooks/stripe" \
    >>target/webhook-codes.txt &
  senders+=($!)
done
wait "${senders[@]}"
webhook_codes=$(sort target/webhook-codes.txt | tr '\n' ' ')
for _ in $(seq 20); do
  [ "$(sql -c "select count(*) from stripe_events where id = '$event_id' and processed_at is not null")" = 1 ] && break
  sleep 0.5
done
stored=$(sql -c "select count(*) || ' stored, ' || count(processed_at) || ' handled' from stripe_events where id = '$event_id'")
duplicates=$(cat target/webhook-*.txt | grep -c duplicate || true)
check "webhook: one event to both nodes (answers $webhook_codes; $duplicates seen as duplicate): $stored" \
  "[ '$stored' = '1 stored, 1 handled' ] && [ $duplicates = 1 ]"

# ---- the load through nginx, and in crash mode node B killed a third of the way in
echo "== Load: $clients API clients and $browsers browser sessions through nginx for $seconds s ($mode)"
load_start=$(sql -c "select now()")
"${bin}java" -cp target/classes ClusterLoad "http://127.0.0.1:$lb_port/" "$seconds" \
  target/customers.txt target/offerings.txt "$browsers" "$demo_password" target/booked.txt \
  >target/load.txt 2>&1 &
load_pid=$!
if [ "$mode" = crash ]; then
  sleep $((seconds / 3))
  kill_time=$(sql -c "select now()")
  kill -9 "${node_pids[b]}"
  wait "${node_pids[b]}" 2>/dev/null || true
  unset "node_pids[b]"
  echo "== Node B killed (kill -9) at $(date -u +%T), $((seconds / 3)) s into the load"
  sleep 5
  orphaned=$(sql -c "select count(*) from event_publication where completion_date is null and publication_date < '$kill_time'")
  echo "== Outbox publications made before the kill and unfinished 5 s after it: $orphaned"
fi
wait "$load_pid" || { cat target/load.txt; exit 1; }
cat target/load.txt
echo "== Requests per node, from nginx's access log (upstream address; two when a request moved on)"
grep -o 'upstream=[^ ]*' target/nginx/logs/access.log | sort | uniq -c | sed 's/^/   /'

# ---- checks after the load
# Each node served at least a tenth of the requests (in crash mode, where B lives for a third of
# the load, a fiftieth): a node that just started answers slower (its JIT is cold), so its clients
# make fewer requests than the others'.
min_share=10
[ "$mode" = crash ] && min_share=2
shares=$(grep -o 'upstream=[^ ,]*' target/nginx/logs/access.log | sort | uniq -c \
  | awk '{ n[$2] = $1; all += $1 } END { for (k in n) printf "%s %d%% ", k, 100 * n[k] / all }')
served=$(grep -o 'upstream=[^ ,]*' target/nginx/logs/access.log | sort | uniq -c \
  | awk -v min="$min_share" '{ n[$2] = $1; all += $1 } END { for (k in n) if (100 * n[k] / all >= min) c++; print c + 0 }')
check "load split: each node served at least $min_share% of the requests ($shares)" "[ $served -ge 2 ]"

# The outbox finishes what the load published (the dead node's leases died with its connections;
# the live node's retry picks its work up after otopair.outbox.min-age).
for _ in $(seq 120); do
  [ "$(sql -c 'select count(*) from event_publication where completion_date is null')" = 0 ] && break
  sleep 1
done
incomplete=$(sql -c 'select count(*) from event_publication where completion_date is null')
check "outbox: every event publication completed ($incomplete unfinished)" "[ $incomplete = 0 ]"

booked=$(wc -l <target/booked.txt)
counts=$(sql -F ' ' <<SQL
select count(*),
       count(*) filter (where exists (select 1 from jobs j where j.booking_id = b.id)),
       count(*) filter (where exists (select 1 from mail_log m where m.about_booking = b.id
                                      and m.template = 'booking-confirmed' and m.status = 'SENT'))
from bookings b where b.status = 'CONFIRMED' and b.created_at >= '$load_start';
SQL
)
read -r confirmed with_job with_mail <<<"$counts"
lost=$(sql -c "select count(*) from unnest(string_to_array('$(paste -sd, target/booked.txt)', ',')) as ok(id)
               where id <> '' and not exists (select 1 from bookings b where b.id = ok.id::uuid and b.status = 'CONFIRMED')")
check "bookings: $booked confirmed to clients, $confirmed confirmed in SQL, $lost of the clients' missing" \
  "[ $lost = 0 ] && [ $confirmed -ge $booked ]"
check "effects: of $confirmed confirmed bookings, $with_job have their job and $with_mail their confirmation mail sent" \
  "[ $with_job = $confirmed ] && [ $with_mail = $confirmed ]"

# ShedLock: each job's lock taken by one node at a time (never taken twice without a release between).
sql -F ' ' -c "select name, node, count(*) from bench_shedlock_log where event = 'taken' group by 1, 2 order by 1, 2" \
  | sed 's/^/   scheduled: /'
overlaps=$(sql <<'SQL'
select count(*) from (
  select event, lag(event) over (partition by name order by at, id) as before from bench_shedlock_log) e
where event = 'taken' and before = 'taken';
SQL
)
runs=$(sql -c "select count(*) || ' runs, ' || count(distinct node) || ' nodes' from bench_shedlock_log where name = 'booking-reminders' and event = 'taken'")
twice=$(sql -c "select count(*) from (select 1 from mail_log where template like 'reminder%' group by about_booking, template having count(*) > 1) d")
check "scheduled work: booking-reminders $runs, locks taken while held: $overlaps, reminders mailed twice: $twice" \
  "[ $overlaps = 0 ] && [ $twice = 0 ]"

if [ "$mode" = crash ]; then
  signed_out=$(grep -o 'sessions found signed out: [0-9]*' target/load.txt | grep -o '[0-9]*$')
  check "crash: $orphaned publications orphaned by B completed, $signed_out browser sessions signed in again on A" \
    "[ $incomplete = 0 ] && [ $signed_out -ge 1 ]"
fi
echo "== Load average: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $failed
