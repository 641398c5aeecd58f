#!/usr/bin/env bash
# Starts the packaged production app (target/quarkus-app, or the directory given) with an empty or short secret
# and fails unless it refuses to start (non-zero exit) with a log line naming the setting and not its value;
# then once with good secrets, which must start; then serves once to check what the public port shows: metrics,
# OpenAPI and Swagger UI only on the management port, health on the service port, and forwarded headers
# ignored from an address that is not a trusted proxy. Needs a MariaDB the app can migrate (Flyway runs before the
# check): SAKHILINE_TEST_DB_URL, as for the tests. scripts/test runs it after ./mvnw verify.
# Last, the graceful drain: after SIGTERM readiness answers 503 while the service still serves, a request that was
# in flight when the signal came is answered, and the process then exits; and production logs are JSON lines.
set -euo pipefail
cd "$(dirname "$0")/.."
app="${1:-target/quarkus-app}"
[ -f "$app/quarkus-run.jar" ] || { echo "check-production-secrets: no $app/quarkus-run.jar (run ./mvnw package first)" >&2; exit 1; }
export QUARKUS_DATASOURCE_JDBC_URL="${SAKHILINE_TEST_DB_URL:-jdbc:mariadb://127.0.0.1:3306/sakhiline_test}"
export QUARKUS_DATASOURCE_USERNAME=sakhiline QUARKUS_DATASOURCE_PASSWORD=sakhiline
good_gateway=check-gateway-secret-0123456789 good_pepper=check-pepper-0123456789 good_key=check-session-key-0123456789-abcdefghij
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

# start GATEWAY PEPPER KEY: runs the app until it exits or says it started (then stops it); sets $rc
start() {
  SAKHILINE_USSD_GATEWAY_SECRET="$1" SAKHILINE_PINS_PEPPER="$2" SAKHILINE_SESSION_KEY="$3" \
    java -Xmx256m -Dquarkus.http.port=0 -Dquarkus.scheduler.enabled=false -Dsakhiline.messaging.dispatch-interval=off \
    -Dsakhiline.reminders.plan-every=off -jar "$app/quarkus-run.jar" >"$log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 240); do
    if ! kill -0 $pid 2>/dev/null; then
      set +e; wait $pid; rc=$?; set -e
      return
    fi
    if grep -q "started in" "$log"; then
      kill $pid; wait $pid 2>/dev/null || true
      rc=0
      return
    fi
    sleep 0.5
  done
  kill $pid; wait $pid 2>/dev/null || true
  echo "check-production-secrets: the app neither started nor stopped within 2 minutes" >&2
  tail -20 "$log" >&2
  exit 1
}

# refused CASE SETTING GATEWAY PEPPER KEY
refused() {
  local case="$1" setting="$2"
  start "$3" "$4" "$5"
  if [ "$rc" = 0 ] || ! grep -q "Refusing to start: .*$setting" "$log"; then
    echo "check-production-secrets: FAILED: $case: exit $rc, expected a refusal naming $setting" >&2
    tail -20 "$log" >&2
    exit 1
  fi
  for value in "$3" "$4" "$5"; do
    if [ -n "$value" ] && grep -qF -- "$value" "$log"; then
      echo "check-production-secrets: FAILED: $case: the log shows a secret's value" >&2
      exit 1
    fi
  done
  echo "check-production-secrets: $case: refused (exit $rc): $(grep -o 'Refusing to start: [^"]*' "$log" | head -1)"
}

refused "empty USSD gateway secret" SAKHILINE_USSD_GATEWAY_SECRET "" "$good_pepper" "$good_key"
refused "short PIN pepper" SAKHILINE_PINS_PEPPER "$good_gateway" "short-pepper" "$good_key"
refused "short session key" SAKHILINE_SESSION_KEY "$good_gateway" "$good_pepper" "too-short-session-key"
start "$good_gateway" "$good_pepper" "$good_key"
if [ "$rc" != 0 ]; then
  echo "check-production-secrets: FAILED: good secrets: the app did not start (exit $rc)" >&2
  tail -20 "$log" >&2
  exit 1
fi
echo "check-production-secrets: good secrets: started"

# The public port: management endpoints off it, health on it; X-Forwarded-Proto from an untrusted address
# (the proxy list names another host) must not turn the sign-in redirect into https.
ports=$(python3 -c 'import socket
s=[socket.socket() for _ in range(2)]
[x.bind(("127.0.0.1", 0)) for x in s]
print(*[x.getsockname()[1] for x in s])')
read -r port mport <<<"$ports"
SAKHILINE_USSD_GATEWAY_SECRET="$good_gateway" SAKHILINE_PINS_PEPPER="$good_pepper" SAKHILINE_SESSION_KEY="$good_key" \
  SAKHILINE_TRUSTED_PROXIES=10.255.255.1 SAKHILINE_SHUTDOWN_DELAY=5s SAKHILINE_SHUTDOWN_TIMEOUT=20s \
  java -Xmx256m -Dquarkus.http.port="$port" -Dquarkus.management.port="$mport" -Dquarkus.scheduler.enabled=false \
  -Dsakhiline.messaging.dispatch-interval=off -Dsakhiline.reminders.plan-every=off \
  -jar "$app/quarkus-run.jar" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 240); do grep -q "started in" "$log" && break; sleep 0.5; done
