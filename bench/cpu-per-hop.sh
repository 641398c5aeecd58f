#!/usr/bin/env bash
# CPU and database writes per USSD hop, for the capacity model in deployment/README.md: drives the balance
# conversation (bench/ussd/conversations.lua: dial-in, menu choice, PIN, screen) against one instance on the
# single MariaDB, and reads before and after
#   - CPU time (utime + stime from /proc/<pid>/stat) of the service's JVM and of mariadbd,
#   - the rows each table of the bench schema read and changed (information_schema.TABLE_STATISTICS; the script
#     switches userstat on for the run and restores it), so other databases on the same server do not count,
#   - the server's write statements (Com_insert/update/delete, all schemas: an upper bound).
# mariadbd serves every database on this machine, so its CPU over an idle window of the same length just before
# the run is subtracted; what other clients do during the run still counts (a shared machine: re-measure alone).
#
#   flock /tmp/bench.lock bench/cpu-per-hop.sh [--seconds 30] [--connections 8] [--app DIR] [--option 1]
#                                              [--db sakhiline_bench] [--long-history]
#
# --long-history drives the 20 members bench/ussd.sh gave a 50,000-row history (all in the buffer pool: the
# figures are then CPU, not disk reads). --db: the bench database (an older build: a database it migrated).
#
# Needs the bench database that bench/ussd.sh loads (sakhiline_bench with bench_sample and its PINs): run that
# once first. Uses ports 18780 (service) and 18781 (management).
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_RUN=30
CONNECTIONS=8
APP=target/quarkus-app
OPTION=1
DB=sakhiline_bench
LONG_HISTORY=0
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) SECONDS_PER_RUN="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --app) APP="$2"; shift 2 ;;
    --option) OPTION="$2"; shift 2 ;;
    --db) DB="$2"; shift 2 ;;
    --long-history) LONG_HISTORY=1; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done

PORT=18780
MPORT=18781
GATEWAY_KEY=bench-gateway-key
OUT=target/bench
mkdir -p "$OUT"
command -v wrk >/dev/null || { echo "cpu-per-hop: wrk is missing (bench/ussd.sh installs it)" >&2; exit 1; }
[ -f "$APP/quarkus-run.jar" ] || { echo "cpu-per-hop: no $APP/quarkus-run.jar (./mvnw package -DskipTests)" >&2; exit 1; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
sql() { mariadb -h127.0.0.1 -P3306 -usakhiline -psakhiline -N -B "$DB" -e "$1"; }
root_sql() { as_root mariadb --protocol=socket -uroot -N -B -e "$1"; }
[ "$(sql "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema='$DB' AND table_name='bench_sample'")" = 1 ] \
  || { echo "cpu-per-hop: $DB has no bench_sample: run bench/ussd.sh once first" >&2; exit 1; }
if [ "$LONG_HISTORY" = 1 ]; then
  sql "SELECT s.phone_e164, '1357' FROM bench_sample s JOIN bench_hist h ON h.member_id = s.member_id" | tr '\t' ' ' > "$OUT/cpu-phones.txt"
else
  sql "SELECT phone_e164, '1357' FROM bench_sample" | tr '\t' ' ' > "$OUT/cpu-phones.txt"
fi

ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }   # utime + stime, in clock ticks
HZ=$(getconf CLK_TCK)
MARIADBD=$(pgrep -o -x mariadbd)
status_sum() { root_sql "SELECT SUM(VARIABLE_VALUE) FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME IN ($1)"; }
WRITE_STMTS="'COM_INSERT','COM_UPDATE','COM_DELETE','COM_INSERT_SELECT','COM_REPLACE','COM_UPDATE_MULTI','COM_DELETE_MULTI'"
table_stats() { root_sql "SELECT TABLE_NAME, ROWS_READ, ROWS_CHANGED FROM information_schema.TABLE_STATISTICS WHERE TABLE_SCHEMA='$DB'"; }

USERSTAT_WAS=$(root_sql "SELECT @@global.userstat")
SERVICE=""
cleanup() {
  [ -n "$SERVICE" ] && { kill "$SERVICE" 2>/dev/null; wait "$SERVICE" 2>/dev/null || true; }
  root_sql "SET GLOBAL userstat = $USERSTAT_WAS" || true
}
trap cleanup EXIT

