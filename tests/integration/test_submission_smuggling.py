"""SMTP smuggling (CVE-2023-51764/5/6) and STARTTLS command injection (CVE-2011-0411), over real TLS sockets.

Only <CRLF>.<CRLF> ends DATA. A message that tries to end early with a bare CR or LF (or a NUL) and carry a
second, smuggled transaction is refused as a whole with exactly one final reply (550 5.6.0); the same session
then submits one clean message, so exactly one message per session reaches the queue.
"""

import time
import unittest
import uuid

from relaydesk_harness import RawSession, RelayTestCase, client_tls_context

VARIANTS = {
    "lf-dot-lf": b"\n.\n",
    "crlf-dot-lf": b"\r\n.\n",
    "lf-dot-crlf": b"\n.\r\n",
    "cr-dot-cr": b"\r.\r",
    "crlf-dot-cr": b"\r\n.\r",
    "cr-dot-crlf": b"\r.\r\n",
    "crlf-nul-dot-crlf": b"\r\n\0.\r\n",
}

SMUGGLED_SENDER = "evil@attacker.test"


class SmugglingTest(RelayTestCase):

    def transaction(self, session, sender, recipient):
        self.assertEqual(session.command("MAIL FROM:<%s>" % sender)[0], 250)
        self.assertEqual(session.command("RCPT TO:<%s>" % recipient)[0], 250)
        self.assertEqual(session.command("DATA")[0], 354)

    def smuggle(self, name, ending, split):
        tag = uuid.uuid4().hex
        session = self.authenticated_session()
        try:
            self.transaction(session, "app@sender.test", "one@rcpt.test")
            head = b"Subject: outer " + tag.encode() + b"\r\n\r\nfirst part" + ending
            tail = (b"MAIL FROM:<" + SMUGGLED_SENDER.encode() + b">\r\nRCPT TO:<victim@rcpt.test>\r\nDATA\r\n"
                    b"Subject: SMUGGLED " + tag.encode() + b"\r\n\r\nsmuggled\r\n.\r\n")
            if split:
                session.send(head)
                time.sleep(0.05)
                session.send(tail)
            else:
                session.send(head + tail)
            code, lines = session.read_reply()
            self.assertEqual(code, 550, "%s: %s" % (name, lines))
            self.assertTrue(lines[0].startswith("550 5.6.0"), lines)
            # Exactly one final reply: nothing else (no 250 for a smuggled MAIL, RCPT or DATA) follows.
            self.assertEqual(session.pending(0.4), b"", name)

            self.transaction(session, "app@sender.test", "two@rcpt.test")
            session.send(b"Subject: clean " + tag.encode() + b"\r\n\r\nclean body\r\n.\r\n")
            code, lines = session.read_reply()
            self.assertEqual(code, 250, lines)
            self.assertTrue(lines[0].startswith("250 2.0.0 OK: queued as"), lines)
            self.assertEqual(session.command("QUIT")[0], 221)
        finally:
            session.close()

        mine = [m for m in self.relay.messages() if tag.encode() in m["body"]]
        self.assertEqual(len(mine), 1, "%s: %d messages queued" % (name, len(mine)))
        self.assertIn(b"Subject: clean " + tag.encode(), mine[0]["body"])
        self.assertEqual(mine[0]["recipients"], ["two@rcpt.test"])

    def test_every_variant_in_one_write(self):
        for name, ending in VARIANTS.items():
            with self.subTest(variant=name):
                self.smuggle(name, ending, split=False)

    def test_every_variant_split_across_writes(self):
        for name, ending in VARIANTS.items():
            with self.subTest(variant=name):
                self.smuggle(name, ending, split=True)

    def test_zz_no_smuggled_message_anywhere(self):
        # Runs after the variants (alphabetical order): nothing from the smuggled sender, nothing marked smuggled.
        messages = self.relay.messages()
        self.assertTrue(messages)
        for message in messages:
            self.assertNotEqual(message["sender"], SMUGGLED_SENDER)
            self.assertNotIn(b"SMUGGLED", message["body"])
            self.assertNotIn("victim@rcpt.test", message["recipients"])


class StartTlsInjectionTest(RelayTestCase):

    def handshake_after_injection(self, listener, injected):
        session = RawSession(self.relay.address(listener))
        self.assertEqual(session.read_reply()[0], 220)
        self.assertEqual(session.command("EHLO client.test")[0], 250)
        session.send(b"STARTTLS\r\n" + injected)  # one write, one packet
        code, lines = session.read_reply()
        self.assertEqual(code, 220, lines)
        self.assertEqual(session.buffer, b"", "a reply to the injected command came before the handshake")
        session.sock = client_tls_context().wrap_socket(session.sock)
        # Nothing is said in the TLS session until we speak: the injected command was discarded.
        self.assertEqual(session.pending(0.4), b"")
        return session

    def test_injected_mail_is_not_answered_on_submission(self):
        session = self.handshake_after_injection("submission", b"MAIL FROM:<x@y.test>\r\n")
        try:
            code, lines = session.command("EHLO client.test")
            self.assertEqual(code, 250, lines)
            self.assertIn("greets client.test", lines[0])
            # The session state was reset by the handshake: still no AUTH, so MAIL needs it.
            self.assertEqual(session.command("MAIL FROM:<x@y.test>")[0], 530)
        finally:
            session.close()

    def test_injected_ehlo_is_forgotten(self):
        session = self.handshake_after_injection("submission", b"EHLO injected.test\r\n")
        try:
            code, lines = session.command("MAIL FROM:<x@y.test>")
            self.assertEqual(code, 503, lines)  # no EHLO in the TLS session yet
        finally:
            session.close()

    def test_injected_transaction_on_lan_relay(self):
        # On the LAN listener a trusted device needs no AUTH, so an injected MAIL would really open a transaction.
        session = self.handshake_after_injection("lan", b"EHLO injected.test\r\nMAIL FROM:<x@y.test>\r\n"
                                                        b"RCPT TO:<victim@rcpt.test>\r\n")
        try:
            code, lines = session.command("EHLO client.test")
            self.assertEqual(code, 250, lines)
            self.assertIn("greets client.test", lines[0])
            code, lines = session.command("RCPT TO:<victim@rcpt.test>")
            self.assertEqual(code, 503, lines)  # no MAIL survived the handshake
            code, lines = session.command("DATA")
            self.assertEqual(code, 503, lines)
        finally:
            session.close()
        self.assertEqual(self.relay.message_count(), 0)


if __name__ == "__main__":
    unittest.main(verbosity=2)
