#!/usr/bin/env bash
# Statistics benchmark (see bench/stats/README.md): import of synthetic indicator values into
# PostgreSQL and the peer comparison API over HTTP with that data loaded.
#   bench/stats/run.sh                                  # the full 10 million values (2,479 x 20 x 200)
#   INDICATORS=10 DURATION=20s bench/stats/run.sh       # a small run (~0.5 million values)
# Settings (environment): INDICATORS (200), YEARS (20), SEED (1), PORT (8092), WARMUP (20s),
# DURATION (60s), CONNECTIONS (8), THREADS (2), HEAP (1g), PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres).
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$(pwd)
INDICATORS=${INDICATORS:-200}
YEARS=${YEARS:-20}
SEED=${SEED:-1}
PORT=${PORT:-8092}
WARMUP=${WARMUP:-20s}
DURATION=${DURATION:-60s}
CONNECTIONS=${CONNECTIONS:-8}
THREADS=${THREADS:-2}
HEAP=${HEAP:-1g}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
STAMP=$(date -u +%Y%m%d-%H%M%S)
WORK=$ROOT/bench/results/stats-$STAMP
DB=bdp_bench_stats_$(date +%s)
mkdir -p "$WORK"
log() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$WORK/run.log"; }

[ -f target/bdp.jar ] || { log "building target/bdp.jar"; ./mvnw -B -ntp -q -DskipTests package; }
cp target/bdp.jar "$WORK/bdp.jar"
command -v wrk >/dev/null 2>&1 || { log "wrk missing: apt-get install -y wrk"; exit 1; }

log "generating $INDICATORS indicators x $YEARS years x every gmina (seed $SEED)"
python3 bench/stats/generate.py --indicators "$INDICATORS" --years "$YEARS" --seed "$SEED" --out "$WORK" | tee -a "$WORK/run.log"
ROWS=$(($(wc -l < "$WORK/values.csv") - 1))

psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -q -c "create database $DB"
trap 'kill "${APP:-}" 2>/dev/null || true; psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -q -c "drop database if exists $DB with (force)" >/dev/null 2>&1 || true' EXIT
export SPRING_PROFILES_ACTIVE=postgres DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" DB_USER="$PGUSER" DB_PASSWORD=""
cli() { java -Xmx"$HEAP" -jar "$WORK/bdp.jar" "$@" --bdp.data-dir="$WORK/data" --bdp.demo-content=false; }

log "first start: schema, register of units, GUS BDL population series; then the indicator definitions"
cli import-stats "$WORK/indicators.csv" | tee -a "$WORK/run.log"
log "import of $ROWS values"
start=$(date +%s.%N)
cli import-stats "$WORK/values.csv" | tee "$WORK/import.log" | tail -n 1 | tee -a "$WORK/run.log"
import_s=$(echo "$(date +%s.%N) - $start" | bc)
import_rate=$(grep -o '([0-9]* wierszy/s)' "$WORK/import.log" | tail -n 1 | tr -dc '0-9')
log "re-import of the same file (idempotent: 0 written)"
start=$(date +%s.%N)
cli import-stats "$WORK/values.csv" | tail -n 1 | tee -a "$WORK/run.log"
reimport_s=$(echo "$(date +%s.%N) - $start" | bc)

log "starting the platform on port $PORT"
# rate limits off: all of wrk's requests come from one address (the API allows 300 a minute per address)
java -Xmx"$HEAP" -jar "$WORK/bdp.jar" --server.port="$PORT" --bdp.data-dir="$WORK/data" --bdp.demo-content=false \
  --bdp.rate-limit.enabled=false > "$WORK/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break; sleep 1; done
export BENCH_URLS=$WORK/urls.txt
log "warm-up $WARMUP"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s -s bench/stats/comparison.lua "http://127.0.0.1:$PORT" > /dev/null
log "comparison API: $DURATION, $CONNECTIONS connections"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s -s bench/stats/comparison.lua "http://127.0.0.1:$PORT" \
  | tee "$WORK/wrk.txt" | grep '^WRK' | tee -a "$WORK/run.log"
kill "$APP"; wait "$APP" 2>/dev/null || true

{
  echo "rows=$ROWS import_s=$import_s import_rows_per_s=$import_rate reimport_s=$reimport_s"
  grep '^WRK' "$WORK/wrk.txt"
  echo "load: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc)"
} | tee "$WORK/results.txt"
