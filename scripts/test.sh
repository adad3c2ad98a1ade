#!/usr/bin/env bash
# One command for the whole test suite: installs what is missing (build and test peers from Debian's
# packages), builds with the GUI on and runs every test under ctest (the .deb install-run-purge test, label
# `package`, only here: it needs root and the binary that ships); then the GUI-off build under
# ASan+UBSan (clang, with libFuzzer's hooks) runs the whole suite again and each libFuzzer target for a short
# fixed time, and the GUI-off build under TSan (against a TSan-built Qt) runs the threaded engine tests.
# Between the first ctest run and
# the sanitizers, the same suite runs once more with the store on PostgreSQL (a throwaway cluster,
# scripts/pg-cluster.sh; docs/postgresql.md, "Tests"). RELAYDESK_QUICK=1 stops after the first ctest run;
# RELAYDESK_PG=0 leaves out the PostgreSQL pass.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bash "$here/scripts/install-deps.sh" --test
build="${RELAYDESK_BUILD_DIR:-$here/build}"
jobs="$(nproc)"
# Tests wait on sockets, timers and peers much of the time: with one test per core the cores were idle about
# half of the first pass, and two per core took 44 % off its wall time with the same results (docs/conventions.md).
# The TSan pass keeps one per core: its programs run several times slower and use what the core has.
test_jobs="${RELAYDESK_TEST_JOBS:-$((jobs * 2))}"

# ccache keeps repeated runs on one machine fast; paths are made relative so that clones in other
# folders share the cache. A fresh machine simply builds everything once. The sloppiness lets ccache cache
# the test programs' precompiled headers and the compiles that use them (tests/CMakeLists.txt): without it,
# every run would compile the .gch anew, and GCC never writes the same .gch twice.
export CCACHE_BASEDIR="$here" CCACHE_NOHASHDIR=1 CCACHE_MAXSIZE=5G CCACHE_SLOPPINESS=pch_defines,time_macros
launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache
  # LLVM's linker: it linked all the Release build's programs in 8.7 s where GNU ld took 45.8 s
  # (docs/conventions.md, "What the test command costs"); the package test checks what it links with lintian.
  -DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=lld)
