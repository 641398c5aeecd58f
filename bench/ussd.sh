#!/usr/bin/env bash
# USSD benchmark: complete Africa's Talking conversations (dial-in, menu choice, PIN, screen) against
# the packaged service on the large demo data set, driven by wrk on loopback. Prints hops/s and
# p50/p99 for balance and loan-dues conversations, the same for members with a very long savings
# history (to show hop latency does not grow with it), and a trivial endpoint for comparison.
#
#   bench/ussd.sh [--members 100000] [--connections 16] [--seconds 30] [--app DIR] [--db NAME] [--port N]
#                 [--only balance,loan_dues,...]
#
# --only runs just the named measurements (balance, loan_dues, statement, balance_long_history,
# statement_long_history, trivial) after the same warm-up: a quicker before/after while looking for a cause.
# The header prints the MariaDB settings the figures depend on (buffer pool, log flush, the session table's engine).
#
# --db and --port let several people bench side by side on one machine (defaults sakhiline_bench, 18080).
# --app runs another build (e.g. the previous commit's target/quarkus-app, copied aside) instead of building
# this one, for a before/after in the same window. An older build on a database the newer one has migrated
# needs QUARKUS_FLYWAY_IGNORE_MIGRATION_PATTERNS='*:future', and cannot read a flow version published by a
# newer build that uses something it does not know (delete that flow_version row and the menu sessions first).
#
# Uses the database sakhiline_bench (or --db; created if missing, loaded with the demo generator if empty).
# It changes the PINs of the sampled members in that database; never point it at real data.
set -euo pipefail
cd "$(dirname "$0")/.."

MEMBERS=100000
DB=sakhiline_bench
PORT=18080
CONNECTIONS=16
SECONDS_PER_RUN=30
APP=""
ONLY=""
while [ $# -gt 0 ]; do
  case "$1" in
    --members) MEMBERS="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --seconds) SECONDS_PER_RUN="$2"; shift 2 ;;
    --app) APP="$2"; shift 2 ;;
    --db) DB="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    --only) ONLY=",$2,"; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done

PEPPER=bench-only-pepper-not-secret
GATEWAY_KEY=bench-gateway-key
PIN=1357
OUT=target/bench
mkdir -p "$OUT"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

SAKHILINE_DATABASES=$DB ./scripts/db-setup.sh >/dev/null
sql() { mariadb -h127.0.0.1 -P3306 -usakhiline -psakhiline -N -B "$DB" -e "$1"; }
export QUARKUS_DATASOURCE_JDBC_URL="jdbc:mariadb://127.0.0.1:3306/$DB"
export QUARKUS_DATASOURCE_USERNAME=sakhiline QUARKUS_DATASOURCE_PASSWORD=sakhiline
export SAKHILINE_PINS_PEPPER=$PEPPER SAKHILINE_SESSION_KEY=bench-only-session-key-not-secret-0123456789

[ -n "$APP" ] || ./scripts/build-if-needed.sh
if [ "$(sql "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema='$DB' AND table_name='member'")" = "0" ] \
   || [ "$(sql "SELECT COUNT(*) FROM member")" = "0" ]; then
  echo "== loading $MEMBERS demo members into $DB (once; a few minutes)"
  ./scripts/load-demo-data --members "$MEMBERS"
fi

# The same hash PinHasher writes: h1$<salt>$HMAC-SHA256(pepper, salt || pin), base64 without padding.
salt_hex=000102030405060708090a0b0c0d0e0f
mac=$( (printf '%s' "$salt_hex" | xxd -r -p; printf '%s' "$PIN") | openssl dgst -sha256 -mac HMAC -macopt "key:$PEPPER" -binary | base64 | tr -d '=')
salt_b64=$(printf '%s' "$salt_hex" | xxd -r -p | base64 | tr -d '=')
PIN_HASH="h1\$$salt_b64\$$mac"

echo "== sampling members (one member per handset) and setting bench PINs"
sql "DROP TABLE IF EXISTS bench_sample;
     CREATE TABLE bench_sample AS
       SELECT MIN(p.member_id) AS member_id, p.phone_e164 FROM member_phone p JOIN member m ON m.id = p.member_id
       WHERE m.status = 'ACTIVE' GROUP BY p.phone_e164 HAVING COUNT(*) = 1 ORDER BY MIN(p.member_id) LIMIT 5000;
     UPDATE member m JOIN bench_sample s ON s.member_id = m.id
       SET m.pin_hash = '$PIN_HASH', m.pin_failed_attempts = 0, m.pin_locked_until = NULL;"
sql "SELECT phone_e164, '$PIN' FROM bench_sample" | tr '\t' ' ' > "$OUT/phones.txt"

