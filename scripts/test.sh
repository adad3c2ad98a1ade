#!/usr/bin/env bash
# One command for the whole test suite: installs what is missing (build and test peers from Debian's
# packages), builds with the GUI on and runs every test under ctest; then the GUI-off build under
# ASan+UBSan runs the whole suite again, a TSan build runs the threaded engine's tests, and the
# libFuzzer targets run for a short fixed time. RELAYDESK_QUICK=1 stops after the first ctest run.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bash "$here/scripts/install-deps.sh" --test
build="${RELAYDESK_BUILD_DIR:-$here/build}"

echo "== Full build with tests"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRELAYDESK_WERROR=ON >/dev/null
cmake --build "$build" -j"$(nproc)"

echo "== Tests"
cd "$build"
ctest -j"$(nproc)" --output-on-failure --timeout 900 "$@"

# Sanitizer and fuzz stages (STYLE 10). RELAYDESK_QUICK=1 skips them, e.g. for a fast local loop.
if [ "${RELAYDESK_QUICK:-0}" = "1" ]; then exit 0; fi
stage_start=$SECONDS
stage_done() { echo "== $1 took $((SECONDS - stage_start)) s"; stage_start=$SECONDS; }
supp="$here/tests/sanitizers"

# The ASan build is also the GUI-off build: core and app must build and pass without Qt Widgets.
echo "== ASan+UBSan build (GUI off) and the whole suite under it"
cmake -S "$here" -B "$build-asan" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRELAYDESK_GUI=OFF \
  -DRELAYDESK_SANITIZE=address -DRELAYDESK_BENCH=OFF >/dev/null
cmake --build "$build-asan" -j"$(nproc)"
(cd "$build-asan" &&
  ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1" \
  LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0" \
  UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
  ctest -j"$(nproc)" --output-on-failure --timeout 1800 -LE fuzz)
stage_done "ASan+UBSan stage"

echo "== TSan build (GUI off): unit tests and the submission engine's integration tests"
cmake -S "$here" -B "$build-tsan" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRELAYDESK_GUI=OFF \
  -DRELAYDESK_SANITIZE=thread -DRELAYDESK_BENCH=OFF >/dev/null
tsan_tests="tst_smtpserverprotocol tst_storewriter tst_connectionlimiter tst_auththrottle tst_queuescheduler tst_outbounddelivery"
cmake --build "$build-tsan" -j"$(nproc)" --target relaydesk $tsan_tests
(cd "$build-tsan" &&
  TSAN_OPTIONS="halt_on_error=0:second_deadlock_stack=1:suppressions=$supp/tsan.supp" \
  ctest -j"$(nproc)" --output-on-failure --timeout 1800 -R "^($(echo $tsan_tests | tr ' ' '|')|test_submission_.*)\$")
stage_done "TSan stage"

echo "== Fuzz build (clang, libFuzzer): each target for a short fixed time"
CC=clang-14 CXX=clang++-14 cmake -S "$here" -B "$build-fuzz" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DRELAYDESK_GUI=OFF -DRELAYDESK_TESTS=OFF -DRELAYDESK_BENCH=OFF -DRELAYDESK_FUZZ=ON >/dev/null
cmake --build "$build-fuzz" -j"$(nproc)"
(cd "$build-fuzz" && ctest -j"$(nproc)" --output-on-failure -L fuzz)
stage_done "fuzz stage"
