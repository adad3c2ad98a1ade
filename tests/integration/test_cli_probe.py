"""Command-line defects an outside probe found (docs/reliability.md, issue 9): garbled allowlist messages, an
unknown command that fell through to the GUI and aborted, a smarthost message that promised more than the engine
does, and a log search that stopped at 50 rows without a word.

Run by ctest; RELAYDESK_BIN points at the relaydesk binary. Each test uses its own data directory.
"""
import contextlib
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from relaydesk_harness import RELAYDESK_BIN, Relay, free_ports, store_connection, wait_until  # noqa: E402
from test_delivery import ScriptedServer, relay_settings, submit  # noqa: E402


class CliProbe(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.data = os.path.join(self.tmp.name, "data")
        os.mkdir(self.data, 0o700)  # commands do not make the directory they are named

    def tearDown(self):
        self.tmp.cleanup()

    def run_cli(self, *args, json_output=False, env=None):
        cmd = [RELAYDESK_BIN, "--data-dir", self.data] + (["--json"] if json_output else []) + list(args)
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL, env=env)
        return proc.returncode, proc.stdout, proc.stderr

    def test_network_verbs_print_what_they_did_without_a_qt_warning(self):
        self.assertEqual(self.run_cli("agent", "create", "Billing")[0], 0)
        expected = {
            "allow-ip": "Added 192.0.2.0/24 to the allowlist of 'Billing' (256 addresses: 192.0.2.0 to 192.0.2.255).",
            "deny-ip": "Removed 192.0.2.0/24 from the allowlist of 'Billing' (256 addresses: 192.0.2.0 to "
                       "192.0.2.255).",
            "trust-device": "Added 192.0.2.0/24 to the trusted devices of 'Billing' (256 addresses: 192.0.2.0 to "
                            "192.0.2.255).",
            "untrust-device": "Removed 192.0.2.0/24 from the trusted devices of 'Billing' (256 addresses: "
                              "192.0.2.0 to 192.0.2.255).",
        }
        for verb, line in expected.items():
            code, out, err = self.run_cli("agent", verb, "Billing", "192.0.2.0/24")
            self.assertEqual(code, 0, (verb, err))
            self.assertEqual(err, "", verb)  # before: "QString::arg: Argument missing: ..."
            self.assertEqual(out.splitlines()[0], line, verb)

    def test_an_unknown_command_prints_usage_and_exits_2(self):
        env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
        for args, word in ((["frobnicate"], "frobnicate"), (["--json", "frobnicate", "x"], "frobnicate"),
                           (["agnet", "list"], "agnet")):
            code, out, err = self.run_cli(*args, env=env)
            self.assertEqual(code, 2, (args, out, err))  # before: 134 (SIGABRT in the GUI without a display)
            self.assertEqual(out, "")
            self.assertIn("unknown command '%s'" % word, err)
            self.assertIn("Usage: relaydesk", err)
        # A typo gets the command it was probably meant to be; "service" the option that runs the relay alone
        # (an outside tester looked for a verb); a typo of a subcommand or a setting likewise.
        self.assertIn("unknown command 'agnet' (did you mean 'agent'?)", self.run_cli("agnet", "list", env=env)[2])
        self.assertIn("unknown command 'service': the relay without a window is 'relaydesk --headless'",
                      self.run_cli("service", env=env)[2])
        self.assertNotIn("did you mean", self.run_cli("frobnicate", env=env)[2])
        self.assertIn("unknown subcommand 'lsit' (did you mean 'list'?)", self.run_cli("agent", "lsit")[2])
        code, out, err = self.run_cli("config", "set", "listener.submission.adress", "127.0.0.1:2")
        self.assertEqual(code, 2, out)
        self.assertIn("unknown setting 'listener.submission.adress' (did you mean 'listener.submission.address'?)",
                      err)
        # And a mistyped option (an outside tester's --alow-ip got "unknown option" alone).
        code, out, err = self.run_cli("agent", "create", "Foo", "--alow-ip", "10.0.0.1")
        self.assertEqual(code, 2, out)
        self.assertIn("unknown option --alow-ip (did you mean '--allow-ip'?)", err)
        self.assertNotIn("did you mean", self.run_cli("agent", "create", "Foo", "--zzz", "1")[2])
        # No command and no display: the GUI would abort; say so instead. A build without the GUI says that.
        code, out, err = self.run_cli(env=env)
        self.assertEqual(code, 2, err)
        self.assertRegex(err, "no display|this build has no GUI")
        self.assertIn("--headless", err)

    def test_version_and_json_without_a_command_never_start_the_window(self):
        # With a display they started the window (--version was taken for one of Qt's options); without one,
        # they said there was no display.
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        code, out, err = self.run_cli("--version", env=env)
        self.assertEqual((code, err), (0, ""))
        self.assertRegex(out, r"^relaydesk \d+\.\d+\.\d+(\+git\d+\.[0-9a-f]+)?\n$")
        code, out, err = self.run_cli("--json", env=env)
        self.assertEqual((code, out), (2, ""), err)
        self.assertIn("--json needs a command (commands: agent,", err)

    def insert_log_rows(self, count):
        self.assertEqual(self.run_cli("config", "list")[0], 0)  # creates the database
        with contextlib.closing(store_connection(self.data, read_only=False)) as db:
            now = int(time.time() * 1000)
            db.executemany(
                "INSERT INTO delivery_attempts(attempt_key, message_id, queue_id, agent_name, sender, recipient_id,"
                " recipient, status, started_at, code, enhanced, reply) VALUES(?, ?, ?, 'billing', 'a@b.test', ?, ?,"
                " 'delivered', ?, 250, '2.0.0', 'OK')",
                [("k%d" % i, i, "q%d" % i, i, "r%d@example.net" % i, now - i) for i in range(count)])
            db.commit()

    def test_log_search_says_when_the_limit_cut_the_result_short(self):
        self.insert_log_rows(60)
        code, out, err = self.run_cli("log", "search", json_output=True)
        self.assertEqual(code, 0, err)
        self.assertEqual(len(json.loads(out)), 50)
        self.assertIn("showing the first 50 matching rows from offset 0; more match: use --limit N", err)
        self.assertIn("--offset 50", err)
        code, out, err = self.run_cli("log", "search", "--limit", "60", json_output=True)
        self.assertEqual((code, len(json.loads(out)), err), (0, 60, ""))
        code, out, err = self.run_cli("log", "search", "--limit", "40", "--offset", "40")
        self.assertEqual((code, err), (0, ""))  # 20 rows left: nothing was cut
        self.assertEqual(len(out.splitlines()), 21)  # header and 20 rows
        code, out, err = self.run_cli("log", "search", "--limit", "10", "--offset", "40")
        self.assertIn("--offset 50", err)
        # A limit the user gave is no warning: only where the next rows begin (an outside tester).
        self.assertIn("relaydesk: note: more rows match: --offset 50 shows the next ones", err)
        self.assertNotIn("warning", err)

    def test_implicit_tls_on_a_plain_port_says_what_the_server_wants(self):
        # `smarthost set HOST:587 --tls implicit` then `smarthost test` said only OpenSSL's "wrong version
        # number" (an outside tester). A server that greets in plain text at once, as a STARTTLS port does.
        server = socket.socket()
        server.bind(("127.0.0.1", 0))
        server.listen(4)
        port = server.getsockname()[1]

        def greet():
            with contextlib.suppress(OSError):
                while True:
                    conn, _ = server.accept()
                    conn.sendall(b"220 plain.test ESMTP\r\n")
                    time.sleep(0.5)
                    conn.close()

        threading.Thread(target=greet, daemon=True).start()
        try:
            self.assertEqual(self.run_cli("smarthost", "set", "127.0.0.1:%d" % port, "--tls", "implicit")[0], 0)
            code, out, err = self.run_cli("smarthost", "test")
            self.assertEqual(code, 1, out)
            self.assertIn("wrong version number (the server answered without TLS: it may expect STARTTLS on this "
                          "port, not implicit TLS)", out + err)
        finally:
            server.close()


