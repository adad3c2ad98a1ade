#!/usr/bin/env bash
# One command for the whole test suite: installs what is missing (build and test peers from Debian's
# packages), builds with the GUI on and checks the GUI-off build, then runs every test under ctest.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bash "$here/scripts/install-deps.sh" --test
build="${RELAYDESK_BUILD_DIR:-$here/build}"

echo "== GUI-off build (core and app must build without Qt Widgets)"
cmake -S "$here" -B "$build-nogui" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRELAYDESK_GUI=OFF -DRELAYDESK_TESTS=OFF \
  -DRELAYDESK_WERROR=ON >/dev/null
cmake --build "$build-nogui" -j"$(nproc)"

echo "== Full build with tests"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRELAYDESK_WERROR=ON >/dev/null
cmake --build "$build" -j"$(nproc)"

echo "== Tests"
cd "$build"
ctest -j"$(nproc)" --output-on-failure --timeout 900 "$@"
