#!/usr/bin/env bash
# Database-stall fault test: the packaged service's database connections go through a TCP proxy on
# 127.0.0.1 (bench/db-stall/stall_proxy.py) that this script stalls for a while — connections stay open,
# no byte passes, like a hung MariaDB — while USSD dial-ins and /q/health/live are timed. Prints p50/p99/max
# answer times before, during and after the stall and what callers were answered. The MariaDB server is
# never stopped or blocked (other work may share it): only this proxy port stalls.
#
#   bench/db-stall.sh [--short] [--stall-seconds 10]
#
# --short stalls 4 s. Uses its own database sakhiline_bench_stall (a handful of demo members).
set -euo pipefail
cd "$(dirname "$0")/.."

STALL=10
while [ $# -gt 0 ]; do
  case "$1" in
    --short) STALL=4; shift ;;
    --stall-seconds) STALL="$2"; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done

DB=sakhiline_bench_stall
PORT=18090
PROXY_PORT=13306
GATEWAY_KEY=bench-gateway-key
OUT=target/bench
FLAG="$OUT/db-stall.flag"
mkdir -p "$OUT"
rm -f "$FLAG"

SAKHILINE_DATABASES=$DB ./scripts/db-setup.sh >/dev/null
./scripts/build-if-needed.sh

python3 bench/db-stall/stall_proxy.py $PROXY_PORT 3306 "$FLAG" &
PROXY=$!
# Every connection of the service (hops and workers) goes through the proxy.
export QUARKUS_DATASOURCE_JDBC_URL="jdbc:mariadb://127.0.0.1:$PROXY_PORT/$DB"
export QUARKUS_DATASOURCE_USERNAME=sakhiline QUARKUS_DATASOURCE_PASSWORD=sakhiline
export SAKHILINE_PINS_PEPPER=bench-only-pepper-not-secret SAKHILINE_SESSION_KEY=bench-only-session-key-not-secret-0123456789
java -Xmx512m -Dquarkus.http.port=$PORT -Dquarkus.management.port=$((PORT + 1)) \
     -Dsakhiline.ussd.gateway-secret=$GATEWAY_KEY -Dsakhiline.reminders.plan-every=off \
     -jar target/quarkus-app/quarkus-run.jar > "$OUT/db-stall-service.log" 2>&1 &
SERVICE=$!
trap 'rm -f "$FLAG"; kill $SERVICE $PROXY 2>/dev/null; wait $SERVICE $PROXY 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break
  kill -0 $SERVICE 2>/dev/null || break   # it refused to start: say so now, not in two minutes
  sleep 1
done
curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null || { echo "service did not start"; tail -50 "$OUT/db-stall-service.log"; exit 1; }

# An unknown caller's dial-in reads the books (members by phone) and writes a session: a real hop.
echo "stall of ${STALL}s through 127.0.0.1:$PROXY_PORT; sequential USSD dial-ins on 127.0.0.1:$PORT"
python3 bench/db-stall/drive.py "http://127.0.0.1:$PORT" "$GATEWAY_KEY" "+919999000001" "$FLAG" "$STALL"
grep -c 'hop database unavailable' "$OUT/db-stall-service.log" | sed 's/^/breaker openings: /'
