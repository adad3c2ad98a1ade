"""Crash consistency end to end: SIGKILL at random moments during accept and delivery, 20 rounds with restarts.

A recording aiosmtpd sink is the smarthost. Client threads submit through the LAN relay listener (trusted device),
each message with a unique X-Test-Id, and record every id that got 250. Each round the engine runs for a random
0.4-1.6 s while the clients submit and the queue is delivered, then is killed with SIGKILL. After the last round
the engine starts once more and drains the queue. Then every id that got 250 must be at the sink or bounced to its
sender (a DSN naming it); every copy of an id but its last is a delivery whose outcome a kill lost, counted against
the round it arrived in, and they may not exceed delivery.max_in_flight per kill. A table of rounds is printed.

RELAYDESK_CRASH_ROUNDS=N sets the number of rounds (RELAYDESK_LONG=1: 100).
Run: ctest --test-dir build -R test_reliability_crash -V
"""

import collections
import contextlib
import os
import random
import re
import shutil
import sys
import tempfile
import threading
import time
import unittest

from reliability_sinks import RecordingSink
from pipelined_submitter import PipelinedSubmitter
from relaydesk_harness import Relay, wait_until

ROUNDS = int(os.environ.get("RELAYDESK_CRASH_ROUNDS", "100" if os.environ.get("RELAYDESK_LONG") == "1" else "20"))
MAX_IN_FLIGHT = 4
THREADS = 2
PAUSE = 0.02  # between messages of one client: enough load to kill mid-accept, little enough to drain quickly
TEST_ID = re.compile(rb"X-Test-Id: (\S+)")


class Submitter(PipelinedSubmitter):
    """One recipient a message, each with a unique X-Test-Id; keeps (test id, round) of every 250."""

    def __init__(self, relay, round_number, index, stop, acked):
        super().__init__(relay, "r%d-t%d" % (round_number, index), "crash.test", stop, pause=PAUSE)
        self.round, self.acked = round_number, acked

    def message(self, test_id):
        return ("app@sender.test", ["%s@dest.test" % test_id],
                "Subject: %s\r\nX-Test-Id: %s\r\n\r\n%s" % (test_id, test_id, "crash test body\r\n" * 40))

    def on_acked(self, test_id, queue_id, recipients):
        self.acked.append((test_id, self.round))


