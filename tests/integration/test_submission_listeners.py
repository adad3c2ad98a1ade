"""A good submission on each listener, by clients nobody here wrote: smtplib, swaks and msmtp.

Each message must be in the queue with its sender and recipients, and carry a Received: header naming the
listener, the TLS version and cipher and the Mail Agent, but never the credential.
"""

import json
import os
import re
import smtplib
import subprocess
import tempfile
import time
import unittest
import uuid

from relaydesk_harness import RelayTestCase, client_tls_context, queue_id_of, write_msmtprc

SENDER = "app@sender.test"


def make_message(subject, body="Hello from the integration tests.\r\n"):
    return ("From: App <%s>\r\nTo: Someone <one@rcpt.test>\r\nSubject: %s\r\n\r\n%s" % (SENDER, subject, body)).encode()


class GoodSubmissionTest(RelayTestCase):

    def assert_queued(self, queue_id, listener, recipients, subject, tls=True, agent="it-agent", auth=True,
                      received_agent=None):
        self.assertTrue(queue_id, "no queue id in the 250 reply")
        message = self.find_message(queue_id)
        self.assertIsNotNone(message, "message %s not in the queue" % queue_id)
        self.assertEqual(message["sender"], SENDER)
        self.assertEqual(sorted(message["recipients"]), sorted(recipients))
        self.assertEqual(message["listener"], listener)
        self.assertEqual(message["agent_name"], agent)
        body = message["body"].decode("latin-1")
        self.assertTrue(body.startswith("Received: "), body[:200])
        received = body.split("\r\n\r\n", 1)[0].split("\r\nFrom:", 1)[0]
        self.assertIn("(RelayDesk %s listener)" % listener, received)
        self.assertIn("id " + queue_id, received)
        # The agent's name stays in the office: recipients read this field (the queue id leads to it).
        self.assertNotIn("Mail Agent", received)
        self.assertNotIn(received_agent or agent, received)
        if tls:
            self.assertRegex(received, r"\(using TLSv1\.[23] with cipher [A-Z0-9_-]+\)")
            self.assertIn("with ESMTPS%s " % ("A" if auth else ""), received)
        self.assertIn("Subject: " + subject, body)
        # docs/architecture.md, "secrets stay secret": the credential never appears in the message.
        self.assertNotIn(self.credential["password"], body)
        self.assertNotIn(self.credential["username"], body)
        return message

    def test_smtplib_starttls_auth_on_submission(self):
        subject = "starttls " + uuid.uuid4().hex
        with smtplib.SMTP(*self.relay.address("submission"), timeout=10) as client:
            client.ehlo("client.test")
            self.assertFalse(client.has_extn("auth"), "AUTH offered before TLS")
            self.assertTrue(client.has_extn("starttls"))
            client.starttls(context=client_tls_context())
            client.ehlo("client.test")
            for extension in ("auth", "pipelining", "size", "8bitmime", "enhancedstatuscodes"):
                self.assertTrue(client.has_extn(extension), extension)
            self.assertFalse(client.has_extn("starttls"))
            self.assertIn("PLAIN", client.esmtp_features["auth"].upper())
            self.assertIn("LOGIN", client.esmtp_features["auth"].upper())
            client.login(self.credential["username"], self.credential["password"])
            self.assertEqual(client.mail(SENDER)[0], 250)
            self.assertEqual(client.rcpt("one@rcpt.test")[0], 250)
            self.assertEqual(client.rcpt("two@rcpt.test")[0], 250)
            code, text = client.data(make_message(subject))
            self.assertEqual(code, 250, text)
            self.assertTrue(text.startswith(b"2.0.0"), text)
        self.assert_queued(queue_id_of(text), "submission", ["one@rcpt.test", "two@rcpt.test"], subject)

    def test_smtplib_auth_login_mechanism(self):
        subject = "login " + uuid.uuid4().hex
        with smtplib.SMTP(*self.relay.address("submission"), timeout=10) as client:
            client.starttls(context=client_tls_context())
            client.ehlo("client.test")
            client.user, client.password = self.credential["username"], self.credential["password"]
            code, text = client.auth("LOGIN", client.auth_login, initial_response_ok=False)
            self.assertEqual(code, 235, text)
            client.mail(SENDER)
            client.rcpt("one@rcpt.test")
            code, text = client.data(make_message(subject))
            self.assertEqual(code, 250, text)
        self.assert_queued(queue_id_of(text), "submission", ["one@rcpt.test"], subject)

    def test_smtplib_ssl_auth_on_smtps(self):
        subject = "smtps " + uuid.uuid4().hex
        with smtplib.SMTP_SSL(*self.relay.address("smtps"), timeout=10, context=client_tls_context()) as client:
            client.ehlo("client.test")
            self.assertTrue(client.has_extn("auth"))
            self.assertFalse(client.has_extn("starttls"))
            client.login(self.credential["username"], self.credential["password"])
            client.mail(SENDER)
            client.rcpt("one@rcpt.test")
            code, text = client.data(make_message(subject))
            self.assertEqual(code, 250, text)
            version = client.sock.version()
        message = self.assert_queued(queue_id_of(text), "smtps", ["one@rcpt.test"], subject)
        self.assertIn("using %s with cipher" % version, message["body"].decode("latin-1"))

    def test_lan_relay_from_trusted_device(self):
        subject = "lan " + uuid.uuid4().hex
        with smtplib.SMTP(*self.relay.address("lan"), timeout=10) as client:
            client.ehlo("printer.test")
            self.assertFalse(client.has_extn("auth"), "AUTH offered on the LAN listener")
            self.assertTrue(client.has_extn("starttls"))
            client.mail(SENDER)
            client.rcpt("one@rcpt.test")
            code, text = client.data(make_message(subject))
            self.assertEqual(code, 250, text)
        message = self.assert_queued(queue_id_of(text), "lan", ["one@rcpt.test"], subject, tls=False)
        self.assertIn("with ESMTP id", message["body"].decode("latin-1"))
        self.assertEqual(message["client_address"], "127.0.0.1")

    def test_an_agent_named_with_accents(self):
        # An office names its agents in its own language (an outside tester's "Büro-Drucker" was refused). The
        # name is kept as given; the Received: field, which must stay US-ASCII, carries it without accents.
        name = "B\u00fcro-Drucker"
        self.relay.cli("agent", "create", name, "--trusted-device", "127.0.0.2", "--any-sender")
        shown = json.loads(self.relay.cli("agent", "show", "B\u00dcRO-DRUCKER", json_output=True).stdout)
        self.assertEqual(shown["name"], name)
        subject = "accents " + uuid.uuid4().hex

        def send():
            with smtplib.SMTP(*self.relay.address("lan"), timeout=10, source_address=("127.0.0.2", 0)) as client:
                client.ehlo("printer.test")
                client.mail(SENDER)
                client.rcpt("one@rcpt.test")
                return client.data(make_message(subject))

        # The running relay takes the new agent within its change poll.
        for _ in range(50):
            code, text = send()
            if code == 250:
                break
            time.sleep(0.1)
        self.assertEqual(code, 250, text)
        message = self.assert_queued(queue_id_of(text), "lan", ["one@rcpt.test"], subject, tls=False,
                                     agent=name, received_agent="Buro-Drucker")
        self.assertTrue(all(b < 0x80 for b in message["body"].split(b"\r\n\r\n", 1)[0]))

    def test_lan_relay_with_starttls(self):
        subject = "lan-tls " + uuid.uuid4().hex
        with smtplib.SMTP(*self.relay.address("lan"), timeout=10) as client:
            client.starttls(context=client_tls_context())
            client.ehlo("printer.test")
            client.mail(SENDER)
            client.rcpt("one@rcpt.test")
            code, text = client.data(make_message(subject))
            self.assertEqual(code, 250, text)
        self.assert_queued(queue_id_of(text), "lan", ["one@rcpt.test"], subject, auth=False)

    def swaks_credential(self):
        """The agent's credential, or a new one of the same agent if the password starts with "-": swaks reads
        such a value as an option whatever the spelling ("Unknown option"), 1 in 64 generated passwords."""
        credential = self.credential
        for _ in range(20):
            if not credential["password"].startswith("-"):
                return credential
            created = json.loads(self.relay.cli("credential", "create", self.agent_name, json_output=True).stdout)
            credential = created["credential"]
        self.fail("20 new credentials in a row had a password starting with '-'")

    def run_swaks(self, *extra):
        credential = self.swaks_credential()
        subject = "swaks " + uuid.uuid4().hex
        command = ["/usr/bin/swaks", "--from", SENDER, "--to", "one@rcpt.test,two@rcpt.test", "--helo", "swaks.test",
                   "--auth", "PLAIN", "--auth-user", credential["username"],
                   "--auth-password", credential["password"], "--header", "Subject: " + subject,
                   "--body", "Sent by swaks", "--timeout", "10"] + list(extra)
        result = subprocess.run(command, capture_output=True, text=True, timeout=60)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        match = re.search(r"<~* +250 2\.0\.0 OK: queued as (\S+)", result.stdout)
        self.assertIsNotNone(match, result.stdout)
        return match.group(1), subject, result.stdout

    def test_swaks_starttls_auth(self):
        queue_id, subject, transcript = self.run_swaks("--server", "127.0.0.1:%d" % self.relay.ports["submission"],
                                                       "--tls")
        self.assertIn("TLS started", transcript)
        self.assert_queued(queue_id, "submission", ["one@rcpt.test", "two@rcpt.test"], subject)

    def test_swaks_implicit_tls_auth(self):
        queue_id, subject, _ = self.run_swaks("--server", "127.0.0.1:%d" % self.relay.ports["smtps"], "--tls-on-connect")
        self.assert_queued(queue_id, "smtps", ["one@rcpt.test", "two@rcpt.test"], subject)

    def test_msmtp_starttls_auth(self):
        subject = "msmtp " + uuid.uuid4().hex
        with tempfile.TemporaryDirectory() as home:
            config = write_msmtprc(home, self.relay.ports["submission"], SENDER, self.credential)
            result = subprocess.run(["/usr/bin/msmtp", "-C", config, "-d", "one@rcpt.test"], input=make_message(subject),
                                    capture_output=True, timeout=60, env=dict(os.environ, HOME=home))
        transcript = result.stdout.decode("latin-1") + result.stderr.decode("latin-1")
        self.assertEqual(result.returncode, 0, transcript)
        match = re.search(r"250 2\.0\.0 OK: queued as (\S+)", transcript)
        self.assertIsNotNone(match, transcript)
        self.assert_queued(match.group(1), "submission", ["one@rcpt.test"], subject)

    def test_password_never_stored(self):
        # docs/architecture.md, "secrets stay secret": only the Argon2id hash is kept; no file in the data directory holds the password.
        password = self.credential["password"].encode()
        for root, _, files in os.walk(self.relay.dir):
            for name in files:
                if not os.path.isfile(os.path.join(root, name)):
                    continue  # the control channel's socket holds nothing to read
                with open(os.path.join(root, name), "rb") as f:
                    self.assertNotIn(password, f.read(), os.path.join(root, name))


if __name__ == "__main__":
    unittest.main(verbosity=2)
