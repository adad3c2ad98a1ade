"""Delivery of the queue against real receiving servers over loopback.

Receivers: Postfix's smtp-sink, aiosmtpd, and a scripted SMTP server (ScriptedServer below) that answers by the
recipient's local part and can fail in the middle of a transaction: "ok..." 250, "temp..." 451 4.3.0,
"bad..." 550 5.1.1; per-test modes reject DATA (554 5.7.1), disconnect in the middle of DATA, or go silent
(timeout). The relay delivers through its smarthost setting (opportunistic TLS; the peers offer none).
DSNs are parsed with Python's email package and checked field by field (RFC 3464, RFC 6522).
"""

import contextlib
import email
import email.policy
import json
import os
import shutil
import smtplib
import socket
import subprocess
import sys
import tempfile
import threading
import time
import unittest

from relaydesk_harness import Relay, free_ports, store_connection, wait_until
from scripted_smtp import LoopbackSmtpListener, ScriptedSmtpHandler

SENDER = "app@sender.test"


class ScriptedServer:
    """A small SMTP receiver that follows a script; records every transaction it accepted or refused."""

    def __init__(self, data_mode="ok", temp_failures=None):
        self.data_mode = data_mode          # ok | reject | disconnect | silent | slow
        self.mail_refusal = None            # a reply to MAIL FROM for senders other than the null one
        self.temp_failures = temp_failures  # {address: n}: the first n RCPTs for it get 451, later ones 250
        self.transactions = []              # {"mail_from", "rcpts", "data"} for each DATA completed with 250
        self.rcpt_log = []                  # (address, code) for every RCPT
        self.connections = 0
        self.lock = threading.Lock()
        server = self

        class Handler(ScriptedSmtpHandler):
            def handle(self):
                with server.lock:
                    server.connections += 1
                self.reply("220 scripted.test ESMTP")
                mail_from, rcpts = None, []
                while True:
                    line = self.rfile.readline()
                    if not line:
                        return
                    command = line.decode("latin-1").rstrip("\r\n")
                    verb = command[:4].upper()
                    if verb in ("EHLO", "HELO"):
                        self.reply("250-scripted.test\r\n250-8BITMIME\r\n250 SIZE 10000000")
                    elif verb == "MAIL":
                        mail_from, rcpts = command[10:].strip().split(" ")[0].strip("<>"), []
                        if server.mail_refusal and mail_from:
                            self.reply(server.mail_refusal)
                            mail_from = None
                        else:
                            self.reply("250 2.1.0 OK")
                    elif verb == "RCPT":
                        address = command[8:].strip().split(" ")[0].strip("<>")
                        code = server.rcpt_code(address)
                        if code == 250:
                            rcpts.append(address)
                            self.reply("250 2.1.5 OK")
                        elif code == 451:
                            self.reply("451 4.3.0 Mailbox busy, try later")
                        else:
                            self.reply("550 5.1.1 <%s>: Recipient address rejected: no such user" % address)
                    elif verb == "DATA":
                        if not rcpts:
                            self.reply("554 5.5.1 No valid recipients")
                            continue
                        if server.data_mode == "silent":  # no answer to DATA: the reply timeout runs out
                            time.sleep(30)
                            return
                        self.reply("354 End data with <CR><LF>.<CR><LF>")
                        # "disconnect": drop the connection in the middle of DATA
                        data = self.read_data(lambda so_far: server.data_mode == "disconnect" and len(so_far) > 20)
                        if data is None:
                            return
                        if server.data_mode == "slow":  # a filtering server: the final reply takes a while
                            time.sleep(6)
                        if server.data_mode == "reject":
                            self.reply("554 5.7.1 Message rejected as spam")
                            continue
                        with server.lock:
                            server.transactions.append({"mail_from": mail_from, "rcpts": list(rcpts), "data": data})
                        self.reply("250 2.0.0 Ok: queued")
                    elif verb == "RSET":
                        mail_from, rcpts = None, []
                        self.reply("250 2.0.0 OK")
                    elif verb == "NOOP":
                        self.reply("250 2.0.0 OK")
                    elif verb == "QUIT":
                        self.reply("221 2.0.0 Bye")
                        return
                    else:
                        self.reply("502 5.5.2 Command not recognized")

        self.listener = LoopbackSmtpListener(Handler)
        self.port = self.listener.port

    def rcpt_code(self, address):
        local = address.split("@")[0].lower()
        with self.lock:
            if self.temp_failures and self.temp_failures.get(address, 0) > 0:
                self.temp_failures[address] -= 1
                code = 451
            elif local.startswith("temp"):
                code = 451
            elif local.startswith("bad"):
                code = 550
            else:
                code = 250
            self.rcpt_log.append((address, code))
        return code

    def messages_to(self, address):
        with self.lock:
            return [t for t in self.transactions if address in t["rcpts"]]

    def close(self):
        self.listener.close()


def relay_settings(port, **extra):
    settings = {"delivery.enabled": "true", "delivery.smarthost": "127.0.0.1:%d" % port, "delivery.smarthost_tls": "opportunistic",
                "delivery.poll_interval": 1, "delivery.retry_first": 1, "delivery.retry_max": 2,
                "delivery.command_timeout": 3, "delivery.connect_timeout": 3, "server.hostname": "relay.test"}
    settings.update(extra)
    return settings


def submit(relay, recipients, subject="Test", sender=SENDER, text="Hello from the test."):
    """Sends one message through the LAN relay listener (trusted device); returns its queue ID."""
    body = ("From: %s\r\nTo: %s\r\nSubject: %s\r\nMessage-ID: <%s@sender.test>\r\n\r\n%s\r\n"
            % (sender, ", ".join(recipients), subject, subject.replace(" ", "."), text))
    with smtplib.SMTP(*relay.address("lan"), timeout=20) as client:
        client.ehlo("client.test")
        client.mail(sender)
        for r in recipients:
            client.rcpt(r)
        code, text = client.data(body.encode())
        assert code == 250, (code, text)
    text = text.decode()
    return text[text.find("queued as ") + 10:].split()[0]


