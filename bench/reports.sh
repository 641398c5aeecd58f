#!/usr/bin/env bash
# Reports benchmark: every whole-federation report (and a VO's) against the packaged service on the large
# demo data set, timed with curl. Rebuilds the report roll-ups first (timed), then asks each report
# --runs times and prints p50 and max in milliseconds, then the roll-up consistency check.
#
#   bench/reports.sh [--members 100000] [--runs 10] [--app DIR] [--with-ussd SECONDS]
#
# --with-ussd also runs USSD balance conversations (bench/ussd/conversations.lua, 8 connections) while the
# reports are asked, and prints their hop latency: run bench/ussd.sh once before, it sets the bench PINs.
# Uses the database sakhiline_bench (created if missing, loaded with the demo generator if empty). When another
# branch has migrated that database further, run with QUARKUS_FLYWAY_IGNORE_MIGRATION_PATTERNS='*:future'.
set -euo pipefail
cd "$(dirname "$0")/.."

MEMBERS=100000
RUNS=10
APP=""
USSD_SECONDS=0
while [ $# -gt 0 ]; do
  case "$1" in
    --members) MEMBERS="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --app) APP="$2"; shift 2 ;;
    --with-ussd) USSD_SECONDS="$2"; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done

DB=sakhiline_bench
PORT=18081
USER_NAME=bench-admin
PASSWORD=bench-admin-password-not-secret
GATEWAY_KEY=bench-gateway-key
OUT=target/bench
mkdir -p "$OUT"

SAKHILINE_DATABASES=$DB ./scripts/db-setup.sh >/dev/null
sql() { mariadb -h127.0.0.1 -P3306 -usakhiline -psakhiline -N -B "$DB" -e "$1"; }
export QUARKUS_DATASOURCE_JDBC_URL="jdbc:mariadb://127.0.0.1:3306/$DB"
export QUARKUS_DATASOURCE_USERNAME=sakhiline QUARKUS_DATASOURCE_PASSWORD=sakhiline
export SAKHILINE_PINS_PEPPER=bench-only-pepper-not-secret SAKHILINE_SESSION_KEY=bench-only-session-key-not-secret-0123456789
export SAKHILINE_USSD_GATEWAY_SECRET=$GATEWAY_KEY
export SAKHILINE_ADMIN_BOOTSTRAP_USERNAME=$USER_NAME SAKHILINE_ADMIN_BOOTSTRAP_PASSWORD=$PASSWORD

[ -n "$APP" ] || ./scripts/build-if-needed.sh
if [ "$(sql "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema='$DB' AND table_name='member'")" = "0" ] \
   || [ "$(sql "SELECT COUNT(*) FROM member")" = "0" ]; then
  echo "== loading $MEMBERS demo members into $DB (once; a few minutes)"
  ./scripts/load-demo-data --members "$MEMBERS"
fi

echo "== starting the service on :$PORT (scheduled roll-up and grading jobs off: the bench triggers them)"
java -Xmx1g -Dquarkus.http.port=$PORT -Dquarkus.log.level=WARN -Dquarkus.log.category.\"org.sakhiline\".level=INFO \
  -Dquarkus.management.port=19081 -Dsakhiline.messaging.dispatch-interval=off -Dsakhiline.reports.refresh-every=off \
  -Dsakhiline.reports.rebuild-cron=off -Dsakhiline.reports.grading.cron=off \
  -jar "${APP:-target/quarkus-app}/quarkus-run.jar" > "$OUT/reports-service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null; wait $SERVICE 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break; sleep 1; done
curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null || { echo "service did not start"; tail -50 "$OUT/reports-service.log"; exit 1; }

BASE="http://127.0.0.1:$PORT/api/v1/reports"
call() { curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -u "$USER_NAME:$PASSWORD" "$@"; }

echo "== rebuilding the roll-ups for every group (what the nightly job does)"
call -X POST "$BASE/rollups/rebuild" | awk '{ printf "rebuild: HTTP %s in %.1f s\n", $1, $2 }'
grep -h "roll-up rebuilt" "$OUT/reports-service.log" | tail -1 | sed 's/.*INFO  *//' || true