echo "== starting the service on :$PORT ($APP)"
QUARKUS_DATASOURCE_JDBC_URL="jdbc:mariadb://127.0.0.1:3306/$DB" QUARKUS_DATASOURCE_USERNAME=sakhiline \
QUARKUS_DATASOURCE_PASSWORD=sakhiline SAKHILINE_PINS_PEPPER=bench-only-pepper-not-secret \
SAKHILINE_SESSION_KEY=bench-only-session-key-not-secret-0123456789 SAKHILINE_LOG_JSON=false \
QUARKUS_FLYWAY_IGNORE_MIGRATION_PATTERNS="*:future,*:missing" \
  java -Xmx1g -Dquarkus.http.port=$PORT -Dquarkus.management.port=$MPORT -Dsakhiline.ussd.gateway-secret=$GATEWAY_KEY \
  -Dquarkus.log.level=WARN -Dquarkus.log.category.\"org.sakhiline\".level=WARN \
  -Dsakhiline.messaging.dispatch-interval=off -Dquarkus.scheduler.enabled=false \
  -jar "$APP/quarkus-run.jar" > "$OUT/cpu-service.log" 2>&1 &
SERVICE=$!
for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break; sleep 1; done
curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null || { echo "service did not start"; tail -30 "$OUT/cpu-service.log"; exit 1; }

run() { # seconds -> RESULT line
  BENCH_PHONES="$OUT/cpu-phones.txt" BENCH_OPTION="$OPTION" BENCH_GATEWAY_KEY=$GATEWAY_KEY \
    wrk -t"$CONNECTIONS" -c"$CONNECTIONS" -d"$1s" --timeout 5s -s bench/ussd/conversations.lua "http://127.0.0.1:$PORT" \
    | grep '^RESULT'
}
echo "== warm-up 20 s"
run 20 >/dev/null

echo "== idle window ${SECONDS_PER_RUN}s (mariadbd's CPU from everything else on this machine)"
db0=$(ticks "$MARIADBD"); jvm0=$(ticks "$SERVICE")
sleep "$SECONDS_PER_RUN"
db_idle=$(( $(ticks "$MARIADBD") - db0 )); jvm_idle=$(( $(ticks "$SERVICE") - jvm0 ))

root_sql "SET GLOBAL userstat = ON"
table_stats > "$OUT/cpu-tables-before.txt"
w0=$(status_sum "$WRITE_STMTS")
db0=$(ticks "$MARIADBD"); jvm0=$(ticks "$SERVICE")
echo "== measured ${SECONDS_PER_RUN}s, $CONNECTIONS connections, conversation option $OPTION"
result=$(run "$SECONDS_PER_RUN")
db1=$(ticks "$MARIADBD"); jvm1=$(ticks "$SERVICE")
w1=$(status_sum "$WRITE_STMTS")
table_stats > "$OUT/cpu-tables-after.txt"
echo "$result"
hops=$(sed -E 's/.*hops=([0-9]+).*/\1/' <<<"$result")
conversations=$(sed -E 's/.* conversations=([0-9]+).*/\1/' <<<"$result")
[ "$hops" -gt 0 ] || { echo "no hops measured"; exit 1; }

awk -v hz="$HZ" -v hops="$hops" -v conv="$conversations" -v secs="$SECONDS_PER_RUN" \
    -v jvm=$((jvm1 - jvm0)) -v jvm_idle="$jvm_idle" -v db=$((db1 - db0)) -v db_idle="$db_idle" -v writes=$((w1 - w0)) '
  BEGIN {
    ms = 1000 / hz
    printf "hops %d (%.0f/s), conversations %d (%.2f hops each)\n", hops, hops / secs, conv, hops / conv
    printf "service JVM CPU: %.2f ms per hop (%.2f cores busy; idle window %.2f cores)\n", jvm * ms / hops, jvm / hz / secs, jvm_idle / hz / secs
    printf "mariadbd CPU:    %.2f ms per hop after subtracting the idle window (raw %.2f ms; %.2f cores busy, idle %.2f)\n",
      (db - db_idle) * ms / hops, db * ms / hops, db / hz / secs, db_idle / hz / secs
    printf "server write statements (all schemas, upper bound): %.2f per hop\n", writes / hops
  }'
join -a1 -e 0 -o 0,1.2,1.3,2.2,2.3 <(sort "$OUT/cpu-tables-after.txt") <(sort "$OUT/cpu-tables-before.txt") \
  | awk -v hops="$hops" '
      { read = $2 - $4; changed = $3 - $5; tr += read; tc += changed
        if (changed > 0 || read > hops) printf "  %-28s rows read %7.2f  rows changed %5.2f per hop\n", $1, read / hops, changed / hops }
      END { printf "rows changed in %s per hop: %.2f (each is replicated to every Galera node); rows read per hop: %.2f\n", "'"$DB"'", tc / hops, tr / hops }'
echo "service log ERROR lines: $(grep -c ERROR "$OUT/cpu-service.log" || true)"
