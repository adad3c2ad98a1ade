#!/usr/bin/python3
"""The least CPU any relay pays per message on this machine, and the largest share of the no-storage ceiling
that allows: the yardstick for the ceiling shares that bench/submission_vs_postfix.py prints.

The ceiling (smtp-source into smtp-sink, 10 KiB messages, 20 sessions, one message per connection) is what the
two Postfix tools cost together. A relay between them does at least what smtp-sink does for every message it
accepts, keeps the message durably (at the very least one append of its bytes and a share of an fdatasync),
and, while it delivers, also does what smtp-source does on a reused connection while a second smtp-sink
receives it. This script measures each of those parts alone, in the same run:

- new:    smtp-source into smtp-sink, one message per connection (the ceiling itself);
- reused: smtp-source -d into smtp-sink, every session's messages over one connection (what a delivery
          over a cached connection costs its client and the receiver at the least);
- append: 10 KiB appended to a file on the work directory's disk, fdatasync after every GROUP messages (the
          least a durable store can write; RelayDesk's group commit shares one fsync among about 4-5).

From the medians it prints the floor of a relay (its CPU per message if it cost no more than those parts) and
the largest share of the ceiling such a relay could reach, with delivery held and while it delivers, at the
CPU use the ceiling run itself reached and at all of both cores. A relay's own figures are in
bench/submission_vs_postfix.py.

Usage: bench/relay_floor.py [--count 20000] [--sessions 20] [--size 10240] [--rounds 3] [--group 5]
                            [--workdir /var/tmp]
Needs root (smtp-sink drops to nobody). CPU is utime + stime from /proc and from wait4().
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from submission_vs_postfix import SMTP_SOURCE, TICK, Sink, load_average  # noqa: E402


def process_cpu(pid):
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def pair_run(count, sessions, size, reuse):
    """smtp-source into smtp-sink: (msg/s, source ms/msg, sink ms/msg, share of both cores in use)."""
    sink = Sink()
    try:
        before = process_cpu(sink.process.pid)
        command = [SMTP_SOURCE] + (["-d"] if reuse else []) + [
            "-s", str(sessions), "-m", str(count), "-l", str(size), "-f", "from@bench.test", "-t",
            "to@bench.test", "127.0.0.1:%d" % sink.port]
        started = time.monotonic()
        source = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(source.pid, 0)
        elapsed = time.monotonic() - started
        sink_cpu = process_cpu(sink.process.pid) - before
        if os.waitstatus_to_exitcode(status) != 0:
            raise RuntimeError("smtp-source failed: %s" % source.stderr.read().decode(errors="replace"))
    finally:
        sink.stop()
    source_cpu = usage.ru_utime + usage.ru_stime
    return (count / elapsed, source_cpu * 1000 / count, sink_cpu * 1000 / count,
            (source_cpu + sink_cpu) / elapsed / 2)


def append_run(count, size, group, workdir):
    """CPU ms per message of appending size bytes and fdatasync'ing after every group messages."""
    handle, path = tempfile.mkstemp(prefix="relay-floor-", dir=workdir)
    data = b"x" * size
    try:
        before = os.times()
        for n in range(count):
            os.write(handle, data)
            if n % group == group - 1:
                os.fdatasync(handle)
        after = os.times()
    finally:
        os.close(handle)
        os.unlink(path)
    return ((after.user - before.user) + (after.system - before.system)) * 1000 / count


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=20000)
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--size", type=int, default=10240)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--group", type=int, default=5)
    parser.add_argument("--workdir", default="/var/tmp")
    args = parser.parse_args()

    new, reused, append = [], [], []
    for round_number in range(1, args.rounds + 1):
        new.append(pair_run(args.count, args.sessions, args.size, reuse=False))
        reused.append(pair_run(args.count, args.sessions, args.size, reuse=True))
        append.append(append_run(args.count, args.size, args.group, args.workdir))
        for name, row in (("new", new[-1]), ("reused", reused[-1])):
            print("round %d  %-6s %8.1f msg/s  smtp-source %.3f ms/msg  smtp-sink %.3f ms/msg  %3.0f %% of 2 cores"
                  "  (load %.2f)" % (round_number, name, row[0], row[1], row[2], row[3] * 100, load_average()),
                  flush=True)
        print("round %d  append %.3f ms/msg (10 KiB, fdatasync every %d)" % (round_number, append[-1], args.group),
              flush=True)

    def median(rows, index):
        return statistics.median(row[index] for row in rows)

    ceiling = median(new, 0)
    source_new, sink_new, busy = median(new, 1), median(new, 2), median(new, 3)
    source_reused, sink_reused = median(reused, 1), median(reused, 2)
    write = statistics.median(append)
    relay_held = sink_new + write
    relay_running = relay_held + source_reused
    print("median  ceiling %.1f msg/s, %.0f %% of both cores busy; smtp-source %.3f, smtp-sink %.3f ms/msg; "
          "reused connection: smtp-source %.3f, smtp-sink %.3f ms/msg; durable append %.3f ms/msg" % (
              ceiling, busy * 100, source_new, sink_new, source_reused, sink_reused, write))
    for mode, relay, others in (("held", relay_held, source_new),
                                ("running", relay_running, source_new + sink_reused)):
        per_message = relay + others
        print("floor   %-7s relay %.3f ms/msg (all processes %.3f ms/msg): at most %.1f %% of the ceiling at the "
              "ceiling's own CPU use, %.1f %% with both cores always busy" % (
                  mode, relay, per_message, 2 * busy / per_message / ceiling * 1000 * 100,
                  2 / per_message / ceiling * 1000 * 100))
    return 0


if __name__ == "__main__":
    sys.exit(main())
