"""Delivery promises an outside tester checked against real aiosmtpd receivers (docs/reliability.md, "Delivery:
what an outside tester found"):

- `queue hold` stops every job that has not begun its transaction yet, also one that was already claimed and
  only waited for a connection slot to a slow receiver; only transactions under way may complete.
- a real 4xx to a transaction on a reused connection is one transaction per attempt: the "idle connection may
  have died" second try is only for a connection that really died, and it opens a new connection.
"""

import asyncio
import concurrent.futures
import contextlib
import email
import email.policy
import json
import threading
import time
import unittest

from aiosmtpd.controller import Controller

from relaydesk_harness import Relay, free_ports, wait_until
from test_delivery import relay_settings, submit


class Receiver:
    """aiosmtpd on a free port. Every end of DATA is counted per Subject; `data_reply` answers it after
    `delay` seconds; MAIL commands are counted as transactions begun."""

    def __init__(self, delay=0.0, data_reply="250 2.0.0 Ok", rset_closes=False):
        self.delay = delay
        self.data_reply = data_reply
        self.rset_closes = rset_closes  # RSET: 421 and the connection closed (a server that dropped it idle)
        self.mails = 0
        self.data = {}      # subject -> times its content was sent
        self.accepted = {}  # subject -> times it was taken (250)
        self.recipients = []  # every recipient of every message taken (250)
        self.connections = 0
        self.lock = threading.Lock()
        receiver = self

        class Handler:
            async def handle_MAIL(self, server, session, envelope, address, mail_options):
                with receiver.lock:
                    receiver.mails += 1
                envelope.mail_from = address
                return "250 2.1.0 Ok"

            async def handle_RSET(self, server, session, envelope):
                if not receiver.rset_closes:
                    return "250 2.0.0 Ok"
                asyncio.get_running_loop().call_later(0.05, server.transport.close)
                return "421 4.3.2 Service closing transmission channel"

            async def handle_DATA(self, server, session, envelope):
                subject = email.message_from_bytes(envelope.content, policy=email.policy.compat32)["Subject"]
                with receiver.lock:
                    receiver.data[subject] = receiver.data.get(subject, 0) + 1
                if receiver.delay:
                    await asyncio.sleep(receiver.delay)
                if receiver.data_reply.startswith("250"):
                    with receiver.lock:
                        receiver.accepted[subject] = receiver.accepted.get(subject, 0) + 1
                        receiver.recipients.extend(envelope.rcpt_tos)
                return receiver.data_reply

        class CountingController(Controller):
            def factory(self):
                with receiver.lock:
                    receiver.connections += 1
                return super().factory()

        self.port = free_ports(1)[0]
        self.controller = CountingController(Handler(), hostname="127.0.0.1", port=self.port, ready_timeout=10,
                                             decode_data=False)
        self.controller.start()
        with self.lock:
            self.connections = 0  # start() connects once itself to see that the server runs

    def snapshot(self):
        with self.lock:
            return dict(self.data), dict(self.accepted), self.mails, self.connections

    def close(self):
        self.controller.stop()


def states(relay):
    with contextlib.closing(relay.db()) as db:
        return {r[0]: (r[1], r[2]) for r in db.execute(
            "SELECT m.subject, r.state, r.attempts FROM recipients r JOIN messages m ON m.id = r.message_id")}


