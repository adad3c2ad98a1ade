"""Per-agent sending limits against the real headless engine, with clients nobody here wrote: Python smtplib and
swaks (docs/protocols.md, "Sending limits").

- a per-minute limit of 3: the 4th message gets 451 4.7.1 naming the limit and the time it resets;
- at most 2 recipients per message: the 3rd RCPT gets 452 4.5.3, the message goes to the first two;
- `relaydesk agent limit` on the running engine applies within a second, and removing the limit lifts it;
- a restart keeps the day's count: the engine starts from the store's accepted messages;
- the command line prints limits and current use (`agent limit NAME`, `agent show NAME`, text and --json) and
  refuses bad values without changing anything.
"""

import datetime
import json
import smtplib
import subprocess
import threading
import time
import unittest

from relaydesk_harness import SLOW, Relay, RelayTestCase, client_tls_context, queue_id_of, wait_until

SENDER = "app@sender.test"


def message(subject):
    return ("From: App <%s>\r\nTo: Someone <one@rcpt.test>\r\nSubject: %s\r\n\r\nHello\r\n" % (SENDER, subject)).encode()


def utc_now():
    return datetime.datetime.now(datetime.timezone.utc)


def start_of_fresh_minute(needed_seconds):
    """Waits, if needed, for the next whole UTC minute so that `needed_seconds` of one minute are left: the
    per-minute window must not turn over in the middle of a test."""
    now = utc_now()
    if now.second + needed_seconds >= 60:
        time.sleep(60 - now.second - now.microsecond / 1e6 + 0.3)


def next_minute_text():
    return (utc_now().replace(second=0, microsecond=0) + datetime.timedelta(minutes=1)).strftime("%H:%M UTC")


