"""The control channel (docs/control-channel.md) of a real headless engine: `relaydesk status` and `relaydesk
sessions` (text and --json) while a Python smtplib session is open, the accepted count, the socket's mode, the
protocol's answers to bad input (bad JSON, overlong line, unknown op) from a raw socket, a clear non-zero exit
when no engine runs (after a clean stop, and beside the stale socket of a killed one), and other users kept out:
`nobody` is stopped by the socket's permissions, and when a careless admin opens them up (directory 0755,
socket 0666) the engine's peer check refuses it and logs why.

Needs root (to run a client as `nobody` with setpriv, from util-linux): ctest runs as root here and in CI.
"""

import json
import os
import shutil
import smtplib
import socket
import stat
import subprocess
import tempfile
import time
import unittest

from relaydesk_harness import RELAYDESK_BIN, SLOW, Relay, client_tls_context, fail_on_tsan_report, wait_until


class ControlChannelTest(unittest.TestCase):

    def setUp(self):
        self.relay = Relay()
        self.credential = self.relay.create_agent("control", allow=("127.0.0.1",))
        self.sock_path = os.path.join(self.relay.dir, "control.sock")

    def tearDown(self):
        self.relay.cleanup()

    def cli(self, *args, json_output=False, check=True):
        return self.relay.cli(*args, json_output=json_output, check=check)

    def status(self):
        return json.loads(self.cli("status", json_output=True).stdout)

    def sessions(self):
        return json.loads(self.cli("sessions", json_output=True).stdout)

    def raw(self, payload, lines=1, timeout=5):
        """Sends bytes to the channel; returns the answer lines (parsed) and whether the engine closed it."""
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
            s.settimeout(timeout * SLOW)
            s.connect(self.sock_path)
            s.sendall(payload)
            data = b""
            closed = False
            while data.count(b"\n") < lines:
                try:
                    chunk = s.recv(65536)
                except ConnectionResetError:  # closed with our bytes unread: Linux says so as a reset
                    chunk = b""
                if not chunk:
                    closed = True
                    break
                data += chunk
            if not closed and lines and data.count(b"\n") >= lines:
                # Does the engine keep the connection? A closed one reads as b"" at once.
                s.settimeout(0.3)
                try:
                    closed = s.recv(65536) == b""
                except socket.timeout:
                    closed = False
                except ConnectionResetError:
                    closed = True
            return [json.loads(line) for line in data.splitlines() if line.strip()], closed

    def test_status_says_when_delivery_is_off(self):
        # An outside tester's monitoring script read `status --json` as a healthy relay while delivery was
        # off and the queue grew; `queue list` showed the waiting messages "queued" without a word.
        self.relay.start()
        self.cli("config", "set", "delivery.enabled", "false")
        self.assertIs(self.status()["delivery_enabled"], False)
        self.assertIn("\ndelivery:  OFF (delivery.enabled false)", self.cli("status").stdout)
        self.assertEqual(self.status()["queue"]["messages"], 0)
        self.assertIn("\nqueue:     empty\n", self.cli("status").stdout)
        with smtplib.SMTP(*self.relay.address("submission"), timeout=10) as client:
            client.starttls(context=client_tls_context())
            client.login(self.credential["username"], self.credential["password"])
            client.sendmail("app@example.com", ["someone@example.net"], b"Subject: waits\r\n\r\nbody\r\n")
            client.sendmail("app@example.com", ["a@example.net", "b@example.net"],
                            b"Subject: waits too\r\n\r\nbody\r\n")
        # How much waits (a monitoring script read a healthy relay while 200 messages waited: an outside
        # tester).
        queue = self.status()["queue"]
        self.assertEqual((queue["messages"], queue["recipients"], queue["deferred"], queue["held"],
                          queue["notices"]), (2, 3, 0, 0, 0), queue)
        self.assertTrue(queue["oldest_at"].endswith("Z"), queue)
        self.assertIn("\nqueue:     2 message(s) to 3 recipient(s) waiting (0 after a temporary failure, 0 held), "
                      "0 bounce notice(s); the oldest since ", self.cli("status").stdout)
        self.assertIn("Delivery is off (delivery.enabled false)", self.cli("queue", "list").stdout)
        json.loads(self.cli("queue", "list", json_output=True).stdout)  # the JSON is the list alone, as before
        self.cli("config", "set", "delivery.enabled", "true", "delivery.smarthost", "127.0.0.1:9")
        self.assertIs(self.status()["delivery_enabled"], True)
        self.assertNotIn("OFF", self.cli("status").stdout)
        self.assertNotIn("Delivery is off", self.cli("queue", "list").stdout)

    def test_status_and_sessions_while_a_client_is_connected(self):
        self.relay.start()
        pid = self.relay.process.pid
        status = self.status()
        self.assertEqual(status["pid"], pid)
        self.assertEqual(status["face"], "service")
        self.assertTrue(status["running"])
        self.assertRegex(status["since"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
        self.assertEqual(status["accepted"], 0)
        self.assertEqual(status["sessions"], 0)
        self.assertEqual({l["name"]: l["address"] for l in status["listeners"]},
                         {name: "127.0.0.1:%d" % port for name, port in self.relay.ports.items()})
        self.assertTrue(all(l["listening"] and l["error"] is None for l in status["listeners"]))
        self.assertRegex(status["certificate_sha256"], r"^([0-9A-F]{2}:){31}[0-9A-F]{2}$")
        # The build the engine runs, beside this command's: after an upgrade without systemd the old engine
        # went on running and nothing said so (an outside tester).
        version = subprocess.run([RELAYDESK_BIN, "--version"], capture_output=True, text=True).stdout.split()[-1]
        self.assertEqual((status["version"], status["this_version"]), (version, version))
        self.assertIn("\nversion:   %s\n" % version, self.relay.cli("status").stdout)

        self.assertEqual(stat.S_IMODE(os.lstat(self.sock_path).st_mode), 0o600)
        self.assertTrue(stat.S_ISSOCK(os.lstat(self.sock_path).st_mode))

        with smtplib.SMTP(*self.relay.address("submission"), timeout=10) as client:
            client.ehlo("control-test")
            client_port = client.sock.getsockname()[1]
            self.assertTrue(wait_until(lambda: any(s["open"] for s in self.sessions()), timeout=10))
            sessions = self.sessions()
            mine = [s for s in sessions if s["client"] == "127.0.0.1:%d" % client_port]
            self.assertEqual(len(mine), 1, sessions)
            self.assertEqual(mine[0]["listener"], "submission")
            self.assertTrue(mine[0]["open"])
            self.assertIsNone(mine[0]["ended_at"])
            # A plaintext session's EHLO and its bytes show (it stayed "connected" with 0 bytes in until a
            # MAIL FROM, since only the states the relay waits for were reported).
            self.assertEqual(mine[0]["state"], "ready", mine[0])
            self.assertGreater(mine[0]["bytes_in"], len("EHLO control-test"), mine[0])
            self.assertEqual(client.docmd("RCPT TO:<x@example.net>")[0], 503)  # no MAIL yet
            self.assertTrue(wait_until(lambda: [s for s in self.sessions() if s["client"] == mine[0]["client"]]
                                       [0]["bytes_out"] > mine[0]["bytes_out"], timeout=5))
            self.assertEqual(self.status()["sessions"], 1)
            text = self.cli("sessions").stdout
            self.assertIn("127.0.0.1:%d" % client_port, text)
            self.assertIn("submission", text)
            text = self.cli("status").stdout
            self.assertIn("relay:     relay service (pid %d, since " % pid, text)
            self.assertIn("sessions:  1 open", text)
            for name, port in self.relay.ports.items():
                self.assertRegex(text, r"%s\s+127\.0\.0\.1:%d\s+listening" % (name, port))
            # The node's row says it too, at its next heartbeat (every 3 s): which node of several takes the
            # office's connections.
            self.assertTrue(wait_until(
                lambda: [n["sessions"] for n in json.loads(self.cli("node", "list", "--json").stdout)] == [1],
                timeout=10))
            self.assertRegex(self.cli("node", "list").stdout, r"alive\s+0\s+1\s*\n")

        # A message accepted through another session shows in the accepted count.
        with smtplib.SMTP(*self.relay.address("submission"), timeout=10) as client:
            client.starttls(context=client_tls_context())
            client.login(self.credential["username"], self.credential["password"])
            client.sendmail("app@example.com", ["someone@example.net"], b"Subject: control\r\n\r\nhello\r\n")
        self.assertTrue(wait_until(lambda: self.status()["accepted"] == 1, timeout=10))
        self.assertTrue(wait_until(lambda: self.status()["sessions"] == 0, timeout=10))

        self.assertEqual(self.relay.stop(), 0)
        self.assertFalse(os.path.exists(self.sock_path), "a clean stop removes the socket")

    def test_a_relative_data_dir_names_the_same_channel(self):
        # "--data-dir d3" made the socket name relative: QLocalServer took it for an abstract name and refused
        # it, and status from any directory failed with "Invalid name".
        parent, name = os.path.split(self.relay.dir)
        engine = subprocess.Popen([RELAYDESK_BIN, "--headless", "--data-dir", name], cwd=parent,
                                  stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            self.assertTrue(wait_until(lambda: os.path.exists(self.sock_path), timeout=20 * SLOW))
            for cwd, data_dir in ((parent, name), (parent, "./" + name + "/"), ("/", self.relay.dir)):
                with self.subTest(cwd=cwd, data_dir=data_dir):
                    result = subprocess.run([RELAYDESK_BIN, "--data-dir", data_dir, "--json", "status"], cwd=cwd,
                                            capture_output=True, text=True, timeout=60 * SLOW)
                    self.assertEqual(result.returncode, 0, result.stderr)
                    self.assertEqual(json.loads(result.stdout)["pid"], engine.pid)
        finally:
            engine.terminate()
            _, stderr = engine.communicate(timeout=60 * SLOW)
        self.assertEqual(engine.returncode, 0, stderr.decode())
        self.assertNotIn(b"control_unavailable", stderr)

    def test_no_engine_is_a_clear_failure(self):
        for command in ("status", "sessions"):
            result = self.cli(command, check=False)
            self.assertEqual(result.returncode, 1)
            self.assertEqual(result.stdout, "")
            self.assertIn("relaydesk: no relay engine runs on the data directory %s" % self.relay.dir,
                          result.stderr)
            # The command that starts one there, not on the default directory (an outside tester's copy of
            # 'relaydesk --headless' started a second relay on the default ports).
            self.assertIn("(start one with 'relaydesk --data-dir %s --headless' or the desktop window)" % self.relay.dir,
                          result.stderr)
        # A monitoring script reads a document either way (it got nothing: the same tester).
        result = subprocess.run([RELAYDESK_BIN, "--data-dir", self.relay.dir, "--json", "status"],
                                capture_output=True, text=True, timeout=60 * SLOW)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(json.loads(result.stdout), {"engine": False, "running": False, "data_dir": self.relay.dir})
        self.assertIn("no relay engine runs", result.stderr)
        result = self.cli("status", "extra", check=False)
        self.assertEqual(result.returncode, 2)
        self.assertIn("unexpected argument 'extra'", result.stderr)

        # A killed engine leaves its socket; nobody answers there, and the next engine replaces it.
        self.relay.start()
        self.relay.kill()
        self.assertTrue(os.path.exists(self.sock_path))
        result = self.cli("status", check=False)
        self.assertEqual(result.returncode, 1)
        self.assertIn("no relay engine runs", result.stderr)
        self.relay.start()
        self.assertEqual(self.status()["pid"], self.relay.process.pid)
        self.assertEqual(self.relay.stop(), 0)

    def test_bad_input_gets_errors_not_a_crash(self):
        self.relay.start()
        answers, closed = self.raw(b'{"id":1,"op":\n', lines=1)
        self.assertFalse(answers[0]["ok"])
        self.assertIsNone(answers[0]["id"])
        self.assertIn("not JSON", answers[0]["error"])
        self.assertFalse(closed, "bad JSON keeps the connection")

        answers, closed = self.raw(b'{"id":7,"op":"reboot"}\n{"id":8,"op":"status"}\n', lines=2)
        self.assertEqual(answers[0], {"id": 7, "ok": False, "error": "unknown op 'reboot'"})
        self.assertTrue(answers[1]["ok"])
        self.assertEqual(answers[1]["result"]["pid"], self.relay.process.pid)

        answers, closed = self.raw(b"x" * (70 * 1024), lines=1)
        self.assertFalse(answers[0]["ok"])
        self.assertIn("longer than 65536 bytes", answers[0]["error"])
        self.assertTrue(closed, "an overlong line ends the connection")
        self.assertTrue(wait_until(lambda: any(
            "event=control_client_closed" in line and "longer than 65536 bytes" in line
            for line in self.relay.stderr_lines), timeout=5), "\n".join(self.relay.stderr_lines))

        # Still serving, mail and the channel alike.
        self.assertTrue(self.status()["running"])
        with smtplib.SMTP(*self.relay.address("submission"), timeout=10) as client:
            self.assertEqual(client.ehlo()[0], 250)
        self.assertEqual(self.relay.stop(), 0)

    def run_as_nobody(self, *args):
        """The command line as user nobody (a copy of the binary it can read), with no supplementary groups."""
        command = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--",
                   self.nobody_bin, "--data-dir", self.relay.dir] + list(args)
        env = dict(os.environ, HOME="/tmp")
        result = subprocess.run(command, capture_output=True, text=True, timeout=60 * SLOW, env=env)
        fail_on_tsan_report(" ".join(command), result.stderr)
        return result

    def test_other_users_are_refused(self):
        self.assertEqual(os.geteuid(), 0, "this test runs a client as nobody and needs root")
        self.assertIsNotNone(shutil.which("setpriv"), "setpriv (util-linux) is needed")
        bin_dir = tempfile.mkdtemp(prefix="relaydesk-nobody-")
        self.addCleanup(shutil.rmtree, bin_dir, True)
        os.chmod(bin_dir, 0o755)
        self.nobody_bin = os.path.join(bin_dir, "relaydesk")
        shutil.copy2(RELAYDESK_BIN, self.nobody_bin)
        os.chmod(self.nobody_bin, 0o755)

        self.relay.start()
        self.assertEqual(stat.S_IMODE(os.stat(self.relay.dir).st_mode), 0o700)
        # The data directory (0700) and the socket (0600) keep nobody out before the engine even sees it.
        result = self.run_as_nobody("status")
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertIn("Permission denied", result.stderr.replace("permission denied", "Permission denied"))

        # A directory others may enter, the socket still 0600: an engine runs, it just cannot be asked. This said
        # "no relay engine runs" (the socket's permission denied was taken for a missing socket).
        os.chmod(self.relay.dir, 0o755)
        for command in ("status", "sessions", "reload"):
            result = self.run_as_nobody(command)
            self.assertEqual(result.returncode, 1, command + ": " + result.stdout + result.stderr)
            self.assertEqual(result.stdout, "", command)
            self.assertNotIn("no relay engine runs", result.stderr, command)
            self.assertIn("cannot tell whether a relay engine runs on the data directory %s" % self.relay.dir,
                          result.stderr, command)
            self.assertIn("Permission denied", result.stderr, command)
            self.assertNotIn("QLocalSocket", result.stderr, command)

        # Opened up by mistake: the engine's own check refuses the peer and logs who and why.
        os.chmod(self.sock_path, 0o666)
        result = self.run_as_nobody("status")
        self.assertEqual(result.returncode, 1, result.stdout + result.stderr)
        self.assertEqual(result.stdout, "")
        self.assertIn("refused", result.stderr)
        self.assertIn("uid 65534", result.stderr)
        self.assertTrue(wait_until(lambda: any(
            "event=control_refused" in line and "uid=65534" in line
            for line in self.relay.stderr_lines), timeout=5))
        # Root (and the relay's own user) still get in.
        self.assertEqual(self.status()["pid"], self.relay.process.pid)
        self.assertEqual(self.relay.stop(), 0)


if __name__ == "__main__":
    unittest.main(verbosity=2)
