#!/usr/bin/env bash
# Installs Debian's Chromium and Firefox ESR for the e2e tests, when they are missing (needs root).
set -euo pipefail
if command -v chromium >/dev/null && command -v firefox-esr >/dev/null; then exit 0; fi
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium firefox-esr >/dev/null
