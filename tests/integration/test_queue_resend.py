"""`relaydesk queue resend ID` against a running `relaydesk --headless`: a message submitted over SMTP (Python's
smtplib on the LAN listener) is queued again as a new message for the same recipients with the same body, the
original stays as it was, and the running engine delivers the copy at once (it hears of it through the
admin_changes 'queue' topic, not its hourly poll). Once the body is gone (retention.bodies = 0 and every
recipient final) there is nothing to resend, and the command says so.

Run: ctest --test-dir build -R test_queue_resend -V
"""

import contextlib
import json
import smtplib
import threading
import unittest

from aiosmtpd.controller import Controller

from relaydesk_harness import Relay, RelayTestCase, free_ports, queue_id_of, wait_until

SENDER = "app@sender.test"
MESSAGE = ("From: Billing <app@sender.test>\r\n"
           "To: carla@dest.test, dora@dest.test\r\n"
           "Subject: =?UTF-8?Q?Rechnung_f=C3=BCr_M=C3=A4rz?=\r\n"
           "Message-ID: <resend-1@sender.test>\r\n"
           "MIME-Version: 1.0\r\n"
           "Content-Type: multipart/alternative; boundary=\"b1\"\r\n"
           "\r\n"
           "--b1\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n"
           "Content-Transfer-Encoding: quoted-printable\r\n"
           "\r\n"
           "Gr=C3=BC=C3=9Fe, the invoice is attached.\r\n"
           "--b1\r\n"
           "Content-Type: text/html; charset=utf-8\r\n"
           "\r\n"
           "<p>Gr&uuml;&szlig;e</p>\r\n"
           "--b1--\r\n")


def submit(relay, recipients):
    with smtplib.SMTP(*relay.address("lan"), timeout=30) as client:
        client.ehlo("client.test")
        client.mail(SENDER)
        for recipient in recipients:
            client.rcpt(recipient)
        code, text = client.data(MESSAGE.encode())
        assert code == 250, (code, text)
    return queue_id_of(text)


def stored(relay, queue_id):
    return next((m for m in relay.messages() if m["queue_id"] == queue_id), None)


def states(relay, queue_id):
    with contextlib.closing(relay.db()) as db:
        return {row[0]: row[1] for row in db.execute(
            "SELECT r.address, r.state FROM recipients r JOIN messages m ON m.id = r.message_id"
            " WHERE m.queue_id = ? ORDER BY r.id", (queue_id,))}