def read_files(directory):
    contents = []
    for name in sorted(os.listdir(directory)):
        with open(os.path.join(directory, name), "rb") as f:
            contents.append(f.read())
    return contents


def recipient_states(relay, queue_id):
    with contextlib.closing(relay.db()) as db:
        return {r[0]: r[1] for r in db.execute(
            "SELECT r.address, r.state FROM recipients r JOIN messages m ON m.id = r.message_id WHERE m.queue_id = ?",
            (queue_id,))}


def dsn_parts(raw):
    """(message, per-message fields, [per-recipient fields], original headers) of a DSN."""
    message = email.message_from_bytes(raw, policy=email.policy.compat32)
    assert message.get_content_type() == "multipart/report", message.get_content_type()
    assert message.get_param("report-type") == "delivery-status"
    parts = message.get_payload()
    assert [p.get_content_type() for p in parts] == ["text/plain", "message/delivery-status", "text/rfc822-headers"]
    status_blocks = parts[1].get_payload()  # email parses message/delivery-status into header blocks
    per_message, per_recipient = status_blocks[0], status_blocks[1:]
    return message, per_message, per_recipient, parts[2].get_payload()


class DeliveryTestBase(unittest.TestCase):
    server_args = {}
    extra_settings = {}

    def setUp(self):
        self.server = ScriptedServer(**self.server_args)
        self.relay = Relay(relay_settings(self.server.port, **self.extra_settings), prefix="relaydesk-dlv-")
        self.relay.create_agent("billing", allow=("127.0.0.1",), trusted=("127.0.0.1",))
        self.relay.start()

    def tearDown(self):
        try:
            self.relay.stop()
        finally:
            self.relay.cleanup()
            self.server.close()

    def dsns_for(self, sender=SENDER):
        with self.server.lock:
            return [t for t in self.server.transactions if t["mail_from"] == "" and sender in t["rcpts"]]

    def log(self, *args):
        return json.loads(self.relay.cli("log", "search", *args, json_output=True).stdout)


class DeleteAfterDelivery(DeliveryTestBase):
    extra_settings = {"retention.bodies": 7}

    def test_a_delete_after_delivery_says_it_removed_only_the_body(self):
        # An outside tester deleted a delivered message whose body was kept: queue show then said "Deleted ...
        # from the queue; no longer queued", as if mail had been stopped. It removed the body only.
        queue_id = submit(self.relay, ["ok@dest.test"])
        self.assertTrue(wait_until(lambda: recipient_states(self.relay, queue_id) == {"ok@dest.test": "delivered"}, 20))
        deleted = self.relay.cli("queue", "delete", queue_id)
        self.assertEqual(deleted.stdout.strip(), "Message %s had no recipient left to deliver: its stored body is "
                         "removed; its delivery log stays." % queue_id)
        shown = self.relay.cli("queue", "show", queue_id).stdout
        self.assertRegex(shown, r"\nRemoved: +\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \(its stored body, by the relay "
                                r"administrator; every recipient was already final\)\n")
        self.assertIn("\nContent:   not kept (removed by the relay administrator)\n", shown)
        self.assertNotIn("Deleted:", shown)
        self.assertEqual(recipient_states(self.relay, queue_id), {"ok@dest.test": "delivered"})


class RouteChangedWhileRunning(DeliveryTestBase):

    def test_a_route_is_in_force_when_route_add_returns(self):
        # An outside tester's message sent right after `route add` returned still went the old way: the
        # running relay had not looked at the store yet. The command returns once it has (as `config set`).
        office = ScriptedServer()
        self.addCleanup(office.close)
        self.relay.cli("route", "add", "office.test", "127.0.0.1:%d" % office.port, "--tls", "none")
        queue_id = submit(self.relay, ["boss@office.test"])
        self.assertTrue(wait_until(lambda: recipient_states(self.relay, queue_id) == {"boss@office.test":
                                                                                      "delivered"}, 20))
        self.assertEqual([t["rcpts"] for t in office.transactions], [["boss@office.test"]])
        self.assertEqual([t for t in self.server.transactions if "boss@office.test" in t["rcpts"]], [])

        # And removed: the next message goes to the smarthost again.
        self.relay.cli("route", "remove", "office.test")
        queue_id = submit(self.relay, ["again@office.test"])
        self.assertTrue(wait_until(lambda: recipient_states(self.relay, queue_id) == {"again@office.test":
                                                                                      "delivered"}, 20))
        self.assertEqual(len(office.transactions), 1)
        self.assertEqual([t["rcpts"] for t in self.server.transactions if "again@office.test" in t["rcpts"]],
                         [["again@office.test"]])


