"""Brute force: after auth.max_failures failed AUTHs from one address, that address gets 421 4.7.0 and no AUTH,
even with the right password, for the lockout period; each lockout is logged; other addresses are unaffected.
"""

import smtplib
import unittest

from relaydesk_harness import RawSession, RelayTestCase, auth_plain, client_tls_context


class LockoutTest(RelayTestCase):
    settings = {"auth.max_failures": 5, "auth.failure_window": 900, "auth.lockout": 900}
    agent_allow = ("127.0.0.1", "127.0.0.2")

    def smtps(self, source):
        session = RawSession(self.relay.address("smtps"), implicit_tls=True, source=source)
        self.assertEqual(session.read_reply()[0], 220)
        self.assertEqual(session.command("EHLO client.test")[0], 250)
        return session

    def test_lockout_after_five_failures(self):
        username, password = self.credential["username"], self.credential["password"]
        session = self.smtps("127.0.0.1")
        try:
            for attempt in range(1, 5):
                code, lines = session.command("AUTH PLAIN " + auth_plain(username, "wrong-%d" % attempt))
                self.assertEqual(code, 535, (attempt, lines))
                self.assertTrue(lines[0].startswith("535 5.7.8"), lines)
            # The fifth failure reaches the limit: the address is locked out and this session ends.
            code, lines = session.command("AUTH PLAIN " + auth_plain(username, "wrong-5"))
            self.assertEqual(code, 421, lines)
            self.assertTrue(lines[0].startswith("421 4.7.0"), lines)
            self.assertEqual(session.read_reply()[0], None)
        finally:
            session.close()

        # The sixth attempt, with the right password and on the other listener, is refused too.
        session = RawSession(self.relay.address("submission"), source="127.0.0.1")
        try:
            self.assertEqual(session.read_reply()[0], 220)
            self.assertEqual(session.command("EHLO client.test")[0], 250)
            session.starttls()
            self.assertEqual(session.command("EHLO client.test")[0], 250)
            code, lines = session.command("AUTH PLAIN " + auth_plain(username, password))
            self.assertEqual(code, 421, lines)
            self.assertTrue(lines[0].startswith("421 4.7.0"), lines)
            self.assertEqual(session.read_reply()[0], None)
        finally:
            session.close()

        # AUTH LOGIN is refused as well, before any credential is asked for.
        session = self.smtps("127.0.0.1")
        try:
            code, lines = session.command("AUTH LOGIN")
            self.assertEqual(code, 421, lines)
        finally:
            session.close()

        events = self.relay.security_events("auth-lockout")
        self.assertEqual(len(events), 1, events)
        self.assertIn("127.0.0.1", events[0]["address"])
        self.assertNotIn(password, str(events[0]))
        self.assertNotIn("wrong-", str(events[0]))

        # Another address, on the same agent's allowlist, is not affected.
        with smtplib.SMTP_SSL(*self.relay.address("smtps"), timeout=10, context=client_tls_context(),
                              source_address=("127.0.0.2", 0)) as client:
            self.assertEqual(client.login(username, password)[0], 235)
            client.mail("app@sender.test")
            client.rcpt("one@rcpt.test")
            code, text = client.data(b"Subject: after lockout\r\n\r\nok\r\n")
            self.assertEqual(code, 250, text)
        messages = self.relay.messages()
        self.assertEqual(len(messages), 1)
        self.assertEqual(messages[0]["client_address"], "127.0.0.2")


if __name__ == "__main__":
    unittest.main(verbosity=2)
