#!/usr/bin/env bash
# Dashboard benchmark: the console's landing page (attention items, savings and loans by month, PAR by VO,
# messages by week) for an administrator on the large demo data set, against the packaged service. Signs in
# through the real form, asks /admin --runs times one after another with curl and prints p50, p99 and max in
# milliseconds, then the same for the "groups that stopped meeting" list and a member's passbook, then the
# monthly roll-up's consistency with the ledger.
#
#   bench/dashboard.sh [--members 100000] [--runs 200] [--app DIR]
#
# Uses the database sakhiline_bench (created if missing, loaded with the demo generator if empty; bench/reports.sh
# and bench/ussd.sh use it too: when another script is loading it, this one waits rather than loading twice).
set -euo pipefail
cd "$(dirname "$0")/.."

MEMBERS=100000
RUNS=200
APP=""
while [ $# -gt 0 ]; do
  case "$1" in
    --members) MEMBERS="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --app) APP="$2"; shift 2 ;;
    --keep) shift ;; # the roll-up tables are part of the schema now: always kept
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done

DB=sakhiline_bench
PORT=18082
USER_NAME=bench-admin
PASSWORD=bench-admin-password-not-secret
OUT=target/bench
mkdir -p "$OUT"

SAKHILINE_DATABASES=$DB ./scripts/db-setup.sh >/dev/null
sql() { mariadb -h127.0.0.1 -P3306 -usakhiline -psakhiline -N -B "$DB" -e "$1"; }
export QUARKUS_DATASOURCE_JDBC_URL="jdbc:mariadb://127.0.0.1:3306/$DB"
export QUARKUS_DATASOURCE_USERNAME=sakhiline QUARKUS_DATASOURCE_PASSWORD=sakhiline
export SAKHILINE_PINS_PEPPER=bench-only-pepper-not-secret SAKHILINE_SESSION_KEY=bench-only-session-key-not-secret-0123456789
export SAKHILINE_USSD_GATEWAY_SECRET=bench-gateway-key
export SAKHILINE_ADMIN_BOOTSTRAP_USERNAME=$USER_NAME SAKHILINE_ADMIN_BOOTSTRAP_PASSWORD=$PASSWORD

[ -n "$APP" ] || ./scripts/build-if-needed.sh

# Another bench script may be loading the data set right now: wait for it instead of loading a second time.
loader_running() { pgrep -f "load-demo-data" >/dev/null 2>&1; }
if loader_running; then
  echo "== another script is loading $DB; waiting for it"
  while loader_running; do sleep 10; done
fi
if [ "$(sql "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema='$DB' AND table_name='member'")" = "0" ] \
   || [ "$(sql "SELECT COUNT(*) FROM member")" = "0" ]; then
  echo "== loading $MEMBERS demo members into $DB (once; a few minutes)"
  ./scripts/load-demo-data --members "$MEMBERS"
fi
# A roll-up left by an earlier run is rebuilt from the ledger at start, and the rebuild is timed.
if [ "$(sql "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema='$DB' AND table_name='month_rollup_state'")" = "1" ]; then
  sql "UPDATE month_rollup_state SET rebuilt_at = NULL"
fi
echo "== data: $(sql "SELECT COUNT(*) FROM member") members, $(sql "SELECT COUNT(*) FROM org_unit WHERE level IN ('SHG','CO')") groups," \
     "$(sql "SELECT COUNT(*) FROM savings_txn") savings entries, $(sql "SELECT COUNT(*) FROM loan") loans," \
     "$(sql "SELECT COUNT(*) FROM outbox_message") outbox messages"

echo "== starting the service on :$PORT"
java -Xmx1g -Dquarkus.http.port=$PORT -Dquarkus.log.level=WARN -Dquarkus.log.category.\"org.sakhiline\".level=INFO \
  -Dquarkus.management.port=19082 -Dsakhiline.messaging.dispatch-interval=off -Dsakhiline.reports.grading.cron=off \
  -Dsakhiline.rollup.fold-every=5s \
  -jar "${APP:-target/quarkus-app}/quarkus-run.jar" > "$OUT/dashboard-service.log" 2>&1 &
