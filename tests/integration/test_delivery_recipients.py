"""Recipients as the relay takes and delivers them: a receiving server that takes only so many recipients a
transaction gets the rest at once, not at the next retry; a name without a dot is taken only where a route names it.

RFC 5321 4.5.3.1.10: a server answers the recipients beyond its limit "452 4.5.3 too many recipients", and the
client sends them in another transaction. An outside tester's message to 300 recipients of one domain took three
retry intervals, as each attempt delivered 100 and left the rest deferred. The receiving server here is aiosmtpd
answering as Postfix's smtpd_recipient_limit does (a recording sink with a recipient limit of 2).

Run: ctest --test-dir build -R test_delivery_recipients -V
"""

import contextlib
import json
import shutil
import smtplib
import tempfile
import unittest

from reliability_sinks import RecordingSink
from relaydesk_harness import Relay, wait_until
from scripted_smtp import LoopbackSmtpListener, ScriptedSmtpHandler


class SmallServer:
    """A receiving server as small test servers and appliances are written: two recipients a transaction (the
    rest "452 4.5.3 too many recipients"), no PIPELINING, no enhanced status codes announced; with `rset`
    False it answers RSET "502 not implemented", with `close_after_data` it ends the connection after each
    message. aiosmtpd cannot be made to refuse RSET or to hang up after DATA, hence a scripted one."""

    def __init__(self, rset=True, close_after_data=False):
        self.transactions = []
        self.connections = 0
        server = self

        class Handler(ScriptedSmtpHandler):
            def handle(self):
                server.connections += 1
                self.reply("220 small.test ESMTP")
                recipients = []
                while True:
                    line = self.rfile.readline()
                    if not line:
                        return
                    verb = line.split(b" ")[0].strip().upper()
                    if verb in (b"EHLO", b"HELO"):
                        self.reply("250-small.test\r\n250 SIZE 10000000")
                    elif verb == b"MAIL":
                        recipients = []
                        self.reply("250 sender ok")
                    elif verb == b"RCPT":
                        if len(recipients) >= 2:
                            self.reply("452 4.5.3 too many recipients")
                        else:
                            recipients.append(line.decode().strip()[len("RCPT TO:<"):-1])
                            self.reply("250 recipient ok")
                    elif verb == b"DATA":
                        self.reply("354 go on")
                        self.read_data()
                        server.transactions.append(list(recipients))
                        self.reply("250 queued")
                        if close_after_data:
                            return
                    elif verb == b"RSET":
                        self.reply("250 reset" if rset else "502 5.5.1 RSET not implemented")
                    elif verb == b"QUIT":
                        self.reply("221 bye")
                        return
                    else:
                        self.reply("500 unknown command")

        self.listener = LoopbackSmtpListener(Handler)
        self.port = self.listener.port

    def close(self):
        self.listener.close()