class ResendInTheStore(RelayTestCase):
    """Delivery off (the harness default): what the command writes to the store."""

    agent_trusted = ("127.0.0.1",)

    def test_resend_queues_a_copy_for_the_same_recipients(self):
        recipients = ["carla@dest.test", "dora@dest.test"]
        # A finished message whose body is kept: bodies stay a week, and the message is bounced.
        self.relay.cli("config", "set", "retention.bodies", "7")
        original_id = submit(self.relay, recipients)
        self.relay.cli("queue", "bounce", original_id)
        original = stored(self.relay, original_id)
        self.assertEqual(original["recipients"], recipients)
        self.assertIn(b"the invoice is attached", original["body"])

        run = self.relay.cli("--log-level", "info", "queue", "resend", original_id, json_output=True)
        result = json.loads(run.stdout)
        self.assertTrue(result["ok"])
        self.assertEqual(result["action"], "resend")
        copy_id = result["new_queue_id"]
        self.assertNotEqual(copy_id, original_id)
        # In the operator log with who sent the copy.
        self.assertRegex(run.stderr, r"relaydesk\.config: event=message_resent queue_id=%s copy=%s face=cli pid=\d+"
                         % (original_id, copy_id))

        copy = stored(self.relay, copy_id)
        self.assertIsNotNone(copy, "the copy is not in the store")
        self.assertEqual(copy["recipients"], recipients)
        self.assertEqual(copy["body"], original["body"])
        self.assertEqual(copy["sender"], SENDER)
        self.assertEqual(copy["listener"], "resend")
        self.assertEqual(copy["agent_name"], self.agent_name)
        self.assertEqual(states(self.relay, copy_id), {r: "queued" for r in recipients})
        # The original stays as it was.
        self.assertEqual(stored(self.relay, original_id), original)
        self.assertEqual(states(self.relay, original_id), {r: "bounced" for r in recipients})

        shown = json.loads(self.relay.cli("queue", "show", copy_id, json_output=True).stdout)
        self.assertEqual(shown["listener"], "resend")
        self.assertEqual(shown["client_address"], original["client_address"])
        self.assertTrue(shown["content_kept"])
        self.assertEqual([r["address"] for r in shown["recipients"]], recipients)

        # The copy itself is still waiting: resending it would reach its recipients twice.
        refused = self.relay.cli("queue", "resend", copy_id, check=False)
        self.assertEqual(refused.returncode, 1)
        self.assertIn("still has recipients in the queue", refused.stderr)

    def test_the_same_message_handed_over_twice_is_said(self):
        # "A customer says he got the same mail twice": a program that retried handed the same message (one
        # Message-ID) over twice, and nothing told that from one delivered twice once the bodies were gone
        # (an outside tester). smtplib submits it twice; `queue show` names the other, after the body is gone.
        self.relay.cli("config", "set", "retention.bodies", "0")
        first = submit(self.relay, ["gina@dest.test"])
        second = submit(self.relay, ["gina@dest.test"])
        self.relay.cli("queue", "bounce", first)
        self.relay.cli("queue", "bounce", second)
        self.assertEqual(stored(self.relay, second)["body"], b"")
        shown = json.loads(self.relay.cli("queue", "show", second, json_output=True).stdout)
        self.assertEqual(shown["message_id"], "<resend-1@sender.test>")
        # (The class's other cases submit the same message too: each is one more handing over.)
        same = {m["queue_id"]: m for m in shown["same_message_id"]}
        self.assertIn(first, same)
        self.assertNotIn(second, same)
        self.assertEqual(same[first]["client_address"], "127.0.0.1")
        text = self.relay.cli("queue", "show", second).stdout
        self.assertIn("Message-ID: <resend-1@sender.test>", text)
        self.assertIn("%s (received " % first, text.split("Same Message-ID: ")[1])

    def test_suppressed_recipients_are_said_and_a_copy_for_nobody_is_not_queued(self):
        # An outside tester's `queue resend` of a message to a suppressed address printed "queued again ... for
        # the same recipients", exited 0, and the copy was then logged as suppressed and never sent.
        self.relay.cli("config", "set", "retention.bodies", "7")
        self.relay.cli("suppression", "add", self.agent_name, "gone@dest.test")
        alone = submit(self.relay, ["gone@dest.test"])
        self.relay.cli("queue", "bounce", alone)
        before = self.relay.message_count()
        refused = self.relay.cli("queue", "resend", alone, check=False)
        self.assertEqual(refused.returncode, 1, refused.stdout)
        self.assertIn("relaydesk: queue resend: not resent: every recipient of %s is on the suppression list of %s "
                      "(gone@dest.test)" % (alone, self.agent_name), refused.stderr)
        self.assertEqual(self.relay.message_count(), before)
        # With others: queued for them, the suppressed one named.
        both = submit(self.relay, ["gone@dest.test", "hanna@dest.test"])
        self.relay.cli("queue", "bounce", both)
        result = self.relay.cli("queue", "resend", both)
        self.assertIn("for 1 of its 2 recipients; not for gone@dest.test, on the suppression list of %s"
                      % self.agent_name, result.stdout)
        shown = json.loads(self.relay.cli("queue", "resend", both, json_output=True).stdout)
        self.assertEqual(shown["not_sent_to"], ["gone@dest.test"])
        # The copy does not hold the suppressed recipient at all: holding it, its delivery pass marked it
        # suppressed and sent the sender a second notice about it (an outside tester).
        self.assertEqual(states(self.relay, shown["new_queue_id"]), {"hanna@dest.test": "queued"})

    def test_queue_show_lists_the_files_a_mail_program_attached(self):
        # Support staff could see a message's attachments only in its raw source (an outside tester asked "did
        # the invoice go with it?"). Python's email package writes the message as mail programs do: a text and
        # an HTML alternative (no attachments), a PDF, a file name outside ASCII (RFC 2231), a forwarded message.
        from email.message import EmailMessage
        forwarded = EmailMessage()
        forwarded["Subject"] = "Order 4711"
        forwarded.set_content("the order")
        message = EmailMessage()
        message["From"] = SENDER
        message["To"] = "ines@dest.test"
        message["Subject"] = "Invoice"
        message.set_content("Dear customer, the invoice is attached.")
        message.add_alternative("<p>Dear customer</p>", subtype="html")
        message.make_mixed()
        pdf = b"%PDF-1.4 " + bytes(range(256)) * 40
        message.add_attachment(pdf, maintype="application", subtype="pdf", filename="invoice-4711.pdf")
        message.add_attachment("Gr\u00fc\u00dfe aus M\u00fcnchen".encode(), maintype="text", subtype="plain",
                               filename="Gr\u00fc\u00dfe f\u00fcr M\u00fcller \u20ac.txt")
        message.attach(self.forwarded_part(forwarded))
        with smtplib.SMTP(*self.relay.address("lan"), timeout=30) as client:
            client.ehlo("client.test")
            client.mail(SENDER)
            client.rcpt("ines@dest.test")
            code, text = client.data(message.as_bytes())
        self.assertEqual(code, 250, text)
        queue_id = queue_id_of(text)
        shown = json.loads(self.relay.cli("queue", "show", queue_id, json_output=True).stdout)
        self.assertEqual([(a["name"], a["type"], a["size"]) for a in shown["attachments"]],
                         [("invoice-4711.pdf", "application/pdf", len(pdf)),
                          ("Gr\u00fc\u00dfe f\u00fcr M\u00fcller \u20ac.txt", "text/plain",
                           len("Gr\u00fc\u00dfe aus M\u00fcnchen".encode())),
                          ("Order 4711", "message/rfc822", shown["attachments"][2]["size"])])
        self.assertGreater(shown["attachments"][2]["size"], 0)
        text = self.relay.cli("queue", "show", queue_id).stdout
        self.assertIn("Attachments: invoice-4711.pdf (application/pdf, %d bytes); " % len(pdf), text)
        # A message without any says so; one whose body is gone lists nothing (null), as there is nothing to read.
        plain = submit(self.relay, ["jana@dest.test"])
        self.assertEqual(json.loads(self.relay.cli("queue", "show", plain, json_output=True).stdout)["attachments"],
                         [])
        self.assertIn("Attachments: none", self.relay.cli("queue", "show", plain).stdout)

    @staticmethod
    def forwarded_part(inner):
        from email.message import MIMEPart
        part = MIMEPart()
        part.set_content(inner)  # message/rfc822
        return part

    def test_a_message_still_being_delivered_is_not_resent(self):
        # An outside tester resent a message before its first attempt and got it delivered twice. Said as what it
        # is: "still being delivered" read as a connection open now (another tester's waited for a retry).
        queue_id = submit(self.relay, ["fred@dest.test"])
        before = self.relay.message_count()
        result = self.relay.cli("queue", "resend", queue_id, check=False)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stderr.strip(),
                         "relaydesk: message %s still has recipients in the queue (waiting for a try or a retry): "
                         "resend it once every recipient is delivered or bounced, or try it again now (relaydesk "
                         "queue retry %s)" % (queue_id, queue_id))
        self.assertEqual(self.relay.message_count(), before)

    def test_nothing_to_resend_once_the_body_is_gone(self):
        queue_id = submit(self.relay, ["erik@dest.test"])
        # Bouncing makes the last recipient final: with retention.bodies = 0 the body leaves the store.
        self.relay.cli("queue", "bounce", queue_id)
        self.assertEqual(stored(self.relay, queue_id)["body"], b"")
        before = self.relay.message_count()
        result = self.relay.cli("queue", "resend", queue_id, check=False)
        self.assertEqual(result.returncode, 1)
        self.assertIn("no longer stored", result.stderr)
        self.assertIn("retention.bodies", result.stderr)
        self.assertEqual(self.relay.message_count(), before)
        missing = self.relay.cli("queue", "resend", "nosuchid", check=False)
        self.assertEqual(missing.returncode, 1)
        self.assertEqual(missing.stderr.strip(), "relaydesk: no queued message with id nosuchid")


