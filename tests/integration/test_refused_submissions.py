"""What the relay refuses at submission is kept for support, against the real headless engine with clients nobody
here wrote (Python's smtplib, swaks): nothing of a refused message is queued, and an outside tester searched the
delivery log in vain for a message refused with 550 5.6.0 (docs/read-side.md, "Refused at submission").

- a message with a 2,000-character line (550 5.6.0), a recipient on localhost (RCPT refused) and a sender
  outside the agent's domains (MAIL refused) are listed by `relaydesk log refused` with the client's address,
  the agent, what was refused, the envelope and the reply; the same refusal twice is one entry counted twice;
- `agent show` counts them in the agent's activity;
- a client that never logged in is listed without an agent;
- --search, --agent and --since narrow the list; a bad --limit is a usage error;
- the delivery log purge removes them with the delivery log;
- a flood from a logged-in client is a bounded number of rows that count every refusal, and a bounded number
  of operator log lines; a session that names 100 refused recipients without a message accepted is ended.
"""

import json
import shutil
import smtplib
import socket
import subprocess
import unittest

from relaydesk_harness import SLOW, Relay, client_tls_context, wait_until

SENDER = "billing@office.test"
LONG_LINE = "x" * 2000


def refused(relay, *args):
    return json.loads(relay.cli("log", "refused", *args, json_output=True).stdout)


def send_as_a_sender_not_owned(test, relay, credential, sender):
    """Logs in on the submission port (smtplib, STARTTLS) and sends as sender, which the agent does not own."""
    client = smtplib.SMTP("127.0.0.1", relay.ports["submission"], timeout=20 * SLOW)
    try:
        client.starttls(context=client_tls_context())
        client.login(credential["username"], credential["password"])
        with test.assertRaises(smtplib.SMTPSenderRefused):
            client.sendmail(sender, ["a@example.test"], b"Subject: x\r\n\r\nx\r\n")
    finally:
        client.close()


class RefusedSubmissionsTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.relay = Relay({})
        try:
            cls.credential = cls.relay.create_agent("Buchhaltung", senders=("office.test",))
            cls.relay.start()
        except BaseException:
            cls.relay.cleanup()
            raise

    @classmethod
    def tearDownClass(cls):
        try:
            assert cls.relay.stop() == 0
        finally:
            cls.relay.cleanup()

    def connect(self):
        client = smtplib.SMTP("127.0.0.1", self.relay.ports["submission"], timeout=20 * SLOW)
        client.ehlo("app.test")
        client.starttls(context=client_tls_context())
        client.ehlo("app.test")
        client.login(self.credential["username"], self.credential["password"])
        return client

    def message(self, body):
        return ("From: Billing <%s>\r\nTo: kunde@example.test\r\nSubject: Rechnung\r\n\r\n%s\r\n"
                % (SENDER, body)).encode()

    def test_refusals_are_listed_with_envelope_agent_and_reply(self):
        client = self.connect()
        try:
            for _ in range(2):
                with self.assertRaises(smtplib.SMTPDataError) as refused_data:
                    client.sendmail(SENDER, ["kunde@example.test", "chef@example.test"], self.message(LONG_LINE))
                self.assertEqual(refused_data.exception.smtp_code, 550)
                client.rset()
            with self.assertRaises(smtplib.SMTPRecipientsRefused):
                client.sendmail(SENDER, ["someone@localhost"], self.message("hello"))
            client.rset()
            with self.assertRaises(smtplib.SMTPSenderRefused) as refused_sender:
                client.sendmail("ceo@elsewhere.test", ["kunde@example.test"], self.message("hello"))
            self.assertEqual(refused_sender.exception.smtp_code, 553)  # RFC 5321 4.2.3: mailbox name not allowed
        finally:
            client.close()

        def entries():
            return [row for row in refused(self.relay, "--agent", "buchhaltung")]
        self.assertTrue(wait_until(lambda: len(entries()) == 3, 10 * SLOW), entries())
        rows = {row["command"]: row for row in entries()}
        data = rows["DATA"]
        self.assertEqual(data["count"], 2, data)
        self.assertEqual(data["agent"], "Buchhaltung")
        self.assertEqual(data["address"], "127.0.0.1")
        self.assertEqual(data["listener"], "submission")
        self.assertEqual(data["sender"], SENDER)
        self.assertEqual(data["recipients"], "kunde@example.test, chef@example.test")
        self.assertTrue(data["reply"].startswith("550 5.6.0 "), data)
        self.assertIn("1000 octets", data["reply"])
        self.assertEqual(data["sign"], "red")
        self.assertLessEqual(data["first_at"], data["last_at"])
        self.assertEqual(rows["RCPT"]["recipients"], "someone@localhost")
        self.assertEqual(rows["RCPT"]["sender"], SENDER)
        self.assertTrue(rows["RCPT"]["reply"].startswith("5"), rows["RCPT"])
        self.assertEqual(rows["MAIL"]["sender"], "ceo@elsewhere.test")
        self.assertEqual(rows["MAIL"]["recipients"], "")
        # Nothing of them was queued.
        self.assertEqual(self.relay.message_count(), 0)
        # The agent's page says so too (`agent show`, as the window's Activity tab).
        shown = json.loads(self.relay.cli("agent", "show", "Buchhaltung", json_output=True).stdout)
        refused_here = shown["activity"]["refused_at_submission"]
        self.assertEqual(refused_here["last_30_days"], 4, refused_here)
        # The latest refusal's reply (two within a millisecond are both the latest).
        latest = max(row["last_at"] for row in entries())
        self.assertEqual(refused_here["last_at"], latest, refused_here)
        self.assertIn(refused_here["last_reply"], [row["reply"] for row in entries() if row["last_at"] == latest])
        self.assertIn("Refused at submission in the last 30 days (never queued): 4",
                      self.relay.cli("agent", "show", "Buchhaltung").stdout)

        # Found by what support knows: the customer's address, in any case; the text table says the same.
        found = refused(self.relay, "--search", "KUNDE@example")
        self.assertEqual([row["command"] for row in found], ["DATA"])
        text = self.relay.cli("log", "refused", "--search", "kunde@").stdout
        self.assertIn("550 5.6.0", text)
        self.assertIn("Buchhaltung", text)
        self.assertEqual(refused(self.relay, "--search", "nobody-like-this"), [])
        self.assertIn("No sender, recipient or message was refused at submission that matches",
                      self.relay.cli("log", "refused", "--search", "nobody-like-this").stdout)
        self.assertEqual(refused(self.relay, "--agent", "Buchhaltung", "--since", "2099-01-01"), [])

    def test_a_latin1_address_is_listed_as_written(self):
        # Old firmware writes Latin-1: "m\xfcller" was listed as "m\ufffdller" (an outside tester's scanner).
        credential = self.relay.create_agent("Scanner", senders=("office.test",))
        client = smtplib.SMTP("127.0.0.1", self.relay.ports["submission"], timeout=20 * SLOW)
        try:
            client.starttls(context=client_tls_context())
            client.login(credential["username"], credential["password"])
            self.assertEqual(client.mail("scan@office.test")[0], 250)
            client.send(b"RCPT TO:<m\xfcller@example.test>\r\n")
            code, text = client.getreply()
            self.assertEqual(code, 553, text)
        finally:
            client.close()
        rows = lambda: refused(self.relay, "--agent", "Scanner")
        self.assertTrue(wait_until(lambda: len(rows()) == 1, 10 * SLOW), rows())
        self.assertEqual(rows()[0]["recipients"], "m\u00fcller@example.test")
        self.assertEqual(rows()[0]["sender"], "scan@office.test")

    def test_a_client_that_never_logged_in_is_listed_without_an_agent(self):
        # swaks on the submission port without a login: MAIL is refused (530), and that is what a printer set
        # up without its user name sees.
        if shutil.which("swaks") is None:
            self.fail("swaks is not installed (scripts/install-deps.sh installs it)")
        result = subprocess.run(
            ["swaks", "--server", "127.0.0.1", "--port", str(self.relay.ports["submission"]), "--tls",
             "--from", "scanner@office.test", "--to", "chef@example.test", "--helo", "printer.test",
             "--timeout", str(int(20 * SLOW))],
            capture_output=True, text=True, timeout=60 * SLOW)
        self.assertNotEqual(result.returncode, 0, result.stdout)
        self.assertIn("530", result.stdout)

        def anonymous():
            return [row for row in refused(self.relay, "--search", "scanner@office.test")]
        self.assertTrue(wait_until(lambda: len(anonymous()) == 1, 10 * SLOW), anonymous())
        row = anonymous()[0]
        self.assertEqual(row["agent"], "")
        self.assertEqual(row["command"], "MAIL")
        self.assertTrue(row["reply"].startswith("530 5.7.0"), row)
        self.assertIn("530 5.7.0", self.relay.cli("log", "refused", "--search", "scanner@").stdout)

    def test_an_agent_is_named_by_its_number_not_its_name(self):
        # An outside tester's typo said "nothing refused" with exit 0, and a new agent of a deleted one's name
        # showed the deleted one's refusals.
        result = self.relay.cli("log", "refused", "--agent", "Nobody", check=False)
        self.assertEqual(result.returncode, 1, result.stdout)
        self.assertIn("no Mail Agent named 'Nobody'", result.stderr)
        temp = self.relay.create_agent("Temp", senders=("temp.test",))
        send_as_a_sender_not_owned(self, self.relay, temp, "x@other.test")
        self.assertTrue(wait_until(lambda: len(refused(self.relay, "--agent", "Temp")) == 1, 10 * SLOW))
        self.relay.cli("agent", "delete", "Temp", "--yes")
        # No live agent has the name: the deleted one's, as `log search` does.
        self.assertEqual(len(refused(self.relay, "--agent", "Temp")), 1)
        self.relay.create_agent("Temp", senders=("temp.test",))
        self.assertEqual(refused(self.relay, "--agent", "Temp"), [])
        deleted = refused(self.relay, "--deleted-agent", "Temp")
        self.assertEqual([(row["agent"], row["sender"]) for row in deleted], [("Temp", "x@other.test")])
        result = self.relay.cli("log", "refused", "--deleted-agent", "Buchhaltung", check=False)
        self.assertEqual(result.returncode, 1)
        self.assertIn("no deleted Mail Agent was named 'Buchhaltung'", result.stderr)
        result = self.relay.cli("log", "refused", "--agent", "Temp", "--deleted-agent", "Temp", check=False)
        self.assertEqual(result.returncode, 2)
        # The table names the listener: the same refusal on two ports is two rows that say so.
        table = self.relay.cli("log", "refused", "--deleted-agent", "Temp").stdout
        self.assertIn("LISTENER", table.splitlines()[0])
        self.assertIn("submission", table.splitlines()[1])

    def test_bad_options_are_usage_errors(self):
        result = self.relay.cli("log", "refused", "--limit", "0", check=False)
        self.assertEqual(result.returncode, 2)
        self.assertIn("--limit must be a whole number from 1 to 10000", result.stderr)
        result = self.relay.cli("log", "refused", "--since", "yesterday-ish", check=False)
        self.assertEqual(result.returncode, 2)
        self.assertTrue(result.stderr.startswith("relaydesk: log refused: "), result.stderr)