class AgentLimitsTest(RelayTestCase):
    """One engine; each test has its own agent, so that counts do not mix."""

    def connect(self, credential):
        client = smtplib.SMTP("127.0.0.1", self.relay.ports["submission"], timeout=20 * SLOW)
        client.ehlo("client.test")
        client.starttls(context=client_tls_context())
        client.ehlo("client.test")
        client.login(credential["username"], credential["password"])
        return client

    def agent(self, name, *limit_options):
        credential = self.relay.create_agent(name)
        if limit_options:
            self.set_limits(name, *limit_options)
        return credential

    def set_limits(self, name, *options):
        """`relaydesk agent limit` on the running engine, then waits until the engine says it applied them."""
        # Quiet first, longer than the engine's 250 ms poll: the next reload the engine logs is this change's.
        time.sleep(0.4 * SLOW)
        mark = len(self.relay.stderr_lines)
        self.relay.cli("agent", "limit", name, *options)
        self.assertTrue(wait_until(lambda: any("limits changed" in line and "sending_limits=reloaded" in line
                                               for line in self.relay.stderr_lines[mark:]), timeout=5),
                        "\n".join(self.relay.stderr_lines))

    def swaks(self, credential, recipients, *extra):
        command = ["/usr/bin/swaks", "--server", "127.0.0.1:%d" % self.relay.ports["submission"], "--tls",
                   "--from", SENDER, "--to", recipients, "--helo", "swaks.test", "--auth", "PLAIN",
                   "--auth-user", credential["username"], "--auth-password", credential["password"],
                   "--header", "Subject: swaks", "--body", "Sent by swaks", "--timeout", str(10 * SLOW)] + list(extra)
        return subprocess.run(command, capture_output=True, text=True, timeout=60 * SLOW)

    def fresh_credential(self, name, credential):
        """A credential of the agent whose password swaks can take (one starting with '-' it reads as an option)."""
        for _ in range(20):
            if not credential["password"].startswith("-"):
                return credential
            created = json.loads(self.relay.cli("credential", "create", name, json_output=True).stdout)
            credential = created["credential"]
        self.fail("20 passwords in a row started with '-'")

    def limit_json(self, name):
        return json.loads(self.relay.cli("agent", "limit", name, json_output=True).stdout)

    def test_per_minute_limit_refuses_the_fourth_message(self):
        # Stored before the first message: the engine already runs and applies it within a second.
        name = "minute-agent"
        credential = self.fresh_credential(name, self.agent(name))
        start_of_fresh_minute(min(25 * SLOW, 45))
        self.set_limits(name, "--per-minute", "3")
        client = self.connect(credential)
        try:
            for i in range(3):
                client.sendmail(SENDER, ["one@rcpt.test"], message("minute %d" % i))
            reset = next_minute_text()
            with self.assertRaises(smtplib.SMTPSenderRefused) as refused:
                client.sendmail(SENDER, ["one@rcpt.test"], message("minute 4"))
            self.assertEqual(refused.exception.smtp_code, 451)
            text = refused.exception.smtp_error.decode()
            self.assertEqual(text, '4.7.1 Agent "minute-agent" sent 3 messages this minute (limit 3); '
                                   'try again after %s' % reset)
            # The session goes on: RSET and QUIT are answered as usual.
            self.assertEqual(client.rset()[0], 250)
        finally:
            client.quit()
        # swaks sees the same refusal at MAIL.
        result = self.swaks(credential, "one@rcpt.test")
        self.assertNotEqual(result.returncode, 0, result.stdout)
        # swaks marks an error reply "<**", or "<~*" inside TLS.
        self.assertRegex(result.stdout, r'<~?\*+ +451 4\.7\.1 Agent "minute-agent" sent 3 messages this minute '
                                        r'\(limit 3\); try again after \d\d:\d\d UTC')
        self.assertEqual(sum(1 for m in self.relay.messages() if m["agent_name"] == name), 3)
        # Current use as the command line shows it.
        shown = self.limit_json(name)
        self.assertEqual(shown["limits"]["per_minute"], 3)
        self.assertIsNone(shown["limits"]["per_hour"])
        self.assertEqual(shown["use"]["minute"], 3)
        self.assertEqual(shown["use"]["day"], 3)
        text = self.relay.cli("agent", "limit", name).stdout
        self.assertIn("3 of 3 sent this minute, resets at %s" % reset, text)
        self.assertIn("3 sent today", text)
        self.assertTrue(self.relay.logged(lambda line: "sending_limit_reached" in line), self.relay.stderr_lines[-20:])
        # The refusals are counted for support staff (an outside tester found no trace of them but the log):
        # smtplib's and swaks's, in the agent's activity of today.
        self.assertTrue(wait_until(lambda: self.refused_by_limit(name) == 2, timeout=10 * SLOW),
                        self.refused_by_limit(name))
        self.assertIn("messages refused by a sending limit (451)", self.relay.cli("agent", "show", name).stdout)

    def refused_by_limit(self, name):
        shown = json.loads(self.relay.cli("agent", "show", name, json_output=True).stdout)
        return shown["activity"]["today"]["refused_by_limit"]

    def test_parallel_sessions_keep_the_per_minute_limit(self):
        # A hostile tester's burst: 8 sessions of one agent, each past MAIL before any had stored its message,
        # all got 250 through a limit of 3 (MAIL was answered from what was stored). The end of DATA now
        # takes a place in the limit: exactly 3 are stored, the rest get the 451 4.7.1 of the limit.
        name = "burst-agent"
        credential = self.fresh_credential(name, self.agent(name))
        start_of_fresh_minute(min(25 * SLOW, 45))
        self.set_limits(name, "--per-minute", "3")
        sessions = 8
        clients = [self.connect(credential) for _ in range(sessions)]
        for client in clients:
            self.assertEqual(client.mail(SENDER)[0], 250)
            self.assertEqual(client.rcpt("one@rcpt.test")[0], 250)
        barrier = threading.Barrier(sessions)
        answers = [None] * sessions

        def send(i):
            barrier.wait(timeout=30 * SLOW)
            answers[i] = clients[i].data(message("burst %d" % i))

        threads = [threading.Thread(target=send, args=(i,)) for i in range(sessions)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60 * SLOW)
        for client in clients:
            client.quit()
        codes = sorted(code for code, _ in answers)
        self.assertEqual(codes, [250] * 3 + [451] * 5, answers)
        for code, text in answers:
            if code == 451:
                self.assertRegex(text.decode(), r'^4\.7\.1 Agent "burst-agent" sent 3 messages this minute \(limit 3\)')
        self.assertEqual(sum(1 for m in self.relay.messages() if m["agent_name"] == name), 3)
        self.assertEqual(self.limit_json(name)["use"]["minute"], 3)
        # Refused at the end of DATA, each counted once.
        self.assertTrue(wait_until(lambda: self.refused_by_limit(name) == 5, timeout=10 * SLOW),
                        self.refused_by_limit(name))

    def test_max_recipients_refuses_the_third_recipient(self):
        name = "rcpt-agent"
        credential = self.fresh_credential(name, self.agent(name, "--max-recipients", "2"))
        client = self.connect(credential)
        try:
            refused = client.sendmail(SENDER, ["a@rcpt.test", "b@rcpt.test", "c@rcpt.test"], message("three"))
        finally:
            client.quit()
        self.assertEqual(refused, {"c@rcpt.test": (452, b"4.5.3 Too many recipients for this agent (limit 2)")})
        stored = [m for m in self.relay.messages() if m["agent_name"] == name]
        self.assertEqual(len(stored), 1)
        self.assertEqual(stored[0]["recipients"], ["a@rcpt.test", "b@rcpt.test"])
        # swaks: the third RCPT refused, the message still queued for the first two.
        result = self.swaks(credential, "x@rcpt.test,y@rcpt.test,z@rcpt.test")
        self.assertRegex(result.stdout, r"<~?\*+ +452 4\.5\.3 Too many recipients for this agent \(limit 2\)")
        queue_id = queue_id_of(result.stdout)
        self.assertIsNotNone(queue_id, result.stdout)
        self.assertEqual(self.find_message(queue_id)["recipients"], ["x@rcpt.test", "y@rcpt.test"])

    def test_cli_change_applies_to_the_running_engine(self):
        name = "live-agent"
        credential = self.agent(name)
        start_of_fresh_minute(min(25 * SLOW, 45))
        client = self.connect(credential)
        try:
            client.sendmail(SENDER, ["one@rcpt.test"], message("before"))
            # In force when the command returns, as `config set` is (an outside tester had 4 messages accepted
            # right after `agent limit --per-minute 2` returned).
            self.relay.cli("agent", "limit", name, "--per-minute", "1")

            def refused():
                code, _ = client.mail(SENDER)
                if code == 250:
                    client.rset()
                return code == 451

            self.assertTrue(refused(), "the new limit was not applied when the command returned")
            self.relay.cli("agent", "limit", name, "--per-minute", "none")
            self.assertFalse(refused(), "the limit was not lifted when the command returned")
            client.rset()
        finally:
            client.quit()

    def test_cli_shows_and_checks_limits(self):
        name = "cli-agent"
        self.agent(name)
        for bad in (["--per-hour", "-5"], ["--per-hour", "ten"], ["--per-day", "1.5"], ["--bogus", "1"],
                    ["--per-hour", "1", "--per-hour", "2"]):
            result = self.relay.cli("agent", "limit", name, *bad, check=False)
            self.assertEqual(result.returncode, 2, (bad, result.stdout, result.stderr))
            self.assertTrue(result.stderr.startswith("relaydesk: "), result.stderr)
        missing = self.relay.cli("agent", "limit", "no-such-agent", "--per-hour", "5", check=False)
        self.assertEqual(missing.returncode, 1)
        self.assertIsNone(self.limit_json(name)["limits"]["per_hour"])

        changed = json.loads(self.relay.cli("agent", "limit", name, "--per-hour", "100", "--per-day", "500",
                                            "--max-recipients", "10", json_output=True).stdout)
        self.assertEqual(changed["agent"], name)
        self.assertEqual(changed["limits"], {"per_minute": None, "per_hour": 100, "per_day": 500,
                                             "max_recipients": 10})
        self.assertEqual(changed["use"], {"minute": 0, "hour": 0, "day": 0})
        # Only the options given change; 0 removes a limit, and says how to stop an agent instead (an outside
        # tester took --per-hour 0 for "send nothing").
        removed = self.relay.cli("agent", "limit", name, "--per-day", "0").stdout
        self.assertIn("0 removes a limit. To stop Mail Agent 'cli-agent' sending at all: relaydesk agent disable "
                      "cli-agent", removed)
        self.assertIn("(0: no limit)", self.relay.cli("agent", "limit", check=False).stderr)
        self.assertEqual(self.limit_json(name)["limits"], {"per_minute": None, "per_hour": 100, "per_day": None,
                                                           "max_recipients": 10})
        shown = json.loads(self.relay.cli("agent", "show", name, json_output=True).stdout)
        self.assertEqual(shown["sending_limits"]["limits"]["per_hour"], 100)
        self.assertIn("hour", shown["sending_limits"]["resets"])
        text = self.relay.cli("agent", "show", name).stdout
        self.assertIn("Sending limits", text)
        self.assertIn("0 of 100 sent this hour", text)
        self.assertRegex(text, r"recipients per message: +10")
        self.assertNotIn("Note:", text)
        # A limit above a longer window's can never be reached: said, not silently kept.
        noted = self.relay.cli("agent", "limit", name, "--per-minute", "500", "--per-day", "50").stdout
        self.assertIn("Note: the limit 500 per minute is above the limit 100 per hour, so it is never reached.",
                      noted)
        self.assertIn("Note: the limit 100 per hour is above the limit 50 per day, so it is never reached.", noted)
        self.assertEqual(self.limit_json(name)["limits"]["per_minute"], 500)


