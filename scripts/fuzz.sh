#!/usr/bin/env bash
# Runs every libFuzzer target for longer than the test suite does: scripts/fuzz.sh [SECONDS per target, default 600]
# Builds build-fuzz (clang, RELAYDESK_FUZZ=ON, GUI off) if needed. New corpus entries stay in
# build-fuzz/fuzz-long/<target>/corpus; crashes are written next to it (crash-*, leak-*, timeout-*).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-600}"
build="${RELAYDESK_FUZZ_BUILD_DIR:-$here/build-fuzz}"
jobs="${RELAYDESK_FUZZ_JOBS:-1}"

CC=clang-14 CXX=clang++-14 cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DRELAYDESK_GUI=OFF -DRELAYDESK_TESTS=OFF -DRELAYDESK_BENCH=OFF -DRELAYDESK_FUZZ=ON >/dev/null
targets=$(cd "$here/tests/fuzz" && ls fuzz_*.cpp | sed 's/\.cpp$//')
# shellcheck disable=SC2086
cmake --build "$build" -j"$(nproc)" --target $targets

status=0
for target in $targets; do
  work="$build/fuzz-long/$target"
  mkdir -p "$work/corpus"
  cp -n "$here/tests/fuzz/corpus/$target"/* "$work/corpus/" 2>/dev/null || true
  for seed in "$build/tests/fuzz/dialog-seeds/$target"/*; do # made from tests/dialogs by the build
    if [ -f "$seed" ]; then cp -n "$seed" "$work/corpus/dialog-$(basename "$seed")"; fi
  done
  echo "== $target: ${seconds}s"
  if ! "$build/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
      -jobs="$jobs" -workers="$jobs" -dict="$here/tests/fuzz/smtp.dict" -artifact_prefix="$work/" \
      -print_final_stats=1 "$work/corpus" >"$work/log.txt" 2>&1; then
    echo "   FAILED: see $work/log.txt and $work/crash-*"
    status=1
  fi
  grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb" "$work/log.txt" | sed 's/^/   /' || true
done
exit $status
