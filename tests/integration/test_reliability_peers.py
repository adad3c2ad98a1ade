"""Delivery faults: a receiving server that vanishes mid-transaction, and the DNS server down.

Both are temporary conditions: the recipient is deferred (yellow, 4xx or no reply logged), never bounced, and
no DSN is sent; the vanished transaction is delivered once the server behaves again.
The DNS server is either absent (nothing listens on the address) or silent (a bound UDP socket that never answers).

Run: ctest --test-dir build -R test_reliability_peers -V
"""

import contextlib
import json
import socket
import smtplib
import sys
import unittest

from reliability_sinks import VanishingServer
from relaydesk_harness import Relay, wait_until


def submit(relay, recipient, test_id):
    body = ("From: app@sender.test\r\nTo: %s\r\nSubject: %s\r\nX-Test-Id: %s\r\n\r\n%s" %
            (recipient, test_id, test_id, "A line of the body that is long enough to be cut off.\r\n" * 20))
    with smtplib.SMTP(*relay.address("lan"), timeout=20) as client:
        client.ehlo("client.test")
        refused = client.sendmail("app@sender.test", [recipient], body.encode())
        assert refused == {}, refused
    with contextlib.closing(relay.db()) as db:
        return db.execute("SELECT queue_id FROM messages ORDER BY id DESC LIMIT 1").fetchone()[0]


def recipient_row(relay, queue_id):
    with contextlib.closing(relay.db()) as db:
        row = db.execute("SELECT r.state, r.attempts, r.last_code, r.last_enhanced FROM recipients r"
                         " JOIN messages m ON m.id = r.message_id WHERE m.queue_id = ?", (queue_id,)).fetchone()
    return tuple(row) if row else None


def log_entries(relay, queue_id):
    entries = json.loads(relay.cli("log", "search", json_output=True).stdout)
    return [e for e in entries if e.get("queue_id") == queue_id]


def count_messages_from_null_sender(relay):
    with contextlib.closing(relay.db()) as db:
        return db.execute("SELECT COUNT(*) FROM messages WHERE sender = ''").fetchone()[0]


class PeerFaultBase(unittest.TestCase):
    settings = {}

    def start(self, **settings):
        base = {"delivery.enabled": "true", "delivery.poll_interval": 1, "delivery.retry_first": 2, "delivery.retry_max": 2,
                "delivery.connect_timeout": 5, "delivery.command_timeout": 5, "delivery.give_up_after": 3600,
                "server.hostname": "relay.test"}
        base.update(settings)
        self.relay = Relay(base, prefix="relaydesk-peers-")
        self.addCleanup(self.relay.cleanup)
        self.relay.create_agent("peers-agent", allow=(), trusted=("127.0.0.1",))
        self.relay.start()

    def tearDown(self):
        if getattr(self, "relay", None) and self.relay.process:
            self.assertEqual(self.relay.stop(), 0)


class ServerVanishes(PeerFaultBase):

    def test_vanishing_server_defers_then_delivers_once(self):
        server = VanishingServer(["after354", "midbody"])
        self.addCleanup(server.close)
        self.start(**{"delivery.smarthost": "127.0.0.1:%d" % server.port, "delivery.smarthost_tls": "opportunistic"})
        queue_id = submit(self.relay, "someone@dest.test", "vanish-1")
        self.assertTrue(wait_until(lambda: recipient_row(self.relay, queue_id)[0] == "delivered", 40),
                        recipient_row(self.relay, queue_id))
        entries = log_entries(self.relay, queue_id)
        statuses = sorted(e["status"] for e in entries)
        print("\npeers: server vanished after 354, then mid-body, then accepted: connections %s; log %s" %
              (server.connections, [(e["status"], e["code"], e["enhanced"], e["sign"]) for e in entries]),
              file=sys.stderr)
        self.assertEqual(server.connections[:3], ["after354", "midbody", "ok"])
        self.assertEqual(statuses, ["deferred", "deferred", "delivered"])
        for entry in entries:
            if entry["status"] == "deferred":
                self.assertEqual(entry["sign"], "yellow")
                self.assertTrue(entry["code"] == 0 or 400 <= entry["code"] < 500, entry)
        # Delivered exactly once, with the whole body; no bounce and no DSN.
        delivered = [a for a in server.accepted if b"X-Test-Id: vanish-1" in a[2]]
        self.assertEqual(len(delivered), 1)
        self.assertEqual(delivered[0][2].count(b"long enough to be cut off.\r\n"), 20)
        self.assertTrue(delivered[0][2].endswith(b"cut off.\r\n"), delivered[0][2][-60:])
        self.assertEqual(count_messages_from_null_sender(self.relay), 0)
        self.assertEqual([e for e in entries if e["status"] == "bounced"], [])


