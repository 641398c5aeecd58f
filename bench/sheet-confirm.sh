#!/usr/bin/env bash
# Meeting-sheet confirmation benchmark: confirms N submitted 20-member sheets (default 50, each a fresh
# group; 19 present "as shown", one repaying a loan) against the real MariaDB and prints the
# "BENCH sheet-confirm" line with p50/p99 of the time one confirmation takes (postings, attendance,
# receipts in the outbox, history and audit: one transaction).
# Usage: SAKHILINE_TEST_DB_URL=jdbc:mariadb://127.0.0.1:3306/<your test db> bench/sheet-confirm.sh [N] [members]
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-50}"
MEMBERS="${2:-20}"
log="$(mktemp)"
if ! ./mvnw -B -ntp test -Dtest=SheetConfirmBench -Dsurefire.failIfNoSpecifiedTests=false \
     -Dbench.sheets="$N" -Dbench.members="$MEMBERS" ${BENCH_MAVEN_ARGS:-} >"$log" 2>&1; then
  tail -50 "$log"; echo "benchmark failed (full log: $log)" >&2; exit 1
fi
# Either file may hold the line (the test's output goes to a report file when redirected); a missing one is no failure.
{ grep -h "BENCH sheet-confirm" "$log" target/surefire-reports/*SheetConfirmBench*-output.txt 2>/dev/null || true; } \
  | sed 's/.*BENCH/BENCH/' | sort -u
rm -f "$log"
