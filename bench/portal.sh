#!/usr/bin/env bash
# Public portal throughput (issue 7): wrk on loopback, 64 connections, against the home page and the
# demo article, and against nginx serving the same HTML saved to files (the ceiling), in one run;
# then checks that the article's view counter grew by exactly the number of requests served.
#   bench/portal.sh [seconds]      (default 20; builds the jar if missing)
# Installs Debian's wrk and nginx when they are missing. Prints figures; record them in docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-20}
PORT=${BENCH_PORT:-18191}
NGINX_PORT=${BENCH_NGINX_PORT:-18192}
JAR=${JAR:-target/thidua.jar}   # JAR=/other/thidua.jar bench/portal.sh compares another build
WORK=$(mktemp -d /tmp/thidua-portal.XXXX)
export THIDUA_DEMO_PASSWORD=Bench-Passw0rd! THIDUA_DATA_DIR=$WORK/data
[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package
if ! command -v wrk > /dev/null || ! command -v nginx > /dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx > /dev/null
fi

java -jar "$JAR" --server.port=$PORT --logging.level.root=warn --server.tomcat.accesslog.enabled=true \
  --server.tomcat.accesslog.directory="$WORK" --server.tomcat.accesslog.prefix=access --server.tomcat.accesslog.pattern='%r %s' \
  --server.tomcat.accesslog.buffered=true > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; [ -f $WORK/nginx.pid ] && kill $(cat $WORK/nginx.pid) 2>/dev/null; true' EXIT
for _ in $(seq 1 600); do curl -fs "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q UP && break; sleep 0.2; done
ARTICLE=$(curl -s "http://localhost:$PORT/portal" | grep -o '/portal/bai-viet/[a-z0-9-]*' | head -1)

chmod 755 "$WORK"
mkdir -p "$WORK/www"
curl -s "http://localhost:$PORT/portal" > "$WORK/www/home.html"
curl -s "http://localhost:$PORT$ARTICLE" > "$WORK/www/article.html"
cat > "$WORK/nginx.conf" <<CONF
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
mkdir -p "$WORK/tmp"
nginx -c "$WORK/nginx.conf"

# a query string bypasses the page cache: the page shows the count at this moment
views() { curl -s "http://localhost:$PORT$ARTICLE?luot-xem" | grep -o '[0-9.]* lượt xem' | head -1 | tr -d '. ' | grep -o '^[0-9]*'; }
served() { cat "$WORK"/access*.log | grep -c "GET $ARTICLE HTTP/1.1 200" || true; }
run() {  # label url
  echo "== $1"
  wrk -t2 -c64 -d${SECONDS_PER_RUN}s --latency "$2" | grep -E "requests in|Requests/sec|Non-2xx|Socket errors|^ +(50|99)%"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
curl -s "http://localhost:$PORT/portal" > /dev/null; curl -s "http://localhost:$PORT$ARTICLE" > /dev/null  # warm
wrk -t2 -c64 -d5s "http://localhost:$PORT$ARTICLE" > /dev/null                                       # JIT warm-up
sleep 12  # let the buffered access log catch up with the warm-up
BEFORE=$(views); SERVED_BEFORE=$(served)
run "app: home /portal" "http://localhost:$PORT/portal"
ARTICLE_OUT=$(wrk -t2 -c64 -d${SECONDS_PER_RUN}s --latency "http://localhost:$PORT$ARTICLE")
echo "== app: article $ARTICLE"; echo "$ARTICLE_OUT" | grep -E "requests in|Requests/sec|Non-2xx|Socket errors|^ +(50|99)%"
SERVED=$(echo "$ARTICLE_OUT" | grep "requests in" | awk '{print $1}')
run "nginx: home.html (ceiling)" "http://localhost:$NGINX_PORT/home.html"
run "nginx: article.html (ceiling)" "http://localhost:$NGINX_PORT/article.html"
sleep 12  # the counters are written every 5 s, Tomcat's buffered access log every 10 s
SERVED_AFTER=$(served)
AFTER=$(views)
echo "== view counter: before $BEFORE, after $AFTER (the check itself is one more view)"
echo "   wrk completed $SERVED; the server's access log shows $((SERVED_AFTER - SERVED_BEFORE)) responses 200 (wrk stops reading before the last in flight)"
echo "   counted $((AFTER - BEFORE - 1)) views for $((SERVED_AFTER - SERVED_BEFORE)) responses served"
echo "logs: $WORK"
