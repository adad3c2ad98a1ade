"""Clients over IPv6 (::1), and both kinds of client on a dual-stack listener ([::]), with Python's smtplib.

The session learns its client's address from the accepted socket itself (SessionSocket): an IPv6 client must
be matched against a Mail Agent's IPv6 trusted devices and allowlist, recorded with its address, and named in
the Received: header as an IPv6 address literal (RFC 5321 4.1.3); an IPv4 client of a listener on [::] arrives
as an IPv4-mapped address and must still match the agent's IPv4 entries and be recorded as IPv4.
"""

import smtplib
import socket
import unittest
import uuid

from relaydesk_harness import RelayTestCase, client_tls_context, free_ports, has_ipv6_loopback, queue_id_of

SENDER = "app@sender.test"




def free_dual_stack_port():
    """A port free on every address, IPv4 and IPv6: what a [::] listener needs (a port free on 127.0.0.1 alone
    may be another test's client port on 127.0.0.2 and the like)."""
    with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
        probe.bind(("::", 0))
        return probe.getsockname()[1]


def message(subject):
    return ("From: <%s>\r\nTo: <one@rcpt.test>\r\nSubject: %s\r\n\r\nover IPv6\r\n" % (SENDER, subject)).encode()


@unittest.skipUnless(has_ipv6_loopback(), "no IPv6 loopback (::1) on this machine")
class Ipv6SubmissionTest(RelayTestCase):
    agent_allow = ("::1", "127.0.0.1")
    agent_trusted = ("::1",)

    @classmethod
    def setUpClass(cls):
        submission, lan = free_ports(2)
        cls.dual_port = free_dual_stack_port()
        cls.submission = ("::1", submission)
        cls.lan = ("::1", lan)
        cls.settings = {"listener.submission.address": "[::1]:%d" % submission,
                        "listener.lan.address": "[::1]:%d" % lan,
                        "listener.smtps.address": "[::]:%d" % cls.dual_port}
        super().setUpClass()

    def send(self, client, subject, login=True):
        """One message through an open smtplib client; returns its queued row."""
        client.ehlo("client.test")
        if login:
            client.login(self.credential["username"], self.credential["password"])
        client.mail(SENDER)
        client.rcpt("one@rcpt.test")
        code, reply = client.data(message(subject))
        self.assertEqual(code, 250, reply)
        row = self.find_message(queue_id_of(reply.decode()))
        self.assertIsNotNone(row, reply)
        return row

    def test_trusted_ipv6_device_relays_on_the_lan_listener(self):
        with smtplib.SMTP(*self.lan, timeout=10) as client:
            row = self.send(client, "lan " + uuid.uuid4().hex, login=False)
        self.assertEqual(row["client_address"], "::1")
        self.assertEqual(row["agent_name"], self.agent_name)
        received = row["body"].decode("latin-1").split("\r\n\r\n", 1)[0]
        self.assertIn("[IPv6:::1]", received)

    def test_ipv6_client_authenticates_on_submission(self):
        with smtplib.SMTP(*self.submission, timeout=10) as client:
            client.ehlo("client.test")
            client.starttls(context=client_tls_context())
            row = self.send(client, "submission " + uuid.uuid4().hex)
        self.assertEqual(row["client_address"], "::1")

    def test_ipv4_client_of_a_dual_stack_listener_matches_its_ipv4_entry(self):
        # 127.0.0.1 reaches [::] as ::ffff:127.0.0.1; the allowlist names 127.0.0.1, and the record too.
        with smtplib.SMTP_SSL("127.0.0.1", self.dual_port, timeout=10, context=client_tls_context()) as client:
            row = self.send(client, "dual " + uuid.uuid4().hex)
        self.assertEqual(row["client_address"], "127.0.0.1")

    def test_dual_stack_listener_takes_ipv6_clients_too(self):
        with smtplib.SMTP_SSL("::1", self.dual_port, timeout=10, context=client_tls_context()) as client:
            row = self.send(client, "dual v6 " + uuid.uuid4().hex)
        self.assertEqual(row["client_address"], "::1")


if __name__ == "__main__":
    unittest.main()
