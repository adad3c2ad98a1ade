"""A newcomer's first start of `relaydesk --headless`: it says where its data directory is and, while no Mail Agent
exists, how to create the first one with a command line that works as printed (the binary's real path). Once an
agent exists the hint is gone.

Run: ctest --test-dir build -R test_headless_start -V
"""

import json
import os
import re
import subprocess
import tempfile
import unittest

from relaydesk_harness import ENGINE_ENV, RELAYDESK_BIN, SLOW, Relay


class HeadlessStartTest(unittest.TestCase):

    def test_first_start_says_how_to_create_the_first_agent(self):
        relay = Relay()
        try:
            relay.start()
            self.assertEqual(relay.stop(), 0)
            text = "\n".join(relay.stderr_lines)
            self.assertIn("relaydesk: data directory %s" % relay.dir, text)
            self.assertIn("no Mail Agent yet", text)
            command = re.search(r"^  (\S+ --data-dir \S+ agent create) NAME --allow-ip CIDR --sender-domain DOMAIN$", text, re.M)
            self.assertIsNotNone(command, text)
            # The printed command works as printed.
            result = subprocess.run(command.group(1).split() + ["first-app", "--allow-ip", "127.0.0.1",
                                                            "--sender-domain", "example.com"],
                                    capture_output=True, text=True, timeout=60)
            self.assertEqual(result.returncode, 0, result.stderr)
            relay.start()
            self.assertEqual(relay.stop(), 0)
            text = "\n".join(relay.stderr_lines)
            self.assertIn("relaydesk: data directory %s" % relay.dir, text)
            self.assertNotIn("no Mail Agent yet", text)
        finally:
            relay.cleanup()

    def test_the_printed_command_pastes_into_a_shell_with_spaces_in_the_path(self):
        # An outside tester's data directory "Dossier été 2026/données relais": the hint printed the path bare,
        # and pasted into a shell it was three words.
        relay = Relay(prefix="Dossier \u00e9t\u00e9 2026 l'office ")
        try:
            relay.start()
            self.assertEqual(relay.stop(), 0)
            text = "\n".join(relay.stderr_lines)
            line = re.search(r"^  (.+ agent create) NAME --allow-ip CIDR --sender-domain DOMAIN$", text, re.M)
            self.assertIsNotNone(line, text)
            result = subprocess.run(["/bin/sh", "-c", line.group(1) + " first-app --allow-ip 127.0.0.1"
                                     " --sender-domain example.com"], capture_output=True, text=True, timeout=60,
                                    env=ENGINE_ENV)
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertEqual([a["name"] for a in json.loads(relay.cli("agent", "list", json_output=True).stdout)],
                             ["first-app"])
        finally:
            relay.cleanup()

    def test_data_dir_with_an_equals_sign(self):
        # "--data-dir=DIR" as the command line takes it, not skipped as an unknown option.
        relay = Relay()
        # Were it skipped, the default directory would be used: one under this test's folder, not the user's.
        env = dict(ENGINE_ENV, XDG_DATA_HOME=os.path.join(relay.dir, "xdg"))
        try:
            process = subprocess.Popen([RELAYDESK_BIN, "--headless", "--data-dir=" + relay.dir],
                                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.PIPE, text=True, env=env)
            said = ""
            try:
                for _, line in zip(range(100), process.stderr):  # said at the start, before the listeners
                    if "relaydesk: data directory" in line:
                        said = line
                        break
            finally:
                process.terminate()
                process.communicate(timeout=20 * SLOW)
            self.assertEqual(said.strip(), "relaydesk: data directory %s" % relay.dir)
        finally:
            relay.cleanup()

    def test_an_empty_data_dir_is_refused(self):
        # Empty would quietly mean the default directory (here one under a temporary folder, never the user's).
        with tempfile.TemporaryDirectory() as home:
            env = dict(ENGINE_ENV, XDG_DATA_HOME=home)
            for args in (["--data-dir", ""], ["--data-dir="]):
                with self.subTest(args=args):
                    result = subprocess.run([RELAYDESK_BIN, "--headless"] + args, stdin=subprocess.DEVNULL,
                                            capture_output=True, text=True, timeout=20, env=env)
                    self.assertEqual(result.returncode, 2, result.stderr)
                    self.assertEqual(result.stderr, "relaydesk: --data-dir needs a directory\n")


if __name__ == "__main__":
    unittest.main()