class PartialFailure(DeliveryTestBase):
    extra_settings = {"delivery.give_up_after": 3600}

    def test_a_refused_sender_suppresses_no_recipient(self):
        # An outside tester's receiving server answered 550 5.1.1 to MAIL FROM (a mistyped sender): every
        # recipient of the message went on the suppression list. Only a reply to a recipient's RCPT speaks of
        # its mailbox.
        self.server.mail_refusal = "550 5.1.1 <%s>: Sender address rejected: no such user" % SENDER
        queue_id = submit(self.relay, ["first@dest.test", "second@dest.test"], subject="Refused sender")
        self.assertTrue(wait_until(lambda: recipient_states(self.relay, queue_id) == {
            "first@dest.test": "bounced", "second@dest.test": "bounced"}, 20), recipient_states(self.relay, queue_id))
        self.server.mail_refusal = None
        suppressed = json.loads(self.relay.cli("suppression", "list", "billing", json_output=True).stdout)
        self.assertEqual(suppressed, [])

    def test_partial_recipient_failure_dsn_and_suppression(self):
        queue_id = submit(self.relay, ["ok@dest.test", "bad@dest.test", "temp@dest.test"], subject="Invoice 42")
        self.assertTrue(wait_until(lambda: recipient_states(self.relay, queue_id) == {
            "ok@dest.test": "delivered", "bad@dest.test": "bounced", "temp@dest.test": "deferred"}, 20),
            recipient_states(self.relay, queue_id))
        # ok@ got the message with the original envelope sender, once.
        delivered = self.server.messages_to("ok@dest.test")
        self.assertEqual(len(delivered), 1)
        self.assertEqual(delivered[0]["mail_from"], SENDER)
        self.assertIn(b"Subject: Invoice 42", delivered[0]["data"])

        # The DSN arrives at the sender from the null reverse-path and names bad@ only.
        self.assertTrue(wait_until(lambda: self.dsns_for(), 20))
        dsn = self.dsns_for()[0]
        message, per_message, recipients, headers = dsn_parts(dsn["data"])
        self.assertEqual(message["From"], "Mail Delivery System <MAILER-DAEMON@relay.test>")
        self.assertEqual(message["To"], "<%s>" % SENDER)
        self.assertEqual(message["Auto-Submitted"], "auto-replied")
        self.assertEqual(per_message["Reporting-MTA"], "dns; relay.test")
        self.assertIsNotNone(email.utils.parsedate_to_datetime(per_message["Arrival-Date"]))
        self.assertEqual(len(recipients), 1)
        self.assertEqual(recipients[0]["Final-Recipient"], "rfc822; bad@dest.test")
        self.assertEqual(recipients[0]["Action"], "failed")
        self.assertEqual(recipients[0]["Status"], "5.1.1")
        self.assertEqual(recipients[0]["Remote-MTA"], "dns; 127.0.0.1")
        self.assertTrue(recipients[0]["Diagnostic-Code"].startswith("smtp; 550 5.1.1"), recipients[0]["Diagnostic-Code"])
        self.assertIn("Subject: Invoice 42", headers)
        self.assertNotIn("Hello from the test", dsn["data"].decode())
        # The notice names the message it reports on after its text is gone (support staff saw only the
        # notice's own queue id: an outside tester).
        notices = [e for e in self.log("--recipient", SENDER) if e["sender"] == ""]
        self.assertEqual(len(notices), 1, notices)
        notice = json.loads(self.relay.cli("queue", "show", notices[0]["queue_id"], json_output=True).stdout)
        self.assertEqual((notice["listener"], notice["notice_of"]), ("dsn", queue_id))
        self.assertIn("\nNotice about: %s (relaydesk queue show %s)\n" % (queue_id, queue_id),
                      self.relay.cli("queue", "show", notices[0]["queue_id"]).stdout)
        self.assertIsNone(json.loads(self.relay.cli("queue", "show", queue_id, json_output=True).stdout)["notice_of"])
        # And the message names the notices sent about it ("was the sender told?" took a search by hand: an
        # outside tester).
        original = json.loads(self.relay.cli("queue", "show", queue_id, json_output=True).stdout)
        self.assertEqual([n["queue_id"] for n in original["notices"]], [notices[0]["queue_id"]])
        self.assertIn("\nNotices:   %s (" % notices[0]["queue_id"], self.relay.cli("queue", "show", queue_id).stdout)

        # The log explains each recipient; bad@ is now suppressed for this agent.
        bounced = self.log("--status", "bounced", "--recipient", "bad@")
        self.assertEqual([(e["recipient"], e["code"], e["enhanced"], e["sign"]) for e in bounced],
                         [("bad@dest.test", 550, "5.1.1", "red")])
        self.assertEqual(bounced[0]["host"], "127.0.0.1")
        self.assertIn("RCPT TO:<bad@dest.test>", bounced[0]["transcript"])
        deferred = self.log("--status", "deferred", "--agent", "billing")
        self.assertTrue(deferred and all(e["recipient"] == "temp@dest.test" and e["sign"] == "yellow"
                                         for e in deferred))
        suppressed = json.loads(self.relay.cli("suppression", "list", "billing", json_output=True).stdout)
        self.assertEqual([s["address"] for s in suppressed], ["bad@dest.test"])
        # The agent's activity (`agent show`): one message accepted today (its DSN is not the agent's), one
        # recipient delivered, one bounced, the third tried again and waiting (support staff had no per-agent
        # outcomes: an outside tester).
        activity = json.loads(self.relay.cli("agent", "show", "billing", json_output=True).stdout)["activity"]
        today = activity["today"]
        self.assertEqual((today["accepted"], today["delivered"], today["bounced"]), (1, 1, 1), activity)
        self.assertGreaterEqual(today["deferred"], 1, activity)
        self.assertEqual(activity["last_7_days"], today)
        self.assertEqual(activity["last_30_days"], today)
        self.assertEqual(activity["waiting_recipients"], 1)
        shown = self.relay.cli("agent", "show", "billing").stdout
        self.assertRegex(shown, r"\n  messages accepted +1 +1 +1\n")
        self.assertRegex(shown, r"\n  recipients bounced +1 +1 +1\n  recipients not sent \(suppression list\) +0 +0 +0\n"
                                r"  messages refused by a sending limit \(451\) +0 +0 +0\n"
                                r"  recipients not sent \(deleted from the queue\) +0 +0 +0\n"
                                r"Waiting in the queue: 1 recipient\(s\)\n")

        # A later message to bad@ is not sent and is logged as suppressed.
        rcpts_before = len([a for a, _ in self.server.rcpt_log if a == "bad@dest.test"])
        second = submit(self.relay, ["bad@dest.test", "ok2@dest.test"], subject="Second")
        self.assertTrue(wait_until(lambda: recipient_states(self.relay, second) == {
            "bad@dest.test": "suppressed", "ok2@dest.test": "delivered"}, 20), recipient_states(self.relay, second))
        self.assertEqual(len([a for a, _ in self.server.rcpt_log if a == "bad@dest.test"]), rcpts_before)
        self.assertEqual([e["recipient"] for e in self.log("--status", "suppressed")], ["bad@dest.test"])
        # The agent's activity counts it (an outside tester's figures did not add up without it).
        activity = json.loads(self.relay.cli("agent", "show", "billing", json_output=True).stdout)["activity"]
        self.assertEqual((activity["today"]["suppressed"], activity["last_30_days"]["suppressed"]), (1, 1))
        self.assertRegex(self.relay.cli("agent", "show", "billing").stdout,
                         r"\n  recipients not sent \(suppression list\) +1 +1 +1\n")
        # The operator log has its line, as every other outcome (an outside tester found none).
        self.assertTrue(wait_until(lambda: any("event=suppressed " in l and "queue_id=%s " % second in l and
                                               "to=bad@dest.test " in l for l in self.relay.stderr_lines), 10),
                        [l for l in self.relay.stderr_lines if "bad@dest.test" in l])
        # The table's reply column has no reply code for it (none was sent), and no gap where one would be.
        header, row = self.relay.cli("log", "search", "--status", "suppressed").stdout.splitlines()
        self.assertTrue(row[header.index("REPLY"):].startswith("not sent: the address is on the agent's"), row)
        # The relay said 250 for bad@ and will not send it: the sender is told (RFC 5321 6.1), in the relay's
        # own words, since no server said anything this time. Its Status is the bounce's that listed it (5.1.1,
        # a mailbox that does not exist, for the software that reads notices: an outside tester read 5.7.1 as
        # a policy refusal).
        def second_dsn():
            return [d for d in self.dsns_for() if b"Subject: Second" in d["data"]]
        self.assertTrue(wait_until(second_dsn, 20))
        _, _, recipients, _ = dsn_parts(second_dsn()[0]["data"])
        self.assertEqual([(r["Final-Recipient"], r["Action"], r["Status"]) for r in recipients],
                         [("rfc822; bad@dest.test", "failed", "5.1.1")])
        self.assertNotIn("Remote-MTA", recipients[0])
        # In words the sender understands, with what to do (an outside tester's read "agent's suppression list").
        said = " ".join(recipients[0]["Diagnostic-Code"].split())
        self.assertTrue(said.startswith("X-RelayDesk; not sent: mail to this address bounced before (550 5.1.1"), said)
        self.assertIn("ask the mail administrator to take it off the relay's suppression list", said)
        self.assertNotIn("agent", said)

        # The same mailbox with needless quotes is the same recipient (RFC 5321 4.1.2): an outside tester's
        # "reject1"@dest.test passed the suppression entry and was delivered.
        quoted = submit(self.relay, ['"bad"@dest.test'], subject="Quoted")
        self.assertTrue(wait_until(lambda: recipient_states(self.relay, quoted) == {"bad@dest.test": "suppressed"},
                                   20), recipient_states(self.relay, quoted))
        self.assertEqual(len([a for a, _ in self.server.rcpt_log if "bad" in a]), rcpts_before)
        self.assertEqual([s["address"] for s in json.loads(self.relay.cli("suppression", "list", "billing",
                                                                           json_output=True).stdout)],
                         ["bad@dest.test"])
        # A person removes the entry; the next message is tried again (and bounces again, with another DSN).
        self.relay.cli("suppression", "remove", "billing", "bad@dest.test")
        self.assertEqual(json.loads(self.relay.cli("suppression", "list", "billing", json_output=True).stdout), [])
        failed = self.relay.cli("suppression", "remove", "billing", "bad@dest.test", check=False)
        self.assertEqual(failed.returncode, 1)
        self.assertIn("not on the suppression list", failed.stderr)

        # An administrator's own note stays in the office: the sender's notice says who put the address there,
        # not why ("asked to stop, ticket 12" went out to the sender: an outside tester).
        self.relay.cli("suppression", "add", "billing", "bad@dest.test", "--reason", "asked to stop, ticket 12")
        third = submit(self.relay, ["bad@dest.test"], subject="Third")
        self.assertTrue(wait_until(lambda: recipient_states(self.relay, third) == {"bad@dest.test": "suppressed"},
                                   20), recipient_states(self.relay, third))
        def third_dsn():
            return [d for d in self.dsns_for() if b"Subject: Third" in d["data"]]
        self.assertTrue(wait_until(third_dsn, 20))
        self.assertNotIn(b"ticket 12", third_dsn()[0]["data"])
        _, _, recipients, _ = dsn_parts(third_dsn()[0]["data"])
        self.assertIn("not sent: the relay's administrator stopped mail to this address",
                      " ".join(recipients[0]["Diagnostic-Code"].split()))
        self.assertEqual(recipients[0]["Status"], "5.7.1")  # not authorized: no server spoke of the mailbox
        # The delivery log keeps the note for support staff.
        self.assertIn("ticket 12", self.log("--status", "suppressed", "--recipient", "bad@")[0]["reply"])


