#!/usr/bin/python3
"""Cluster scaling: accept and end-to-end throughput of one node on SQLite, one node on PostgreSQL and two nodes
on one PostgreSQL, next to Postfix, all on this machine in one run; and the database's own commit rate (pgbench).

Every configuration is fed by smtp-source (10 KiB messages, one message per connection; two nodes get one
smtp-source each with half the messages and half the sessions, at the same time) with durability on:
RelayDesk answers 250 only after its commit is durable (SQLite: WAL fsync'd; PostgreSQL: fsync=on,
synchronous_commit=on), Postfix's cleanup fsyncs each queue file. "accept" holds the mail (RelayDesk
delivery.enabled=false, Postfix smtpd_end_of_data_restrictions = hold); "end to end" relays everything to one
smtp-sink and stops the clock when the sink counts the last message. CPU per message (the relays' processes,
and PostgreSQL's) is printed too: on a shared machine it varies less than the rates.

The PostgreSQL 15 server is this script's own (initdb into the work directory, a private loopback port, fsync
on: unlike scripts/pg-cluster.sh, whose cluster is thrown away and never measured).

Usage: bench/cluster_scaling.py [--count 2000] [--sessions 20] [--rounds 1] [--relaydesk build/app/relaydesk]
                                [--workdir /var/tmp] [--pgbench-seconds 10] [--json FILE]
Needs root (Postfix, smtp-sink, and PostgreSQL run as the postgres user).
"""

import argparse
import contextlib
import glob
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import delivery_vs_postfix as e2e_bench  # noqa: E402
import submission_vs_postfix as accept_bench  # noqa: E402

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pids):
    """User + system CPU of the processes (and their reaped children) so far."""
    total = 0.0
    for pid in pids:
        with contextlib.suppress(OSError):
            with open("/proc/%d/stat" % pid) as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += sum(int(v) for v in fields[11:15]) / CLOCK_TICKS
    return total


class BenchPostgres:
    """A private PostgreSQL with durable commits."""

    def __init__(self, workdir):
        self.bindir = sorted(glob.glob("/usr/lib/postgresql/*/bin"))[-1]
        self.dir = tempfile.mkdtemp(prefix="relaydesk-bench-pg-", dir=workdir)
        shutil.chown(self.dir, "postgres", "postgres")
        self.password = "bench-" + os.urandom(6).hex()
        pwfile = os.path.join(self.dir, "pw")
        with open(pwfile, "w") as f:
            f.write(self.password + "\n")
        shutil.chown(pwfile, "postgres", "postgres")
        self.port = accept_bench.free_port()
        self.as_postgres(os.path.join(self.bindir, "initdb"), "-D", self.dir + "/data", "-U", "postgres",
                         "--auth-local=trust", "--auth-host=scram-sha-256", "--pwfile=" + pwfile, "-E", "UTF8")
        self.as_postgres(os.path.join(self.bindir, "pg_ctl"), "-D", self.dir + "/data", "-l", self.dir + "/log",
                         "-w", "start", "-o", "-c listen_addresses=127.0.0.1 -c port=%d -c unix_socket_directories=%s"
                         " -c max_connections=300 -c shared_buffers=128MB" % (self.port, self.dir))
        self.databases = 0

    def as_postgres(self, *command):
        subprocess.run(["runuser", "-u", "postgres", "--"] + list(command), check=True, capture_output=True)

    def psql(self, sql, database="postgres"):
        return subprocess.run(["runuser", "-u", "postgres", "--", os.path.join(self.bindir, "psql"), "-h", self.dir,
                               "-p", str(self.port), "-d", database, "-Atc", sql], check=True, capture_output=True,
                              text=True).stdout.strip()

    def new_database(self):
        self.databases += 1
        name = "bench_%d" % self.databases
        self.psql("CREATE DATABASE %s" % name)
        return "postgresql://postgres@127.0.0.1:%d/%s" % (self.port, name)

    def pids(self):
        with open(os.path.join(self.dir, "data", "postmaster.pid")) as f:
            postmaster = int(f.readline())
        children = subprocess.run(["pgrep", "-P", str(postmaster)], capture_output=True, text=True).stdout.split()
        return [postmaster] + [int(p) for p in children]

    def pgbench(self, seconds):
        """Commits per second of pgbench's simple-update script (-N), 8 clients: the server's commit rate."""
        self.psql("CREATE DATABASE pgbench")
        pgbench = os.path.join(self.bindir, "pgbench")
        self.as_postgres(pgbench, "-h", self.dir, "-p", str(self.port), "-i", "-s", "10", "-q", "pgbench")
        result = subprocess.run(["runuser", "-u", "postgres", "--", pgbench, "-h", self.dir, "-p", str(self.port),
                                 "-N", "-c", "8", "-j", "2", "-T", str(seconds), "pgbench"],
                                check=True, capture_output=True, text=True).stdout
        for line in result.splitlines():
            if line.startswith("tps = "):
                return float(line.split()[2])
        raise RuntimeError("no tps in pgbench output: %s" % result)

    def stop(self):
        with contextlib.suppress(subprocess.CalledProcessError):
            self.as_postgres(os.path.join(self.bindir, "pg_ctl"), "-D", self.dir + "/data", "-m", "fast", "-w", "stop")
        shutil.rmtree(self.dir, ignore_errors=True)


