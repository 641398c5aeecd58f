#!/usr/bin/env bash
# Reminder planner benchmark: plans and enqueues one evening's reminders for a loaded data set.
#   bench/reminders.sh [YYYY-MM-DD [YYYY-MM-DD]]   (the evening, default the day after today; optional last evening)
# The database is BENCH_DB (default sakhiline_bench_rem) on 127.0.0.1:3306, already loaded with e.g.
#   SAKHILINE_DATABASES=sakhiline_bench_rem scripts/db-setup.sh
#   QUARKUS_DATASOURCE_JDBC_URL=jdbc:mariadb://127.0.0.1:3306/sakhiline_bench_rem QUARKUS_DATASOURCE_USERNAME=sakhiline \
#     QUARKUS_DATASOURCE_PASSWORD=sakhiline scripts/load-demo-data --members 100000
# It starts the service on BENCH_PORT (default 8097) with the planner job and the dispatcher off, gives
# every federation (CLF/LSO) three rules (meeting and instalment due: 1 day before at 18:00; overdue:
# 1 day after due + grace, every 7 days, 3 times, at 18:00), removes reminder rows a previous run left in
# the outbox, then runs POST /api/v1/reminders/plan for (evening 12:00Z, evening 13:30Z] — 18:00 in both
# Asia/Kolkata (12:30Z) and Asia/Karachi (13:00Z) — twice: the second run shows the dedupe cost.
set -euo pipefail
cd "$(dirname "$0")/.."
DB="${BENCH_DB:-sakhiline_bench_rem}"
PORT="${BENCH_PORT:-8097}"
DAY="${1:-$(date -u -d tomorrow +%F)}"
UNTIL="${2:-$DAY}"   # a later last evening: one run as if made then with a long catch-up (a throughput figure;
                     # meetings and due dates already past at that moment are skipped, as in a late real run)
SQL=(mysql -h127.0.0.1 -P3306 -usakhiline -psakhiline -N -B "$DB")
./scripts/build-if-needed.sh

# The API wants a console administrator: on this bench database (never real data) the script's own is the only
# console user, created by the service's first-administrator bootstrap, which runs only when there is none.
ADMIN=bench-admin ADMIN_PASSWORD=bench-admin-password-not-secret
"${SQL[@]}" -e "DELETE FROM console_user"
CURL=(curl -u "$ADMIN:$ADMIN_PASSWORD")

log="$(mktemp)"
QUARKUS_DATASOURCE_JDBC_URL="jdbc:mariadb://127.0.0.1:3306/$DB" QUARKUS_DATASOURCE_USERNAME=sakhiline QUARKUS_DATASOURCE_PASSWORD=sakhiline \
  java ${JAVA_OPTS:--Xmx2g} -Dquarkus.http.port="$PORT" -Dsakhiline.reminders.plan-every=off \
  -Dsakhiline.messaging.dispatch-interval=off -Dsakhiline.pins.pepper=bench-only-pepper-not-secret \
  -Dsakhiline.ussd.gateway-secret=bench-gateway-key-not-secret \
  -Dquarkus.http.auth.session.encryption-key=bench-only-session-key-not-secret-0123456789 \
  -Dsakhiline.admin.bootstrap-username="$ADMIN" -Dsakhiline.admin.bootstrap-password="$ADMIN_PASSWORD" \
  -jar target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break
  kill -0 $app 2>/dev/null || { tail -30 "$log"; echo "service did not start" >&2; exit 1; }
  sleep 1
done

for root in $("${SQL[@]}" -e "SELECT id FROM org_unit WHERE parent_id IS NULL"); do
  for rule in '"kind":"MEETING","daysOffset":1' '"kind":"INSTALMENT_DUE","daysOffset":1' \
              '"kind":"LOAN_OVERDUE","daysOffset":1,"repeatEveryDays":7,"maxSends":3'; do
    "${CURL[@]}" -s -o /dev/null -X POST "http://127.0.0.1:$PORT/api/v1/reminder-rules" -H 'Content-Type: application/json' \
      -d "{\"orgUnitId\":$root,$rule,\"sendAt\":\"18:00\",\"channel\":\"SMS\"}"   # 409 when it exists already
  done
done
"${SQL[@]}" -e "DELETE FROM outbox_message WHERE dedupe_key LIKE 'rem:%'"

# Server-wide counters (other clients of the server add noise): rows read, rows written, rows updated.
counters() {
  "${SQL[@]}" -e "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'ROWS_READ'
    UNION ALL SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'HANDLER_WRITE'
    UNION ALL SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'HANDLER_UPDATE'" | tr '\n' ' '
}
run() {
  local before after t0 t1 json
  before=($(counters)); t0=$(date +%s.%N)
  json=$("${CURL[@]}" -fs -X POST "http://127.0.0.1:$PORT/api/v1/reminders/plan?from=${DAY}T12:00:00Z&at=${UNTIL}T13:30:00Z")
  t1=$(date +%s.%N); after=($(counters))
  python3 - "$1" "$json" "$t0" "$t1" "${before[@]}" "${after[@]}" <<'PY'
import json, sys
label, r, t0, t1 = sys.argv[1], json.loads(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
b, a = list(map(int, sys.argv[5:8])), list(map(int, sys.argv[8:11]))
n = max(r["reminders"], 1)
print(f"BENCH reminders {label}: {r['reminders']} reminders, {r['newRows']} new outbox rows, {r['skippedNoPhone']} without phone, "
      f"{(t1 - t0):.2f} s wall ({r['millis'] / 1000:.2f} s in planner, {r['writeMillis'] / 1000:.2f} s of it writing); planner rows read {r['rowsRead']} "
      f"({r['rowsRead'] / n:.2f}/reminder); server rows read {a[0]-b[0]}, written {a[1]-b[1]}, updated {a[2]-b[2]} "
      f"(server-wide: {(a[0]-b[0]+a[1]-b[1]+a[2]-b[2]) / n:.2f} rows touched/reminder)")
PY
}
echo "evening(s) $DAY..$UNTIL, database $DB: $("${SQL[@]}" -e "SELECT COUNT(*) FROM member") members in $("${SQL[@]}" -e "SELECT COUNT(*) FROM shg_profile") groups"
run first
run re-run
"${SQL[@]}" -e "SELECT CONCAT('by kind: ', GROUP_CONCAT(k, '=', n SEPARATOR ', ')) FROM (SELECT SUBSTRING_INDEX(SUBSTRING_INDEX(dedupe_key, ':', 2), ':', -1) k, COUNT(*) n FROM outbox_message WHERE dedupe_key LIKE 'rem:%' GROUP BY k) x"
"${SQL[@]}" -e "SELECT CONCAT('segments: ', GROUP_CONCAT(segments, ' part(s) x', n SEPARATOR ', ')) FROM (SELECT segments, COUNT(*) n FROM outbox_message WHERE dedupe_key LIKE 'rem:%' GROUP BY segments) x"
rm -f "$log"
