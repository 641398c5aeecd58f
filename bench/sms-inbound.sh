#!/usr/bin/env bash
# Inbound SMS benchmark: signed Twilio webhooks (BAL from registered members, signature checking on)
# against the packaged service, driven by wrk on loopback. Every request carries a fresh MessageSid, so
# each one is a first delivery (insert of the sms_inbound row, member lookup, balance, reply). A second
# run replays the same requests (stored-reply path). Prints req/s and p50/p90/p99.
#
#   bench/sms-inbound.sh [--members 10000] [--connections 16] [--seconds 30]
#
# Uses its own database sakhiline_bench_sms (created if missing, loaded with the demo generator if empty).
set -euo pipefail
cd "$(dirname "$0")/.."

MEMBERS=10000
CONNECTIONS=16
SECONDS_PER_RUN=30
while [ $# -gt 0 ]; do
  case "$1" in
    --members) MEMBERS="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --seconds) SECONDS_PER_RUN="$2"; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done

DB=sakhiline_bench_sms
PORT=18082
TOKEN=bench-auth-token-not-a-secret
PUBLIC=http://bench.sakhiline.test
OUT=target/bench
mkdir -p "$OUT"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

SAKHILINE_DATABASES=$DB ./scripts/db-setup.sh >/dev/null
sql() { mariadb -h127.0.0.1 -P3306 -usakhiline -psakhiline -N -B "$DB" -e "$1"; }
export QUARKUS_DATASOURCE_JDBC_URL="jdbc:mariadb://127.0.0.1:3306/$DB"
export QUARKUS_DATASOURCE_USERNAME=sakhiline QUARKUS_DATASOURCE_PASSWORD=sakhiline
export SAKHILINE_PINS_PEPPER=bench-only-pepper-not-secret SAKHILINE_USSD_GATEWAY_SECRET=bench-gateway-key
export SAKHILINE_SESSION_KEY=bench-only-session-key-not-secret-0123456789   # production refuses to start without it

./scripts/build-if-needed.sh
if [ "$(sql "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema='$DB' AND table_name='member'")" = "0" ] \
   || [ "$(sql "SELECT COUNT(*) FROM member")" = "0" ]; then
  echo "== loading $MEMBERS demo members into $DB (once)"
  ./scripts/load-demo-data --members "$MEMBERS"
fi

echo "== sampling single-member phones and signing requests"
sql "SELECT p.phone_e164 FROM member_phone p JOIN member m ON m.id = p.member_id WHERE m.status = 'ACTIVE'
     GROUP BY p.phone_e164 HAVING COUNT(*) = 1 ORDER BY MIN(p.member_id) LIMIT 5000" > "$OUT/sms-phones.txt"
TOTAL=$(( 600 * SECONDS_PER_RUN * 3 ))  # more than the service can take, so the measured run never wraps
python3 bench/sms/signed_requests.py "$OUT/sms-phones.txt" 2000 $TOKEN "$PUBLIC/sms/twilio" BAL > "$OUT/sms-warmup.tsv"
python3 bench/sms/signed_requests.py "$OUT/sms-phones.txt" "$TOTAL" $TOKEN "$PUBLIC/sms/twilio" BAL > "$OUT/sms-requests.tsv"

echo "== starting the service on :$PORT"
java -Xmx1g -Dquarkus.http.port=$PORT -Dsakhiline.twilio.auth-token=$TOKEN -Dsakhiline.public-base-url=$PUBLIC \
  -Dquarkus.log.level=WARN -Dquarkus.log.category.\"org.sakhiline\".level=WARN \
  -Dsakhiline.messaging.dispatch-interval=off \
  -jar target/quarkus-app/quarkus-run.jar > "$OUT/sms-service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null; wait $SERVICE 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break; sleep 1; done
curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null || { echo "service did not start"; tail -50 "$OUT/sms-service.log"; exit 1; }

run() { # name requests-file seconds
  BENCH_REQUESTS="$2" BENCH_THREADS=$CONNECTIONS \
    wrk -t"$CONNECTIONS" -c"$CONNECTIONS" -d"$3s" --timeout 5s -s bench/sms/signed.lua "http://127.0.0.1:$PORT" \
    | grep '^RESULT' | sed "s/^RESULT/$1/"
}
echo "== warm-up"
run warmup "$OUT/sms-warmup.tsv" 15 >/dev/null
echo "== measured: $CONNECTIONS connections, ${SECONDS_PER_RUN}s each"
run bal_first_delivery "$OUT/sms-requests.tsv" "$SECONDS_PER_RUN"
run bal_replayed_sid "$OUT/sms-warmup.tsv" "$SECONDS_PER_RUN"
echo "== bad signature (403 before any database work)"
sed 's/^[^\t]*\t/AAAAAAAAAAAAAAAAAAAAAAAAAAA=\t/' "$OUT/sms-warmup.tsv" > "$OUT/sms-badsig.tsv"
run bad_signature "$OUT/sms-badsig.tsv" 10
echo "sms_inbound rows: $(sql "SELECT COUNT(*) FROM sms_inbound")"
grep -c "ERROR" "$OUT/sms-service.log" | sed 's/^/service log ERROR lines: /' || true