SERVICE=$!
cleanup() {
  kill $SERVICE 2>/dev/null; wait $SERVICE 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break; sleep 1; done
curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null || { echo "service did not start"; tail -50 "$OUT/dashboard-service.log"; exit 1; }

echo "== waiting for the monthly roll-up's first build (the job rebuilds a ledger it has never summarised)"
START=$(date +%s.%N)
for _ in $(seq 1 600); do [ "$(sql "SELECT rebuilt_at IS NOT NULL FROM month_rollup_state")" = "1" ] && break; sleep 1; done
echo "month_rollup: $(sql "SELECT COUNT(*) FROM month_rollup") rows, ready after $(printf '%.1f' "$(echo "$(date +%s.%N) - $START" | bc)") s"
grep -h "monthly roll-up rebuilt" "$OUT/dashboard-service.log" | tail -1 | sed 's/.*INFO  *//' || true

TODAY=$(TZ=Asia/Kolkata date +%Y-%m-%d)
if [ "$(sql "SELECT COALESCE(par_as_of, '') FROM report_rollup_state WHERE name = 'reports'")" != "$TODAY" ]; then
  echo "== the reports' PAR roll-up is not for today: rebuilding it (what their nightly job does)"
  curl -s -o /dev/null -w 'reports roll-up rebuild: HTTP %{http_code} in %{time_total} s\n' -u "$USER_NAME:$PASSWORD" \
    -X POST "http://127.0.0.1:$PORT/api/v1/reports/rollups/rebuild"
fi

JAR="$OUT/dashboard-cookies.txt"
rm -f "$JAR"
curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "j_username=$USER_NAME" --data-urlencode "j_password=$PASSWORD" \
  "http://127.0.0.1:$PORT/j_security_check"

# Times one page RUNS times (after 5 unmeasured warm-up requests); prints p50, p99 and max in ms.
measure() {
  local label="$1" path="$2" file="$OUT/dashboard-times-$3.txt"
  for _ in 1 2 3 4 5; do curl -s -o /dev/null -b "$JAR" "http://127.0.0.1:$PORT$path"; done
  local code
  code=$(curl -s -o "$OUT/dashboard-page-$3.html" -w '%{http_code}' -b "$JAR" "http://127.0.0.1:$PORT$path")
  [ "$code" = "200" ] || { echo "$label: HTTP $code"; tail -20 "$OUT/dashboard-service.log"; exit 1; }
  : > "$file"
  for _ in $(seq 1 "$RUNS"); do
    curl -s -o /dev/null -w '%{time_total}\n' -b "$JAR" "http://127.0.0.1:$PORT$path" >> "$file"
  done
  sort -n "$file" | awk -v label="$label" -v n="$RUNS" '{ t[NR] = $1 * 1000 }
    END { p50 = t[int((n + 1) * 0.50)]; i = int(n * 0.99 + 0.999); if (i > n) i = n;
          printf "%-44s n=%d  p50 %6.0f ms  p99 %6.0f ms  max %6.0f ms\n", label, n, p50, t[i], t[n] }'
}

echo "== timings (one request at a time, as the administrator: the whole federation)"
measure "dashboard /admin" "/admin" admin
grep -o 'class="attention-text">[^<]*' "$OUT/dashboard-page-admin.html" | sed 's/.*attention-text">/  attention: /' | head -8 || true
measure "groups that stopped meeting (page 1)" "/admin/dashboard/quiet-groups" quiet
MEMBER=$(sql "SELECT member_id FROM savings_txn GROUP BY member_id ORDER BY COUNT(*) DESC LIMIT 1")
measure "passbook, a year, longest history (page 1)" "/admin/members/$MEMBER/passbook?from=$(TZ=Asia/Kolkata date -d '-1 year' +%Y-%m-%d)&to=$TODAY" passbook

echo "== monthly roll-up against the ledger (totals up to the watermarks; MonthlyRollupTest checks every group and month)"
sql "SELECT COUNT(*) AS rollup_rows, SUM(savings_paise) AS savings_paise, SUM(disbursed_paise - principal_repaid_paise) AS outstanding_paise
     FROM month_rollup WHERE shg_id <> 0" \
  | awk '{ printf "summary:    %s rows, savings %s paise, principal outstanding %s paise\n", $1, $2, $3 }'
sql "SELECT (SELECT SUM(amount_paise) FROM savings_txn WHERE id <= (SELECT savings_txn_id FROM month_rollup_state)),
            (SELECT SUM(principal_paise) FROM loan WHERE id <= (SELECT loan_id FROM month_rollup_state))
          - (SELECT SUM(principal_paise) FROM loan_allocation WHERE id <= (SELECT allocation_id FROM month_rollup_state))" \
  | awk '{ printf "the ledger: savings %s paise, principal outstanding %s paise (up to the watermarks)\n", $1, $2 }'
