#!/usr/bin/python3
"""End-to-end relay throughput: accepted, then delivered into Postfix's smtp-sink; RelayDesk against Postfix.

Both relays are fed by smtp-source (10 KiB messages, 20 concurrent sessions, one message per connection) with
durability on (RelayDesk: 250 only after the SQLite WAL is fsync'd; Postfix: cleanup fsyncs each queue file),
and both relay everything to one smtp-sink on loopback:
  - RelayDesk: the LAN relay listener with a trusted-device Mail Agent, and its smarthost set to the sink
    (`relaydesk smarthost set 127.0.0.1:SINK --tls opportunistic`; smtp-sink offers no STARTTLS);
  - Postfix: a private loopback-only instance (`postfix -c DIR`, the setup of bench/submission_vs_postfix.py)
    with relayhost = [127.0.0.1]:SINK and no hold.
The time measured runs from the start of smtp-source (the first submission) to the moment smtp-sink counts
the last message (smtp-sink -c prints a running counter after each message). Afterwards the relay's own
records are checked: every recipient "delivered" in RelayDesk's database, Postfix's queue empty and as many
"status=sent" lines in its maillog. Every run uses fresh instances, fresh directories and a fresh sink.
Every round also measures the no-storage ceiling (smtp-source straight into smtp-sink, same count, size and
sessions, no relay in between), and each relay's median is printed as a ratio to it, with the relay's CPU per
message (utime + stime of its processes from /proc, from the first submission to the last delivery).

Usage: bench/delivery_vs_postfix.py [--count 2000] [--sessions 20] [--size 10240] [--rounds 3]
                                    [--relaydesk build/app/relaydesk] [--workdir /var/tmp] [--json FILE]
                                    [--set KEY=VALUE ...]   (extra RelayDesk settings, for tuning experiments)
Needs root (Postfix's master runs as root and drops to the postfix user; smtp-sink drops to nobody).
"""

import argparse
import contextlib
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import submission_vs_postfix as accept_bench  # noqa: E402  (Postfix setup, RelayDesk instance, helpers)

SMTP_SINK = "/usr/sbin/smtp-sink"


