"""Deliveries that finish while the PostgreSQL store cannot be reached (docs/reliability.md, "Delivery: what an
outside tester found"), against a real PostgreSQL that this test starts itself (scripts/pg-cluster.sh) and stops
with its own pg_ctl under a running engine, and a slow aiosmtpd receiver:
- an outcome the store could not take is kept and recorded once the store answers, so no recipient is
  delivered twice;
- a job that waited for a connection slot while the store was away (its lease could not be renewed) does not
  begin; it is delivered, once, after the store is back.

Its relay starts on SQLite and moves to its own server, so it runs in the first pass of scripts/test.sh only
(label own-postgresql).
"""

import collections
import contextlib
import os
import re
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_store_postgresql import Cluster  # noqa: E402  (pops RELAYDESK_TEST_PG: see that file)
from test_store_reconnect import pg_ctl, start_on_cluster  # noqa: E402
from test_delivery_holdgrey import Receiver  # noqa: E402
from relaydesk_harness import Relay, wait_until  # noqa: E402
from test_delivery import relay_settings, submit  # noqa: E402


class StoreOutageDuringDelivery(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.cluster = Cluster()

    @classmethod
    def tearDownClass(cls):
        cls.cluster.stop()

    def recipient_states(self):
        with contextlib.closing(self.relay.db()) as db:
            return {r[0]: r[1] for r in db.execute("SELECT address, state FROM recipients")}

    def test_outcomes_of_an_outage_are_recorded_once_the_store_is_back(self):
        receiver = Receiver(delay=6)
        self.addCleanup(receiver.close)
        self.relay = Relay(relay_settings(receiver.port, **{"delivery.max_connections_per_domain": 4,
                                                            "delivery.command_timeout": 30,
                                                            "delivery.lease_time": 6}),
                           prefix="relaydesk-outage-")
        self.addCleanup(self.relay.cleanup)
        self.relay.create_agent("billing", allow=("127.0.0.1",), trusted=("127.0.0.1",))
        start_on_cluster(self, self.relay, self.cluster)

        # 8 messages of 3 recipients: 4 transactions at a time, each 6 s in DATA; 4 jobs wait for a slot.
        expected = []
        for i in range(8):
            recipients = ["m%d-r%d@dest.test" % (i, j) for j in range(3)]
            expected += recipients
            submit(self.relay, recipients, subject="outage-%d" % i)
        self.assertTrue(wait_until(lambda: receiver.snapshot()[2] >= 4, 20), receiver.snapshot())
        pg_ctl(self.cluster, "-m", "fast", "stop")
        # The 4 transactions finish while the store is away; the 4 waiting jobs' leases run out meanwhile.
        self.assertTrue(wait_until(lambda: sum(receiver.snapshot()[1].values()) >= 4, 20), receiver.snapshot())
        time.sleep(8)
        with receiver.lock:
            during = sorted(receiver.recipients)
        self.assertEqual(len(during), 12, during)  # nothing began after its lease ran out
        pg_ctl(self.cluster, "restart")  # a stopped server starts again with the options it had

        self.assertTrue(wait_until(lambda: set(self.recipient_states().values()) == {"delivered"}
                                   and len(self.recipient_states()) == 24, 60),
                        (self.recipient_states(), "\n".join(self.relay.stderr_lines[-30:])))
        time.sleep(3)  # a second delivery would have begun by now
        with receiver.lock:
            got = sorted(receiver.recipients)
        self.assertEqual(got, sorted(expected))  # each recipient exactly once
        self.assertTrue(self.relay.logged(lambda line: "delivery_not_recorded" in line), self.relay.stderr_lines[-30:])
        # Once per kept outcome (a warning), not at every retry of an outage of seconds (an outside tester
        # counted about one error line a second for each).
        not_recorded = collections.Counter(re.search(r"queue_id=(\S+)", line).group(1)
                                           for line in self.relay.stderr_lines if "event=delivery_not_recorded" in line)
        self.assertTrue(not_recorded and max(not_recorded.values()) == 1, not_recorded)
        self.assertTrue(self.relay.logged(lambda line: "delivery_recorded_late" in line), self.relay.stderr_lines[-30:])
        with contextlib.closing(self.relay.db()) as db:
            attempts = db.execute("SELECT COUNT(*) FROM delivery_attempts").fetchone()[0]
        self.assertEqual(attempts, 24, "one recorded attempt per recipient")


if __name__ == "__main__":
    unittest.main(verbosity=2)
