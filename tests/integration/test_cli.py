"""The admin command line (relaydesk agent|credential|config|queue ...) against a fresh data directory.

Run by ctest; RELAYDESK_BIN points at the relaydesk binary.
"""
import datetime
import json
import os
import pty
import re
import select
import socket
import stat
import subprocess
import sys
import tempfile
import time
import unittest
import zoneinfo

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from relaydesk_harness import TEST_PG, free_ports, store_connection  # noqa: E402

BIN = os.environ.get("RELAYDESK_BIN", "relaydesk")
USERNAME = re.compile(r"^rdk_[a-z2-7]{24}$")
PASSWORD = re.compile(r"^[2-9A-HJ-NP-Za-km-z]{32}$")


class CliTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.data = os.path.join(self.tmp.name, "data")
        os.mkdir(self.data, 0o700)  # commands do not make the directory they are named
        # A command that changes something (or reads the settings) makes the store; one that only reads the
        # relay's mail or agents answers that there is none yet (test_a_read_command_makes_no_store).
        self.ok("config", "list")

    def tearDown(self):
        self.tmp.cleanup()

    def run_cli(self, *args, json_output=False):
        cmd = [BIN, "--data-dir", self.data] + (["--json"] if json_output else []) + list(args)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=60, env=env)
        return proc.returncode, proc.stdout, proc.stderr

    def ok(self, *args):
        code, out, err = self.run_cli(*args)
        self.assertEqual(code, 0, f"{args}: {err}")
        return out

    def ok_json(self, *args):
        code, out, err = self.run_cli(*args, json_output=True)
        self.assertEqual(code, 0, f"{args}: {err}")
        return json.loads(out)

    def fails(self, expected_code, *args, message=None):
        code, out, err = self.run_cli(*args)
        self.assertEqual(code, expected_code, f"{args}: stdout={out!r} stderr={err!r}")
        self.assertTrue(err.startswith("relaydesk: "), f"{args}: {err!r}")
        self.assertEqual(len(err.strip().splitlines()), 1, f"{args}: not one line: {err!r}")
        if message:
            self.assertIn(message, err)
        return err

    def create(self, name, *extra):
        result = self.ok_json("agent", "create", name, *extra)
        return result["credential"]["username"], result["credential"]["password"]

    def state(self):
        """Everything the bad-input tests must leave untouched."""
        code, out, _ = self.run_cli("agent", "list", json_output=True)
        agents = json.loads(out) if code == 0 else None
        shown = [self.ok_json("agent", "show", a["name"]) for a in agents or []]
        for agent in shown:
            agent["sending_limits"].pop("resets", None)  # when the current minute ends: moves with the clock
        return agents, shown, self.ok_json("config", "list")

    # --- agents ---------------------------------------------------------------------------------------

    def test_create_shows_the_password_once(self):
        code, out, err = self.run_cli("agent", "create", "Billing", "--allow-ip", "10.0.0.0/8",
                                      "--trusted-device", "192.168.1.50", "--description", "Invoices")
        self.assertEqual(code, 0, err)
        username = re.search(r"username: (\S+)", out).group(1)
        password = re.search(r"password: (\S+)", out).group(1)
        self.assertRegex(username, USERNAME)
        self.assertRegex(password, PASSWORD)
        self.assertIn("shown only this once", out)

        for args in (["agent", "show", "Billing"], ["agent", "list"], ["credential", "list", "Billing"]):
            for as_json in (False, True):
                _, shown, _ = self.run_cli(*args, json_output=as_json)
                if args[1] != "list" or args[0] == "credential":
                    self.assertIn(username, shown)
                self.assertNotIn(password, shown)
                self.assertNotIn("argon2", shown)
        for name in os.listdir(self.data):
            with open(os.path.join(self.data, name), "rb") as f:
                self.assertNotIn(password.encode(), f.read(), name)

        agent = self.ok_json("agent", "show", "Billing")
        self.assertEqual(agent["name"], "Billing")
        self.assertEqual(agent["description"], "Invoices")
        self.assertTrue(agent["enabled"])
        self.assertEqual([n["cidr"] for n in agent["allowlist"]], ["10.0.0.0/8"])
        # The count grouped as the locale groups it (C: "16,777,216"; an outside tester read "16777216").
        self.assertRegex(agent["allowlist"][0]["description"],
                         r"^16[,.\u00a0\u202f]?777[,.\u00a0\u202f]?216 addresses: 10\.0\.0\.0 to 10\.255\.255\.255$")
        self.assertEqual([n["cidr"] for n in agent["trusted_devices"]], ["192.168.1.50"])
        self.assertEqual(len(agent["credentials"]), 1)
        credential = agent["credentials"][0]
        self.assertEqual(credential["username"], username)
        self.assertTrue(credential["active"])
        self.assertIsNone(credential["revoked_at"])
        self.assertIsNone(credential["last_used_at"])
        self.assertNotIn("password", credential)
        self.assertNotIn("password_hash", credential)

    def test_create_json(self):
        result = self.ok_json("agent", "create", "Web shop", "--allow-ip", "127.0.0.1")
        self.assertEqual(result["agent_name"], "Web shop")
        self.assertEqual(result["agent"]["allowlist"][0]["cidr"], "127.0.0.1")
        self.assertRegex(result["credential"]["username"], USERNAME)
        self.assertRegex(result["credential"]["password"], PASSWORD)
        self.assertIn("warning", result)

    def test_list(self):
        self.assertEqual(self.ok_json("agent", "list"), [])
        self.create("Zeta", "--allow-ip", "10.0.0.1")
        self.create("Alpha")
        agents = self.ok_json("agent", "list")
        self.assertEqual([a["name"] for a in agents], ["Alpha", "Zeta"])
        self.assertEqual(agents[0]["active_credentials"], 1)
        text = self.ok("agent", "list")
        self.assertIn("Alpha", text)
        self.assertIn("Zeta", text)

    def test_allow_and_deny_ip(self):
        self.create("Billing", "--allow-ip", "127.0.0.1")
        self.ok("agent", "allow-ip", "Billing", "192.168.0.0/16")
        self.ok("agent", "allow-ip", "Billing", "2001:db8::/32")
        cidrs = [n["cidr"] for n in self.ok_json("agent", "show", "Billing")["allowlist"]]
        self.assertEqual(cidrs, ["127.0.0.1", "192.168.0.0/16", "2001:db8::/32"])
        self.ok("agent", "deny-ip", "Billing", "127.0.0.1")
        cidrs = [n["cidr"] for n in self.ok_json("agent", "show", "Billing")["allowlist"]]
        self.assertEqual(cidrs, ["192.168.0.0/16", "2001:db8::/32"])
        self.ok("agent", "trust-device", "Billing", "192.168.1.9")
        self.assertEqual(self.ok_json("agent", "show", "Billing")["trusted_devices"][0]["cidr"], "192.168.1.9")
        self.ok("agent", "untrust-device", "Billing", "192.168.1.9")
        self.assertEqual(self.ok_json("agent", "show", "Billing")["trusted_devices"], [])

    def test_every_address_and_a_public_providers_domain_are_said(self):
        # An allowlist of 0.0.0.0/0 and a sender domain such as gmail.com were taken without a word (an outside
        # tester): both are kept, with a warning on stderr.
        code, out, err = self.run_cli("agent", "create", "Shop", "--allow-ip", "0.0.0.0/0", "--sender-domain",
                                      "GMail.com")
        self.assertEqual(code, 0, err)
        self.assertIn("relaydesk: warning: 0.0.0.0/0 is every IPv4 address: the agent's credentials log in from "
                      "anywhere, and only the password keeps others out", err)
        self.assertIn("relaydesk: warning: --sender-domain: gmail.com belongs to a public mail provider: this "
                      "office cannot sign mail as it (DKIM)", err)
        code, out, err = self.run_cli("agent", "allow-ip", "Shop", "::/0")
        self.assertEqual(code, 0, err)
        self.assertIn("relaydesk: warning: ::/0 is every IPv6 address", err)
        code, out, err = self.run_cli("domain", "add", "Shop", "kunde@web.de")
        self.assertEqual(code, 0, err)
        self.assertIn("relaydesk: warning: domain add: web.de belongs to a public mail provider", err)
        show = self.ok_json("agent", "show", "Shop")
        self.assertEqual([n["cidr"] for n in show["allowlist"]], ["0.0.0.0/0", "::/0"])
        # The office's own domains and addresses say nothing more than before.
        for args in (("agent", "allow-ip", "Shop", "192.168.0.0/16"), ("domain", "add", "Shop", "gmail.com.example"),
                     ("domain", "add", "Shop", "office.example")):
            code, out, err = self.run_cli(*args)
            self.assertEqual((code, err), (0, ""), args)

    def test_a_device_is_trusted_by_one_agent(self):
        # A second agent's claim on the same device was "Added" and did nothing; disabling the first agent then
        # moved the device to the second.
        self.create("Scanner", "--trusted-device", "192.168.1.60")
        self.create("Printer")
        self.fails(1, "agent", "trust-device", "Printer", "192.168.1.60",
                   message="192.168.1.60 is already a trusted device of 'Scanner': a device sends as one Mail Agent;"
                           " untrust it there first")
        # A device agent's credential is for applications that log in, once an address is allowed; its devices
        # need none (an outside tester read the allowlist warning as advice for the device).
        code, _, err = self.run_cli("agent", "create", "Fax", "--trusted-device", "10.9.9.70",
                                    "--any-sender")
        self.assertEqual(code, 0, err)
        self.assertIn("its trusted devices send on the LAN relay port without a password", err)
        self.assertNotIn("the allowlist is empty", err)
        self.fails(1, "agent", "create", "Copier", "--trusted-device", "192.168.1.60",
                   message="already a trusted device of 'Scanner'")
        self.assertEqual(self.ok_json("agent", "show", "Printer")["trusted_devices"], [])
        self.assertNotIn("Copier", [a["name"] for a in self.ok_json("agent", "list")])
        # A range that holds another agent's device, or lies inside one, is refused too: mail from .60 went as
        # Scanner and from .61 as Printer (docs/protocols.md: every trusted network belongs to one agent).
        self.fails(1, "agent", "trust-device", "Printer", "192.168.1.0/24",
                   message="192.168.1.0/24 overlaps 192.168.1.60, a trusted device of 'Scanner' (one address:"
                           " 192.168.1.60): a device sends as one Mail Agent; untrust it there first")
        self.fails(1, "agent", "trust-device", "Printer", "::ffff:192.168.1.0/120", message="a trusted device of 'Scanner'")
        self.ok("agent", "untrust-device", "Scanner", "192.168.1.60")
        self.ok("agent", "trust-device", "Printer", "192.168.1.0/24")
        self.fails(1, "agent", "trust-device", "Scanner", "192.168.1.60",
                   message="192.168.1.60 overlaps 192.168.1.0/24, a trusted device of 'Printer'")

    def test_a_wide_trusted_range_needs_wide_and_every_address_is_refused(self):
        # The window asks "Trust a wide range?"; the command line said nothing about an open door, and then only
        # warned: an outside tester made 0.0.0.0/0 a trusted device (an open relay on the LAN port) with exit 0.
        self.create("Office")
        for cidr in ("0.0.0.0/0", "::/0"):
            for extra in ((), ("--wide",)):
                self.fails(2, "agent", "trust-device", "Office", cidr, *extra,
                           message="would let anyone on the Internet send mail through this relay without a "
                                   "password (an open relay)")
            self.fails(2, "agent", "create", "Wide", "--trusted-device", cidr, "--wide",
                       message="--trusted-device: %s is every" % cidr)
        self.assertEqual(self.ok_json("agent", "show", "Office")["trusted_devices"], [])
        err = self.fails(2, "agent", "trust-device", "Office", "10.0.0.0/8")
        self.assertRegex(err, r"10\.0\.0\.0/8 is a wide range \(16\D?777\D?216 addresses: 10\.0\.0\.0 to "
                              r"10\.255\.255\.255\): anyone in it could send mail through this relay without a "
                              r"password; list the addresses of the devices, or add --wide if the whole range is yours")
        code, out, err = self.run_cli("agent", "trust-device", "Office", "10.0.0.0/8", "--wide")
        self.assertEqual(code, 0, err)
        self.assertIn("relaydesk: warning: 10.0.0.0/8 is a wide range", err)
        self.assertIn("anyone in it can send mail through this relay without a password", err)
        code, out, err = self.run_cli("agent", "trust-device", "Office", "192.168.7.0/24")
        self.assertEqual((code, err), (0, ""))

    def test_disable_enable_delete(self):
        self.create("Billing")
        self.ok("agent", "disable", "Billing")
        self.assertFalse(self.ok_json("agent", "show", "Billing")["enabled"])
        self.ok("agent", "enable", "Billing")
        self.assertTrue(self.ok_json("agent", "show", "Billing")["enabled"])
        self.ok("agent", "delete", "Billing")
        self.fails(1, "agent", "show", "Billing", message="no Mail Agent named 'Billing'")

    def test_agent_names_are_found_without_regard_to_case(self):
        # Names are unique without regard to ASCII case, so "billing" names the agent "Billing" in every
        # command; an outside tester got "no agent named billing" from log search and suppression list.
        self.create("Billing")
        for name in ("billing", "BILLING"):
            with self.subTest(name=name):
                self.assertEqual(self.ok_json("agent", "show", name)["name"], "Billing")
                self.ok("agent", "disable", name)
                self.assertFalse(self.ok_json("agent", "show", "Billing")["enabled"])
                self.ok("agent", "enable", name)
                self.ok("agent", "allow-ip", name, "192.0.2.7")
                self.ok("agent", "deny-ip", name, "192.0.2.7")
                self.ok("agent", "set-any-sender", name, "off")
                self.ok("agent", "limit", name, "--per-hour", "100")
                self.ok("agent", "limit", name)
                self.ok("domain", "add", name, "example.com")
                self.assertEqual(self.ok_json("domain", "list", name)[0]["agent"], "Billing")
                self.ok("domain", "remove", name, "example.com")
                self.ok("suppression", "add", name, "gone@example.net")
                self.assertEqual(len(self.ok_json("suppression", "list", name)), 1)
                self.ok("suppression", "remove", name, "gone@example.net")
                self.assertEqual(self.ok_json("log", "search", "--agent", name), [])
                self.ok_json("credential", "create", name)
                self.assertGreaterEqual(len(self.ok_json("credential", "list", name)), 2)
        self.fails(1, "log", "search", "--agent", "nobody", message="no Mail Agent named 'nobody'")
        self.fails(1, "log", "search", "--deleted-agent", "nobody", message="no deleted Mail Agent was named 'nobody'")
        self.fails(1, "suppression", "list", "nobody", message="no Mail Agent named 'nobody'")
        self.ok("agent", "delete", "billing")
        self.assertEqual(self.ok_json("agent", "list"), [])

    def test_two_agents_differing_in_case_from_an_older_store_need_the_exact_name(self):
        self.create("Billing")
        db = store_connection(self.data, read_only=False)
        with db:
            db.execute("INSERT INTO agents(name, enabled, description, created_at, any_sender)"
                       " VALUES('billing', 1, '', 0, 1)")
        db.close()
        self.assertEqual(self.ok_json("agent", "show", "billing")["name"], "billing")
        self.assertEqual(self.ok_json("agent", "show", "Billing")["name"], "Billing")
        self.fails(1, "agent", "show", "BILLING", message="'Billing' and 'billing' differ from it only in case")
        self.fails(1, "agent", "delete", "BILLING", message="differ from it only in case")
        self.assertEqual(len(self.ok_json("agent", "list")), 2)

    # --- credentials ----------------------------------------------------------------------------------

    def test_credential_create_revoke_rotate(self):
        first, _ = self.create("Billing", "--allow-ip", "127.0.0.1")
        created = self.ok_json("credential", "create", "Billing")["credential"]
        second = created["username"]
        self.assertRegex(created["password"], PASSWORD)
        self.assertNotEqual(first, second)
        self.assertEqual(len(self.ok_json("credential", "list", "Billing")), 2)

        self.ok("credential", "revoke", first)
        listed = {c["username"]: c for c in self.ok_json("credential", "list", "Billing")}
        self.assertFalse(listed[first]["active"])
        self.assertIsNotNone(listed[first]["revoked_at"])
        self.assertTrue(listed[second]["active"])
        self.fails(1, "credential", "revoke", first, message="already revoked")

        rotated = self.ok_json("credential", "rotate", second)
        third = rotated["credential"]["username"]
        self.assertEqual(rotated["revoked"], second)
        self.assertEqual(rotated["agent_name"], "Billing")
        self.assertRegex(rotated["credential"]["password"], PASSWORD)
        listed = {c["username"]: c for c in self.ok_json("credential", "list", "Billing")}
        self.assertEqual(set(listed), {first, second, third})
        self.assertFalse(listed[second]["active"])
        self.assertTrue(listed[third]["active"])
        self.assertNotIn(rotated["credential"]["password"], self.ok("agent", "show", "Billing"))
        # The agent's name where the user name belongs (an admin in a hurry with a leaked password): its active
        # credential is named, and nothing changes.
        for verb in ("rotate", "revoke"):
            self.fails(2, "credential", verb, "Billing",
                       message="credential %s: 'Billing' is a Mail Agent, not a credential's user name; its active "
                               "credential is %s: relaydesk credential %s %s" % (verb, third, verb, third))
        self.assertTrue({c["username"]: c for c in self.ok_json("credential", "list", "Billing")}[third]["active"])
        self.fails(1, "credential", "rotate", "nobody-here", message="no credential with username 'nobody-here'")
        # Rotation gives a new user name too: said before (--help) and after (an integrator kept the old user
        # name with the new password and got 535).
        helped = self.ok("credential", "rotate", "--help")
        self.assertIn("a new user name and a new password", helped)
        self.assertIn("'credential create AGENT', change the application, then 'credential revoke USERNAME'", helped)
        self.assertIn("a new user name and a new password",
                      self.ok_json("credential", "rotate", "--help")["summary"])
        text = self.ok("credential", "rotate", third)
        self.assertIn("Revoked %s: it can no longer authenticate. The new credential has a new user name as well as "
                      "a new password:" % third, text)

    # --- config ---------------------------------------------------------------------------------------

    def test_config(self):
        setting = self.ok_json("config", "get", "limits.max_recipients")
        self.assertEqual(setting["value"], "1000")
        self.assertTrue(setting["is_default"])
        self.assertEqual(self.ok("config", "get", "limits.max_recipients").strip(), "1000")
        self.ok("config", "set", "limits.max_recipients", "250")
        setting = self.ok_json("config", "get", "limits.max_recipients")
        self.assertEqual(setting["value"], "250")
        self.assertFalse(setting["is_default"])
        self.ok("config", "set", "listener.submission.address", "0.0.0.0:587")
        self.assertEqual(self.ok_json("config", "get", "listener.submission.address")["value"], "0.0.0.0:587")
        keys = {s["key"]: s["value"] for s in self.ok_json("config", "list")}
        self.assertEqual(keys["limits.max_recipients"], "250")
        self.ok("config", "reset", "limits.max_recipients")
        self.assertEqual(self.ok_json("config", "get", "limits.max_recipients")["value"], "1000")
        # An empty value is shown as "", after a set and a reset alike (it printed "key =  (default)").
        self.assertEqual(self.ok("config", "set", "delivery.dns_server", "127.0.0.9").strip(),
                         'delivery.dns_server = 127.0.0.9 (was "")')
        self.assertEqual(self.ok("config", "reset", "delivery.dns_server").strip(),
                         'delivery.dns_server = "" (default)')

    def test_config_values_with_units(self):
        # Stored as seconds, octets and days whatever unit the admin typed; several in one call.
        listed = self.ok("config", "list")  # the stored number, and how a person would say it
        self.assertRegex(listed, r"delivery\.give_up_after +432000 \(5 days\) +\(default\)")
        self.assertRegex(listed, r"limits\.max_message_size +26214400 \(25 MB\) +\(default\)")
        self.assertEqual(self.ok("config", "get", "delivery.give_up_after").strip(), "432000")  # for scripts
        # What a set or a reset stored, said as config list says it (an outside tester typed "6d" and read
        # back "= 518400").
        self.assertEqual(self.ok("config", "set", "delivery.delay_notice_after", "2h").strip(),
                         "delivery.delay_notice_after = 7200 (2 hours) (was 14400 (4 hours))")
        self.assertEqual(self.ok("config", "reset", "delivery.delay_notice_after").strip(),
                         "delivery.delay_notice_after = 14400 (4 hours, the default)")
        # A refusal of two durations says that nothing changed and how to get there (an outside tester).
        self.ok("config", "set", "limits.session_timeout", "2h", "limits.idle_timeout", "2h")
        refused = self.fails(1, "config", "reset", "limits.session_timeout",
                             message="limits.session_timeout (30 minutes) is shorter than limits.idle_timeout (2 hours)")
        self.assertIn("nothing was changed (a reset goes back to the default): change limits.idle_timeout first, or"
                      " set both in one command (relaydesk config set limits.idle_timeout VALUE"
                      " limits.session_timeout VALUE)", refused)
        refused = self.fails(1, "config", "set", "limits.idle_timeout", "1d", message="nothing was changed: change"
                             " limits.session_timeout first")
        self.assertEqual(self.ok("config", "get", "limits.idle_timeout").strip(), "7200")
        # A delay notice after the give-up time would never be sent: refused, and nothing stored.
        self.fails(1, "config", "set", "delivery.delay_notice_after", "6d",
                   message="a message is bounced before its delay notice would be sent")
        self.assertEqual(self.ok("config", "get", "delivery.delay_notice_after").strip(), "14400")
        # A give-up time shortened below the notice is taken (no two-step change for it), and said.
        code, out, err = self.run_cli("config", "set", "delivery.give_up_after", "1h")
        self.assertEqual((code, out.strip()), (0, "delivery.give_up_after = 3600 (1 hour) (was 432000 (5 days))"), err)
        self.assertIn("relaydesk: warning: delivery.give_up_after (1 hour) is shorter than delivery.delay_notice_after"
                      " (4 hours): a message is bounced before its delay notice would be sent, so none is sent", err)
        code, out, err = self.run_cli("config", "set", "delivery.delay_notice_after", "0")
        self.assertEqual((code, err), (0, ""))
        self.ok("config", "reset", "delivery.delay_notice_after", "delivery.give_up_after")
        self.ok("config", "set", "delivery.give_up_after", "5d", "auth.cache_ttl", "15m")
        self.assertEqual(self.ok_json("config", "get", "delivery.give_up_after")["value"], "432000")
        self.assertEqual(self.ok_json("config", "get", "auth.cache_ttl")["value"], "900")
        self.ok("config", "set", "limits.max_message_size", "25MB")
        self.assertEqual(self.ok_json("config", "get", "limits.max_message_size")["value"], "26214400")
        self.ok("config", "set", "retention.log", "2w")
        self.assertEqual(self.ok_json("config", "get", "retention.log")["value"], "14")
        # 0 keeps nothing: said at once (an outside tester read it as "no limit" and lost the whole log).
        code, _, err = self.run_cli("config", "set", "retention.log", "0")
        self.assertEqual(code, 0, err)
        self.assertIn("relaydesk: warning: retention.log 0 keeps no delivery log: the next purge", err)
        code, _, err = self.run_cli("config", "set", "retention.log", "14")
        self.assertNotIn("warning", err)
        # Out of range once converted, an unknown unit, a unit on a count: refused, nothing changed, and the
        # message names the units.
        self.fails(2, "config", "set", "auth.cache_ttl", "2d",
                   message="2 days is not a duration from 0 seconds to 1 day (typed as '2d') (seconds, or with units: 90s,"
                   " 15m, 2h, 1h30m, 5d")
        self.fails(2, "config", "set", "delivery.retry_first", "5y", message="'5y' is not a positive whole number")
        # Below zero, as typed: "-5" read "0 seconds is not a duration from 0 seconds to 1 day" (an outside tester).
        self.fails(2, "config", "set", "auth.cache_ttl", "-5",
                   message="'-5' is not a duration from 0 seconds to 1 day")
        self.fails(2, "config", "set", "limits.max_recipients", "5m", message="'5m' is not a positive whole number")
        # A careless extra digit: a timer of 35 days (beyond its int milliseconds), a thousand session threads.
        self.fails(2, "config", "set", "limits.idle_timeout", "3000000",
                   message="34 days 17 hours 20 minutes is not a duration from 1 second to 1 day")
        self.fails(2, "config", "set", "engine.worker_threads", "1000", message="'1000' is not a whole number from 1 to 64")
        self.fails(2, "config", "set", "limits.max_message_size", "2GB",
                   message="2 GB is not a size from 64 KB to 512 MB (typed as '2GB')")
        self.fails(2, "config", "set", "limits.max_message_size", "536870913",
                   message="913 octets is not a size from 64 KB to 512 MB")  # grouped as the locale groups
        # Megabytes typed as a plain number (an outside tester's "10"): below what RFC 5321 asks of a relay,
        # and the message says what to type; a size in kilobytes below it gets no such guess.
        self.fails(2, "config", "set", "limits.max_message_size", "10",
                   message="10 octets is not a size from 64 KB to 512 MB: a relay must take messages of 64 KB at"
                   " least (RFC 5321 4.5.3.1.7). For 10 MB, type 10MB")
        self.fails(2, "config", "set", "limits.max_message_size", "1k",
                   message="1 KB is not a size from 64 KB to 512 MB (typed as '1k')")
        self.assertEqual(self.ok_json("config", "get", "auth.cache_ttl")["value"], "900")
        self.assertEqual(self.ok_json("config", "get", "delivery.retry_first")["value"], "300")
        # Several units in one value, and the echo of a value no single unit says (an outside tester read
        # "= 90" for "90s", "= 30000000" for a size, and was told "1h30m" was no whole number).
        self.assertEqual(self.ok("config", "set", "delivery.retry_max", "1h30m").strip(),
                         "delivery.retry_max = 5400 (90 min) (was 3600 (1 hour))")
        self.assertEqual(self.ok("config", "set", "delivery.retry_max", "2h 15m 30s").strip(),
                         "delivery.retry_max = 8130 (2 hours 15 min 30 s) (was 5400 (90 min))")
        self.assertEqual(self.ok("config", "set", "delivery.retry_first", "90s").strip(),
                         "delivery.retry_first = 90 (1 min 30 s) (was 300 (5 min))")
        # A 0 that turns a thing off says so: "0 (0 s)" read as a notice sent at once (an outside tester).
        self.assertEqual(self.ok("config", "set", "delivery.delay_notice_after", "0").strip(),
                         "delivery.delay_notice_after = 0 (never) (was 14400 (4 hours))")
        self.assertEqual(self.ok("config", "reset", "auth.verify_threads").strip(),
                         "auth.verify_threads = 0 (one per CPU core, the default)")
        self.ok("config", "reset", "delivery.delay_notice_after")
        self.assertEqual(self.ok("config", "set", "limits.max_message_size", "30000000").strip(),
                         "limits.max_message_size = 30000000 (28.6 MB) (was 26214400 (25 MB))")
        self.fails(2, "config", "set", "delivery.retry_max", "1h30", message="'1h30' is not a positive whole number")
        # The number and its unit as two words were "unexpected argument 'MB'"; twenty digits "not a positive
        # whole number"; "yes" and "0" for a switch "not true or false" (an outside tester).
        self.fails(2, "config", "set", "limits.max_message_size", "25", "MB",
                   message="write the number and its unit as one word, without a space: '25MB'")
        self.fails(2, "config", "set", "delivery.retry_first", "5", "minutes",
                   message="'5minutes'")
        # Digits grouped by spaces, as German and French write them: read as 25 and a key "000" (a second
        # tester was told to type 25MB).
        self.fails(2, "config", "set", "limits.max_message_size", "25", "000", "000",
                   message="write the number as one word, without spaces: '25000000'")
        self.fails(2, "config", "set", "limits.max_recipients", "99999999999999999999",
                   message="'99999999999999999999' is too large")
        for typed, stored in (("yes", "true"), ("0", "false"), ("on", "true"), ("off", "false")):
            self.ok("config", "set", "listener.lan.enabled", typed)
            self.assertEqual(self.ok_json("config", "get", "listener.lan.enabled")["value"], stored)
        self.fails(2, "config", "set", "listener.lan.enabled", "maybe", message="'maybe' is not true or false")

    # --- queue ----------------------------------------------------------------------------------------

    def test_queue_list(self):
        self.assertEqual(self.ok_json("queue", "list"), [])
        now = int(time.time() * 1000)
        db = store_connection(self.data, read_only=False)
        with db:
            db.execute("INSERT INTO messages(id, queue_id, agent_name, sender, subject, size, received_at, listener,"
                       " client_address) VALUES(1, 'Q1', 'Billing', 'a@example.com', 'Hi', 10, ?, 'submission',"
                       " '127.0.0.1')", (now,))
            for rid, address, state in ((1, "x@example.net", "queued"), (2, "y@example.org", "deferred"),
                                        (3, "z@example.org", "delivered")):
                db.execute("INSERT INTO recipients(id, message_id, address, domain, state, next_attempt_at,"
                           " updated_at) VALUES(?, 1, ?, ?, ?, ?, ?)",
                           (rid, address, address.split("@")[1], state, now, now))
        db.close()
        queue = self.ok_json("queue", "list")
        self.assertEqual(len(queue), 1)
        message = queue[0]
        self.assertEqual(message["queue_id"], "Q1")
        self.assertEqual(message["agent"], "Billing")
        self.assertEqual(message["sender"], "a@example.com")
        self.assertIsNotNone(message["received_at"])
        states = {r["address"]: r["state"] for r in message["recipients"]}
        self.assertEqual(states, {"x@example.net": "queued", "y@example.org": "deferred"})
        text = self.ok("queue", "list")
        self.assertIn("Q1", text)
        self.assertIn("y@example.org (deferred)", text)
        # When the recipients still waiting bounce (an outside tester found it only in the delay notice).
        shown = self.ok_json("queue", "show", "Q1")
        give_up = int(self.ok_json("config", "get", "delivery.give_up_after")["value"])
        self.assertEqual(datetime.datetime.fromisoformat(shown["gives_up_at"].replace("Z", "+00:00")).timestamp(),
                         (now // 1000) + give_up + (now % 1000) / 1000)
        self.assertIn("\nGives up:  ", self.ok("queue", "show", "Q1"))

    def test_a_shorter_give_up_time_says_what_bounces_now(self):
        # An outside tester's two waiting messages bounced within a second of `config set`, without a word.
        now = int(time.time() * 1000)
        db = store_connection(self.data, read_only=False)
        with db:
            # Q3 is held (not tried, so it does not give up until released); Q4 is a notice of the relay's own
            # (no sender to tell: dropped). An outside tester's count took both for bounces with a notice.
            for mid, age_minutes, sender, held in ((1, 10, "a@example.com", 0), (2, 1, "a@example.com", 0),
                                                   (3, 10, "a@example.com", 1), (4, 10, "", 0)):
                db.execute("INSERT INTO messages(id, queue_id, agent_name, sender, subject, size, received_at,"
                           " listener, client_address, held) VALUES(?, ?, 'Billing', ?, 'Hi', 10, ?,"
                           " 'submission', '127.0.0.1', ?)", (mid, "Q%d" % mid, sender, now - age_minutes * 60000,
                                                              held))
                db.execute("INSERT INTO recipients(message_id, address, domain, state, next_attempt_at, updated_at)"
                           " VALUES(?, 'x@example.net', 'example.net', 'deferred', ?, ?)", (mid, now, now))
        db.close()
        code, _, err = self.run_cli("config", "set", "delivery.give_up_after", "5m")
        self.assertEqual(code, 0, err)
        self.assertIn("1 message(s) in the queue were received more than 5 minutes ago: their recipients still "
                      "waiting bounce now", err)
        self.assertIn("1 of the relay's own bounce or delay notices waiting in the queue were queued more than "
                      "5 minutes ago: they are dropped now", err)
        code, _, err = self.run_cli("config", "set", "delivery.give_up_after", "1d")  # longer: nothing bounces
        self.assertEqual(code, 0, err)
        self.assertNotIn("bounce now", err)

    def test_queue_list_of_one_agent(self):
        # As hold, release, delete and bounce take --agent (an outside tester typed it here and got exit 2).
        self.create("Billing", "--allow-ip", "10.0.0.5")
        self.create("Shop", "--allow-ip", "10.0.0.6")
        now = int(time.time() * 1000)
        db = store_connection(self.data, read_only=False)
        with db:
            for mid, agent in ((1, "Billing"), (2, "Shop")):
                db.execute("INSERT INTO messages(id, queue_id, agent_id, agent_name, sender, subject, size, received_at,"
                           " listener, client_address) VALUES(?, ?, (SELECT id FROM agents WHERE name = ?), ?,"
                           " 'a@example.com', 'Hi', 10, ?, 'submission', '127.0.0.1')",
                           (mid, "Q%d" % mid, agent, agent, now))
                db.execute("INSERT INTO recipients(message_id, address, domain, state, next_attempt_at, updated_at)"
                           " VALUES(?, 'x@example.net', 'example.net', 'queued', ?, ?)", (mid, now, now))
        db.close()
        self.assertEqual([m["queue_id"] for m in self.ok_json("queue", "list", "--agent", "billing")], ["Q1"])
        self.assertEqual([m["queue_id"] for m in self.ok_json("queue", "list")], ["Q1", "Q2"])
        with store_connection(self.data, read_only=False) as db:
            db.execute("DELETE FROM recipients WHERE message_id = 2")
            db.execute("DELETE FROM messages WHERE id = 2")
        self.assertEqual(self.ok("queue", "list", "--agent", "Shop").strip(), "No message of Shop is in the queue.")
        self.fails(1, "queue", "list", "--agent", "Nobody", message="Nobody")

    def test_idn_addresses_read_in_unicode(self):
        # The store and SMTP keep A-labels; the human output shows U-labels as mail programs do (RFC 5891
        # 5.2), the local part as stored; --json keeps what is stored.
        self.create("Billing")
        now = int(time.time() * 1000)
        sender, recipient = "rechnung@xn--mller-kva.example", "kunde@xn--bcher-kva.example"
        shown_sender, shown_recipient = "rechnung@m\u00fcller.example", "kunde@b\u00fccher.example"
        db = store_connection(self.data, read_only=False)
        with db:
            db.execute("INSERT INTO messages(id, queue_id, agent_name, sender, subject, size, received_at, listener,"
                       " client_address) VALUES(1, 'Q1', 'Billing', ?, 'Hi', 10, ?, 'submission', '127.0.0.1')",
                       (sender, now))
            db.execute("INSERT INTO recipients(id, message_id, address, domain, state, next_attempt_at, updated_at)"
                       " VALUES(1, 1, ?, 'xn--bcher-kva.example', 'deferred', ?, ?)", (recipient, now, now))
            db.execute("INSERT INTO delivery_attempts(attempt_key, message_id, queue_id, agent_name, sender,"
                       " recipient_id, recipient, status, host, started_at, code, enhanced, reply)"
                       " VALUES('k1', 1, 'Q1', 'Billing', ?, 1, ?, 'deferred', 'mx.xn--bcher-kva.example', ?,"
                       " 451, '4.7.1', 'Greylisted')", (sender, recipient, now))
        db.close()
        self.ok("suppression", "add", "Billing", "gone@xn--bcher-kva.example")
        for args in (("queue", "list"), ("queue", "show", "Q1"), ("log", "search")):
            text = self.ok(*args)
            self.assertIn(shown_recipient, text, args)
            self.assertNotIn("xn--", text, args)
        self.assertIn(shown_sender, self.ok("queue", "show", "Q1"))
        self.assertIn("mx.b\u00fccher.example", self.ok("log", "search"))
        self.assertIn("gone@b\u00fccher.example", self.ok("suppression", "list", "Billing"))
        self.assertEqual(self.ok_json("queue", "list")[0]["recipients"][0]["address"], recipient)
        self.assertEqual(self.ok_json("queue", "show", "Q1")["sender"], sender)
        self.assertEqual(self.ok_json("log", "search")[0]["recipient"], recipient)
        self.assertEqual(self.ok_json("suppression", "list", "Billing")[0]["address"], "gone@xn--bcher-kva.example")
        # Sender domains too (an outside tester's büro.example read xn--bro-hoa.example in `agent list` and
        # `domain list`).
        added = self.ok("domain", "add", "Billing", "büro.example")
        self.assertIn("may now send as büro.example.", added)
        self.assertIn("'relaydesk domain dkim büro.example'", added)
        self.assertNotIn("xn--", self.ok("domain", "dkim", "büro.example"))
        refused = self.fails(1, "agent", "test-message", "Billing", "--from", "x@evil.example", "--to", "t@example.net")
        self.assertNotIn("xn--", refused)
        self.ok("domain", "add", "Billing", "chef@büro.example")
        for args in (("agent", "list"), ("domain", "list"), ("domain", "list", "Billing"), ("agent", "show", "Billing")):
            text = self.ok(*args)
            self.assertIn("büro.example", text, args)
            self.assertNotIn("xn--", text, args)
        self.assertIn("xn--bro-hoa.example", self.ok_json("domain", "list", "Billing")[0]["sender_domains"])

    def test_a_removed_domain_keeps_its_dkim_keys_and_says_so(self):
        # An outside tester removed and added a domain again and was told to make keys it still had.
        self.create("Billing", "--allow-ip", "10.0.0.5")
        self.ok("domain", "add", "Billing", "shop.example")
        self.ok("domain", "dkim", "shop.example")
        removed = self.ok("domain", "remove", "Billing", "shop.example")
        self.assertIn("Its DKIM keys are kept", removed)
        self.assertIn("'relaydesk dkim disable shop.example'", removed)
        added = self.ok("domain", "add", "Billing", "shop.example")
        self.assertIn("signed with the DKIM keys shop.example already has", added)
        self.assertNotIn("'relaydesk domain dkim shop.example'", added)
        # Without keys, the advice to make them, and nothing about keys on removal.
        self.assertIn("'relaydesk domain dkim other.example'", self.ok("domain", "add", "Billing", "other.example"))
        self.assertNotIn("DKIM", self.ok("domain", "remove", "Billing", "other.example"))
        # And a rotation names its grace period in days (an outside tester read "(dkim.grace_days)" alone).
        self.assertIn("for 7 day(s) (dkim.grace_days)", self.ok("domain", "rotate-dkim", "shop.example"))

    def test_log_search_finds_a_message_by_its_message_id(self):
        # Support staff are asked about "the mail with Message-ID <...>" (an outside tester found no way).
        self.create("Billing")
        now = int(time.time() * 1000)
        db = store_connection(self.data, read_only=False)
        with db:
            for n, message_id in ((1, "<20261205.4711@crm.example>"), (2, "<20261205.4712@crm.example>")):
                db.execute("INSERT INTO messages(id, queue_id, agent_name, sender, subject, size, received_at,"
                           " listener, client_address, message_id) VALUES(?, ?, 'Billing', 'a@crm.example', 'Hi',"
                           " 10, ?, 'submission', '127.0.0.1', ?)", (n, "Q%d" % n, now, message_id))
                db.execute("INSERT INTO recipients(id, message_id, address, domain, state, next_attempt_at,"
                           " updated_at) VALUES(?, ?, ?, 'b.example', 'deferred', ?, ?)",
                           (n, n, "k%d@b.example" % n, now, now))
                db.execute("INSERT INTO delivery_attempts(attempt_key, message_id, queue_id, agent_name, sender,"
                           " recipient_id, recipient, status, host, started_at, code, enhanced, reply)"
                           " VALUES(?, ?, ?, 'Billing', 'a@crm.example', ?, ?, 'deferred', 'mx.b.example', ?,"
                           " 451, '4.7.1', 'Greylisted')", ("k%d" % n, n, "Q%d" % n, n, "k%d@b.example" % n, now))
        db.close()
        for typed in ("<20261205.4711@crm.example>", "20261205.4711@crm.example", " <20261205.4711@crm.example> ",
                      "Message-Id: <20261205.4711@crm.example>"):
            found = self.ok_json("log", "search", "--message-id", typed)
            self.assertEqual([e["queue_id"] for e in found], ["Q1"], typed)
        self.assertIn("k2@b.example", self.ok("log", "search", "--message-id", "<20261205.4712@crm.example>"))
        self.assertEqual(self.ok("log", "search", "--message-id", "<4711@crm.example>").strip(),
                         "No delivery attempts match.")
        self.fails(2, "log", "search", "--message-id", "<>", message="--message-id needs a Message-ID")

    def test_the_log_of_a_deleted_agent_is_still_found_by_its_name(self):
        # An outside tester: after `agent delete Scanner`, `log search --agent Scanner` said "no Mail Agent
        # named 'Scanner'" although the log kept its rows.
        self.create("Scanner")
        now = int(time.time() * 1000)
        db = store_connection(self.data, read_only=False)
        with db:
            db.execute("INSERT INTO delivery_attempts(attempt_key, message_id, queue_id, agent_name, sender,"
                       " recipient_id, recipient, status, host, started_at, code, enhanced, reply)"
                       " VALUES('s1', 7, 'QS', 'Scanner', 'scan@example.org', 7, 'del@example.net', 'delivered',"
                       " 'mx.example.net', ?, 250, '2.0.0', 'Ok')", (now,))
        db.close()
        self.ok("agent", "delete", "Scanner")
        found = self.ok_json("log", "search", "--agent", "Scanner")
        self.assertEqual([e["recipient"] for e in found], ["del@example.net"])
        self.fails(1, "log", "search", "--agent", "Nobody", message="no Mail Agent named 'Nobody'")

    def test_a_name_finds_the_live_agent_and_the_deleted_ones_apart(self):
        # An outside tester deleted "Scanners" and made it again (to start afresh): `log search --agent
        # Scanners` then listed only the new agent's rows, and nothing said where the old one's were; a deleted
        # "Faxes" was not found as "faxes", nor at all once its rows were purged. A later one found the old
        # agent's rows mixed into the new one's. The live agent's rows come with --agent, and a note says where
        # the deleted namesake's are: --deleted-agent.
        def attempt(key, agent_id, agent_name, recipient):
            db = store_connection(self.data, read_only=False)
            with db:
                db.execute("INSERT INTO delivery_attempts(attempt_key, message_id, queue_id, agent_id, agent_name,"
                           " sender, recipient_id, recipient, status, host, started_at, code, enhanced, reply)"
                           " VALUES(?, 7, 'QS', ?, ?, 's@scan.example', 7, ?, 'delivered', 'mx.example.net', ?,"
                           " 250, '2.0.0', 'Ok')", (key, agent_id, agent_name, recipient,
                                                   int(time.time() * 1000)))
            db.close()

        def agent_id(name):
            return next(a["id"] for a in self.ok_json("agent", "list") if a["name"] == name)

        self.create("Scanners")
        self.create("Faxes")
        attempt("a1", agent_id("Scanners"), "Scanners", "old@example.net")
        attempt("a2", agent_id("Faxes"), "Faxes", "fax@example.net")
        self.ok("agent", "delete", "Scanners")
        self.ok("agent", "delete", "Faxes")
        self.create("scanners")
        attempt("a3", agent_id("scanners"), "scanners", "new@example.net")
        for typed in ("Scanners", "scanners", "SCANNERS"):
            with self.subTest(typed=typed):
                found = self.ok_json("log", "search", "--agent", typed)
                self.assertEqual([(e["recipient"], e["agent"], e["agent_deleted"]) for e in found],
                                 [("new@example.net", "scanners", False)])
                code, _, err = self.run_cli("log", "search", "--agent", typed)
                self.assertEqual((code, err), (0, "relaydesk: note: a deleted Mail Agent was also named Scanners;"
                                                  " its attempts: relaydesk log search --deleted-agent"
                                                  " 'Scanners'\n"))
                found = self.ok_json("log", "search", "--deleted-agent", typed)
                self.assertEqual([(e["recipient"], e["agent"], e["agent_deleted"]) for e in found],
                                 [("old@example.net", "Scanners", True)])
        table = self.ok("log", "search", "--deleted-agent", "Scanners")
        self.assertIn("Scanners (deleted)", table)
        self.assertNotIn("new@example.net", table)
        self.fails(2, "log", "search", "--agent", "Scanners", "--deleted-agent", "Scanners",
                   message="give --agent or --deleted-agent, not both")
        self.fails(1, "log", "search", "--deleted-agent", "Printers",
                   message="no deleted Mail Agent was named 'Printers'")
        # A live agent with attempts that was never deleted is no deleted agent either (an outside tester got
        # "No delivery attempts match." and exit 0).
        self.create("Copiers")
        attempt("a5", agent_id("Copiers"), "Copiers", "copy@example.net")
        self.fails(1, "log", "search", "--deleted-agent", "copiers",
                   message="no deleted Mail Agent was named 'copiers'")
        self.assertEqual([e["recipient"] for e in self.ok_json("log", "search", "--agent", "faxes")],
                         ["fax@example.net"])
        tomorrow = (datetime.date.today() + datetime.timedelta(days=1)).isoformat()
        self.ok("log", "purge", "--before", tomorrow, "--force")
        # Purged: the agent that had the name is still known, so the answer is an empty list, not an error.
        self.assertEqual(self.ok("log", "search", "--agent", "FAXES").strip(), "No delivery attempts match.")
        # Asked for by name, a deleted agent is said to be deleted, not unknown.
        self.fails(1, "agent", "show", "faxes", message="no Mail Agent named 'Faxes': it was deleted; its mail and"
                   " delivery log stay (relaydesk log search --agent Faxes)")
        self.fails(1, "log", "search", "--agent", "Nobody", message="no Mail Agent named 'Nobody'")

    def test_a_new_agent_never_takes_a_deleted_agents_number(self):
        # An outside tester deleted "Scanners" and made "scanners": it got the old number, so `log search
        # --agent scanners` listed the old agent's deferral as the new one's and the chart charted it so. And
        # `agent delete` said nothing of the message it still had in the queue.
        self.create("Printers")
        self.create("Scanners")
        old = next(a["id"] for a in self.ok_json("agent", "list") if a["name"] == "Scanners")
        self.queue_message("Q1", [("later@example.net", "deferred", (451, "4.7.1", "Greylisted"))], agent_id=old,
                           agent_name="Scanners", sender="scan@example.org")
        deleted = self.ok("agent", "delete", "Scanners")
        self.assertIn("1 message it handed over is still in the queue, where deleting the agent leaves it as before",
                      deleted)
        self.assertEqual(self.ok_json("agent", "delete", "Printers")["messages_waiting"], 0)
        self.create("scanners")
        new = next(a["id"] for a in self.ok_json("agent", "list") if a["name"] == "scanners")
        self.assertGreater(new, old)
        # The new agent has no history of its own; the old one's is apart, and says that its agent is gone.
        self.assertEqual(self.ok_json("log", "search", "--agent", "scanners"), [])
        found = self.ok_json("log", "search", "--deleted-agent", "scanners")
        self.assertEqual([(e["agent"], e["agent_deleted"]) for e in found], [("Scanners", True)])
        self.assertIn("Scanners (deleted)", self.ok("log", "search", "--deleted-agent", "SCANNERS"))
        self.assertEqual([e["status"] for e in self.ok_json("log", "search")], ["deferred"])

    def run_at_terminal(self, answer, *args):
        """Runs a command with its stdin and stderr on a pseudo-terminal, as a person types it, and answers
        whatever it asks with answer. Returns (exit code, stdout, what the terminal showed)."""
        master, slave = pty.openpty()
        cmd = [BIN, "--data-dir", self.data] + list(args)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        proc = subprocess.Popen(cmd, stdin=slave, stderr=slave, stdout=subprocess.PIPE, env=env)
        os.close(slave)
        shown = b""
        try:
            deadline = time.monotonic() + 30
            answered = False
            while time.monotonic() < deadline:
                ready, _, _ = select.select([master], [], [], 0.2)
                if ready:
                    try:
                        chunk = os.read(master, 4096)
                    except OSError:  # the command ended and closed the terminal's last writer
                        break
                    if not chunk:
                        break
                    shown += chunk
                if not answered and b"[y/N]" in shown:
                    os.write(master, answer.encode() + b"\n")
                    answered = True
                if proc.poll() is not None and not ready:
                    break
            out, _ = proc.communicate(timeout=30)
        finally:
            os.close(master)
        return proc.returncode, out.decode(), shown.decode()

    def test_what_cannot_be_undone_is_asked_at_a_terminal(self):
        # A careless admin's `agent delete` at a terminal took the agent's credentials with it without a
        # question, where the window asks and defaults to Cancel. A script (no terminal) is not asked.
        self.create("Printers")
        agent_id = self.ok_json("agent", "list")[0]["id"]
        self.queue_message("Q1", [("later@example.net", "deferred", (451, "4.7.1", "Greylisted"))],
                           agent_id=agent_id, agent_name="Printers", sender="print@example.org")
        for answer in ("", "n", "no thanks"):
            with self.subTest(answer=answer):
                code, out, shown = self.run_at_terminal(answer, "agent", "delete", "Printers")
                self.assertEqual(code, 1, shown)
                self.assertIn("Delete Mail Agent 'Printers'? Its credentials stop working at once (the 1 message(s) "
                              "it queued stay queued); this cannot be undone. [y/N]", shown)
                self.assertIn("relaydesk: agent delete: not confirmed; nothing changed (--yes skips the question)",
                              shown)
                self.assertEqual([a["name"] for a in self.ok_json("agent", "list")], ["Printers"])
        code, out, shown = self.run_at_terminal("n", "queue", "delete", "Q1")
        self.assertEqual(code, 1, shown)
        self.assertIn("Delete message Q1 from the queue?", shown)
        code, out, shown = self.run_at_terminal("n", "queue", "bounce", "Q1")
        self.assertEqual(code, 1, shown)
        self.assertIn("Bounce message Q1?", shown)
        self.assertEqual([m["queue_id"] for m in self.ok_json("queue", "list")], ["Q1"])
        # An unknown name or message is said at once, not asked about.
        code, out, shown = self.run_at_terminal("y", "agent", "delete", "Nobody")
        self.assertEqual(code, 1, shown)
        self.assertNotIn("[y/N]", shown)
        self.assertIn("no Mail Agent named 'Nobody'", shown)
        code, out, shown = self.run_at_terminal("y", "queue", "delete", "Q1", "--yes")  # --yes: not asked
        self.assertEqual(code, 0, shown)
        self.assertNotIn("[y/N]", shown)
        code, out, shown = self.run_at_terminal("Y", "agent", "delete", "Printers")
        self.assertEqual(code, 0, shown)
        self.assertIn("Deleted Mail Agent 'Printers'", out)
        self.assertEqual(self.ok_json("agent", "list"), [])

    def test_a_suppression_typed_in_unicode_is_the_stored_one(self):
        # The window and `suppression list` show U-labels; recipients arrive in A-labels (no SMTPUTF8). An
        # address copied from what is shown adds and removes the stored form; it was refused as "not a mail
        # address of the form local@domain".
        self.create("Billing")
        self.ok("suppression", "add", "Billing", "Info@B\u00fccher.example")
        self.assertEqual([s["address"] for s in self.ok_json("suppression", "list", "Billing")],
                         ["info@xn--bcher-kva.example"])
        self.ok("suppression", "remove", "Billing", "info@b\u00fccher.example")
        self.assertEqual(self.ok_json("suppression", "list", "Billing"), [])
        # A non-ASCII local part can never be a recipient here: said as such, nothing stored.
        self.fails(1, "suppression", "add", "Billing", "j\u00fcrgen@example.org", message="outside ASCII")
        self.assertEqual(self.ok_json("suppression", "list", "Billing"), [])

    def test_a_suppression_reason_is_one_line_of_reasonable_length(self):
        # A 100 KB reason was stored and filled the terminal on every `suppression list`.
        self.create("Billing")
        self.fails(1, "suppression", "add", "Billing", "a@example.org", "--reason", "x" * 501,
                   message="the reason is 501 characters long; keep it to 500 at most")
        self.fails(1, "suppression", "add", "Billing", "a@example.org", "--reason", "asked\nby phone",
                   message="write it on one line")
        self.fails(1, "suppression", "add", "Billing", "a@example.org", "--reason", "\u202eevil",
                   message="invisible direction mark")
        # Characters as people count them: 400 emoji are 400, not 800.
        self.ok("suppression", "add", "Billing", "emoji@example.org", "--reason", "\U0001f600" * 400)
        self.ok("suppression", "remove", "Billing", "emoji@example.org")
        self.assertEqual(self.ok_json("suppression", "list", "Billing"), [])
        self.ok("suppression", "add", "Billing", "a@example.org", "--reason", "y" * 500)
        self.assertEqual([s["reason"] for s in self.ok_json("suppression", "list", "Billing")], ["y" * 500])
        # Added again (in another case): the first entry and its reason stay, and the answer says so.
        self.fails(1, "suppression", "add", "Billing", "A@Example.org",
                   message="A@Example.org is already on the suppression list of Billing, since ")
        self.assertEqual([s["reason"] for s in self.ok_json("suppression", "list", "Billing")], ["y" * 500])

    def test_text_from_outside_cannot_steer_the_terminal(self):
        # A subject is whatever a client sent: ESC [2J would clear the admin's screen, OSC 0 set the window
        # title, backspaces hide what came before, U+202E reverses what follows. A subject is read as one line
        # of text (its controls become spaces, its direction overrides go: a decoded line break forged lines of
        # `queue show` for an outside tester), in text mode and JSON alike; the terminal's own escaping is
        # for what other text brings (replies, names).
        subject = "hi\x1b[2J\x1b[31mFAKE\x1b]0;title\x07\x08\x08\u202egnp.exe\x9b"
        self.assertEqual(self.ok_json("queue", "list"), [])  # makes the store
        now = int(time.time() * 1000)
        db = store_connection(self.data, read_only=False)
        with db:
            db.execute("INSERT INTO messages(id, queue_id, agent_name, sender, subject, size, received_at, listener,"
                       " client_address) VALUES(1, 'Q1', 'Billing', 'a@example.com', ?, 10, ?, 'submission',"
                       " '127.0.0.1')", (subject, now))
            db.execute("INSERT INTO recipients(id, message_id, address, domain, state, next_attempt_at, updated_at)"
                       " VALUES(1, 1, 'x@example.net', 'example.net', 'queued', ?, ?)", (now, now))
        db.close()
        text = self.ok("queue", "show", "Q1")
        for control in ("\x1b", "\x07", "\x08", "\u202e", "\x9b"):
            self.assertNotIn(control, text)
        self.assertIn("Subject:   hi [2J [31mFAKE ]0;title   gnp.exe \n", text)
        self.assertEqual(self.ok_json("queue", "show", "Q1")["subject"], "hi [2J [31mFAKE ]0;title   gnp.exe ")

    def test_a_written_out_control_keeps_the_table_aligned(self):
        # A refused sender with U+202E is written out as "\u202e" (six columns for one character): the row
        # slid apart under its header (an outside tester's `log refused`). Every table measures its cells as
        # written.
        self.assertEqual(self.ok_json("queue", "list"), [])  # makes the store
        now = int(time.time() * 1000)
        db = store_connection(self.data, read_only=False)
        with db:
            for number, sender in ((1, "evil\u202e@example.com"), (2, "plain@example.com")):
                db.execute("INSERT INTO refused_submissions(id, at, first_at, count, client_address, listener,"
                           " agent_id, agent_name, command, sender, recipients, reply) VALUES(?, ?, ?, 1,"
                           " '127.0.0.1', 'submission', 1, 'Billing', 'MAIL', ?, 'x@example.net',"
                           " '553 5.7.1 Sender not allowed')", (number, now - number, now - number, sender))
        db.close()
        lines = [line for line in self.ok("log", "refused").splitlines() if "@example.com" in line]
        self.assertEqual(len(lines), 2, lines)
        self.assertIn("evil\\u202e@example.com", (lines[0] + lines[1]).lower())
        self.assertEqual(lines[0].index("553"), lines[1].index("553"), lines)

    def test_an_error_is_one_line_whatever_was_typed(self):
        # A value typed with a line break in it split the error over two lines (a carriage return was shown
        # as \x0d, a line feed was not): scripts and log watchers read the first line only.
        for value in ("two\nlines", "two\r\nlines"):
            with self.subTest(value=value):
                err = self.fails(2, "config", "set", "limits.max_recipients", value)
                self.assertIn("two\\x0", err)
                self.assertNotIn("\n", err.rstrip("\n"))

    def test_node_forget_removes_only_a_node_that_is_gone(self):
        self.assertEqual(self.ok_json("node", "list"), [])  # makes the store and this data directory's node-id
        with open(os.path.join(self.data, "node-id")) as f:
            self_id = f.read().strip()
        now = int(time.time() * 1000)
        db = store_connection(self.data, read_only=False)
        with db:
            for node_id, name, heartbeat, stopped in (("aaaaaaaaaaaaaaa1", "gone", now - 3600000, now - 3600000),
                                                      ("aaaaaaaaaaaaaaa2", "silent", now - 60000, 0),
                                                      ("aaaaaaaaaaaaaaa3", "alive", now, 0),
                                                      (self_id, "this", now - 3600000, now - 3600000)):
                db.execute("INSERT INTO nodes(id, name, started_at, last_heartbeat, stopped_at) VALUES(?, ?, ?, ?, ?)",
                           (node_id, name, heartbeat, heartbeat, stopped))
        db.close()
        # The silent node died holding two recipients' leases (a third one's lease has run out): node list says
        # until when no node delivers them, and forgetting it frees them at once (an outside tester's forgotten
        # node's mail waited out the whole lease, and node list showed 0 in flight).
        self.queue_message("Q1", [("x@example.net", "queued"), ("y@example.net", "deferred"),
                                  ("z@example.net", "queued")])
        db = store_connection(self.data, read_only=False)
        with db:
            db.execute("UPDATE recipients SET lease_node = 'aaaaaaaaaaaaaaa2', lease_expires = ? WHERE id IN (1, 2)",
                       (now + 50000,))
            db.execute("UPDATE recipients SET lease_node = 'aaaaaaaaaaaaaaa2', lease_expires = ? WHERE id = 3",
                       (now - 1000,))
        db.close()
        silent = next(n for n in self.ok_json("node", "list") if n["id"] == "aaaaaaaaaaaaaaa2")
        self.assertEqual((silent["state"], silent["in_flight"], silent["held"]), ("not responding", 0, 2))
        self.assertIn("still holds the leases of 2 recipient(s)", self.ok("node", "list"))
        self.assertIn("relaydesk node forget aaaaaaaaaaaaaaa2", self.ok("node", "list"))
        # queue list says that nobody delivers it until the lease runs out, not "delivering (node silent)" (an
        # outside tester's node had been killed minutes before).
        self.assertIn("(node silent stopped; taken again after ", self.ok("queue", "list"))
        listed = self.ok_json("queue", "list")[0]
        self.assertEqual((listed["waiting_for_node"], listed["delivering_node"]), ("silent", None))
        # queue show says the same, and no next try already past (an outside tester read "Node: node-one", the
        # node that accepted it, and a next try at its receipt).
        shown = self.ok("queue", "show", "Q1")
        self.assertIn("\nWaiting:   for node silent, which stopped answering: another node takes it after ", shown)
        self.assertIn("(relaydesk node forget silent frees it now)", shown)
        self.assertIn("(node silent stopped)", shown)
        details = self.ok_json("queue", "show", "Q1")
        self.assertEqual((details["waiting_for_node"], details["delivering_node"]), ("silent", None))
        self.assertEqual(details["lease_expires_at"], listed["lease_expires_at"])
        for recipient in details["recipients"]:
            if recipient["state"] in ("queued", "deferred"):
                self.assertGreaterEqual(recipient["next_attempt_at"], details["lease_expires_at"], recipient)
        self.assertIn("aaaaaaaaaaaaaaa1", self.ok("node", "forget", "aaaaaaaaaaaaaaa1"))
        # By the name the hint above gives (an outside tester's "node forget nodeB" was "no node 'nodeB'").
        self.assertIn("The 2 recipient(s) whose leases it held are free", self.ok("node", "forget", "silent"))
        db = store_connection(self.data)
        self.assertEqual(db.execute("SELECT COUNT(*) FROM recipients WHERE lease_node <> '' AND lease_expires > ?",
                                    (now,)).fetchone()[0], 0)
        db.close()
        self.fails(1, "node", "forget", "aaaaaaaaaaaaaaa3", message="is alive: stop its engine first")
        self.fails(1, "node", "forget", "aaaaaaaaaaaaaaa1", message="no node 'aaaaaaaaaaaaaaa1' on this store")
        self.fails(1, "node", "forget", self_id, message="this data directory's own node")
        self.fails(2, "node", "forget")
        self.assertEqual(sorted(n["name"] for n in self.ok_json("node", "list")), ["alive", "this"])
        # An empty name is no name: the node goes by its host's name again, and says so.
        self.assertIn("is now named office-relay", self.ok("node", "rename", "office-relay"))
        # At once in node list (it showed the old name until the engine's next start: an outside tester).
        names = {n["id"]: n["name"] for n in self.ok_json("node", "list")}
        self.assertEqual(names[self_id], "office-relay")
        # By its id, as node list shows it; another node's id is refused, changing nothing.
        self.assertIn("is now named front-desk", self.ok("node", "rename", self_id, "front-desk"))
        self.fails(2, "node", "rename", "aaaaaaaaaaaaaaa3", "x",
                   message="aaaaaaaaaaaaaaa3 is not this data directory's node (%s)" % self_id)
        self.assertEqual({n["id"]: n["name"] for n in self.ok_json("node", "list")}[self_id], "front-desk")
        # Another node's name is refused (two of one name made `node forget NAME` ambiguous: an outside tester).
        self.fails(2, "node", "rename", "alive", message="node aaaaaaaaaaaaaaa3 of this store is named 'alive' already")
        self.assertEqual({n["id"]: n["name"] for n in self.ok_json("node", "list")}[self_id], "front-desk")
        host = socket.gethostname()
        self.assertIn("has no name of its own now and goes by its host's name, " + host,
                      self.ok("node", "rename", ""))

    def test_a_time_copied_from_the_output_finds_its_row(self):
        # An outside tester in Berlin copied a time from `log search` into --since and found nothing: the
        # tables print the computer's time, and --since read a time without a zone as UTC (an hour ahead).
        at = int(time.time() * 1000) - 3 * 3600 * 1000
        self.queue_message("Q1", [("x@example.net", "deferred", (451, "4.3.0", "try later"))], at=at)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TZ="Europe/Berlin")

        def cli(*args):
            proc = subprocess.run([BIN, "--data-dir", self.data] + list(args), capture_output=True, text=True,
                                  timeout=60, env=env)
            self.assertEqual(proc.returncode, 0, proc.stderr)
            return proc.stdout

        shown = re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", cli("log", "search")).group(0)
        berlin = datetime.datetime.fromtimestamp(at / 1000, zoneinfo.ZoneInfo("Europe/Berlin"))
        self.assertEqual(shown, berlin.strftime("%Y-%m-%d %H:%M:%S"))
        typed = shown.replace(" ", "T")
        self.assertIn("x@example.net", cli("log", "search", "--since", typed))
        later = (berlin.replace(microsecond=0) + datetime.timedelta(seconds=1)).strftime("%Y-%m-%dT%H:%M:%S")
        self.assertNotIn("x@example.net", cli("log", "search", "--since", later))
        # With Z it is UTC, whatever the computer's zone.
        utc = datetime.datetime.fromtimestamp(at / 1000, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.assertIn("x@example.net", cli("log", "search", "--since", utc))

    def test_hold_and_release_need_a_pending_recipient(self):
        self.queue_message("Q1", [("x@example.net", "bounced")])
        for verb in ("hold", "release"):
            with self.subTest(verb=verb):
                self.fails(1, "queue", verb, "Q1", message="message Q1 has no recipient left to deliver")

    def test_a_held_message_shows_no_next_try(self):
        # Nothing is tried while a message is held: queue show printed its stored next attempt as NEXT TRY.
        now = int(time.time() * 1000)
        later = now + 3600000
        self.ok("queue", "list")  # makes the data directory
        db = store_connection(self.data, read_only=False)
        with db:
            db.execute("INSERT INTO messages(id, queue_id, agent_name, sender, subject, size, received_at, listener,"
                       " client_address, held) VALUES(1, 'Q1', 'Billing', 'a@example.com', 'Hi', 10, ?,"
                       " 'submission', '127.0.0.1', 1)", (now,))
            db.execute("INSERT INTO recipients(id, message_id, address, domain, state, next_attempt_at,"
                       " updated_at) VALUES(1, 1, 'x@example.net', 'example.net', 'deferred', ?, ?)", (later, now))
        db.close()
        row = next(line for line in self.ok("queue", "show", "Q1").splitlines() if "x@example.net" in line)
        self.assertRegex(row, r"x@example\.net\s+deferred\s+0\s+held\s")
        self.assertNotRegex(row, r"\d{4}-\d\d-\d\d")
        shown = self.ok_json("queue", "show", "Q1")
        self.assertTrue(shown["held"])
        self.assertIn("next_attempt_at", shown["recipients"][0])
        self.assertIsNone(shown["recipients"][0]["next_attempt_at"])
        listed = self.ok_json("queue", "list")[0]
        self.assertEqual(listed["state"], "held")
        self.assertIsNone(listed["next_attempt_at"])
        # Holding it again, or releasing it twice, changes nothing and says so (both said they had acted).
        self.assertEqual(self.ok("queue", "hold", "Q1").strip(), "Message Q1 was already held; nothing changed.")
        self.assertFalse(self.ok_json("queue", "hold", "Q1")["changed"])
        self.assertTrue(self.ok_json("queue", "release", "Q1")["changed"])
        self.assertEqual(self.ok("queue", "release", "Q1").strip(), "Message Q1 was not held; nothing changed.")
        self.assertTrue(self.ok_json("queue", "hold", "Q1")["changed"])
        self.assertTrue(self.ok_json("queue", "show", "Q1")["held"])

    def test_a_message_released_after_its_give_up_time_says_it_bounces_unless_delivered(self):
        # Held past delivery.give_up_after, a released message is tried once more and then bounces: the
        # Queue said only "released" (an outside tester).
        now = int(time.time() * 1000)
        self.ok("queue", "list")  # makes the data directory
        db = store_connection(self.data, read_only=False)
        with db:
            for number, age_days in ((1, 6), (2, 1)):
                db.execute("INSERT INTO messages(id, queue_id, agent_name, sender, subject, size, received_at,"
                           " listener, client_address, held) VALUES(?, ?, 'Billing', 'a@example.com', 'Hi', 10,"
                           " ?, 'submission', '127.0.0.1', 1)",
                           (number, "Q%d" % number, now - age_days * 86400000))
                db.execute("INSERT INTO recipients(id, message_id, address, domain, state, next_attempt_at,"
                           " updated_at) VALUES(?, ?, 'x@example.net', 'example.net', 'deferred', ?, ?)",
                           (number, number, now, now))
        db.close()
        self.assertEqual(self.ok("queue", "release", "Q1").strip(),
                         "Message Q1 is released for delivery. It waited longer than delivery.give_up_after: it "
                         "gets one more attempt, and a recipient that attempt does not deliver bounces (its "
                         "sender is told).")
        released = self.ok_json("queue", "release", "Q2")
        self.assertTrue(released["changed"])
        self.assertFalse(released["past_give_up"])
        self.assertEqual(self.ok("queue", "hold", "Q2").strip().split(":")[0], "Message Q2 is held")
        self.assertEqual(self.ok("queue", "release", "Q2").strip(), "Message Q2 is released for delivery.")

    def test_queue_actions_take_several_messages(self):
        # A flood from one program took one `queue delete` a message (an outside tester): hold, release, delete
        # and bounce take several IDs, ask once, say each result, and exit 1 when one failed.
        now = int(time.time() * 1000)
        self.ok("queue", "list")
        db = store_connection(self.data, read_only=False)
        with db:  # ids from the store: a bounce's notice takes the next one (PostgreSQL's sequence too)
            for number in (1, 2, 3):
                db.execute("INSERT INTO messages(queue_id, agent_name, sender, subject, size, received_at,"
                           " listener, client_address) VALUES(?, 'Billing', 'a@example.com', 'Hi', 10, ?,"
                           " 'submission', '127.0.0.1')", ("Q%d" % number, now))
                db.execute("INSERT INTO recipients(message_id, address, domain, state, next_attempt_at,"
                           " updated_at) SELECT id, 'x@example.net', 'example.net', 'queued', ?, ? FROM messages"
                           " WHERE queue_id = ?", (now, now, "Q%d" % number))
        db.close()
        held = self.ok_json("queue", "hold", "Q1", "Q2")
        self.assertEqual((held["done"], held["failed"]), (2, 0))
        self.assertEqual([m["queue_id"] for m in held["messages"]], ["Q1", "Q2"])
        self.assertEqual([m["queue_id"] for m in self.ok_json("queue", "list") if m["state"] == "held"],
                         ["Q1", "Q2"])
        released = self.ok("queue", "release", "Q1", "Q2")
        self.assertIn("Message Q1 is released for delivery.", released)
        self.assertIn("Message Q2 is released for delivery.", released)
        # Asked once for all, Cancel (no) the default: nothing deleted.
        code, out, shown = self.run_at_terminal("", "queue", "delete", "Q1", "Q2", "Q3")
        self.assertEqual(code, 1, shown)
        self.assertIn("Delete 3 messages from the queue (Q1, Q2, Q3)?", shown)
        self.assertEqual(len(self.ok_json("queue", "list")), 3)
        # One unknown among them: the others are done, the unknown one said, exit 1.
        code, out, err = self.run_cli("queue", "delete", "Q1", "NOSUCH", "Q3", "--yes")
        self.assertEqual(code, 1, (out, err))
        self.assertIn("Message Q1 is deleted from the queue", out)
        self.assertIn("Message Q3 is deleted from the queue", out)
        self.assertIn("relaydesk: warning: queue delete: no queued message with id NOSUCH", err)  # as retry says it
        self.assertEqual([m["queue_id"] for m in self.ok_json("queue", "list")], ["Q2"])
        bounced = self.ok_json("queue", "bounce", "Q2", "--yes")  # one ID: the one-message answer, as before
        self.assertEqual((bounced["queue_id"], bounced["ok"]), ("Q2", True))

    def test_queue_actions_take_every_message_of_an_agent(self):
        # A compromised program queued thousands of messages (an outside tester): hold, release, delete and
        # bounce take --agent NAME; for a flood the command says how many, not a line each.
        self.create("Flood")
        self.create("Billing")
        agents = {a["name"]: a["id"] for a in self.ok_json("agent", "list")}
        now = int(time.time() * 1000)
        db = store_connection(self.data, read_only=False)
        with db:  # ids from the store, as in the test above
            for number in range(1, 27):
                agent = "Billing" if number == 26 else "Flood"
                db.execute("INSERT INTO messages(queue_id, agent_id, agent_name, sender, subject, size,"
                           " received_at, listener, client_address) VALUES(?, ?, ?, 'a@example.com', 'Hi', 10, ?,"
                           " 'submission', '127.0.0.1')", ("F%02d" % number, agents[agent], agent, now))
                db.execute("INSERT INTO recipients(message_id, address, domain, state, next_attempt_at,"
                           " updated_at) SELECT id, 'x@example.net', 'example.net', 'queued', ?, ? FROM messages"
                           " WHERE queue_id = ?", (now, now, "F%02d" % number))
        db.close()

        def held():
            return sorted(m["queue_id"] for m in self.ok_json("queue", "list") if m["state"] == "held")

        out = self.ok("queue", "hold", "--agent", "flood")
        self.assertEqual(out.strip().splitlines()[-1], "25 of 25 messages held.")
        self.assertEqual(held(), ["F%02d" % n for n in range(1, 26)])
        self.assertIn("No message of Flood is in the queue that is not held yet.",
                      self.ok("queue", "hold", "--agent", "flood"))
        released = self.ok_json("queue", "release", "--agent", "Flood")
        self.assertEqual((released["done"], released["failed"], len(released["messages"])), (25, 0, 25))
        self.assertEqual(held(), [])
        self.fails(2, "queue", "delete", "F01", "--agent", "Flood", message="give IDs or --agent, not both")
        self.fails(2, "queue", "retry", "--agent", "Flood", message="queue retry")
        code, out, shown = self.run_at_terminal("", "queue", "delete", "--agent", "Flood")
        self.assertEqual(code, 1, shown)
        self.assertIn("Delete 25 messages from the queue (every message of Flood in the queue)?", shown)
        deleted = self.ok("queue", "delete", "--agent", "Flood", "--yes")
        self.assertIn("25 of 25 messages deleted from the queue (25 recipients will not be tried again).", deleted)
        self.assertEqual([m["queue_id"] for m in self.ok_json("queue", "list")], ["F26"])  # Billing's stays
        self.fails(1, "queue", "hold", "--agent", "Nobody", message="no Mail Agent named 'Nobody'")

    # --- bad input: a one-line message, a non-zero exit code, and nothing changed ---------------------

    def test_bad_input_changes_nothing(self):
        self.create("Billing", "--allow-ip", "127.0.0.1")
        self.ok("config", "set", "limits.max_recipients", "250")
        before = self.state()
        unreadable = os.path.join(self.tmp.name, "missing.pem")
        cases = [
            (2, ("agent", "create", "Other", "--allow-ip", "10.0.0.1/8"), "did you mean 10.0.0.0/8?"),
            (2, ("agent", "create", "Other", "--allow-ip", "10.0.0.0/8", "--trusted-device", "banana"), "banana"),
            (2, ("agent", "create", "Other", "--allow-ip", "10.0.0.0/33"), "out of range"),
            (2, ("agent", "create", "bad/name"), "not a valid Mail Agent name"),
            (1, ("agent", "create", "Billing"), "already exists"),
            # Names are unique without regard to case, on SQLite and PostgreSQL alike.
            (1, ("agent", "create", "billing"), "a Mail Agent named 'Billing' already exists"),
            (2, ("agent", "create", "Other", "--bogus", "x"), "unknown option --bogus"),
            (2, ("agent", "create", "Other", "--allow-ip"), "--allow-ip needs a value"),
            (2, ("agent", "create"), "missing argument"),
            (2, ("log", "search", "--status", "bogus"), "unknown status 'bogus' (use delivered, deferred,"),
            # The window shows a held message's recipients as "held"; attempts are never held.
            (2, ("log", "search", "--status", "held"), "no delivery attempt is 'held': holding stops the attempts"),
            (2, ("agent", "create", "Other", "--description", "x" * 1001), "--description: a description may have"
             " at most 1000 characters"),
            (2, ("agent", "create", "Other", "--description", "two\nlines"), "may not contain control characters"),
            (2, ("domain", "records", "example.com", "--rua", "not an address"),
             "'not an address' is not an address for DMARC reports"),
            (2, ("config", "set", "limits.max_message_size", "99999999999"),
             "99,999,999,999 octets is not a size from 64 KB to 512 MB"),
            (2, ("queue", "show", ""), "queue show: the ID is empty (usage: relaydesk queue show ID [--transcript])"),
            (2, ("queue", "delete", " "), "queue delete: the ID is empty"),
            # The same check as smarthost set (an outside tester stored a line break through config set).
            (2, ("config", "set", "delivery.smarthost_username", "relay\r\nuser"), "holds a control character"),
            (2, ("config", "set", "delivery.smarthost_username", " "), "begins or ends with a blank"),
            (1, ("queue", "show", "nosuchid"), "no queued message with id nosuchid"),
            (1, ("agent", "show", "Nobody"), "no Mail Agent named 'Nobody'"),
            (1, ("agent", "disable", "Nobody"), "no Mail Agent named 'Nobody'"),
            (1, ("agent", "delete", "Nobody"), "no Mail Agent named 'Nobody'"),
            (1, ("agent", "allow-ip", "Nobody", "10.0.0.0/8"), "no Mail Agent named 'Nobody'"),
            (1, ("agent", "test-message", "Nobody", "--to", "a@example.com"), "no Mail Agent named 'Nobody'"),
            (2, ("agent", "allow-ip", "Billing", "10.0.0.1/8"), "did you mean 10.0.0.0/8?"),
            (2, ("agent", "allow-ip", "Billing", "not-an-ip"), "not-an-ip"),
            (2, ("agent", "allow-ip", "Billing"), "missing argument"),
            (1, ("agent", "allow-ip", "Billing", "127.0.0.1"), "already on the allowlist"),
            (1, ("agent", "deny-ip", "Billing", "10.0.0.0/8"), "not on the allowlist"),
            (2, ("agent", "show", "Billing", "extra"), "unexpected argument 'extra'"),
            (2, ("agent", "frobnicate"), "unknown subcommand 'frobnicate'"),
            (2, ("agent",), "missing subcommand"),
            (1, ("credential", "create", "Nobody"), "no Mail Agent named 'Nobody'"),
            (1, ("credential", "revoke", "rdk_nosuchcredential"), "no credential"),
            (1, ("credential", "rotate", "rdk_nosuchcredential"), "no credential"),
            (2, ("credential", "revoke"), "missing argument"),
            (2, ("config", "set", "listener.submission.address", "127.0.0.1:99999"), "listener.submission.address"),
            (2, ("config", "set", "limits.max_recipients", "-3"), "not a positive whole number"),
            (2, ("config", "set", "no.such.key", "1"), "unknown setting 'no.such.key'"),
            (2, ("config", "get", "no.such.key"), "unknown setting"),
            (2, ("config", "reset", "no.such.key"), "unknown setting"),
            (2, ("config", "set", "tls.certificate", unreadable), "cannot read certificate file"),
            (2, ("config", "set", "limits.max_recipients"), "missing argument"),
            (2, ("queue", "flush-everything"), "unknown subcommand"),
            (1, ("suppression", "add", "Billing", "@"), "'@' is not a mail address of the form local@domain"),
            (1, ("suppression", "add", "Billing", "a b@"), "'a b@' is not a mail address"),
        ]
        for code, args, message in cases:
            with self.subTest(args=args):
                self.fails(code, *args, message=message)
        self.assertEqual(self.state(), before)
        self.assertEqual(self.ok_json("suppression", "list", "Billing"), [])

    def test_an_empty_data_dir_is_refused(self):
        # Empty would quietly mean the default directory: another relay's data.
        env = dict(os.environ, HOME=self.tmp.name, XDG_DATA_HOME=os.path.join(self.tmp.name, "xdg"))
        for args in (["--data-dir", ""], ["--data-dir="], ["config", "list", "--data-dir="]):
            with self.subTest(args=args):
                command = [BIN] + args + ([] if "config" in args else ["config", "list"])
                proc = subprocess.run(command, capture_output=True, text=True, timeout=60, env=env)
                self.assertEqual(proc.returncode, 2, proc.stderr)
                self.assertEqual(proc.stdout, "")
                self.assertEqual(proc.stderr, "relaydesk: --data-dir needs a directory\n")
        self.assertFalse(os.path.exists(os.path.join(self.tmp.name, "xdg")))

    def queue_message(self, queue_id, recipients, agent_id=None, agent_name="Billing", sender="a@example.com",
                      subject="Hi", held=False, at=None):
        """Message 1 with queue id queue_id, as the store has it: recipients are (address, state[, reply]),
        numbered from 1; a recipient with a reply (code, enhanced, text) gets a delivery attempt at `at` too.
        Returns `at` (milliseconds)."""
        at = int(time.time() * 1000) if at is None else at
        self.ok("queue", "list")  # makes the store
        db = store_connection(self.data, read_only=False)
        with db:
            db.execute("INSERT INTO messages(id, queue_id, agent_id, agent_name, sender, subject, size, received_at,"
                       " listener, client_address, held) VALUES(1, ?, ?, ?, ?, ?, 10, ?, 'submission', '127.0.0.1',"
                       " ?)", (queue_id, agent_id, agent_name, sender, subject, at, 1 if held else 0))
            for number, (address, state, *reply) in enumerate(recipients, 1):
                db.execute("INSERT INTO recipients(id, message_id, address, domain, state, next_attempt_at,"
                           " updated_at) VALUES(?, 1, ?, ?, ?, ?, ?)",
                           (number, address, address.split("@")[1], state, at, at))
                if reply:
                    code, enhanced, text = reply[0]
                    db.execute("INSERT INTO delivery_attempts(attempt_key, message_id, queue_id, agent_id,"
                               " agent_name, sender, recipient_id, recipient, status, host, started_at, code,"
                               " enhanced, reply) VALUES(?, 1, ?, ?, ?, ?, ?, ?, ?, 'mx.example.net', ?, ?, ?, ?)",
                               ("k%d" % number, queue_id, agent_id, agent_name, sender, number, address, state, at,
                                code, enhanced, text))
        db.close()
        return at

    def test_queue_show_prints_the_transcript_on_request(self):
        # An outside tester's support staff on a server without the window found the SMTP dialog only in
        # `--json queue show`.
        self.queue_message("Q1", [("a@example.net", "deferred", (421, "4.4.2", "Connection lost")),
                                  ("b@example.net", "queued")])
        db = store_connection(self.data, read_only=False)
        with db:
            db.execute("UPDATE delivery_attempts SET transcript = ? WHERE attempt_key = 'k1'",
                       ("S: 220 mx.example.net ESMTP\r\nC: EHLO relay.test\r\nS: 250 mx.example.net\r\n"
                        "C: AUTH PLAIN <redacted>\r\n",))
        db.close()
        plain = self.ok("queue", "show", "Q1")
        self.assertNotIn("EHLO relay.test", plain)
        shown = self.ok("queue", "show", "Q1", "--transcript")
        self.assertRegex(shown, r"--- \d{4}-\d\d-\d\d \d\d:\d\d:\d\d, mx\.example\.net.*, deferred ---\n"
                                r"S: 220 mx\.example\.net ESMTP\nC: EHLO relay\.test\nS: 250 mx\.example\.net\n"
                                r"C: AUTH PLAIN <redacted>\n")
        self.assertNotIn("\r", shown)
        self.fails(2, "queue", "show", "Q1", "--transcript", "--transcript", message="--transcript")

    def assert_refused_in(self, directory, args, stderr):
        """`relaydesk --data-dir directory args` exits 1 with nothing on stdout and exactly stderr."""
        with self.subTest(args=args):
            proc = subprocess.run([BIN, "--data-dir", directory] + list(args), capture_output=True, text=True,
                                  timeout=60)
            self.assertEqual((proc.returncode, proc.stdout), (1, ""), proc.stderr)
            self.assertEqual(proc.stderr, stderr)

    def test_a_data_dir_that_does_not_exist_is_not_made(self):
        # A typo in --data-dir made a second, empty relay: "agent create" succeeded where nothing runs.
        typo = os.path.join(self.tmp.name, "dtaa")
        for args in (("agent", "create", "Billing"), ("config", "list"), ("queue", "list"), ("status",),
                     ("reload",), ("sessions",)):
            self.assert_refused_in(typo, args, "relaydesk: no data directory at %s: check the path, or make it "
                                   "first (a relay started with --data-dir makes it, and so does mkdir)\n" % typo)
        self.assertFalse(os.path.exists(typo))
        # An existing directory, empty or not, is used as before.
        self.assertEqual(self.run_cli("agent", "create", "Billing")[0], 0)

    def test_a_file_is_not_a_data_directory_executable_or_not(self):
        # An outside tester's --data-dir /etc/hostname (mode 0755 there) got "Unknown error 20 (ask as root)"
        # from status and SQLite's "unable to open database file" from agent list; a file of mode 0644 was
        # named "not a directory".
        for mode in (0o644, 0o755):
            path = os.path.join(self.tmp.name, "file-%o" % mode)
            with open(path, "w") as f:
                f.write("x\n")
            os.chmod(path, mode)
            for args in (("status",), ("agent", "list"), ("queue", "list")):
                self.assert_refused_in(path, args, "relaydesk: the data directory %s is not a directory\n" % path)

    def test_a_directory_that_is_not_a_data_directory_gets_no_store(self):
        # A mistyped --data-dir that named an existing directory (a home directory) got an empty relaydesk.sqlite
        # there and the answer "The queue is empty.", as if the relay's queue had been looked at.
        other = os.path.join(self.tmp.name, "home")
        os.mkdir(other)
        with open(os.path.join(other, "notes.txt"), "w") as notes:
            notes.write("not a relay\n")
        # Writing commands too: an outside tester created a Mail Agent there and was shown its password.
        for args in (("queue", "list"), ("log", "search"), ("agent", "list"), ("config", "get", "log.level"),
                     ("agent", "show", "Billing"), ("tls", "export", "-"), ("security", "lockouts"),
                     ("agent", "create", "Zed", "--trusted-device", "127.0.0.1"), ("config", "set", "log.level",
                     "bogus"), ("queue", "delete", "1m8zkp5y3qb31b1p"), ("tls", "generate"), ("status",),
                     ("sessions",), ("reload",)):
            self.assert_refused_in(other, args, "relaydesk: %s is not a RelayDesk data directory: it holds other "
                                   "files and no relay store (check the path; a relay started with --data-dir "
                                   "makes its store in a new or empty directory)\n" % other)
        self.assertEqual(sorted(os.listdir(other)), ["notes.txt"])
        # Nor does a relay start there (it bound the default ports and left its store beside notes.txt). Its
        # listeners would be the embedded defaults, so an engine that started anyway is stopped at once.
        proc = subprocess.Popen([BIN, "--headless", "--data-dir", other], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        try:
            _, err = proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            self.fail("the relay started in a directory of other files")
        self.assertEqual(proc.returncode, 1, err)
        self.assertIn("relaydesk: cannot start: %s is not a RelayDesk data directory" % other, err)
        self.assertEqual(sorted(os.listdir(other)), ["notes.txt"])
        # Nor the window: it says so (a message box, here on the offscreen platform where nobody can close it,
        # and on stderr) before it makes anything; it had made a store and started a relay on the defaults.
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=self.tmp.name,
                   XDG_RUNTIME_DIR=self.tmp.name)
        window = subprocess.Popen([BIN, "--data-dir", other], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True, env=env)
        try:
            _, err = window.communicate(timeout=5)
        except subprocess.TimeoutExpired:
            window.kill()
            _, err = window.communicate()
        if "this build has no GUI" not in err:  # the sanitizer builds leave the window out
            self.assertIn("relaydesk: %s is not a RelayDesk data directory" % other, err)
            self.assertNotIn("engine_started", err)
        self.assertEqual(sorted(os.listdir(other)), ["notes.txt"])
        # A new, empty directory is a data directory to be: a command that changes something makes its store
        # there; one that only reads says there is none yet, and makes none (an outside tester read "The queue
        # is empty." as the relay's answer). So does `store show`, which answered for any path.
        fresh = os.path.join(self.tmp.name, "fresh")
        os.mkdir(fresh)
        for args in (("queue", "list"), ("log", "search"), ("agent", "list"), ("queue", "show", "1m8zx3avtmntkye2")):
            with self.subTest(args=args):
                proc = subprocess.run([BIN, "--data-dir", fresh] + list(args), capture_output=True, text=True,
                                      timeout=60)
                self.assertEqual((proc.returncode, proc.stdout), (1, ""))
                self.assertEqual(proc.stderr, "relaydesk: %s holds no relay store yet, so there is nothing to show "
                                 "(check the path; a relay started with --data-dir makes its store there)\n" % fresh)
                self.assertEqual(os.listdir(fresh), [])
        for args in (("store", "show"), ("queue", "list")):
            proc = subprocess.run([BIN, "--data-dir", other] + list(args), capture_output=True, text=True, timeout=60)
            self.assertEqual(proc.returncode, 1, proc.stdout)
            self.assertIn("is not a RelayDesk data directory", proc.stderr)
        # `store show` answered for any path: a missing one is refused, an empty one says what a relay would make.
        missing = os.path.join(self.tmp.name, "missing")
        proc = subprocess.run([BIN, "--data-dir", missing, "store", "show"], capture_output=True, text=True, timeout=60)
        self.assertEqual((proc.returncode, proc.stderr),
                         (1, "relaydesk: no data directory at %s, so there is nothing to show (check the path)\n" % missing))
        proc = subprocess.run([BIN, "--data-dir", fresh, "--json", "store", "show"], capture_output=True, text=True,
                              timeout=60)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertEqual(json.loads(proc.stdout)["backend"], "sqlite")
        self.assertEqual(os.listdir(fresh), [])
        # The parent of a data directory: the refusal names the one below it.
        parent = os.path.join(self.tmp.name, "parent")
        os.mkdir(parent)
        self.ok("config", "list")
        os.rename(self.data, os.path.join(parent, "RelayDesk"))
        with open(os.path.join(parent, "notes.txt"), "w") as f:
            f.write("not a relay\n")
        proc = subprocess.run([BIN, "--data-dir", parent, "log", "search"], capture_output=True, text=True,
                              timeout=60)
        self.assertEqual(proc.returncode, 1)
        self.assertIn("; %s holds one: did you mean --data-dir %s?" % ((os.path.join(parent, "RelayDesk"),) * 2),
                      proc.stderr)
        # A command that changes something makes the store.
        self.assertEqual(subprocess.run([BIN, "--data-dir", fresh, "agent", "create", "Billing", "--any-sender"],
                                        capture_output=True, text=True, timeout=60).returncode, 0)
        proc = subprocess.run([BIN, "--data-dir", fresh, "queue", "list"], capture_output=True, text=True, timeout=60)
        self.assertEqual((proc.returncode, proc.stdout.strip()), (0, "The queue is empty."), proc.stderr)

    def test_dkim_for_a_domain_no_agent_sends_as_is_questioned(self):
        # An outside tester's typo ("exmaple.com") got keys and records to publish without a word, and the
        # real domain stayed unsigned. The keys are made (an agent may come next), with a warning.
        self.create("Billing", "--allow-ip", "127.0.0.1", "--sender-domain", "example.com")
        code, out, err = self.run_cli("dkim", "enable", "exmaple.com", "--algorithm", "ed25519")
        self.assertEqual(code, 0, err)
        self.assertIn("relaydesk: warning: no Mail Agent may send as exmaple.com yet: check the spelling, or add it "
                      "to an agent with 'relaydesk domain add AGENT exmaple.com'\n", err)
        # Ed25519 alone: many receivers verify RSA only (an outside tester expected a word).
        self.assertIn("relaydesk: warning: mail of exmaple.com is signed with Ed25519 only", err)
        code, out, err = self.run_cli("dkim", "enable", "both.example.com", "--algorithm", "both")
        self.assertNotIn("Ed25519 only", err)
        # A domain of an agent in any spelling, and the domain of an exact address an agent may send as.
        self.ok("domain", "add", "Billing", "me@sub.example.com")
        for domain in ("EXAMPLE.com", "sub.example.com"):
            code, out, err = self.run_cli("dkim", "enable", domain, "--algorithm", "ed25519")
            self.assertEqual(code, 0, err)
            self.assertNotIn("no Mail Agent may send as", err)
        self.create("Anyone", "--allow-ip", "127.0.0.1", "--any-sender")
        code, out, err = self.run_cli("dkim", "enable", "other.test", "--algorithm", "ed25519")
        self.assertEqual(code, 0, err)
        self.assertNotIn("no Mail Agent may send as", err)
        # An any-sender agent's mail as the domain is signed too: said (an outside tester's any-sender agent
        # sent as ceo@ a signed domain, and it passed DMARC).
        self.assertIn("relaydesk: warning: Anyone may send as any address: mail from them as other.test is signed "
                      "with these keys too", err)
        # ... and when an agent is given any-sender, which signed domains it then speaks for.
        code, out, err = self.run_cli("agent", "set-any-sender", "Billing", "on")
        self.assertEqual(code, 0, err)
        self.assertIn("its mail as ", err)
        self.assertIn("other.test", err)
        self.assertIn("is signed with their DKIM keys: whatever it sends as them passes DKIM and DMARC", err)

    def test_log_times_out_of_range_are_refused(self):
        # 99999999999999999999d read as 0 days meant "before now": the whole log purged.
        for verb, option in (("purge", "--before"), ("search", "--since")):
            for value in ("99999999999999999999d", "99999999999w", "36526d"):
                with self.subTest(verb=verb, value=value):
                    self.fails(2, "log", verb, option, value, message="reaches back more than 100 years")
        self.ok("log", "purge", "--before", "36525d")

    def test_purging_before_a_future_time_asks_for_force(self):
        # "--before 2062-01-01" (meant: 2026-01-02) removed every delivery log row without a word.
        future = (datetime.date.today() + datetime.timedelta(days=400)).isoformat()
        err = self.fails(2, "log", "purge", "--before", future, message="is in the future")
        self.assertIn("add --force", err)
        purged = self.ok_json("log", "purge", "--before", future, "--force")
        self.assertEqual(purged["before"][:10], future)
        self.ok("log", "purge", "--before", "1d")

    def test_a_purge_keeps_the_attempts_of_a_recipient_still_waiting(self):
        # An outside tester's `log purge --before 1s` left a deferred recipient with ATTEMPTS 1 and no attempt
        # to show: `log search` said "No delivery attempts match." for a message still in the queue.
        self.queue_message("Q1", [("later@example.net", "deferred", (451, "4.7.1", "Greylisted")),
                                  ("done@example.net", "delivered", (250, "2.0.0", "Ok"))],
                           at=int(time.time() * 1000) - 60_000)
        purged = self.ok_json("log", "purge", "--before", "1s")
        # The delivered sibling's 250 is part of the waiting message's story: kept with it.
        self.assertEqual((purged["attempts"], purged["attempts_kept"]), (0, 2), purged)
        self.assertIn("Kept 2 delivery attempts from before then: their messages are still in the queue",
                      self.ok("log", "purge", "--before", "1s"))
        self.assertEqual(sorted((e["recipient"], e["status"]) for e in self.ok_json("log", "search")),
                         [("done@example.net", "delivered"), ("later@example.net", "deferred")])
        # Once the message has left the queue, a purge takes its attempts.
        db = store_connection(self.data, read_only=False)
        with db:
            db.execute("UPDATE recipients SET state = 'delivered'")
        db.close()
        purged = self.ok_json("log", "purge", "--before", "1s")
        self.assertEqual((purged["attempts"], purged["attempts_kept"]), (2, 0), purged)

    def test_a_queue_id_pasted_with_blanks_or_typed_in_capitals_is_found(self):
        # An outside tester pasted " 1m8z... " and typed "1M8Z...": both were "no queued message with id".
        # And `--json queue delete` did not say how many recipients it stopped.
        self.queue_message("1m8zpaste0000001", [("r1@example.net", "queued"), ("r2@example.net", "queued")])
        self.assertEqual(self.ok_json("queue", "show", " 1m8zpaste0000001 ")["queue_id"], "1m8zpaste0000001")
        self.assertIn("is held", self.ok("queue", "hold", "1M8ZPASTE0000001"))
        deleted = self.ok_json("queue", "delete", "1m8zpaste0000001\t")
        self.assertEqual((deleted["queue_id"], deleted["recipients_stopped"], deleted["body_only"]),
                         ("1m8zpaste0000001", 2, False))
        self.fails(1, "queue", "show", "1m8zpaste0000002", message="no queued message with id 1m8zpaste0000002")

    def test_retry_while_delivery_is_off_says_so(self):
        # "will be tried again now" was printed with delivery switched off, as the setup wizard leaves it.
        self.create("Billing", "--any-sender")
        self.ok("config", "set", "delivery.enabled", "false")
        db = store_connection(self.data, read_only=False)
        with db:
            db.execute("INSERT INTO messages(id, queue_id, agent_name, sender, size, received_at, listener,"
                       " client_address) VALUES(7, 'Q7', 'Billing', 's@example.com', 10, 1, 'submission', '')")
            db.execute("INSERT INTO recipients(message_id, address, domain, state, next_attempt_at, updated_at)"
                       " VALUES(7, 'r@example.org', 'example.org', 'deferred', 1, 1)")
        db.close()
        code, out, err = self.run_cli("queue", "retry", "Q7")
        self.assertEqual(code, 0, err)
        self.assertIn("delivery is off (delivery.enabled = false)", err)
        self.assertFalse(self.ok_json("queue", "retry", "Q7")["delivery_enabled"])
        # queue show prints no next try while nothing is tried (an outside tester read one long past).
        shown = self.ok("queue", "show", "Q7")
        self.assertRegex(shown, r"r@example\.org +deferred +0 +delivery off")
        shown = self.ok_json("queue", "show", "Q7")
        self.assertIsNone(shown["recipients"][0]["next_attempt_at"])
        self.assertFalse(shown["delivery_enabled"])
        self.ok("config", "set", "delivery.enabled", "true")
        code, out, err = self.run_cli("queue", "retry", "Q7")
        self.assertEqual(code, 0, err)
        self.assertNotIn("delivery is off", err)
        # No relay runs here: "tried again now" is said with when it will be (a stopped service's admin was
        # told it was tried at once: an outside tester).
        self.assertIn("relaydesk: warning: no relay runs on %s: the message is tried when one starts there" % self.data,
                      err)
        # ... and the line itself does not say "now" (it did, above the warning).
        self.assertIn("Message Q7 will be tried when a relay runs.", out)
        self.assertNotIn("now", out)
        self.assertTrue(self.ok_json("queue", "show", "Q7")["recipients"][0]["next_attempt_at"])

    def test_retry_several_or_every_waiting_message(self):
        # After an outage the window retried a selection; the command line took one ID at a time (an outside
        # tester).
        self.create("Billing", "--any-sender")
        far = int(time.time() * 1000) + 3600 * 1000
        db = store_connection(self.data, read_only=False)
        with db:
            for number, queue_id, held in ((11, "QA", 0), (12, "QB", 0), (13, "QC", 1), (14, "QD", 0)):
                db.execute("INSERT INTO messages(id, queue_id, agent_name, sender, size, received_at, listener,"
                           " client_address, held) VALUES(?, ?, 'Billing', 's@example.com', 10, 1, 'submission', '',"
                           " ?)", (number, queue_id, held))
                db.execute("INSERT INTO recipients(message_id, address, domain, state, next_attempt_at,"
                           " updated_at) VALUES(?, 'r@example.org', 'example.org', 'deferred', ?, 1)", (number, far))
        db.close()

        code, out, err = self.run_cli("queue", "retry", "QA", "QB")
        self.assertEqual(code, 0, err)
        self.assertIn("no relay runs on", err)
        self.assertIn("2 message(s) will be tried when a relay runs.", out)
        # Due now, not in an hour as QD still is (the times are written alike: they compare as text).
        later = self.ok_json("queue", "show", "QD")["recipients"][0]["next_attempt_at"]
        for queue_id in ("QA", "QB"):
            self.assertLess(self.ok_json("queue", "show", queue_id)["recipients"][0]["next_attempt_at"], later)
        code, out, err = self.run_cli("queue", "retry", "--all")
        self.assertEqual(code, 0, err)
        self.assertIn("3 message(s) will be tried when a relay runs (held ones are left as they are).", out)
        self.assertTrue(self.ok_json("queue", "show", "QC")["held"])
        self.assertEqual(self.ok_json("queue", "retry", "--all")["retried"], 3)
        # One that is not there: the others are retried, the missing one said, exit 1.
        code, out, err = self.run_cli("queue", "retry", "QA", "QZ")
        self.assertEqual(code, 1, out)
        self.assertIn("1 message(s) will be tried when a relay runs.", out)
        self.assertIn("relaydesk: warning: queue retry: QZ: ", err)
        self.fails(2, "queue", "retry", "QA", "--all", message="give IDs or --all, not both")

    def test_a_time_typed_wrong_is_refused_whole(self):
        # "2026-12-02T25:00:00" and "2026-12-01garbage" were read as the date alone: the log was purged up to
        # that midnight with no word about the rest.
        for value in ("2026-12-02T25:00:00", "2026-12-02T10:99", "2026-12-01Tfoo", "2026-12-01X",
                      "2026-12-01garbage", "2026-12-01 extra"):
            for verb, option in (("purge", "--before"), ("search", "--since")):
                with self.subTest(value=value, verb=verb):
                    self.fails(2, "log", verb, option, value, message="cannot read the time '%s'" % value)
        self.assertEqual(self.ok_json("log", "purge", "--before", "2026-01-02")["before"][:10], "2026-01-02")
        self.assertEqual(self.ok_json("log", "purge", "--before", "2026-01-02T09:30:00")["before"][:16],
                         "2026-01-02T09:30")

    def test_listener_addresses_only_in_dotted_quad_form(self):
        # QHostAddress also reads "0x7f.1" as 127.0.0.1 and "10.1" as 10.0.0.1: not what a person sees.
        before = self.ok_json("config", "get", "listener.lan.address")["value"]
        for typed in ("0x7f.1", "10.1", "0177.0.0.1", "127.1", "256.0.0.1", "1.2.3.4.5"):
            with self.subTest(address=typed):
                self.fails(2, "config", "set", "listener.lan.address", typed + ":2601",
                           message="'%s' is not an IP address" % typed)
        self.assertEqual(self.ok_json("config", "get", "listener.lan.address")["value"], before)
        self.ok("config", "set", "listener.lan.address", "127.0.0.9:2601")

    def test_hosts_typed_as_urls_are_explained(self):
        # Each was told "write IPv6 addresses in brackets", or that "//smtp.office365.com" is not a port.
        for args, message in (
                (("smarthost", "set", "http://smtp.example.com:587"),
                 "'http://smtp.example.com:587': give HOST:PORT without a scheme such as http://"),
                (("smarthost", "set", "smtp://smtp.office365.com"),
                 "'smtp://smtp.office365.com': give HOST:PORT without a scheme such as smtp://"),
                (("smarthost", "set", "smtp.office365.com:587:"), "'smtp.office365.com:587:' ends with ':' but no port"),
                (("config", "set", "delivery.smarthost", "smtp://smtp.office365.com:587"),
                 "give HOST:PORT without a scheme such as smtp://"),
                (("config", "set", "listener.submission.address", "http://127.0.0.1:36201"),
                 "'http://127.0.0.1:36201': give ADDRESS:PORT without a scheme such as http://")):
            with self.subTest(args=args):
                err = self.fails(2, *args, message=message)
                self.assertNotIn("brackets", err)

    def test_numbers_are_stored_plainly(self):
        # "+100", "00100", "100 " and " 5" were stored, listed and used as typed.
        for key, typed, stored in (("limits.max_message_size", "+1048576", "1048576 (1 MB)"),
                                   ("limits.max_message_size", "001048576", "1048576 (1 MB)"),
                                   ("limits.max_message_size", "1048576 ", "1048576 (1 MB)"),
                                   ("limits.max_connections", " 5", "5"),
                                   ("engine.worker_threads", "+2", "2"),
                                   ("delivery.mx_port", "+25", "25"),
                                   ("listener.submission.address", "127.0.0.1:+36231", "127.0.0.1:36231")):
            with self.subTest(key=key, typed=typed):
                shown = self.ok("config", "set", key, typed).strip()
                self.assertTrue(shown.startswith("%s = %s (" % (key, stored)), shown)
                stored = stored.split(" ")[0]
                self.assertEqual(self.ok("config", "get", key).strip(), stored)
        self.fails(2, "config", "set", "engine.worker_threads", "+ 2", message="'+ 2' is not a positive whole number")
        # An outside tester: "25M" became 25 minutes of delivery.give_up_after, and 4294967301 days read "5 days".
        self.fails(2, "config", "set", "delivery.give_up_after", "25M", message="'25M' is not a positive whole number")
        self.fails(2, "config", "set", "delivery.give_up_after", "4294967301d",
                   message="371085174806400 seconds is far longer than 30 days")
        self.ok("config", "reset", "limits.max_message_size", "limits.max_connections", "engine.worker_threads",
                "delivery.mx_port", "listener.submission.address")

    def test_config_set_says_what_it_replaced(self):
        # A careless admin's "config set" overwrote a value without a word of what it was, so a wrong key or
        # value could not be put back from the terminal.
        self.assertEqual(self.ok("config", "set", "delivery.retry_max", "6d").strip(),
                         "delivery.retry_max = 518400 (6 days) (was 3600 (1 hour))")
        self.assertEqual(self.ok("config", "set", "delivery.retry_max", "518400").strip(),
                         "delivery.retry_max = 518400 (6 days) (unchanged)")
        self.assertEqual(self.ok("config", "set", "delivery.helo_name", "relay.example.com").strip(),
                         'delivery.helo_name = relay.example.com (was "")')
        self.ok("config", "reset", "delivery.retry_max", "delivery.helo_name")

    def test_contradictory_retry_waits_are_refused(self):
        self.fails(1, "config", "set", "delivery.retry_max", "1", "delivery.retry_first", "10000",
                   message="delivery.retry_max (1 second) is shorter than delivery.retry_first (2 hours 46 minutes "
                           "40 seconds)")
        self.ok("config", "set", "delivery.retry_max", "10m")
        self.fails(1, "config", "set", "delivery.retry_first", "1h",
                   message="delivery.retry_max (10 minutes) is shorter than delivery.retry_first (1 hour)")
        self.fails(1, "config", "set", "delivery.give_up_after", "1m",
                   message="delivery.give_up_after (1 minute) is shorter than delivery.retry_first (5 minutes): a "
                           "message would be bounced before its first retry")
        self.assertEqual(self.ok("config", "get", "delivery.retry_first").strip(), "300")
        # Two pairs out of order in one command are both named (the window named one per Save: a tester).
        code, _, err = self.run_cli("config", "set", "delivery.retry_first", "1h", "delivery.delay_notice_after",
                                    "10d", "delivery.give_up_after", "5d")
        self.assertEqual(code, 1, err)
        self.assertIn("delivery.retry_max (10 minutes) is shorter than delivery.retry_first (1 hour)", err)
        self.assertIn("; delivery.give_up_after (5 days) is shorter than delivery.delay_notice_after (10 days)", err)
        self.assertEqual(self.ok("config", "get", "delivery.retry_first").strip(), "300")
        self.ok("config", "reset", "delivery.retry_max")

    def test_config_set_says_when_this_node_keeps_its_own_listener_address(self):
        # "node listen" wins on this node: a config set of the same listener looked like it was ignored.
        self.ok("node", "listen", "lan", "127.0.0.9:2602")
        code, out, err = self.run_cli("config", "set", "listener.lan.address", "127.0.0.10:2603")
        self.assertEqual(code, 0, err)
        self.assertEqual(out, "listener.lan.address = 127.0.0.10:2603\n")
        self.assertEqual(err, "relaydesk: warning: this node's lan listener keeps 127.0.0.9:2602 (set with relaydesk "
                              "node listen); listener.lan.address applies to the other nodes; relaydesk node listen "
                              "lan \"\" makes this one follow it\n")
        # A reset of the shared address says the same (it was silent).
        code, out, err = self.run_cli("config", "reset", "listener.lan.address")
        self.assertEqual(code, 0, err)
        self.assertIn("relaydesk: warning: this node's lan listener keeps 127.0.0.9:2602 (set with relaydesk "
                      "node listen)", err)
        self.ok("node", "listen", "lan", "")
        code, out, err = self.run_cli("config", "set", "listener.lan.address", "127.0.0.11:2604")
        self.assertEqual((code, err), (0, ""))

    def test_a_node_keeps_a_host_name_of_its_own(self):
        # One node's window renamed every node sharing the store, and each made a new certificate (an outside
        # tester): the host name may be one node's own, as its listeners' addresses are.
        self.ok("config", "set", "server.hostname", "relay.office.test")
        out = self.ok("node", "hostname", "relay-b.office.test")
        self.assertEqual(out, "This node greets and names its certificate as relay-b.office.test (this node only; "
                              "the others keep theirs).\n")
        self.assertEqual(self.ok("config", "get", "server.hostname").strip(), "relay-b.office.test")
        with open(os.path.join(self.data, "node.conf")) as conf:
            self.assertIn("server.hostname=relay-b.office.test\n", conf.read())
        # The shared name is still the other nodes': a config set says that this node keeps its own.
        code, out, err = self.run_cli("config", "set", "server.hostname", "mail.office.test")
        self.assertEqual(code, 0, err)
        self.assertIn("this node keeps its own host name relay-b.office.test (set with relaydesk node hostname)", err)
        self.assertEqual(self.ok("config", "get", "server.hostname").strip(), "relay-b.office.test")
        # list and get say that the value shown is this node's own (it looked like the shared one: an outside
        # tester).
        code, out, err = self.run_cli("config", "get", "server.hostname")
        self.assertEqual(err, "relaydesk: warning: this node's own value (set with relaydesk node hostname); the "
                              "other nodes use the shared server.hostname\n")
        self.assertTrue(self.ok_json("config", "get", "server.hostname")["this_node_only"])
        self.assertFalse(self.ok_json("config", "get", "limits.max_recipients")["this_node_only"])
        row = [line for line in self.ok("config", "list").splitlines() if line.startswith("server.hostname ")]
        self.assertEqual(len(row), 1)
        self.assertRegex(row[0], r"relay-b\.office\.test +\(this node\)")
        listed = {s["key"]: s for s in self.ok_json("config", "list")}
        self.assertTrue(listed["server.hostname"]["this_node_only"])
        self.assertFalse(listed["listener.lan.address"]["this_node_only"])
        self.fails(2, "node", "hostname", "not a name!", message="node hostname:")
        # RFC 1123 section 2.1: a name whose last label is all digits is an address, not a host name (it was
        # taken, and the relay greeted with EHLO 127.0.0.1).
        self.fails(2, "node", "hostname", "127.0.0.1",
                   message="node hostname: '127.0.0.1' is an address, not a host name")
        self.fails(2, "config", "set", "server.hostname", "10.1.2.3", message="is an address, not a host name")
        self.assertEqual(self.ok("node", "hostname", ""),
                         "This node follows the shared host name (server.hostname) again.\n")
        self.assertEqual(self.ok("config", "get", "server.hostname").strip(), "mail.office.test")

    def test_the_window_stops_its_relay_cleanly_on_sigterm(self):
        # A logout or a shutdown sends SIGTERM: the window died at once, its relay's node stayed "not
        # responding" and its leases held mail back (an outside tester). It now stops as Quit does.
        for name, port in zip(("submission", "smtps", "lan"), free_ports(3)):
            self.ok("config", "set", "listener.%s.address" % name, "127.0.0.1:%d" % port)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=self.tmp.name)
        window = subprocess.Popen([BIN, "--data-dir", self.data], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                  text=True, env=env)
        try:
            deadline = time.time() + 30
            while time.time() < deadline and window.poll() is None:
                code, out, _ = self.run_cli("status")
                if code == 0 and "running:   yes" in out:
                    break
                time.sleep(0.3)
            if window.poll() is not None:
                err = window.stderr.read()
                if "this build has no GUI" in err:  # the sanitizer builds leave the window out
                    self.skipTest("this build has no window")
                self.fail("the window ended by itself: " + err)
            self.assertIn("running:   yes", out)
            window.terminate()
            _, err = window.communicate(timeout=30)
        finally:
            if window.poll() is None:
                window.kill()
                window.wait()
        self.assertEqual(window.returncode, 0, err)
        self.assertIn("relaydesk: stop signal: closing the window (a relay running in it stops; the relay service, "
                      "if the window shows it, keeps running)", err)
        self.assertIn("event=engine_stopped", err)
        nodes = self.ok_json("node", "list")
        self.assertEqual([n["state"] for n in nodes if n["this_node"]], ["stopped"], nodes)

    def test_two_listeners_on_one_address_are_refused(self):
        submission = self.ok_json("config", "get", "listener.submission.address")["value"]
        port = submission.rsplit(":", 1)[1]
        self.fails(1, "config", "set", "listener.smtps.address", submission,
                   message="listener.smtps.address: the submission listener (%s) and the smtps listener (%s)"
                   " would both listen on port %s of the same address" % (submission, submission, port))
        self.fails(1, "config", "set", "listener.lan.address", "0.0.0.0:" + port, message="give each its own port")
        self.assertNotEqual(self.ok_json("config", "get", "listener.smtps.address")["value"], submission)
        # A disabled listener binds nothing; two that swap addresses in one command never share one.
        self.ok("config", "set", "listener.smtps.enabled", "false", "listener.smtps.address", submission)
        self.fails(1, "config", "set", "listener.smtps.enabled", "true", message="give each its own port")
        smtps = "127.0.0.1:2465"
        self.ok("config", "set", "listener.smtps.address", smtps, "listener.smtps.enabled", "true")
        self.ok("config", "set", "listener.smtps.address", submission, "listener.submission.address", smtps)

    def test_node_listen_refuses_two_listeners_on_one_address(self):
        # node listen wrote any valid address: one already taken by another listener only failed at the next
        # start ("address already in use"). It applies config set's check to what this node listens on.
        def node_conf():
            path = os.path.join(self.data, "node.conf")
            if not os.path.exists(path):
                return None
            with open(path) as f:
                return f.read()

        smtps = self.ok_json("config", "get", "listener.smtps.address")["value"]
        port = smtps.rsplit(":", 1)[1]
        self.fails(1, "node", "listen", "submission", smtps,
                   message="node listen: listener.submission.address: the submission listener (%s) and the smtps "
                   "listener (%s) would both listen on port %s of the same address" % (smtps, smtps, port))
        self.fails(1, "node", "listen", "submission", "0.0.0.0:" + port, message="give each its own port")
        self.fails(1, "node", "listen", "lan", "[::]:" + port, message="give each its own port")
        self.assertIsNone(node_conf())
        # This node's own addresses count: lan listens on 127.0.0.9:2602 here, whatever the shared setting says.
        self.ok("node", "listen", "lan", "127.0.0.9:2602")
        self.fails(1, "node", "listen", "submission", "0.0.0.0:2602", message="the lan listener (127.0.0.9:2602)")
        # Back to the shared setting is checked too: lan would follow it onto submission's port.
        self.ok("config", "set", "listener.lan.address", "127.0.0.1:2599")  # for the other nodes
        self.ok("node", "listen", "submission", "127.0.0.1:2599")
        before = node_conf()
        self.fails(1, "node", "listen", "lan", "", message="would both listen on port")
        self.assertEqual(node_conf(), before)
        # A disabled listener binds nothing; bad input is still exit 2.
        self.ok("config", "set", "listener.smtps.enabled", "false")
        self.ok("node", "listen", "lan", smtps)
        self.fails(2, "node", "listen", "lan", "not-an-address")
        self.fails(2, "node", "listen", "pop3", "127.0.0.1:2110")

    def test_turning_every_listener_off_is_warned_of(self):
        self.ok("config", "list")  # makes the data directory
        code, _, err = self.run_cli("config", "set", "listener.submission.enabled", "false", "listener.smtps.enabled",
                                    "false")
        self.assertEqual(code, 0, err)
        self.assertNotIn("every listener is off", err)  # lan is still on
        code, _, err = self.run_cli("config", "set", "listener.lan.enabled", "false")
        self.assertEqual(code, 0, err)
        self.assertIn("relaydesk: warning: every listener is off now: no application or device can submit mail",
                      err)
        code, _, err = self.run_cli("config", "reset", "listener.lan.enabled")
        self.assertEqual(code, 0, err)
        self.assertNotIn("every listener is off", err)

    def test_a_read_only_data_directory_says_so(self):
        # A read-only mount (EROFS) was reported as "... is not open to root: use it as root or root (Permission
        # denied)": errno after access() was not looked at.
        if os.geteuid() != 0:
            self.skipTest("needs root to bind-mount the data directory read-only")
        self.create("Billing", "--any-sender")
        self.assertEqual(subprocess.run(["mount", "--bind", self.data, self.data]).returncode, 0)
        try:
            self.assertEqual(subprocess.run(["mount", "-o", "remount,bind,ro", self.data]).returncode, 0)
            for args in (("agent", "list"), ("config", "get", "listener.lan.address"),
                         ("agent", "create", "Other", "--any-sender")):
                err = self.fails(1, *args, message="the data directory %s is on a read-only file system" % self.data)
                self.assertNotIn("Permission denied", err)
                self.assertNotIn("root or root", err)
        finally:
            subprocess.run(["umount", self.data])

    def test_another_users_data_directory_names_its_owner_once(self):
        # "use it as root or root" when the owner is root.
        if os.geteuid() != 0:
            self.skipTest("needs root to run the command line as nobody")
        self.create("Billing", "--any-sender")
        result = self.run_as_nobody("agent", "list")
        self.assertEqual(result.returncode, 1, result.stdout + result.stderr)
        self.assertIn("(owner root, group root, mode 0700) is not open to nobody: use it as root (Permission "
                      "denied)", result.stderr)

    @unittest.skipIf(TEST_PG, "the store's password file is root's: nobody cannot log in to PostgreSQL")
    def test_a_privileged_port_is_said_to_need_the_right_to_bind_it(self):
        # An outside tester, as a user, set 587 with no relay running: taken without a word; the relay then
        # said only "The address is protected".
        if os.geteuid() != 0:
            self.skipTest("needs root to run the command line as nobody")
        with open("/proc/sys/net/ipv4/ip_unprivileged_port_start") as f:
            if int(f.read()) <= 587:
                self.skipTest("this machine lets every user bind port 587")
        self.create("Billing", "--any-sender")
        subprocess.run(["chown", "-R", "nobody:nogroup", self.data], check=True)
        result = self.run_as_nobody("config", "set", "listener.submission.address", "127.0.0.1:587")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("relaydesk: warning: port 587 is below 1024: only a relay with the right to bind such ports "
                      "listens there (the relay service has it; docs/operations.md, \"Ports 25, 465 and 587\"",
                      result.stderr)
        # A port above 1024 is not warned about; nor is root, who may bind it.
        result = self.run_as_nobody("config", "set", "listener.submission.address", "127.0.0.1:2587")
        self.assertNotIn("below 1024", result.stderr)
        code, _, err = self.run_cli("config", "set", "listener.lan.address", "127.0.0.1:25")
        self.assertEqual(code, 0, err)
        self.assertNotIn("below 1024", err)
        # A relay of nobody's running: the port is said to need the right, not to be "free" later.
        for name, port in zip(("submission", "smtps", "lan"), free_ports(3)):
            self.ok("config", "set", "listener.%s.address" % name, "127.0.0.1:%d" % port)
        subprocess.run(["chown", "-R", "nobody:nogroup", self.data], check=True)
        bin_dir = tempfile.mkdtemp(prefix="relaydesk-nobody-")
        os.chmod(bin_dir, 0o755)
        engine_bin = os.path.join(bin_dir, "relaydesk")
        subprocess.run(["cp", BIN, engine_bin], check=True)
        os.chmod(engine_bin, 0o755)
        engine = subprocess.Popen(["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--",
                                   engine_bin, "--headless", "--data-dir", self.data],
                                  stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                  env=dict(os.environ, HOME="/tmp"))
        try:
            deadline = time.monotonic() + 30
            while not os.path.exists(os.path.join(self.data, "control.sock")) and time.monotonic() < deadline:
                time.sleep(0.1)
            result = self.run_as_nobody("config", "set", "listener.lan.address", "127.0.0.1:25")
            self.assertEqual(result.returncode, 1, result.stdout + result.stderr)
            self.assertIn("the lan listener is not listening on 127.0.0.1:25: port 25 is below 1024, and this relay "
                          "has no right to bind such ports", result.stderr)
            self.assertNotIn("free", result.stderr)
        finally:
            engine.terminate()
            engine.wait(30)
            subprocess.run(["rm", "-rf", bin_dir])

    def test_a_data_directory_its_owner_made_read_only_says_chmod(self):
        # The owner's own read-only directory was answered "is not open to nobody: use it as nobody or root",
        # and its read-only store "give it back to the data directory's owner ('chown ...')": both already were.
        if os.geteuid() != 0:
            self.skipTest("needs root to run the command line as nobody")
        self.create("Billing", "--any-sender")
        subprocess.run(["chown", "-R", "nobody:nogroup", self.data], check=True)
        os.chmod(self.data, 0o500)
        try:
            result = self.run_as_nobody("agent", "create", "Other", "--any-sender")
        finally:
            os.chmod(self.data, 0o700)
        self.assertEqual(result.returncode, 1, result.stdout + result.stderr)
        self.assertIn("(owner nobody, group nogroup, mode 0500) belongs to nobody, but its mode does not let "
                      "nobody write to it: give the owner its permissions back ('chmod u+rwx %s') (Permission "
                      "denied)" % self.data, result.stderr)
        self.assertNotIn("use it as", result.stderr)
        if TEST_PG:
            return  # the SQLite store's own file: with the store on PostgreSQL there is none
        store = os.path.join(self.data, "relaydesk.sqlite")
        os.chmod(store, 0o400)
        result = self.run_as_nobody("agent", "create", "Other", "--any-sender")
        self.assertEqual(result.returncode, 1, result.stdout + result.stderr)
        self.assertIn("%s (owner nobody, group nogroup, mode 0400) cannot be written by nobody: let its owner "
                      "write to it again ('chmod u+w %s') (Permission denied)" % (store, store), result.stderr)
        self.assertNotIn("chown", result.stderr)
        # Doing what each message says makes it work (SQLite gave its -shm file the store's read-only mode).
        for _ in range(3):
            named = re.search(r"\('chmod u\+w ([^']+)'\)", result.stderr)
            self.assertIsNotNone(named, result.stderr)
            subprocess.run(["chmod", "u+w", named.group(1)], check=True)
            result = self.run_as_nobody("agent", "create", "Other", "--any-sender")
            if result.returncode == 0:
                break
        self.assertEqual(result.returncode, 0, result.stderr)

    def run_as_nobody(self, *args, in_group=False):
        """As nobody; in_group: with the group nogroup too, the way a member of the data directory's group
        runs it."""
        bin_dir = tempfile.mkdtemp(prefix="relaydesk-nobody-")
        try:
            os.chmod(bin_dir, 0o755)
            nobody_bin = os.path.join(bin_dir, "relaydesk")
            subprocess.run(["cp", BIN, nobody_bin], check=True)
            os.chmod(nobody_bin, 0o755)
            os.chmod(self.tmp.name, 0o755)
            groups = "--init-groups" if in_group else "--clear-groups"
            return subprocess.run(["setpriv", "--reuid=nobody", "--regid=nogroup", groups, "--",
                                   nobody_bin, "--data-dir", self.data] + list(args),
                                  capture_output=True, text=True, timeout=60,
                                  env=dict(os.environ, HOME="/tmp", QT_QPA_PLATFORM="offscreen"))
        finally:
            subprocess.run(["rm", "-rf", bin_dir])

    @unittest.skipIf(TEST_PG, "the SQLite store's own files: with the store on PostgreSQL there are none")
    def test_a_store_file_the_user_cannot_write_is_named_and_the_engine_does_not_start(self):
        # An outside tester restored a store as root without handing the file back: the engine started, said
        # "running" with every listener up, and answered each message "451 4.3.0 Local error"; the command line
        # said only "store error: attempt to write a readonly database". SQLite had opened the file read-only.
        if os.geteuid() != 0:
            self.skipTest("needs root to give the store file to another user")
        self.create("Billing", "--any-sender")
        ports = []
        for _ in range(3):  # free now; the engine must not get as far as binding them
            with socket.socket() as probe:
                probe.bind(("127.0.0.1", 0))
                ports.append(probe.getsockname()[1])
        self.ok("config", "set", "listener.submission.address", "127.0.0.1:%d" % ports[0],
                "listener.smtps.address", "127.0.0.1:%d" % ports[1], "listener.lan.address", "127.0.0.1:%d" % ports[2])
        subprocess.run(["chown", "-R", "nobody:nogroup", self.data], check=True)
        store = os.path.join(self.data, "relaydesk.sqlite")
        os.chown(store, 0, 0)
        os.chmod(store, 0o644)
        expected = ("the store cannot be written: %s (owner root, group root, mode 0644) cannot be written by "
                    "nobody: give it back to the data directory's owner ('chown -R nobody:nogroup %s') "
                    "(Permission denied)" % (store, self.data))
        # A command that only reads shows what the store holds, and says what is wrong (support staff could not
        # even look at the queue while the admin repaired the file: an outside tester).
        listed = self.run_as_nobody("agent", "list")
        self.assertEqual(listed.returncode, 0, listed.stdout + listed.stderr)
        self.assertIn("relaydesk: warning: " + expected + "; what it holds is shown all the same", listed.stderr)
        self.assertIn("Billing", listed.stdout)
        created = self.run_as_nobody("agent", "create", "Other", "--any-sender")
        self.assertEqual(created.returncode, 1, created.stdout + created.stderr)
        self.assertIn(expected, created.stderr)
        started = self.run_as_nobody("--headless")
        self.assertNotEqual(started.returncode, 0, started.stdout + started.stderr)
        self.assertIn(expected, started.stderr)
        self.assertNotIn("engine_started", started.stdout + started.stderr)
        # Not even readable (0600): SQLite said only "unable to open database file".
        os.chmod(store, 0o600)
        listed = self.run_as_nobody("agent", "list")
        self.assertEqual(listed.returncode, 1, listed.stdout + listed.stderr)
        self.assertIn("the store cannot be opened: %s (owner root, group root, mode 0600) cannot be written by "
                      "nobody: give it back to the data directory's owner ('chown -R nobody:nogroup %s')"
                      % (store, self.data), listed.stderr)
        # Handed back as the message says, the same user runs it.
        subprocess.run(["chown", "-R", "nobody:nogroup", self.data], check=True)
        listed = self.run_as_nobody("agent", "list")
        self.assertEqual(listed.returncode, 0, listed.stderr)
        self.assertIn("Billing", listed.stdout)

    @unittest.skipIf(TEST_PG, "the SQLite store's own files: with the store on PostgreSQL there are none")
    def test_a_group_members_read_only_store_file_says_chmod(self):
        # An administrator in the service's group met a store file of mode 0440 that had the directory's owner
        # and group already: told to "chown -R" it to what it was, which changed nothing. Here root:nogroup
        # stands for relaydesk:relaydesk, nobody (in nogroup) for the administrator.
        if os.geteuid() != 0:
            self.skipTest("needs root to run the command line as nobody")
        self.create("Billing", "--any-sender")
        subprocess.run(["chown", "-R", "root:nogroup", self.data], check=True)
        subprocess.run(["chmod", "-R", "g+rwX", self.data], check=True)
        os.chmod(self.data, 0o2770)
        store = os.path.join(self.data, "relaydesk.sqlite")
        os.chmod(store, 0o440)
        expected = ("the store cannot be written: %s (owner root, group nogroup, mode 0440) cannot be written by "
                    "nobody: it has the data directory's owner and group already, but its mode does not let the "
                    "group write to it ('chmod ug+w %s') (Permission denied)" % (store, store))
        created = self.run_as_nobody("agent", "create", "Other", "--any-sender", in_group=True)
        self.assertEqual(created.returncode, 1, created.stdout + created.stderr)
        self.assertIn(expected, created.stderr)
        self.assertNotIn("chown", created.stderr)
        shown = self.run_as_nobody("queue", "list", in_group=True)
        self.assertEqual(shown.returncode, 0, shown.stderr)
        self.assertIn("relaydesk: warning: " + expected, shown.stderr)
        self.assertIn("The queue is empty.", shown.stdout)
        # The files SQLite made for the read have the directory's mode, not the store's read-only one (which
        # would have kept the relay itself out).
        for side in (store + "-wal", store + "-shm"):
            if os.path.exists(side):
                self.assertEqual(stat.S_IMODE(os.stat(side).st_mode) & 0o060, 0o060, side)
        subprocess.run(["chmod", "ug+w", store], check=True)
        created = self.run_as_nobody("agent", "create", "Other", "--any-sender", in_group=True)
        self.assertEqual(created.returncode, 0, created.stderr)


    @unittest.skipIf(TEST_PG, "the SQLite store's own files: with the store on PostgreSQL there are none")
    def test_a_full_disk_is_named_as_such(self):
        # With the engine stopped and the disk full, "agent list" said "cannot configure ...: disk I/O error
        # Unable to execute statement", which reads as failing hardware: SQLite could not create its -shm file.
        if os.geteuid() != 0:
            self.skipTest("needs root to mount a small tmpfs")
        disk = os.path.join(self.tmp.name, "disk")
        os.mkdir(disk)
        self.assertEqual(subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", disk]).returncode, 0)
        try:
            self.data = os.path.join(disk, "data")
            os.mkdir(self.data, 0o700)
            self.create("Billing", "--any-sender")
            subprocess.run(["dd", "if=/dev/zero", "of=" + os.path.join(disk, "filler"), "bs=64k"],
                           capture_output=True)
            err = self.fails(1, "agent", "list",
                             message="(the disk holding %s is full: 0 bytes free; free some space and try again)"
                             % self.data)
            self.assertIn("relaydesk.sqlite", err)
            os.remove(os.path.join(disk, "filler"))
            self.assertIn("Billing", self.ok("agent", "list"))
        finally:
            subprocess.run(["umount", "-l", disk])

    def test_store_use_refuses_a_bad_address_as_bad_input(self):
        # These exited 1 like a server that could not be reached, and sslmode=bogus was reported as failed TLS.
        # All are refused before any connection, so no server is needed. A new directory, as `store use` is
        # given one (setUp made the store of this test's own; on the PostgreSQL pass that wrote store.conf).
        self.data = os.path.join(self.tmp.name, "new")
        os.mkdir(self.data, 0o700)
        for url, message in (
                ("mysql://foo", "'mysql://foo' is not a store address"),
                ("postgresql://relay:secret@127.0.0.1:1/relaydesk", "the address must not hold the password"),
                ("postgresql://relay@127.0.0.1:1/relaydesk?foo=bar", "unknown store address parameter 'foo'"),
                ("postgresql://relay@127.0.0.1:1/relaydesk?sslmode=bogus",
                 "the store address parameter sslmode=bogus is not one of disable, allow, prefer, require, "
                 "verify-ca, verify-full"),
                ("postgresql://relay@127.0.0.1:1/relaydesk?connect_timeout=soon",
                 "the store address parameter connect_timeout=soon is not a number of seconds"),
                ("postgresql://relay@127.0.0.1:1/relaydesk?target_session_attrs=any-old",
                 "the store address parameter target_session_attrs=any-old is not one of any, ")):
            with self.subTest(url=url):
                err = self.fails(2, "store", "use", url, message="store use: " + message)
                self.assertNotIn("secret", err)
                self.assertNotIn("TLS to the PostgreSQL server", err)
                self.assertFalse(os.path.exists(os.path.join(self.data, "store.conf")))
        # A well-formed address reaches the connection: nothing listens on port 1, which is exit 1.
        err = self.fails(1, "store", "use", "postgresql://relay@127.0.0.1:1/relaydesk?sslmode=require&connect_timeout=2",
                         message="cannot reach the PostgreSQL server")
        self.assertNotIn("QPSQL", err)  # the Qt driver's own words say nothing more

    def test_a_store_away_is_read_in_every_language(self):
        # An outside tester's French window: libpq said "la connexion au serveur ... a échoué : Connexion
        # refusée", which nothing recognised: "cannot open the PostgreSQL store", raw, and no waiting for it.
        if "fr_fr.utf8" not in subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.lower():
            self.skipTest("no fr_FR.UTF-8 locale here (scripts/install-deps.sh --test makes one)")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="fr_FR.UTF-8", LC_ALL="fr_FR.UTF-8",
                   LANGUAGE="fr")
        env.pop("PGLOCALEDIR", None)
        proc = subprocess.run([BIN, "--data-dir", self.data, "store", "use",
                               "postgresql://relay@127.0.0.1:1/relaydesk?connect_timeout=2"],
                              capture_output=True, text=True, timeout=60, env=env)
        self.assertEqual(proc.returncode, 1, proc.stderr)
        self.assertIn("relaydesk: store use: cannot reach the PostgreSQL server at 127.0.0.1:1 (connection to "
                      "server at \"127.0.0.1\", port 1 failed: ", proc.stderr)
        self.assertNotIn("QPSQL", proc.stderr)

    def test_a_repeated_option_is_refused(self):
        # The second value was taken (or dropped) without a word; a repeated flag was "unknown".
        self.create("Billing", "--allow-ip", "127.0.0.1")
        before = self.state()
        cases = [
            (("route", "add", "example.net", "mx.example.net:25", "--tls", "verify", "--tls", "none"),
             "route add: --tls given more than once"),
            (("smarthost", "set", "mail.example.net:587", "--username", "alice", "--username", "bob"),
             "smarthost set: --username given more than once"),
            (("smarthost", "set", "mail.example.net:587", "--insecure-skip-verify", "--insecure-skip-verify"),
             "smarthost set: --insecure-skip-verify given more than once"),
            (("log", "search", "--agent", "a", "--agent", "b"), "log search: --agent given more than once"),
            (("log", "purge", "--before", "30d", "--before=1d"), "log purge: --before given more than once"),
            (("agent", "create", "Other", "--any-sender", "--any-sender"),
             "agent create: --any-sender given more than once"),
            (("agent", "create", "Other", "--description", "a", "--description", "b"),
             "agent create: --description given more than once"),
            (("suppression", "add", "Billing", "a@example.com", "--reason", "x", "--reason", "y"),
             "suppression add: --reason given more than once"),
            (("backup", "create", os.path.join(self.tmp.name, "b.rdbackup"), "--passphrase-stdin",
              "--passphrase-stdin"), "backup create: --passphrase-stdin given more than once"),
        ]
        for args, message in cases:
            with self.subTest(args=args):
                self.fails(2, *args, message=message)
        self.assertEqual(self.state(), before)
        self.assertEqual(self.ok_json("route", "list"), [])
        # Options meant to repeat still do.
        self.create("Other", "--allow-ip", "10.0.0.0/8", "--allow-ip", "192.0.2.0/24", "--sender-domain",
                    "example.com", "--sender-domain", "example.org")

    def test_malformed_cidr_creates_nothing(self):
        self.fails(2, "agent", "create", "Billing", "--allow-ip", "10.0.0.0/8", "--allow-ip", "300.1.1.1")
        self.fails(1, "agent", "show", "Billing")
        self.assertEqual(self.ok_json("agent", "list"), [])

    def test_unknown_option_after_command(self):
        self.fails(2, "agent", "list", "--frob", message="unknown option --frob")

    def test_every_command_is_named(self):
        # The usage, the unknown-command error and a group's missing-subcommand error name every command the
        # command line takes (mta-sts was missing from the usage; domain dkim|rotate-dkim|records from the
        # domain group's list).
        proc = subprocess.run([BIN, "--help"], capture_output=True, text=True, timeout=60)
        commands = next(line for line in proc.stdout.splitlines() if line.startswith("Commands: "))
        for command in ("agent", "domain", "dkim", "mta-sts", "node", "store"):
            self.assertIn(command, commands)
        code, _, err = self.run_cli("nosuch")
        self.assertEqual(code, 2)
        self.assertIn("unknown command 'nosuch' (commands: agent, domain,", err)
        self.assertIn("mta-sts", err.splitlines()[0])
        self.fails(2, "domain", message="(subcommands: add, remove, list, check, dkim, rotate-dkim, records)")
        self.fails(2, "domain", "frob", message="unknown subcommand 'frob'")
        # The manual page names them all too.
        manual = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "packaging", "relaydesk.1")
        with open(manual, encoding="utf-8") as f:
            named = {line.split()[1].replace("\\-", "-") for line in f if line.startswith(".BR ")}
        listed = commands[len("Commands: "):].rstrip(".").split(", ")
        self.assertEqual(sorted(set(listed) - named), [])

    def test_hints_quote_an_agent_name_with_spaces(self):
        code, out, err = self.run_cli("agent", "create", "Office printer")
        self.assertEqual(code, 0, err)
        self.assertIn("'relaydesk agent allow-ip \"Office printer\" CIDR'", err)
        self.assertIn("'relaydesk domain add \"Office printer\" DOMAIN'", err)
        # The hint works as printed, through a shell.
        hint = err.split("'relaydesk agent allow-ip ")[1].split(" CIDR'")[0]
        proc = subprocess.run("%s --data-dir %s agent allow-ip %s 192.0.2.7" % (BIN, self.data, hint), shell=True,
                              capture_output=True, text=True, timeout=60)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertEqual([n["cidr"] for n in self.ok_json("agent", "show", "Office printer")["allowlist"]], ["192.0.2.7"])

if __name__ == "__main__":
    unittest.main(verbosity=2)
