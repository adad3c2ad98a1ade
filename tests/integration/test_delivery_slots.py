"""Outbound connection slots when a receiving server never answers (docs/reliability.md, "Delivery: what an
outside tester found"):

- no remote server (IP address) gets more than delivery.max_connections_per_domain connections, whatever the
  domains whose MX it is: an outside tester's six domains pointing at one server that accepts TCP and never
  greets took every outbound connection, and mail for healthy servers waited minutes behind them;
- a job that waits for a free connection and is deleted meanwhile is not sent (the tester's deleted messages
  were delivered minutes after `queue delete`), and `queue show` says it waits, not that it is under way.

Zone served by dnsmasq (everything else under .test is NXDOMAIN):
  hang1.test .. hang4.test  MX 10 tarpit.slots.test (TARPIT)
  ok.test                   MX 10 ok.slots.test (RECEIVER)
Both listen on one port (delivery.mx_port applies to every MX). The receiver is aiosmtpd. The tarpit is a raw
socket server: a server that accepts TCP and never sends its greeting is a misbehaving peer that no Debian
package plays, so the test holds it with a thread of its own, bounded by the test.
Needs root (dnsmasq binds port 53), /usr/sbin/dnsmasq and aiosmtpd.
"""

import contextlib
import json
import os
import random
import socket
import threading
import time
import unittest

from relaydesk_harness import DNSMASQ, Relay, free_ports, start_dnsmasq, stop_dnsmasq, wait_until
from test_delivery import submit
from test_delivery_mx import Recorder

try:
    from aiosmtpd.controller import Controller
except ImportError:  # pragma: no cover - the test is skipped below
    Controller = None


class Tarpit:
    """Accepts every connection on (address, port) and never sends a byte; counts connections open now, the
    most open at once, and all. Each connection is held until the client closes it or the tarpit stops."""

    def __init__(self, address, port):
        self.lock = threading.Lock()
        self.open = 0
        self.most = 0
        self.total = 0
        self.stopping = threading.Event()
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind((address, port))
        self.listener.listen(64)
        self.listener.settimeout(0.2)
        self.threads = [threading.Thread(target=self._accept, daemon=True)]
        self.threads[0].start()

    def _accept(self):
        while not self.stopping.is_set():
            try:
                connection, _ = self.listener.accept()
            except socket.timeout:
                continue
            except OSError:
                return
            with self.lock:
                self.open += 1
                self.total += 1
                self.most = max(self.most, self.open)
            thread = threading.Thread(target=self._hold, args=(connection,), daemon=True)
            self.threads.append(thread)
            thread.start()

    def _hold(self, connection):
        connection.settimeout(0.2)
        with connection:
            while not self.stopping.is_set():
                try:
                    if not connection.recv(4096):
                        break  # the client gave up (its QUIT is read and ignored)
                except socket.timeout:
                    continue
                except OSError:
                    break
        with self.lock:
            self.open -= 1

    def counts(self):
        with self.lock:
            return self.open, self.most, self.total

    def stop(self):
        self.stopping.set()
        self.listener.close()
        for thread in self.threads:
            thread.join(5)


def free_loopback_pair(port):
    """Two 127.0.0.X addresses (outside dnsmasq's 60..239) where port is free on both."""
    for _ in range(50):
        a, b = random.sample(range(2, 59), 2)
        addresses = ["127.0.0.%d" % a, "127.0.0.%d" % b]
        try:
            for address in addresses:
                with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
                    probe.bind((address, port))
        except OSError:
            continue
        return addresses
    raise AssertionError("no two loopback addresses with port %d free" % port)


@unittest.skipUnless(os.geteuid() == 0 and os.access(DNSMASQ, os.X_OK) and Controller is not None,
                     "needs root, dnsmasq and aiosmtpd")