class AgentLimitsRestartTest(unittest.TestCase):
    """A restart does not give an agent a new day's budget: the engine seeds its counts from the store."""

    def setUp(self):
        self.relay = Relay()
        self.addCleanup(self.relay.cleanup)
        self.credential = self.relay.create_agent("day-agent")
        self.relay.cli("agent", "limit", "day-agent", "--per-day", "2")
        self.relay.start()

    def send(self, subject):
        client = smtplib.SMTP("127.0.0.1", self.relay.ports["submission"], timeout=20 * SLOW)
        try:
            client.ehlo("client.test")
            client.starttls(context=client_tls_context())
            client.ehlo("client.test")
            client.login(self.credential["username"], self.credential["password"])
            client.sendmail(SENDER, ["one@rcpt.test"], message(subject))
        finally:
            client.quit()

    def test_restart_keeps_the_day_count(self):
        # Near midnight UTC the day would turn over during the test.
        now = utc_now()
        if now.hour == 23 and now.minute == 59:
            time.sleep(62 - now.second)
        self.send("one")
        self.send("two")
        self.assertEqual(self.relay.stop(), 0)
        self.relay.start()
        with self.assertRaises(smtplib.SMTPSenderRefused) as refused:
            self.send("three")
        self.assertEqual(refused.exception.smtp_code, 451)
        tomorrow = (utc_now() + datetime.timedelta(days=1)).strftime("%Y-%m-%d")
        self.assertEqual(refused.exception.smtp_error.decode(),
                         '4.7.1 Agent "day-agent" sent 2 messages today (limit 2); try again after %s 00:00 UTC'
                         % tomorrow)
        self.assertEqual(self.relay.message_count(), 2)
        self.assertEqual(self.relay.stop(), 0)


if __name__ == "__main__":
    unittest.main()
