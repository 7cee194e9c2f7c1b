#!/usr/bin/env bash
# Foundation benchmarks (issue 2): time from `java -jar` to healthy, RSS after start, and person
# search latency with N synthetic people, on the embedded H2 file and on PostgreSQL.
#   bench/foundation.sh [people]      (default 200000; builds the jar if missing)
# Installs Debian's postgresql when it is missing. Prints figures; record them in docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
PEOPLE=${1:-200000}
PORT=${BENCH_PORT:-18181}
JAR=target/thidua.jar
WORK=$(mktemp -d /tmp/thidua-bench.XXXX)
export THIDUA_DEMO_PASSWORD=Bench-Passw0rd!
[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package

healthy() {  # seconds from launch until /actuator/health says UP; prints seconds
  local start=$1
  for _ in $(seq 1 1200); do
    if curl -fs "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; then
      echo "scale=2; ($(date +%s%N) - $start) / 1000000000" | bc; return 0
    fi
    sleep 0.1
  done
  echo "never"; return 1
}

LAUNCH=(java -jar "$JAR")
run() {  # label, extra args...
  local label=$1; shift
  local start; start=$(date +%s%N)
  "${LAUNCH[@]}" --server.port=$PORT "$@" > "$WORK/$label.log" 2>&1 &
  local pid=$!
  local secs; secs=$(healthy "$start")
  sleep 2
  local rss; rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/$pid/status)
  echo "$label: healthy after ${secs} s, RSS ${rss} MB"
  kill $pid; wait $pid 2>/dev/null || true
}

search() {  # label, extra args...
  local label=$1; shift
  java -jar "$JAR" --server.port=$PORT --thidua.bench.person-search=true "$@" > "$WORK/$label.log" 2>&1 &
  local pid=$!
  # the naive baseline alone takes minutes on PostgreSQL: wait for the report, not for health
  for _ in $(seq 1 1800); do grep -q "p95 ratio" "$WORK/$label.log" && break; sleep 1; done
  kill $pid; wait $pid 2>/dev/null || true
  echo "$label:"; sed -n '/Tìm cá nhân/,/p95 ratio/p' "$WORK/$label.log"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "== H2 (embedded file)"
export THIDUA_DATA_DIR=$WORK/h2
run h2-first-start-3000-people --thidua.demo.people=3000
run h2-restart-3000-people
# class-data sharing: Spring Boot's extracted layout plus an archive from one training start
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/cds" > /dev/null
java -XX:ArchiveClassesAtExit="$WORK/cds/thidua.jsa" -Dspring.context.exit=onRefresh \
  -jar "$WORK/cds/thidua.jar" > "$WORK/cds-training.log" 2>&1 || true
LAUNCH=(java -XX:SharedArchiveFile="$WORK/cds/thidua.jsa" -jar "$WORK/cds/thidua.jar")
run h2-restart-3000-people-appcds
LAUNCH=(java -jar "$JAR")
rm -rf "$WORK/h2"
run h2-first-start-$PEOPLE-people --thidua.demo.people=$PEOPLE
run h2-restart-$PEOPLE-people
search h2-search

echo "== PostgreSQL"
if ! command -v pg_ctlcluster > /dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql > /dev/null
fi
PGVER=$(ls /usr/lib/postgresql | sort -n | tail -1)
pg_ctlcluster "$PGVER" main start 2>/dev/null || true
su postgres -c "psql -q -c \"drop database if exists thidua_bench\"" 
su postgres -c "psql -q -c \"do \\\$\\\$ begin if not exists (select from pg_roles where rolname='thidua') then create role thidua login password 'thidua'; end if; end \\\$\\\$\""
su postgres -c "psql -q -c \"create database thidua_bench owner thidua\""
PG=(--spring.datasource.url=jdbc:postgresql://localhost:5432/thidua_bench --spring.datasource.username=thidua --spring.datasource.password=thidua)
run pg-first-start-$PEOPLE-people "${PG[@]}" --thidua.demo.people=$PEOPLE
run pg-restart-$PEOPLE-people "${PG[@]}"
search pg-search "${PG[@]}"
echo "logs: $WORK"
