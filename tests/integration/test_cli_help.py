"""relaydesk GROUP COMMAND --help (and -h): every command's usage on stdout, exit 0.

The groups and their commands are read from the program's own listings ("relaydesk --help" names the
groups, "relaydesk GROUP" without a command names its commands), so a command added later is covered
without a change here. An outside tester found "relaydesk smarthost set --help" refused as an unknown
option. Run by ctest; RELAYDESK_BIN points at the relaydesk binary.
"""
import os
import re
import subprocess
import tempfile
import unittest

BIN = os.environ.get("RELAYDESK_BIN", "relaydesk")


class CliHelpTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.data = os.path.join(self.tmp.name, "data")
        os.mkdir(self.data, 0o700)

    def tearDown(self):
        self.tmp.cleanup()

    def run_cli(self, *args):
        cmd = [BIN, "--data-dir", self.data] + list(args)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=60, env=env)
        return proc.returncode, proc.stdout, proc.stderr

    def groups(self):
        code, out, err = self.run_cli("--help")
        self.assertEqual(code, 0, err)
        found = re.search(r"^Commands: (.*)\.$", out, re.M)
        self.assertIsNotNone(found, out)
        return found.group(1).split(", ")

    def commands(self, group):
        """The commands "relaydesk GROUP" lists, or [] for a group that is one command (status)."""
        code, out, err = self.run_cli(group)
        listed = re.search(r"\(subcommands: (.*)\)$", err.strip())
        if not listed:
            return []
        self.assertEqual(code, 2, err)
        return listed.group(1).split(", ")

    def test_help_as_a_word(self):
        # An outside tester typed "relaydesk help": "unknown command 'help'".
        code, out, err = self.run_cli("help")
        self.assertEqual((code, err), (0, ""))
        self.assertEqual(out, self.run_cli("--help")[1])

    def test_every_command_has_help(self):
        groups = self.groups()
        self.assertIn("smarthost", groups)
        checked = 0
        for group in groups:
            commands = self.commands(group)
            for command in commands or [None]:
                words = [group] + ([command] if command else [])
                for flag in ("--help", "-h"):
                    with self.subTest(command=" ".join(words), flag=flag):
                        code, out, err = self.run_cli(*words, flag)
                        self.assertEqual(code, 0, f"{words} {flag}: stdout={out!r} stderr={err!r}")
                        self.assertEqual(err, "")
                        self.assertTrue(out.startswith("Usage: relaydesk " + " ".join(words)), out)
                        checked += 1
        # The tester's commands are among them.
        self.assertGreater(checked, 100)

    def test_tester_commands(self):
        for words in (["smarthost", "set"], ["agent", "create"], ["domain", "add"], ["dkim", "enable"],
                      ["route", "add"], ["backup", "create"]):
            with self.subTest(command=" ".join(words)):
                code, out, err = self.run_cli(*words, "--help")
                self.assertEqual(code, 0, err)
                self.assertIn("relaydesk " + " ".join(words), out)
        code, out, _ = self.run_cli("smarthost", "set", "--help")
        self.assertIn("--insecure-skip-verify", out)
        self.assertIn("--password-stdin", out)

    def test_help_with_other_words_and_for_a_group(self):
        # Help wins over the command's other words and options, and changes nothing.
        code, out, err = self.run_cli("smarthost", "set", "sh.test:587", "--username", "u", "-h")
        self.assertEqual(code, 0, err)
        code, out, _ = self.run_cli("smarthost", "show")
        self.assertIn("not set", out)
        # The whole group, one line per command.
        code, out, err = self.run_cli("route", "--help")
        self.assertEqual(code, 0, err)
        for command in ("list", "add", "remove", "test"):
            self.assertIn("relaydesk route " + command, out)
        # After "--" it is an argument, not a request for help.
        code, out, err = self.run_cli("domain", "add", "--", "--help")
        self.assertEqual(code, 2, out)
        # An unknown command is still refused.
        code, out, err = self.run_cli("route", "nosuch", "--help")
        self.assertEqual(code, 2)
        self.assertIn("unknown subcommand 'nosuch'", err)


if __name__ == "__main__":
    unittest.main()
