#!/usr/bin/python3
"""Messages accepted per second: RelayDesk's LAN relay listener against a private loopback-only Postfix.

Both are fed by Postfix's own load generator, smtp-source (10 KiB messages, 20 concurrent sessions, one
message per connection as smtp-source does), with durability on: RelayDesk answers 250 only after its SQLite
WAL is fsync'd (synchronous=FULL, group commit); Postfix's cleanup fsyncs each queue file before smtpd's 250.
Each run starts a fresh instance on a fresh directory on disk (not tmpfs), times the wall clock of
smtp-source for a fixed count, and checks that exactly that many messages were queued.

Postfix runs as a private instance (`postfix -c DIR`) with its own queue and data directories, listening on
127.0.0.1 only, relaying for 127.0.0.0/8, and putting every accepted message on hold (an access(5) HOLD
action), so that no delivery attempt competes with the accepts; RelayDesk likewise runs with
delivery.enabled=false (accept and hold everything).

Two modes (`--delivery`): "held" (above), and "running": both relays relay everything they accept into an
smtp-sink of their own on loopback (RelayDesk through its smarthost, Postfix through relayhost, the setup of
bench/delivery_vs_postfix.py), so that delivery competes with the accepts as it does on a real relay. There the
accept rate is still the wall clock of smtp-source; the line also shows how many messages were still queued
when smtp-source finished ("behind") and how long the relay took to deliver them ("drained"), so that a relay
that accepts fast by letting its queue grow shows it.

Every round also measures the no-storage ceiling: smtp-source into smtp-sink on the same machine, with the same
count, size and sessions, and no relay in between. Each relay's median is printed as a ratio to it. The relay's
CPU per accepted message (utime + stime of its processes from /proc while smtp-source ran, divided by the
count; Postfix: the master and all its children, reaped ones through cutime/cstime) is printed too: on a shared
machine it is disturbed less by other load than the rate.

Usage: bench/submission_vs_postfix.py [--count 5000] [--sessions 20] [--size 10240] [--rounds 3]
                                      [--delivery held|running|both] [--relaydesk build/app/relaydesk]
                                      [--workdir /var/tmp] [--only relaydesk|postfix] [--json FILE]
Needs root (Postfix's master runs as root and drops to the postfix user; smtp-sink drops to nobody).
"""

import argparse
import json
import os
import resource
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

SMTP_SOURCE = "/usr/sbin/smtp-source"
SMTP_SINK = "/usr/sbin/smtp-sink"
TICK = os.sysconf("SC_CLK_TCK")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=2) as s:
                if s.recv(512).startswith(b"220"):
                    return
        except OSError:
            pass
        time.sleep(0.1)
    raise RuntimeError("nothing answers on port %d" % port)


def run_smtp_source(port, count, sessions, size):
    command = [SMTP_SOURCE, "-s", str(sessions), "-m", str(count), "-l", str(size), "-f", "from@bench.test",
               "-t", "to@bench.test", "127.0.0.1:%d" % port]
    started = time.monotonic()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run(command, capture_output=True, text=True, timeout=3600)
    elapsed = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise RuntimeError("smtp-source failed: %s %s" % (result.stdout, result.stderr))
    # smtp-source is the only child reaped in between: its own CPU, so that a run shows what the client took.
    global LAST_CLIENT_CPU
    LAST_CLIENT_CPU = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return elapsed, (result.stdout + result.stderr).strip()


LAST_CLIENT_CPU = 0.0


def process_table():
    table = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % entry) as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        # After the ")": state ppid ... utime(11) stime(12) cutime(13) cstime(14), 0-based from state.
        table[int(entry)] = (int(fields[1]), sum(int(x) for x in fields[11:15]))
    return table


def tree_cpu(root_pids):
    """CPU seconds of the processes under root_pids, living ones and (via cutime/cstime) reaped ones."""
    table = process_table()
    children = {}
    for pid, (ppid, _) in table.items():
        children.setdefault(ppid, []).append(pid)
    total, stack = 0, [p for p in root_pids if p in table]
    while stack:
        pid = stack.pop()
        total += table[pid][1]
        stack.extend(children.get(pid, []))
    return total / TICK


