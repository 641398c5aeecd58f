#!/usr/bin/env bash
# Makes sure the browser tests have Debian's Chromium and its ChromeDriver (/usr/bin/chromium,
# /usr/bin/chromedriver), and the Noto fonts that render Indic and Arabic scripts in screenshots.
# Idempotent; installs only what is missing.
set -euo pipefail
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
fc-list 2>/dev/null | grep -q 'NotoSansDevanagari' || missing+=(fonts-noto-core)
if [ ${#missing[@]} -gt 0 ]; then
  echo "browser-setup: installing ${missing[*]} (Debian packages)"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
echo "browser-setup: $(/usr/bin/chromium --version 2>/dev/null | head -1); $(/usr/bin/chromedriver --version 2>/dev/null | head -1)"
