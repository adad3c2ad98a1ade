"""The retry schedule against a real engine: a restart in the middle of it resumes it, the delay notice is
sent once, and giving up bounces with RFC 3463 4.4.7 and a DSN. Peers: the scripted server of test_delivery.
"""

import contextlib
import json
import time
import unittest

from relaydesk_harness import Relay, wait_until
from test_delivery import SENDER, ScriptedServer, dsn_parts, recipient_states, relay_settings, submit


def recipient_row(relay, address):
    with contextlib.closing(relay.db()) as db:
        return dict(db.execute("SELECT state, attempts, next_attempt_at, last_enhanced FROM recipients"
                               " WHERE address = ? ORDER BY id DESC LIMIT 1", (address,)).fetchone())


class RetrySchedule(unittest.TestCase):
    def make_relay(self, server, **settings):
        relay = Relay(relay_settings(server.port, **settings), prefix="relaydesk-retry-")
        self.addCleanup(relay.cleanup)
        relay.create_agent("billing", allow=("127.0.0.1",), trusted=("127.0.0.1",))
        return relay

    def dsns(self, server):
        with server.lock:
            return [t for t in server.transactions if t["mail_from"] == "" and SENDER in t["rcpts"]]

    def test_restart_in_the_middle_of_the_schedule_resumes_it(self):
        # Two temporary failures, then success. Retries after 4 s and 8 s (doubling); the engine is killed
        # after the first failure and started again.
        server = ScriptedServer(temp_failures={"later@dest.test": 2})
        self.addCleanup(server.close)
        relay = self.make_relay(server, **{"delivery.retry_first": 4, "delivery.retry_max": 8})
        relay.start()
        queue_id = submit(relay, ["later@dest.test"])
        self.assertTrue(wait_until(lambda: recipient_row(relay, "later@dest.test")["attempts"] == 1, 20))
        first = recipient_row(relay, "later@dest.test")
        self.assertEqual(first["state"], "deferred")
        due_in = first["next_attempt_at"] / 1000 - time.time()
        self.assertTrue(2.5 < due_in <= 4.5, due_in)  # 4 s plus up to 10% jitter

        relay.kill()  # as a crash would; the schedule lives in the store
        self.assertEqual(recipient_row(relay, "later@dest.test")["attempts"], 1)
        relay.start()
        # Not before it is due: the restart does not reset the schedule.
        time.sleep(max(0.0, first["next_attempt_at"] / 1000 - time.time() - 1.0))
        self.assertEqual(recipient_row(relay, "later@dest.test")["attempts"], 1)
        self.assertTrue(wait_until(lambda: recipient_row(relay, "later@dest.test")["attempts"] == 2, 15))
        second = recipient_row(relay, "later@dest.test")
        self.assertEqual(second["state"], "deferred")
        gap = second["next_attempt_at"] / 1000 - time.time()
        self.assertTrue(6 < gap <= 9, gap)  # doubled to 8 s
        self.assertTrue(wait_until(lambda: recipient_states(relay, queue_id) == {"later@dest.test": "delivered"}, 20))
        self.assertEqual(recipient_row(relay, "later@dest.test")["attempts"], 3)
        self.assertEqual(len(server.messages_to("later@dest.test")), 1)
        self.assertEqual([c for a, c in server.rcpt_log if a == "later@dest.test"], [451, 451, 250])
        log = json.loads(relay.cli("log", "search", "--recipient", "later@", json_output=True).stdout)
        self.assertEqual([e["status"] for e in log], ["delivered", "deferred", "deferred"])  # newest first
        self.assertEqual(relay.stop(), 0)

    def test_shorter_retry_times_apply_to_mail_already_waiting(self):
        # An outside tester saved "longest wait 2 minutes" while mail waited for an attempt an hour away: the
        # queue kept it there. Shorter times bring waiting recipients forward.
        server = ScriptedServer()
        self.addCleanup(server.close)
        relay = self.make_relay(server, **{"delivery.retry_first": 3600, "delivery.retry_max": 7200})
        relay.start()
        queue_id = submit(relay, ["temp@dest.test"], subject="Waiting")
        self.assertTrue(wait_until(lambda: recipient_row(relay, "temp@dest.test")["attempts"] == 1, 20))
        self.assertGreater(recipient_row(relay, "temp@dest.test")["next_attempt_at"] / 1000 - time.time(), 3000)
        relay.cli("config", "set", "delivery.retry_first", "1")
        relay.cli("config", "set", "delivery.retry_max", "2")
        self.assertTrue(wait_until(lambda: recipient_row(relay, "temp@dest.test")["attempts"] >= 2, 30),
                        (recipient_row(relay, "temp@dest.test"), relay.stderr_lines[-15:]))
        self.assertTrue(relay.logged(lambda l: "event=retries_brought_forward recipients=1" in l), relay.stderr_lines[-8:])
        self.assertEqual(recipient_states(relay, queue_id), {"temp@dest.test": "deferred"})
        # A shorter give-up time: the message's last attempt is due at once, and it is given up.
        relay.cli("config", "set", "delivery.retry_first", "3600", "delivery.retry_max", "7200")
        self.assertTrue(wait_until(lambda: recipient_row(relay, "temp@dest.test")["next_attempt_at"] / 1000
                                   - time.time() > 3000, 30), recipient_row(relay, "temp@dest.test"))
        relay.cli("config", "set", "delivery.retry_first", "1", "delivery.delay_notice_after", "0",
                  "delivery.give_up_after", "5")
        self.assertTrue(wait_until(lambda: recipient_states(relay, queue_id) == {"temp@dest.test": "bounced"}, 30),
                        recipient_row(relay, "temp@dest.test"))
        self.assertEqual(recipient_row(relay, "temp@dest.test")["last_enhanced"], "4.4.7")
        self.assertEqual(relay.stop(), 0)

    def test_delay_notice_once_then_give_up_with_4_4_7(self):
        server = ScriptedServer()
        self.addCleanup(server.close)
        relay = self.make_relay(server, **{"delivery.retry_first": 1, "delivery.retry_max": 1,
                                           "delivery.delay_notice_after": 2, "delivery.give_up_after": 6})
        relay.start()
        queue_id = submit(relay, ["temp@dest.test"], subject="Report")
        self.assertTrue(wait_until(lambda: recipient_states(relay, queue_id) == {"temp@dest.test": "bounced"}, 30))
        row = recipient_row(relay, "temp@dest.test")
        self.assertEqual(row["last_enhanced"], "4.4.7")
        # The operator log says bounced, as the queue does (an outside tester's alerts on event=bounced missed
        # every expiry: it said deferred).
        relay.logged(lambda l: "event=bounced " in l and "to=temp@dest.test " in l)
        lines = [l for l in relay.stderr_lines if "to=temp@dest.test " in l]
        self.assertTrue(any("event=bounced " in l and "delivery time expired; last reply: 451" in l for l in lines), lines)
        self.assertEqual(len([l for l in lines if "event=bounced " in l]), 1, lines)
        self.assertGreaterEqual(row["attempts"], 3)
        self.assertTrue(wait_until(lambda: len(self.dsns(server)) == 2, 20), self.dsns(server))

        delayed, failed = sorted(self.dsns(server), key=lambda t: b"Action: failed" in t["data"])
        message, _, recipients, headers = dsn_parts(delayed["data"])
        self.assertEqual(message["Subject"], "Delayed Mail (still being retried)")
        self.assertEqual(recipients[0]["Action"], "delayed")
        self.assertEqual(recipients[0]["Status"], "4.3.0")
        self.assertIn("Will-Retry-Until", recipients[0])
        self.assertIn("Subject: Report", headers)

        message, _, recipients, _ = dsn_parts(failed["data"])
        self.assertEqual(message["Subject"], "Undelivered Mail Returned to Sender")
        self.assertEqual(recipients[0]["Final-Recipient"], "rfc822; temp@dest.test")
        self.assertEqual(recipients[0]["Action"], "failed")
        self.assertEqual(recipients[0]["Status"], "4.4.7")
        self.assertTrue(recipients[0]["Diagnostic-Code"].startswith("smtp; 451 4.3.0"), recipients[0]["Diagnostic-Code"])
        # Giving up is not a hard bounce: the address stays usable.
        self.assertEqual(json.loads(relay.cli("suppression", "list", "billing", json_output=True).stdout), [])
        self.assertEqual(relay.stop(), 0)


if __name__ == "__main__":
    unittest.main(verbosity=2)
