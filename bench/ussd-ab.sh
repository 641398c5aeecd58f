#!/usr/bin/env bash
# Two builds of the service side by side, driven in turns: A, B, A, B, ... with the same USSD conversations
# (bench/ussd/conversations.lua), so slow drift of this machine (a shared VM: the same build's hops/s moved by a
# third within an hour here) lands on both alike. Prints each turn and the median hops/s and p99 of each build.
#
#   bench/ussd-ab.sh --a DIR --a-db NAME --b DIR --b-db NAME [--rounds 6] [--seconds 10] [--connections 16]
#                    [--option 1] [--long-history] [--a-opts "-Dx=y ..."] [--b-opts "..."]
#
# DIR is a fast-jar folder (a copy of target/quarkus-app); each build runs on its own bench database that
# bench/ussd.sh loaded (bench_sample, bench_hist, PIN 1357), e.g. an older build on a database it migrated itself.
# Both databases' menu sessions are deleted first (bench data only). --long-history drives the 20 members with a 50,000-row history (their rows stay in the buffer pool: CPU and
# commit cost, not disk reads). --a-opts/--b-opts: JVM options for one side only (e.g. a setting tried against the
# same build). Ports 18880/18881 (A) and 18890/18891 (B).
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=6
SECONDS_PER_RUN=10
CONNECTIONS=16
OPTION=1
LONG_HISTORY=0
A="" A_DB="" B="" B_DB="" A_OPTS="" B_OPTS=""
while [ $# -gt 0 ]; do
  case "$1" in
    --a) A="$2"; shift 2 ;;
    --a-db) A_DB="$2"; shift 2 ;;
    --b) B="$2"; shift 2 ;;
    --b-db) B_DB="$2"; shift 2 ;;
    --a-opts) A_OPTS="$2"; shift 2 ;;
    --b-opts) B_OPTS="$2"; shift 2 ;;
    --rounds) ROUNDS="$2"; shift 2 ;;
    --seconds) SECONDS_PER_RUN="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --option) OPTION="$2"; shift 2 ;;
    --long-history) LONG_HISTORY=1; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -n "$A" ] && [ -n "$A_DB" ] && [ -n "$B" ] && [ -n "$B_DB" ] || { sed -n 6,7p "$0" >&2; exit 2; }
command -v wrk >/dev/null || { echo "ussd-ab: wrk is missing (bench/ussd.sh installs it)" >&2; exit 1; }
GATEWAY_KEY=bench-gateway-key
OUT=target/bench
mkdir -p "$OUT"
sql() { mariadb -h127.0.0.1 -P3306 -usakhiline -psakhiline -N -B "$1" -e "$2"; }
phones() { # db -> file
  local file="$OUT/ab-phones-$1.txt"
  if [ "$LONG_HISTORY" = 1 ]; then
    sql "$1" "SELECT s.phone_e164, '1357' FROM bench_sample s JOIN bench_hist h ON h.member_id = s.member_id" | tr '\t' ' ' > "$file"
  else
    sql "$1" "SELECT phone_e164, '1357' FROM bench_sample" | tr '\t' ' ' > "$file"
  fi
  echo "$file"
}

PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; done; wait 2>/dev/null || true' EXIT
start() { # app db port name options
  # shellcheck disable=SC2086
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:mariadb://127.0.0.1:3306/$2" QUARKUS_DATASOURCE_USERNAME=sakhiline \
  QUARKUS_DATASOURCE_PASSWORD=sakhiline SAKHILINE_PINS_PEPPER=bench-only-pepper-not-secret \
  SAKHILINE_SESSION_KEY=bench-only-session-key-not-secret-0123456789 SAKHILINE_LOG_JSON=false \
  QUARKUS_FLYWAY_IGNORE_MIGRATION_PATTERNS="*:future,*:missing" \
    java -Xmx1g $5 -Dquarkus.http.port="$3" -Dquarkus.management.port=$(($3 + 1)) -Dsakhiline.ussd.gateway-secret=$GATEWAY_KEY \
    -Dquarkus.log.level=WARN -Dquarkus.log.category.\"org.sakhiline\".level=WARN \
    -Dsakhiline.messaging.dispatch-interval=off -Dquarkus.scheduler.enabled=false \
    -jar "$1/quarkus-run.jar" > "$OUT/ab-$4.log" 2>&1 &
  PIDS+=($!)
}
start "$A" "$A_DB" 18880 a "$A_OPTS"
start "$B" "$B_DB" 18890 b "$B_OPTS"
for port in 18880 18890; do
  for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null && break; sleep 1; done
  curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null || { echo "service on :$port did not start"; tail -30 "$OUT"/ab-*.log; exit 1; }
done
# Sessions left by earlier runs (nothing purges them here: no scheduler) would fill the buffer pool of the side whose
# menu_session is InnoDB and not the other's (an old build's Aria table has a cache of its own): start both empty.
for db in "$A_DB" "$B_DB"; do sql "$db" "DELETE FROM menu_session"; done
PHONES_A=$(phones "$A_DB")
PHONES_B=$(phones "$B_DB")

run() { # port phones seconds -> RESULT line
  BENCH_PHONES="$2" BENCH_OPTION="$OPTION" BENCH_GATEWAY_KEY=$GATEWAY_KEY \
    wrk -t"$CONNECTIONS" -c"$CONNECTIONS" -d"$3s" --timeout 5s -s bench/ussd/conversations.lua "http://127.0.0.1:$1" \
    | grep '^RESULT'
}
echo "== warm-up 20 s each"
run 18880 "$PHONES_A" 20 >/dev/null
run 18890 "$PHONES_B" 20 >/dev/null
echo "== MariaDB innodb_buffer_pool_size=$(sql "$A_DB" "SELECT @@innodb_buffer_pool_size DIV 1048576")M, innodb_flush_log_at_trx_commit=$(sql "$A_DB" "SELECT @@innodb_flush_log_at_trx_commit")"
echo "== $ROUNDS rounds of ${SECONDS_PER_RUN}s each, A then B (B then A on even rounds), $CONNECTIONS connections, option $OPTION"
: > "$OUT/ab-results.txt"
for round in $(seq 1 "$ROUNDS"); do
  order="a b"; [ $((round % 2)) = 0 ] && order="b a"
  for who in $order; do
    if [ "$who" = a ]; then line=$(run 18880 "$PHONES_A" "$SECONDS_PER_RUN"); else line=$(run 18890 "$PHONES_B" "$SECONDS_PER_RUN"); fi
    echo "$who $line" | tee -a "$OUT/ab-results.txt"
  done
done
for who in a b; do
  grep "^$who " "$OUT/ab-results.txt" | sed -E 's/.*hops_per_s=([0-9]+).*p50_ms=([0-9.]+).*p99_ms=([0-9.]+).*/\1 \2 \3/' \
    | sort -n | awk -v who="$who" '{ h[NR] = $1; p50[NR] = $2; p99[NR] = $3 }
        END { m = int((NR + 1) / 2); printf "%s: median hops/s %d (of %d runs: %d .. %d); p50 %s ms, p99 %s ms in the median run\n", toupper(who), h[m], NR, h[1], h[NR], p50[m], p99[m] }'
done
echo "service log ERROR lines: A $(grep -c ERROR "$OUT/ab-a.log" || true), B $(grep -c ERROR "$OUT/ab-b.log" || true)"
