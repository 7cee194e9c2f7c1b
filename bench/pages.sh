#!/usr/bin/env bash
# Every page kind under load (issue 18): the application on H2 and on PostgreSQL, signed in per role,
# each page measured with wrk against nginx serving the same HTML saved to a file (the ceiling), and
# against the Flask peer's admin dashboard and /login when it answers on 127.0.0.1:5001
# (../shared/bench/PEER.md; PEER=/tmp/peer holds its cookie.txt). Prints one table per database:
#   page, app req/s, app p99, CPU ms per request (the JVM's own CPU time / requests: the figure that
#   does not depend on how busy the machine is), nginx req/s, app/nginx, target, met?
# A benchmark, not a test: it fails nothing.
#   bench/pages.sh [seconds per run]      (default 8; DBS="h2 pg" by default; JAR=… another build)
# Installs Debian's wrk and nginx when missing (apt-get install wrk nginx), and uses Debian's
# PostgreSQL (apt-get install postgresql) for the PostgreSQL run, in a database of its own.
set -uo pipefail
cd "$(dirname "$0")/.."
SECS=${1:-8}
NGINX_SECS=${NGINX_SECS:-3}   # nginx is steady: a shorter run each
DBS=${DBS:-h2 pg}
PORT=${BENCH_PORT:-18391}
NGINX_PORT=${BENCH_NGINX_PORT:-18392}
PEER=${PEER:-/tmp/peer}
PEER_URL=${PEER_URL:-http://127.0.0.1:5001}
JAR=${JAR:-target/thidua.jar}
WORK=$(mktemp -d /tmp/thidua-pages.XXXX)
PASSWORD='Bench-Passw0rd!'
[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package
if ! command -v wrk > /dev/null || ! command -v nginx > /dev/null; then
  echo "installing wrk and nginx: apt-get install wrk nginx"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx > /dev/null
fi
APP=
cleanup() { [ -n "$APP" ] && kill "$APP" 2> /dev/null; [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2> /dev/null; true; }
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- nginx, serving whatever the app's pages are saved as under $WORK/www
chmod 755 "$WORK"; mkdir -p "$WORK/www" "$WORK/tmp"
cat > "$WORK/nginx.conf" << CONF
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/tmp; proxy_temp_path $WORK/tmp; fastcgi_temp_path $WORK/tmp; uwsgi_temp_path $WORK/tmp; scgi_temp_path $WORK/tmp;
  server { listen $NGINX_PORT; root $WORK/www; default_type text/html; }
}
CONF
nginx -c "$WORK/nginx.conf"

# wrk: "req/s p99-in-ms non2xx"
measure() {  # connections url [curl-style headers...]   (SECS overrides the duration)
  local c=$1 url=$2; shift 2
  wrk -t2 -c"$c" -d"${RUN_SECS:-$SECS}s" --latency "$@" "$url" 2> /dev/null | awk '
    /Requests\/sec/ {rps=$2}
    /requests in/ {n=$1}
    /Non-2xx/ {bad=$NF}
    $1=="99%" {v=$2; if (v ~ /us$/) ms=v/1000; else if (v ~ /ms$/) ms=v+0; else if (v ~ /s$/) ms=v*1000; else ms=v}
    END {printf "%s %.1f %s %s\n", rps+0, ms, bad+0, n+0}'
}
cpu_ticks() { awk '{print $14+$15}' "/proc/$1/stat"; }
TICK=$(getconf CLK_TCK)

# --- the peer, when it runs
PEER_DASH=; PEER_LOGIN=
if curl -fs -o /dev/null "$PEER_URL/login" && [ -f "$PEER/cookie.txt" ]; then
  read -r PEER_DASH p99 _ _ <<< "$(measure 32 "$PEER_URL/" -H "Cookie: $(cat "$PEER/cookie.txt")")"
  PEER_DASH_P99=$p99
  read -r PEER_LOGIN p99 _ _ <<< "$(measure 32 "$PEER_URL/login")"
  echo "peer (Flask, gunicorn 2 workers): admin dashboard $PEER_DASH req/s (p99 $PEER_DASH_P99 ms), /login $PEER_LOGIN req/s (p99 $p99 ms), -c32"
else
  echo "peer not running on $PEER_URL (see ../shared/bench/PEER.md): signed-in targets fall back to 4% of nginx"
fi

signin() {  # username -> cookie header value
  local jar="$WORK/jar.$1" token
  rm -f "$jar"
  token=$(curl -s -c "$jar" -b "$jar" "http://localhost:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | cut -d'"' -f4)
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "_csrf=$token" --data-urlencode "username=$1" \
    --data-urlencode "password=$PASSWORD" "http://localhost:$PORT/login"
  echo "SESSION=$(awk '$6=="SESSION"{print $7}' "$jar")"
}
first_link() {  # cookie path pattern
  curl -s -H "Cookie: $1" "http://localhost:$PORT$2" | grep -o "$3" | head -1
}

run_db() {  # h2|pg
  local db=$1 args=()
  rm -rf "$WORK/data"
  if [ "$db" = pg ]; then
    if ! command -v pg_ctlcluster > /dev/null; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql > /dev/null
    fi
    local v; v=$(ls /usr/lib/postgresql | sort -n | tail -1)
    pg_ctlcluster "$v" main start 2> /dev/null || true
    su postgres -c "psql -q -c 'drop database if exists thidua_pages'" > /dev/null
    su postgres -c "psql -q -c \"do \\\$\\\$ begin if not exists (select from pg_roles where rolname='thidua') then create role thidua login password 'thidua'; end if; end \\\$\\\$\"" > /dev/null
    su postgres -c "psql -q -c 'create database thidua_pages owner thidua'" > /dev/null
    args=(--spring.datasource.url=jdbc:postgresql://localhost:5432/thidua_pages --spring.datasource.username=thidua --spring.datasource.password=thidua)
  fi
  THIDUA_DEMO_PASSWORD=$PASSWORD THIDUA_DATA_DIR=$WORK/data java -jar "$JAR" --server.port=$PORT \
    --logging.level.root=warn "${args[@]}" > "$WORK/app-$db.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 600); do curl -fs "http://localhost:$PORT/actuator/health" 2> /dev/null | grep -q UP && break; sleep 0.5; done

  declare -A who
  for u in bantdkt donvi lanhdao hoidong1 chutich bientap admin; do who[$u]=$(signin $u); done
  local S=${who[bantdkt]}
  local person block movement dossier session decision article code
  person=$(first_link "$S" "/people?q=nguyen" '/people/[0-9]*"' | tr -d '"')
  block=$(first_link "$S" /blocks '/blocks/[0-9]*"' | tr -d '"')
  movement=$(first_link "$S" /movements '/movements/[0-9]*"' | tr -d '"')
  dossier=$(first_link "$S" /dossiers '/dossiers/[0-9]*"' | tr -d '"')
  session=$(first_link "$S" /councils '/council-sessions/[0-9]*"' | tr -d '"')
  decision=$(first_link "$S" /decisions '/decisions/[0-9]*"' | tr -d '"')
  article=$(first_link "" /portal '/portal/bai-viet/[a-z0-9-]*' )
  code=$(first_link "$S" "${decision:-/decisions}" '/xac-minh/[A-Za-z0-9-]*')

  # JIT warm-up on a mix of pages before anything is measured
  for p in / "$person" /dossiers /movements /login; do
    [ -n "$p" ] && wrk -t2 -c8 -d"${WARM_SECS:-5}s" -H "Cookie: $S" "http://localhost:$PORT$p" > /dev/null 2>&1
  done

  # kind|label|user (- = anonymous)|path
  local pages=(
    "template|/login|-|/login"
    "health|/actuator/health|-|/actuator/health"
    "signed|home (bantdkt)|bantdkt|/"
    "signed|home (donvi)|donvi|/"
    "signed|home (lanhdao)|lanhdao|/"
    "signed|home (hoidong1)|hoidong1|/"
    "signed|home (chutich)|chutich|/"
    "signed|home (admin)|admin|/"
    "signed|/people (search)|bantdkt|/people?q=nguyen"
    "signed|/units|bantdkt|/units"
    "signed|/movements|bantdkt|/movements"
    "signed|/dossiers|bantdkt|/dossiers"
    "signed|/councils|bantdkt|/councils"
    "signed|/decisions|bantdkt|/decisions"
    "signed|a person|bantdkt|$person"
    "signed|a movement|bantdkt|$movement"
    "signed|registrations|donvi|${movement:+$movement/registrations}"
    "signed|block scoring|bantdkt|${block:+$block/scoring}"
    "signed|a dossier|bantdkt|$dossier"
    "signed|a council session|bantdkt|$session"
    "signed|a decision|bantdkt|$decision"
    "public|portal home|-|/portal"
    "public|an article|-|$article"
    "public|search|-|/portal/tim-kiem?q=thi+dua"
    "public|documents|-|/portal/van-ban"
    "public|movements (portal)|-|/portal/phong-trao"
    "public|statistics|-|/portal/thong-ke"
    "public|honour roll|-|/portal/vinh-danh"
    "public|/cong-khai|-|/cong-khai"
    "public|/xac-minh/{code}|-|$code"
  )
  echo
  echo "== $db: $(nproc) cores, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%F %H:%M UTC')"
  printf '| %-22s | %9s | %8s | %9s | %9s | %8s | %-28s | %s |\n' page "req/s" "p99 ms" "CPU ms/req" "nginx r/s" "of nginx" target "met?"
  printf '|%s|\n' "------------------------|-----------|----------|-----------|-----------|----------|------------------------------|------"
  local i=0 line kind label user path cookie c n file
  for line in "${pages[@]}"; do
    IFS='|' read -r kind label user path <<< "$line"
    if [ -z "$path" ]; then
      printf '| %-22s | %9s | %8s | %9s | %9s | %8s | %-28s | %s |\n' "$label" - - - - - "no such record in the demo data" -
      continue
    fi
    cookie=(); [ "$user" != - ] && cookie=(-H "Cookie: ${who[$user]}")
    c=32; [ "$kind" = public ] && c=64
    i=$((i + 1)); file="p$i.html"
    curl -s "${cookie[@]}" "http://localhost:$PORT$path" > "$WORK/www/$file"
    wrk -t2 -c"$c" -d3s "${cookie[@]}" "http://localhost:$PORT$path" > /dev/null 2>&1   # warm-up
    local t0 t1 rps p99 bad reqs nrps np99
    t0=$(cpu_ticks "$APP")
    read -r rps p99 bad reqs <<< "$(measure "$c" "http://localhost:$PORT$path" "${cookie[@]}")"
    t1=$(cpu_ticks "$APP")
    read -r nrps np99 _ _ <<< "$(RUN_SECS=$NGINX_SECS measure "$c" "http://localhost:$NGINX_PORT/$file")"
    local cpu share target met
    cpu=$(awk -v d=$((t1 - t0)) -v t="$TICK" -v n="$reqs" 'BEGIN {printf "%.2f", (n > 0 ? d * 1000 / t / n : 0)}')
    share=$(awk -v a="$rps" -v b="$nrps" 'BEGIN {printf "%.1f%%", (b > 0 ? 100 * a / b : 0)}')
    case $kind in
      signed)
        if [ -n "$PEER_DASH" ]; then
          target="≥10× peer dashboard, p99<100"; met=$(awk -v a="$rps" -v p="$PEER_DASH" -v l="$p99" 'BEGIN {print ((a >= 10 * p && l < 100) ? "yes" : "no")}')
          target="$target ($(awk -v a="$rps" -v p="$PEER_DASH" 'BEGIN {printf "%.1f×", a / p}'))"
        else
          target="≥4% of nginx, p99<100"; met=$(awk -v a="$rps" -v b="$nrps" -v l="$p99" 'BEGIN {print ((a >= 0.04 * b && l < 100) ? "yes" : "no")}')
        fi ;;
      template)
        if [ -n "$PEER_LOGIN" ]; then
          target="≥3× peer /login ($(awk -v a="$rps" -v p="$PEER_LOGIN" 'BEGIN {printf "%.1f×", a / p}'))"; met=$(awk -v a="$rps" -v p="$PEER_LOGIN" 'BEGIN {print ((a >= 3 * p) ? "yes" : "no")}')
        else
          target="≥3× peer /login (no peer)"; met=-
        fi ;;
      public)
        target="≥25% of nginx, p99<50"; met=$(awk -v a="$rps" -v b="$nrps" -v l="$p99" 'BEGIN {print ((a >= 0.25 * b && l < 50) ? "yes" : "no")}') ;;
      *) target="(per-request floor)"; met=- ;;
    esac
    [ "$bad" != 0 ] && met="$met ($bad non-2xx)"
    printf '| %-22s | %9.0f | %8s | %9s | %9.0f | %8s | %-28s | %s |\n' "$label" "$rps" "$p99" "$cpu" "$nrps" "$share" "$target" "$met"
  done
  kill "$APP" 2> /dev/null; wait "$APP" 2> /dev/null; APP=
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; uptime: $(uptime)"
for db in $DBS; do run_db "$db"; done
echo
echo "after: $(uptime)"
echo "logs and saved pages: $WORK"