class CountingSink:
    """smtp-sink on a free loopback port; notes the time at which its message counter reaches a target."""

    def __init__(self):
        self.port = accept_bench.free_port()
        self.count = 0
        self.reached = {}  # target -> monotonic time
        self.targets = set()
        self.lock = threading.Lock()
        self.process = subprocess.Popen([SMTP_SINK, "-u", "nobody", "-c", "127.0.0.1:%d" % self.port, "256"],
                                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        threading.Thread(target=self._read, daemon=True).start()
        accept_bench.wait_for_port(self.port)

    def _read(self):
        pending = b""
        while True:
            chunk = self.process.stdout.read1(65536)
            if not chunk:
                return
            now = time.monotonic()
            pending += chunk
            *updates, pending = pending.split(b"\r")
            for update in updates:  # "sess=N quit=N mesg=N"
                for field in update.split():
                    if field.startswith(b"mesg="):
                        with self.lock:
                            self.count = int(field[5:])
                            for target in list(self.targets):
                                if self.count >= target:
                                    self.reached[target] = now
                                    self.targets.discard(target)

    def wait_for(self, target, timeout):
        """The monotonic time at which the counter reached target, or None after timeout seconds."""
        with self.lock:
            if self.count >= target:
                return time.monotonic()
            self.targets.add(target)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                if target in self.reached:
                    return self.reached[target]
            time.sleep(0.02)
        return None

    def received(self):
        with self.lock:
            return self.count

    def stop(self):
        self.process.terminate()
        self.process.wait(10)


class RelayDeskRelay(accept_bench.RelayDeskInstance):
    """RelayDesk relaying everything to the sink through its smarthost, delivery on."""

    def __init__(self, binary, workdir, sink_port, extra_settings, dkim=False):
        super().__init__(binary, workdir, dkim)
        self.cli("config", "set", "delivery.enabled", "true")
        self.cli("smarthost", "set", "127.0.0.1:%d" % sink_port, "--tls", "opportunistic")
        for key, value in extra_settings:
            self.cli("config", "set", key, value)

    def delivered(self):
        with contextlib.closing(sqlite3.connect("file:%s?mode=ro" % os.path.join(self.dir, "relaydesk.sqlite"),
                                                uri=True, timeout=30)) as db:
            return db.execute("SELECT COUNT(*) FROM recipients WHERE state = 'delivered'").fetchone()[0]

    def settled(self, count):
        return self.delivered() == count


class PostfixRelay(accept_bench.PostfixInstance):
    """The accept benchmark's private Postfix, relaying to the sink instead of holding every message."""

    def __init__(self, workdir, sink_port):
        super().__init__(workdir)
        self.postconf("-e", "relayhost = [127.0.0.1]:%d" % sink_port)
        self.postconf("-X", "smtpd_end_of_data_restrictions")

    def postconf(self, *args):
        subprocess.run(["/usr/sbin/postconf", "-c", self.config] + list(args), check=True, capture_output=True)

    def delivered(self):
        with contextlib.suppress(OSError), open(os.path.join(self.root, "maillog"), errors="replace") as f:
            return sum(1 for line in f if " status=sent " in line)
        return 0

    def settled(self, count):
        return self.queued() == 0 and self.delivered() == count


def one_run(name, instance, sink, count, sessions, size, timeout):
    instance.start()
    try:
        cpu_before = accept_bench.tree_cpu(instance.pids())
        command = [accept_bench.SMTP_SOURCE, "-s", str(sessions), "-m", str(count), "-l", str(size),
                   "-f", "from@bench.test", "-t", "to@bench.test", "127.0.0.1:%d" % instance.port]
        started = time.monotonic()
        result = subprocess.run(command, capture_output=True, text=True, timeout=3600)
        accepted_at = time.monotonic()
        if result.returncode != 0:
            raise RuntimeError("smtp-source failed: %s %s" % (result.stdout, result.stderr))
        arrived_at = sink.wait_for(count, timeout)
        # The relay's own records settle a moment after the sink's 250 (RelayDesk records in batches).
        deadline = time.monotonic() + 30
        while not instance.settled(count) and time.monotonic() < deadline:
            time.sleep(0.1)
        delivered = instance.delivered()
        cpu = accept_bench.tree_cpu(instance.pids()) - cpu_before
    finally:
        instance.stop()
    received = sink.received()
    ok = arrived_at is not None and received == count and delivered == count
    elapsed = (arrived_at if arrived_at is not None else time.monotonic()) - started
    rate = count / elapsed
    print("%-10s %6d msgs  accepted in %7.2f s  delivered in %7.2f s  %8.1f msg/s  CPU %6.3f ms/msg  sink %d"
          "  relay says %d  %s" % (name, count, accepted_at - started, elapsed, rate, cpu * 1000 / count, received,
                                   delivered, "ok" if ok else "MISMATCH"), flush=True)
    return rate, cpu * 1000 / count, ok


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--size", type=int, default=10240)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--timeout", type=int, default=600, help="seconds to wait for the sink to count all")
    parser.add_argument("--relaydesk", default=os.environ.get("RELAYDESK_BIN",
                                                              os.path.join(here, "..", "build", "app", "relaydesk")))
    parser.add_argument("--workdir", default="/var/tmp", help="where the queues live (use a real disk, not tmpfs)")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                        help="an extra RelayDesk setting (repeatable)")
    parser.add_argument("--only", choices=("relaydesk", "postfix"), help="measure one of the two")
    parser.add_argument("--json", help="also write the results to this file")
    parser.add_argument("--no-ceiling", action="store_true", help="skip the smtp-source into smtp-sink runs")
    parser.add_argument("--dkim", nargs="?", const="both", choices=("both", "rsa", "ed25519"),
                        help="RelayDesk signs every message with DKIM for bench.test (default: rsa-sha256 and "
                             "ed25519-sha256)")
    args = parser.parse_args()
    if os.geteuid() != 0:
        sys.exit("run as root: Postfix's master needs it")
    if not os.access(args.relaydesk, os.X_OK):
        sys.exit("no RelayDesk binary at %s (use --relaydesk)" % args.relaydesk)
    extra = [tuple(item.split("=", 1)) for item in args.set]

    print("End to end, RelayDesk vs Postfix %s: %d messages of %d octets, %d sessions, %d rounds, queues in %s"
          " (%s), one smtp-sink per run, load %.1f" % (
              subprocess.run(["/usr/sbin/postconf", "-h", "-d", "mail_version"], capture_output=True,
                             text=True).stdout.strip(), args.count, args.size, args.sessions, args.rounds,
              args.workdir, subprocess.run(["stat", "-f", "-c", "%T", args.workdir], capture_output=True,
                                           text=True).stdout.strip(), accept_bench.load_average()), flush=True)
    names = [args.only] if args.only else ["relaydesk", "postfix"]
    results = {name: [] for name in names}
    cpu = {name: [] for name in names}
    ceiling = []
    loads = [accept_bench.load_average()]
    all_ok = True
    for _ in range(args.rounds):
        if not args.no_ceiling:
            ceiling.append(accept_bench.ceiling_run(args.count, args.sessions, args.size))
        for name in names:  # alternating, so that drift in the machine's load hits both
            sink = CountingSink()
            instance = (RelayDeskRelay(os.path.abspath(args.relaydesk), args.workdir, sink.port, extra, args.dkim)
                        if name == "relaydesk" else PostfixRelay(args.workdir, sink.port))
            try:
                rate, per_message, ok = one_run(name, instance, sink, args.count, args.sessions, args.size,
                                                args.timeout)
            finally:
                sink.stop()
                instance.cleanup()
            results[name].append(rate)
            cpu[name].append(per_message)
            all_ok = all_ok and ok
            loads.append(accept_bench.load_average())
    medians = {name: statistics.median(rates) for name, rates in results.items()}
    cpus = {name: statistics.median(values) for name, values in cpu.items()}
    ceiling_median = statistics.median(ceiling) if ceiling else 0.0
    summary = {"runs": results, "median": medians, "cpu_ms_per_msg": cpus, "ceiling_runs": ceiling,
               "ceiling": ceiling_median, "dkim": args.dkim, "all_counts_ok": all_ok,
               "load": [min(loads), max(loads)]}
    if ceiling:
        print("median     ceiling (smtp-source into smtp-sink) %.1f msg/s" % ceiling_median)
    parts = []
    for name in names:
        part = "%s %.1f msg/s (%.3f ms CPU/msg" % (name, medians[name], cpus[name])
        if ceiling_median:
            part += ", %.0f %% of the ceiling" % (100.0 * medians[name] / ceiling_median)
        parts.append(part + ")")
    line = "median     " + ", ".join(parts)
    if len(names) == 2:
        summary["ratio"] = medians["relaydesk"] / medians["postfix"]
        line += ", ratio relaydesk/postfix %.2f" % summary["ratio"]
    print(line)
    print("load average during the runs: %.1f to %.1f" % (min(loads), max(loads)))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(summary, f, indent=2)
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
