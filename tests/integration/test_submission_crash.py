"""Durable accept (docs/architecture.md) under fire: kill -9 of the headless engine under load loses no message that got 250.

Several client threads submit through the LAN relay listener as fast as they can and record the queue id of
every "250 2.0.0 OK: queued as ID". The engine is killed with SIGKILL mid-stream; then every acknowledged id
must be in the database with its body and recipients. Messages in flight at the kill may or may not be there
("extra"). The engine must start again on the same data directory, and the next round runs on top.
"""

import contextlib
import sys
import threading
import time
import unittest

from pipelined_submitter import PipelinedSubmitter
from relaydesk_harness import Relay

THREADS = 8
ROUNDS = 3
LOAD_SECONDS = 2.5


class Submitter(PipelinedSubmitter):
    """Two recipients and a 2 KiB body a message; keeps (queue id, tag, recipients) of every 250."""

    def __init__(self, relay, round_number, index, stop, acked, lock):
        super().__init__(relay, "r%d-t%d" % (round_number, index), "load.test", stop)
        self.acked, self.lock = acked, lock

    def message(self, tag):
        recipients = ["%s-a@rcpt.test" % tag, "%s-b@rcpt.test" % tag]
        return "load@sender.test", recipients, "Subject: load %s\r\n\r\n%s" % (tag, ("payload %s\r\n" % tag) * 100)

    def on_acked(self, tag, queue_id, recipients):
        with self.lock:
            self.acked.append((queue_id, tag, recipients))


class KillUnderLoadTest(unittest.TestCase):

    def setUp(self):
        self.relay = Relay()
        self.relay.create_agent("load-agent", allow=(), trusted=("127.0.0.1",))

    def tearDown(self):
        self.relay.cleanup()

    def stored(self):
        with contextlib.closing(self.relay.db()) as db:
            rows = db.execute("SELECT m.id, m.queue_id, b.body FROM messages m"
                              " LEFT JOIN message_bodies b ON b.message_id = m.id").fetchall()
            recipients = {}
            for message_id, address in db.execute("SELECT message_id, address FROM recipients"):
                recipients.setdefault(message_id, []).append(address)
        return {row[1]: (bytes(row[2] or b""), sorted(recipients.get(row[0], []))) for row in rows}

    def test_kill9_under_load_loses_nothing_acknowledged(self):
        all_acked = []
        for round_number in range(1, ROUNDS + 1):
            self.relay.start()
            stop, lock, acked = threading.Event(), threading.Lock(), []
            threads = [Submitter(self.relay, round_number, i, stop, acked, lock) for i in range(THREADS)]
            for thread in threads:
                thread.start()
            time.sleep(LOAD_SECONDS)
            with lock:
                acked_before_kill = len(acked)
            self.relay.kill()  # SIGKILL mid-stream, clients still sending
            stop.set()
            for thread in threads:
                thread.join(15)
                self.assertFalse(thread.is_alive())
                self.assertEqual(thread.errors, [])

            stored = self.stored()
            all_acked.extend(acked)
            missing = [queue_id for queue_id, _, _ in all_acked if queue_id not in stored]
            present = len(all_acked) - len(missing)
            acked_ids = {queue_id for queue_id, _, _ in all_acked}
            extra = len([queue_id for queue_id in stored if queue_id not in acked_ids])
            print("round %d: acked %d (this round %d, %d before the kill), present %d, missing %d, extra %d"
                  % (round_number, len(all_acked), len(acked), acked_before_kill, present, len(missing), extra),
                  file=sys.stderr)
            self.assertGreater(acked_before_kill, 50, "the load did not get going")
            self.assertEqual(missing, [])
            for queue_id, tag, recipients in acked:
                body, stored_recipients = stored[queue_id]
                self.assertIn(("Subject: load %s\r\n" % tag).encode(), body)
                self.assertTrue(body.endswith(("payload %s\r\n" % tag).encode()), body[-80:])
                self.assertEqual(stored_recipients, sorted(recipients))
            self.assertLessEqual(extra, THREADS * round_number, "more unacknowledged messages than sessions in flight")

        # After the last kill the engine starts again on the same data and the queue lists every message.
        self.relay.start()
        self.assertEqual(self.relay.stop(), 0)
        self.assertGreaterEqual(self.relay.message_count(), len(all_acked))


if __name__ == "__main__":
    unittest.main(verbosity=2)
