"""What the package's postrm says and deletes on purge (packaging/debian/postrm), run on a directory of its own:
the script names /var/lib/relaydesk, so each case runs it in a mount namespace whose /var/lib is a temporary
directory (root: unshare and mount). The whole install-run-purge of the .deb is test_deb_package.py."""
import os
import shutil
import subprocess
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
POSTRM = os.path.join(HERE, "..", "..", "packaging", "debian", "postrm")


@unittest.skipUnless(os.geteuid() == 0 and shutil.which("unshare"), "a mount namespace needs root and unshare")
class PostrmPurge(unittest.TestCase):
    def setUp(self):
        self.varlib = tempfile.mkdtemp(prefix="relaydesk-varlib-")
        self.data = os.path.join(self.varlib, "relaydesk")
        os.mkdir(self.data, 0o2770)

    def tearDown(self):
        shutil.rmtree(self.varlib, ignore_errors=True)

    def write(self, name, text):
        with open(os.path.join(self.data, name), "w") as f:
            f.write(text)

    def purge(self):
        result = subprocess.run(["unshare", "--mount", "--propagation", "private", "sh", "-c",
                                 'mount --bind "$1" /var/lib && sh "$2" purge', "postrm", self.varlib, POSTRM],
                                capture_output=True, text=True, timeout=60)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertFalse(os.path.exists(self.data), "the data directory is left after purge")
        return result.stderr

    def test_a_sqlite_directory_is_said_to_hold_the_queue_and_the_agents(self):
        self.write("relaydesk.sqlite", "")
        said = self.purge()
        self.assertIn("relaydesk: deleting /var/lib/relaydesk: the queue, the delivery log, the Mail Agents and "
                      "their credentials, the DKIM keys and the TLS certificate.", said)
        self.assertNotIn("PostgreSQL", said)

    def test_a_postgresql_store_is_named_and_left_alone(self):
        # The purge said it deleted the queue and the agents, which stayed in the database, and did not name
        # the database password it deleted (an outside tester).
        self.write("store.conf", "# The store of this data directory\nurl=postgresql://relay@127.0.0.1:38432/relaydesk\n")
        self.write("store.password", "secret\n")
        self.write("relaydesk.sqlite.migrated-20261205T101537", "")
        said = self.purge()
        self.assertIn("relaydesk: deleting /var/lib/relaydesk: this node's files (the TLS certificate, the "
                      "address of the store and its password, and any SQLite store set aside by 'store migrate')",
                      said)
        self.assertIn("are in the PostgreSQL store postgresql://relay@127.0.0.1:38432/relaydesk, which is not "
                      "touched: drop that database there if it is no longer wanted", said)
        self.assertNotIn("the queue, the delivery log, the Mail Agents and their credentials, the DKIM keys and "
                         "the TLS certificate.", said)
        self.assertNotIn("secret", said)


if __name__ == "__main__":
    unittest.main()