# Twenty members get 50,000 extra savings rows each (a long history), posted consistently: log rows
# with their running balance and the cached balance updated to match.
if [ "$(sql "SELECT COUNT(*) FROM savings_txn WHERE idempotency_key LIKE 'bench-hist:%' LIMIT 1")" = "0" ]; then
  echo "== giving 20 members a 50,000-row savings history (once)"
  sql "DROP TABLE IF EXISTS bench_hist; CREATE TABLE bench_hist AS SELECT member_id FROM bench_sample ORDER BY member_id DESC LIMIT 20;"
  for m in $(sql "SELECT member_id FROM bench_hist"); do
    sql "INSERT INTO savings_txn (member_id, type, amount_paise, balance_after_paise, channel, actor, value_date, idempotency_key, created_at)
           SELECT $m, 'DEPOSIT', 100, COALESCE((SELECT balance_paise FROM savings_balance WHERE member_id = $m), 0) + seq * 100,
                  'API', 'bench', DATE_SUB(CURDATE(), INTERVAL 400 DAY), CONCAT('bench-hist:', $m, ':', seq), UTC_TIMESTAMP(6)
           FROM seq_1_to_50000;
         INSERT INTO savings_balance (member_id, balance_paise, last_txn_id, updated_at)
           SELECT $m, SUM(amount_paise), MAX(id), UTC_TIMESTAMP(6) FROM savings_txn WHERE member_id = $m
         ON DUPLICATE KEY UPDATE balance_paise = VALUES(balance_paise), last_txn_id = VALUES(last_txn_id);"
  done
fi
sql "SELECT s.phone_e164, '$PIN' FROM bench_sample s JOIN bench_hist h ON h.member_id = s.member_id" | tr '\t' ' ' > "$OUT/phones-long-history.txt"
echo "   history rows per member: typical $(sql "SELECT ROUND(AVG(c)) FROM (SELECT COUNT(*) c FROM savings_txn t JOIN bench_sample s ON s.member_id = t.member_id WHERE s.member_id NOT IN (SELECT member_id FROM bench_hist) GROUP BY t.member_id) x"), long $(sql "SELECT MIN(c) FROM (SELECT COUNT(*) c FROM savings_txn t JOIN bench_hist h ON h.member_id = t.member_id GROUP BY t.member_id) x")"

echo "== MariaDB $(sql "SELECT CONCAT(@@version, ': innodb_buffer_pool_size=', @@innodb_buffer_pool_size DIV 1048576, 'M, innodb_flush_log_at_trx_commit=', @@innodb_flush_log_at_trx_commit, ', menu_session ', (SELECT engine FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = 'menu_session'), ', database ', (SELECT ROUND(SUM(data_length + index_length) / 1048576) FROM information_schema.tables WHERE table_schema = DATABASE()), 'M')")"
echo "== starting the service on :$PORT"
java -Xmx1g -Dquarkus.http.port=$PORT -Dquarkus.management.port=$((PORT + 1)) -Dsakhiline.ussd.gateway-secret=$GATEWAY_KEY \
  -Dquarkus.log.level=WARN -Dquarkus.log.category.\"org.sakhiline\".level=WARN \
  -Dsakhiline.messaging.dispatch-interval=off \
  -jar "${APP:-target/quarkus-app}/quarkus-run.jar" > "$OUT/ussd-service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null; wait $SERVICE 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break; sleep 1; done
curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null || { echo "service did not start"; tail -50 "$OUT/ussd-service.log"; exit 1; }

run() { # name option phones seconds
  if [ -n "$ONLY" ] && [ "$1" != warmup ] && [[ "$ONLY" != *",$1,"* ]]; then return 0; fi
  BENCH_PHONES="$3" BENCH_OPTION="$2" BENCH_GATEWAY_KEY=$GATEWAY_KEY \
    wrk -t"$CONNECTIONS" -c"$CONNECTIONS" -d"$4s" --timeout 5s -s bench/ussd/conversations.lua "http://127.0.0.1:$PORT" \
    | grep '^RESULT' | sed "s/^RESULT/$1/"
}

echo "== warm-up (JIT, connection pool, buffer pool)"
run warmup 1 "$OUT/phones.txt" 20 >/dev/null
run warmup 2 "$OUT/phones.txt" 10 >/dev/null
echo "== measured: $CONNECTIONS connections, ${SECONDS_PER_RUN}s each (one hop = one HTTP request)"
run balance 1 "$OUT/phones.txt" "$SECONDS_PER_RUN"
run loan_dues 2 "$OUT/phones.txt" "$SECONDS_PER_RUN"
run statement 4 "$OUT/phones.txt" "$SECONDS_PER_RUN"
run balance_long_history 1 "$OUT/phones-long-history.txt" "$SECONDS_PER_RUN"
run statement_long_history 4 "$OUT/phones-long-history.txt" "$SECONDS_PER_RUN"
if [ -z "$ONLY" ] || [[ "$ONLY" == *",trivial,"* ]]; then
echo "== trivial endpoint of the same service (GET /q/health/live)"
wrk -t"$CONNECTIONS" -c"$CONNECTIONS" -d"$SECONDS_PER_RUN"s --latency "http://127.0.0.1:$PORT/q/health/live" \
  | grep -E "Requests/sec|^ +50%|^ +99%" | tr -s ' ' | paste -sd' '
fi
echo "service log ERROR lines: $(grep -c ERROR "$OUT/ussd-service.log" || true)"