class DeliveryPromises(unittest.TestCase):
    def start_relay(self, receiver, **settings):
        relay = Relay(relay_settings(receiver.port, **settings), prefix="relaydesk-holdgrey-")
        self.addCleanup(relay.cleanup)
        relay.create_agent("billing", allow=("127.0.0.1",), trusted=("127.0.0.1",))
        relay.start()
        return relay

    def test_hold_stops_jobs_that_wait_for_a_slot(self):
        # 12 messages for a slow receiver, 4 transactions at a time. Held while the first 4 are in DATA:
        # those 4 may complete, the 8 waiting jobs must not begin. The receiver holds each DATA 10 s, and the
        # waiting messages are held first, all at once: on a loaded machine twelve `queue hold` runs one after
        # the other took over 5 s, and jobs began for messages not held yet (a test of timing, not of the
        # hold). A message in DATA may be delivered before its hold comes: "no recipient left" is its answer.
        receiver = Receiver(delay=10)
        self.addCleanup(receiver.close)
        relay = self.start_relay(receiver, **{"delivery.max_connections_per_domain": 4,
                                              "delivery.command_timeout": 20})
        queue_ids = {}
        for i in range(12):
            queue_ids["msg-%02d" % i] = submit(relay, ["rcpt%d@dest.test" % i], subject="msg-%02d" % i)
        self.assertTrue(wait_until(lambda: receiver.snapshot()[2] >= 4, 20), receiver.snapshot())
        time.sleep(1)
        in_data = receiver.snapshot()[0]
        with concurrent.futures.ThreadPoolExecutor(max_workers=len(queue_ids)) as pool:
            waiting_holds = [pool.submit(relay.cli, "queue", "hold", queue_ids[s]) for s in queue_ids
                             if s not in in_data]
            for hold in waiting_holds:
                hold.result()  # raises if a waiting message could not be held
        held_subjects = {s for s in queue_ids if s not in in_data}
        for subject in in_data:
            result = relay.cli("queue", "hold", queue_ids[subject], check=False)
            self.assertTrue(result.returncode == 0 or "has no recipient left to deliver" in result.stderr,
                            result.stderr)
            if result.returncode == 0:
                held_subjects.add(subject)
        held_at = time.time()
        time.sleep(max(0.0, held_at + 14 - time.time()))  # the first 4 finish at ~10 s; the rest would follow
        data, accepted, mails, _ = receiver.snapshot()
        self.assertEqual(mails, 4, (data, mails))
        self.assertEqual(sum(accepted.values()), 4, accepted)
        now = states(relay)
        self.assertEqual(sorted(s for s, (state, _) in now.items() if state == "delivered"), sorted(accepted))
        waiting = {s: v for s, v in now.items() if s not in accepted}
        self.assertEqual(len(waiting), 8)
        self.assertTrue(all(v == ("queued", 0) for v in waiting.values()), waiting)  # nothing sent, none recorded
        with contextlib.closing(relay.db()) as db:
            held = {r[0] for r in db.execute("SELECT subject FROM messages WHERE held = 1")}
        self.assertEqual(held, held_subjects)

        for subject in waiting:
            relay.cli("queue", "release", queue_ids[subject])
        self.assertTrue(wait_until(lambda: all(state == "delivered" for state, _ in states(relay).values()), 60),
                        states(relay))
        data, accepted, _, _ = receiver.snapshot()
        self.assertEqual(accepted, {s: 1 for s in queue_ids}, accepted)  # each exactly once
        self.assertEqual(relay.stop(), 0)

    def test_a_4xx_on_a_reused_connection_is_one_transaction(self):
        # Greylisting: 451 to the content. One connection at a time, so that the messages after the first go
        # over the connection the first one left in the pool.
        receiver = Receiver(data_reply="451 4.7.1 Greylisted, try again later")
        self.addCleanup(receiver.close)
        relay = self.start_relay(receiver, **{"delivery.max_connections_per_domain": 1,
                                              "delivery.retry_first": 600, "delivery.retry_max": 600})
        subjects = ["grey-%d" % i for i in range(6)]
        for subject in subjects:
            submit(relay, ["someone@dest.test"], subject=subject)
        self.assertTrue(wait_until(lambda: all(v == ("deferred", 1) for v in states(relay).values())
                                   and len(states(relay)) == 6, 30), states(relay))
        time.sleep(1)
        data, _, mails, connections = receiver.snapshot()
        self.assertEqual(data, {s: 1 for s in subjects}, data)  # exactly one DATA per message and attempt
        self.assertEqual(mails, 6)
        self.assertLess(connections, 6, "the connection was not reused, so the test proves nothing")
        self.assertEqual(relay.stop(), 0)

    def test_a_pooled_connection_that_died_gets_one_more_try_on_a_new_one(self):
        # 421 to RSET: the server dropped the idle connection. The same attempt goes on over a new connection.
        receiver = Receiver(rset_closes=True)
        self.addCleanup(receiver.close)
        relay = self.start_relay(receiver, **{"delivery.max_connections_per_domain": 1,
                                              "delivery.retry_first": 600, "delivery.retry_max": 600})
        subjects = ["idle-%d" % i for i in range(3)]
        for subject in subjects:
            submit(relay, ["someone@dest.test"], subject=subject)
        self.assertTrue(wait_until(lambda: len(states(relay)) == 3
                                   and all(v == ("delivered", 1) for v in states(relay).values()), 30), states(relay))
        _, accepted, _, connections = receiver.snapshot()
        self.assertEqual(accepted, {s: 1 for s in subjects}, accepted)
        self.assertEqual(connections, 3, "each reuse found the connection dead and opened a new one")
        log = json.loads(relay.cli("log", "search", "--recipient", "someone@", json_output=True).stdout)
        self.assertEqual([e["status"] for e in log], ["delivered"] * 3)
        self.assertEqual(relay.stop(), 0)


if __name__ == "__main__":
    unittest.main(verbosity=2)
