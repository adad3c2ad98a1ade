"""Sender domains (docs/protocols.md, "Sender domains") and message hygiene (RFC 6409 8.2, 8.3) against the real
headless engine, with clients nobody here wrote (Python's smtplib over STARTTLS and AUTH, swaks) and a real
receiver (aiosmtpd's Maildir handler as the smarthost) that shows what a peer gets:

- an agent sends only as its domains and exact addresses: any other envelope sender gets 553 5.7.1 at MAIL, a
  foreign From: header 550 5.7.1 at the end of DATA, both naming the allowed domains; subdomains and the null
  sender are refused;
- domains added or removed with the command line take effect on the running engine within a second or so;
- an agent with any-sender keeps the old behaviour; turning it off leaves it with its domains (here: none);
- a trusted device on the LAN relay listener sends as its agent's domains;
- a message without Message-ID: and Date: reaches the peer with both, one of each; one with its own keeps them.
"""

import email
import email.policy
import email.utils
import json
import os
import shutil
import smtplib
import socket
import subprocess
import sys
import tempfile
import time
import unittest
import uuid

from relaydesk_harness import Relay, client_tls_context, free_ports, queue_id_of, wait_until

SWAKS = "/usr/bin/swaks"


def message(sender_header, subject, extra_headers=""):
    return ("From: %s\r\nTo: <one@dest.test>\r\nSubject: %s\r\n%s\r\nHello.\r\n"
            % (sender_header, subject, extra_headers)).encode()


