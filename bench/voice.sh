#!/usr/bin/env bash
# Voice (IVR) benchmark: N balance calls (default 1000) of four signed Twilio-style hops each (call,
# "1", PIN, "0") against the service and a real MariaDB, C at a time (default 16). Prints the
# "BENCH voice" line: TwiML responses per second and p50/p99 latency per hop.
# Usage: SAKHILINE_TEST_DB_URL=jdbc:mariadb://127.0.0.1:3306/<your test db> bench/voice.sh [N] [C]
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-1000}"
C="${2:-16}"
log="$(mktemp)"
if ! ./mvnw -B -ntp test -Dtest=VoiceBench -Dsurefire.failIfNoSpecifiedTests=false \
     -Dbench.calls="$N" -Dbench.concurrency="$C" \
     ${BENCH_MAVEN_ARGS:-} >"$log" 2>&1; then
  tail -50 "$log"; echo "benchmark failed (full log: $log)" >&2; exit 1
fi
grep -h "BENCH voice" "$log" target/surefire-reports/*VoiceBench*-output.txt 2>/dev/null | sed 's/.*BENCH/BENCH/' | sort -u
rm -f "$log"