class Node(accept_bench.RelayDeskInstance):
    """One RelayDesk node; on PostgreSQL when store_url is given (the settings go to the shared store)."""

    def __init__(self, binary, workdir, pg=None, store_url=None, shared=False):
        self.binary = binary
        self.dir = tempfile.mkdtemp(prefix="relaydesk-bench-node-", dir=workdir)
        self.port = accept_bench.free_port()
        self.process = None
        self.store_url = store_url
        if store_url:
            os.rmdir(self.dir)
            subprocess.run([binary, "--data-dir", self.dir, "store", "use", store_url, "--password-stdin"],
                           input=pg.password + "\n", check=True, capture_output=True, text=True)
            for listener, port in (("lan", self.port), ("submission", accept_bench.free_port()),
                                   ("smtps", accept_bench.free_port())):
                self.cli("node", "listen", listener, "127.0.0.1:%d" % port)
        else:
            self.cli("config", "set", "listener.lan.address", "127.0.0.1:%d" % self.port)
            self.cli("config", "set", "listener.submission.address", "127.0.0.1:%d" % accept_bench.free_port())
            self.cli("config", "set", "listener.smtps.address", "127.0.0.1:%d" % accept_bench.free_port())
        if not shared:  # the second node of a pair finds the agent and the settings in the store
            self.cli("config", "set", "delivery.enabled", "false")
            self.cli("--json", "agent", "create", "bench", "--trusted-device", "127.0.0.1", "--sender-domain",
                     "bench.test")

    def count(self, sql, pg):
        if self.store_url:
            return int(pg.psql(sql, self.store_url.rsplit("/", 1)[1]))
        import sqlite3
        with contextlib.closing(sqlite3.connect("file:%s?mode=ro" % os.path.join(self.dir, "relaydesk.sqlite"),
                                                uri=True, timeout=30)) as db:
            return db.execute(sql).fetchone()[0]

    def start(self):
        super().start()

    def pid(self):
        return self.process.pid if self.process else 0