class SlotsBehindATarpit(unittest.TestCase):
    def setUp(self):
        self.port = free_ports(1)[0]
        self.tarpit_address, self.receiver_address = free_loopback_pair(self.port)
        self.tarpit = Tarpit(self.tarpit_address, self.port)
        self.addCleanup(self.tarpit.stop)
        self.recorder = Recorder()
        self.receiver = Controller(self.recorder, hostname=self.receiver_address, port=self.port, ready_timeout=10)
        self.receiver.start()
        self.addCleanup(self.receiver.stop)
        records = ["--host-record=tarpit.slots.test,%s" % self.tarpit_address,
                   "--host-record=ok.slots.test,%s" % self.receiver_address,
                   "--mx-host=ok.test,ok.slots.test,10"]
        records += ["--mx-host=hang%d.test,tarpit.slots.test,10" % i for i in range(1, 5)]
        self.dns, self.dns_address = start_dnsmasq(records)
        self.addCleanup(stop_dnsmasq, self.dns)

    def start_relay(self, **settings):
        merged = {"delivery.enabled": "true", "delivery.dns_server": self.dns_address,
                  "delivery.mx_port": self.port, "delivery.poll_interval": 1,
                  "delivery.retry_first": 600, "delivery.retry_max": 600, "server.hostname": "relay.test"}
        merged.update(settings)
        relay = Relay(merged, prefix="relaydesk-slots-")
        self.addCleanup(relay.cleanup)
        relay.create_agent("billing", allow=("127.0.0.1",), trusted=("127.0.0.1",))
        relay.start()
        return relay

    def recipient_state(self, relay, address):
        with contextlib.closing(relay.db()) as db:
            row = db.execute("SELECT state, last_enhanced FROM recipients WHERE address = ?", (address,)).fetchone()
        return tuple(row) if row else None

    def test_one_server_gets_at_most_the_per_destination_limit(self):
        # 4 domains x 2 per domain = 8 > 4 connections in all: before, the tarpit took all 4 and the healthy
        # message waited for the command timeout (20 s here, 300 s by default).
        relay = self.start_relay(**{"delivery.max_connections": 4, "delivery.max_connections_per_domain": 2,
                                    "delivery.command_timeout": 20, "delivery.connect_timeout": 5})
        for i in range(1, 5):
            for j in range(2):
                submit(relay, ["user%d@hang%d.test" % (j, i)], subject="hang-%d-%d" % (i, j))
        self.assertTrue(wait_until(lambda: self.tarpit.counts()[0] >= 2, 10), self.tarpit.counts())
        time.sleep(1)  # the other tarpit jobs reach their connection step meanwhile
        submit(relay, ["someone@ok.test"], subject="healthy")
        arrived = wait_until(lambda: self.recorder.to("someone@ok.test"), 8)
        open_now, most, total = self.tarpit.counts()
        self.assertTrue(arrived, "the healthy message waited behind the tarpit (%d open, %d at most)"
                        % (open_now, most))
        self.assertGreaterEqual(open_now, 1, "the tarpit's connections must still be held")
        self.assertLessEqual(most, 2, "the tarpit got more than the per-destination limit")
        # The jobs that waited for room at the tarpit end after the connect timeout with a temporary reply.
        self.assertTrue(wait_until(lambda: self.recipient_state(relay, "user1@hang4.test") is not None
                                   and self.recipient_state(relay, "user1@hang4.test")[0] == "deferred", 15))
        enhanced = {self.recipient_state(relay, "user%d@hang%d.test" % (j, i))[1]
                    for i in range(1, 5) for j in range(2)}
        self.assertIn("4.4.5", enhanced)
        self.assertLessEqual(self.tarpit.counts()[1], 2)
        self.assertEqual(relay.stop(), 0)

    def test_a_deleted_job_that_waited_for_a_connection_is_not_sent(self):
        # One connection in all, held by the tarpit until the command timeout: the healthy messages wait
        # inside the relay, are deleted there, and must not go out when the connection frees.
        relay = self.start_relay(**{"delivery.max_connections": 1, "delivery.max_connections_per_domain": 2,
                                    "delivery.command_timeout": 8, "delivery.connect_timeout": 5})
        submit(relay, ["user@hang1.test"], subject="hang")
        self.assertTrue(wait_until(lambda: self.tarpit.counts()[0] == 1, 10), self.tarpit.counts())
        waiting = [submit(relay, ["deleted%d@ok.test" % i], subject="deleted-%d" % i) for i in range(3)]
        shown = relay.cli("queue", "show", waiting[0]).stdout
        self.assertTrue(wait_until(lambda: "waiting for a free outbound connection"
                                   in relay.cli("queue", "show", waiting[0]).stdout, 5), shown)
        self.assertNotIn("under way", relay.cli("queue", "show", waiting[0]).stdout)
        relay.cli("queue", "delete", *waiting, "--yes")
        # The tarpit's connection ends at the command timeout; a message sent after that proves the slot is
        # free and the receiver works.
        self.assertTrue(wait_until(lambda: self.tarpit.counts()[0] == 0, 15), self.tarpit.counts())
        submit(relay, ["control@ok.test"], subject="control")
        self.assertTrue(wait_until(lambda: self.recorder.to("control@ok.test"), 10))
        time.sleep(1)
        for i in range(3):
            address = "deleted%d@ok.test" % i
            self.assertEqual(self.recorder.to(address), [], address + " was delivered after its delete")
            self.assertEqual(self.recipient_state(relay, address)[0], "deleted")
            log = json.loads(relay.cli("log", "search", "--recipient", address, json_output=True).stdout)
            self.assertEqual([e["status"] for e in log], ["deleted"], log)
        self.assertEqual(self.tarpit.counts()[2], 1, "no new connection to the tarpit")
        self.assertEqual(relay.stop(), 0)


if __name__ == "__main__":
    unittest.main(verbosity=2)
