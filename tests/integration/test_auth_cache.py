"""The verified-credential cache on the running engine (docs/security.md, "The verified-credential cache"):
a second AUTH with the same password skips Argon2id (seen in the auth_ok line's cached= field, never timed);
a wrong password after a cached success is still refused and counts toward the lockout; `relaydesk credential
rotate`, an allowlist change and disabling the agent take effect at once; auth.cache_ttl 0 applies live;
last_used_at still reaches the store. Clients are Python smtplib with STARTTLS and AUTH PLAIN.
"""

import json
import smtplib
import time
import unittest

from relaydesk_harness import SLOW, RelayTestCase, client_tls_context, wait_until


class AuthCacheTest(RelayTestCase):
    settings = {"auth.max_failures": 3, "auth.failure_window": 900, "auth.lockout": 900}

    def login(self, credential, source="127.0.0.1"):
        """One new connection, STARTTLS and AUTH PLAIN, as a PHP mailer does it; the AUTH reply code."""
        with smtplib.SMTP(*self.relay.address("submission"), timeout=30, source_address=(source, 0)) as client:
            client.ehlo("client.test")
            client.starttls(context=client_tls_context())
            client.ehlo("client.test")
            # AUTH PLAIN only: login() would try LOGIN after a failed PLAIN, two failures per call.
            client.user, client.password = credential["username"], credential["password"]
            try:
                code = client.auth("PLAIN", client.auth_plain, initial_response_ok=True)[0]
            except smtplib.SMTPAuthenticationError as error:
                code = error.smtp_code
            except smtplib.SMTPServerDisconnected:
                code = 421
        return code

    def auth_lines(self, credential_id=None, client=None):
        lines = [l for l in self.relay.stderr_lines if "event=auth_ok " in l]
        if client:
            lines = [l for l in lines if " client=%s " % client in l]
        return lines

    def cached_flags(self, client, expected=None):
        """The cached= fields of the client's auth_ok lines, once `expected` of them have been read (the engine's
        stderr is read by another thread: a line may arrive a moment after the reply)."""
        flags = lambda: [l.split(" cached=")[1].split()[0] for l in self.auth_lines(client=client)]
        if expected is not None:
            wait_until(lambda: len(flags()) >= expected, 5)
        return flags()

    def new_agent(self, name, allow):
        return self.relay.create_agent(name, allow=allow)

    def test_second_auth_is_a_cache_hit(self):
        credential = self.new_agent("hit", ("127.0.0.11",))
        self.assertEqual(self.login(credential, "127.0.0.11"), 235)
        self.assertEqual(self.login(credential, "127.0.0.11"), 235)
        self.assertEqual(self.login(credential, "127.0.0.11"), 235)
        self.assertEqual(self.cached_flags("127.0.0.11", 3), ["no", "yes", "yes"])
        self.assertNotIn(credential["password"], "\n".join(self.relay.stderr_lines))

    def test_a_username_in_capitals_is_the_same_username(self):
        # Device firmware that upper-cases its fields sent "RDK_..." and was refused as an unknown user name
        # (an outside tester); generated usernames are in small letters, so the capitals are the same name.
        credential = self.new_agent("capitals", ("127.0.0.19",))
        self.assertEqual(self.login(dict(credential, username=credential["username"].upper()), "127.0.0.19"), 235)
        self.assertEqual(self.login(credential, "127.0.0.19"), 235)
        self.assertEqual(self.cached_flags("127.0.0.19", 2), ["no", "yes"])

    def test_wrong_password_after_a_hit_fails_and_counts_toward_lockout(self):
        credential = self.new_agent("wrong", ("127.0.0.12",))
        self.assertEqual(self.login(credential, "127.0.0.12"), 235)
        self.assertEqual(self.login(credential, "127.0.0.12"), 235)
        wrong = dict(credential, password=credential["password"] + "x")
        self.assertEqual(self.login(wrong, "127.0.0.12"), 535)
        self.assertEqual(self.login(wrong, "127.0.0.12"), 535)
        self.assertEqual(self.login(wrong, "127.0.0.12"), 421)  # the third failure starts the lockout
        # Locked out: the right (cached) password is refused as well.
        self.assertEqual(self.login(credential, "127.0.0.12"), 421)
        self.assertTrue(wait_until(lambda: any("event=auth_lockout " in l and "client=127.0.0.12 " in l
                                               for l in self.relay.stderr_lines), 5))
        self.assertEqual(self.cached_flags("127.0.0.12", 2), ["no", "yes"])

    def test_rotate_makes_the_old_password_fail_at_once(self):
        credential = self.new_agent("rotate", ("127.0.0.13",))
        self.assertEqual(self.login(credential, "127.0.0.13"), 235)
        self.assertEqual(self.login(credential, "127.0.0.13"), 235)
        rotated = json.loads(self.relay.cli("credential", "rotate", credential["username"],
                                            json_output=True).stdout)
        rotated = rotated.get("credential", rotated)
        # At once: the next AUTH, sent before the engine's change watch may have polled, is refused.
        self.assertEqual(self.login(credential, "127.0.0.13"), 535)
        self.assertTrue(wait_until(lambda: any("event=auth_failed " in l and "client=127.0.0.13 " in l
                                               and "credential revoked" in l for l in self.relay.stderr_lines), 5))
        self.assertTrue(wait_until(lambda: any("event=auth_cache_dropped " in l for l in self.relay.stderr_lines), 5))
        self.assertEqual(self.cached_flags("127.0.0.13", 2), ["no", "yes"])
        new = {"username": rotated["username"], "password": rotated["password"]}
        self.assertEqual(self.login(new, "127.0.0.13"), 235)

    def test_allowlist_change_applies(self):
        credential = self.new_agent("allow", ("127.0.0.14", "127.0.0.15"))
        self.assertEqual(self.login(credential, "127.0.0.14"), 235)
        self.assertEqual(self.login(credential, "127.0.0.15"), 235)
        self.assertEqual(self.cached_flags("127.0.0.15", 1), ["yes"])
        cleared = len([l for l in self.relay.stderr_lines if "event=auth_cache_dropped " in l])
        self.relay.cli("agent", "deny-ip", "allow", "127.0.0.15")
        self.assertEqual(self.login(credential, "127.0.0.15"), 535)
        self.assertTrue(wait_until(lambda: len([l for l in self.relay.stderr_lines
                                                if "event=auth_cache_dropped " in l]) > cleared, 5))
        # The agent's entry was dropped: the still-admitted address pays one full verification again, then hits.
        self.assertEqual(self.login(credential, "127.0.0.14"), 235)
        self.assertEqual(self.login(credential, "127.0.0.14"), 235)
        self.assertEqual(self.cached_flags("127.0.0.14", 3), ["no", "no", "yes"])
        self.relay.cli("agent", "allow-ip", "allow", "127.0.0.15")
        self.assertTrue(wait_until(lambda: self.login(credential, "127.0.0.15") == 235, 5))

    def test_unrelated_change_keeps_entries(self):
        credential = self.new_agent("keep", ("127.0.0.18",))
        self.assertEqual(self.login(credential, "127.0.0.18"), 235)
        marker = len(self.relay.stderr_lines)
        other = self.new_agent("keep-other", ("127.0.0.19",))
        self.relay.cli("credential", "revoke", other["username"])
        time.sleep(1.0 * SLOW)  # the engine has noticed both changes (it polls every 250 ms)
        self.assertEqual(self.login(credential, "127.0.0.18"), 235)
        self.assertEqual(self.cached_flags("127.0.0.18", 2), ["no", "yes"])
        self.assertFalse(any("event=auth_cache_dropped " in l for l in self.relay.stderr_lines[marker:]))

    def test_disabled_agent_refused_at_once(self):
        credential = self.new_agent("disable", ("127.0.0.16",))
        self.assertEqual(self.login(credential, "127.0.0.16"), 235)
        self.assertEqual(self.login(credential, "127.0.0.16"), 235)
        self.relay.cli("agent", "disable", "disable")
        # Not from the cache: paused at once, said as a pause (454) to its own address.
        self.assertEqual(self.login(credential, "127.0.0.16"), 454)

    def test_ttl_zero_turns_it_off_live_and_last_used_is_written(self):
        credential = self.new_agent("ttl", ("127.0.0.17",))
        self.assertEqual(self.login(credential, "127.0.0.17"), 235)
        self.assertEqual(self.login(credential, "127.0.0.17"), 235)
        # last_used_at reaches the store (the first use of a run is written at once, then once a minute).
        def last_used():
            agent = json.loads(self.relay.cli("agent", "show", "ttl", json_output=True).stdout)
            return agent["credentials"][0]["last_used_at"]
        self.assertTrue(wait_until(lambda: last_used() is not None, 5))
        try:
            self.relay.config_set("auth.cache_ttl", "0")
            self.assertTrue(wait_until(lambda: any("event=config_applied " in l and "auth.cache_ttl=0" in l
                                                   for l in self.relay.stderr_lines), 5))
            self.assertEqual(self.login(credential, "127.0.0.17"), 235)
            self.assertEqual(self.login(credential, "127.0.0.17"), 235)
            self.assertEqual(self.cached_flags("127.0.0.17", 4), ["no", "yes", "no", "no"])
        finally:
            self.relay.config_set("auth.cache_ttl", "900")
            self.assertTrue(wait_until(lambda: any("event=config_applied " in l and "auth.cache_ttl=900" in l
                                                   for l in self.relay.stderr_lines), 5))


if __name__ == "__main__":
    unittest.main(verbosity=2)