def feed(nodes, count, sessions, size):
    """smtp-source into every node at once, count/len(nodes) messages each; returns the seconds until all end."""
    share, parts = count // len(nodes), []
    errors = []

    def one(node):
        try:
            accept_bench.run_smtp_source(node.port, share, max(1, sessions // len(nodes)), size)
        except Exception as error:  # noqa: BLE001
            errors.append(error)

    threads = [threading.Thread(target=one, args=(node,)) for node in nodes]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return time.monotonic() - started, share * len(nodes)


def run_relaydesk(label, make_nodes, pg, args, deliver):
    sink = e2e_bench.CountingSink() if deliver else None
    nodes = make_nodes()
    try:
        if deliver:
            nodes[0].cli("config", "set", "delivery.enabled", "true")
            nodes[0].cli("smarthost", "set", "127.0.0.1:%d" % sink.port, "--tls", "opportunistic")
        for node in nodes:
            node.start()
        pids = [node.pid() for node in nodes]
        pg_pids = pg.pids() if nodes[0].store_url else []
        cpu_before, pg_before = cpu_seconds(pids), cpu_seconds(pg_pids)
        started = time.monotonic()
        accept_seconds, sent = feed(nodes, args.count, args.sessions, args.size)
        if deliver:
            arrived = sink.wait_for(sent, args.timeout)
            elapsed = (arrived or time.monotonic()) - started
        else:
            elapsed = accept_seconds
        cpu = cpu_seconds(pids) - cpu_before
        pg_cpu = cpu_seconds(pg.pids()) - pg_before if pg_pids else 0.0
        done = nodes[0].count("SELECT COUNT(*) FROM recipients WHERE state = 'delivered'" if deliver
                              else "SELECT COUNT(*) FROM messages", pg)
    finally:
        for node in nodes:
            node.stop()
        for node in nodes:
            node.cleanup()
        if sink:
            sink.stop()
    ok = done >= sent if not deliver else (sink.received() == sent)
    rate = sent / elapsed
    print("%-22s %-10s %6d msgs %8.2f s %8.1f msg/s  relay CPU %.2f ms/msg  db CPU %.2f ms/msg  %s"
          % (label, "end-to-end" if deliver else "accept", sent, elapsed, rate, 1000 * cpu / sent,
             1000 * pg_cpu / sent, "ok" if ok else "MISMATCH (%d)" % done), flush=True)
    return {"rate": rate, "relay_cpu_ms": 1000 * cpu / sent, "db_cpu_ms": 1000 * pg_cpu / sent, "ok": ok}


def run_postfix(args, deliver):
    if deliver:
        sink = e2e_bench.CountingSink()
        instance = e2e_bench.PostfixRelay(args.workdir, sink.port)
        try:
            rate, ok = e2e_bench.one_run("postfix", instance, sink, args.count, args.sessions, args.size,
                                         args.timeout)
        finally:
            sink.stop()
            instance.cleanup()
    else:
        instance = accept_bench.PostfixInstance(args.workdir)
        try:
            rate, ok = accept_bench.one_run("postfix", instance, args.count, args.sessions, args.size)
        finally:
            instance.cleanup()
    return {"rate": rate, "ok": ok}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--size", type=int, default=10240)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--timeout", type=int, default=600)
    parser.add_argument("--pgbench-seconds", type=int, default=10)
    parser.add_argument("--relaydesk", default=os.environ.get("RELAYDESK_BIN",
                                                              os.path.join(here, "..", "build", "app", "relaydesk")))
    parser.add_argument("--workdir", default="/var/tmp", help="where the queues live (use a real disk, not tmpfs)")
    parser.add_argument("--skip-postfix", action="store_true")
    parser.add_argument("--json", help="also write the results to this file")
    args = parser.parse_args()
    if os.geteuid() != 0:
        sys.exit("run as root: Postfix's master, smtp-sink and PostgreSQL's user switch need it")
    binary = os.path.abspath(args.relaydesk)
    pg = BenchPostgres(args.workdir)
    results = {}
    try:
        def single_sqlite():
            return [Node(binary, args.workdir)]

        def single_pg():
            return [Node(binary, args.workdir, pg, pg.new_database())]

        def two_pg():
            url = pg.new_database()
            first = Node(binary, args.workdir, pg, url)
            return [first, Node(binary, args.workdir, pg, url, shared=True)]

        configs = [("1 node, SQLite", single_sqlite), ("1 node, PostgreSQL", single_pg),
                   ("2 nodes, one PostgreSQL", two_pg)]
        print("Cluster scaling on %d cores: %d messages of %d octets, %d sessions, %d round(s), work in %s" %
              (os.cpu_count(), args.count, args.size, args.sessions, args.rounds, args.workdir), flush=True)
        for _ in range(args.rounds):
            for deliver in (False, True):
                for label, make in configs:
                    results.setdefault((label, deliver), []).append(run_relaydesk(label, make, pg, args, deliver))
                if not args.skip_postfix:
                    results.setdefault(("Postfix", deliver), []).append(run_postfix(args, deliver))
        tps = pg.pgbench(args.pgbench_seconds)
        print("pgbench -N, 8 clients, %d s: %.0f commits/s (fsync on, synchronous_commit on)"
              % (args.pgbench_seconds, tps), flush=True)
    finally:
        pg.stop()
    print("\nmedians:")
    summary = {"pgbench_commits_per_second": tps, "rows": []}
    for (label, deliver), runs in results.items():
        rate = statistics.median(r["rate"] for r in runs)
        row = {"config": label, "mode": "end-to-end" if deliver else "accept", "rate": rate,
               "relay_cpu_ms": statistics.median(r.get("relay_cpu_ms", 0) for r in runs),
               "db_cpu_ms": statistics.median(r.get("db_cpu_ms", 0) for r in runs),
               "ok": all(r["ok"] for r in runs)}
        summary["rows"].append(row)
        print("  %-24s %-10s %8.1f msg/s  relay CPU %.2f ms/msg  db CPU %.2f ms/msg" %
              (label, row["mode"], rate, row["relay_cpu_ms"], row["db_cpu_ms"]))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(summary, f, indent=2)
    return 0 if all(r["ok"] for r in summary["rows"]) else 1


if __name__ == "__main__":
    sys.exit(main())