class ServerClosesAtTheMessagesEnd(PeerFaultBase):

    def test_a_close_before_the_reply_is_said_as_a_possible_copy(self):
        # An outside tester's receiver read the whole message and closed without a reply: the recipient got a
        # copy at every retry, and the log said "Connection timed out, nothing to do". The retry stays (RFC
        # 5321 6.1: no reply is no delivery), and the reply says the server may have kept the message.
        server = VanishingServer(["afterdot"])
        self.addCleanup(server.close)
        self.start(**{"delivery.smarthost": "127.0.0.1:%d" % server.port, "delivery.smarthost_tls": "opportunistic"})
        queue_id = submit(self.relay, "someone@dest.test", "afterdot-1")
        self.assertTrue(wait_until(lambda: recipient_row(self.relay, queue_id)[0] == "delivered", 40),
                        recipient_row(self.relay, queue_id))
        entries = log_entries(self.relay, queue_id)
        deferred = [e for e in entries if e["status"] == "deferred"]
        print("\npeers: server closed after the message's end: connections %s; log %s" %
              (server.connections, [(e["status"], e["code"], e["enhanced"], e.get("text")) for e in entries]),
              file=sys.stderr)
        self.assertEqual(server.connections[:2], ["afterdot", "ok"])
        self.assertEqual(len(deferred), 1, entries)
        self.assertEqual((deferred[0]["code"], deferred[0]["enhanced"], deferred[0]["sign"]), (421, "4.4.2", "yellow"))
        self.assertIn("after the whole message was sent, before the server's reply: the server may have kept it",
                      deferred[0]["reply"])
        # Two copies reached the server: the kept one and the delivered one, as the reply warns.
        self.assertEqual(len([a for a in server.accepted if b"X-Test-Id: afterdot-1" in a[2]]), 2)


def unused_dns_address():
    """A loopback address where nothing answers on UDP port 53 (we can bind it, so no one else has)."""
    for last in range(53, 250):
        address = "127.0.53.%d" % last
        probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        try:
            probe.bind((address, 53))
            return address
        except OSError:
            continue
        finally:
            probe.close()
    raise AssertionError("no free loopback address for a dead DNS server")


class DnsDown(PeerFaultBase):

    def check_deferred_not_bounced(self, queue_id, attempts, timeout):
        self.assertTrue(wait_until(lambda: (recipient_row(self.relay, queue_id) or (None, 0))[1] >= attempts, timeout),
                        recipient_row(self.relay, queue_id))
        state, tried, code, enhanced = recipient_row(self.relay, queue_id)
        entries = log_entries(self.relay, queue_id)
        print("\npeers: DNS down: state %s after %d attempts, last %s %s; log %s" %
              (state, tried, code, enhanced, sorted({(e["status"], e["code"], e["enhanced"]) for e in entries})),
              file=sys.stderr)
        self.assertEqual(state, "deferred")
        self.assertEqual((code, enhanced), (451, "4.4.3"))
        self.assertTrue(entries and all(e["status"] == "deferred" and e["sign"] == "yellow" for e in entries), entries)
        self.assertEqual(count_messages_from_null_sender(self.relay), 0)

    def test_nothing_listening_on_the_dns_server_defers(self):
        self.start(**{"delivery.dns_server": unused_dns_address(), "delivery.retry_first": 1,
                      "delivery.retry_max": 1})
        queue_id = submit(self.relay, "someone@dns-down.test", "dns-1")
        self.check_deferred_not_bounced(queue_id, 3, 40)

    def test_silent_dns_server_defers(self):
        address = unused_dns_address()
        silent = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        silent.bind((address, 53))  # receives the queries and never answers
        self.addCleanup(silent.close)
        self.start(**{"delivery.dns_server": address, "delivery.retry_first": 1, "delivery.retry_max": 1})
        queue_id = submit(self.relay, "someone@dns-silent.test", "dns-2")
        self.check_deferred_not_bounced(queue_id, 1, 90)


if __name__ == "__main__":
    unittest.main(verbosity=2)
