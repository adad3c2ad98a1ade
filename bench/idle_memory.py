#!/usr/bin/python3
"""Memory of idle sessions: N connections held open against one RelayDesk, plaintext and TLS.

For each mode and each N, a fresh relay (its own data directory; limits.max_connections and
limits.max_connections_per_address raised above N, the idle and session timeouts to an hour, RLIMIT_NOFILE
raised for the relay and the clients) is started and warmed (50 sessions of the mode opened, greeted and
closed, so that what the first session sets up once is in the baseline). Then client processes (--clients,
each its own Python interpreter holding N/clients sockets, sources spread over 127.0.2.1-127.0.2.200 so that
neither the ephemeral ports nor one address is the limit) open the sessions:

- plain: a TCP connection to the submission listener (587), read until the 220 greeting;
- tls: a connection to the implicit-TLS listener (465), the full handshake, read until the 220 greeting.

Once every session is greeted and the relay has settled, its memory is read from /proc/PID/smaps_rollup
(Rss and Pss) and printed before, with the sessions, and per idle session ((with - before) / N, KiB).

Usage: bench/idle_memory.py [--relaydesk build/app/relaydesk] [--sessions 2000,10000] [--modes plain,tls]
                            [--clients 8] [--workdir /var/tmp] [--json FILE]
"""

import argparse
import json
import os
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

CLIENT = r"""
import resource, socket, ssl, sys
mode, port, count, first_source = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
context = ssl.create_default_context()
context.check_hostname = False
context.verify_mode = ssl.CERT_NONE
held = []
for i in range(count):
    source = "127.0.2.%d" % (1 + (first_source + i) % 200)
    sock = socket.create_connection(("127.0.0.1", port), timeout=120, source_address=(source, 0))
    if mode == "tls":
        sock = context.wrap_socket(sock)
    data = b""
    while b"\r\n" not in data:
        chunk = sock.recv(4096)
        if not chunk:
            sys.exit("closed before the greeting: %r" % data)
        data += chunk
    if not data.startswith(b"220"):
        sys.exit("not greeted: %r" % data)
    held.append(sock)
print("ready", flush=True)
sys.stdin.read()  # held until the benchmark closes our stdin
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def smaps_rollup(pid):
    values = {}
    with open("/proc/%d/smaps_rollup" % pid) as f:
        for line in f:
            fields = line.split()
            if len(fields) >= 2 and fields[0] in ("Rss:", "Pss:"):
                values[fields[0][:-1].lower()] = int(fields[1])
    return values


def raise_nofile(limit):
    def apply():
        resource.setrlimit(resource.RLIMIT_NOFILE, (limit, limit))
    return apply


class Relay:
    def __init__(self, binary, workdir, sessions):
        self.binary = binary
        self.dir = tempfile.mkdtemp(prefix="relaydesk-idle-", dir=workdir)
        self.ports = {name: free_port() for name in ("submission", "smtps", "lan")}
        for name, port in self.ports.items():
            self.cli("config", "set", "listener.%s.address" % name, "127.0.0.1:%d" % port)
        # In one command: an idle timeout longer than the session's is refused, and these two change together.
        # The total limit twice the sessions: from three quarters of it on, a silent session gets 10 s and one
        # address only its share (docs/security.md, "A relay near its connection limit").
        settings = (("delivery.enabled", "false"), ("limits.max_connections", 2 * sessions + 200),
                    ("limits.max_connections_per_address", sessions + 200), ("limits.idle_timeout", 3600),
                    ("limits.session_timeout", 7200))
        self.cli("config", "set", *[str(word) for pair in settings for word in pair])
        self.process = None

    def cli(self, *args):
        subprocess.run([self.binary, "--data-dir", self.dir, *args], check=True, capture_output=True, text=True)

    def start(self, nofile):
        self.process = subprocess.Popen([self.binary, "--headless", "--data-dir", self.dir],
                                        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL, preexec_fn=raise_nofile(nofile))
        deadline = time.monotonic() + 30
        for port in self.ports.values():
            while True:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    if time.monotonic() > deadline or self.process.poll() is not None:
                        raise SystemExit("relaydesk did not start")
                    time.sleep(0.1)

    def stop(self):
        if self.process:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(120)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.dir, ignore_errors=True)


def hold_sessions(mode, port, count, clients, first_source=0):
    """Client processes holding count greeted sessions; returns them (close their stdin to end them)."""
    processes = []
    per_client = [count // clients + (1 if i < count % clients else 0) for i in range(clients)]
    started = time.monotonic()
    offset = first_source
    for n in per_client:
        if n == 0:
            continue
        processes.append(subprocess.Popen([sys.executable, "-c", CLIENT, mode, str(port), str(n), str(offset)],
                                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                          preexec_fn=raise_nofile(n + 100)))
        offset += n
    for process in processes:
        if process.stdout.readline().strip() != "ready":
            release(processes)
            raise SystemExit("a client process failed (see its stderr)")
    return processes, time.monotonic() - started


def release(processes):
    for process in processes:
        try:
            process.stdin.close()
        except OSError:
            pass
    for process in processes:
        process.wait(60)


def settle(pid, seconds=3):
    time.sleep(seconds)
    return smaps_rollup(pid)


def one_run(binary, workdir, mode, sessions, clients):
    relay = Relay(binary, workdir, sessions)
    try:
        relay.start(nofile=sessions + 1000)
        port = relay.ports["smtps" if mode == "tls" else "submission"]
        warm, _ = hold_sessions(mode, port, 50, 1)
        release(warm)
        before = settle(relay.process.pid)
        held, opened_s = hold_sessions(mode, port, sessions, clients)
        try:
            with_sessions = settle(relay.process.pid)
        finally:
            release(held)
        row = {"mode": mode, "sessions": sessions, "opened_s": round(opened_s, 1),
               "rss_before_kib": before["rss"], "rss_with_kib": with_sessions["rss"],
               "pss_before_kib": before["pss"], "pss_with_kib": with_sessions["pss"],
               "rss_kib_per_session": round((with_sessions["rss"] - before["rss"]) / sessions, 1),
               "pss_kib_per_session": round((with_sessions["pss"] - before["pss"]) / sessions, 1)}
        return row
    finally:
        relay.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--relaydesk", default=os.path.join(here, "..", "build", "app", "relaydesk"))
    parser.add_argument("--sessions", default="2000,10000")
    parser.add_argument("--modes", default="plain,tls")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workdir", default="/var/tmp")
    parser.add_argument("--json")
    args = parser.parse_args()

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    print("# load average %.1f %.1f %.1f; RLIMIT_NOFILE hard %d; %s" % (*os.getloadavg(), hard, args.relaydesk))
    print("%-6s %7s %9s %12s %12s %12s %12s %14s %14s" % ("mode", "sessions", "opened_s", "rss_before", "rss_with",
                                                         "pss_before", "pss_with", "KiB/sess(rss)",
                                                         "KiB/sess(pss)"))
    rows = []
    for sessions in [int(n) for n in args.sessions.split(",")]:
        for mode in args.modes.split(","):
            row = one_run(args.relaydesk, args.workdir, mode, sessions, args.clients)
            rows.append(row)
            print("%-6s %7d %9.1f %12d %12d %12d %12d %14.1f %14.1f" % (
                mode, sessions, row["opened_s"], row["rss_before_kib"], row["rss_with_kib"], row["pss_before_kib"],
                row["pss_with_kib"], row["rss_kib_per_session"], row["pss_kib_per_session"]), flush=True)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(rows, f, indent=2)


if __name__ == "__main__":
    main()
