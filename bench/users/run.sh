#!/usr/bin/env bash
# Fills an Otopair database with 100,000 users and times the admin Users grid's queries.
# Needs psql (Debian: postgresql-client) and a running Otopair: by default the embedded database
# of `mvn spring-boot:run` on port 54329; set DATABASE to a connection URL for another one.
set -euo pipefail
cd "$(dirname "$0")"
database="${DATABASE:-postgresql://postgres:postgres@localhost:54329/postgres}"
count="${COUNT:-100000}"

echo "== Generating $count users"
time psql "$database" -q -v ON_ERROR_STOP=1 -v count="$count" -f generate-users.sql

echo "== Timing the Users grid's queries (execution times are what matters)"
psql "$database" -q -v ON_ERROR_STOP=1 -f measure-users-grid.sql \
  | grep -E '^(First|A page|Text|Role|The total)|Execution Time|Index|Seq Scan|Bitmap'