class Recorder:
    """An aiosmtpd handler that keeps each envelope it accepts."""

    def __init__(self):
        self.lock = threading.Lock()
        self.envelopes = []

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.envelopes.append((list(envelope.rcpt_tos), bytes(envelope.content)))
        return "250 2.0.0 OK"

    def received(self):
        with self.lock:
            return list(self.envelopes)


class ResendDeliveredByTheRunningEngine(unittest.TestCase):
    """Delivery on, to aiosmtpd as the smarthost, with an hour between the engine's own looks at the queue:
    only the wake-up a resend sends gets the copy delivered within seconds."""

    def test_copy_is_delivered_at_once(self):
        port = free_ports(1)[0]
        recorder = Recorder()
        sink = Controller(recorder, hostname="127.0.0.1", port=port)
        sink.start()
        relay = Relay({"delivery.enabled": "true", "delivery.smarthost": "127.0.0.1:%d" % port,
                       "delivery.smarthost_tls": "opportunistic", "delivery.poll_interval": 3600,
                       "retention.bodies": 1, "server.hostname": "relay.test"}, prefix="relaydesk-resend-")
        try:
            relay.create_agent("billing", trusted=("127.0.0.1",))
            relay.start()
            recipients = ["carla@dest.test", "dora@dest.test"]
            original_id = submit(relay, recipients)
            self.assertTrue(wait_until(lambda: set(states(relay, original_id).values()) == {"delivered"}, 20),
                            states(relay, original_id))
            self.assertEqual(len(recorder.received()), 1)

            copy_id = json.loads(relay.cli("queue", "resend", original_id, json_output=True).stdout)["new_queue_id"]
            self.assertTrue(wait_until(lambda: set(states(relay, copy_id).values()) == {"delivered"}, 10),
                            "the running engine did not deliver the copy: %s" % states(relay, copy_id))
            received = recorder.received()
            self.assertEqual(len(received), 2)
            self.assertEqual(sorted(received[1][0]), recipients)
            self.assertEqual(received[1][1], received[0][1])  # the same message, byte for byte
            self.assertIn(b"the invoice is attached", received[1][1])
            self.assertEqual(set(states(relay, original_id).values()), {"delivered"})
            self.assertEqual(relay.stop(), 0)
        finally:
            relay.cleanup()
            sink.stop()


if __name__ == "__main__":
    unittest.main(verbosity=2)
