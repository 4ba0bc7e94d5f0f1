#!/usr/bin/env bash
# Issue 12's benchmark in one command: installs the peers' npm packages, packages the backend when
# its jar is missing, generates the data set when missing (BENCH_SIZE, default issue), then runs
# bench/run.mjs (see there for BENCH_DURATION, BENCH_ROUNDS, BENCH_CONNECTIONS, BENCH_JAVA_OPTS).
# --regenerate loads the data set again; --check only checks that the three servers agree;
# --mix runs the dashboard's query mix instead (bench/mix.mjs: the backend alone, no peers);
# --explain checks the dashboard's list filters against the indexes (bench/explain.mjs --fixtures).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
size="${BENCH_SIZE:-issue}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[ -d "$here/node_modules" ] || (cd "$here" && npm ci --no-audit --no-fund)
ls "$root"/backend/target/xiangli-backend-*.jar >/dev/null 2>&1 \
  || (cd "$root" && ./mvnw -B -q -Dskip.frontend -DskipTests -DskipKeycloak=true -pl backend package)

regenerate=false
script=run.mjs
args=()
for arg in "$@"; do
  case "$arg" in
    --regenerate) regenerate=true ;;
    --mix) script=mix.mjs ;;
    --explain) script=explain.mjs; args+=("--fixtures") ;;
    *) args+=("$arg") ;;
  esac
done
if $regenerate || ! grep -q "\"size\": \"$size\"" "$here/out/dataset.json" 2>/dev/null; then
  node "$here/generate.mjs" --size="$size"
fi
node "$here/$script" "${args[@]+"${args[@]}"}"
