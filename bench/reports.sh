#!/usr/bin/env bash
# Every statistical form and yearly table (issue 20) for a province of N synthetic people (default 200,000), each
# with records from 2016 to 2025 (10 years), with the demo's decisions, dossiers and fund ledger, on the embedded
# H2 file and on PostgreSQL: each form for 2025 and for 2016–2025, and its Excel and PDF export (medians of 5).
#   bench/reports.sh [people] [h2|pg|both]
# Prints figures; record them in docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
PEOPLE=${1:-200000}
WHICH=${2:-both}
PORT=${BENCH_PORT:-18183}
JAR=${BENCH_JAR:-target/thidua.jar}
WORK=$(mktemp -d /tmp/thidua-reports.XXXX)
export THIDUA_DEMO_PASSWORD=Bench-Passw0rd!
[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package
DATA=(--thidua.demo.people=$PEOPLE --thidua.demo.histories=$PEOPLE --thidua.demo.history-from=2016)

bench() {  # label, extra args...
  local label=$1; shift
  java -jar "$JAR" --server.port=$PORT --thidua.bench.reports=true "$@" > "$WORK/$label.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 3600); do grep -q "report bench done" "$WORK/$label.log" && break; sleep 1; done
  kill $pid; wait $pid 2>/dev/null || true
  echo "$label:"
  grep "Đã nạp" "$WORK/$label.log" | sed 's/.*DemoData *: /  /' || true
  grep "Báo cáo " "$WORK/$label.log" | sed 's/.*ReportFormsBenchmark *: /  /'
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
if [ "$WHICH" != pg ]; then
  echo "== H2 (embedded file)"
  export THIDUA_DATA_DIR=$WORK/h2
  bench h2-reports "${DATA[@]}"
fi
if [ "$WHICH" != h2 ]; then
  echo "== PostgreSQL"
  if ! command -v pg_ctlcluster > /dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql > /dev/null
  fi
  PGVER=$(ls /usr/lib/postgresql | sort -n | tail -1)
  pg_ctlcluster "$PGVER" main start 2>/dev/null || true
  su postgres -c "psql -q -c \"drop database if exists thidua_reports\""
  su postgres -c "psql -q -c \"do \\\$\\\$ begin if not exists (select from pg_roles where rolname='thidua') then create role thidua login password 'thidua'; end if; end \\\$\\\$\""
  su postgres -c "psql -q -c \"create database thidua_reports owner thidua\""
  PG=(--spring.datasource.url=jdbc:postgresql://localhost:5432/thidua_reports --spring.datasource.username=thidua --spring.datasource.password=thidua)
  bench pg-reports "${PG[@]}" "${DATA[@]}"
fi
echo "logs: $WORK"