class Recipients(unittest.TestCase):

    def setUp(self):
        self.sink_dir = tempfile.mkdtemp(prefix="relaydesk-rcptlimit-sink-")
        self.addCleanup(shutil.rmtree, self.sink_dir, True)
        self.sink = RecordingSink(self.sink_dir)
        self.addCleanup(self.sink.close)
        # A retry an hour away: anything left for it would still be waiting when the test looks.
        self.relay = Relay({"delivery.enabled": "true", "delivery.smarthost": "127.0.0.1:%d" % self.sink.port,
                            "delivery.smarthost_tls": "opportunistic", "delivery.poll_interval": 1,
                            "delivery.retry_first": 3600, "delivery.retry_max": 3600,
                            "server.hostname": "relay.test"}, prefix="relaydesk-rcptlimit-")
        self.addCleanup(self.relay.cleanup)
        self.relay.create_agent("office", allow=(), trusted=("127.0.0.1",))
        self.relay.start()

    def submit(self, recipients, test_id):
        with smtplib.SMTP(*self.relay.address("lan"), timeout=20) as client:
            client.ehlo("client.test")
            client.sendmail("app@sender.test", recipients,
                            ("Subject: %s\r\nX-Test-Id: %s\r\n\r\nmany recipients\r\n" % (test_id, test_id)).encode())

    def states(self):
        with contextlib.closing(self.relay.db()) as db:
            return dict(db.execute("SELECT address, state FROM recipients").fetchall())

    def test_the_recipients_left_over_go_in_another_transaction_at_once(self):
        self.sink.rcpt_limit = 2
        recipients = ["r%d@dest.test" % i for i in range(5)]
        self.submit(recipients, "many-1")
        self.assertTrue(wait_until(lambda: set(self.states().values()) == {"delivered"}, 20), self.states())
        transactions = [entry[2] for entry in self.sink.snapshot() if entry[0] == "many-1"]
        self.assertEqual(transactions, [recipients[0:2], recipients[2:4], recipients[4:5]])
        attempts = json.loads(self.relay.cli("log", "search", json_output=True).stdout)
        self.assertEqual(sorted(a["recipient"] for a in attempts), sorted(recipients))
        self.assertEqual({a["status"] for a in attempts}, {"delivered"})
        transcript = attempts[0]["transcript"]
        self.assertIn("452 4.5.3", transcript)
        self.assertIn("sent in another transaction", transcript)

    def test_a_server_that_takes_none_leaves_them_for_the_retry(self):
        # No recipient taken at all: no progress to build on, so the attempt ends as before (deferred), and
        # the relay does not loop on the connection.
        self.sink.rcpt_limit = -1  # every RCPT answered 452 4.5.3
        self.submit(["a@dest.test", "b@dest.test"], "none-1")
        self.assertTrue(wait_until(lambda: set(self.states().values()) == {"deferred"}, 20), self.states())
        self.assertEqual([entry for entry in self.sink.snapshot() if entry[0] == "none-1"], [])

    def small_server(self, **kwargs):
        server = SmallServer(**kwargs)
        self.addCleanup(server.close)
        self.relay.cli("route", "add", "small.test", "127.0.0.1:%d" % server.port, "--tls", "none")
        return server

    def test_a_server_without_rset_gets_the_rest_over_a_new_connection(self):
        # An outside tester's small server answered RSET "502 not implemented": the recipients left over after
        # its 452 4.5.3 were bounced with that reply, which said nothing of them. RFC 5321 4.1.1.5 makes RSET
        # a must, and a new connection needs none.
        server = self.small_server(rset=False)
        recipients = ["s%d@small.test" % i for i in range(5)]
        self.submit(recipients, "norset-1")
        self.assertTrue(wait_until(lambda: set(self.states().values()) == {"delivered"}, 20), self.states())
        self.assertEqual(server.transactions, [recipients[0:2], recipients[2:4], recipients[4:5]])
        # The connection the relay keeps for the next message refuses RSET too: the next message goes over a
        # new one at once, not at the retry an hour away.
        self.submit(["next@small.test"], "norset-2")
        self.assertTrue(wait_until(lambda: self.states().get("next@small.test") == "delivered", 20), self.states())
        self.assertEqual(server.transactions[-1], ["next@small.test"])
        self.assertNotIn("bounced", self.states().values())

    def test_a_server_that_hangs_up_after_each_message_gets_the_rest_over_a_new_connection(self):
        # The rest waited for the next retry, and on the retry each went in a transaction of its own.
        server = self.small_server(close_after_data=True)
        recipients = ["h%d@small.test" % i for i in range(5)]
        self.submit(recipients, "hangup-1")
        self.assertTrue(wait_until(lambda: set(self.states().values()) == {"delivered"}, 20), self.states())
        self.assertEqual(server.transactions, [recipients[0:2], recipients[2:4], recipients[4:5]])
        self.assertEqual(server.connections, 3)
        transcript = json.loads(self.relay.cli("log", "search", json_output=True).stdout)[0]["transcript"]
        self.assertIn("again for the 3 recipient(s) left over", transcript)

    def test_a_name_without_a_dot_is_taken_where_a_route_names_it(self):
        # An outside tester's `route add sales ...` tested fine, and the relay then refused user@sales at RCPT
        # (550 5.1.2, not a full domain name).
        self.assertEqual(self.rcpt_code("user@sales"), 550)
        self.relay.cli("route", "add", "sales", "127.0.0.1:%d" % self.sink.port)
        # The running relay takes it from the next session on.
        self.assertTrue(wait_until(lambda: self.rcpt_code("user@sales") == 250, 10))
        self.assertEqual(self.rcpt_code("user@intranet"), 550)  # no route: still refused
        self.submit(["user@sales"], "dotless-1")
        self.assertTrue(wait_until(lambda: any(e[0] == "dotless-1" for e in self.sink.snapshot()), 20),
                        self.states())
        self.relay.cli("route", "remove", "sales")
        self.assertTrue(wait_until(lambda: self.rcpt_code("user@sales") == 550, 10))

    def rcpt_code(self, recipient):
        with smtplib.SMTP(*self.relay.address("lan"), timeout=20) as client:
            client.ehlo("client.test")
            client.mail("app@sender.test")
            return client.rcpt(recipient)[0]


if __name__ == "__main__":
    unittest.main()
