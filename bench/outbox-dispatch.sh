#!/usr/bin/env bash
# Outbox dispatch benchmark: enqueues N messages (default 20000) and drains them through the real
# Twilio SDK into a local stub API (127.0.0.1 only), rate limit off. Prints the "BENCH outbox" line.
# Usage: SAKHILINE_TEST_DB_URL=jdbc:mariadb://127.0.0.1:3306/<your test db> bench/outbox-dispatch.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-20000}"
log="$(mktemp)"
if ! ./mvnw -B -ntp test -Dtest=OutboxDispatchBench -Dsurefire.failIfNoSpecifiedTests=false \
     -Dbench.messages="$N" ${BENCH_MAVEN_ARGS:-} >"$log" 2>&1; then
  tail -50 "$log"; echo "benchmark failed (full log: $log)" >&2; exit 1
fi
grep -h "BENCH outbox" "$log" target/surefire-reports/*OutboxDispatchBench*-output.txt 2>/dev/null | sed 's/.*BENCH/BENCH/' | sort -u
rm -f "$log"
