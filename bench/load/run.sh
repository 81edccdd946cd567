#!/usr/bin/env bash
# Mixed load and soak of the platform on PostgreSQL (quality plan, row 21). Run from anywhere:
#   bench/load/run.sh                  # 10 minutes of steady mixed traffic
#   DURATION=2m bench/load/run.sh      # a shorter run
# Traffic, all at once, each kind from its own wrk (so each has its own latency figures):
#   browse  (home, catalogue, practice pages, unit pages)   RATE_BROWSE  requests/s (default 20)
#   search  (the search page with the bench's query mix)    RATE_SEARCH  (default 6)
#   suggest (suggestions while typing)                      RATE_SUGGEST (default 6)
#   save    (an official saves a new draft through the form) RATE_SAVE   (default 2)
#   publish (an editor, signed in with the second factor, publishes submitted practices) RATE_PUBLISH (1)
# Checks printed at the end: errors per kind (must be 0), lost writes (drafts and publications in the
# database minus those the platform acknowledged: must be 0), p95 per kind, and the heap used after a
# full GC at minute 2 and at the end (must stay within 10 %).
# Needs: Java 17, wrk, psql and a PostgreSQL server (PGHOST 127.0.0.1, user postgres, trust auth).
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$(pwd)
DURATION=${DURATION:-10m}
PORT=${PORT:-8098}
HEAP=${HEAP:-1g}
RATE_BROWSE=${RATE_BROWSE:-20}
RATE_SEARCH=${RATE_SEARCH:-6}
RATE_SUGGEST=${RATE_SUGGEST:-6}
RATE_SAVE=${RATE_SAVE:-2}
RATE_PUBLISH=${RATE_PUBLISH:-1}
PGHOST=${PGHOST:-127.0.0.1}
STAMP=$(date -u +%Y%m%d-%H%M%S)
WORK=$ROOT/bench/results/load-$STAMP
DB="bdp_load_$(date +%s)"
JAR=target/bdp.jar
# the two people's password and the editor's second-factor key are drawn for each run
PASSWORD="obciazenie $(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
TOTP_SECRET=$(python3 -c "import base64, os; print(base64.b32encode(os.urandom(20)).decode())")
mkdir -p "$WORK"

log() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$WORK/run.log"; }
seconds() { case $1 in *m) echo $(( ${1%m} * 60 ));; *s) echo "${1%s}";; *) echo "$1";; esac; }
psql_q() { psql -h "$PGHOST" -U postgres -d "$DB" -At -c "$1"; }

command -v wrk >/dev/null || { echo "wrk is needed (apt-get install -y wrk)"; exit 1; }
if [ ! -f "$JAR" ]; then log "building $JAR"; ./mvnw -B -ntp -q -DskipTests package; fi
cp "$JAR" "$WORK/bdp.jar"

TOTAL=$(seconds "$DURATION")
export SPRING_PROFILES_ACTIVE=postgres DB_URL="jdbc:postgresql://$PGHOST:5432/$DB" DB_USER=postgres DB_PASSWORD=""
psql -h "$PGHOST" -U postgres -q -c "create database $DB"
cleanup() {
  [ -n "${APP:-}" ] && kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null || true
  psql -h "$PGHOST" -U postgres -q -c "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
}
trap cleanup EXIT

# submitted practices for the editor to publish: the documented sample, enough for the whole run
PUBLISH_COUNT=$(( TOTAL * RATE_PUBLISH * 3 / 2 + 20 ))
python3 - "$PUBLISH_COUNT" "$WORK/submitted.json" <<'EOF'
import json, sys
count, out = int(sys.argv[1]), sys.argv[2]
sample = json.load(open("docs/import-sample.json"))
records = []
for i in range(count):
    r = dict(sample[i % len(sample)])
    r.update(externalId="load-pub-%d" % i, status="SUBMITTED", title="Praktyka do publikacji %d" % i)
    records.append(r)
json.dump(records, open(out, "w"), ensure_ascii=False)
EOF
log "importing $PUBLISH_COUNT submitted practices into $DB (also creates the schema and the unit register)"
java -Xmx"$HEAP" -jar "$WORK/bdp.jar" import-practices "$WORK/submitted.json" --bdp.data-dir="$WORK/data" \
    > "$WORK/import.log" 2>&1 || { tail -20 "$WORK/import.log"; exit 1; }

