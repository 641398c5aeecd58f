#!/usr/bin/env bash
# Meeting-day benchmark against the packaged service on loopback: N SHGs of 20 members (running loans for
# 40% of them) imported through the API into an empty database of its own, a meeting today for each group,
# then (bench/meeting-day/drive.py):
#   (b)+(c) every group's bookkeeper records her whole sheet over Africa's Talking USSD ("as shown" for each
#           member) and submits it, while members read their balance over USSD at the same time: hops/s and
#           p50/p99 of each side by side, and the bookkeeper's hops per member;
#   (a)     each group's leader confirms its 20-member sheet over USSD, one group after another: p50/p99 of her
#           "1 Confirm" hop, which is the confirmation (every entry posted, attendance, receipts in the outbox).
#
#   bench/meeting-day.sh [--shgs 60] [--bookkeepers 4] [--members 8]
#
# --bookkeepers/--members: concurrent conversations of each kind. Uses the database sakhiline_bench_meeting,
# dropped and created again each run (scripts/db-setup.sh, which needs root or sudo). Only 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."

SHGS=60
BOOKKEEPERS=4
MEMBERS=8
while [ $# -gt 0 ]; do
  case "$1" in
    --shgs) SHGS="$2"; shift 2 ;;
    --bookkeepers) BOOKKEEPERS="$2"; shift 2 ;;
    --members) MEMBERS="$2"; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done

DB=sakhiline_bench_meeting
PORT=18100
PEPPER=bench-only-pepper-not-secret
GATEWAY_KEY=bench-only-gateway-secret
ADMIN=bench-admin ADMIN_PASSWORD=bench-admin-password-not-secret
PIN=1357
PER_SHG=20
OUT=target/bench-meeting
mkdir -p "$OUT"

mysql -uroot -e "DROP DATABASE IF EXISTS \`$DB\`" 2>/dev/null || sudo mysql -e "DROP DATABASE IF EXISTS \`$DB\`"
SAKHILINE_DATABASES=$DB ./scripts/db-setup.sh >/dev/null
sql() { mariadb -h127.0.0.1 -P3306 -usakhiline -psakhiline -N -B "$DB" -e "$1"; }
./scripts/build-if-needed.sh
python3 bench/import-files.py $((SHGS * PER_SHG)) "$OUT" $PER_SHG >/dev/null

echo "== starting the service on 127.0.0.1:$PORT"
QUARKUS_DATASOURCE_JDBC_URL="jdbc:mariadb://127.0.0.1:3306/$DB" QUARKUS_DATASOURCE_USERNAME=sakhiline \
  QUARKUS_DATASOURCE_PASSWORD=sakhiline SAKHILINE_PINS_PEPPER=$PEPPER \
  java -Xmx1g -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=$PORT -Dquarkus.management.port=$((PORT + 1)) \
  -Dsakhiline.ussd.gateway-secret=$GATEWAY_KEY \
  -Dquarkus.http.auth.session.encryption-key=bench-only-session-key-not-secret-0123456789 \
  -Dsakhiline.admin.bootstrap-username="$ADMIN" -Dsakhiline.admin.bootstrap-password="$ADMIN_PASSWORD" \
  -Dsakhiline.messaging.dispatch-interval=off -Dsakhiline.reminders.plan-every=off \
  -Dquarkus.log.level=WARN -Dquarkus.log.category.\"org.sakhiline\".level=WARN \
  -jar target/quarkus-app/quarkus-run.jar > "$OUT/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null; wait $SERVICE 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break
  kill -0 $SERVICE 2>/dev/null || break
  sleep 1
done
curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null || { echo "service did not start"; tail -50 "$OUT/service.log"; exit 1; }

echo "== importing $SHGS SHGs of $PER_SHG members through the API"
for kind in org-units members savings-balances loans; do
  code=$(curl -s -o "$OUT/$kind.answer.json" -w '%{http_code}' -u "$ADMIN:$ADMIN_PASSWORD" -H 'Content-Type: text/csv' \
    --data-binary "@$OUT/$kind.csv" "http://127.0.0.1:$PORT/api/v1/imports/$kind?fileName=$kind.csv")
  [ "$code" = 200 ] || { echo "$kind: HTTP $code"; head -c 600 "$OUT/$kind.answer.json"; echo; exit 1; }
done

# Every group meets today (its own zone), Rs 100 usual savings; bookkeepers and leaders read English; everyone
# has the bench PIN (the hash PinHasher writes: h1$<salt>$HMAC-SHA256(pepper, salt || pin), base64 unpadded).
salt_hex=000102030405060708090a0b0c0d0e0f
mac=$( (printf '%s' "$salt_hex" | xxd -r -p; printf '%s' "$PIN") | openssl dgst -sha256 -mac HMAC -macopt "key:$PEPPER" -binary | base64 | tr -d '=')
salt_b64=$(printf '%s' "$salt_hex" | xxd -r -p | base64 | tr -d '=')
sql "UPDATE shg_profile SET default_savings_paise = 10000;
     INSERT INTO meeting (shg_id, meeting_date, start_time, place, status)
       SELECT p.org_unit_id, DATE(CONVERT_TZ(UTC_TIMESTAMP(), '+00:00', '+05:30')), '10:00:00', 'Bench', 'SCHEDULED'
       FROM shg_profile p;
     UPDATE member SET pin_hash = 'h1\$$salt_b64\$$mac';
     UPDATE member SET language = 'en', script = 'NATIVE' WHERE role IN ('BOOKKEEPER', 'LEADER');"
sql "SELECT MIN(p.phone_e164), m.shg_id, MIN(g.id),
       (SELECT MIN(lp.phone_e164) FROM member l JOIN member_phone lp ON lp.member_id = l.id
        WHERE l.shg_id = m.shg_id AND l.role = 'LEADER')
     FROM member m JOIN member_phone p ON p.member_id = m.id JOIN meeting g ON g.shg_id = m.shg_id
     WHERE m.role = 'BOOKKEEPER' GROUP BY m.id, m.shg_id ORDER BY m.shg_id" > "$OUT/groups.tsv"
sql "SELECT MIN(p.phone_e164) FROM member m JOIN member_phone p ON p.member_id = m.id
     WHERE m.role = 'MEMBER' GROUP BY p.phone_e164 HAVING COUNT(*) = 1" > "$OUT/members.txt"
echo "   $(wc -l < "$OUT/groups.tsv") groups, $(sql "SELECT COUNT(*) FROM member") members, $(sql "SELECT COUNT(*) FROM loan") loans"

python3 bench/meeting-day/drive.py "http://127.0.0.1:$PORT" "$GATEWAY_KEY" "$PIN" \
  "$OUT/groups.tsv" "$OUT/members.txt" "$BOOKKEEPERS" "$MEMBERS"
echo "postings with a sheet id: $(sql "SELECT (SELECT COUNT(*) FROM savings_txn WHERE sheet_id IS NOT NULL) + (SELECT COUNT(*) FROM loan_repayment WHERE sheet_id IS NOT NULL)"),\
 receipts in the outbox: $(sql "SELECT COUNT(*) FROM outbox_message WHERE dedupe_key LIKE 'sheet-receipt:%'")"
echo "service log ERROR lines: $(grep -c ERROR "$OUT/service.log" || true)"
