"""A newcomer's first start of `relaydesk --headless`: it says where its data directory is and, while no Mail Agent
exists, how to create the first one with a command line that works as printed (the binary's real path). Once an
agent exists the hint is gone.

Run: ctest --test-dir build -R test_headless_start -V
"""

import re
import subprocess
import unittest

from relaydesk_harness import Relay


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


if __name__ == "__main__":
    unittest.main()
