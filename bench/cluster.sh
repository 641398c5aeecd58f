#!/usr/bin/env bash
# Balance conversations (dial-in, "1", PIN: bench/ussd/conversations.lua) with wrk, in one window:
#   1. one instance on the single MariaDB server (127.0.0.1:3306, database sakhiline_cluster_single),
#   2. the local cluster through HAProxy (3 instances on 3 Galera nodes, scripts/cluster),
#   3. the cluster again while a Galera node is killed (kill -9) and restarted mid-run.
# Prints hops/s and p50/p99 of each. Both databases hold the same demo data set (seed 1, --members, default
# 300) and the same jar (target/cluster/app).
#
#   bench/cluster.sh [--seconds 30] [--connections 8] [--members 300]
#
# Needs the cluster up (scripts/cluster up). It sets PINs of sampled members in both databases; test data only.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=30
CONNECTIONS=8
MEMBERS=300
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) SECONDS_PER_RUN="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --members) MEMBERS="$2"; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
DIR="${CLUSTER_DIR:-target/cluster}"
SINGLE_DB=sakhiline_cluster_single
SINGLE_PORT=19110
PIN=1357
OUT=target/bench
mkdir -p "$OUT"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
curl -sf -m 2 http://127.0.0.1:19080/q/health/ready >/dev/null || { echo "the cluster is not up: scripts/cluster up" >&2; exit 1; }
PEPPER=$(scripts/cluster env 1 | sed -n 's/^SAKHILINE_PINS_PEPPER=//p')
GATEWAY_KEY=$(scripts/cluster env 1 | sed -n 's/^SAKHILINE_USSD_GATEWAY_SECRET=//p')

# The same hash PinHasher writes (see bench/ussd.sh).
salt_hex=000102030405060708090a0b0c0d0e0f
mac=$( (printf '%s' "$salt_hex" | xxd -r -p; printf '%s' "$PIN") | openssl dgst -sha256 -mac HMAC -macopt "key:$PEPPER" -binary | base64 | tr -d '=')
salt_b64=$(printf '%s' "$salt_hex" | xxd -r -p | base64 | tr -d '=')
PIN_HASH="h1\$$salt_b64\$$mac"

sample() { # mariadb connection args... -> phones file on stdout
  "$@" -N -B -e "DROP TABLE IF EXISTS bench_sample;
     CREATE TABLE bench_sample (phone_e164 VARCHAR(20) PRIMARY KEY, member_id BIGINT NOT NULL) ENGINE=InnoDB;
     INSERT INTO bench_sample SELECT p.phone_e164, MIN(p.member_id) FROM member_phone p JOIN member m ON m.id = p.member_id
       WHERE m.status = 'ACTIVE' GROUP BY p.phone_e164 HAVING COUNT(*) = 1 LIMIT 2000;
     UPDATE member m JOIN bench_sample s ON s.member_id = m.id
       SET m.pin_hash = '$PIN_HASH', m.pin_failed_attempts = 0, m.pin_locked_until = NULL;
     SELECT phone_e164, '$PIN' FROM bench_sample;" | tr '\t' ' '
}

echo "== single MariaDB: database $SINGLE_DB on :3306, one instance on :$SINGLE_PORT"
SAKHILINE_DATABASES=$SINGLE_DB ./scripts/db-setup.sh >/dev/null
single_sql=(mariadb -h127.0.0.1 -P3306 -usakhiline -psakhiline "$SINGLE_DB")
if [ "$("${single_sql[@]}" -N -B -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema='$SINGLE_DB' AND table_name='org_unit'")" = 0 ] \
   || [ "$("${single_sql[@]}" -N -B -e "SELECT COUNT(*) FROM org_unit")" = 0 ]; then
  echo "   loading $MEMBERS demo members (once)"
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:mariadb://127.0.0.1:3306/$SINGLE_DB" QUARKUS_DATASOURCE_USERNAME=sakhiline \
  QUARKUS_DATASOURCE_PASSWORD=sakhiline java -Dsakhiline.pins.pepper="$PEPPER" -Dsakhiline.ussd.gateway-secret="$GATEWAY_KEY" \
    -Dquarkus.http.auth.session.encryption-key=cluster-only-session-key-not-secret-0123456789 \
    -Dsakhiline.embedded-db=false -Dquarkus.http.port=0 -Dquarkus.management.enabled=false -Dquarkus.scheduler.enabled=false \
    -jar "$DIR/demo-app/quarkus-run.jar" load-demo-data --members "$MEMBERS" --seed 1 > "$OUT/cluster-single-load.log" 2>&1
fi
sample "${single_sql[@]}" > "$OUT/cluster-single-phones.txt"
sample mariadb --socket="$DIR/node1/mysqld.sock" -uroot sakhiline_cluster > "$OUT/cluster-phones.txt"

( set -a; eval "$(scripts/cluster env 1 | sed 's/^/export /')"; set +a
  export QUARKUS_HTTP_PORT=$SINGLE_PORT QUARKUS_MANAGEMENT_PORT=19210 QUARKUS_DATASOURCE_JDBC_URL="jdbc:mariadb://127.0.0.1:3306/$SINGLE_DB"
  exec java -Xmx512m -Dquarkus.log.level=WARN -jar "$DIR/app/quarkus-run.jar" ) > "$OUT/cluster-single-service.log" 2>&1 &
SINGLE=$!
trap 'kill $SINGLE 2>/dev/null; wait $SINGLE 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do curl -sf -m 2 "http://127.0.0.1:$SINGLE_PORT/q/health/ready" >/dev/null && break; sleep 1; done

run() { # name url phones seconds
  BENCH_PHONES="$3" BENCH_OPTION=1 BENCH_GATEWAY_KEY=$GATEWAY_KEY \
    wrk -t"$CONNECTIONS" -c"$CONNECTIONS" -d"$4s" --timeout 10s -s bench/ussd/conversations.lua "$2" \
    | grep '^RESULT' | sed "s/^RESULT/$1/"
}
echo "== warm-up (JIT, pools, buffer pools) on both"
run warmup http://127.0.0.1:$SINGLE_PORT "$OUT/cluster-single-phones.txt" 15 >/dev/null
run warmup http://127.0.0.1:19080 "$OUT/cluster-phones.txt" 15 >/dev/null
echo "== measured: balance conversations, $CONNECTIONS connections, ${SECONDS_PER_RUN}s each (one hop = one request)"
run single_instance_single_mariadb http://127.0.0.1:$SINGLE_PORT "$OUT/cluster-single-phones.txt" "$SECONDS_PER_RUN"
run cluster_haproxy_3x3 http://127.0.0.1:19080 "$OUT/cluster-phones.txt" "$SECONDS_PER_RUN"
echo "== the cluster while node2 is killed (kill -9 at 1/4 of the run) and restarted (at 1/2)"
( sleep $((SECONDS_PER_RUN / 4)); scripts/cluster kill-node 2; sleep $((SECONDS_PER_RUN / 4)); scripts/cluster start-node 2 >/dev/null ) &
KILLER=$!
run cluster_haproxy_node_killed http://127.0.0.1:19080 "$OUT/cluster-phones.txt" "$SECONDS_PER_RUN"
wait $KILLER || true
scripts/cluster status | sed -n 1,3p
