"""The routing commands of the admin command line: relaydesk route | tls-policy | smarthost.

Run by ctest; RELAYDESK_BIN points at the relaydesk binary. Each test works on a fresh data directory; the
bad-input test checks that a refused command changes neither the tables, nor the settings, nor the secret file.
"""
import hashlib
import json
import os
import subprocess
import tempfile
import unittest

from relaydesk_harness import stored_secret

BIN = os.environ.get("RELAYDESK_BIN", "relaydesk")
SECRET = "s3cret-Pa55 with spaces"


class CliRoutesTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.data = os.path.join(self.tmp.name, "data")
        os.mkdir(self.data, 0o700)  # commands do not make the directory they are named

    def tearDown(self):
        self.tmp.cleanup()

    def run_cli(self, *args, json_output=False, stdin=None):
        cmd = [BIN, "--data-dir", self.data] + (["--json"] if json_output else []) + list(args)
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=60, input=stdin,
                              stdin=None if stdin is not None else subprocess.DEVNULL)
        return proc.returncode, proc.stdout, proc.stderr

    def ok(self, *args, stdin=None):
        code, out, err = self.run_cli(*args, stdin=stdin)
        self.assertEqual(code, 0, f"{args}: {err}")
        self.assertEqual(err, "", args)
        return out

    def ok_json(self, *args, stdin=None):
        code, out, err = self.run_cli(*args, json_output=True, stdin=stdin)
        self.assertEqual(code, 0, f"{args}: {err}")
        return json.loads(out)

    def fails(self, expected_code, *args, message=None, stdin=None):
        code, out, err = self.run_cli(*args, stdin=stdin)
        self.assertEqual(code, expected_code, f"{args}: stdout={out!r} stderr={err!r}")
        self.assertEqual(out, "", args)
        self.assertTrue(err.startswith("relaydesk: "), f"{args}: {err!r}")
        self.assertEqual(len(err.strip().splitlines()), 1, f"{args}: not one line: {err!r}")
        if message:
            self.assertIn(message, err)
        return err

    @property
    def secret_path(self):
        return os.path.join(self.data, "smarthost.secret")

    def secret(self):
        """The stored smarthost password: smarthost.secret (checked 0600), or on PostgreSQL its node_secrets row."""
        value, mode = stored_secret(self.data, "smarthost")
        if value is not None and mode is not None:
            self.assertEqual(mode, 0o600)
        return value

    def state(self):
        """Everything a refused command must leave untouched."""
        secret = self.secret()
        if secret is not None:
            secret = hashlib.sha256(secret).hexdigest()
        return (self.ok_json("route", "list"), self.ok_json("tls-policy", "list"),
                self.ok_json("smarthost", "show"), self.ok_json("config", "list"), secret)

    # -- route --------------------------------------------------------------------------------------------
    def test_route_add_list_remove(self):
        self.assertEqual(self.ok_json("route", "list"), [])
        self.assertIn("No routes", self.ok("route", "list"))
        added = self.ok_json("route", "add", "*.Corp.Test", "Exchange.corp.test:2525", "--tls", "verify")
        self.assertEqual(added, {"pattern": "*.corp.test", "host": "exchange.corp.test", "port": 2525,
                                 "tls": "verify", "username": "", "password_set": False, "action": "add", "replaced": None})
        self.ok("route", "add", "corp.test", "10.0.0.5")  # port 25 and opportunistic TLS by default
        self.ok("route", "add", "secure.test", "[2001:db8::1]", "--tls=implicit")  # implicit: port 465
        routes = self.ok_json("route", "list")
        self.assertEqual(routes, [
            {"pattern": "*.corp.test", "host": "exchange.corp.test", "port": 2525, "tls": "verify", "username": "", "password_set": False},
            {"pattern": "corp.test", "host": "10.0.0.5", "port": 25, "tls": "opportunistic", "username": "", "password_set": False},
            {"pattern": "secure.test", "host": "2001:db8::1", "port": 465, "tls": "implicit", "username": "", "password_set": False},
        ])
        text = self.ok("route", "list")
        self.assertIn("PATTERN", text)
        self.assertIn("[2001:db8::1]:465", text)
        # Adding the same pattern again replaces its destination, and says so with what it was (an outside
        # tester's second add turned "TLS: none" into opportunistic without a word).
        replaced = self.ok("route", "add", "corp.test", "10.0.0.6:26", "--tls", "none")
        self.assertTrue(replaced.startswith("Route replaced: mail for corp.test goes to 10.0.0.6:26 (TLS: "), replaced)
        self.assertIn("; it went to 10.0.0.5:25 (TLS: ", replaced)
        again = self.ok_json("route", "add", "corp.test", "10.0.0.6:26", "--tls", "none")
        self.assertEqual((again["action"], again["replaced"]),
                         ("replace", {"pattern": "corp.test", "host": "10.0.0.6", "port": 26, "tls": "none", "username": "", "password_set": False}))
        self.assertIn({"pattern": "corp.test", "host": "10.0.0.6", "port": 26, "tls": "none", "username": "", "password_set": False},
                      self.ok_json("route", "list"))
        self.assertEqual(self.ok_json("route", "remove", "*.CORP.test"),
                         {"pattern": "*.corp.test", "action": "remove"})
        self.assertEqual([r["pattern"] for r in self.ok_json("route", "list")], ["corp.test", "secure.test"])
        self.fails(1, "route", "remove", "*.corp.test", message="no route for '*.corp.test'")

    def test_a_route_that_logs_in(self):
        # A leftover: only the smarthost could log in. The password goes only with a verified certificate, is
        # never printed, and goes when the route is replaced without a login or removed.
        before = self.state()
        self.fails(2, "route", "add", "partner.test", "mx.partner.test:587", "--tls", "required", "--username",
                   "office", "--password-stdin", stdin="s3cret\n", message="logs in only with --tls verify or implicit")
        self.fails(2, "route", "add", "partner.test", "mx.partner.test:587", "--tls", "verify", "--password-stdin",
                   stdin="s3cret\n", message="--password-stdin needs --username")
        self.fails(2, "route", "add", "partner.test", "mx.partner.test:587", "--tls", "verify", "--username",
                   "office", message="--username office needs its password (--password-stdin)")
        self.assertEqual(self.state(), before)
        added = self.ok("route", "add", "partner.test", "mx.partner.test:587", "--tls", "verify", "--username",
                        "office", "--password-stdin", stdin="R0ute-s3cret\n")
        self.assertIn("mail for partner.test goes to mx.partner.test:587 (TLS: verify), AUTH as office.", added)
        listed = self.ok_json("route", "list")
        self.assertEqual((listed[0]["username"], listed[0]["password_set"]), ("office", True))
        text = self.ok("route", "list")
        self.assertIn("LOGIN", text)
        self.assertIn("AUTH as office", text)
        value, mode = stored_secret(self.data, "routes")
        self.assertIsNotNone(value)
        if mode is not None:
            self.assertEqual(mode, 0o600)
        for shown in (added, text, json.dumps(listed)):
            self.assertNotIn("R0ute-s3cret", shown)
        # Moved to 465 under the same user name: the stored password stays.
        moved = self.ok_json("route", "add", "partner.test", "mx.partner.test", "--tls", "implicit", "--username",
                             "office")
        self.assertEqual((moved["port"], moved["password_set"]), (465, True))
        self.assertIn("The stored password of office stays.",
                      self.ok("route", "add", "partner.test", "mx.partner.test", "--tls", "implicit", "--username",
                              "office"))
        # Replaced without --username: said on stderr, and the password is gone.
        code, out, err = self.run_cli("route", "add", "partner.test", "mx.partner.test", "--tls", "implicit")
        self.assertEqual(code, 0, err)
        self.assertIn("no longer logs in (it did as office)", err)
        self.assertEqual(self.ok_json("route", "list")[0]["password_set"], False)
        self.assertIsNone(stored_secret(self.data, "routes")[0])

    # -- tls-policy ---------------------------------------------------------------------------------------
    def test_tls_policy_set_list_remove(self):
        self.assertEqual(self.ok_json("tls-policy", "list"), [])
        self.assertEqual(self.ok_json("tls-policy", "set", "Bank.test", "verify"),
                         {"domain": "bank.test", "policy": "verify", "action": "set"})
        self.ok("tls-policy", "set", "*.legacy.test", "none")
        self.ok("tls-policy", "set", "bank.test", "required")  # replaces
        self.assertEqual(self.ok_json("tls-policy", "list"), [{"domain": "*.legacy.test", "policy": "none"},
                                                              {"domain": "bank.test", "policy": "required"}])
        self.assertIn("bank.test", self.ok("tls-policy", "list"))
        self.ok("tls-policy", "remove", "bank.test")
        self.assertEqual(self.ok_json("tls-policy", "list"), [{"domain": "*.legacy.test", "policy": "none"}])
        self.fails(1, "tls-policy", "remove", "bank.test", message="no TLS policy for 'bank.test'")

    # -- smarthost ----------------------------------------------------------------------------------------
    def test_smarthost_password_is_stored_0600_and_never_printed(self):
        self.assertEqual(self.ok_json("smarthost", "show"), {"configured": False, "password_set": False})
        self.assertIn("not set", self.ok("smarthost", "show"))
        result = self.ok_json("smarthost", "set", "smtp.provider.test:2587", "--tls", "implicit", "--username",
                              "relay@office.test", "--password-stdin", stdin=SECRET + "\n")
        self.assertEqual(result["password_set"], True)
        self.assertNotIn(SECRET, json.dumps(result))
        self.assertEqual(self.secret(), SECRET.encode())  # one trailing newline dropped, spaces kept
        shown = self.ok_json("smarthost", "show")
        # "verify": the certificate is checked against the system CA store before AUTH (the default).
        self.assertEqual(shown, {"configured": True, "host": "smtp.provider.test", "port": 2587, "tls": "implicit",
                                 "username": "relay@office.test", "password_set": True, "verify": "system"})
        text = self.ok("smarthost", "show")
        self.assertIn("password:  set", text)
        self.assertIn("smarthost: smtp.provider.test:2587", text)
        for args in (("smarthost", "show"), ("config", "list")):
            for json_output in (False, True):
                code, out, err = self.run_cli(*args, json_output=json_output)
                self.assertNotIn(SECRET, out + err)
        self.assertEqual(self.ok_json("config", "get", "delivery.smarthost")["value"], "smtp.provider.test:2587")

        # set replaces the whole smarthost: credentials not given are gone (never sent to a new host).
        code, _, err = self.run_cli("smarthost", "set", "relay2.provider.test", "--tls", "opportunistic")
        self.assertEqual(code, 0, err)
        self.assertEqual(err, "relaydesk: warning: smarthost set: --tls opportunistic: mail to "
                              "relay2.provider.test:587 goes without TLS when it offers no STARTTLS, and to any "
                              "certificate (no password is sent: there is no user name)\n"
                              "relaydesk: note: smarthost set: no port is given: the relay connects to port 587 "
                              "(submission with STARTTLS)\n")
        self.assertEqual(self.ok_json("smarthost", "show"),
                         {"configured": True, "host": "relay2.provider.test", "port": 587, "tls": "opportunistic",
                          "username": "", "password_set": False, "verify": "system"})
        self.assertIsNone(self.secret())
        self.assertFalse(os.path.exists(self.secret_path))
        self.assertIn("password:  not set", self.ok("smarthost", "show"))

        self.ok("smarthost", "set", "relay3.provider.test:465", "--username", "u", "--password-stdin",
                stdin="pw")
        self.assertEqual(self.ok_json("smarthost", "show")["tls"], "starttls")
        self.assertEqual(self.ok_json("smarthost", "clear"), {"action": "clear"})
        self.assertEqual(self.ok_json("smarthost", "show"), {"configured": False, "password_set": False})
        self.assertIsNone(self.secret())
        self.assertFalse(os.path.exists(self.secret_path))
        self.assertEqual(self.ok_json("config", "get", "delivery.smarthost_username")["value"], "")

    def test_a_user_name_needs_its_password(self):
        # An outside tester's "smarthost set sh.test:36160 --username relayuser </dev/null" was accepted and the
        # relay logged in with an empty password.
        self.fails(2, "smarthost", "set", "sh.test:36160", "--username", "relayuser",
                   message="smarthost set: --username relayuser needs its password: give it on standard input "
                           "with --password-stdin")
        self.assertEqual(self.ok_json("smarthost", "show"), {"configured": False, "password_set": False})
        # set replaces the stored password too, so a stored one is no reason to accept it.
        self.ok("smarthost", "set", "sh.test:36160", "--username", "relayuser", "--password-stdin", stdin="pw\n")
        self.fails(2, "smarthost", "set", "sh.test:36160", "--username", "relayuser", message="--password-stdin")
        shown = self.ok_json("smarthost", "show")
        self.assertEqual((shown["username"], shown["password_set"]), ("relayuser", True))
        self.assertEqual(self.secret(), b"pw")

    def test_a_smarthost_set_that_fails_changes_nothing(self):
        # Its password file could not be written (after a restore it was another user's), yet the host and the
        # CA file changed, and the old host's password went with the new host (an outside tester). A folder in
        # the password file's place stands for a file this user may not write (root may write any file).
        self.ok("smarthost", "set", "old.provider.test:2587", "--username", "u", "--password-stdin",
                stdin="old-secret\n")
        before = self.ok_json("smarthost", "show")
        if not os.path.exists(self.secret_path):
            self.skipTest("the password is kept in the store (PostgreSQL), not in a file")
        os.remove(self.secret_path)
        os.mkdir(self.secret_path)
        try:
            code, out, err = self.run_cli("smarthost", "set", "new.provider.test:2587", "--username", "v",
                                          "--password-stdin", stdin="new-secret\n")
            self.assertEqual(code, 1, out)
            self.assertIn("smarthost.secret", err)
            self.assertEqual(self.ok_json("config", "get", "delivery.smarthost")["value"], "old.provider.test:2587")
            self.assertEqual(self.ok_json("config", "get", "delivery.smarthost_username")["value"], "u")
        finally:
            os.rmdir(self.secret_path)
        self.assertEqual(self.ok_json("smarthost", "show")["host"], before["host"])

    @unittest.skipUnless(os.geteuid() == 0, "a data directory of another owner needs root")
    def test_a_ca_file_the_relay_cannot_read_is_said(self):
        # The command runs as the admin, the relay as the owner of the data directory: a CA file in the
        # admin's home passed the connection test and failed every delivery (an outside tester).
        self.ok("route", "add", "example.org", "mx.example.org:25")  # the store exists before it changes hands
        ca = os.path.join(self.tmp.name, "corp-ca.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                        "/CN=corp CA", "-keyout", os.path.join(self.tmp.name, "ca.key"), "-out", ca],
                       check=True, capture_output=True)
        os.chmod(ca, 0o600)
        os.chmod(self.tmp.name, 0o755)
        os.chown(self.data, 65534, 65534)
        code, out, err = self.run_cli("smarthost", "set", "smtp.provider.test:587", "--ca-file", ca)
        self.assertEqual(code, 0, err)
        self.assertIn("relaydesk: warning: smarthost set: --ca-file: the relay runs as nobody, which cannot "
                      "read %s" % ca, err)
        os.chmod(ca, 0o644)
        code, out, err = self.run_cli("config", "set", "delivery.smarthost_ca_file", ca)
        self.assertNotIn("cannot read", err)
        os.chmod(ca, 0o600)
        code, out, err = self.run_cli("config", "set", "delivery.smarthost_ca_file", ca)
        self.assertIn("relaydesk: warning: delivery.smarthost_ca_file: the relay runs as nobody", err)

    def test_config_set_warns_as_smarthost_set(self):
        # docs/operations.md, "Smarthost TLS": config set of the setting behind --insecure-skip-verify turned
        # verification off without a word; it prints the warning smarthost set prints for the flag.
        code, _, flag = self.run_cli("smarthost", "set", "sh.test:36160", "--insecure-skip-verify")
        self.assertEqual(code, 0, flag)
        text = "the certificate of sh.test:36160 is not verified; anyone on the path can receive the password."
        self.assertIn("relaydesk: warning: smarthost set: --insecure-skip-verify: " + text, flag)
        self.ok("smarthost", "set", "sh.test:36160")
        code, out, err = self.run_cli("config", "set", "delivery.smarthost_insecure_skip_verify", "true")
        self.assertEqual(code, 0, err)
        self.assertEqual(out, "delivery.smarthost_insecure_skip_verify = true (was false)\n")
        self.assertEqual(err, flag.replace("smarthost set: --insecure-skip-verify:",
                                           "config set: delivery.smarthost_insecure_skip_verify:"))
        self.ok("config", "set", "delivery.smarthost_insecure_skip_verify", "false")  # turning it off: no warning
        # The other setting that lowers the smarthost's check: opportunistic TLS without a user name.
        code, _, err = self.run_cli("config", "set", "delivery.smarthost_tls", "opportunistic")
        self.assertEqual(code, 0, err)
        self.assertIn("relaydesk: warning: config set: delivery.smarthost_tls: mail to sh.test:36160 goes "
                      "without TLS", err)
        self.ok("config", "set", "delivery.smarthost_tls", "starttls")
        # A user name set alone, with no password stored: delivery defers (451 4.7.0), so say so now.
        code, _, err = self.run_cli("config", "set", "delivery.smarthost_username", "relayuser")
        self.assertEqual(code, 0, err)
        self.assertIn("relaydesk: warning: config set: delivery.smarthost_username: no smarthost password is "
                      "stored for the user name relayuser", err)
        self.ok("smarthost", "set", "sh.test:36160", "--username", "relayuser", "--password-stdin", stdin="pw\n")
        code, _, err = self.run_cli("config", "set", "delivery.smarthost_username", "relayuser")
        self.assertEqual((code, err), (0, ""))

    def test_the_port_used_and_a_verified_opportunistic_are_said(self):
        # A smarthost without a port and "opportunistic" with a user name (which verifies) were taken without a
        # word (an outside tester).
        code, out, err = self.run_cli("config", "set", "delivery.smarthost", "sh.test")
        self.assertEqual(code, 0, err)
        self.assertIn("relaydesk: note: config set: delivery.smarthost: no port is given: the relay connects to "
                      "port 587 (submission with STARTTLS", err)
        code, out, err = self.run_cli("config", "set", "delivery.smarthost_tls", "implicit")
        self.assertIn("no port is given: the relay connects to port 465 (implicit TLS", err)
        code, out, err = self.run_cli("smarthost", "set", "sh.test", "--tls", "opportunistic", "--username",
                                      "office", "--password-stdin", stdin="pw\n")
        self.assertEqual(code, 0, err)
        self.assertIn("relaydesk: note: smarthost set: no port is given: the relay connects to port 587", err)
        self.assertIn("relaydesk: note: smarthost set: --tls opportunistic: with a user name, opportunistic TLS "
                      "is verified TLS", err)
        self.assertNotIn("goes without TLS", err)
        code, out, err = self.run_cli("smarthost", "set", "sh.test:2526")
        self.assertEqual((code, err), (0, ""))
        code, out, err = self.run_cli("config", "set", "delivery.smarthost_tls", "opportunistic",
                                      "delivery.smarthost_username", "office")
        self.assertIn("relaydesk: note: config set: delivery.smarthost_tls: with a user name, opportunistic TLS "
                      "is verified TLS", err)
        self.assertNotIn("no port is given", err)

    # -- bad input ----------------------------------------------------------------------------------------
    def test_bad_input_changes_nothing(self):
        self.ok("route", "add", "corp.test", "10.0.0.5:2525")
        self.ok("tls-policy", "set", "bank.test", "verify")
        self.ok("smarthost", "set", "smtp.provider.test:587", "--username", "u", "--password-stdin", stdin="pw\n")
        before = self.state()
        bad = [
            (2, ("route",), "missing subcommand"),
            (2, ("route", "frobnicate"), "unknown subcommand 'frobnicate'"),
            (2, ("route", "add", "corp.test"), "missing argument"),
            (2, ("route", "add", "a.test", "h.test", "extra"), "unexpected argument 'extra'"),
            (2, ("route", "add", "bad pattern", "h.test:25"), "is not a domain"),
            (2, ("route", "add", "*.", "h.test:25"), "is not a domain"),
            # All mail is the smarthost's job: said with the command (an outside tester looked for it).
            (2, ("route", "add", "*", "h.test:25"),
             "'*' is not a domain or *.domain: for all mail, set a smarthost ('relaydesk smarthost set HOST:PORT')"),
            (2, ("route", "add", "10.0.0.1", "h.test:25"), "is not a domain"),
            (2, ("route", "add", "a.test", "bad_host:25"), "not a valid host name"),
            (2, ("route", "add", "a.test", "h.test:0"), "not a port"),
            (2, ("route", "add", "a.test", "h.test:70000"), "not a port"),
            (2, ("route", "add", "a.test", "2001:db8::1"), "brackets"),
            (2, ("route", "add", "example.org", "smtp://10.0.0.5:25"),
             "'smtp://10.0.0.5:25': give HOST:PORT without a scheme such as smtp://"),
            (2, ("route", "add", "a.test", "h.test:25:"), "'h.test:25:' ends with ':' but no port"),
            (2, ("route", "add", "a.test", "h.test", "--tls", "sometimes"), "'sometimes' is not none"),
            (2, ("route", "add", "a.test", "h.test", "--tls"), "--tls needs a value"),
            (2, ("route", "add", "a.test", "h.test", "--port", "25"), "unknown option --port"),
            (1, ("route", "remove", "other.test"), "no route for 'other.test'"),
            (2, ("tls-policy", "set", "bank.test", "maybe"), "'maybe' is not none"),
            (2, ("tls-policy", "set", "bank.test", "VERIFY"), "is not none"),
            (2, ("tls-policy", "set", "bad domain", "none"), "is not a domain"),
            (2, ("tls-policy", "set", "bank.test"), "missing argument"),
            (2, ("tls-policy", "list", "extra"), "unexpected argument"),
            (1, ("tls-policy", "remove", "other.test"), "no TLS policy for 'other.test'"),
            (2, ("smarthost", "set"), "missing argument"),
            (2, ("smarthost", "set", "bad_host:25"), "not a valid host name"),
            (2, ("smarthost", "set", "h.test:99999"), "not a port"),
            (2, ("smarthost", "set", "h.test", "--tls", "required"), "not implicit, starttls or opportunistic"),
            (2, ("smarthost", "set", "h.test", "--password-stdin"), "--password-stdin needs --username"),
            (2, ("smarthost", "set", "h.test", "--password", "pw"), "unknown option --password"),
            (2, ("smarthost", "show", "--password-stdin"), "unknown option --password-stdin"),
            (2, ("smarthost", "clear", "now"), "unexpected argument"),
            (2, ("smarthost", "reset"), "unknown subcommand 'reset'"),
        ]
        for code, args, message in bad:
            with self.subTest(args=args):
                self.fails(code, *args, message=message)
        # An empty or multi-line password on stdin is refused before anything is written.
        self.fails(2, "smarthost", "set", "new.test", "--username", "u", "--password-stdin", stdin="",
                   message="no password on standard input")
        self.fails(2, "smarthost", "set", "new.test", "--username", "u", "--password-stdin", stdin="\n",
                   message="no password on standard input")
        self.fails(2, "smarthost", "set", "new.test", "--username", "u", "--password-stdin", stdin="a\nb\n",
                   message="several lines")
        self.assertEqual(self.state(), before)

    def test_json_errors_go_to_stderr(self):
        code, out, err = self.run_cli("route", "add", "a.test", "bad_host", json_output=True)
        self.assertEqual((code, out), (2, ""))
        self.assertTrue(err.startswith("relaydesk: route add: "), err)


if __name__ == "__main__":
    unittest.main(verbosity=2)