class RejectedAtData(DeliveryTestBase):
    server_args = {"data_mode": "reject"}

    def test_5xx_after_data_bounces_without_suppressing(self):
        queue_id = submit(self.relay, ["ok@dest.test"])
        self.assertTrue(wait_until(lambda: recipient_states(self.relay, queue_id) == {"ok@dest.test": "bounced"}, 20))
        entry = self.log("--status", "bounced")[0]
        self.assertEqual((entry["code"], entry["enhanced"]), (554, "5.7.1"))
        # Content rejection says nothing about the address: no suppression.
        self.assertEqual(json.loads(self.relay.cli("suppression", "list", "billing", json_output=True).stdout), [])
        # The DSN itself is also rejected by this server; no DSN about a DSN (null sender).
        time.sleep(3)
        with contextlib.closing(self.relay.db()) as db:
            self.assertEqual(db.execute("SELECT COUNT(*) FROM messages WHERE sender = ''").fetchone()[0], 1)
            self.assertEqual(db.execute("SELECT COUNT(*) FROM messages").fetchone()[0], 2)


class DisconnectMidData(DeliveryTestBase):
    server_args = {"data_mode": "disconnect"}
    extra_settings = {"delivery.retry_first": 600, "delivery.retry_max": 600}

    def test_disconnect_in_data_is_temporary(self):
        queue_id = submit(self.relay, ["ok@dest.test"])
        self.assertTrue(wait_until(lambda: recipient_states(self.relay, queue_id) == {"ok@dest.test": "deferred"}, 20))
        entry = self.log("--status", "deferred")[0]
        self.assertEqual(entry["sign"], "yellow")
        self.assertTrue(400 <= entry["code"] < 500 or entry["code"] == 0, entry)
        queue = json.loads(self.relay.cli("queue", "show", queue_id, json_output=True).stdout)
        self.assertEqual(queue["recipients"][0]["state"], "deferred")
        self.assertGreater(queue["recipients"][0]["attempts"], 0)