class CrashConsistency(unittest.TestCase):

    def setUp(self):
        self.sink_dir = tempfile.mkdtemp(prefix="relaydesk-crash-sink-")
        self.addCleanup(shutil.rmtree, self.sink_dir, True)
        self.sink = RecordingSink(self.sink_dir)
        self.addCleanup(self.sink.close)
        self.relay = Relay({"delivery.enabled": "true", "delivery.smarthost": "127.0.0.1:%d" % self.sink.port,
                            "delivery.smarthost_tls": "opportunistic", "delivery.poll_interval": 1,
                            "delivery.retry_first": 1, "delivery.retry_max": 2, "delivery.connect_timeout": 5,
                            "delivery.command_timeout": 10, "delivery.give_up_after": 3600,
                            "delivery.max_in_flight": MAX_IN_FLIGHT, "server.hostname": "relay.test"},
                           prefix="relaydesk-crash-")
        self.addCleanup(self.relay.cleanup)
        self.relay.create_agent("crash-agent", allow=(), trusted=("127.0.0.1",))

    def undelivered(self):
        with contextlib.closing(self.relay.db()) as db:
            return db.execute("SELECT COUNT(*) FROM recipients WHERE state IN ('queued', 'deferred')").fetchone()[0]

    def settle_sink(self):
        """Waits until the sink has taken in what the killed engine had already sent (the kernel still delivers
        it after SIGKILL), so that a copy is counted in the round of the kill that left it unrecorded."""
        previous = -1
        for _ in range(20):  # at most 6 s
            count = len(self.sink.snapshot())
            if count == previous:
                return
            previous = count
            time.sleep(0.3)

    def test_sigkill_during_accept_and_delivery(self):
        rng = random.Random(os.environ.get("RELAYDESK_CRASH_SEED", "5"))
        acked, rows = [], []
        for round_number in range(1, ROUNDS + 1):
            self.sink.label = round_number
            at_sink_before = len(self.sink.snapshot())
            self.relay.start()
            stop, round_acked = threading.Event(), []
            threads = [Submitter(self.relay, round_number, i, stop, round_acked) for i in range(THREADS)]
            for thread in threads:
                thread.start()
            run_for = rng.uniform(0.4, 1.6)
            time.sleep(run_for)
            self.relay.kill()
            stop.set()
            self.settle_sink()
            for thread in threads:
                thread.join(15)
                self.assertFalse(thread.is_alive())
                self.assertEqual(thread.errors, [])
            acked.extend(round_acked)
            rows.append([round_number, run_for, sum(t.sent for t in threads), len(round_acked),
                         len(self.sink.snapshot()) - at_sink_before])

        # One more start: the engine drains the queue.
        self.sink.label = ROUNDS + 1
        self.relay.start()
        started = time.monotonic()
        drained = wait_until(lambda: self.undelivered() == 0, 180, step=0.5)
        drain_seconds = time.monotonic() - started
        time.sleep(2)  # DSNs, if any, reach the sink
        self.assertEqual(self.relay.stop(), 0)
        self.assertTrue(drained, "%d recipients still queued after %.0fs of the final run" %
                        (self.undelivered(), drain_seconds))

        received = self.sink.snapshot()
        copies, rounds_of, bounced = collections.Counter(), collections.defaultdict(list), set()
        for test_id, mail_from, _, raw, label in received:
            if mail_from in ("", "<>"):
                bounced.update(m.decode() for m in TEST_ID.findall(raw))  # a DSN quotes the original headers
                continue
            copies[test_id] += 1
            rounds_of[test_id].append(label)
        with contextlib.closing(self.relay.db()) as db:
            bounced_in_queue = db.execute("SELECT COUNT(*) FROM recipients WHERE state = 'bounced'").fetchone()[0]
        acked_ids = {test_id for test_id, _ in acked}
        lost = sorted(i for i in acked_ids if copies[i] == 0 and i not in bounced)
        # Every copy but the last was a delivery whose outcome a kill lost: it counts against the round it was
        # delivered in. (Counted all against the first copy's round, a message delivered again and lost again by
        # the next kill made one round look like five deliveries in flight; a loaded CI dry run.)
        duplicates = collections.Counter(label for labels in rounds_of.values() for label in labels[:-1])
        unacked_delivered = len([i for i in copies if i not in acked_ids])

        print("\ncrash: round  ran(s)  sent  acked(250)  at-sink-during-round  duplicates-first-seen-in-round",
              file=sys.stderr)
        for number, ran, sent, got250, at_sink in rows:
            print("crash: %5d  %6.2f  %4d  %10d  %20d  %30d" % (number, ran, sent, got250, at_sink,
                                                                duplicates.get(number, 0)), file=sys.stderr)
        print("crash: the final run drained the queue in %.1fs" % drain_seconds, file=sys.stderr)
        print("crash: %d rounds survived; acked %d; delivered %d distinct (%d copies); bounced %d (DSNs naming %d);"
              " duplicates %d (bound %d = max_in_flight %d x %d kills); delivered without a 250 %d; lost %d" %
              (ROUNDS, len(acked_ids), len(copies), sum(copies.values()), bounced_in_queue, len(bounced),
               sum(duplicates.values()), MAX_IN_FLIGHT * ROUNDS, MAX_IN_FLIGHT, ROUNDS, unacked_delivered, len(lost)),
              file=sys.stderr)

        self.assertGreater(len(acked_ids), ROUNDS * 5, "the load did not get going")
        self.assertEqual(lost, [], "acknowledged but neither delivered nor bounced")
        for round_number, count in duplicates.items():
            self.assertLessEqual(count, MAX_IN_FLIGHT, "round %s: more duplicates than deliveries in flight"
                                 % round_number)
        self.assertLessEqual(sum(duplicates.values()), MAX_IN_FLIGHT * ROUNDS)
        self.assertEqual(duplicates.get(ROUNDS + 1, 0), 0, "duplicates without a kill")


if __name__ == "__main__":
    unittest.main(verbosity=2)