def load_average():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


class Sink:
    """smtp-sink on a free loopback port (no storage: it answers 250 to every message and forgets it)."""

    def __init__(self):
        self.port = free_port()
        self.process = subprocess.Popen([SMTP_SINK, "-u", "nobody", "127.0.0.1:%d" % self.port, "256"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for_port(self.port)

    def stop(self):
        self.process.terminate()
        self.process.wait(10)


def ceiling_run(count, sessions, size):
    """The no-storage ceiling: smtp-source straight into smtp-sink, same count, size and sessions."""
    sink = Sink()
    try:
        sink_before = tree_cpu([sink.process.pid])
        elapsed, _ = run_smtp_source(sink.port, count, sessions, size)
        sink_cpu = tree_cpu([sink.process.pid]) - sink_before
    finally:
        sink.stop()
    rate = count / elapsed
    client_ms, sink_ms = LAST_CLIENT_CPU * 1000 / count, sink_cpu * 1000 / count
    print("%-17s %7d msgs %8.2f s %9.1f msg/s  (smtp-source into smtp-sink, no storage; CPU: smtp-source %.3f, "
          "smtp-sink %.3f ms/msg)" % ("ceiling", count, elapsed, rate, client_ms, sink_ms), flush=True)
    return rate, client_ms, sink_ms


class RelayDeskInstance:
    def __init__(self, binary, workdir, dkim=False):
        self.binary = binary
        self.dir = tempfile.mkdtemp(prefix="relaydesk-bench-", dir=workdir)
        self.port = free_port()
        self.process = None
        self.cli("config", "set", "listener.lan.address", "127.0.0.1:%d" % self.port)
        self.cli("config", "set", "listener.submission.address", "127.0.0.1:%d" % free_port())
        self.cli("config", "set", "listener.smtps.address", "127.0.0.1:%d" % free_port())
        # Accept and hold, as the Postfix instance does: no delivery attempt competes with the accepts.
        self.cli("config", "set", "delivery.enabled", "false")
        self.cli("--json", "agent", "create", "bench", "--trusted-device", "127.0.0.1", "--sender-domain", "bench.test")
        if dkim:
            # smtp-source writes From: <from@bench.test>: every message is signed (dkim: both, rsa or ed25519).
            self.cli("dkim", "enable", "bench.test", "--algorithm", dkim if isinstance(dkim, str) else "both")

    def cli(self, *args):
        return subprocess.run([self.binary, "--data-dir", self.dir] + list(args), check=True, capture_output=True,
                              text=True)

    def start(self):
        self.process = subprocess.Popen([self.binary, "--headless", "--data-dir", self.dir],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for_port(self.port)

    def pids(self):
        return [self.process.pid] if self.process else []

    def queued(self):
        db = sqlite3.connect("file:%s?mode=ro" % os.path.join(self.dir, "relaydesk.sqlite"), uri=True, timeout=30)
        try:
            return db.execute("SELECT COUNT(*) FROM messages").fetchone()[0]
        finally:
            db.close()

    def stop(self):
        if self.process:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(60)
            self.process = None

    def cleanup(self):
        shutil.rmtree(self.dir, ignore_errors=True)


POSTFIX_MASTER_CF = """\
smtp      inet  n       -       n       -       -       smtpd
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
"""


class PostfixInstance:
    def __init__(self, workdir):
        self.root = tempfile.mkdtemp(prefix="postfix-bench-", dir=workdir)
        os.chmod(self.root, 0o755)  # the postfix user must reach its data directory
        self.config = os.path.join(self.root, "etc")
        self.queue = os.path.join(self.root, "spool")
        self.data = os.path.join(self.root, "lib")
        self.port = free_port()
        os.makedirs(self.config)
        os.makedirs(self.data)
        os.makedirs(self.queue)
        shutil.chown(self.data, "postfix", "postfix")
        main_cf = {
            "compatibility_level": "3.6",
            "queue_directory": self.queue,
            "data_directory": self.data,
            "meta_directory": "/etc/postfix",
            "command_directory": "/usr/sbin",
            "daemon_directory": "/usr/lib/postfix/sbin",
            "shlib_directory": "/usr/lib/postfix",
            "mail_owner": "postfix",
            "setgid_group": "postdrop",
            "myhostname": "postfix-bench.localdomain",
            "mydestination": "",
            "inet_interfaces": "loopback-only",
            "inet_protocols": "ipv4",
            "mynetworks": "127.0.0.0/8",
            "relayhost": "[127.0.0.1]:%d" % free_port(),  # never used: all mail is held
            "smtpd_relay_restrictions": "permit_mynetworks, reject_unauth_destination",
            # Put every accepted message on hold: queued durably, never picked up for delivery.
            "smtpd_end_of_data_restrictions": "check_client_access static:HOLD",
            "alias_maps": "",
            "alias_database": "",
            "maillog_file": os.path.join(self.root, "maillog"),
            "smtpd_banner": "$myhostname ESMTP",
            "smtpd_tls_security_level": "none",
            "smtp_tls_security_level": "none",
            "master_service_disable": "",
            "multi_instance_enable": "no",
        }
        with open(os.path.join(self.config, "main.cf"), "w") as f:
            for key, value in main_cf.items():
                f.write("%s = %s\n" % (key, value))
        with open(os.path.join(self.config, "master.cf"), "w") as f:
            f.write(POSTFIX_MASTER_CF.replace("smtp      inet", "127.0.0.1:%d inet" % self.port, 1))

    def postfix(self, *args):
        return subprocess.run(["/usr/sbin/postfix", "-c", self.config] + list(args), capture_output=True, text=True)

    def start(self):
        result = self.postfix("start")
        if result.returncode != 0:
            raise RuntimeError("postfix start failed: %s %s" % (result.stdout, result.stderr))
        wait_for_port(self.port)

    def pids(self):
        try:
            with open(os.path.join(self.queue, "pid", "master.pid")) as f:
                return [int(f.read().strip())]
        except (OSError, ValueError):
            return []

    def queued(self):
        count = 0
        for sub in ("incoming", "active", "deferred", "hold", "maildrop"):
            for _, _, files in os.walk(os.path.join(self.queue, sub)):
                count += len(files)
        return count

    def stop(self):
        self.postfix("stop")
        # Wait for the master to go, so that the next instance has the machine to itself.
        pid_file = os.path.join(self.queue, "pid", "master.pid")
        deadline = time.monotonic() + 30
        while os.path.exists(pid_file) and time.monotonic() < deadline:
            time.sleep(0.1)

    def cleanup(self):
        shutil.rmtree(self.root, ignore_errors=True)


def wait_queued(instance, expected, timeout=30):
    deadline = time.monotonic() + timeout
    count = instance.queued()
    while count < expected and time.monotonic() < deadline:
        time.sleep(0.2)
        count = instance.queued()
    return count


def one_run(name, instance, count, sessions, size):
    instance.start()
    try:
        before = instance.queued()
        cpu_before = tree_cpu(instance.pids())
        elapsed, output = run_smtp_source(instance.port, count, sessions, size)
        cpu = tree_cpu(instance.pids()) - cpu_before
        queued = wait_queued(instance, before + count, timeout=5) - before
    finally:
        instance.stop()
    rate = count / elapsed
    status = "ok" if queued == count else "MISMATCH (queued %d)" % queued
    print("%-17s %7d msgs %8.2f s %9.1f msg/s  CPU %6.3f ms/msg  queued %d  %s"
          % (name, count, elapsed, rate, cpu * 1000 / count, queued, status), flush=True)
    if output:
        print("           smtp-source: %s" % output[:300], flush=True)
    return rate, cpu * 1000 / count, queued == count


def one_delivering_run(name, instance, sink, count, sessions, size, timeout):
    """Accept rate while the relay delivers into sink; how far delivery was behind when smtp-source ended."""
    instance.start()
    try:
        cpu_before = tree_cpu(instance.pids())
        elapsed, output = run_smtp_source(instance.port, count, sessions, size)
        accepted_at = time.monotonic()
        cpu = tree_cpu(instance.pids()) - cpu_before
        behind = count - sink.received()
        arrived_at = sink.wait_for(count, timeout)
        deadline = time.monotonic() + 30
        while not instance.settled(count) and time.monotonic() < deadline:
            time.sleep(0.1)
        delivered = instance.delivered()
    finally:
        instance.stop()
    rate = count / elapsed
    ok = arrived_at is not None and sink.received() == count and delivered == count
    drained = (arrived_at - accepted_at) if arrived_at is not None else float("nan")
    print("%-17s %7d msgs %8.2f s %9.1f msg/s  CPU %6.3f ms/msg  behind %5d  drained in %5.2f s  sink %d  %s"
          % (name, count, elapsed, rate, cpu * 1000 / count, behind, max(drained, 0.0), sink.received(),
             "ok" if ok else "MISMATCH (relay says %d)" % delivered), flush=True)
    if output:
        print("           smtp-source: %s" % output[:300], flush=True)
    return rate, cpu * 1000 / count, ok


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--size", type=int, default=10240)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--delivery", choices=("held", "running", "both"), default="both",
                        help="held: accept and hold (no delivery); running: both relays deliver into an "
                             "smtp-sink while they accept; both: the two, one after the other (default)")
    parser.add_argument("--timeout", type=int, default=600, help="running: seconds to wait for the queue to drain")
    parser.add_argument("--relaydesk", default=os.environ.get("RELAYDESK_BIN",
                                                              os.path.join(here, "..", "build", "app", "relaydesk")))
    parser.add_argument("--workdir", default="/var/tmp", help="where the queues live (use a real disk, not tmpfs)")
    parser.add_argument("--json", help="also write the results to this file")
    parser.add_argument("--only", choices=("relaydesk", "postfix"), help="measure one of the two")
    parser.add_argument("--no-ceiling", action="store_true", help="skip the smtp-source into smtp-sink runs")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                        help="an extra RelayDesk setting (repeatable)")
    parser.add_argument("--dkim", nargs="?", const="both", choices=("both", "rsa", "ed25519"),
                        help="RelayDesk signs every message with DKIM for bench.test (default: rsa-sha256 and "
                             "ed25519-sha256)")
    args = parser.parse_args()
    if os.geteuid() != 0:
        sys.exit("run as root: Postfix's master needs it")
    if not os.access(args.relaydesk, os.X_OK):
        sys.exit("no RelayDesk binary at %s (use --relaydesk)" % args.relaydesk)
    extra = [tuple(item.split("=", 1)) for item in args.set]
    # The delivering instances live in the end-to-end benchmark, which imports this module.
    import delivery_vs_postfix as e2e  # noqa: E402

    print("RelayDesk vs Postfix %s: %d messages of %d octets, %d sessions, %d rounds, queues in %s (%s), load %.1f"
          % (subprocess.run(["/usr/sbin/postconf", "-h", "-d", "mail_version"], capture_output=True,
                            text=True).stdout.strip(), args.count, args.size, args.sessions, args.rounds,
             args.workdir, subprocess.run(["stat", "-f", "-c", "%T", args.workdir], capture_output=True,
                                          text=True).stdout.strip(), load_average()), flush=True)
    modes = ["held", "running"] if args.delivery == "both" else [args.delivery]
    names = [args.only] if args.only else ["relaydesk", "postfix"]
    results = {mode: {name: [] for name in names} for mode in modes}
    cpu = {mode: {name: [] for name in names} for mode in modes}
    ceiling = []
    ceiling_cpu = []  # (smtp-source, smtp-sink) ms of CPU per message in each ceiling run
    loads = [load_average()]
    all_ok = True
    for _ in range(args.rounds):
        if not args.no_ceiling:
            rate, client_ms, sink_ms = ceiling_run(args.count, args.sessions, args.size)
            ceiling.append(rate)
            ceiling_cpu.append((client_ms, sink_ms))
        for mode in modes:
            for name in names:  # alternating, so that drift in the machine's load hits both
                if mode == "held":
                    instance = (RelayDeskInstance(os.path.abspath(args.relaydesk), args.workdir, args.dkim)
                                if name == "relaydesk" else PostfixInstance(args.workdir))
                    for key, value in extra if name == "relaydesk" else []:
                        instance.cli("config", "set", key, value)
                    try:
                        rate, per_message, ok = one_run("%s/%s" % (name, mode), instance, args.count, args.sessions,
                                                        args.size)
                    finally:
                        instance.cleanup()
                else:
                    sink = e2e.CountingSink()
                    instance = (e2e.RelayDeskRelay(os.path.abspath(args.relaydesk), args.workdir, sink.port, extra,
                                                   args.dkim)
                                if name == "relaydesk" else e2e.PostfixRelay(args.workdir, sink.port))
                    try:
                        rate, per_message, ok = one_delivering_run("%s/%s" % (name, mode), instance, sink,
                                                                   args.count, args.sessions, args.size,
                                                                   args.timeout)
                    finally:
                        sink.stop()
                        instance.cleanup()
                results[mode][name].append(rate)
                cpu[mode][name].append(per_message)
                all_ok = all_ok and ok
                loads.append(load_average())
    ceiling_median = statistics.median(ceiling) if ceiling else 0.0
    summary = {"runs": results, "cpu_ms_per_msg": cpu, "ceiling_runs": ceiling, "ceiling": ceiling_median,
               "median": {}, "dkim": args.dkim, "all_counts_ok": all_ok, "load": [min(loads), max(loads)]}
    targets = {"held": 0.70, "running": 0.50}  # issue 14's shares of the ceiling
    if ceiling:
        client_ms = statistics.median(c for c, _ in ceiling_cpu)
        sink_ms = statistics.median(s for _, s in ceiling_cpu)
        summary["ceiling_cpu_ms_per_msg"] = {"smtp-source": client_ms, "smtp-sink": sink_ms}
        print("median     ceiling (smtp-source into smtp-sink) %.1f msg/s, CPU smtp-source %.3f + smtp-sink %.3f "
              "ms/msg" % (ceiling_median, client_ms, sink_ms))
        # The CPU a relay may spend per message at a share of the ceiling, were the CPU the only limit (waits
        # for the disk only lower it): the cores' time per message at that rate, less what smtp-source spends
        # sending it and, while delivering, what the relay's smtp-sink spends receiving it again.
        cores = os.cpu_count()
        for mode in modes:
            share = targets[mode]
            budget = cores * 1000.0 / (share * ceiling_median) - client_ms - (sink_ms if mode == "running" else 0)
            summary.setdefault("cpu_budget_ms_per_msg", {})[mode] = budget
            print("budget     delivery %-7s %.0f %% of the ceiling on %d cores leaves the relay at most %.3f ms "
                  "CPU/msg%s" % (mode, share * 100, cores, budget,
                                 " to accept, store and deliver (smtp-sink alone spends %.3f to receive, "
                                 "smtp-source %.3f to send)" % (sink_ms, client_ms) if mode == "running" else
                                 " to accept and store"))
    for mode in modes:
        medians = {name: statistics.median(rates) for name, rates in results[mode].items()}
        cpus = {name: statistics.median(values) for name, values in cpu[mode].items()}
        summary["median"][mode] = {"rate": medians, "cpu_ms_per_msg": cpus}
        parts = []
        for name in names:
            part = "%s %.1f msg/s (%.3f ms CPU/msg" % (name, medians[name], cpus[name])
            if ceiling_median:
                part += ", %.0f %% of the ceiling" % (100.0 * medians[name] / ceiling_median)
            parts.append(part + ")")
        line = "median     delivery %-7s %s" % (mode, ", ".join(parts))
        if len(names) == 2 and medians["postfix"]:
            ratio = medians["relaydesk"] / medians["postfix"]
            summary["median"][mode]["ratio"] = ratio
            line += ", ratio relaydesk/postfix %.2f" % ratio
            if ceiling_median:
                # What any relay could reach at most against this Postfix: the ceiling stores nothing, so a
                # ratio target above this one cannot be met on this machine in this run.
                bound = ceiling_median / medians["postfix"]
                summary["median"][mode]["ceiling_ratio"] = bound
                line += " (the ceiling's own ratio to postfix: %.2f)" % bound
        print(line)
    print("load average during the runs: %.1f to %.1f" % (min(loads), max(loads)))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(summary, f, indent=2)
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
