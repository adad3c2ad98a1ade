"""Mail-loop protection (docs/reliability.md, issue 9): the hop limit at the end of DATA, and routes or
smarthosts that lead back into the relay's own listeners, refused when configured and at delivery.

Run by ctest; RELAYDESK_BIN points at the relaydesk binary. Every relay uses its own data directory and free
ephemeral ports.
"""
import contextlib
import json
import os
import smtplib
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from relaydesk_harness import Relay, RelayTestCase, client_tls_context, free_ports, store_connection, wait_until  # noqa: E402


def message_with_hops(hops, subject="Hops"):
    trace = "".join("Received: from hop%d.example by relay%d.example; Mon, 1 Jan 2024 00:00:%02d +0000\r\n"
                    % (i, i + 1, i % 60) for i in range(hops))
    return (trace + "From: app@sender.test\r\nTo: rcpt@example.net\r\nSubject: %s\r\n\r\nbody\r\n" % subject).encode()


class HopLimit(RelayTestCase):
    """RFC 5321 6.3: a message that arrives with limits.max_hops (50) or more Received: fields is looping."""

    def send(self, hops):
        """Submits through the submission listener (STARTTLS, AUTH) with smtplib: (code, reply text)."""
        with smtplib.SMTP(*self.relay.address("submission"), timeout=20) as client:
            client.ehlo("client.test")
            client.starttls(context=client_tls_context())
            client.ehlo("client.test")
            client.login(self.credential["username"], self.credential["password"])
            client.mail("app@sender.test")
            client.rcpt("rcpt@example.net")
            code, text = client.data(message_with_hops(hops, "Hops %d" % hops))
            return code, text.decode()

    def test_120_received_fields_are_refused_and_nothing_is_queued(self):
        before = self.relay.message_count()
        code, text = self.send(120)
        print("120 Received: fields -> %d %s" % (code, text), file=sys.stderr)
        self.assertEqual(code, 554, text)
        self.assertTrue(text.startswith("5.4.6 Too many hops"), text)
        self.assertEqual(self.relay.message_count(), before)

    def test_the_limit_itself_is_refused(self):
        before = self.relay.message_count()
        code, text = self.send(50)
        self.assertEqual((code, text[:5]), (554, "5.4.6"), text)
        self.assertEqual(self.relay.message_count(), before)

    def test_49_received_fields_are_relayed_with_the_relays_own_on_top(self):
        code, text = self.send(49)
        print("49 Received: fields -> %d %s" % (code, text), file=sys.stderr)
        self.assertEqual(code, 250, text)
        stored = self.find_message(text.split("queued as ")[1].split()[0])
        self.assertIsNotNone(stored)
        header = stored["body"].split(b"\r\n\r\n", 1)[0]
        self.assertEqual(header.count(b"Received: "), 50)


class HopLimitSetting(RelayTestCase):
    settings = {"limits.max_hops": "5"}

    def test_a_lower_limit_applies(self):
        for hops, expected in ((4, 250), (5, 554)):
            with smtplib.SMTP(*self.relay.address("lan"), timeout=20) as client:
                client.ehlo("client.test")
                client.mail("app@sender.test")
                client.rcpt("rcpt@example.net")
                code, text = client.data(message_with_hops(hops))
                self.assertEqual(code, expected, (hops, text))


