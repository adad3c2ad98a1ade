"""No open relay (docs/architecture.md, "no open relay"): allowlists, unauthenticated relay, AUTH only after TLS.

The whole 127.0.0.0/8 range is loopback, so clients bind 127.0.0.2 or 127.0.0.3 to come from an address
that no Mail Agent allows or trusts.
"""

import smtplib
import unittest

from relaydesk_harness import RawSession, RelayTestCase, auth_plain, client_tls_context

MESSAGE = b"Subject: access\r\n\r\nbody\r\n"


class AccessTest(RelayTestCase):
    settings = {"auth.max_failures": 50}  # the lockout has its own test
    agent_allow = ("127.0.0.1",)
    agent_trusted = ("127.0.0.1",)

    def smtps(self, source):
        return smtplib.SMTP_SSL(*self.relay.address("smtps"), timeout=10, context=client_tls_context(),
                                source_address=(source, 0))

    def auth_failure(self, source, username, password):
        with self.smtps(source) as client:
            client.ehlo("client.test")
            with self.assertRaises(smtplib.SMTPAuthenticationError) as caught:
                client.login(username, password)
            return caught.exception.smtp_code, caught.exception.smtp_error

    def test_auth_refused_off_the_allowlist(self):
        code, text = self.auth_failure("127.0.0.2", self.credential["username"], self.credential["password"])
        self.assertEqual(code, 535)
        self.assertTrue(text.startswith(b"5.7.8"), text)
        # The same credential works from the allowed address, so the refusal was the allowlist's doing.
        with self.smtps("127.0.0.1") as client:
            self.assertEqual(client.login(self.credential["username"], self.credential["password"])[0], 235)

    def test_no_user_enumeration(self):
        off_list = self.auth_failure("127.0.0.2", self.credential["username"], self.credential["password"])
        unknown_user = self.auth_failure("127.0.0.1", "rd_nosuchuser0000000000000000", "whatever-password")
        wrong_password = self.auth_failure("127.0.0.1", self.credential["username"], "wrong-password")
        self.assertEqual(off_list, unknown_user)
        self.assertEqual(unknown_user, wrong_password)
        self.assertEqual(unknown_user[0], 535)

    def test_unauthenticated_mail_refused_on_submission(self):
        with smtplib.SMTP(*self.relay.address("submission"), timeout=10) as client:
            client.ehlo("client.test")
            code, text = client.mail("a@sender.test")
            self.assertEqual((code, text[:5]), (530, b"5.7.0"), text)
            client.starttls(context=client_tls_context())
            client.ehlo("client.test")
            code, text = client.mail("a@sender.test")
            self.assertEqual((code, text[:5]), (530, b"5.7.0"), text)
            code, text = client.rcpt("b@rcpt.test")
            self.assertEqual(code // 100, 5, text)
            code, text = client.docmd("DATA")
            self.assertEqual(code // 100, 5, text)

    def test_unauthenticated_mail_refused_on_smtps(self):
        with self.smtps("127.0.0.1") as client:
            client.ehlo("client.test")
            code, text = client.mail("a@sender.test")
            self.assertEqual((code, text[:5]), (530, b"5.7.0"), text)

    def test_lan_refuses_untrusted_address(self):
        for tls in (False, True):
            with smtplib.SMTP(*self.relay.address("lan"), timeout=10, source_address=("127.0.0.3", 0)) as client:
                if tls:
                    client.starttls(context=client_tls_context())
                client.ehlo("client.test")
                code, text = client.mail("a@sender.test")
                self.assertEqual((code, text[:5]), (550, b"5.7.1"), text)
                code, _ = client.rcpt("b@rcpt.test")
                self.assertNotEqual(code, 250)

    def test_lan_offers_no_auth(self):
        with smtplib.SMTP(*self.relay.address("lan"), timeout=10, source_address=("127.0.0.3", 0)) as client:
            client.starttls(context=client_tls_context())
            client.ehlo("client.test")
            self.assertFalse(client.has_extn("auth"))
            code, _ = client.docmd("AUTH", "PLAIN " + auth_plain(self.credential["username"], self.credential["password"]))
            self.assertEqual(code, 503)
            self.assertEqual(client.mail("a@sender.test")[0], 550)

    def test_auth_not_offered_before_tls(self):
        session = RawSession(self.relay.address("submission"))
        try:
            self.assertEqual(session.read_reply()[0], 220)
            code, lines = session.command("EHLO client.test")
            self.assertEqual(code, 250)
            self.assertFalse(any(line[4:].upper().startswith("AUTH") for line in lines), lines)
            self.assertTrue(any(line[4:].upper() == "STARTTLS" for line in lines), lines)
            code, lines = session.command("AUTH PLAIN " + auth_plain(self.credential["username"],
                                                                       self.credential["password"]))
            self.assertEqual(code, 538, lines)
            self.assertTrue(lines[0].startswith("538 5.7.11"), lines)
            code, lines = session.command("AUTH LOGIN")
            self.assertEqual(code, 538, lines)
            self.assertEqual(session.command("MAIL FROM:<a@sender.test>")[0], 530)
        finally:
            session.close()

    def test_nothing_queued(self):
        # No test in this class sends a message that may be accepted: the refusals queued nothing.
        self.test_unauthenticated_mail_refused_on_submission()
        self.test_lan_refuses_untrusted_address()
        self.assertEqual(self.relay.message_count(), 0)


if __name__ == "__main__":
    unittest.main(verbosity=2)
