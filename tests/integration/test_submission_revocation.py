"""Access ends when the admin ends it: rotating or revoking a credential, disabling its Mail Agent, or removing
the allowlist entry (or trusted device) that admitted a client ends sessions already authenticated with it:
their next command, or the end of the message they are sending, gets 421 4.7.0. Changes come from the admin
command line, another process, as an admin would make them while the relay runs; each is in force when the
command returns (an outside tester's open session of a revoked credential had 88 more messages accepted after
`credential revoke` had returned, while the relay had not looked at the store yet): no test waits for it.
"""

import json
import sys
import unittest

from relaydesk_harness import RawSession, RelayTestCase, auth_plain


class RevocationTest(RelayTestCase):
    """One engine for all cases; each case makes its own agents (the class's own agent is not used)."""

    def new_agent(self, name, allow=("127.0.0.1",), trusted=()):
        return self.relay.create_agent(name, allow=allow, trusted=trusted)

    def login(self, credential, source="127.0.0.1"):
        session = RawSession(self.relay.address("submission"), source=source)
        self.assertEqual(session.read_reply()[0], 220)
        self.assertEqual(session.command("EHLO client.test")[0], 250)
        session.starttls()
        self.assertEqual(session.command("EHLO client.test")[0], 250)
        code, lines = session.command("AUTH PLAIN " + auth_plain(credential["username"], credential["password"]))
        self.assertEqual(code, 235, lines)
        return session

    def send_one(self, session, subject):
        self.assertEqual(session.command("MAIL FROM:<app@sender.test>")[0], 250)
        self.assertEqual(session.command("RCPT TO:<one@rcpt.test>")[0], 250)
        self.assertEqual(session.command("DATA")[0], 354)
        code, lines = session.command("Subject: %s\r\n\r\nbody\r\n." % subject)
        self.assertEqual(code, 250, lines)

    def assert_ended(self, session, what):
        code, lines = session.command("MAIL FROM:<app@sender.test>")
        self.assertEqual(code, 421, (what, lines))
        self.assertTrue(lines[0].startswith("421 4.7.0"), lines)
        self.assertEqual(session.read_reply()[0], None, "%s: the session stays open after 421" % what)
        print("%s: next command answered %r" % (what, lines[0]), file=sys.stderr)

    def check(self, what, credential, change, source="127.0.0.1"):
        session = self.login(credential, source)
        bystander_agent = self.new_agent("bystander-" + what.replace(" ", "-"))
        bystander = self.login(bystander_agent)
        try:
            self.send_one(session, "before " + what)
            change()
            self.assert_ended(session, what)
            # The change touched one agent's access only.
            self.send_one(bystander, "bystander after " + what)
        finally:
            session.close()
            bystander.close()

    def test_rotate_credential(self):
        credential = self.new_agent("rotate")
        self.check("rotate", credential, lambda: self.relay.cli("credential", "rotate", credential["username"]))

    def test_revoke_credential(self):
        credential = self.new_agent("revoke")
        self.check("revoke", credential, lambda: self.relay.cli("credential", "revoke", credential["username"]))

    def test_disable_agent(self):
        credential = self.new_agent("disable")
        self.check("disable agent", credential, lambda: self.relay.cli("agent", "disable", "disable"))

    def test_remove_allowlist_entry(self):
        credential = self.new_agent("deny", allow=("127.0.0.1", "127.0.0.4"))
        self.check("deny-ip", credential, lambda: self.relay.cli("agent", "deny-ip", "deny", "127.0.0.4"),
                   source="127.0.0.4")

    def test_unrelated_change_keeps_the_session(self):
        credential = self.new_agent("widen")
        session = self.login(credential)
        try:
            self.relay.cli("agent", "allow-ip", "widen", "127.0.0.5")
            self.relay.cli("credential", "create", "widen")  # a second credential of the same agent
            self.send_one(session, "still admitted")
        finally:
            session.close()

    def test_message_in_progress_is_not_accepted(self):
        credential = self.new_agent("mid-data")
        session = self.login(credential)
        try:
            self.assertEqual(session.command("MAIL FROM:<app@sender.test>")[0], 250)
            self.assertEqual(session.command("RCPT TO:<one@rcpt.test>")[0], 250)
            self.assertEqual(session.command("DATA")[0], 354)
            session.send("Subject: sent while revoked\r\n\r\nfirst half\r\n")
            self.relay.cli("credential", "revoke", credential["username"])
            code, lines = session.command("second half\r\n.")
            self.assertEqual(code, 421, lines)
            self.assertTrue(lines[0].startswith("421 4.7.0"), lines)
        finally:
            session.close()
        subjects = [m["body"] for m in self.relay.messages()]
        self.assertFalse(any(b"sent while revoked" in body for body in subjects))

    def test_untrusted_device_loses_the_lan_relay(self):
        self.new_agent("printers", allow=(), trusted=("127.0.0.6",))
        session = RawSession(self.relay.address("lan"), source="127.0.0.6")
        try:
            self.assertEqual(session.read_reply()[0], 220)
            self.assertEqual(session.command("EHLO printer.test")[0], 250)
            self.send_one(session, "scan 1")
            self.relay.cli("agent", "untrust-device", "printers", "127.0.0.6")
            self.assert_ended(session, "untrust-device")
        finally:
            session.close()

    def test_device_of_a_disabled_agent_is_told_to_try_again(self):
        # An outside tester's scanner got "550 5.7.1 ... is not a trusted device" once its agent was disabled,
        # and threw the scan away. It is still that agent's device: 451 4.7.1 until the agent is enabled again.
        self.new_agent("scanners", allow=(), trusted=("127.0.0.7",))
        self.relay.cli("agent", "disable", "scanners")

        def mail_reply():
            session = RawSession(self.relay.address("lan"), source="127.0.0.7")
            try:
                self.assertEqual(session.read_reply()[0], 220)
                self.assertEqual(session.command("EHLO scanner.test")[0], 250)
                return session.command("MAIL FROM:<scan@office.test>")
            finally:
                session.close()

        code, lines = mail_reply()
        self.assertEqual(code, 451, lines)
        self.assertEqual(lines[0], "451 4.7.0 The Mail Agent that trusts 127.0.0.7 is disabled by the relay "
                                   "administrator; try again later")
        # A device no agent lists is still refused for good.
        session = RawSession(self.relay.address("lan"), source="127.0.0.8")
        try:
            self.assertEqual(session.read_reply()[0], 220)
            self.assertEqual(session.command("EHLO other.test")[0], 250)
            code, lines = session.command("MAIL FROM:<scan@office.test>")
            self.assertEqual(code, 550, lines)
        finally:
            session.close()
        self.relay.cli("agent", "enable", "scanners")
        self.assertEqual(mail_reply()[0], 250)


if __name__ == "__main__":
    unittest.main(verbosity=2)