class SenderDomains(unittest.TestCase):
    """One engine for the class, delivering to an aiosmtpd Maildir receiver as its smarthost."""

    @classmethod
    def setUpClass(cls):
        cls.spool = tempfile.mkdtemp(prefix="relaydesk-senders-")
        cls.maildir = os.path.join(cls.spool, "Maildir")
        port = free_ports(1)[0]
        cls.peer = subprocess.Popen([sys.executable, "-m", "aiosmtpd", "-n", "-l", "127.0.0.1:%d" % port, "-c",
                                     "aiosmtpd.handlers.Mailbox", cls.maildir],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        cls.relay = Relay({"delivery.enabled": "true", "delivery.smarthost": "127.0.0.1:%d" % port,
                           "delivery.smarthost_tls": "opportunistic", "delivery.poll_interval": 1,
                           "server.hostname": "relay.test"}, prefix="relaydesk-senders-")
        try:
            if not wait_until(lambda: cls._listening(port), 10):
                raise AssertionError("aiosmtpd did not start")
            cls.shop = cls.relay.create_agent("shop", senders=("example.com", "billing@example.org"))
            cls.legacy = cls.relay.create_agent("legacy", any_sender=True)
            cls.switched = cls.relay.create_agent("switched", any_sender=True)
            cls.relay.create_agent("printers", allow=(), trusted=("127.0.0.1",), senders=("office.test",))
            cls.relay.start()
        except BaseException:
            cls.tearDownClass()
            raise

    @classmethod
    def tearDownClass(cls):
        try:
            if cls.relay.process:
                code = cls.relay.stop()
                if code != 0:
                    raise AssertionError("relaydesk exited with %s:\n%s" % (code, "\n".join(cls.relay.stderr_lines)))
        finally:
            cls.relay.cleanup()
            cls.peer.terminate()
            cls.peer.wait()
            shutil.rmtree(cls.spool, ignore_errors=True)

    @staticmethod
    def _listening(port):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return True
        except OSError:
            return False

    def submission(self, credential):
        client = smtplib.SMTP(*self.relay.address("submission"), timeout=20)
        client.starttls(context=client_tls_context())
        client.login(credential["username"], credential["password"])
        return client

    def delivered(self, subject):
        """The message with this subject as the peer received it, parsed; None until it arrives."""
        directory = os.path.join(self.maildir, "new")
        if not os.path.isdir(directory):
            return None
        for name in os.listdir(directory):
            with open(os.path.join(directory, name), "rb") as f:
                parsed = email.message_from_bytes(f.read(), policy=email.policy.compat32)
            if parsed["Subject"] == subject:
                return parsed
        return None

    # -- the envelope sender, at MAIL ------------------------------------------------------------------------
    def test_allowed_domain_and_address_accepted(self):
        with self.submission(self.shop) as client:
            for sender, header in (("anna@example.com", "Anna <anna@example.com>"),
                                   ("Anna@EXAMPLE.COM", "=?UTF-8?Q?Anna_M=C3=BCller?=\r\n <anna@example.com>"),
                                   ("billing@example.org", "\"Billing, Inc.\" <billing@example.org>")):
                client.sendmail(sender, ["one@dest.test"], message(header, "allowed " + uuid.uuid4().hex))
            # Its own address as the display name, as many mail programs write it, is no other address.
            client.sendmail("anna@example.com", ["one@dest.test"],
                            message("\"anna@example.com\" <anna@example.com>", "own " + uuid.uuid4().hex))

    def test_two_from_fields_are_refused(self):
        # RFC 5322 3.6: one From:. An outside tester's second one was delivered and signed (the check comes
        # before the sender rules: any-sender agents are held to it as well).
        with self.submission(self.shop) as client:
            with self.assertRaises(smtplib.SMTPDataError) as refused:
                client.sendmail("anna@example.com", ["one@dest.test"],
                                "From: anna@example.com\r\nFrom: anna2@example.com\r\nSubject: two\r\n\r\nbody\r\n")
            self.assertEqual(refused.exception.smtp_code, 550)
            self.assertEqual(refused.exception.smtp_error.decode(),
                             "5.6.0 Message refused: more than one From: header field (RFC 5322 3.6 allows one)")

    def test_other_sender_refused_at_mail_naming_the_domains(self):
        with self.submission(self.shop) as client:
            for sender in ("anna@other.test", "anna@mail.example.com", "sales@example.org", ""):
                with self.assertRaises(smtplib.SMTPSenderRefused) as refused:
                    client.sendmail(sender, ["one@dest.test"], message("<anna@example.com>", "refused"))
                self.assertEqual(refused.exception.smtp_code, 553, sender)
                text = refused.exception.smtp_error.decode()
                self.assertTrue(text.startswith("5.7.1 "), text)
                self.assertIn("allowed: example.com, billing@example.org", text)
                client.rset()

    def test_swaks_sees_the_refusal(self):
        credential = self.shop
        if credential["password"].startswith("-"):  # swaks would read it as an option
            credential = json.loads(self.relay.cli("credential", "create", "shop", json_output=True).stdout)["credential"]
        result = subprocess.run([SWAKS, "--server", "127.0.0.1:%d" % self.relay.ports["submission"], "--tls",
                                 "--from", "anna@other.test", "--to", "one@dest.test", "--auth", "PLAIN",
                                 "--auth-user", credential["username"], "--auth-password", credential["password"],
                                 "--timeout", "10"], capture_output=True, text=True, timeout=60)
        self.assertNotEqual(result.returncode, 0, result.stdout)
        self.assertIn("553 5.7.1 Sender address not allowed for this agent; allowed: example.com", result.stdout)

    # -- the From: header, at the end of DATA -----------------------------------------------------------------
    def test_foreign_from_header_refused_at_data(self):
        with self.submission(self.shop) as client:
            for header in ("Boss <boss@other.test>", "anna@example.com, mallory@evil.test", "Anna Example",
                           "\"anna@example.com\" <anna@mail.example.com>",
                           # An address as an unquoted display name: shown as the sender by mail programs
                           # (an outside tester's was delivered).
                           "ceo@bank.example <anna@example.com>",
                           # ... and quoted, encoded or as a comment, which mail programs show the same way
                           # (an outside tester's three were delivered and signed).
                           "\"eve@evil.test\" <anna@example.com>",
                           "=?utf-8?q?eve=40evil=2Etest?= <anna@example.com>",
                           "anna@example.com (eve@evil.test)",
                           "undisclosed:;"):
                with self.assertRaises(smtplib.SMTPDataError) as refused:
                    client.sendmail("anna@example.com", ["one@dest.test"], message(header, "forged"))
                self.assertEqual(refused.exception.smtp_code, 550, header)
                text = refused.exception.smtp_error.decode()
                self.assertTrue(text.startswith("5.7.1 From: header"), text)
                self.assertIn("allowed: example.com, billing@example.org", text)

    def test_foreign_resent_fields_refused_at_data(self):
        # RFC 5322 3.6.6: an outside tester's Resent-From: x@evil.test, with an allowed envelope and From:, was
        # accepted and signed with the office's DKIM key.
        with self.submission(self.shop) as client:
            for field in ("Resent-From: x@evil.test", "Resent-Sender: x@evil.test"):
                body = ("From: anna@example.com\r\n%s\r\nTo: one@dest.test\r\nSubject: resent\r\n\r\nhi\r\n"
                        % field)
                with self.assertRaises(smtplib.SMTPDataError) as refused:
                    client.sendmail("anna@example.com", ["one@dest.test"], body)
                self.assertEqual(refused.exception.smtp_code, 550, field)
                text = refused.exception.smtp_error.decode()
                self.assertTrue(text.startswith("5.7.1 %s header" % field.split(" ")[0]), text)
                self.assertIn("allowed: example.com, billing@example.org", text)

    # -- changes reach the running engine ---------------------------------------------------------------------
    def test_cli_changes_take_effect_on_the_running_engine(self):
        with self.submission(self.shop) as client:
            def accepted(sender):
                code, _ = client.mail(sender)
                client.rset()
                return code == 250

            self.assertFalse(accepted("anna@added.test"))
            self.relay.cli("domain", "add", "shop", "added.test")
            started = time.monotonic()
            self.assertTrue(wait_until(lambda: accepted("anna@added.test"), 5, step=0.05))
            added_after = time.monotonic() - started
            self.relay.cli("domain", "remove", "shop", "added.test")
            started = time.monotonic()
            self.assertTrue(wait_until(lambda: not accepted("anna@added.test"), 5, step=0.05))
            removed_after = time.monotonic() - started
            # The change watch polls every 250 ms: well within a second, with room for a slow sanitizer build.
            self.assertLess(max(added_after, removed_after), 2.5, (added_after, removed_after))
            code, text = client.mail("anna@added.test")
            self.assertEqual(code, 553)
            self.assertNotIn(b"added.test", text)
            # The session itself lives on: the change is to what it may send as, not to its credential.
            client.sendmail("anna@example.com", ["one@dest.test"], message("<anna@example.com>", "still on"))
        listed = json.loads(self.relay.cli("domain", "list", "shop", json_output=True).stdout)
        self.assertEqual(listed, [{"agent": "shop", "any_sender": False,
                                   "sender_domains": ["example.com", "billing@example.org"]}])

    def test_removing_a_domain_in_use_says_whose_mail_it_refuses(self):
        # The window asks first; the command line, which scripts run too, says at once whose mail of the last
        # week is refused now and how to undo it (an outside tester's removal stopped an application's mail
        # without a word).
        self.relay.cli("domain", "add", "shop", "inuse.test")
        with self.submission(self.shop) as client:
            def sent():
                try:
                    client.sendmail("orders@inuse.test", ["one@dest.test"],
                                    message("orders@inuse.test", "in use " + uuid.uuid4().hex))
                    return True
                except smtplib.SMTPSenderRefused:
                    client.rset()
                    return False
            self.assertTrue(wait_until(sent, 5, step=0.1))
        removed = self.relay.cli("domain", "remove", "shop", "inuse.test")
        self.assertIn("mail from orders@inuse.test went through 'shop' in the last 7 days; it is refused now "
                      "(553 5.7.1). 'relaydesk domain add shop inuse.test' takes it again.", removed.stderr)
        # A domain nobody sent as goes without a word.
        self.relay.cli("domain", "add", "shop", "unused.test")
        quiet = self.relay.cli("domain", "remove", "shop", "unused.test")
        self.assertNotIn("refused now", quiet.stderr)

    def test_an_ip_address_is_no_sender_domain(self):
        # "domain add shop 1.2.3.4" was taken, and MAIL FROM:<a@1.2.3.4> then passed; an IP address names no
        # domain (RFC 5321 4.1.3 writes it [1.2.3.4], and RFC 3696 2: no top-level label is all digits).
        for entry in ("1.2.3.4", "a@1.2.3.4"):
            result = self.relay.cli("domain", "add", "shop", entry, check=False)
            self.assertEqual(result.returncode, 2, result.stdout)
            self.assertIn("'1.2.3.4' is an IP address, not a domain name", result.stderr)
        listed = json.loads(self.relay.cli("domain", "list", "shop", json_output=True).stdout)
        self.assertEqual(listed[0]["sender_domains"], ["example.com", "billing@example.org"])

    # -- any sender -------------------------------------------------------------------------------------------
    def test_any_sender_agent_accepts_anyone(self):
        with self.submission(self.legacy) as client:
            client.sendmail("whoever@anywhere.test", ["one@dest.test"],
                            message("Someone <someone@else.test>", "any " + uuid.uuid4().hex))
            client.sendmail("", ["one@dest.test"], message("<mailer-daemon@anywhere.test>", "null sender"))

    def test_any_sender_turned_off_leaves_the_domains(self):
        result = self.relay.cli("agent", "set-any-sender", "switched", "off")
        self.assertIn("no sender domains", result.stderr)
        with self.submission(self.switched) as client:
            def refused():
                code, _ = client.mail("a@anywhere.test")
                client.rset()
                return code == 553

            self.assertTrue(wait_until(refused, 5, step=0.05))
            code, text = client.mail("a@anywhere.test")
            self.assertEqual((code, text), (553, b"5.7.1 Sender address not allowed for this agent; allowed: none"))
        self.relay.cli("agent", "set-any-sender", "switched", "on")

    # -- the LAN relay listener ---------------------------------------------------------------------------------
    def test_lan_trusted_device_sends_as_its_agents_domains(self):
        with smtplib.SMTP(*self.relay.address("lan"), timeout=20) as client:
            client.ehlo("printer.test")
            client.sendmail("scan@office.test", ["one@dest.test"], message("Scanner <scan@office.test>", "scan"))
            with self.assertRaises(smtplib.SMTPSenderRefused) as refused:
                client.sendmail("scan@elsewhere.test", ["one@dest.test"], message("<scan@office.test>", "x"))
            self.assertEqual(refused.exception.smtp_code, 553)
            self.assertIn(b"allowed: office.test", refused.exception.smtp_error)
            client.rset()
            with self.assertRaises(smtplib.SMTPDataError) as refused:
                client.sendmail("scan@office.test", ["one@dest.test"], message("<scan@elsewhere.test>", "x"))
            self.assertEqual(refused.exception.smtp_code, 550)

    # -- message hygiene: what the peer receives --------------------------------------------------------------
    def test_message_id_and_date_added_when_missing(self):
        bare = "hygiene " + uuid.uuid4().hex
        own = "own fields " + uuid.uuid4().hex
        with self.submission(self.shop) as client:
            client.ehlo()
            client.mail("anna@example.com")
            client.rcpt("one@dest.test")
            code, text = client.data(message("<anna@example.com>", bare))
            self.assertEqual(code, 250, text)
            queue_id = queue_id_of(text)
            client.sendmail("anna@example.com", ["one@dest.test"],
                            message("<anna@example.com>", own,
                                    "Message-ID: <own.1@client.test>\r\nDate: Thu, 1 Jan 2026 08:00:00 +0100\r\n"))
        self.assertTrue(wait_until(lambda: self.delivered(bare) and self.delivered(own), 30),
                        os.listdir(self.maildir) if os.path.isdir(self.maildir) else "no Maildir")
        received = self.delivered(bare)
        self.assertEqual(received.get_all("Message-ID"), ["<%s@relay.test>" % queue_id])
        dates = received.get_all("Date")
        self.assertEqual(len(dates), 1)
        when = email.utils.parsedate_to_datetime(dates[0])
        self.assertLess(abs(time.time() - when.timestamp()), 300)
        # The added fields belong to the header section; the body is untouched.
        self.assertEqual(received.get_payload().strip(), "Hello.")
        kept = self.delivered(own)
        self.assertEqual(kept.get_all("Message-ID"), ["<own.1@client.test>"])
        self.assertEqual(kept.get_all("Date"), ["Thu, 1 Jan 2026 08:00:00 +0100"])

    def test_a_message_without_from_gets_its_envelope_sender(self):
        # An outside tester's message without From: was relayed without one: RFC 5322 requires it, DKIM signs
        # it, and a receiver showed whatever it made of the sender. It gets the envelope sender, which MAIL
        # checked against the agent's domains; a From: of its own is kept as it is.
        subject = "no from " + uuid.uuid4().hex
        with self.submission(self.shop) as client:
            client.sendmail("anna@example.com", ["one@dest.test"],
                            ("To: <one@dest.test>\r\nSubject: %s\r\n\r\nHello.\r\n" % subject).encode())
        self.assertTrue(wait_until(lambda: self.delivered(subject), 30))
        received = self.delivered(subject)
        self.assertEqual(received.get_all("From"), ["<anna@example.com>"])
        self.assertEqual(received.get_payload().strip(), "Hello.")


if __name__ == "__main__":
    unittest.main(verbosity=2)
