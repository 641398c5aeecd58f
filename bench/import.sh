#!/usr/bin/env bash
# Imports a generated federation of N members (default 100,000) through POST /api/v1/imports/{kind} into an
# EMPTY database of its own, and prints rows/s per kind, the total seconds and the service's peak heap.
#   bench/import.sh [members]          BENCH_DB (sakhiline_bench_import), BENCH_PORT (8098), JAVA_OPTS (-Xmx1g)
# The database is dropped and created again first (scripts/db-setup.sh, which needs root or sudo).
# Peak heap: the highest heap in use (eden + survivors + old, garbage included) that jstat sampled every
# 100 ms during the imports.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-100000}"
DB="${BENCH_DB:-sakhiline_bench_import}"
PORT="${BENCH_PORT:-8098}"
DIR=target/bench-import
ADMIN=bench-admin ADMIN_PASSWORD=bench-admin-password-not-secret

mysql -uroot -e "DROP DATABASE IF EXISTS \`$DB\`" 2>/dev/null || sudo mysql -e "DROP DATABASE IF EXISTS \`$DB\`"
SAKHILINE_DATABASES="$DB" ./scripts/db-setup.sh >/dev/null
./scripts/build-if-needed.sh
python3 bench/import-files.py "$N" "$DIR"

log="$(mktemp)"
QUARKUS_DATASOURCE_JDBC_URL="jdbc:mariadb://127.0.0.1:3306/$DB" QUARKUS_DATASOURCE_USERNAME=sakhiline QUARKUS_DATASOURCE_PASSWORD=sakhiline \
  java ${JAVA_OPTS:--Xmx1g} -Dquarkus.http.port="$PORT" -Dsakhiline.reminders.plan-every=off \
  -Dsakhiline.messaging.dispatch-interval=off -Dsakhiline.pins.pepper=bench-only-pepper-not-secret \
  -Dsakhiline.ussd.gateway-secret=bench-only-gateway-secret \
  -Dquarkus.http.auth.session.encryption-key=bench-only-session-key-not-secret-0123456789 \
  -Dsakhiline.admin.bootstrap-username="$ADMIN" -Dsakhiline.admin.bootstrap-password="$ADMIN_PASSWORD" \
  -jar target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
app=$!
sampler=""
trap 'kill $app $sampler 2>/dev/null || true; wait $app 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break
  kill -0 $app 2>/dev/null || { tail -30 "$log"; echo "service did not start" >&2; exit 1; }
  sleep 1
done
heap="$(mktemp)"
jstat -gc "$app" 100 | awk 'NR > 1 { print $3 + $4 + $6 + $8; fflush() }' >"$heap" &   # S0U S1U EU OU, in KB
sampler=$!

total0=$(date +%s.%N)
for kind in org-units members savings-balances loans; do
  rows=$(($(wc -l <"$DIR/$kind.csv") - 1))
  t0=$(date +%s.%N)
  code=$(curl -s -o "$DIR/$kind.answer.json" -w '%{http_code}' -u "$ADMIN:$ADMIN_PASSWORD" -H 'Content-Type: text/csv' \
    --data-binary "@$DIR/$kind.csv" "http://127.0.0.1:$PORT/api/v1/imports/$kind?fileName=$kind.csv")
  t1=$(date +%s.%N)
  [ "$code" = 200 ] || { echo "$kind: HTTP $code"; head -c 600 "$DIR/$kind.answer.json"; echo; exit 1; }
  awk -v k="$kind" -v r="$rows" -v a="$t0" -v b="$t1" 'BEGIN { printf "%-17s %8d rows in %6.1f s  %8.0f rows/s\n", k, r, b - a, r / (b - a) }'
done
total1=$(date +%s.%N)
kill $sampler 2>/dev/null || true
awk -v a="$total0" -v b="$total1" 'BEGIN { printf "total             %6.1f s\n", b - a }'
sort -n "$heap" | tail -1 | awk '{ printf "peak heap         %6.0f MB (jstat, every 100 ms; garbage included)\n", $1 / 1024 }'
mysql -h127.0.0.1 -usakhiline -psakhiline -N -B "$DB" -e "SELECT CONCAT('rows written: ', (SELECT COUNT(*) FROM org_unit), ' org units, ',
  (SELECT COUNT(*) FROM member), ' members, ', (SELECT COUNT(*) FROM member_phone), ' phones, ', (SELECT COUNT(*) FROM savings_txn),
  ' opening balances, ', (SELECT COUNT(*) FROM loan), ' loans, ', (SELECT COUNT(*) FROM loan_instalment), ' instalments')"
