"""Why a login was refused reaches the admin, not only the operator log (an outside tester: "the printer cannot
send since this morning", and the window did not say why). Real logins from Python's smtplib over STARTTLS on
the submission listener: a wrong password, a right one from an address off the allowlist, an unknown user name,
a disabled agent's right password and a revoked credential's. `relaydesk security refused` lists each address,
agent and reason once with how often, as the window's Live Sessions page does (tst_refusedloginspanel), and
never a password.
"""

import base64
import json
import smtplib
import sys
import unittest

from relaydesk_harness import SLOW, RawSession, RelayTestCase, client_tls_context, wait_until


class RefusedLoginsTest(RelayTestCase):
    settings = {"auth.max_failures": 50}

    def login(self, username, password, source="127.0.0.1"):
        client = smtplib.SMTP(*self.relay.address("submission"), source_address=(source, 0), timeout=30 * SLOW)
        try:
            client.starttls(context=client_tls_context())
            client.login(username, password)
            return 235
        except smtplib.SMTPAuthenticationError as error:
            return error.smtp_code
        finally:
            try:
                client.quit()
            except smtplib.SMTPException:
                pass

    def refused(self):
        result = self.relay.cli("security", "refused", json_output=True)
        return json.loads(result.stdout)

    def test_each_reason_is_listed_with_its_agent_and_count(self):
        printer = self.relay.create_agent("Printer", allow=("127.0.0.1",))
        old = self.relay.create_agent("Scanner", allow=("127.0.0.1",))
        self.relay.cli("credential", "create", "Scanner")  # a second credential, so that one can be revoked
        self.relay.cli("credential", "revoke", old["username"])
        shop = self.relay.create_agent("Shop", allow=("127.0.0.1",))
        self.relay.create_agent("bystander", allow=("127.0.0.1",))
        self.relay.cli("agent", "disable", "Shop")
        self.assertEqual(self.login(printer["username"], "not-the-password"), 535)
        self.assertEqual(self.login(printer["username"], "still-not-it"), 535)
        self.assertEqual(self.login(printer["username"], printer["password"], source="127.0.0.2"), 535)
        self.assertEqual(self.login("nobody-" + printer["username"], "guess"), 535)
        self.assertEqual(self.login(old["username"], old["password"]), 535)
        self.assertEqual(self.login(shop["username"], shop["password"]), 454)  # paused: try again later
        self.assertEqual(self.login(printer["username"], printer["password"]), 235)
        # AUTH PLAIN that asks to act as another identity (RFC 4616 2; some libraries put the sender there):
        # refused before the password is checked, and counted toward a lockout, so listed too.
        session = RawSession(self.relay.address("submission"), source="127.0.0.3")
        try:
            self.assertEqual(session.read_reply()[0], 220)
            self.assertEqual(session.command("EHLO client.test")[0], 250)
            session.starttls()
            self.assertEqual(session.command("EHLO client.test")[0], 250)
            plain = base64.b64encode(b"admin\0" + printer["username"].encode() + b"\0" + printer["password"].encode())
            self.assertEqual(session.command("AUTH PLAIN " + plain.decode())[0], 535)
        finally:
            session.close()
        expected = {("127.0.0.1", "Printer", "wrong-password"): 2,
                    ("127.0.0.2", "Printer", "not-on-allowlist"): 1,
                    ("127.0.0.1", "", "unknown-user"): 1,
                    ("127.0.0.1", "Scanner", "credential-revoked"): 1,
                    ("127.0.0.1", "Shop", "agent-disabled"): 1,
                    ("127.0.0.3", "", "authorization-identity"): 1}

        def listed():
            return {(row["address"], row["agent"], row["reason"]): row["count"] for row in self.refused()}
        # The engine writes what it counted once a second.
        self.assertTrue(wait_until(lambda: listed() == expected, 10 * SLOW), listed())
        table = self.relay.cli("security", "refused").stdout
        print(table, file=sys.stderr)
        self.assertIn("address not on the agent's allowlist", table)
        self.assertIn("wrong password", table)
        for secret in ("not-the-password", "still-not-it", printer["password"], shop["password"]):
            self.assertNotIn(secret, table)
            self.assertNotIn(secret, "\n".join(self.relay.stderr_lines))
        # A successful login is not a refusal, and nothing else was added.
        self.assertEqual(sum(row["count"] for row in self.refused()), 7)
        # The agent's own, with the agent (an outside tester looked for them in `agent show`).
        shown = self.relay.cli("agent", "show", "Printer").stdout
        self.assertIn("Logins refused in the last 24 hours:", shown)
        self.assertIn("address not on the agent's allowlist", shown)
        self.assertNotIn("unknown user name", shown)
        own = json.loads(self.relay.cli("agent", "show", "Printer", json_output=True).stdout)["refused_logins"]
        self.assertEqual(sorted((row["reason"], row["count"]) for row in own),
                         [("not-on-allowlist", 1), ("wrong-password", 2)])
        self.assertIn("Logins refused in the last 24 hours: none", self.relay.cli("agent", "show", "bystander").stdout)
        # A deleted agent keeps its name in the list, marked (an outside tester read "deleted agent #2" and could
        # not tell which agent that was).
        self.relay.cli("agent", "delete", "Shop", "--yes")
        shop_rows = [row for row in self.refused() if row["reason"] == "agent-disabled"]
        self.assertEqual([(row["agent"], row["agent_deleted"]) for row in shop_rows], [("Shop", True)])
        self.assertIn("Shop (deleted)", self.relay.cli("security", "refused").stdout)
        self.assertFalse(any(row["agent_deleted"] for row in self.refused() if row["agent"] == "Printer"))



class AgentShowRefusedLoginsTest(RefusedLoginsTest):
    """agent show's list of refused logins, on a relay of its own (the counts above are of the whole relay)."""

    test_each_reason_is_listed_with_its_agent_and_count = None

    def test_agent_show_lists_the_ten_latest_addresses(self):
        # A guessing run from a hundred addresses printed a hundred rows under the agent (an outside tester);
        # --json and `security refused` keep every one.
        copier = self.relay.create_agent("Copier", allow=("127.0.0.1",))
        for host in range(10, 22):
            self.assertEqual(self.login(copier["username"], "guess", source="127.0.0.%d" % host), 535)
        mine = lambda: [row for row in self.refused() if row["agent"] == "Copier"]
        self.assertTrue(wait_until(lambda: len(mine()) == 12, 10 * SLOW), self.refused())
        shown = self.relay.cli("agent", "show", "Copier").stdout
        self.assertEqual(sum("wrong password" in line for line in shown.splitlines()), 10, shown)
        self.assertIn("... and 2 more address(es): relaydesk security refused lists them all", shown)
        own = json.loads(self.relay.cli("agent", "show", "Copier", json_output=True).stdout)["refused_logins"]
        self.assertEqual(len(own), 12)


if __name__ == "__main__":
    unittest.main()
