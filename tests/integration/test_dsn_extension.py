"""The DSN extension (RFC 3461) end to end, with clients and servers nobody here wrote.

Clients: msmtp (--dsn-notify, --dsn-return) and Python's smtplib (mail and rcpt options) on the submission
listener with STARTTLS and AUTH. Receivers: Postfix's smtp-sink three times, each dumping what it receives
with the MAIL and RCPT arguments it was given (X-Mail-Args, X-Rcpt-Args): one that offers DSN (dsn.test), one
started with -N, which does not (plain.test, also the senders' domain, so that the relay's notices arrive
there), and one that refuses every RCPT with a 5xx (fail.test). Notices are parsed with Python's email package.
"""

import email
import email.policy
import os
import shutil
import smtplib
import subprocess
import tempfile
import time
import unittest

from relaydesk_harness import Relay, client_tls_context, free_ports, listening, wait_until, write_msmtprc

SMTP_SINK = "/usr/sbin/smtp-sink"
SENDER = "app@plain.test"


class Sink:
    """One smtp-sink on a free loopback port, dumping each transaction to a file of its own."""

    def __init__(self, *options):
        self.port = free_ports(1)[0]
        self.spool = tempfile.mkdtemp(prefix="relaydesk-dsnsink-")
        self.process = subprocess.Popen([SMTP_SINK, "-u", os.environ.get("USER", "root"), *options, "-d",
                                         self.spool + "/msg.", "127.0.0.1:%d" % self.port, "20"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        assert wait_until(lambda: listening(self.port), 10), "smtp-sink did not start"

    def transactions(self):
        found = []
        for name in sorted(os.listdir(self.spool)):
            with open(os.path.join(self.spool, name), "rb") as f:
                found.append(f.read())
        return found

    def close(self):
        self.process.terminate()
        self.process.wait()
        shutil.rmtree(self.spool, ignore_errors=True)


def dump_fields(dump, name):
    """The values of smtp-sink's own header records (X-Mail-Args, X-Rcpt-Args) of one dumped transaction."""
    head = dump.split(b"\n\n", 1)[0].replace(b"\r\n", b"\n")
    return [line.split(b": ", 1)[1].decode() for line in head.split(b"\n") if line.startswith(name.encode() + b": ")]


def message_of(dump):
    """The message smtp-sink received, without its own records in front."""
    text = dump.replace(b"\r\n", b"\n")
    start = text.find(b"\nReceived: from ")
    start = text.find(b"\n", text.find(b"\n", text.find(b"\n", start + 1) + 1) + 1) + 1  # its 3-line Received:
    return email.message_from_bytes(text[start:], policy=email.policy.compat32)


def report(notice):
    """(per-message fields, [per-recipient fields], the text for people) of a multipart/report."""
    assert notice.get_content_type() == "multipart/report", notice.get_content_type()
    parts = notice.get_payload()
    blocks = parts[1].get_payload()
    return blocks[0], blocks[1:], parts[0].get_payload(decode=True).decode()


@unittest.skipUnless(os.access(SMTP_SINK, os.X_OK), "Postfix smtp-sink is not installed")
class DsnExtension(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.offering = Sink()
        cls.plain = Sink("-N")
        cls.refusing = Sink("-N", "-f", "RCPT")
        # A short host name beside a full EHLO name: the notices carry the full one (an outside tester's came
        # from MAILER-DAEMON@vm).
        cls.relay = Relay({"delivery.enabled": "true", "delivery.poll_interval": 1, "delivery.retry_first": 1,
                           "delivery.retry_max": 2, "server.hostname": "vm", "delivery.helo_name": "mail.plain.test"},
                          prefix="relaydesk-dsn-")
        try:
            for domain, sink in (("dsn.test", cls.offering), ("plain.test", cls.plain), ("fail.test", cls.refusing)):
                cls.relay.cli("route", "add", domain, "127.0.0.1:%d" % sink.port, "--tls", "none")
            cls.credential = cls.relay.create_agent("billing", allow=("127.0.0.1",), senders=("plain.test",))
            cls.relay.start()
        except BaseException:
            cls.relay.cleanup()
            for sink in (cls.offering, cls.plain, cls.refusing):
                sink.close()
            raise

    @classmethod
    def tearDownClass(cls):
        try:
            cls.relay.stop()
        finally:
            cls.relay.cleanup()
            for sink in (cls.offering, cls.plain, cls.refusing):
                sink.close()

    def submit(self, recipients, subject, mail_options=()):
        """recipients: [(address, [rcpt options])]; returns the queue id."""
        body = ("From: %s\r\nTo: %s\r\nSubject: %s\r\n\r\nHello.\r\n"
                % (SENDER, ", ".join(r for r, _ in recipients), subject)).encode()
        with smtplib.SMTP(*self.relay.address("submission"), timeout=20) as client:
            client.starttls(context=client_tls_context())
            client.login(self.credential["username"], self.credential["password"])
            client.mail(SENDER, list(mail_options))
            for address, options in recipients:
                code, text = client.rcpt(address, list(options))
                self.assertEqual(code, 250, text)
            code, text = client.data(body)
            self.assertEqual(code, 250, text)
        return text.decode().split("queued as ")[1].split()[0]

    def notices(self, subject):
        """The relay's notices about the message with this subject that reached the sender's server."""
        found = []
        for dump in self.plain.transactions():
            if dump_fields(dump, "X-Mail-Args") != ["<>"]:
                continue
            notice = message_of(dump)
            if subject.encode() in dump:
                found.append(notice)
        return found

    def test_msmtp_asks_for_notices_and_they_go_on_to_a_server_that_offers_dsn(self):
        # msmtp refused to send at all ("the server does not support DSN", exit 69) while the relay did not
        # offer it (an outside tester).
        subject = "msmtp-dsn-%d" % time.time_ns()
        with tempfile.TemporaryDirectory() as home:
            config = write_msmtprc(home, self.relay.ports["submission"], SENDER, self.credential)
            message = ("From: %s\r\nTo: one@dsn.test\r\nSubject: %s\r\n\r\nHello.\r\n" % (SENDER, subject)).encode()
            result = subprocess.run(["/usr/bin/msmtp", "-C", config, "--dsn-notify=failure,delay",
                                     "--dsn-return=headers", "one@dsn.test"], input=message, capture_output=True,
                                    timeout=60, env=dict(os.environ, HOME=home))
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)

        def passed_on():
            return [d for d in self.offering.transactions() if subject.encode() in d]
        self.assertTrue(wait_until(passed_on, 20), "not delivered to the server that offers DSN")
        dump = passed_on()[0]
        self.assertIn("RET=HDRS", dump_fields(dump, "X-Mail-Args")[0])
        self.assertEqual(len(dump_fields(dump, "X-Rcpt-Args")), 1)
        self.assertIn("NOTIFY=FAILURE,DELAY", dump_fields(dump, "X-Rcpt-Args")[0])

    def test_orcpt_and_envid_go_on_as_given(self):
        subject = "orcpt-%d" % time.time_ns()
        self.submit([("two@dsn.test", ["NOTIFY=SUCCESS", "ORCPT=rfc822;Two+40dsn.test"])], subject,
                    ["RET=FULL", "ENVID=E+2B2"])

        def passed_on():
            return [d for d in self.offering.transactions() if subject.encode() in d]
        self.assertTrue(wait_until(passed_on, 20))
        dump = passed_on()[0]
        self.assertIn("RET=FULL", dump_fields(dump, "X-Mail-Args")[0])
        self.assertIn("ENVID=E+2B2", dump_fields(dump, "X-Mail-Args")[0])
        self.assertIn("NOTIFY=SUCCESS", dump_fields(dump, "X-Rcpt-Args")[0])
        self.assertIn("ORCPT=rfc822;Two+40dsn.test", dump_fields(dump, "X-Rcpt-Args")[0])
        # The server that offers DSN reports success itself: no "relayed" notice from the relay.
        time.sleep(2)
        self.assertEqual(self.notices(subject), [])

    def test_success_at_a_server_without_dsn_is_reported_relayed(self):
        subject = "relayed-%d" % time.time_ns()
        self.submit([("three@plain.test", ["NOTIFY=SUCCESS", "ORCPT=rfc822;Three+40plain.test"]),
                     ("four@plain.test", [])], subject, ["RET=HDRS", "ENVID=QQ+2B314"])
        self.assertTrue(wait_until(lambda: self.notices(subject), 20), "no success notice")
        time.sleep(1)
        notices = self.notices(subject)
        self.assertEqual(len(notices), 1)
        notice = notices[0]
        self.assertEqual(notice["Subject"], "Successful Mail Relay Report")
        self.assertEqual(notice["From"], "Mail Delivery System <MAILER-DAEMON@mail.plain.test>")
        per_message, per_recipient, text = report(notice)
        self.assertEqual(per_message["Original-Envelope-Id"], "QQ+314")
        self.assertEqual(per_message["Reporting-MTA"], "dns; mail.plain.test")
        self.assertEqual(len(per_recipient), 1, per_recipient)  # four@ asked for nothing: no success report
        self.assertEqual(per_recipient[0]["Original-Recipient"], "rfc822;Three@plain.test")
        self.assertEqual(per_recipient[0]["Final-Recipient"], "rfc822; three@plain.test")
        self.assertEqual(per_recipient[0]["Action"], "relayed")
        self.assertEqual(per_recipient[0]["Status"], "2.0.0")
        self.assertIn("Subject: " + subject, text)
        # What the relay sent on to the server without DSN carries none of it (RFC 3461 6.2).
        dumps = [d for d in self.plain.transactions() if subject.encode() in d and dump_fields(d, "X-Mail-Args") != ["<>"]]
        self.assertEqual(len(dumps), 1)
        self.assertNotIn("RET=", dump_fields(dumps[0], "X-Mail-Args")[0])
        self.assertTrue(all("NOTIFY=" not in args for args in dump_fields(dumps[0], "X-Rcpt-Args")))

    def test_never_means_no_notice(self):
        subject = "never-%d" % time.time_ns()
        self.submit([("never@fail.test", ["NOTIFY=NEVER"]), ("told@fail.test", [])], subject)
        self.assertTrue(wait_until(lambda: self.notices(subject), 20), "no failure notice")
        time.sleep(1)
        notices = self.notices(subject)
        self.assertEqual(len(notices), 1)
        _, per_recipient, _ = report(notices[0])
        self.assertEqual([r["Final-Recipient"] for r in per_recipient], ["rfc822; told@fail.test"])
        self.assertEqual(per_recipient[0]["Action"], "failed")

    def test_bad_values_are_refused_with_enhanced_codes(self):
        with smtplib.SMTP(*self.relay.address("submission"), timeout=20) as client:
            client.starttls(context=client_tls_context())
            client.login(self.credential["username"], self.credential["password"])
            self.assertIn("dsn", client.esmtp_features)
            code, text = client.mail(SENDER, ["RET=EVERYTHING"])
            self.assertEqual((code, text[:5]), (501, b"5.5.4"), text)
            self.assertEqual(client.mail(SENDER, ["ENVID=x"])[0], 250)
            code, text = client.rcpt("five@dsn.test", ["NOTIFY=NEVER,SUCCESS"])
            self.assertEqual((code, text[:5]), (501, b"5.5.4"), text)
            code, text = client.rcpt("five@dsn.test", ["ORCPT=five@dsn.test"])
            self.assertEqual((code, text[:5]), (501, b"5.5.4"), text)


if __name__ == "__main__":
    unittest.main(verbosity=2)
