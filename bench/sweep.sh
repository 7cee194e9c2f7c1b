#!/usr/bin/env bash
# Whole-province eligibility sweep (issue 3): every person and collective judged for every title and
# form for achievement year 2025, against merely reading the same records, on the embedded H2 file
# and on PostgreSQL, with N synthetic people each holding records from 2016 to 2025 (10 years).
#   bench/sweep.sh [people]      (default 200000; builds the jar if missing)
# Installs Debian's postgresql when it is missing. Prints figures; record them in docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
PEOPLE=${1:-200000}
PORT=${BENCH_PORT:-18182}
JAR=target/thidua.jar
WORK=$(mktemp -d /tmp/thidua-sweep.XXXX)
export THIDUA_DEMO_PASSWORD=Bench-Passw0rd!
[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package
DATA=(--thidua.demo.people=$PEOPLE --thidua.demo.histories=$PEOPLE --thidua.demo.history-from=2016)

sweep() {  # label, extra args...
  local label=$1; shift
  java -jar "$JAR" --server.port=$PORT --thidua.bench.sweep=true "$@" > "$WORK/$label.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 3600); do grep -q "sweep / read ratio" "$WORK/$label.log" && break; sleep 1; done
  kill $pid; wait $pid 2>/dev/null || true
  echo "$label:"
  grep "Đã nạp" "$WORK/$label.log" | sed 's/.*DemoData *: /  /' || true
  sed -n '/Xét toàn tỉnh/,/sweep \/ read ratio/p' "$WORK/$label.log"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "== H2 (embedded file)"
export THIDUA_DATA_DIR=$WORK/h2
sweep h2-sweep "${DATA[@]}"

echo "== PostgreSQL"
if ! command -v pg_ctlcluster > /dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql > /dev/null
fi
PGVER=$(ls /usr/lib/postgresql | sort -n | tail -1)
pg_ctlcluster "$PGVER" main start 2>/dev/null || true
su postgres -c "psql -q -c \"drop database if exists thidua_sweep\""
su postgres -c "psql -q -c \"do \\\$\\\$ begin if not exists (select from pg_roles where rolname='thidua') then create role thidua login password 'thidua'; end if; end \\\$\\\$\""
su postgres -c "psql -q -c \"create database thidua_sweep owner thidua\""
PG=(--spring.datasource.url=jdbc:postgresql://localhost:5432/thidua_sweep --spring.datasource.username=thidua --spring.datasource.password=thidua)
sweep pg-sweep "${PG[@]}" "${DATA[@]}"
echo "logs: $WORK"