# Sanitizer builds: light optimisation and line tables only, for readable reports at a modest build cost.
sanitizer_flags=(-DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g1" -DRELAYDESK_BENCH=OFF)

stage_start=$SECONDS
stage_done() { echo "== $1 took $((SECONDS - stage_start)) s"; stage_start=$SECONDS; }

echo "== Full build with tests (GUI on, warnings are errors)"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DRELAYDESK_WERROR=ON "${launcher[@]}" >/dev/null
cmake --build "$build" -j"$jobs"
stage_done "build"

echo "== Tests"
(cd "$build" && ctest -j"$test_jobs" --output-on-failure --timeout 900 "$@")
stage_done "ctest"

if [ "${RELAYDESK_QUICK:-0}" = "1" ]; then exit 0; fi

# The store on PostgreSQL: every data directory a test makes gets a fresh database of its own on one
# throwaway cluster (initdb into a temporary directory, a free port on 127.0.0.1, no system service), so
# that ctest -j works. Left out: the tests of SQLite itself (label sqlite-only), the tests that start a PostgreSQL
# of their own whatever this pass says (label own-postgresql: they ran in the first pass), the tests whose
# subject is not the store (label store-independent) and the package test.
if [ "${RELAYDESK_PG:-1}" = "1" ]; then
  echo "== Tests with the store on PostgreSQL"
  pgdir="$(mktemp -d /tmp/relaydesk-pg.XXXXXX)"
  trap 'bash "$here/scripts/pg-cluster.sh" stop "$pgdir" >/dev/null 2>&1 || true; rm -rf "$pgdir"' EXIT
  pgurl="$(bash "$here/scripts/pg-cluster.sh" start "$pgdir")"
  (cd "$build" && RELAYDESK_TEST_PG="$pgurl" RELAYDESK_TEST_PG_PASSWORD_FILE="$pgdir/password" \
    ctest -j"$test_jobs" --output-on-failure --timeout 900 -LE 'sqlite-only|own-postgresql|store-independent|package|fuzz')
  bash "$here/scripts/pg-cluster.sh" stop "$pgdir"
  rm -rf "$pgdir"
  trap - EXIT
  stage_done "PostgreSQL ctest"
fi
supp="$here/tests/sanitizers"

# The ASan build is also the GUI-off build (core and app must build and pass without Qt Widgets) and the fuzz
# build: clang, ASan+UBSan and libFuzzer's coverage hooks in all code (RELAYDESK_FUZZ), so that one build serves
# the whole suite and the fuzz targets. Two builds took 1,245 s, this one 808 s (docs/conventions.md).
echo "== ASan+UBSan build with clang (GUI off): the whole suite under it, then each fuzz target for a short time"
if ! grep -qs "^CMAKE_CXX_COMPILER:.*clang" "$build-asan/CMakeCache.txt"; then rm -f "$build-asan/CMakeCache.txt"; fi
CC=clang-14 CXX=clang++-14 cmake -S "$here" -B "$build-asan" -G Ninja -DRELAYDESK_GUI=OFF -DRELAYDESK_FUZZ=ON \
  "${sanitizer_flags[@]}" "${launcher[@]}" >/dev/null
cmake --build "$build-asan" -j"$jobs"
(cd "$build-asan" && RELAYDESK_SANITIZER=address \
  ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1" \
  LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0" \
  UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
  ctest -j"$test_jobs" --output-on-failure --timeout 1800 -LE 'fuzz|package')
(cd "$build-asan" && ctest -j"$jobs" --output-on-failure -L fuzz)
stage_done "ASan+UBSan and fuzz stage"

# TSan needs a Qt built with -fsanitize=thread, or it cannot see the synchronisation inside QMutex,
# QSemaphore, queued signals and QtTest: scripts/build-qt-tsan.sh builds Core, Network, Sql and Test from
# Debian's qt6-base source once (cached outside the clone). Unit tests and the engine's integration tests run
# here; any TSan report fails the test (exit code 66, or the harness finds it in the engine's stderr).
echo "== TSan build (GUI off) against a TSan-built Qt, and the threaded engine tests under it"
qt_tsan="$(bash "$here/scripts/build-qt-tsan.sh" | tail -n1)"
if ! grep -qs "^Qt6Core_DIR:PATH=$qt_tsan/" "$build-tsan/CMakeCache.txt"; then rm -f "$build-tsan/CMakeCache.txt"; fi
cmake -S "$here" -B "$build-tsan" -G Ninja -DRELAYDESK_GUI=OFF -DRELAYDESK_SANITIZE=thread \
  "-DCMAKE_PREFIX_PATH=$qt_tsan" "${sanitizer_flags[@]}" "${launcher[@]}" >/dev/null
cmake --build "$build-tsan" -j"$jobs"
if ldd "$build-tsan/app/relaydesk" | grep -E 'libQt6' | grep -vq "=> $qt_tsan/lib/"; then
  echo "relaydesk (TSan) does not load the TSan Qt:" >&2; ldd "$build-tsan/app/relaydesk" >&2; exit 1
fi
(cd "$build-tsan" && RELAYDESK_SANITIZER=thread RELAYDESK_EXPECT_QT_PREFIX="$qt_tsan" \
  QT_PLUGIN_PATH="$qt_tsan/plugins" LD_LIBRARY_PATH="$qt_tsan/lib" \
  TSAN_OPTIONS="halt_on_error=0:exitcode=66:die_after_fork=0:second_deadlock_stack=1:suppressions=$supp/tsan.supp" \
  ctest -j"$jobs" --output-on-failure --timeout 1800 -R "^(tst_|test_submission_|test_sender_|test_delivery|test_reliability_|test_live_apply|test_control_|test_dkim|test_agent_limits|test_auth_cache)" \
    -E "^test_delivery_store_outage$")  # it needs PostgreSQL, and the TSan Qt has only the SQLite driver
stage_done "TSan stage"