class RefusedSubmissionsPurgeTest(unittest.TestCase):

    def test_the_purge_removes_them_with_the_delivery_log(self):
        relay = Relay({})
        try:
            credential = relay.create_agent("purge", senders=("office.test",))
            relay.start()
            send_as_a_sender_not_owned(self, relay, credential, "x@elsewhere.test")
            self.assertTrue(wait_until(lambda: len(refused(relay)) == 1, 10 * SLOW))
            purged = json.loads(relay.cli("log", "purge", "--before", "2099-01-01", "--force",
                                          json_output=True).stdout)
            self.assertEqual(purged["refused_submissions"], 1, purged)
            self.assertEqual(refused(relay), [])
            self.assertEqual(relay.stop(), 0)
        finally:
            relay.cleanup()


class FloodTest(unittest.TestCase):
    """A device on the office network (a trusted device: its agent's rules, no password) that keeps being
    refused: an outside tester's logged-in client made 1,000 rows a second, 13,000 operator log lines a second,
    and named 126,650 refused recipients in one session."""

    def setUp(self):
        self.relay = Relay({})
        self.addCleanup(self.relay.cleanup)
        self.relay.create_agent("Scanner", allow=(), trusted=("127.0.0.1",), senders=("office.test",))
        self.relay.start()
        self.addCleanup(self.relay.stop)

    def lan(self):
        client = smtplib.SMTP("127.0.0.1", self.relay.ports["lan"], timeout=20 * SLOW)
        client.ehlo("scanner.test")
        return client

    def test_a_flood_of_senders_is_bounded_every_refusal_counted(self):
        told = 0
        for session in range(15):  # each session ends after 20 errors: 421 4.7.0 Too many errors
            client = self.lan()
            try:
                for attempt in range(25):
                    code, _ = client.docmd("MAIL FROM:<bot%d-%d@spam%d.test>" % (session, attempt, attempt))
                    self.assertIn(code, (553, 421))
                    told += 1
                    if code == 421:
                        break
            finally:
                client.close()
        self.assertEqual(told, 15 * 20)

        def listed():
            return refused(self.relay, "--agent", "Scanner", "--limit", "1000")

        def rows():
            return [r for r in listed() if r["command"] == "MAIL"]
        self.assertTrue(wait_until(lambda: sum(r["count"] for r in rows()) == told, 15 * SLOW),
                        sum(r["count"] for r in rows()))
        # And each session the relay closed for its errors, in rows that count them, one a second at most
        # (docs/security.md, "Connections that fail before mail").
        closed = [r for r in listed() if r["command"] == "PROTOCOL"]
        self.assertEqual(sum(r["count"] for r in closed), 15, closed)
        self.assertEqual({r["reply"] for r in closed},
                         {"421 4.7.0 Too many errors, closing connection (20 protocol errors, the last: 553 5.7.1)"})
        # Sixty a minute told apart by sender, the rest by reply code: a handful of rows, every refusal counted.
        self.assertLessEqual(len(rows()), 60 + 4, len(rows()))
        self.assertGreater(len(rows()), 60)
        # The operator log writes at most 100 of these lines each 10 s on a session thread (two threads), and
        # says that it holds the rest back.
        lines = self.relay.logged(lambda line: "event=smtp_refused " in line, at_least=100)
        self.assertLessEqual(len(lines), 200 + 2 * 100, len(lines))  # at most two intervals on two threads
        self.assertLess(len(lines), told)
        self.assertTrue(self.relay.logged(lambda line: "event=smtp_refused_flood " in line))

    def test_refused_recipients_end_the_session(self):
        client = self.lan()
        try:
            self.assertEqual(client.docmd("MAIL FROM:<scan@office.test>")[0], 250)
            codes = [client.docmd("RCPT TO:<x%d@[10.0.0.1]>" % i)[0] for i in range(100)]
            self.assertEqual(codes, [550] * 100)
            code, text = client.docmd("RCPT TO:<y@example.test>")
            self.assertEqual(code, 421, text)
            self.assertIn(b"Too many refused recipients", text)
            with self.assertRaises(smtplib.SMTPServerDisconnected):
                client.docmd("NOOP")
        finally:
            client.close()
        # A message to many, some refused, still goes: the count starts again at each accepted message.
        client = self.lan()
        try:
            for message in range(2):
                refused_here = client.sendmail("scan@office.test",
                                               ["ok%d@example.test" % message] +
                                               ["x%d@[10.0.0.1]" % i for i in range(70)],
                                               b"From: scan@office.test\r\nSubject: scan\r\n\r\nscan\r\n")
                self.assertEqual(len(refused_here), 70)
        finally:
            client.close()
        self.assertEqual(self.relay.message_count(), 2)

    def test_a_client_that_pipelined_too_much_still_reads_why_it_was_closed(self):
        # An outside tester wrote MAIL and 3,000 RCPTs in one 80 KB write: the relay closed with the rest unread,
        # its kernel answered with a reset, and the client never read the 421 (ConnectionResetError).
        with socket.create_connection(("127.0.0.1", self.relay.ports["lan"]), timeout=20 * SLOW) as raw:
            reader = raw.makefile("rb")
            self.assertTrue(reader.readline().startswith(b"220"))
            raw.sendall(b"EHLO scanner.test\r\n")
            while not reader.readline().startswith(b"250 "):
                pass
            raw.sendall(b"MAIL FROM:<scan@office.test>\r\n" +
                        b"".join(b"RCPT TO:<x%d@[10.0.0.1]>\r\n" % i for i in range(3000)))
            replies = []
            while True:
                line = reader.readline()  # a reset raises ConnectionResetError here
                if not line:
                    break
                replies.append(line)
        self.assertEqual(replies[0][:3], b"250")
        self.assertEqual([r[:3] for r in replies[1:101]], [b"550"] * 100)
        self.assertTrue(replies[-1].startswith(b"421 4.7.0 Too many refused recipients (100)"), replies[-3:])


if __name__ == "__main__":
    unittest.main(verbosity=2)
