#!/usr/bin/env bash
# Two instances behind nginx (round robin) on one PostgreSQL (issue 18, ADR 0027).
#   bench/two-instances.sh [seconds]   (default: keep running until Ctrl-C; with a number, run wrk on the
#                                       portal home through nginx for that long, then stop everything)
# Uses Debian's postgresql and nginx (installed when missing, as in bench/foundation.sh); builds the jar
# if missing. Both instances share the database, THIDUA_DATA_DIR (the demo keys, the audit checkpoints)
# and the keys below; the first starts (migrates, loads the demo data) before the second.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT_A=${PORT_A:-18301}
PORT_B=${PORT_B:-18302}
NGINX_PORT=${NGINX_PORT:-18300}
JAR=${JAR:-target/thidua.jar}
WORK=$(mktemp -d /tmp/thidua-two.XXXX)
export THIDUA_DEMO_PASSWORD=${THIDUA_DEMO_PASSWORD:-Bench-Passw0rd!} THIDUA_DATA_DIR=$WORK/data
export THIDUA_TWO_FACTOR_KEY=${THIDUA_TWO_FACTOR_KEY:-$(head -c 32 /dev/urandom | base64)}
export THIDUA_AUDIT_KEY=${THIDUA_AUDIT_KEY:-$(head -c 32 /dev/urandom | base64)}
export THIDUA_BALLOT_SECRET=${THIDUA_BALLOT_SECRET:-$(head -c 32 /dev/urandom | base64)}
[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package
if ! command -v pg_ctlcluster > /dev/null || ! command -v nginx > /dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql nginx > /dev/null
fi
PGVER=$(ls /usr/lib/postgresql | sort -n | tail -1)
pg_ctlcluster "$PGVER" main start 2>/dev/null || true
su postgres -c "psql -q -c \"drop database if exists thidua_two\""
su postgres -c "psql -q -c \"do \\\$\\\$ begin if not exists (select from pg_roles where rolname='thidua') then create role thidua login password 'thidua'; end if; end \\\$\\\$\""
su postgres -c "psql -q -c \"create database thidua_two owner thidua\""
DB=(--spring.datasource.url=jdbc:postgresql://localhost:5432/thidua_two --spring.datasource.username=thidua --spring.datasource.password=thidua)

PIDS=()
stop() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
}
trap stop EXIT
start() {  # name port
  java -jar "$JAR" --server.port="$2" "${DB[@]}" > "$WORK/$1.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 900); do curl -fs "http://localhost:$2/actuator/health" 2>/dev/null | grep -q UP && return; sleep 0.2; done
  echo "instance $1 did not start: $WORK/$1.log"; exit 1
}
start a "$PORT_A"
start b "$PORT_B"

mkdir -p "$WORK/tmp"
cat > "$WORK/nginx.conf" <<CONF
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/tmp; proxy_temp_path $WORK/tmp; fastcgi_temp_path $WORK/tmp; uwsgi_temp_path $WORK/tmp; scgi_temp_path $WORK/tmp;
  client_max_body_size 20m;
  upstream thidua { server 127.0.0.1:$PORT_A; server 127.0.0.1:$PORT_B; keepalive 32; }
  server {
    listen $NGINX_PORT;
    location / {
      proxy_pass http://thidua;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host:\$server_port;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_set_header X-Forwarded-Proto \$scheme;
    }
  }
}
CONF
nginx -c "$WORK/nginx.conf"
echo "two instances: http://localhost:$PORT_A and http://localhost:$PORT_B, one PostgreSQL (thidua_two)"
echo "behind nginx, round robin: http://localhost:$NGINX_PORT   (demo logins, password $THIDUA_DEMO_PASSWORD)"
echo "logs: $WORK"
if [ -n "${1:-}" ]; then
  curl -s "http://localhost:$NGINX_PORT/portal" > /dev/null
  wrk -t2 -c32 -d"${1}s" --latency "http://localhost:$NGINX_PORT/portal" | grep -E "requests in|Requests/sec|Non-2xx|^ +(50|99)%"
else
  echo "Ctrl-C stops both instances and nginx"
  wait "${PIDS[0]}"
fi