class SmarthostWhileRunning(unittest.TestCase):
    """`smarthost set` says when a running engine uses the new smarthost, and the engine does so."""

    def test_a_running_engine_picks_up_a_new_smarthost(self):
        old, new = ScriptedServer(), ScriptedServer()
        relay = Relay(relay_settings(old.port), prefix="relaydesk-sh-")
        try:
            relay.create_agent("billing", trusted=("127.0.0.1",))
            relay.start()
            result = relay.cli("smarthost", "set", "127.0.0.1:%d" % new.port, "--tls", "opportunistic")
            print("smarthost set -> %s" % result.stdout.strip(), file=sys.stderr)
            self.assertNotIn("now goes", result.stdout)
            # Applied before the command returned, as `config set` is: a message submitted right after a
            # `smarthost clear` still went to the old smarthost (an outside tester).
            self.assertIn("The running relay uses it from the next message it delivers", result.stdout)
            submit(relay, ["someone@example.net"], subject="After the change")
            self.assertTrue(wait_until(lambda: new.messages_to("someone@example.net"), timeout=30))
            self.assertEqual(old.messages_to("someone@example.net"), [])
            # And back, at once too.
            relay.cli("smarthost", "set", "127.0.0.1:%d" % old.port, "--tls", "opportunistic")
            submit(relay, ["other@example.net"], subject="Back")
            self.assertTrue(wait_until(lambda: old.messages_to("other@example.net"), timeout=30))
            self.assertEqual(new.messages_to("other@example.net"), [])
        finally:
            relay.cleanup()
            old.close()
            new.close()


if __name__ == "__main__":
    unittest.main()
