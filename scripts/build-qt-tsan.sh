#!/usr/bin/env bash
# Builds the parts of Qt that RelayDesk's GUI-off build needs (Core, Network with the OpenSSL TLS plugin,
# Sql with the QSQLITE plugin, Test; the host tools are Debian's) with -fsanitize=thread, from Debian's own
# qt6-base source package (the same 6.4.2 and patches as the system Qt), so that ThreadSanitizer sees the
# synchronisation inside QMutex, QSemaphore, queued signals and QtTest. Installs into a cache directory
# outside the clone and does nothing when that directory already holds an install made by this exact
# script (the stamp file holds the script's sha256). Progress goes to stderr; the only line on stdout is
# the install prefix, for CMAKE_PREFIX_PATH.
# Environment: RELAYDESK_QT_TSAN_DIR (install prefix), RELAYDESK_QT_TSAN_WORK (source and build tree).
set -euo pipefail
exec 3>&1 1>&2
prefix="${RELAYDESK_QT_TSAN_DIR:-/var/cache/relaydesk/qt-6.4.2-tsan}"
work="${RELAYDESK_QT_TSAN_WORK:-/var/tmp/qt-tsan-src}"
version="6.4.2+dfsg-10"
stamp="$prefix/.relaydesk-tsan-stamp"
self_sum="$(sha256sum "${BASH_SOURCE[0]}" | cut -d' ' -f1)"

if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$self_sum" ]; then
  echo "TSan Qt is up to date in $prefix (built in $(cat "$prefix/.relaydesk-build-seconds" 2>/dev/null) s)"
  echo "$prefix" >&3
  exit 0
fi

sudo=()
if [ "$(id -u)" != "0" ]; then sudo=(sudo); fi
export DEBIAN_FRONTEND=noninteractive

# Debian's source packages: a deb-src entry for the same suites as the binary packages.
printf '%s\n' 'Types: deb-src' 'URIs: http://deb.debian.org/debian' 'Suites: bookworm bookworm-updates' \
  'Components: main' 'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg' |
  "${sudo[@]}" tee /etc/apt/sources.list.d/relaydesk-debsrc.sources >/dev/null
"${sudo[@]}" apt-get update -qq
# Only what qtbase needs for Core, Network (OpenSSL), Sql (system SQLite) and Test without a GUI, and Debian's
# own Qt host tools (moc, rcc, tracegen, ...; the same 6.4.2), which this build uses instead of building them.
"${sudo[@]}" apt-get install -y -qq --no-install-recommends dpkg-dev cmake ninja-build perl g++ libssl-dev \
  libsqlite3-dev zlib1g-dev libpcre2-dev libdouble-conversion-dev libzstd-dev libb2-dev qt6-base-dev \
  qt6-base-dev-tools >/dev/null

start=$SECONDS
mkdir -p "$work"
src="$work/qtbase-$version"
if [ ! -f "$src/.relaydesk-extracted" ]; then
  rm -rf "$src"
  # The version of Debian 12's Qt; if the mirror has moved on, whatever qt6-base it has now.
  (cd "$work" && { apt-get source -qq --download-only "qt6-base=$version" || apt-get source -qq --download-only qt6-base; })
  dsc="$(ls -t "$work"/qt6-base_*.dsc | head -n1)"
  dpkg-source -x "$dsc" "$src" >/dev/null 2>&1 # applies Debian's patches
  touch "$src/.relaydesk-extracted"
fi

# gcc (the compiler the RelayDesk TSan build uses); release, with line tables (-g1) for readable TSan stacks.
# Not built: GUI, D-Bus, ICU, GLib, Concurrent, Xml, qmake, androiddeployqt, the other SQL drivers, and the
# host tools: QT_FORCE_FIND_TOOLS takes moc, rcc and the rest from Debian's Qt (QT_HOST_PATH), as a cross
# build does. Built here, they were a third of the compiling (the bootstrap library is a second QtCore), and a
# moc built with TSan took eight minutes to run over QtCore and QtNetwork.
build="$work/build"
rm -rf "$build"
mkdir -p "$build"
(cd "$build" && nice -n 19 "$src/configure" -prefix "$prefix" -release -sanitize thread \
  -no-gui -no-widgets -no-dbus -no-opengl -no-icu -no-glib -no-feature-concurrent -no-feature-xml \
  -no-feature-qmake -no-feature-androiddeployqt \
  -nomake examples -nomake tests -nomake benchmarks -openssl-linked -system-sqlite -sql-sqlite \
  -no-sql-mysql -no-sql-psql -no-sql-odbc -no-sql-ibase -no-sql-oci -no-sql-db2 \
  -system-pcre -system-zlib -system-doubleconversion \
  -- -DCMAKE_C_COMPILER=gcc -DCMAKE_CXX_COMPILER=g++ -DCMAKE_CXX_FLAGS=-g1 -DCMAKE_C_FLAGS=-g1 \
  -DQT_FORCE_FIND_TOOLS=ON -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
  >configure.log 2>&1) ||
  { tail -40 "$build/configure.log"; exit 1; }

# Only the modules and plugins RelayDesk uses.
targets=(Core Network Sql Test QSQLiteDriverPlugin QTlsBackendOpenSSLPlugin)
nice -n 19 cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]}"

# Install only what was built: the per-directory install scripts of those targets (without their
# subdirectories) plus the top level's CMake packages and mkspecs; the top-level install script would
# also install the targets that were not built, and fail.
"${sudo[@]}" rm -rf "$prefix"
"${sudo[@]}" mkdir -p "$prefix"
install_dirs=(. src src/corelib src/network src/sql src/testlib src/plugins src/plugins/sqldrivers
  src/plugins/sqldrivers/sqlite src/plugins/tls src/plugins/tls/openssl)
for d in "${install_dirs[@]}"; do
  "${sudo[@]}" cmake -DCMAKE_INSTALL_LOCAL_ONLY=ON -DCMAKE_INSTALL_PREFIX="$prefix" -P "$build/$d/cmake_install.cmake" >/dev/null
done
for f in lib/libQt6Core.so.6 lib/libQt6Network.so.6 lib/libQt6Sql.so.6 lib/libQt6Test.so.6 \
  plugins/tls/libqopensslbackend.so plugins/sqldrivers/libqsqlite.so; do
  if [ ! -e "$prefix/$f" ]; then echo "TSan Qt install lacks $f" && exit 1; fi
done

elapsed=$((SECONDS - start))
echo "Built and installed the TSan Qt into $prefix in $elapsed s"
echo "$elapsed" | "${sudo[@]}" tee "$prefix/.relaydesk-build-seconds" >/dev/null
echo "$self_sum" | "${sudo[@]}" tee "$stamp" >/dev/null
echo "$prefix" >&3