class SilentServer(DeliveryTestBase):
    server_args = {"data_mode": "silent"}
    extra_settings = {"delivery.retry_first": 600, "delivery.retry_max": 600, "delivery.command_timeout": 2}

    def test_timeout_is_temporary(self):
        queue_id = submit(self.relay, ["ok@dest.test"])
        self.assertTrue(wait_until(lambda: recipient_states(self.relay, queue_id) == {"ok@dest.test": "deferred"}, 30))
        self.assertEqual(self.server.transactions, [])


class SlowFinalReply(DeliveryTestBase):
    """RFC 5321 4.5.3.2.6: the reply to the final "." may take 10 minutes (a server that filters the message),
    longer than the reply timeout of every other command. Giving up at the command timeout would send the
    message again later, a duplicate (6.1)."""
    server_args = {"data_mode": "slow"}
    extra_settings = {"delivery.retry_first": 600, "delivery.retry_max": 600, "delivery.command_timeout": 2}

    def test_final_reply_may_take_longer_than_a_command(self):
        queue_id = submit(self.relay, ["ok@dest.test"])
        self.assertTrue(wait_until(lambda: recipient_states(self.relay, queue_id) == {"ok@dest.test": "delivered"}, 30))
        self.assertEqual(len(self.server.transactions), 1)
        with contextlib.closing(self.relay.db()) as db:
            attempts = db.execute("SELECT r.attempts FROM recipients r JOIN messages m ON m.id = r.message_id"
                                  " WHERE m.queue_id = ?", (queue_id,)).fetchone()[0]
        self.assertEqual(attempts, 1)

    def test_a_message_being_delivered_is_not_bounced(self):
        # An outside tester bounced a message 2 s into a 20 s delivery: its sender got "Undelivered Mail Returned
        # to Sender", and the mail arrived 18 s later. The bounce is refused while the attempt runs.
        queue_id = submit(self.relay, ["ok@dest.test"])
        self.assertTrue(wait_until(lambda: json.loads(self.relay.cli("queue", "show", queue_id, json_output=True)
                                                      .stdout)["recipients"][0]["delivering_since"], 10))
        refused = self.relay.cli("queue", "bounce", queue_id, check=False)
        self.assertEqual(refused.returncode, 1, refused.stdout)
        self.assertIn("message %s is being delivered right now: a bounce would tell its sender that it failed while"
                      " it may still arrive; bounce it once this attempt has ended, or hold it to stop further"
                      " attempts" % queue_id, refused.stderr)
        self.assertTrue(wait_until(lambda: recipient_states(self.relay, queue_id) == {"ok@dest.test": "delivered"}, 30))
        time.sleep(1)
        self.assertEqual(self.dsns_for(), [])
        self.assertEqual([e["status"] for e in self.log("--recipient", "ok@dest.test")], ["delivered"])

    def test_the_queue_says_a_recipient_is_being_delivered(self):
        # An outside tester read "queued, 0 attempts, next try" in the past for the whole of a long attempt:
        # the store keeps the last state until the outcome; the running relay says what is under way.
        queue_id = submit(self.relay, ["ok@dest.test"])

        def shown():
            return json.loads(self.relay.cli("queue", "show", queue_id, json_output=True).stdout)

        self.assertTrue(wait_until(lambda: shown()["recipients"][0]["delivering_since"] is not None, 10))
        self.assertEqual(shown()["recipients"][0]["state"], "queued")  # as stored, until the outcome
        text = self.relay.cli("queue", "show", queue_id).stdout
        self.assertRegex(text, r"ok@dest\.test\s+delivering\s+0\s+under way since \d{4}-\d\d-\d\d ")
        # Its transcript comes when it ends: not "no attempt has been made yet" (an outside tester).
        text = self.relay.cli("queue", "show", queue_id, "--transcript").stdout
        self.assertIn("No transcript yet: an attempt is under way", text)
        self.assertNotIn("no attempt has been made yet", text)
        listed = json.loads(self.relay.cli("queue", "list", json_output=True).stdout)
        self.assertEqual([m["queue_id"] for m in listed], [queue_id])
        self.assertIsNotNone(listed[0]["delivering_since"])
        self.assertIsNotNone(listed[0]["recipients"][0]["delivering_since"])
        self.assertIn("ok@dest.test (delivering)", self.relay.cli("queue", "list").stdout)
        self.assertEqual(json.loads(self.relay.cli("status", json_output=True).stdout)["deliveries_under_way"], 1)
        self.assertIn("delivery:  1 under way", self.relay.cli("status").stdout)

        # Once recorded it is no longer under way (and, delivered, no longer queued).
        self.assertTrue(wait_until(lambda: recipient_states(self.relay, queue_id) == {"ok@dest.test": "delivered"}, 30))
        self.assertIsNone(shown()["recipients"][0]["delivering_since"])
        self.assertEqual(json.loads(self.relay.cli("queue", "list", json_output=True).stdout), [])