class SelfLoopConfiguration(unittest.TestCase):
    """A route or smarthost that resolves to one of the relay's own listeners is refused, and nothing is saved."""

    def setUp(self):
        self.relay = Relay()

    def tearDown(self):
        self.relay.cleanup()

    def refused(self, *args):
        result = self.relay.cli(*args, check=False)
        self.assertNotEqual(result.returncode, 0, (args, result.stdout))
        self.assertEqual(result.stdout, "", args)
        self.assertIn("mail loop", result.stderr, args)
        return result.stderr.strip()

    def routes(self):
        return json.loads(self.relay.cli("route", "list", json_output=True).stdout)

    def smarthost(self):
        return self.relay.cli("config", "get", "delivery.smarthost").stdout.strip()

    def test_route_to_an_own_listener_is_refused(self):
        ports = self.relay.ports
        err = self.refused("route", "add", "example.net", "127.0.0.1:%d" % ports["submission"])
        print("route add -> %s" % err, file=sys.stderr)
        self.assertIn("own submission listener (127.0.0.1:%d)" % ports["submission"], err)
        err = self.refused("route", "add", "*.example.net", "localhost:%d" % ports["lan"])
        self.assertIn("own lan listener", err)
        # 0.0.0.0 and [::] are this machine as a target (an outside tester's route to 0.0.0.0 looped 50 times).
        err = self.refused("route", "add", "example.net", "0.0.0.0:%d" % ports["submission"])
        self.assertIn("own submission listener", err)
        self.refused("route", "add", "example.net", "[::]:%d" % ports["lan"])
        self.refused("smarthost", "set", "0.0.0.0:%d" % ports["smtps"], "--tls", "implicit")
        self.refused("config", "set", "delivery.smarthost", "0.0.0.0:%d" % ports["lan"])
        self.assertEqual(self.routes(), [])
        # Another port on the same address is another server.
        other = free_ports(1)[0]
        self.relay.cli("route", "add", "example.net", "127.0.0.1:%d" % other)
        self.assertEqual([r["port"] for r in self.routes()], [other])

    def test_smarthost_to_an_own_listener_is_refused(self):
        ports = self.relay.ports
        err = self.refused("smarthost", "set", "127.0.0.1:%d" % ports["smtps"], "--tls", "implicit")
        print("smarthost set -> %s" % err, file=sys.stderr)
        self.assertIn("own smtps listener", err)
        self.refused("config", "set", "delivery.smarthost", "localhost:%d" % ports["lan"])
        self.assertEqual(self.smarthost(), "")

    def test_a_wildcard_listener_is_reached_through_every_local_address(self):
        port = self.relay.ports["lan"]
        self.relay.config_set("listener.lan.address", "0.0.0.0:%d" % port)
        err = self.refused("route", "add", "example.net", "127.0.0.9:%d" % port)
        self.assertIn("own lan listener (0.0.0.0:%d)" % port, err)
        # Moving a listener onto the smarthost's address is refused too.
        other = free_ports(1)[0]
        self.relay.cli("smarthost", "set", "127.0.0.1:%d" % other, "--tls", "opportunistic")
        self.refused("config", "set", "listener.submission.address", "127.0.0.1:%d" % other)
        self.assertEqual(self.relay.cli("config", "get", "listener.submission.address").stdout.strip(),
                         "127.0.0.1:%d" % self.relay.ports["submission"])


class SelfLoopAtDelivery(unittest.TestCase):
    """A smarthost pointing at the relay's own LAN listener, written into the database by hand: delivery refuses
    to connect and bounces with 5.4.6 instead of relaying the message to itself (588 copies in 12 s before)."""

    def test_delivery_does_not_connect_to_its_own_listener(self):
        relay = Relay({"delivery.enabled": "true", "delivery.poll_interval": 1, "server.hostname": "relay.test"},
                      prefix="relaydesk-loop-")
        try:
            relay.create_agent("printers", trusted=("127.0.0.1",))
            with contextlib.closing(store_connection(relay.dir, read_only=False)) as db:
                db.execute("INSERT INTO settings(key, value) VALUES('delivery.smarthost', ?) ON CONFLICT(key) DO "
                           "UPDATE SET value = excluded.value", ("127.0.0.1:%d" % relay.ports["lan"],))
                db.execute("INSERT INTO settings(key, value) VALUES('delivery.smarthost_tls', 'opportunistic') "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
                db.commit()
            relay.start()
            with smtplib.SMTP(*relay.address("lan"), timeout=20) as client:
                client.ehlo("client.test")
                client.sendmail("app@sender.test", ["rcpt@example.net"], message_with_hops(0, "Loop"))

            def bounced():
                rows = json.loads(relay.cli("log", "search", "--recipient", "rcpt@example.net",
                                            json_output=True).stdout)
                return [r for r in rows if r["status"] == "bounced"]

            self.assertTrue(wait_until(bounced, timeout=30), relay.cli("log", "search").stdout)
            row = bounced()[0]
            print("delivery to own listener -> %s %s %s" % (row["code"], row["enhanced"], row["reply"]),
                  file=sys.stderr)
            self.assertEqual((row["code"], row["enhanced"]), (554, "5.4.6"))
            self.assertIn("lan listener", row["reply"])
            time.sleep(3)  # a loop would multiply the messages meanwhile
            # The message and at most its DSN (to app@sender.test, refused the same way; no DSN of a DSN).
            self.assertLessEqual(relay.message_count(), 2)
        finally:
            relay.cleanup()


if __name__ == "__main__":
    unittest.main()