# the official (Łódź) and the editor (with a second factor), straight into the database
HASH=$(python3 -W ignore -c "import crypt,sys; print(crypt.crypt(sys.argv[1], crypt.mksalt(crypt.METHOD_BLOWFISH)))" "$PASSWORD")
psql_q "insert into user_account (email, display_name, password_hash, status, unit_teryt, created_at, approved_at, approved_by)
        values ('urzednik@obciazenie.example', 'Urzędnik Testowy', '{bcrypt}$HASH', 'ACTIVE', '1061011', now(), now(), 'load'),
               ('redaktor@obciazenie.example', 'Redaktor Testowy', '{bcrypt}$HASH', 'ACTIVE', '1061011', now(), now(), 'load');
        insert into user_account_role (user_id, role) select id, 'OFFICIAL' from user_account where email like 'urzednik@%';
        insert into user_account_role (user_id, role) select id, 'EDITOR' from user_account where email like 'redaktor@%';
        update user_account set totp_secret = '$TOTP_SECRET', totp_enrolled_at = now() where email like 'redaktor@%';" >/dev/null

log "starting the platform on port $PORT (-Xmx$HEAP, PostgreSQL $DB, rate limits off: all traffic comes from one address)"
java -Xmx"$HEAP" -jar "$WORK/bdp.jar" --server.port="$PORT" --bdp.data-dir="$WORK/data" \
    --bdp.rate-limit.enabled=false > "$WORK/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break; sleep 1; done
curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null || { tail -40 "$WORK/app.log"; exit 1; }
BASE="http://127.0.0.1:$PORT"

csrf_of() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1; }
totp() {
  python3 - "$TOTP_SECRET" <<'EOF'
import base64, hashlib, hmac, struct, sys, time
key = base64.b32decode(sys.argv[1])
digest = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), hashlib.sha1).digest()
offset = digest[-1] & 15
print("%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000))
EOF
}
# signs in with curl; prints "cookie csrf" of the session
sign_in() {
  local email=$1 jar="$WORK/$2.cookies" token
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/logowanie" | csrf_of)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=$email" --data-urlencode "password=$PASSWORD" \
      --data-urlencode "_csrf=$token" "$BASE/logowanie"
  if [ "$2" = editor ]; then
    token=$(curl -s -c "$jar" -b "$jar" "$BASE/logowanie/kod" | csrf_of)
    curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "code=$(totp)" --data-urlencode "_csrf=$token" \
        "$BASE/logowanie/kod"
  fi
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/$3" | csrf_of)
  [ -n "$token" ] || { echo "signing in as $email failed" >&2; exit 1; }
  echo "$(awk '$6 == "JSESSIONID" { print "JSESSIONID=" $7 }' "$jar") $token"
}
read -r OFFICIAL_COOKIE OFFICIAL_CSRF < <(sign_in urzednik@obciazenie.example official praktyki/nowa)
read -r EDITOR_COOKIE EDITOR_CSRF < <(sign_in redaktor@obciazenie.example editor redakcja)

# what the readers ask for
psql_q "select '/praktyki/' || id from practice where status = 'PUBLISHED' order by id limit 200" > "$WORK/browse.txt"
printf '/\n/praktyki\n/mapa\n/jst/1061011\n/jst/1261011\n/statystyki\n' >> "$WORK/browse.txt"
grep -v '^#' bench/queries.txt | grep -v '^$' | sed 's|^|/szukaj?|' > "$WORK/search.txt"
printf '/szukaj/podpowiedzi?q=%s\n' odn ener kult sen transp eduk dro bud wod cyf > "$WORK/suggest.txt"
psql_q "select id || ' ' || version from practice where external_id like 'load-pub-%' and status = 'SUBMITTED' order by id" \
    > "$WORK/publish.txt"
DRAFTS_BEFORE=$(psql_q "select count(*) from practice where title like 'Obciążenie %'")

# each kind: CONNECTIONS connections, each waiting CONNECTIONS/RATE s on average: RATE requests/s
run_kind() { # kind rate connections extra-env...
  local kind=$1 rate=$2 conn=$3; shift 3
  env LOAD_KIND="$kind" LOAD_THINK_MS=$(( 1000 * conn / rate )) "$@" \
      wrk -t1 -c"$conn" -d"$DURATION" --timeout 10s -s bench/load/mix.lua "$BASE" > "$WORK/wrk-$kind.txt" 2>&1
}
heap_after_gc() {
  jcmd "$APP" GC.run >/dev/null
  jcmd "$APP" GC.heap_info | sed -n 's/.*heap *total [0-9]*K, used \([0-9]*\)K.*/\1/p' | head -n 1
}