class QueueActions(DeliveryTestBase):
    extra_settings = {"delivery.retry_first": 600, "delivery.retry_max": 600, "delivery.give_up_after": 3600}

    def test_hold_release_retry_bounce_delete(self):
        queue_id = submit(self.relay, ["temp@dest.test"])
        self.assertTrue(wait_until(lambda: recipient_states(self.relay, queue_id) == {"temp@dest.test": "deferred"}, 20))
        listed = json.loads(self.relay.cli("queue", "list", json_output=True).stdout)
        self.assertIn(queue_id, [m["queue_id"] for m in listed])

        # Each action is in the operator log with who did it (an outside tester found who held or bounced a
        # message nowhere).
        def logged(event, run, extra=""):
            line = [l for l in run.stderr.splitlines() if ("event=%s queue_id=%s%s" % (event, queue_id, extra)) in l]
            self.assertEqual(len(line), 1, run.stderr)
            self.assertIn("relaydesk.config:", line[0])
            self.assertRegex(line[0], r" face=cli pid=\d+ uid=\d+$")

        logged("message_held", self.relay.cli("--log-level", "info", "queue", "hold", queue_id))
        tries = len(self.server.rcpt_log)
        # Retrying a held message would not try it: refused with what to do, not "will be tried now".
        refused = self.relay.cli("queue", "retry", queue_id, check=False)
        self.assertEqual(refused.returncode, 1, refused.stdout)
        self.assertEqual(refused.stderr.strip(),
                         "relaydesk: message %s is on hold: release it first, then retry it" % queue_id)
        time.sleep(3)
        self.assertEqual(len(self.server.rcpt_log), tries)  # held: not tried
        logged("message_released", self.relay.cli("--log-level", "info", "queue", "release", queue_id))
        # A relay runs on the directory: now is true here (and only here: test_cli's retries say "when a
        # relay runs").
        retried = self.relay.cli("--log-level", "info", "queue", "retry", queue_id)
        self.assertEqual(retried.stdout.strip(), "Message %s will be tried again now." % queue_id)
        logged("message_retried", retried)
        self.assertTrue(wait_until(lambda: len(self.server.rcpt_log) > tries, 15))

        logged("message_bounced", self.relay.cli("--log-level", "info", "queue", "bounce", queue_id),
               " recipients=1")
        self.assertEqual(recipient_states(self.relay, queue_id), {"temp@dest.test": "bounced"})
        self.assertTrue(wait_until(lambda: self.dsns_for(), 20))
        notice, _, recipients, _ = dsn_parts(self.dsns_for()[0]["data"])
        self.assertEqual((recipients[0]["Action"], recipients[0]["Status"]), ("failed", "5.0.0"))
        # The sender learns why it had waited: the server's last reply, after the administrator's bounce (an
        # outside tester's customer was told only "bounced by the relay administrator").
        said = "host 127.0.0.1 said: 451 4.3.0 Mailbox busy, try later"
        self.assertEqual(" ".join(recipients[0]["Diagnostic-Code"].split()),
                         "X-RelayDesk; 550 5.0.0 bounced by the relay administrator; before that, " + said)
        self.assertIn("<temp@dest.test>: 550 5.0.0 bounced by the relay administrator; before that, " + said,
                      " ".join(notice.get_payload()[0].get_payload().split()))

        # Every recipient is final and the body went with the bounce: a delete has nothing to do, and says so
        # instead of "deleted" (an outside tester's `queue show` then dated the body's removal to it).
        refused = self.relay.cli("queue", "delete", queue_id, check=False)
        self.assertEqual(refused.returncode, 1, refused.stdout)
        self.assertEqual(refused.stderr.strip(),
                         "relaydesk: message %s has nothing left to delete: every recipient is final and its"
                         " body is gone (its delivery log stays until retention removes it)" % queue_id)
        self.assertEqual(recipient_states(self.relay, queue_id), {"temp@dest.test": "bounced"})
        shown = json.loads(self.relay.cli("queue", "show", queue_id, json_output=True).stdout)
        self.assertIsNone(shown["deleted_at"])

    def test_an_administrators_bounce_after_a_refused_connection_says_the_relay_tried(self):
        # An outside tester's notice said "host 127.0.0.84 said: 421 4.4.1 Connection refused by ...": the host
        # said nothing, the relay could not connect. Its own account is said as its own.
        self.server.close()
        queue_id = submit(self.relay, ["temp@dest.test"])
        self.assertTrue(wait_until(lambda: recipient_states(self.relay, queue_id) == {"temp@dest.test": "deferred"}, 20))
        self.relay.cli("queue", "bounce", queue_id)
        notices = [m for m in self.relay.messages() if m["listener"] == "dsn"]
        self.assertEqual(len(notices), 1, notices)
        _, _, recipients, _ = dsn_parts(notices[0]["body"].replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
        diagnostic = " ".join(recipients[0]["Diagnostic-Code"].split())
        self.assertRegex(diagnostic, r"^X-RelayDesk; 550 5\.0\.0 bounced by the relay administrator; before that,"
                                     r" the last attempt failed: 421 4\.4\.1 ")
        self.assertNotIn("said", diagnostic)

    def test_a_retry_of_a_message_a_stopped_node_holds_says_when_it_goes(self):
        # docs/scaling.md, "Queue leases": an outside tester's retry of a message a killed node held printed
        # "will be tried again now" and nothing went for a minute and a half. The hold is written as a node
        # that no longer answers leaves it (a node id no nodes row names, its lease running for 2 minutes).
        queue_id = submit(self.relay, ["temp@dest.test"])
        self.assertTrue(wait_until(lambda: recipient_states(self.relay, queue_id) == {"temp@dest.test": "deferred"}, 20))
        until = int(time.time() * 1000) + 120000
        with contextlib.closing(store_connection(self.relay.dir, read_only=False)) as db:
            db.execute("UPDATE recipients SET lease_node = 'node-gone', lease_expires = ? WHERE message_id ="
                       " (SELECT id FROM messages WHERE queue_id = ?)", (until, queue_id))
            db.commit()
            before = [tuple(r) for r in db.execute("SELECT next_attempt_at FROM recipients").fetchall()]
        refused = self.relay.cli("queue", "retry", queue_id, check=False)
        self.assertEqual(refused.returncode, 1, refused.stdout)
        self.assertEqual(refused.stderr.strip(),
                         "relaydesk: message %s waits for node node-gone, which stopped answering: no node delivers"
                         " it until that node's hold on it runs out at %s UTC, when another node takes it;"
                         " \"relaydesk node forget node-gone\" frees it now"
                         % (queue_id, time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(until // 1000))))
        with contextlib.closing(self.relay.db()) as db:
            self.assertEqual([tuple(r) for r in db.execute("SELECT next_attempt_at FROM recipients").fetchall()],
                             before)
        # Once the hold ran out, the retry is what it says.
        with contextlib.closing(store_connection(self.relay.dir, read_only=False)) as db:
            db.execute("UPDATE recipients SET lease_node = '', lease_expires = 0")
            db.commit()
        tries = len(self.server.rcpt_log)
        self.assertEqual(self.relay.cli("queue", "retry", queue_id).stdout.strip(),
                         "Message %s will be tried again now." % queue_id)
        self.assertTrue(wait_until(lambda: len(self.server.rcpt_log) > tries, 15))

    def test_log_search_finds_a_message_by_the_last_word_of_its_subject(self):
        # An outside tester could find a message by its subject only in the window: `log search` takes the
        # window's words now, over the subject too (kept whole past 200 characters).
        subject = ("Zahlungserinnerung zweite Mahnung " + "bitte umgehend ueberweisen " * 8 + "Inkassobuero").strip()
        self.assertGreater(len(subject), 200)
        queue_id = submit(self.relay, ["temp@dest.test"], subject=subject)
        self.assertTrue(wait_until(lambda: recipient_states(self.relay, queue_id) == {"temp@dest.test": "deferred"}, 20))
        def found():  # the text index follows the store within a moment (docs/read-side.md, "Free text")
            rows = json.loads(self.relay.cli("log", "search", "--search", "inkassobuer", json_output=True).stdout)
            return {row["queue_id"] for row in rows}

        self.assertTrue(wait_until(lambda: found() == {queue_id}, 20), found())
        self.assertEqual(json.loads(self.relay.cli("log", "search", "--search", "nowhereword",
                                                   json_output=True).stdout), [])
        shown = json.loads(self.relay.cli("queue", "show", queue_id, json_output=True).stdout)
        self.assertEqual(shown["subject"], subject)

    def test_delete_of_a_partly_delivered_message_keeps_its_history(self):
        # Outside testers deleted a message with one recipient delivered and one deferred: the delivered one
        # vanished from the window's Delivery Logs and the day's Accepted tile went down.
        queue_id = submit(self.relay, ["ok@dest.test", "temp@dest.test"])
        self.assertTrue(wait_until(lambda: recipient_states(self.relay, queue_id) ==
                                   {"ok@dest.test": "delivered", "temp@dest.test": "deferred"}, 20))
        tries = len(self.server.rcpt_log)
        # The delete is logged (an outside tester found no trace of it anywhere) and says what it stopped.
        deleted = self.relay.cli("--log-level", "info", "queue", "delete", queue_id)
        self.assertIn("event=message_deleted queue_id=%s stopped=1" % queue_id, deleted.stderr)
        self.assertEqual(deleted.stdout.strip(),
                         "Message %s is deleted from the queue: 1 recipient will not be tried again (a delivery"
                         " already under way may still complete: the delivery log will show it, and keeps its"
                         " history)." % queue_id)
        self.assertEqual(recipient_states(self.relay, queue_id),
                         {"ok@dest.test": "delivered", "temp@dest.test": "deleted"})
        # The agent's activity counts it as not sent (a third tester could not make its figures add up).
        activity = json.loads(self.relay.cli("agent", "show", "billing", json_output=True).stdout)["activity"]
        self.assertEqual(activity["today"]["deleted"], 1, activity)
        # queue show still tells its story, and says it was deleted.
        shown = json.loads(self.relay.cli("queue", "show", queue_id, json_output=True).stdout)
        self.assertIsNotNone(shown["deleted_at"])
        self.assertIn("Deleted:", self.relay.cli("queue", "show", queue_id).stdout)
        # Asked again (a colleague repeating the step, a script run twice), each command says the message was
        # deleted and when: "no queued message with id" read as a typo right after queue show printed it.
        for verb in ("retry", "hold", "release", "delete", "bounce", "resend"):
            result = self.relay.cli("queue", verb, queue_id, check=False)
            self.assertEqual(result.returncode, 1, verb)
            self.assertRegex(result.stderr.strip(),
                             r"^relaydesk: message %s was deleted from the queue on \d{4}-\d\d-\d\d \d\d:\d\d:\d\d: "
                             r"there is nothing left to do with it \(its body went with it; queue show %s shows "
                             r"its history\)$" % (queue_id, queue_id))
        listed = json.loads(self.relay.cli("queue", "list", json_output=True).stdout)
        self.assertNotIn(queue_id, [m["queue_id"] for m in listed])
        with contextlib.closing(self.relay.db()) as db:
            self.assertEqual(db.execute("SELECT COUNT(*) FROM message_bodies b JOIN messages m ON m.id ="
                                        " b.message_id WHERE m.queue_id = ?", (queue_id,)).fetchone()[0], 0)
        # The running engine does not try the deleted recipient again, even when told to run the queue.
        self.relay.cli("queue", "retry", queue_id, check=False)
        time.sleep(3)
        self.assertEqual(len(self.server.rcpt_log), tries)
        self.assertEqual(recipient_states(self.relay, queue_id)["temp@dest.test"], "deleted")
        # The delivered recipient's attempt is still in the log the command line searches.
        log = json.loads(self.relay.cli("log", "search", "--status", "delivered", "--since", "1h",
                                        json_output=True).stdout)
        self.assertIn(("ok@dest.test", queue_id), [(e["recipient"], e["queue_id"]) for e in log])
        # And the deleted one's last row is its deletion (an outside tester saw "deferred" there, and
        # --status deleted was refused).
        log = json.loads(self.relay.cli("log", "search", "--recipient", "temp@dest.test", "--since", "1h",
                                        json_output=True).stdout)
        mine = [e for e in log if e["queue_id"] == queue_id]
        self.assertEqual(mine[0]["status"], "deleted", mine)  # newest first
        self.assertEqual(mine[0]["sign"], "red")
        self.assertEqual(mine[0]["reply"], "not sent: deleted from the queue by the relay administrator")
        self.assertIn("deferred", [e["status"] for e in mine[1:]])
        deleted = json.loads(self.relay.cli("log", "search", "--status", "deleted", "--since", "1h",
                                            json_output=True).stdout)
        self.assertEqual([(e["recipient"], e["queue_id"]) for e in deleted], [("temp@dest.test", queue_id)])


class RetryAndReleaseWakeTheRelay(DeliveryTestBase):
    # The relay looks at the queue only once an hour here, and a deferred recipient waits an hour: a retry or a
    # release is tried at once all the same (an outside tester's retry waited for the next look, 5 s by
    # default, while the window said "tried again now").
    extra_settings = {"delivery.poll_interval": 3600, "delivery.retry_first": 3600, "delivery.retry_max": 3600}

    def test_a_retry_is_tried_at_once(self):
        queue_id = submit(self.relay, ["temp@dest.test"])
        self.assertTrue(wait_until(lambda: recipient_states(self.relay, queue_id) == {"temp@dest.test": "deferred"}, 20))
        tries = len(self.server.rcpt_log)
        self.relay.cli("queue", "retry", queue_id)
        self.assertTrue(wait_until(lambda: len(self.server.rcpt_log) > tries, 5))

    def test_a_release_of_a_message_due_while_held_is_tried_at_once(self):
        queue_id = submit(self.relay, ["temp@dest.test"])
        self.assertTrue(wait_until(lambda: recipient_states(self.relay, queue_id) == {"temp@dest.test": "deferred"}, 20))
        self.relay.cli("queue", "hold", queue_id)
        # Its hour passes while it is held.
        with contextlib.closing(store_connection(self.relay.dir, read_only=False)) as db:
            db.execute("UPDATE recipients SET next_attempt_at = 0 WHERE message_id ="
                       " (SELECT id FROM messages WHERE queue_id = ?)", (queue_id,))
            db.commit()
        time.sleep(1)
        tries = len(self.server.rcpt_log)
        self.relay.cli("queue", "release", queue_id)
        self.assertTrue(wait_until(lambda: len(self.server.rcpt_log) > tries, 5))


class RealReceivers(unittest.TestCase):
    """Postfix's smtp-sink and aiosmtpd as the smarthost."""

    def run_against(self, command, port, check_received):
        peer = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        relay = Relay(relay_settings(port), prefix="relaydesk-dlv-")
        try:
            self.assertTrue(wait_until(lambda: self._listening(port), 10), "receiver did not start")
            relay.create_agent("billing", allow=("127.0.0.1",), trusted=("127.0.0.1",))
            relay.start()
            queue_id = submit(relay, ["one@dest.test", "two@dest.test"])
            self.assertTrue(wait_until(lambda: set(recipient_states(relay, queue_id).values()) == {"delivered"}, 20),
                            recipient_states(relay, queue_id))
            log = json.loads(relay.cli("log", "search", "--status", "delivered", "--since", "1h",
                                       json_output=True).stdout)
            self.assertEqual(sorted(e["recipient"] for e in log), ["one@dest.test", "two@dest.test"])
            self.assertTrue(all(e["port"] == port and e["code"] == 250 and e["sign"] == "green" for e in log), log)
            check_received()
        finally:
            relay.stop()
            relay.cleanup()
            peer.terminate()
            peer.wait()

    @staticmethod
    def _listening(port):
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
        return False

    @unittest.skipUnless(os.access("/usr/sbin/smtp-sink", os.X_OK), "Postfix smtp-sink is not installed")
    def test_smtp_sink(self):
        port = free_ports(1)[0]
        spool = tempfile.mkdtemp(prefix="relaydesk-sink-")
        try:
            def received():
                self.assertTrue(wait_until(lambda: os.listdir(spool), 5))
                self.assertIn(b"Hello from the test.", b"".join(read_files(spool)))
            self.run_against(["/usr/sbin/smtp-sink", "-u", os.environ.get("USER", "root"), "-d",
                              spool + "/msg.", "127.0.0.1:%d" % port, "50"], port, received)
        finally:
            shutil.rmtree(spool, ignore_errors=True)

    def test_aiosmtpd(self):
        port = free_ports(1)[0]
        spool = tempfile.mkdtemp(prefix="relaydesk-aiosmtpd-")
        try:
            maildir = os.path.join(spool, "Maildir")  # aiosmtpd's Mailbox handler creates the Maildir

            def received():
                self.assertEqual(len(read_files(os.path.join(maildir, "new"))), 1)
                self.assertIn(b"Hello from the test.", read_files(os.path.join(maildir, "new"))[0])
            self.run_against([sys.executable, "-m", "aiosmtpd", "-n", "-l", "127.0.0.1:%d" % port, "-c",
                              "aiosmtpd.handlers.Mailbox", maildir], port, received)
        finally:
            shutil.rmtree(spool, ignore_errors=True)


if __name__ == "__main__":
    unittest.main(verbosity=2)
