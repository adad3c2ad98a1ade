#!/usr/bin/env bash
# Installs every Debian 12 package RelayDesk needs to build, run and test. Idempotent; run as root (or via sudo).
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

BUILD_PKGS=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev qt6-svg-dev libqt6svg6 libqt6opengl6-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libsodium-dev libssl-dev libsystemd-dev libsqlite3-dev openssl sqlite3 ccache
  libqt6sql6-psql
)
TEST_PKGS=(
  python3 python3-aiosmtpd python3-dkim python3-cryptography opendkim swaks fail2ban libnet-ssleay-perl libio-socket-ssl-perl libauthen-sasl-perl
  msmtp curl dnsmasq-base postfix xvfb xauth imagemagick procps psmisc iproute2 testssl.sh bsdextrautils gdb
  clang-14 libclang-rt-14-dev lld
  lintian appstream desktop-file-utils systemd adduser
  postgresql python3-psycopg2
  # fail2ban: its fail2ban-regex checks the shipped filter (test_submission_lockout.py); where systemd runs, the
  # package also starts its daemon with Debian's default sshd jail.
  tzdata  # test_cli reads and prints times in Europe/Berlin (a minimal image may leave it out)
  locales  # the German and French system locales the windows of outside testers run in (test_cli)
)

# bench/auth_vs_postfix.py: Dovecot's SASL for the private Postfix, and libsodium for Python to write its
# Argon2id hash (--bench implies --test).
BENCH_PKGS=(dovecot-core python3-nacl)

want=("${BUILD_PKGS[@]}")
if [ "${1:-}" = "--test" ]; then want+=("${TEST_PKGS[@]}"); fi
if [ "${1:-}" = "--bench" ]; then want+=("${TEST_PKGS[@]}" "${BENCH_PKGS[@]}"); fi

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ "${#missing[@]}" -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}" >&2
  # Postfix must not ask questions nor start a system-wide instance on install.
  echo "postfix postfix/main_mailer_type select No configuration" | $SUDO debconf-set-selections
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The system locales of a German and a French desktop: the C libraries' own words (libpq's, strerror's) come
# in those languages there, and test_cli checks that the relay still reads them right.
if [ "${1:-}" = "--test" ] || [ "${1:-}" = "--bench" ]; then
  wanted_locales=(de_DE.UTF-8 fr_FR.UTF-8)
  generate=0
  for l in "${wanted_locales[@]}"; do
    if ! locale -a 2>/dev/null | grep -qix "${l/UTF-8/utf8}"; then
      $SUDO sed -i "s/^# *\(${l} UTF-8\)/\1/" /etc/locale.gen
      grep -q "^${l} UTF-8" /etc/locale.gen || echo "${l} UTF-8" | $SUDO tee -a /etc/locale.gen >/dev/null
      generate=1
    fi
  done
  if [ "$generate" -eq 1 ]; then $SUDO locale-gen >/dev/null; fi
fi
