#!/usr/bin/python3
"""An accept storm: 10,000 TCP connects in one burst against RelayDesk's LAN listener, bounded in time.

One client process opens every connection non-blocking as fast as it can (sources spread over 127.0.1.1-
127.0.1.250, so that the per-address limit is not what is measured), then waits until each one is connected
and greeted, or refused, or the time bound passes. Printed: the listen backlog the kernel reports for the
listener (`ss -ltn`: Send-Q is the backlog RelayDesk asked for, /proc/sys/net/core/somaxconn since issue 14;
Qt's default was 50), how many connects were accepted, refused (RST, e.g. a full queue without SYN cookies) or
timed out, how many were greeted with 220 or turned away by the connection limits with 421, and the latency
from connect() to the greeting (p50, p99, max: a SYN dropped on a full queue shows as a retransmission
after 1 s, 3 s, ...).

RelayDesk runs with limits.max_connections and limits.max_connections_per_address raised to --limit (default
14,000, so that the storm stays under the three quarters at which idle sessions get 10 s) unless --keep-limits,
so that the accept path, not the connection limiter, is measured. Or --connect
HOST:PORT storms a server that is already running (any SMTP server, e.g. a Postfix for comparison).

Usage: bench/accept_storm.py [--connects 10000] [--timeout 30] [--limit 14000] [--keep-limits]
                             [--relaydesk build/app/relaydesk] [--workdir /var/tmp] [--connect HOST:PORT] [--json FILE]
"""

import argparse
import errno
import json
import os
import resource
import selectors
import socket
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import submission_vs_postfix as accept_bench  # noqa: E402  (RelayDesk instance, helpers)


def raise_fd_limit(needed):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < needed:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, max(needed, soft)), hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def listen_backlog(port):
    """Send-Q of the listening socket as ss shows it: the backlog it was given."""
    result = subprocess.run(["ss", "-ltnH", "sport = :%d" % port], capture_output=True, text=True)
    for line in result.stdout.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            return int(fields[2])
    return None


def storm(host, port, connects, timeout):
    selector = selectors.DefaultSelector()
    state = {}  # socket -> [started, connected_at]
    counts = {"connected": 0, "refused": 0, "other_error": 0, "greeted_220": 0, "refused_421": 0,
              "closed_without_reply": 0, "timed_out": 0, "local_error": 0}
    latencies = []
    burst_started = time.monotonic()
    for i in range(connects):
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setblocking(False)
        try:
            sock.bind(("127.0.1.%d" % (1 + i % 250), 0))
            code = sock.connect_ex((host, port))
        except OSError:
            counts["local_error"] += 1
            sock.close()
            continue
        if code not in (0, errno.EINPROGRESS):
            counts["refused" if code == errno.ECONNREFUSED else "other_error"] += 1
            sock.close()
            continue
        state[sock] = [time.monotonic(), None]
        selector.register(sock, selectors.EVENT_WRITE)
    burst_s = time.monotonic() - burst_started
    deadline = burst_started + timeout
    while state and time.monotonic() < deadline:
        for key, events in selector.select(timeout=0.2):
            sock = key.fileobj
            entry = state[sock]
            if entry[1] is None:
                error = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
                if error:
                    counts["refused" if error == errno.ECONNREFUSED else "other_error"] += 1
                    selector.unregister(sock)
                    sock.close()
                    del state[sock]
                    continue
                counts["connected"] += 1
                entry[1] = time.monotonic()
                selector.modify(sock, selectors.EVENT_READ)
                continue
            try:
                data = sock.recv(512)
            except OSError:
                data = b""
            if data.startswith(b"220"):
                counts["greeted_220"] += 1
                latencies.append(time.monotonic() - entry[0])
                try:
                    sock.send(b"QUIT\r\n")
                except OSError:
                    pass
            elif data.startswith(b"421"):
                counts["refused_421"] += 1
                latencies.append(time.monotonic() - entry[0])
            else:
                counts["closed_without_reply"] += 1
            selector.unregister(sock)
            sock.close()
            del state[sock]
    counts["timed_out"] = len(state)
    for sock in list(state):
        selector.unregister(sock)
        sock.close()
    return counts, latencies, burst_s, time.monotonic() - burst_started


def percentile(values, fraction):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--connects", type=int, default=10000)
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds from the first connect to giving up")
    parser.add_argument("--limit", type=int, default=14000)
    parser.add_argument("--keep-limits", action="store_true")
    parser.add_argument("--relaydesk", default=os.environ.get("RELAYDESK_BIN",
                                                              os.path.join(here, "..", "build", "app", "relaydesk")))
    parser.add_argument("--workdir", default="/var/tmp")
    parser.add_argument("--connect", help="HOST:PORT of a running server instead of a RelayDesk started here")
    parser.add_argument("--json")
    args = parser.parse_args()
    fds = raise_fd_limit(args.connects + 64)
    if fds < args.connects + 64:
        sys.exit("the open-file limit (%d) is below %d: raise it (ulimit -n)" % (fds, args.connects + 64))

    instance = None
    if args.connect:
        host, port = args.connect.rsplit(":", 1)
        port = int(port)
    else:
        if not os.access(args.relaydesk, os.X_OK):
            sys.exit("no RelayDesk binary at %s (use --relaydesk)" % args.relaydesk)
        instance = accept_bench.RelayDeskInstance(os.path.abspath(args.relaydesk), args.workdir)
        if not args.keep_limits:
            instance.cli("config", "set", "limits.max_connections", str(args.limit))
            instance.cli("config", "set", "limits.max_connections_per_address", str(args.limit))
        instance.start()
        host, port = "127.0.0.1", instance.port
    try:
        backlog = listen_backlog(port)
        with open("/proc/sys/net/core/somaxconn") as f:
            somaxconn = int(f.read())
        with open("/proc/loadavg") as f:
            load = " ".join(f.read().split()[:3])
        print("accept storm: %d connects to %s:%d within %.0f s; listen backlog %s (somaxconn %d); load %s"
              % (args.connects, host, port, args.timeout, backlog, somaxconn, load), flush=True)
        counts, latencies, burst_s, total_s = storm(host, port, args.connects, args.timeout)
    finally:
        if instance:
            instance.stop()
            instance.cleanup()
    print("burst of connect() calls: %.2f s; all settled or given up after %.2f s" % (burst_s, total_s))
    print("accepted %d, refused %d, other errors %d, timed out %d, local errors %d"
          % (counts["connected"], counts["refused"], counts["other_error"], counts["timed_out"],
             counts["local_error"]))
    print("greeted 220: %d, turned away 421: %d, closed without a reply: %d"
          % (counts["greeted_220"], counts["refused_421"], counts["closed_without_reply"]))
    print("connect to greeting: p50 %.1f ms, p99 %.1f ms, max %.1f ms"
          % (percentile(latencies, 0.5) * 1000, percentile(latencies, 0.99) * 1000,
             (max(latencies) if latencies else float("nan")) * 1000))
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"connects": args.connects, "backlog": backlog, "somaxconn": somaxconn, "counts": counts,
                       "burst_s": burst_s, "total_s": total_s, "p50_ms": percentile(latencies, 0.5) * 1000,
                       "p99_ms": percentile(latencies, 0.99) * 1000}, f, indent=2)
    complete = counts["greeted_220"] + counts["refused_421"] == args.connects
    return 0 if complete else 1


if __name__ == "__main__":
    sys.exit(main())
