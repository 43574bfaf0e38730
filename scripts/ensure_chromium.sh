#!/usr/bin/env bash
# Make sure Debian's Chromium and the CJK fonts are present for the browser tests.
# Installs them through apt when they are missing and we are root; otherwise says why browser
# tests will be skipped. Never fails the build by itself.
set -u
chromium_bin="${CHROMIUM_PATH:-/usr/bin/chromium}"
need=()
[ -x "$chromium_bin" ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${need[*]} through apt for the browser tests..."
  export DEBIAN_FRONTEND=noninteractive
  if apt-get install -y -qq "${need[@]}" >/tmp/ensure-chromium.log 2>&1 \
     || { apt-get update -qq >>/tmp/ensure-chromium.log 2>&1 && apt-get install -y -qq "${need[@]}" >>/tmp/ensure-chromium.log 2>&1; }; then
    exit 0
  fi
  echo "apt could not install ${need[*]} (see /tmp/ensure-chromium.log)."
fi
if [ ! -x "$chromium_bin" ]; then
  echo "No Chromium at $chromium_bin and it cannot be installed here (needs root and apt):"
  echo "browser tests will be skipped. Install Debian's 'chromium' or set CHROMIUM_PATH."
fi
exit 0