log "mixed load for $DURATION: browse $RATE_BROWSE/s, search $RATE_SEARCH/s, suggestions $RATE_SUGGEST/s, drafts $RATE_SAVE/s, publications $RATE_PUBLISH/s"
run_kind browse "$RATE_BROWSE" 8 LOAD_PATHS="$WORK/browse.txt" &
run_kind search "$RATE_SEARCH" 4 LOAD_PATHS="$WORK/search.txt" &
run_kind suggest "$RATE_SUGGEST" 4 LOAD_PATHS="$WORK/suggest.txt" &
run_kind save "$RATE_SAVE" 1 LOAD_COOKIE="$OFFICIAL_COOKIE" LOAD_CSRF="$OFFICIAL_CSRF" &
run_kind publish "$RATE_PUBLISH" 1 LOAD_COOKIE="$EDITOR_COOKIE" LOAD_CSRF="$EDITOR_CSRF" LOAD_IDS="$WORK/publish.txt" &
sleep $(( TOTAL < 240 ? TOTAL / 2 : 120 ))
HEAP_EARLY=$(heap_after_gc)
log "heap used after a full GC at $(( TOTAL < 240 ? TOTAL / 2 : 120 )) s: $(( HEAP_EARLY / 1024 )) MB"
wait $(jobs -p | grep -v "^$APP$") 2>/dev/null || true
HEAP_LATE=$(heap_after_gc)
log "heap used after a full GC at the end: $(( HEAP_LATE / 1024 )) MB"

cat "$WORK"/wrk-*.txt | grep '^LOAD' | tee -a "$WORK/results.txt"
SAVES_ACKED=$(sed -n 's/^LOAD kind=save .*acked=\([0-9]*\).*/\1/p' "$WORK/wrk-save.txt")
PUBLISHED_ACKED=$(sed -n 's/^LOAD kind=publish .*acked=\([0-9]*\).*/\1/p' "$WORK/wrk-publish.txt")
DRAFTS=$(( $(psql_q "select count(*) from practice where title like 'Obciążenie %'") - DRAFTS_BEFORE ))
PUBLISHED=$(psql_q "select count(*) from practice where external_id like 'load-pub-%' and status = 'PUBLISHED'")
ERRORS=$(grep -h '^LOAD' "$WORK"/wrk-*.txt | sed -n 's/.* errors=\([0-9]*\).*/\1/p' | awk '{ s += $1 } END { print s + 0 }')
# lost: acknowledged but not in the database. The database may hold one more per connection: a save
# whose answer was still on its way when wrk stopped (written, never acknowledged), which is not lost.
lost() { echo $(( $1 > $2 ? $1 - $2 : 0 )); }
GROWTH=$(awk -v a="$HEAP_EARLY" -v b="$HEAP_LATE" 'BEGIN { printf "%.1f", (b - a) * 100 / a }')
{
  echo "RESULT drafts_saved_db=$DRAFTS drafts_acknowledged=$SAVES_ACKED lost=$(lost "$SAVES_ACKED" "$DRAFTS")"
  echo "RESULT publications_db=$PUBLISHED publications_acknowledged=$PUBLISHED_ACKED lost=$(lost "$PUBLISHED_ACKED" "$PUBLISHED")"
  echo "RESULT errors=$ERRORS heap_after_gc_mb_early=$(( HEAP_EARLY / 1024 )) late=$(( HEAP_LATE / 1024 )) growth_pct=$GROWTH"
} | tee -a "$WORK/results.txt"
PASS=yes
[ "$ERRORS" = 0 ] || PASS=no
[ "$(lost "$SAVES_ACKED" "$DRAFTS")" = 0 ] && [ "$(lost "$PUBLISHED_ACKED" "$PUBLISHED")" = 0 ] || PASS=no
[ $(( DRAFTS - SAVES_ACKED )) -le 1 ] && [ $(( PUBLISHED - PUBLISHED_ACKED )) -le 1 ] || PASS=no
awk -v g="$GROWTH" 'BEGIN { exit !(g <= 10) }' || PASS=no
log "pass=$PASS (0 errors, 0 lost writes, heap after GC grown by at most 10 %) — results in ${WORK#"$ROOT"/}/results.txt"
[ "$PASS" = yes ]