VO=$(sql "SELECT id FROM org_unit WHERE level = 'VO' ORDER BY id LIMIT 1")
SHG=$(sql "SELECT id FROM org_unit WHERE parent_id = $VO ORDER BY id LIMIT 1")
THIS_MONTH=$(TZ=Asia/Kolkata date +%Y-%m)
LAST_MONTH=$(TZ=Asia/Kolkata date -d "$(TZ=Asia/Kolkata date +%Y-%m-01) -1 day" +%Y-%m)
LAST_MONTH_END=$(TZ=Asia/Kolkata date -d "$(TZ=Asia/Kolkata date +%Y-%m-01) -1 day" +%Y-%m-%d)
echo "== grading every group once (what the nightly job does), timed"
START=$(date +%s.%N)
sql "SELECT id FROM org_unit WHERE level IN ('SHG','CO') ORDER BY id LIMIT 200" | while read -r g; do
  curl -s -o /dev/null -u "$USER_NAME:$PASSWORD" -X POST "$BASE/grading/$g"; done
echo "grading 200 groups one by one over the API: $(echo "$(date +%s.%N) - $START" | bc) s"

if [ "$USSD_SECONDS" -gt 0 ] && [ -s "$OUT/phones.txt" ]; then
  echo "== USSD balance conversations for ${USSD_SECONDS}s while the reports run (8 connections)"
  BENCH_PHONES="$OUT/phones.txt" BENCH_OPTION=1 BENCH_GATEWAY_KEY=$GATEWAY_KEY \
    wrk -t8 -c8 -d"${USSD_SECONDS}s" --timeout 5s -s bench/ussd/conversations.lua "http://127.0.0.1:$PORT" \
    | grep '^RESULT' | sed "s/^RESULT/ussd_balance_during_reports/" > "$OUT/ussd-during-reports.txt" &
  USSD=$!
fi

measure() { # name url
  local times
  times=$(for _ in $(seq 1 "$RUNS"); do call "$2"; done)
  echo "$times" | awk -v name="$1" '$1 != 200 { bad++ } { t[NR] = $2 * 1000 }
    END { n = asort(t); printf "%-34s p50 %6.0f ms  max %6.0f ms  (%d runs%s)\n", name, t[int((n + 1) / 2)], t[n], n,
          bad ? ", " bad " not 200" : "" }'
}

echo "== whole federation ($RUNS runs each; the first is cold)"
measure "par today" "$BASE/par"
measure "par $LAST_MONTH_END" "$BASE/par?asOf=$LAST_MONTH_END"
measure "dcb $THIS_MONTH" "$BASE/dcb?month=$THIS_MONTH"
measure "dcb $LAST_MONTH" "$BASE/dcb?month=$LAST_MONTH"
measure "ratios $LAST_MONTH" "$BASE/ratios?month=$LAST_MONTH"
measure "grading (current grades)" "$BASE/grading"
measure "dcb $LAST_MONTH as csv" "$BASE/dcb?month=$LAST_MONTH&format=csv"
measure "dcb $LAST_MONTH as xlsx" "$BASE/dcb?month=$LAST_MONTH&format=xlsx"
echo "== one VO (id $VO) and one group (id $SHG)"
measure "vo par loans at risk" "$BASE/par/loans?unit=$VO"
measure "vo dcb $LAST_MONTH" "$BASE/dcb?unit=$VO&month=$LAST_MONTH"
measure "group dcb (member lines, ledger)" "$BASE/dcb?unit=$SHG&month=$LAST_MONTH"
measure "vo dcb 1st-15th (ledger)" "$BASE/dcb?unit=$VO&from=$LAST_MONTH-01&to=$LAST_MONTH-15"

if [ -n "${USSD:-}" ]; then
  wait "$USSD" || true
  cat "$OUT/ussd-during-reports.txt"
fi

echo "== consistency check: every roll-up row against a recomputation from the ledger"
curl -s -u "$USER_NAME:$PASSWORD" -w '\n%{time_total} s\n' "$BASE/consistency" | \
  python3 -c 'import json,sys; d=sys.stdin.read().rsplit("\n",2); j=json.loads(d[0]); print("groups checked", j["groupsChecked"], "rows compared", j["rowsCompared"], "differences", len(j["differences"]), "in", d[1])'
echo "service log ERROR lines: $(grep -c ERROR "$OUT/reports-service.log" || true)"
