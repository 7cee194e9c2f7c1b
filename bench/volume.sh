#!/usr/bin/env bash
# The national volume (issue 18, ADR 0028): each page kind's latency (p50/p95 of N sequential
# requests, one connection, curl's time_total) on the demo data, then the same pages after
# --thidua.demo.volume=national at a scale loads on top of it (1 = 2,000,000 people, 20,000,000
# record facts, 1,000,000 honour-roll entries, 10,000 articles and documents). Prints the load time,
# the database's size and a table; fails nothing.
#   bench/volume.sh [scale] [requests]      (defaults 0.01 and 40; builds the jar if missing)
#   KEEP=/path/dir bench/volume.sh 1        keeps (and reuses: the load resumes) the data directory
#   SKIP_DEMO=1 KEEP=/path/dir bench/volume.sh 1   measures again at volume only
set -u  # no -e: a page that fails is printed, not fatal
cd "$(dirname "$0")/.."
SCALE=${1:-0.01}
N=${2:-40}
PORT=${BENCH_PORT:-18291}
JAR=${JAR:-target/thidua.jar}
WORK=${KEEP:-$(mktemp -d /tmp/thidua-volume.XXXX)}
mkdir -p "$WORK"
export THIDUA_DEMO_PASSWORD=Bench-Passw0rd! THIDUA_DATA_DIR=$WORK/data
[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package
BASE="http://localhost:$PORT"
APP=

start() {  # extra arguments for the application
  java -Xmx2g -jar "$JAR" --server.port=$PORT "$@" > "$WORK/app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 36000); do
    curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q UP && return 0
    kill -0 $APP 2>/dev/null || { tail -30 "$WORK/app.log"; exit 1; }
    sleep 0.5
  done
}
stop() { [ -n "$APP" ] && kill $APP 2>/dev/null && wait $APP 2>/dev/null || true; APP=; }
trap stop EXIT

signin() {
  rm -f "$WORK/jar"
  local token
  token=$(curl -s -c "$WORK/jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -o /dev/null -b "$WORK/jar" -c "$WORK/jar" --data-urlencode "username=bantdkt" \
    --data-urlencode "password=$THIDUA_DEMO_PASSWORD" --data-urlencode "_csrf=$token" "$BASE/login"
}

# p50 and p95 in ms of N requests (after 5 unmeasured), signed in or not
measure() {  # signed|anon path
  local cookies=()
  [ "$1" = signed ] && cookies=(-b "$WORK/jar")
  for _ in 1 2 3 4 5; do curl -s -o /dev/null "${cookies[@]}" "$BASE$2"; done
  for _ in $(seq 1 "$N"); do curl -s -o /dev/null "${cookies[@]}" -w '%{time_total}\n' "$BASE$2"; done |
    sort -n | awk -v n="$N" '{ t[NR] = $1 * 1000 } END {
      i50 = int(n * 0.5 + 0.999); i95 = int(n * 0.95 + 0.999); printf "%.1f %.1f", t[i50], t[i95] }'
}

pages() {  # label: the page list measured at this size
  signin
  local person code rare
  person=$(curl -s -b "$WORK/jar" "$BASE/people?q=nguyen" | grep -o '/people/[0-9]*' | head -1)
  code=$(curl -s "$BASE/portal/vinh-danh" | grep -o '/xac-minh/[A-Z0-9]*' | head -1)
  rare=$(curl -s "$BASE/portal/vinh-danh" | grep -o '<td><span>[^<]*</span>' | sed 's/<[^>]*>//g' | head -1 | sed 's/ /+/g')
  for p in "signed /" "signed /people" "signed /people?q=nguyen+thi+anh" "signed /units" "signed /movements" \
           "signed /dossiers" "signed /councils" "signed /decisions" "signed ${person:-/people}" \
           "anon /login" "anon /portal" "anon /portal/tim-kiem?q=nguyen+van" "anon /portal/tim-kiem?q=${rare:-tuyet}" \
           "anon /portal/tim-kiem?q=chuyen+doi+so" "anon /portal/thong-ke" "anon /portal/van-ban?section=PLAN" \
           "anon /portal/phong-trao" "anon /portal/vinh-danh" "anon /cong-khai" "anon ${code:-/portal}"; do
    set -- $p
    echo "$1 $2 $(measure "$1" "$2")"
  done
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
if [ -z "${SKIP_DEMO:-}" ]; then  # SKIP_DEMO=1 with KEEP: the demo figures of the earlier run
  echo "== demo size"
  start
  pages | tee "$WORK/demo.txt"
  stop
fi
echo "== loading the national volume at scale $SCALE"
LOAD_START=$(date +%s)
start --thidua.demo.volume=national --thidua.demo.volume-scale="$SCALE"
LOAD_END=$(date +%s)
grep -E "NationalVolume|HonourRoll|PortalSearch" "$WORK/app.log" | sed 's/.*: //' | tail -12
echo "load + start: $((LOAD_END - LOAD_START)) s; database file: $(du -h "$WORK/data/thidua.mv.db" | cut -f1)"
echo "== at volume"
pages | tee "$WORK/volume.txt"
stop
echo
echo "| page | who | demo p50 / p95 ms | volume p50 / p95 ms | p95 ratio |"
echo "|---|---|---|---|---|"
paste -d' ' "$WORK/demo.txt" "$WORK/volume.txt" | awk '{ r = ($4 > 0) ? $8 / $4 : 0;
  printf "| `%s` | %s | %s / %s | %s / %s | %.1f× |\n", $2, $1, $3, $4, $7, $8, r }'
