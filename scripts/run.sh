#!/usr/bin/env bash
# One command to try RelayDesk: installs what is missing, builds, and starts it on the embedded defaults
# (data directory created on first start, self-signed certificate, listeners on 127.0.0.1:2587/2465/2525).
# With a display it opens the desktop manager; without one (or with --headless) it runs the engine alone.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bash "$here/scripts/install-deps.sh"
bash "$here/scripts/build.sh"
bin="${RELAYDESK_BUILD_DIR:-$here/build}/app/relaydesk"
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ "${1:-}" = "--headless" ]; then
  [ "${1:-}" = "--headless" ] && shift
  echo "run.sh: no display; starting the engine headless (Ctrl-C stops it)" >&2
  exec "$bin" --headless "$@"
fi
exec "$bin" "$@"
