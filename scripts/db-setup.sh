#!/usr/bin/env bash
# Makes sure a MariaDB server is running on this machine and that SakhiLine's databases and user
# exist. Runs as root over the local socket (a fresh Debian install lets root in only that way).
# Idempotent: safe to run before every test run.
set -euo pipefail

DB_USER="${SAKHILINE_DB_USER:-sakhiline}"
DB_PASSWORD="${SAKHILINE_DB_PASSWORD:-sakhiline}"
DATABASES="${SAKHILINE_DATABASES:-sakhiline sakhiline_test}"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

server_up() { as_root mariadb-admin --protocol=socket ping >/dev/null 2>&1 || mysqladmin -h127.0.0.1 -P3306 ping >/dev/null 2>&1; }

if ! command -v mariadbd >/dev/null 2>&1 && [ ! -x /usr/sbin/mariadbd ]; then
  echo "db-setup: installing mariadb-server (Debian package)"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq mariadb-server mariadb-client >/dev/null
fi

if ! server_up; then
  echo "db-setup: starting MariaDB"
  as_root mkdir -p /run/mysqld
  as_root chown mysql:mysql /run/mysqld 2>/dev/null || true
  if [ ! -d /var/lib/mysql/mysql ]; then
    as_root mariadb-install-db --user=mysql --datadir=/var/lib/mysql >/dev/null
  fi
  as_root start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql
  for _ in $(seq 1 60); do server_up && break; sleep 1; done
  server_up || { echo "db-setup: MariaDB did not come up within 60 s" >&2; exit 1; }
fi

sql="CREATE USER IF NOT EXISTS '${DB_USER}'@'localhost' IDENTIFIED BY '${DB_PASSWORD}';
CREATE USER IF NOT EXISTS '${DB_USER}'@'127.0.0.1' IDENTIFIED BY '${DB_PASSWORD}';"
for db in $DATABASES; do
  sql+="
CREATE DATABASE IF NOT EXISTS \`${db}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
done
# The pattern grant also covers per-worktree test databases (sakhiline_test_<name>).
sql+="
GRANT ALL PRIVILEGES ON \`sakhiline%\`.* TO '${DB_USER}'@'localhost';
GRANT ALL PRIVILEGES ON \`sakhiline%\`.* TO '${DB_USER}'@'127.0.0.1';
FLUSH PRIVILEGES;"
as_root mariadb --protocol=socket -uroot -e "$sql"
echo "db-setup: MariaDB up; databases [$DATABASES] and user '${DB_USER}' ready"
