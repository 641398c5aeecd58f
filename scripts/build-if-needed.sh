#!/usr/bin/env bash
# Builds the fast-jar (target/quarkus-app) when it is missing or older than the sources.
set -euo pipefail
cd "$(dirname "$0")/.."
sources=(src pom.xml)
[ -d menus ] && sources+=(menus)
if [ ! -f target/quarkus-app/quarkus-run.jar ] || [ -n "$(find "${sources[@]}" -newer target/quarkus-app/quarkus-run.jar -print -quit)" ]; then
  echo "Building SakhiLine (./mvnw package, tests skipped)..."
  ./mvnw -B -ntp -q package -DskipTests
fi