status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
expect() { # what url expected-status [curl options]
  local what="$1" url="$2" want="$3"; shift 3
  local got; got=$(status "$@" "$url")
  [ "$got" = "$want" ] || { echo "check-production-secrets: FAILED: $what: $url answered $got, expected $want" >&2; tail -20 "$log" >&2; exit 1; }
}
for path in /q/metrics /q/openapi /q/swagger-ui/; do
  expect "not on the public port" "http://127.0.0.1:$port$path" 404
done
expect "health on the public port" "http://127.0.0.1:$port/q/health/live" 200
expect "metrics on the management port" "http://127.0.0.1:$mport/q/metrics" 200
location=$(curl -s -o /dev/null -w '%{redirect_url}' -H 'X-Forwarded-Proto: https' "http://127.0.0.1:$port/admin")
case "$location" in
  https:*) echo "check-production-secrets: FAILED: an untrusted X-Forwarded-Proto was honoured ($location)" >&2; exit 1 ;;
  "") echo "check-production-secrets: FAILED: /admin did not redirect to the sign-in" >&2; exit 1 ;;
esac
echo "check-production-secrets: public port: management endpoints 404, health 200; management port: metrics 200; forwarded headers from an untrusted address ignored"

# Production logs: one JSON object per line (a collector parses them); level and message are fields.
first=$(grep -m1 . "$log")
case "$first" in
  "{"*'"level"'*'"message"'*) ;;
  *) echo "check-production-secrets: FAILED: production log lines are not JSON: $first" >&2; exit 1 ;;
esac
metrics=$(curl -s "http://127.0.0.1:$mport/q/metrics")
for meter in sakhiline_outbox_depth agroal_active_count; do
  grep -q "^$meter{" <<<"$metrics" || { echo "check-production-secrets: FAILED: $meter not on the management port" >&2; exit 1; }
done
echo "check-production-secrets: logs are JSON lines; operations meters on the management port"

# Graceful drain. A USSD hop whose body arrives slowly (about 8 s at 1 KB/s) is in flight when SIGTERM comes:
# readiness must turn 503 within a second or two while the process lives (the 5 s delay), and the hop must still be
# answered (the shutdown timeout waits for it) before the process exits.
pad=$(head -c 8000 /dev/zero | tr '\0' a)
answer="$(mktemp)"
trap 'kill $pid 2>/dev/null || true; rm -f "$log" "$answer" "$answer.status"' EXIT
curl -s -o "$answer" -w '%{http_code}' --limit-rate 1K -H "X-Gateway-Key: $good_gateway" \
  --data "sessionId=drain-check&serviceCode=*384*55%23&phoneNumber=%2B919800055566&networkCode=62120&text=&pad=$pad" \
  "http://127.0.0.1:$port/ussd/africastalking" > "$answer.status" &
slow=$!
sleep 1
expect "ready before SIGTERM" "http://127.0.0.1:$port/q/health/ready" 200
kill -TERM $pid
signalled=$(date +%s%N)
ready=200
for _ in $(seq 1 40); do
  ready=$(status "http://127.0.0.1:$port/q/health/ready")
  [ "$ready" = 503 ] && break
  sleep 0.1
done
down_ms=$(( ($(date +%s%N) - signalled) / 1000000 ))
kill -0 $pid 2>/dev/null || { echo "check-production-secrets: FAILED: the process exited before its drain delay" >&2; exit 1; }
[ "$ready" = 503 ] || { echo "check-production-secrets: FAILED: readiness answered $ready after SIGTERM, expected 503" >&2; tail -20 "$log" >&2; exit 1; }
live=$(status "http://127.0.0.1:$port/q/health/live")
wait $slow || true
answered_ms=$(( ($(date +%s%N) - signalled) / 1000000 ))
hop_status=$(cat "$answer.status"); hop=$(cat "$answer")
case "$hop_status $hop" in
  "200 CON "*|"200 END "*) ;;
  *) echo "check-production-secrets: FAILED: the hop in flight at SIGTERM got $hop_status '$hop'" >&2; tail -20 "$log" >&2; exit 1 ;;
esac
set +e; wait $pid; exit_code=$?; set -e
echo "check-production-secrets: graceful drain: readiness 503 ${down_ms} ms after SIGTERM (liveness $live meanwhile), the hop in flight answered ${answered_ms} ms after it ($hop_status ${hop:0:4}…, past the 5 s delay), then exit $exit_code"
