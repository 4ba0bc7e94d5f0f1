#!/usr/bin/env bash
# Fault drills against a real, isolated copy of the stack: the packaged backend (java -jar), a
# Mosquitto of the drill's own (port 18830, persistence in a temporary directory, so the shared
# development broker is never touched), a database of the drill's own and the demo households'
# devices. Each drill prints what it did, what it checked and the figures, and exits non-zero when a
# check fails. Every drill compares, by event id, what the broker acknowledged to the devices with
# what the backend stored: nothing lost, nothing duplicated (restart-broker: nothing lost outside
# the loss window docs/production.md documents).
#
#   backend/drills/drills.sh kill-backend    # kill -9 of the backend mid-stream, restart
#   backend/drills/drills.sh kill-db         # kill -9 of MariaDB mid-stream: requests fail fast, readiness DOWN, recovery
#   backend/drills/drills.sh restart-broker  # Mosquitto restarted mid-stream: the loss window measured
#   backend/drills/drills.sh stall-db        # MariaDB stopped (SIGSTOP) while ~1.9 KB payloads arrive: memory bounded
#   backend/drills/drills.sh stop-keycloak   # Keycloak stopped: issued tokens keep working, new logins fail
#   backend/drills/drills.sh two-instances   # two backends: ingestion events/s against one, publish-to-dashboard latency
#   backend/drills/drills.sh all             # every drill in turn
#
# Needs: JDK 25 (JAVA_HOME), mosquitto, mariadbd and mariadb-install-db, the mariadb client, curl,
# node with frontend/node_modules (mqtt, ws), and for stop-keycloak the Keycloak distribution the
# build unpacks (backend/target/keycloak/keycloak-26.7.3, or DRILL_KEYCLOAK_HOME).
# The database: kill-backend uses a throw-away database on the MariaDB/MySQL at DRILL_DB_HOST:
# DRILL_DB_PORT (127.0.0.1:3306); every other drill starts a MariaDB of its own on port 13306 with
# its data in the drill's directory, so the shared server is never stopped.
# Environment: DRILL_RATE (events/s, default 300), DRILL_SECONDS (stream length, default 40),
# DRILL_KEEP=1 keeps the database, DRILL_DB_CONNECTION_TIMEOUT (ms; default 10000 for kill-backend,
# whose database is shared with other builds, 2500 as in production for the others),
# DRILL_OUTAGE (s the database stays down in kill-db, default 15), DRILL_STALL (s of the stall,
# default 25), DRILL_STALL_RATE (events/s of ~1.9 KB during stall-db, default 1500).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
RATE=${DRILL_RATE:-300}
SECONDS_OF_STREAM=${DRILL_SECONDS:-40}
DB_HOST=${DRILL_DB_HOST:-127.0.0.1}
DB_PORT=${DRILL_DB_PORT:-3306}
DB_USER=${DRILL_DB_USER:-root}
OWN_DB_PORT=13306
BROKER_PORT=18830
HTTP_PORT=18080
KEYCLOAK_PORT=18180
ISSUER=http://127.0.0.1:8180/realms/xiangli
NODE_MODULES=$ROOT/frontend/node_modules
WORK=$(mktemp -d /tmp/xiangli-drill.XXXXXX)
RUN=drill$(date +%H%M%S)
DB=xiangli_${RUN}
SQL=$(command -v mariadb || command -v mysql)
PIDS=()
OWN_DB_PID=
KEYCLOAK_PGID=

say() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*"; }
sql() { "$SQL" -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER" -N -B -e "$1" ${2:-}; }
now_ms() { date +%s%3N; }
load_average() { cut -d' ' -f1-3 /proc/loadavg; }
fail() { say "FAILED: $*"; exit 1; }

cleanup() {
  if [ -n "$OWN_DB_PID" ]; then kill -CONT "$OWN_DB_PID" 2>/dev/null || true; fi
  if [ -n "$KEYCLOAK_PGID" ]; then kill -- -"$KEYCLOAK_PGID" 2>/dev/null || true; fi
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [ "${DRILL_KEEP:-0}" != 1 ]; then
    if [ -z "$OWN_DB_PID" ]; then sql "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1 || true; fi
    sleep 2; rm -rf "$WORK/db" "$WORK/keycloak"
  fi
  say "cleaned up (logs in $WORK)"
}

jar() {
  local jar
  jar=$(ls "$ROOT"/backend/target/xiangli-backend-*.jar 2>/dev/null | grep -v plain | head -1 || true)
  if [ -z "$jar" ]; then
    say "packaging the backend (./mvnw -pl backend package -DskipTests)" >&2
    (cd "$ROOT" && ./mvnw -q -pl backend package -DskipTests -DskipKeycloak=true) >&2
    jar=$(ls "$ROOT"/backend/target/xiangli-backend-*.jar | grep -v plain | head -1)
  fi
  echo "$jar"
}

# A MariaDB of the drill's own on OWN_DB_PORT (data in $WORK/db, kept across a restart); the sql
# helper and the backends use it from now on. Sets OWN_DB_PID.
start_own_db() {
  if [ ! -d "$WORK/db/mysql" ]; then
    mariadb-install-db --no-defaults --datadir="$WORK/db" --user=root --skip-test-db > "$WORK/mariadb-install.log" 2>&1
  fi
  mariadbd --no-defaults --datadir="$WORK/db" --port=$OWN_DB_PORT --bind-address=127.0.0.1 --socket="$WORK/mariadb.sock" \
    --pid-file="$WORK/mariadb.pid" --user=root --skip-grant-tables --log-error="$WORK/mariadb.log" \
    --innodb-buffer-pool-size=256M --max-connections=300 > /dev/null 2>&1 &
  OWN_DB_PID=$!
  PIDS+=("$OWN_DB_PID")
  DB_HOST=127.0.0.1 DB_PORT=$OWN_DB_PORT DB_USER=root
  until sql "SELECT 1" > /dev/null 2>&1; do
    kill -0 "$OWN_DB_PID" 2>/dev/null || fail "mariadbd did not start: see $WORK/mariadb.log"
    sleep 0.2
  done
}

# The drill's own database, with the time zones the backend's connections name.
create_own_db() {
  start_own_db
  { mariadb-tzinfo-to-sql /usr/share/zoneinfo/UTC UTC; mariadb-tzinfo-to-sql /usr/share/zoneinfo/Asia/Shanghai Asia/Shanghai; } 2>/dev/null \
    | "$SQL" -h "$DB_HOST" -P "$DB_PORT" -u root mysql
  sql "CREATE DATABASE $DB CHARACTER SET utf8mb4"
  say "database: mariadbd $(mariadbd --version | awk '{print $3}') of the drill's own on $OWN_DB_PORT (pid $OWN_DB_PID), data in $WORK/db"
}

start_broker() {
  mkdir -p "$WORK/mosquitto"
  chmod 711 "$WORK"; chmod 777 "$WORK/mosquitto"  # mosquitto started as root runs as the mosquitto user
  cat > "$WORK/mosquitto.conf" <<CONF
listener $BROKER_PORT 127.0.0.1
allow_anonymous true
persistence true
persistence_location $WORK/mosquitto/
# an outage of every backend must fit in the queue of their sessions: the default (1000) drops the rest
max_queued_messages 0
max_packet_size 2048
CONF
  mosquitto -c "$WORK/mosquitto.conf" >> "$WORK/mosquitto.log" 2>&1 &
  BROKER_PID=$!
  PIDS+=("$BROKER_PID")
  until (exec 3<> "/dev/tcp/127.0.0.1/$BROKER_PORT") 2>/dev/null; do sleep 0.1; done
  say "broker: mosquitto $(mosquitto -h 2>&1 | head -1 | awk '{print $3}') on $BROKER_PORT (pid $BROKER_PID), persistence in $WORK/mosquitto"
}

# Starts the backend as instance $1 on port $2 (default HTTP_PORT) and waits until it is ready;
# sets BACKEND_PID.
start_backend() {
  local name=$1 port=${2:-$HTTP_PORT} started
  started=$(date +%s)
  XIANGLI_DB_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$DB?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&rewriteBatchedStatements=true" \
  XIANGLI_DB_USER=$DB_USER XIANGLI_DB_PASSWORD='' XIANGLI_HTTP_PORT=$port XIANGLI_MQTT_PORT=$BROKER_PORT XIANGLI_OIDC_ISSUER=$ISSUER \
  XIANGLI_INSTANCE_NAME=$name XIANGLI_DB_CONNECTION_TIMEOUT=${DRILL_DB_CONNECTION_TIMEOUT:-$CONNECTION_TIMEOUT} XIANGLI_TALENT_INDEX_TYPE=local-heap XIANGLI_FILES_DIR="$WORK/evidence" \
    "$JAVA_HOME/bin/java" -Xmx512m -jar "$JAR" >> "$WORK/backend-$name.log" 2>&1 &
  BACKEND_PID=$!
  PIDS+=("$BACKEND_PID")
  until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" > /dev/null; do
    if ! kill -0 "$BACKEND_PID" 2>/dev/null; then fail "backend $name died while starting: see $WORK/backend-$name.log"; fi
    sleep 1
  done
  say "backend $name ready on $port (pid $BACKEND_PID) after $(( $(date +%s) - started )) s"
}

readiness() { curl -s -o /dev/null -m 20 -w '%{http_code}' "http://127.0.0.1:${1:-$HTTP_PORT}/actuator/health/readiness" || true; }

# An access token of demo user $1 from the Keycloak at $2 (default: the issuer the backends trust).
token() {
  curl -sf -d grant_type=password -d client_id=xiangli-cli -d username="$1" -d password=demo \
    "${2:-$ISSUER}/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}

# One GraphQL request with token $1 on port $2; sets GQL_STATUS, GQL_MS and GQL_BODY.
graphql() {
  local out
  out=$(curl -s -m 60 -o "$WORK/graphql.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $1" -H 'Content-Type: application/json' \
    -d '{"query":"{ regions(filter: {within: \"330523\"}) { totalCount } }"}' "http://127.0.0.1:${2:-$HTTP_PORT}/graphql" || true)
  GQL_STATUS=${out%% *}
  GQL_MS=$(awk -v s="${out##* }" 'BEGIN { printf "%d", s * 1000 }')
  GQL_BODY=$(cat "$WORK/graphql.json" 2>/dev/null || true)
}
answered() { [ "$GQL_STATUS" = 200 ] && grep -q '"totalCount":[1-9]' <<< "$GQL_BODY"; }

# The devices: RATE events/s ($1) for $2 s with payloads of $3 bytes (0: plain ~100 bytes) over
# twenty demo motion sensors, QoS 1 through a persistent session (backend/drills/publish.cjs).
# Sets FLEET_PID, ACKED (what the broker acknowledged, with the time) and EXPECTED.
fleet() {
  [ -d "$NODE_MODULES/mqtt" ] || fail "no $NODE_MODULES/mqtt: run npm ci in frontend/ (or cp -al another checkout's node_modules)"
  local serials=()
  for n in $(seq 1 20); do serials+=("$(printf 'DEMO-HH%04d-M' "$n")"); done
  ACKED=$WORK/acked-$RUN.txt
  EXPECTED=$(( $1 * $2 ))
  NODE_PATH=$NODE_MODULES node "$ROOT/backend/drills/publish.cjs" $BROKER_PORT "$RUN" "$1" "$2" "$ACKED" "$3" "${serials[@]}" \
    > "$WORK/fleet-$RUN.log" 2>&1 &
  FLEET_PID=$!
  PIDS+=("$FLEET_PID")
}

fleet_done() {
  local rc=0
  wait "$FLEET_PID" || rc=$?
  say "$(tail -1 "$WORK/fleet-$RUN.log")"
  [ $rc = 0 ] || fail "the broker did not acknowledge every event: see $WORK/fleet-$RUN.log"
  say "checked: the broker acknowledged all $EXPECTED events"
}

stored() { sql "SELECT COUNT(*), COUNT(DISTINCT event_id) FROM device_event WHERE event_id LIKE '$RUN-%'" "$DB"; }

# Waits until every acknowledged event is stored (or the count stops moving for 30 s), then
# compares by event id; sets ACKED_COUNT, COUNT, DISTINCT, LOST (ids in $WORK/lost-$RUN) and DUPLICATED.
compare_stored() {
  cut -d' ' -f1 "$ACKED" | sort > "$WORK/acked-ids-$RUN"
  ACKED_COUNT=$(wc -l < "$WORK/acked-ids-$RUN")
  local last=-1 still=0
  while :; do
    read -r COUNT DISTINCT < <(stored)
    if [ "$DISTINCT" -ge "$ACKED_COUNT" ] || [ $still -ge 15 ]; then break; fi
    if [ "$COUNT" = "$last" ]; then still=$(( still + 1 )); else still=0; last=$COUNT; fi
    sleep 2
  done
  sql "SELECT event_id FROM device_event WHERE event_id LIKE '$RUN-%'" "$DB" | sort -u > "$WORK/stored-ids-$RUN"
  comm -23 "$WORK/acked-ids-$RUN" "$WORK/stored-ids-$RUN" > "$WORK/lost-$RUN"
  LOST=$(wc -l < "$WORK/lost-$RUN")
  DUPLICATED=$(( COUNT - DISTINCT ))
  say "figures: acknowledged $ACKED_COUNT, stored $COUNT, distinct event ids $DISTINCT, lost $LOST, duplicated $DUPLICATED"
}

exactly_once() {
  compare_stored
  if [ "$LOST" -ne 0 ] || [ "$DUPLICATED" -ne 0 ]; then fail "every acknowledged event must be stored exactly once (lost ids in $WORK/lost-$RUN)"; fi
  say "checked: every acknowledged event stored exactly once by event id"
}

drill_kill_backend() {
  say "DRILL kill-backend: a backend is killed with kill -9 while $RATE events/s arrive, and restarted (load $(load_average))"
  sql "CREATE DATABASE $DB CHARACTER SET utf8mb4"
  start_broker
  start_backend drill-a
  fleet "$RATE" "$SECONDS_OF_STREAM" 0
  say "did: streaming $EXPECTED events ($RATE/s for $SECONDS_OF_STREAM s, QoS 1, 20 devices)"
  sleep $(( SECONDS_OF_STREAM / 4 ))
  local before killed_at
  before=$(stored | awk '{print $1}')
  kill -9 "$BACKEND_PID"
  killed_at=$(date +%s)
  wait "$BACKEND_PID" 2>/dev/null || true
  say "did: kill -9 of the backend with $before events stored"
  sleep 5
  start_backend drill-a
  say "backend away for $(( $(date +%s) - killed_at )) s (the broker kept its session's messages)"
  fleet_done
  exactly_once
  say "PASSED kill-backend: nothing lost, nothing duplicated by event id (load $(load_average))"
}

drill_kill_db() {
  local outage=${DRILL_OUTAGE:-15}
  say "DRILL kill-db: MariaDB is killed with kill -9 while $RATE events/s arrive, kept down ${outage} s, restarted (load $(load_average))"
  create_own_db
  start_broker
  start_backend drill-a
  local token
  token=$(token anji.admin)
  graphql "$token"; answered || fail "a query before the drill did not answer: $GQL_STATUS $GQL_BODY"
  fleet "$RATE" "$SECONDS_OF_STREAM" 0
  say "did: streaming $EXPECTED events ($RATE/s for $SECONDS_OF_STREAM s, QoS 1, 20 devices)"
  sleep $(( SECONDS_OF_STREAM / 4 ))
  local before killed_at slowest=0
  before=$(stored | awk '{print $1}')
  kill -9 "$OWN_DB_PID"
  killed_at=$(date +%s)
  wait "$OWN_DB_PID" 2>/dev/null || true
  say "did: kill -9 of mariadbd with $before events stored"
  sleep 1
  for attempt in 1 2 3; do
    graphql "$token"
    say "checked: a query while the database is down answered HTTP $GQL_STATUS in $GQL_MS ms: $(grep -o '"classification":"[A-Z_]*"' <<< "$GQL_BODY" | head -1)"
    grep -q '"classification":"UNAVAILABLE"' <<< "$GQL_BODY" || fail "expected the UNAVAILABLE classification, got $GQL_BODY"
    if grep -qiE 'exception|jdbc|sql' <<< "$GQL_BODY"; then fail "the answer shows internals: $GQL_BODY"; fi
    (( GQL_MS > slowest )) && slowest=$GQL_MS
  done
  (( slowest < 8000 )) || fail "requests must fail fast (under 8 s), the slowest took $slowest ms"
  local ready
  ready=$(readiness)
  say "checked: readiness answers $ready while the database is down (liveness $(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:$HTTP_PORT/actuator/health/liveness))"
  [ "$ready" = 503 ] || fail "readiness must be DOWN (503) while the database is down"
  sleep $(( killed_at + outage - $(date +%s) > 0 ? killed_at + outage - $(date +%s) : 0 ))
  local restarted
  start_own_db
  restarted=$(now_ms)
  say "did: mariadbd restarted after $(( $(date +%s) - killed_at )) s down (InnoDB recovered its log)"
  until [ "$(readiness)" = 200 ]; do
    (( $(now_ms) - restarted < 120000 )) || fail "readiness not UP 120 s after the database came back"
    sleep 0.2
  done
  say "checked: readiness UP $(( $(now_ms) - restarted )) ms after the database accepted connections again"
  graphql "$token"; answered || fail "a query after the outage did not answer: $GQL_STATUS $GQL_BODY"
  say "checked: a query answers again by itself (HTTP $GQL_STATUS in $GQL_MS ms), no backend restart"
  fleet_done
  exactly_once
  say "figures: queries failed with UNAVAILABLE in at most $slowest ms; database down $outage s; nothing lost, nothing duplicated"
  say "PASSED kill-db (load $(load_average))"
}

drill_restart_broker() {
  say "DRILL restart-broker: Mosquitto (persistence on) is restarted while $RATE events/s arrive (load $(load_average))"
  create_own_db
  start_broker
  start_backend drill-a
  fleet "$RATE" "$SECONDS_OF_STREAM" 0
  say "did: streaming $EXPECTED events ($RATE/s for $SECONDS_OF_STREAM s, QoS 1, 20 devices, one persistent device session)"
  sleep $(( SECONDS_OF_STREAM / 3 ))
  local subscribed stopped up resubscribed
  subscribed=$(grep -c 'Receiving device events' "$WORK/backend-drill-a.log")
  stopped=$(now_ms)
  kill -TERM "$BROKER_PID"; wait "$BROKER_PID" 2>/dev/null || true
  say "did: stopped mosquitto (SIGTERM: it writes its persistent store) with $(stored | awk '{print $1}') events stored"
  sleep 2
  start_broker
  up=$(now_ms)
  until [ "$(grep -c 'Receiving device events' "$WORK/backend-drill-a.log")" -gt "$subscribed" ]; do
    (( $(now_ms) - up < 120000 )) || fail "the backend did not subscribe again within 120 s"
    sleep 0.1
  done
  resubscribed=$(now_ms)
  say "did: broker down $(( up - stopped )) ms; the backend subscribed again $(( resubscribed - up )) ms after the broker was back"
  fleet_done
  compare_stored
  [ "$DUPLICATED" -eq 0 ] || fail "$DUPLICATED events stored twice"
  local before_restart=0 in_window=0 after_window=0 first=0 last=0
  if [ "$LOST" -gt 0 ]; then
    read -r before_restart in_window after_window first last < <(sort "$WORK/acked-$RUN.txt" | join - "$WORK/lost-$RUN" \
      | awk -v up="$up" -v re="$resubscribed" 'BEGIN { f = 0 } { t = $2; if (t < up) b++; else if (t <= re + 1000) w++; else a++;
          if (!f || t < f) f = t; if (t > l) l = t } END { printf "%d %d %d %d %d\n", b, w, a, f - up, l - up }')
  fi
  say "figures: lost $LOST events: $before_restart acknowledged before the restart, $in_window between the broker's return and the"
  say "         re-subscription ($(( resubscribed - up )) ms window; lost acknowledgements at +$first…+$last ms), $after_window after it"
  (( before_restart == 0 )) || fail "events acknowledged before the restart were lost: the broker did not keep its queued messages"
  (( after_window == 0 )) || fail "events acknowledged after the backend subscribed again were lost"
  (( resubscribed - up <= 31000 )) || fail "the re-subscription took longer than the documented 30 s backoff"
  say "checked: every lost event was acknowledged inside the window between the broker's return and the backends' re-subscription;"
  say "         nothing queued before the restart was lost, nothing duplicated"
  say "PASSED restart-broker (load $(load_average))"
}

drill_stall_db() {
  local stall=${DRILL_STALL:-25} rate=${DRILL_STALL_RATE:-1500} size=1900
  local seconds=$(( stall + 20 ))
  say "DRILL stall-db: mariadbd stopped (SIGSTOP) ${stall} s while $rate events/s of $size bytes arrive (load $(load_average))"
  create_own_db
  start_broker
  start_backend drill-a
  "$JAVA_HOME/bin/jstat" -gc "$BACKEND_PID" 1000 > "$WORK/jstat.log" 2>&1 &
  local jstat_pid=$!
  PIDS+=("$jstat_pid")
  ( while kill -0 "$BACKEND_PID" 2>/dev/null; do echo "$(now_ms) $(ps -o rss= -p "$BACKEND_PID")"; sleep 1; done ) > "$WORK/rss.log" &
  PIDS+=($!)
  fleet "$rate" "$seconds" $size
  say "did: streaming $EXPECTED events of $size bytes ($rate/s for $seconds s, QoS 1; the packet limit is 2,048 bytes)"
  sleep 8
  local baseline_lines stalled_at resumed_at
  baseline_lines=$(wc -l < "$WORK/jstat.log")
  stalled_at=$(now_ms)
  kill -STOP "$OWN_DB_PID"
  say "did: SIGSTOP of mariadbd with $(( $(grep -c . "$ACKED") )) events acknowledged by the broker"
  sleep "$stall"
  local stall_lines
  stall_lines=$(wc -l < "$WORK/jstat.log")
  kill -CONT "$OWN_DB_PID"
  resumed_at=$(now_ms)
  kill -0 "$BACKEND_PID" 2>/dev/null || fail "the backend died during the stall: see $WORK/backend-drill-a.log"
  local arrived
  arrived=$(awk -v s="$stalled_at" -v e="$resumed_at" '$2 >= s && $2 <= e' "$ACKED" | wc -l)
  say "did: SIGCONT after $(( (resumed_at - stalled_at) / 1000 )) s; $arrived events ($(( arrived * size / 1048576 )) MB) reached the broker during the stall"
  fleet_done
  exactly_once
  kill "$jstat_pid" 2>/dev/null || true
  # jstat -gc columns: heap used = S0U + S1U + EU + OU (KB); old generation used = OU
  local figures
  figures=$(awk -v b="$baseline_lines" -v s="$stall_lines" '
      NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
      $1 ~ /^[0-9.]+$/ { used = $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]; old = $col["OU"]
        if (NR <= b) { if (used > bu) bu = used; if (old > bo) bo = old }
        else if (NR <= s) { if (used > su) su = used; if (old > so) so = old }
        else { if (used > au) au = used; if (old > ao) ao = old } }
      END { printf "%d %d %d %d %d %d\n", bu / 1024, bo / 1024, su / 1024, so / 1024, au / 1024, ao / 1024 }' "$WORK/jstat.log")
  local bu bo su so au ao rss_before rss_max
  read -r bu bo su so au ao <<< "$figures"
  rss_before=$(awk -v s="$stalled_at" '$1 < s { if ($2 > m) m = $2 } END { printf "%d", m / 1024 }' "$WORK/rss.log")
  rss_max=$(awk '{ if ($2 > m) m = $2 } END { printf "%d", m / 1024 }' "$WORK/rss.log")
  say "figures (MB, sampled every second; -Xmx512m): heap used max $bu before the stall, $su during it, $au after;"
  say "         old generation max $bo before, $so during, $ao after; RSS max $rss_before before, $rss_max over the drill"
  (( so - bo < 64 )) || fail "the old generation grew $(( so - bo )) MB during the stall: memory is not bounded by the 16 MB queue"
  (( su < 400 )) || fail "the heap reached $su MB of 512 during the stall"
  say "checked: the old generation grew $(( so - bo )) MB during the stall (bound: 16 MB queue + the broker's in-flight window) while $(( arrived * size / 1048576 )) MB arrived"
  say "PASSED stall-db (load $(load_average))"
}

drill_stop_keycloak() {
  local home=${DRILL_KEYCLOAK_HOME:-$ROOT/backend/target/keycloak/keycloak-26.7.3}
  [ -x "$home/bin/kc.sh" ] || fail "no Keycloak at $home: run ./mvnw -pl backend process-test-resources, or set DRILL_KEYCLOAK_HOME"
  say "DRILL stop-keycloak: Keycloak of the drill's own stopped; issued tokens keep working, new logins fail (load $(load_average))"
  cp -a "$home" "$WORK/keycloak"
  mkdir -p "$WORK/keycloak/data/import"
  cp "$ROOT/backend/keycloak/xiangli-realm.json" "$WORK/keycloak/data/import/"
  local started
  started=$(date +%s)
  ( cd "$WORK/keycloak" && KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
      exec setsid bin/kc.sh start-dev --http-host=127.0.0.1 --http-port=$KEYCLOAK_PORT --hostname=http://127.0.0.1:$KEYCLOAK_PORT \
      --http-management-port=$(( KEYCLOAK_PORT + 1000 )) --health-enabled=true --db=dev-mem --import-realm ) > "$WORK/keycloak.log" 2>&1 &
  KEYCLOAK_PGID=$!
  ISSUER=http://127.0.0.1:$KEYCLOAK_PORT/realms/xiangli
  until curl -sf "$ISSUER/.well-known/openid-configuration" > /dev/null; do
    kill -0 "$KEYCLOAK_PGID" 2>/dev/null || fail "Keycloak did not start: see $WORK/keycloak.log"
    (( $(date +%s) - started < 400 )) || fail "Keycloak not ready after 400 s: see $WORK/keycloak.log"
    sleep 2
  done
  say "keycloak: $(basename "$home") on $KEYCLOAK_PORT ready after $(( $(date +%s) - started )) s (pgid $KEYCLOAK_PGID)"
  create_own_db
  start_broker
  start_backend drill-a
  local token
  token=$(token anji.admin)
  [ -n "$token" ] || fail "no token from the drill's Keycloak"
  graphql "$token"; answered || fail "a query with a fresh token did not answer: $GQL_STATUS $GQL_BODY"
  say "did: signed in as anji.admin and queried (HTTP $GQL_STATUS in $GQL_MS ms)"
  kill -TERM -- -"$KEYCLOAK_PGID"
  local waited=0
  while kill -0 "$KEYCLOAK_PGID" 2>/dev/null && (( waited < 30 )); do sleep 1; waited=$(( waited + 1 )); done
  kill -KILL -- -"$KEYCLOAK_PGID" 2>/dev/null || true
  KEYCLOAK_PGID=
  say "did: stopped Keycloak (SIGTERM to its process group)"
  local code
  for attempt in 1 2 3; do
    graphql "$token"
    answered || fail "the token issued before the stop was refused: $GQL_STATUS $GQL_BODY"
  done
  say "checked: the token issued before the stop still works (3 queries, last HTTP $GQL_STATUS in $GQL_MS ms): the API checks signatures with the keys it cached"
  code=0
  curl -s -m 10 -o /dev/null -d grant_type=password -d client_id=xiangli-cli -d username=anji.admin -d password=demo \
    "$ISSUER/protocol/openid-connect/token" || code=$?
  [ $code != 0 ] || fail "a new login succeeded with Keycloak stopped"
  say "checked: a new login fails (curl exit $code: the token endpoint cannot be reached); the dashboard then says 'The identity server (Keycloak) cannot be reached' (frontend/src/auth/session.spec.ts)"
  local fresh
  fresh=$(curl -s -o /dev/null -w '%{http_code}' -H 'Authorization: Bearer not-a-token' -H 'Content-Type: application/json' \
    -d '{"query":"{ regions { totalCount } }"}' "http://127.0.0.1:$HTTP_PORT/graphql" || true)
  say "checked: a request with a token the API cannot verify is still refused (HTTP $fresh)"
  [ "$fresh" = 401 ] || fail "expected 401 for an unverifiable token"
  say "PASSED stop-keycloak (load $(load_average))"
}

# Drains $1 events queued at the broker while the given backends were stopped (SIGSTOP); prints events/s.
drain() {
  local events=$1; shift
  local pids=("$@") started count
  kill -STOP "${pids[@]}"
  fleet 20000 $(( events / 20000 )) 0
  fleet_done
  started=$(now_ms)
  kill -CONT "${pids[@]}"
  while :; do
    read -r count _ < <(stored)
    (( count >= EXPECTED )) && break
    (( $(now_ms) - started < 600000 )) || fail "only $count of $EXPECTED stored after 600 s"
    sleep 0.5
  done
  DRAIN_RATE=$(( EXPECTED * 1000 / ( $(now_ms) - started ) ))
  say "figures: ${#pids[@]} backend(s) wrote the $EXPECTED queued events in $(( $(now_ms) - started )) ms = $DRAIN_RATE events/s (load $(load_average))"
  exactly_once
}

drill_two_instances() {
  local events=${DRILL_DRAIN_EVENTS:-100000}
  say "DRILL two-instances: ingestion events/s with one backend, then two sharing the stream; alert latency on both (load $(load_average))"
  create_own_db
  start_broker
  start_backend drill-a 18080
  local a=$BACKEND_PID
  say "did: $events events queued at the broker while backend A was stopped (SIGSTOP), then let go"
  drain "$events" "$a"
  local one=$DRAIN_RATE
  start_backend drill-b 18081
  local b=$BACKEND_PID
  RUN=${RUN}b
  say "did: $events events queued at the broker while backends A and B were stopped (SIGSTOP), then let go"
  drain "$events" "$a" "$b"
  local two=$DRAIN_RATE
  say "figures: ingestion through the broker: one backend $one events/s, two backends $two events/s (2 cores shared by everything)"
  local holder
  holder=$(sql "SELECT locked_by FROM shedlock WHERE name = 'eldercare-rules'" "$DB")
  say "checked: the rule job's ShedLock row names the instance that ran it last: locked_by = $holder"
  [[ "$holder" = drill-a || "$holder" = drill-b ]] || fail "locked_by must be an instance name, got '$holder'"
  local token
  token=$(token linping.operator)
  say "did: 100 panic presses, one every 50 ms, while 2,000 events/s flow; operator subscribed to alertChanged on A and on B"
  local delivered=0
  DRILL_MISSED=$WORK/missed NODE_PATH=$NODE_MODULES node "$ROOT/backend/drills/latency.cjs" $BROKER_PORT "${RUN}l" "$token" 100 2000 18080 18081 \
    > "$WORK/latency.log" 2>&1 || delivered=$?
  while read -r line; do say "figures: $line"; done < "$WORK/latency.log"
  say "figures: panic alerts raised by instance: $(sql "SELECT origin, COUNT(*) FROM change_outbox WHERE topic = 'alert' AND action = 'RAISED' GROUP BY origin" "$DB" | tr '\t\n' '= ')"
  local missed port
  for missed in "$WORK"/missed-*; do
    [ -f "$missed" ] || continue
    port=${missed##*-}
    say "figures: the presses missed on :$port were raised by: $(sql "SELECT o.origin, COUNT(*) FROM change_outbox o JOIN alert a ON a.id = o.entity_id
      WHERE o.topic = 'alert' AND o.action = 'RAISED' AND a.detail IN ($(sed "s/.*/'panic button & pressed'/" "$missed" | paste -sd,)) GROUP BY o.origin" "$DB" | tr '\t\n' '= ')"
  done
  [ $delivered = 0 ] || fail "not every press reached both dashboards"
  say "checked: every press reached the subscribers of both instances (raised on either, passed on through change_outbox)"
  say "PASSED two-instances (load $(load_average))"
}

drill() {
  case "$1" in
    kill-backend) CONNECTION_TIMEOUT=10000; drill_kill_backend ;;
    kill-db) CONNECTION_TIMEOUT=2500; drill_kill_db ;;
    restart-broker) CONNECTION_TIMEOUT=2500; drill_restart_broker ;;
    stall-db) CONNECTION_TIMEOUT=2500; drill_stall_db ;;
    stop-keycloak) CONNECTION_TIMEOUT=2500; drill_stop_keycloak ;;
    two-instances) CONNECTION_TIMEOUT=2500; drill_two_instances ;;
  esac
}

DRILLS="kill-backend kill-db restart-broker stall-db stop-keycloak two-instances"
case "${1:-}" in
  all)
    failed=()
    for name in $DRILLS; do "$0" "$name" || failed+=("$name"); echo; done
    if [ ${#failed[@]} -gt 0 ]; then say "FAILED drills: ${failed[*]}"; exit 1; fi
    say "PASSED all drills: $DRILLS"
    ;;
  kill-backend|kill-db|restart-broker|stall-db|stop-keycloak|two-instances)
    : "${JAVA_HOME:?set JAVA_HOME to a JDK 25}"
    trap cleanup EXIT
    JAR=$(jar)
    drill "$1"
    ;;
  *) echo "usage: $0 all|${DRILLS// /|}" >&2; exit 2 ;;
esac
