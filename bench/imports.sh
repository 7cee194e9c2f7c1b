#!/usr/bin/env bash
# Excel imports in bounded memory (issue 16): a 50,000-row list of people imported (read, checked,
# written in one transaction) and then checked by two imports at once, in a JVM with a 256 MB heap,
# on the embedded H2 file; then, in the same JVM, POI's whole-workbook model of the same file (the
# importers' former path) for comparison.
#   bench/imports.sh [heap]      (default 256m; builds the jar if missing)
# Prints figures; record them in docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
HEAP=${1:-256m}
PORT=${BENCH_PORT:-18193}
JAR=${JAR:-target/thidua.jar}
WORK=$(mktemp -d /tmp/thidua-imports.XXXX)
export THIDUA_DEMO_PASSWORD=Bench-Passw0rd! THIDUA_DATA_DIR=$WORK/data
[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package

echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1), -Xmx$HEAP"
java -Xmx"$HEAP" -jar "$JAR" --server.port=$PORT --thidua.bench.import-memory=true \
  --thidua.bench.import-memory.baseline=true > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 1800); do
  grep -q "baseline, POI" "$WORK/app.log" && break
  kill -0 $APP 2>/dev/null || break
  sleep 1
done
sed -n '/Nhập 50.000 dòng/,/two imports at once/p' "$WORK/app.log"
grep "baseline, POI" "$WORK/app.log" || { echo "no baseline line; log: $WORK/app.log"; tail -20 "$WORK/app.log"; }
echo "log: $WORK/app.log"
