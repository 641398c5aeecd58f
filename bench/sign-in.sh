#!/usr/bin/env bash
# Sign-in throttle benchmark against a running service (scripts/demo, or the packaged app): what a password
# flood costs the server now that it is answered 429 before bcrypt, and what a valid API client pays once its
# credential is cached. Prints one "BENCH sign-in" line per measurement.
#   bench/sign-in.sh [base-url] [user] [password]      default http://localhost:8080 admin demo-admin-password
# It LOCKS the user it floods (first 30 s, longer if run again within the hour) and, after 20 wrong passwords,
# this client address on that instance: point it at a user made for the purpose on anything but a demo.
set -euo pipefail
BASE="${1:-http://localhost:8080}" USER_NAME="${2:-admin}" PASSWORD="${3:-demo-admin-password}"
URL="$BASE/api/v1/org-units/0"   # signed in: a cheap 404; not: 401 or 429
out="$(mktemp)"
trap 'rm -f "$out"' EXIT

# calls N USER PASSWORD: N sequential Basic calls on one keep-alive connection; lines "status seconds"
calls() {
  local n=$1 args=()
  for i in $(seq 1 "$n"); do
    [ "$i" -gt 1 ] && args+=(--next)
    args+=(-s -o /dev/null -u "$2:$3${4:+$i}" -w '%{http_code} %{time_total}\n' "$URL")
  done
  curl "${args[@]}"
}

summary() {  # label: per status, how many and their median milliseconds (gawk)
  gawk -v label="$1" '{ n[$1]++; t[$1][n[$1]] = $2 * 1000; total += $2 }
    END { printf "BENCH sign-in %s: %d calls in %.0f ms;", label, NR, total * 1000;
          for (s in n) { m = asort(t[s], sorted); printf " %d x %s (median %.1f ms)", n[s], s, sorted[int((m + 1) / 2)] }
          printf "\n" }'
}

curl -fs "$BASE/q/health/ready" >/dev/null || { echo "no service ready at $BASE" >&2; exit 1; }
calls 50 "$USER_NAME" "$PASSWORD" | summary "valid Basic credential (one bcrypt, then cached; 404 = signed in)"
calls 200 "$USER_NAME" "wrong-password-" suffix | tee "$out" | summary "200 wrong Basic passwords"
headers="$(curl -s -o /dev/null -D - -u "$USER_NAME:$PASSWORD" "$URL" | tr -d '\r')"
echo "BENCH sign-in the right password after the flood: $(echo "$headers" | head -1 | cut -d' ' -f2)," \
  "Retry-After $(echo "$headers" | awk -F': ' 'tolower($1) == "retry-after" { print $2 }') s"
