#!/usr/bin/env bash
# Fault drills against a real, isolated copy of the stack: the packaged backend (java -jar), a
# Mosquitto of the drill's own (port 18830, persistence in a temporary directory, so the shared
# development broker is never touched), a throw-away database on the MariaDB/MySQL at
# 127.0.0.1:3306, and the demo households' devices. Each drill prints what it did, what it checked
# and the figures, and exits non-zero when a check fails.
#
#   backend/drills/drills.sh kill-backend     # kill -9 of the backend mid-stream, restart, nothing lost or duplicated
#
# Needs: JDK 25 (JAVA_HOME), mosquitto and mosquitto_pub, the mariadb (or mysql) client, curl.
# Environment: DRILL_RATE (events/s, default 300), DRILL_SECONDS (stream length, default 40),
# DRILL_DB_* (host, port, user; default 127.0.0.1, 3306, root), DRILL_KEEP=1 keeps the database,
# DRILL_DB_CONNECTION_TIMEOUT (ms, default 10000: a busy shared machine may take longer than the
# production 2500 ms to open a connection while the backend starts).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
RATE=${DRILL_RATE:-300}
SECONDS_OF_STREAM=${DRILL_SECONDS:-40}
DB_HOST=${DRILL_DB_HOST:-127.0.0.1}
DB_PORT=${DRILL_DB_PORT:-3306}
DB_USER=${DRILL_DB_USER:-root}
BROKER_PORT=18830
HTTP_PORT=18080
WORK=$(mktemp -d /tmp/xiangli-drill.XXXXXX)
RUN=drill$(date +%H%M%S)
DB=xiangli_${RUN}
SQL=$(command -v mariadb || command -v mysql)
PIDS=()

say() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*"; }
sql() { "$SQL" -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER" -N -B -e "$1" ${2:-}; }

cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [ "${DRILL_KEEP:-0}" != 1 ]; then sql "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1 || true; fi
  say "cleaned up (logs in $WORK)"
}
trap cleanup EXIT

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
  mosquitto -c "$WORK/mosquitto.conf" > "$WORK/mosquitto.log" 2>&1 &
  BROKER_PID=$!
  PIDS+=("$BROKER_PID")
  sleep 1
  say "broker: mosquitto $(mosquitto -h 2>&1 | head -1 | awk '{print $3}') on $BROKER_PORT, persistence in $WORK/mosquitto"
}

# Starts the backend as instance $1 and waits until it is ready; sets BACKEND_PID.
start_backend() {
  local name=$1 started
  started=$(date +%s)
  XIANGLI_DB_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$DB?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&rewriteBatchedStatements=true" \
  XIANGLI_DB_USER=$DB_USER XIANGLI_DB_PASSWORD='' XIANGLI_HTTP_PORT=$HTTP_PORT XIANGLI_MQTT_PORT=$BROKER_PORT \
  XIANGLI_INSTANCE_NAME=$name XIANGLI_DB_CONNECTION_TIMEOUT=${DRILL_DB_CONNECTION_TIMEOUT:-10000} XIANGLI_TALENT_INDEX_TYPE=local-heap XIANGLI_FILES_DIR="$WORK/evidence" \
    "$JAVA_HOME/bin/java" -Xmx512m -jar "$JAR" >> "$WORK/backend-$name.log" 2>&1 &
  BACKEND_PID=$!
  PIDS+=("$BACKEND_PID")
  until curl -sf "http://127.0.0.1:$HTTP_PORT/actuator/health/readiness" > /dev/null; do
    if ! kill -0 "$BACKEND_PID" 2>/dev/null; then say "backend $name died while starting: see $WORK/backend-$name.log"; exit 1; fi
    sleep 1
  done
  say "backend $name ready (pid $BACKEND_PID) after $(( $(date +%s) - started )) s"
}

# Publishes RATE events/s for SECONDS_OF_STREAM s, QoS 1, spread over four demo devices, one
# mosquitto_pub per device; a mosquitto_pub that exits 0 had every message acknowledged by the broker.
stream() {
  local per_device=$(( RATE / 4 )) total=$(( RATE * SECONDS_OF_STREAM / 4 ))
  for hh in 0001 0002 0003 0004; do
    local serial=DEMO-HH$hh-M
    (
      export TZ=UTC
      for ((n = 0; n < total; n++)); do
        printf '{"eventId":"%s-%s-%d","serial":"%s","type":"MOTION","time":"%(%Y-%m-%dT%H:%M:%SZ)T"}\n' "$RUN" "$hh" "$n" "$serial" -1
        if (( n % per_device == per_device - 1 )); then sleep 1; fi
      done
    ) | mosquitto_pub -h 127.0.0.1 -p $BROKER_PORT -V mqttv5 -q 1 -i "$RUN-device-$hh" -t "xiangli/devices/$serial/events" -l \
        > "$WORK/pub-$hh.log" 2>&1 &
    STREAMS+=($!)
  done
  EXPECTED=$(( total * 4 ))
}

stored() { sql "SELECT COUNT(*), COUNT(DISTINCT event_id) FROM device_event WHERE event_id LIKE '$RUN-%'" "$DB"; }

drill_kill_backend() {
  say "DRILL kill-backend: a backend is killed with kill -9 while $RATE events/s arrive, and restarted"
  sql "CREATE DATABASE $DB CHARACTER SET utf8mb4"
  start_broker
  start_backend drill-a
  STREAMS=()
  stream
  say "did: streaming $EXPECTED events ($RATE/s for $SECONDS_OF_STREAM s, QoS 1, 4 devices)"
  sleep $(( SECONDS_OF_STREAM / 4 ))
  local before
  before=$(stored | awk '{print $1}')
  kill -9 "$BACKEND_PID"
  local killed_at
  killed_at=$(date +%s)
  say "did: kill -9 of the backend with $before events stored"
  sleep 5
  start_backend drill-a
  say "backend away for $(( $(date +%s) - killed_at )) s (the broker kept its session's messages)"
  local failed=0
  for pid in "${STREAMS[@]}"; do wait "$pid" || failed=1; done
  if [ $failed = 1 ]; then say "a publisher failed: see $WORK/pub-*.log"; exit 1; fi
  say "checked: every publisher exited 0, so the broker acknowledged all $EXPECTED events"
  local deadline=$(( $(date +%s) + 180 )) count distinct
  while :; do
    read -r count distinct < <(stored)
    if [ "$count" -ge "$EXPECTED" ] || [ "$(date +%s)" -gt "$deadline" ]; then break; fi
    sleep 2
  done
  say "figures: acknowledged $EXPECTED, stored $count, distinct event ids $distinct, lost $(( EXPECTED - distinct )), duplicated $(( count - distinct ))"
  if [ "$distinct" -ne "$EXPECTED" ] || [ "$count" -ne "$distinct" ]; then
    say "FAILED: every acknowledged event must be stored exactly once"
    exit 1
  fi
  say "PASSED: nothing lost, nothing duplicated by event id"
}

: "${JAVA_HOME:?set JAVA_HOME to a JDK 25}"
JAR=$(jar)
case "${1:-}" in
  kill-backend) drill_kill_backend ;;
  *) echo "usage: $0 kill-backend" >&2; exit 2 ;;
esac
