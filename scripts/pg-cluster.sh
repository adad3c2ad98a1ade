#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (docs/postgresql.md, "Tests"): no system service, nothing
# outside DIR.
#   pg-cluster.sh start DIR   initdb into DIR/data (first time), start postgres on a free port of 127.0.0.1,
#                             print the admin URL (also in DIR/url; the password is in DIR/password, 0600)
#   pg-cluster.sh stop DIR    stop it (the files stay; `rm -rf DIR` removes them)
# The server runs as the user `postgres` when started by root (postgres refuses root), accepts password
# (SCRAM) logins on 127.0.0.1 only, and TLS with a certificate for 127.0.0.1/localhost signed by DIR/ca.pem,
# so that sslmode=verify-full can be tested. fsync is off: the cluster is thrown away, never a server
# whose durability a test measures.
set -euo pipefail

cmd="${1:-}"
dir="${2:-}"
if [ -z "$cmd" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop DIR" >&2
  exit 2
fi
bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)"
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "pg-cluster: PostgreSQL is not installed (scripts/install-deps.sh --test installs it)" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
start)
  mkdir -p "$dir"
  dir="$(cd "$dir" && pwd)"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
  chmod 0700 "$dir"
  if [ ! -s "$dir/data/PG_VERSION" ]; then
    umask 077
    head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$dir/password"
    # TLS: a private CA and a server certificate for 127.0.0.1 and localhost.
    openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=relaydesk test CA" \
      -keyout "$dir/ca.key" -out "$dir/ca.pem" 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout "$dir/server.key" \
      -out "$dir/server.csr" 2>/dev/null
    printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\n' >"$dir/server.ext"
    openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca.key" -CAcreateserial \
      -days 30 -extfile "$dir/server.ext" -out "$dir/server.pem" 2>/dev/null
    chmod 0644 "$dir/ca.pem"
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"/*; fi
    as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
      --pwfile="$dir/password" -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
      { cat "$dir/initdb.log" >&2; exit 1; }
    # Tests may read the password and the CA (the runner may be another user than the server).
    chmod 0644 "$dir/ca.pem"
  fi
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
  as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o \
    "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off \
     -c full_page_writes=off -c synchronous_commit=off -c max_connections=300 -c shared_buffers=64MB \
     -c ssl=on -c ssl_cert_file=$dir/server.pem -c ssl_key_file=$dir/server.key" >/dev/null ||
    { tail -n 20 "$dir/server.log" >&2; exit 1; }
  echo "postgresql://postgres@127.0.0.1:$port/postgres" >"$dir/url"
  cat "$dir/url"
  ;;
stop)
  if [ -s "$dir/data/postmaster.pid" ]; then
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
  fi
  ;;
*)
  echo "usage: $0 start|stop DIR" >&2
  exit 2
  ;;
esac
