"""Two RelayDesk nodes on one PostgreSQL store (docs/scaling.md): queue leases, failover and no lost mail.

A throwaway PostgreSQL server (scripts/pg-cluster.sh: initdb into a temporary directory, a private port on
127.0.0.1) holds one store; nodes A and B each have their own data directory (`store use` the same database,
`node listen` their own ports). A recording aiosmtpd sink is the smarthost. Client threads submit to both nodes
(LAN listener, trusted device), each message with a unique X-Test-Id, and keep every id that got 250. For
ROUNDS rounds one node (A and B in turn) is killed with SIGKILL under load and started again; every fifth
round it stays down until its leases have run out, and the other node must deliver what it held. Afterwards both
nodes drain the queue; every id that got 250 from either node must be at the sink; duplicates may not exceed
delivery.max_in_flight per kill (each copy but the last counts against the first kill after it arrived: the
node that sent it died before recording it). Prints acked /
delivered / duplicates. A second test revokes a credential on node A and expects node B to refuse it within 1 s.
SharedSecrets: DKIM keys made and rotated through node A's data directory sign what node B accepts (verified
with dkimpy against the published keys), and the smarthost password set through A is the one B logs in with
(aiosmtpd with STARTTLS and AUTH); neither data directory holds a secret file (docs/postgresql.md).

The lease time is 4 s here (default 60 s), so that a dead node's leases run out within the test. Runs in
the first pass of scripts/test.sh only (label own-postgresql: it starts its own PostgreSQL whatever
RELAYDESK_TEST_PG says, so the PostgreSQL pass would run it the same way again).
RELAYDESK_CLUSTER_ROUNDS=N sets the number of kills (default 10).
"""

import base64
import collections
import contextlib
import json
import os
import random
import re
import shutil
import signal
import smtplib
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import unittest

os.environ.pop("RELAYDESK_TEST_PG", None)  # the nodes' stores are this test's own PostgreSQL database
os.environ.pop("RELAYDESK_TEST_PG_PASSWORD_FILE", None)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pipelined_submitter import PipelinedSubmitter  # noqa: E402
from relaydesk_harness import (ENGINE_ENV, LISTENERS, RELAYDESK_BIN, SLOW, Relay, client_tls_context,  # noqa: E402
                               fail_on_tsan_report, free_ports, wait_until)
from reliability_sinks import RecordingSink  # noqa: E402
from test_smarthost_tls import PASSWORD, USER, Certificates, TlsSmarthost  # noqa: E402
from test_store_reconnect import pg_ctl  # noqa: E402

import dkim  # noqa: E402  (python3-dkim, scripts/install-deps.sh --test)
import psycopg2  # noqa: E402  (python3-psycopg2, scripts/install-deps.sh --test)

HERE = os.path.dirname(os.path.abspath(__file__))
PG_CLUSTER = os.path.join(HERE, "..", "..", "scripts", "pg-cluster.sh")
ROUNDS = int(os.environ.get("RELAYDESK_CLUSTER_ROUNDS", "10"))
MAX_IN_FLIGHT = 4
LEASE_SECONDS = 4
THREADS_PER_NODE = 2
PAUSE = 0.02
KILL_SLACK = 0.5  # seconds: a node's last writes may reach the sink this long after its SIGKILL
TEST_ID = re.compile(rb"X-Test-Id: (\S+)")


class PostgreSqlServer:
    """One throwaway PostgreSQL server and one database on it for this module."""

    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="relaydesk-cluster-pg-")
        started = subprocess.run(["bash", PG_CLUSTER, "start", self.dir], capture_output=True, text=True,
                                 timeout=120)
        if started.returncode != 0:
            raise RuntimeError("pg-cluster.sh start failed: %s" % started.stderr)
        with open(os.path.join(self.dir, "password")) as f:
            self.password = f.read().strip()
        self.port = int(started.stdout.strip().rsplit(":", 1)[1].split("/")[0])
        self.databases = 0
        self.database = None

    def new_database(self):
        """A fresh database for one test's nodes; scalar() reads it from then on."""
        self.databases += 1
        self.database = "relaydesk_cluster_%d" % self.databases
        with contextlib.closing(self.connect("postgres")) as db:
            db.autocommit = True
            db.cursor().execute("CREATE DATABASE %s" % self.database)
        return "postgresql://postgres@127.0.0.1:%d/%s" % (self.port, self.database)

    def connect(self, database=None):
        return psycopg2.connect(host="127.0.0.1", port=self.port, user="postgres", password=self.password,
                                dbname=database or self.database)

    def scalar(self, sql):
        with contextlib.closing(self.connect()) as db:
            cursor = db.cursor()
            cursor.execute(sql)
            return cursor.fetchone()[0]

    def rows(self, sql):
        with contextlib.closing(self.connect()) as db:
            cursor = db.cursor()
            cursor.execute(sql)
            return cursor.fetchall()

    def stop(self):
        subprocess.run(["bash", PG_CLUSTER, "stop", self.dir], capture_output=True, timeout=60)
        shutil.rmtree(self.dir, ignore_errors=True)


class Node(Relay):
    """A data directory whose store is the shared PostgreSQL database, with listeners of its own."""

    def __init__(self, server, url, name):  # pylint: disable=super-init-not-called
        self.dir = tempfile.mkdtemp(prefix="relaydesk-node-%s-" % name)
        os.rmdir(self.dir)  # `store use` makes it
        self.process = None
        self.stderr_lines = []
        self._stderr_thread = None
        self.ports = dict(zip(LISTENERS, free_ports(3)))
        self.run_cli("store", "use", url, "--password-stdin", stdin=server.password + "\n")
        self.cli("node", "rename", "node-" + name)
        for listener in LISTENERS:
            self.set_listener_address(listener, "127.0.0.1:%d" % self.ports[listener])

    def set_listener_address(self, name, address):
        """A node's own address: `listener.NAME.address` is a setting every node of the cluster shares. A node
        restarted after SIGKILL can find its port taken by a test running in parallel (CI saw it): start() then
        moves the listener here."""
        self.cli("node", "listen", name, address)

    def run_cli(self, *args, stdin=None):
        result = subprocess.run([RELAYDESK_BIN, "--data-dir", self.dir, *args], input=stdin, capture_output=True,
                                text=True, timeout=60 * SLOW, env=ENGINE_ENV)
        fail_on_tsan_report(" ".join(args), result.stderr)
        if result.returncode != 0:
            raise AssertionError("relaydesk %s failed: %s %s" % (" ".join(args), result.stdout, result.stderr))
        return result


class Submitter(PipelinedSubmitter):
    """One recipient a message, each with a unique X-Test-Id; keeps (test id, round) of every 250."""

    def __init__(self, node, tag, round_number, stop, acked):
        super().__init__(node, tag, "cluster.test", stop, pause=PAUSE)
        self.round, self.acked = round_number, acked

    def message(self, test_id):
        return ("app@sender.test", ["%s@dest.test" % test_id],
                "Subject: %s\r\nX-Test-Id: %s\r\n\r\n%s" % (test_id, test_id, "cluster test body\r\n" * 40))

    def on_acked(self, test_id, queue_id, recipients):
        self.acked.append((test_id, self.round))


SERVER = None


def setUpModule():
    global SERVER
    SERVER = PostgreSqlServer()


def tearDownModule():
    if SERVER:
        SERVER.stop()


class TwoNodes(unittest.TestCase):

    def setUp(self):
        self.sink_dir = tempfile.mkdtemp(prefix="relaydesk-cluster-sink-")
        self.addCleanup(shutil.rmtree, self.sink_dir, True)
        self.sink = RecordingSink(self.sink_dir)
        self.addCleanup(self.sink.close)
        url = SERVER.new_database()
        self.a = Node(SERVER, url, "a")
        self.addCleanup(self.a.cleanup)
        self.b = Node(SERVER, url, "b")
        self.addCleanup(self.b.cleanup)
        # Shared settings, set once through either node: both read them from the store.
        for key, value in {"delivery.enabled": "true", "delivery.smarthost": "127.0.0.1:%d" % self.sink.port,
                           "delivery.smarthost_tls": "opportunistic", "delivery.poll_interval": 1,
                           "delivery.retry_first": 1, "delivery.retry_max": 2, "delivery.connect_timeout": 5,
                           "delivery.command_timeout": 10, "delivery.give_up_after": 3600,
                           "delivery.max_in_flight": MAX_IN_FLIGHT, "delivery.lease_time": LEASE_SECONDS,
                           "server.hostname": "relay.test", "auth.cache_ttl": 900}.items():
            self.a.config_set(key, str(value))

    def undelivered(self):
        return SERVER.scalar("SELECT COUNT(*) FROM recipients WHERE state IN ('queued', 'deferred')")

    def settle_sink(self):
        previous = -1
        for _ in range(20):
            count = len(self.sink.snapshot())
            if count == previous:
                return
            previous = count
            time.sleep(0.3)

    def test_sigkill_one_node_under_load(self):
        self.a.create_agent("cluster-agent", allow=(), trusted=("127.0.0.1",))
        rng = random.Random(os.environ.get("RELAYDESK_CLUSTER_SEED", "15"))
        nodes = {"a": self.a, "b": self.b}
        self.a.start()
        self.b.start()
        nodes_listed = json.loads(self.a.cli("node", "list", json_output=True).stdout)
        self.assertEqual(sorted(n["name"] for n in nodes_listed if n["alive"]), ["node-a", "node-b"])

        ids = {name: next(n["id"] for n in json.loads(node.cli("node", "list", json_output=True).stdout)
                          if n["this_node"]) for name, node in nodes.items()}
        acked, rows, takeovers, kill_times = [], [], [], []
        for round_number in range(1, ROUNDS + 1):
            victim = "a" if round_number % 2 else "b"
            self.sink.label = round_number
            at_sink_before = len(self.sink.snapshot())
            stop, round_acked = threading.Event(), []
            threads = [Submitter(node, "r%d-%s%d" % (round_number, name, i), round_number, stop, round_acked)
                       for name, node in nodes.items() for i in range(THREADS_PER_NODE)]
            for thread in threads:
                thread.start()
            run_for = rng.uniform(0.6, 1.6)
            time.sleep(run_for)
            nodes[victim].kill()
            kill_times.append(time.monotonic())
            held = [r[0] for r in SERVER.rows("SELECT id FROM recipients WHERE lease_node = '%s' AND state IN"
                                             " ('queued', 'deferred')" % ids[victim])]
            if round_number % 5 == 0:
                # The victim stays down past its leases: the other node must take over what it held.
                time.sleep(LEASE_SECONDS + 2.5)
                still = SERVER.scalar("SELECT COUNT(*) FROM recipients WHERE lease_node = '%s' AND state IN"
                                      " ('queued', 'deferred')" % ids[victim])
                survivor = ids["b" if victim == "a" else "a"]
                taken = SERVER.scalar("SELECT COUNT(DISTINCT recipient_id) FROM delivery_attempts WHERE node = '%s'"
                                      " AND recipient_id IN (%s)" % (survivor, ",".join(map(str, held)) or "0"))
                takeovers.append((round_number, victim, len(held), taken))
                self.assertEqual(still, 0, "the dead node's leases did not run out")
                self.assertEqual(taken, len(held), "the other node did not deliver what the dead node held")
            else:
                time.sleep(0.3)  # the other node keeps taking mail while the victim is down
            stop.set()
            self.settle_sink()
            for thread in threads:
                thread.join(15)
                self.assertFalse(thread.is_alive())
            acked.extend(round_acked)
            rows.append([round_number, victim, run_for, sum(t.sent for t in threads), len(round_acked),
                         len(self.sink.snapshot()) - at_sink_before])
            nodes[victim].start()

        # Both nodes drain the queue (what a killed node held is free once it restarted or its lease ran out).
        self.sink.label = ROUNDS + 1
        started = time.monotonic()
        drained = wait_until(lambda: self.undelivered() == 0, 120, step=0.5)
        drain_seconds = time.monotonic() - started
        time.sleep(1)
        delivered_by = dict(SERVER.scalar(
            "SELECT json_object_agg(n, c) FROM (SELECT node AS n, COUNT(*) AS c FROM delivery_attempts"
            " WHERE status = 'delivered' GROUP BY node) x") or {})
        self.assertEqual(self.a.stop(), 0)
        self.assertEqual(self.b.stop(), 0)
        self.assertTrue(drained, "%d recipients still queued after %.0fs" % (self.undelivered(), drain_seconds))

        received = self.sink.timed_snapshot()
        copies = collections.defaultdict(list)  # test id -> [(arrival time, round label)]
        for arrived, (test_id, mail_from, _, raw, label) in received:
            if mail_from not in ("", "<>"):
                copies[test_id].append((arrived, label))
        acked_ids = {test_id for test_id, _ in acked}
        lost = sorted(i for i in acked_ids if not copies.get(i))
        # Every copy but the last was sent by a node that died before it recorded the delivery: it counts
        # against the first kill after it arrived (KILL_SLACK before the kill too: what the node had written
        # reaches the sink after its death). Counted by the round it arrived in, a delivery the survivor sent
        # late in one round and had not recorded when it was killed in the next (a store slowed by a loaded CI
        # machine) made the first round look like six deliveries in flight.
        duplicates = collections.Counter(
            next((k + 1 for k, killed in enumerate(kill_times) if killed >= arrived - KILL_SLACK), ROUNDS + 1)
            for times in copies.values() for arrived, _ in times[:-1])
        unacked_delivered = len([i for i in copies if i not in acked_ids])

        print("\ncluster: round  killed  ran(s)  sent  acked(250)  at-sink-during-round  duplicates-of-this-kill",
              file=sys.stderr)
        for number, victim, ran, sent, got250, at_sink in rows:
            print("cluster: %5d  %6s  %6.2f  %4d  %10d  %20d  %22d" % (number, victim, ran, sent, got250, at_sink,
                                                                      duplicates.get(number, 0)), file=sys.stderr)
        for number, victim, held, taken in takeovers:
            print("cluster: round %d: node %s stayed down %ds past its kill; it held %d leases, the other node"
                  " delivered %d of them" % (number, victim, LEASE_SECONDS + 2, held, taken), file=sys.stderr)
        print("cluster: drained in %.1fs; deliveries recorded per node: %s" % (drain_seconds, delivered_by),
              file=sys.stderr)
        print("cluster: %d kills; acked %d; delivered %d distinct (%d copies); duplicates %d (bound %d ="
              " max_in_flight %d x %d kills); delivered without a 250 %d; lost %d" %
              (ROUNDS, len(acked_ids), len(copies), sum(map(len, copies.values())), sum(duplicates.values()),
               MAX_IN_FLIGHT * ROUNDS, MAX_IN_FLIGHT, ROUNDS, unacked_delivered, len(lost)), file=sys.stderr)

        names = {node_id: name for name, node_id in ids.items()}
        for test_id in sorted(i for i, times in copies.items() if len(times) > 1):
            # Each duplicate explained: when its copies arrived and which node recorded a delivery of it.
            attempts = SERVER.rows("SELECT node, status FROM delivery_attempts WHERE recipient = '%s@dest.test'"
                                   " ORDER BY started_at" % test_id)
            print("cluster: duplicate %s: copies at %s; recorded %s" % (
                test_id, ", ".join("%+.2fs from kill %d (node %s)" % (
                    arrived - kill_times[k], k + 1, "a" if k % 2 == 0 else "b") for arrived, _ in copies[test_id]
                    for k in [min(range(ROUNDS), key=lambda k: abs(kill_times[k] - arrived))]),
                ", ".join("%s by node %s" % (status, names.get(node, node)) for node, status in attempts)),
                file=sys.stderr)

        self.assertGreater(len(acked_ids), ROUNDS * 5, "the load did not get going")
        self.assertEqual(lost, [], "acknowledged but never delivered")
        for round_number, count in duplicates.items():
            self.assertLessEqual(count, MAX_IN_FLIGHT, "round %s: more duplicates than one node's deliveries in"
                                 " flight" % round_number)
        self.assertLessEqual(sum(duplicates.values()), MAX_IN_FLIGHT * ROUNDS)
        self.assertEqual(duplicates.get(ROUNDS + 1, 0), 0, "duplicates without a kill")
        self.assertEqual(len(delivered_by), 2, "both nodes delivered: %s" % delivered_by)

    def test_credential_revoked_on_a_is_refused_on_b_within_a_second(self):
        credential = self.a.create_agent("revoke-agent", allow=("127.0.0.1",))
        self.a.start()
        self.b.start()

        def auth_on_b():
            with smtplib.SMTP("127.0.0.1", self.b.ports["submission"], timeout=10) as client:
                client.starttls(context=client_tls_context())
                try:
                    client.login(credential["username"], credential["password"])
                    return True
                except smtplib.SMTPAuthenticationError:
                    return False

        self.assertTrue(auth_on_b())  # verified once on B: the cache remembers it (auth.cache_ttl)
        self.assertTrue(auth_on_b())
        revoked_at = time.monotonic()
        self.a.cli("credential", "revoke", credential["username"])
        revoked_after = time.monotonic() - revoked_at
        refused = wait_until(lambda: not auth_on_b(), 5, step=0.05)
        refused_after = time.monotonic() - revoked_at
        print("\ncluster: credential revoked on node A (the command took %.2fs); node B refused it %.2fs after the"
              " command began" % (revoked_after, refused_after), file=sys.stderr)
        self.assertTrue(refused, "node B still accepts a credential revoked on node A")
        self.assertLess(refused_after - revoked_after, 1.0 * SLOW, "node B refused it only after %.2fs"
                        % (refused_after - revoked_after))


    def test_a_lockout_on_a_holds_on_b(self):
        # An outside tester's password guesser was locked out on node A and went on guessing on node B (five
        # more tries there), which let the locked address in with the right password. A lockout now reaches
        # every node through the store, as an unlock does.
        self.a.config_set("auth.max_failures", "3")
        credential = self.a.create_agent("guessed-agent", allow=("127.0.0.0/8",))
        self.a.start()
        self.b.start()
        guesser = "127.0.0.6"

        def auth(node, password):
            with smtplib.SMTP("127.0.0.1", node.ports["submission"], timeout=10,
                              source_address=(guesser, 0)) as client:
                client.starttls(context=client_tls_context())
                client.ehlo()
                token = base64.b64encode(("\0%s\0%s" % (credential["username"], password)).encode()).decode()
                return client.docmd("AUTH", "PLAIN " + token)

        codes = [auth(self.a, "wrong-%d" % i)[0] for i in range(3)]
        self.assertEqual(codes[:2], [535, 535], codes)
        self.assertEqual(auth(self.a, credential["password"])[0], 421)  # locked out on A
        locked_at = time.monotonic()
        refused = wait_until(lambda: auth(self.b, credential["password"])[0] == 421, 5 * SLOW, step=0.1)
        print("\ncluster: an address locked out on node A was refused on node B %.2fs later"
              % (time.monotonic() - locked_at), file=sys.stderr)
        self.assertTrue(refused, "node B let in an address locked out on node A")
        code, text = auth(self.b, credential["password"])
        self.assertEqual(code, 421, text)
        self.assertTrue(text.startswith(b"4.7.0"), text)

        # Lifted on B: A lets it in again.
        self.b.cli("security", "unlock", guesser)
        self.assertTrue(wait_until(lambda: auth(self.a, credential["password"])[0] == 235, 5 * SLOW, step=0.1))

    def test_a_clean_stop_frees_the_nodes_leases(self):
        # An outside tester's planned restart of node A (SIGTERM) held the mail A was delivering for the whole
        # lease, as a crash does. A clean stop now frees the leases of the deliveries it cut short.
        self.a.config_set("delivery.lease_time", "600")
        self.a.create_agent("stop-agent", allow=(), trusted=("127.0.0.1",))
        self.sink.delay = 60  # A's deliveries stay in flight until it stops
        self.a.start()
        node_a = next(n["id"] for n in json.loads(self.a.cli("node", "list", json_output=True).stdout)
                      if n["this_node"])
        for i in range(2):
            with smtplib.SMTP("127.0.0.1", self.a.ports["lan"], timeout=10) as client:
                client.sendmail("app@sender.test", ["stop-%d@dest.test" % i],
                                "Subject: stop %d\r\nX-Test-Id: stop-%d\r\n\r\nbody\r\n" % (i, i))
        leased = "SELECT COUNT(*) FROM recipients WHERE lease_node = '%s' AND state IN ('queued', 'deferred')" % node_a
        self.assertTrue(wait_until(lambda: SERVER.scalar(leased) == 2, 20 * SLOW, step=0.1),
                        "node A did not take the two recipients")
        self.assertEqual(self.a.stop(), 0)
        self.assertEqual(SERVER.scalar(leased), 0, "a clean stop left node A's leases to run out")
        self.sink.delay = 0
        self.b.start()
        started = time.monotonic()
        delivered = wait_until(lambda: len([m for m in self.sink.snapshot() if (m[0] or "").startswith("stop-")]) >= 2,
                               30 * SLOW, step=0.2)
        print("\ncluster: node A stopped cleanly holding 2 leases of 600 s; node B delivered both %.1fs after it"
              " started" % (time.monotonic() - started), file=sys.stderr)
        self.assertTrue(delivered, "node B did not deliver what node A had in flight")

    def four_taken_by_a(self, prefix):
        """Node A starts and takes four messages (prefix-0 to prefix-3) whose deliveries stay in DATA for 6 s, so
        that the store can go away while they are under way; returns their test ids."""
        self.a.create_agent("outage-agent", allow=(), trusted=("127.0.0.1",))
        self.sink.delay = 6
        self.a.start()
        ids = ["%s-%d" % (prefix, i) for i in range(4)]
        for test_id in ids:
            with smtplib.SMTP("127.0.0.1", self.a.ports["lan"], timeout=10) as client:
                client.sendmail("app@sender.test", ["%s@dest.test" % test_id],
                                "Subject: %s\r\nX-Test-Id: %s\r\n\r\nbody\r\n" % (test_id, test_id))
        leased = "SELECT COUNT(*) FROM recipients WHERE lease_node <> '' AND state IN ('queued', 'deferred')"
        self.assertTrue(wait_until(lambda: SERVER.scalar(leased) == 4, 20 * SLOW, step=0.1),
                        "node A did not take the four recipients")
        return ids

    def assert_each_delivered_once(self, ids):
        """Once the store is back: every one recorded delivered, and (past the grace, when a second delivery
        would have begun) each at the receiver exactly once."""
        self.sink.delay = 0
        delivered = "SELECT COUNT(*) FROM recipients WHERE state = 'delivered'"
        self.assertTrue(wait_until(lambda: SERVER.scalar(delivered) == 4, 60 * SLOW, step=0.5),
                        "\n".join(self.a.stderr_lines[-15:] + self.b.stderr_lines[-15:]))
        time.sleep(8)
        got = collections.Counter(m[0] for m in self.sink.snapshot() if m[0] in ids)
        self.assertEqual(got, collections.Counter(ids), "each recipient exactly once")

    def test_a_store_outage_longer_than_a_lease_delivers_nothing_twice(self):
        # An outside tester stopped PostgreSQL for longer than a lease while node B delivered: B's outcomes
        # waited to be recorded, every lease ran out meanwhile, and node A, back first, delivered the same
        # four recipients again. After an outage a node leaves the leases that ran out during it to their
        # nodes for a grace (docs/scaling.md, "Queue leases").
        ids = self.four_taken_by_a("outage")
        self.b.start()  # idle, with nothing of its own to record: the first to take what A's leases leave
        time.sleep(1)
        pg_ctl(SERVER, "-m", "fast", "stop")
        try:
            # The deliveries end (unrecorded) and every lease runs out while the store is away.
            self.assertTrue(wait_until(lambda: len(self.sink.snapshot()) >= 4, 20 * SLOW, step=0.2),
                            len(self.sink.snapshot()))
            time.sleep(LEASE_SECONDS + 2)
        finally:
            pg_ctl(SERVER, "restart")
        self.assert_each_delivered_once(ids)
        attempts = SERVER.scalar("SELECT COUNT(*) FROM delivery_attempts WHERE status = 'delivered'")
        self.assertEqual(attempts, 4)

    def test_a_node_started_during_an_outage_leaves_the_others_leases_to_them(self):
        # As above, but node B starts while the store is away (it never read it): it had no last pass that read
        # the store to go by, took A's leases the moment PostgreSQL answered, and delivered them a second time
        # (a leftover of the fifty-fifth session). It waits the same grace before it takes another node's.
        ids = self.four_taken_by_a("started")
        pg_ctl(SERVER, "-m", "fast", "stop")
        # B waits for the store before its engine starts, and starts listening once it answers.
        started = []
        starting = threading.Thread(target=lambda: started.append(self.b.start(timeout=90)), daemon=True)
        try:
            starting.start()
            self.assertTrue(wait_until(lambda: len(self.sink.snapshot()) >= 4, 20 * SLOW, step=0.2),
                            len(self.sink.snapshot()))
            time.sleep(LEASE_SECONDS + 2)
        finally:
            pg_ctl(SERVER, "restart")
        starting.join(90 * SLOW)
        self.assertTrue(started, "node B did not start once the store answered")
        self.assert_each_delivered_once(ids)

    def test_a_host_name_set_on_b_renames_only_b(self):
        # "This relay, Host name" in node B's window renamed node A as well, and A issued a new certificate
        # that the applications trusting the old one refused (an outside tester).
        self.a.start()
        self.b.start()

        def greeting(node):
            with smtplib.SMTP("127.0.0.1", node.ports["lan"], timeout=10) as client:
                return client.ehlo()[1].decode().splitlines()[0]

        self.assertTrue(greeting(self.a).startswith("relay.test"), greeting(self.a))
        self.b.cli("node", "hostname", "relay-b.test")
        # B applies it while it runs; A keeps the shared name and its certificate.
        self.assertTrue(wait_until(lambda: greeting(self.b).startswith("relay-b.test"), 15 * SLOW, step=0.3),
                        greeting(self.b))
        self.assertTrue(greeting(self.a).startswith("relay.test"), greeting(self.a))
        self.assertEqual(self.a.cli("config", "get", "server.hostname").stdout.strip(), "relay.test")
        self.assertFalse(any("certificate_generated" in line for line in self.a.stderr_lines[-50:]
                             if "relay-b" in line), "\n".join(self.a.stderr_lines[-20:]))

    def test_a_certificate_imported_on_a_serves_only_a(self):
        # An outside tester imported a certificate through node A: node B served it too, read from A's data
        # directory (a shared setting naming a path in A's directory). The listeners' certificate and key are
        # the node's own (docs/scaling.md, "Nodes").
        self.a.start()
        self.b.start()
        certs_dir = tempfile.mkdtemp(prefix="relaydesk-cluster-certs-")
        self.addCleanup(shutil.rmtree, certs_dir, ignore_errors=True)
        cert, key = Certificates(certs_dir).self_signed("a", "relay-a.test", "DNS:relay-a.test,IP:127.0.0.1")

        def served(node):
            pem = ssl.get_server_certificate(("127.0.0.1", node.ports["smtps"]), timeout=10)
            return ssl.PEM_cert_to_DER_cert(pem)

        with open(cert) as f:
            imported = ssl.PEM_cert_to_DER_cert(f.read())
        b_before = served(self.b)
        # status names the node it describes and the others (an outside tester's said nothing of either).
        status = self.a.cli("status").stdout
        self.assertRegex(status, r"\nnode: +node-a \([0-9a-f]+\); others: node-b alive \(relaydesk node list\)\n")
        status_json = self.a.cli("status", json_output=True).stdout
        self.assertEqual(json.loads(status_json)["node"]["name"], "node-a")
        self.assertEqual([(n["name"], n["state"]) for n in json.loads(status_json)["other_nodes"]],
                         [("node-b", "alive")])
        self.a.cli("tls", "import-pem", cert, key)
        self.assertTrue(wait_until(lambda: served(self.a) == imported, 15 * SLOW, step=0.3), "A did not take it")
        time.sleep(1.5 * SLOW)  # B has had the store's note of a settings change and applied it
        self.assertEqual(served(self.b), b_before)
        shown = self.b.cli("tls", "show").stdout
        self.assertNotIn(self.a.dir, shown, shown)
        self.assertIn(self.a.dir, self.a.cli("tls", "show").stdout)

    def test_a_smarthost_or_route_to_another_nodes_listener_is_refused(self):
        # Set through node B, the smarthost was node A's LAN listener: B relayed each message into A, which
        # put it back into the same queue, until A bounced it as a loop, and the notice bounced too (an outside
        # tester). A node of the same store counts as this relay for the loop check, as its own listeners do.
        self.a.start()
        lan, submission, smtps = (self.a.ports[name] for name in ("lan", "submission", "smtps"))
        for args, port in ((("smarthost", "set", "127.0.0.1:%d" % lan, "--tls", "opportunistic"), lan),
                           (("config", "set", "delivery.smarthost", "127.0.0.1:%d" % submission), submission),
                           (("route", "add", "loop.test", "127.0.0.1:%d" % smtps), smtps)):
            result = self.b.cli(*args, check=False)
            self.assertNotEqual(result.returncode, 0, (args, result.stdout))
            self.assertIn("is a listener of the node node-a (127.0.0.1:%d), which shares this relay's store" % port,
                          result.stderr)
            self.assertIn("a mail loop", result.stderr)
        # Nothing was stored: the smarthost is still the sink, and no route was added.
        self.assertEqual(self.b.cli("config", "get", "delivery.smarthost").stdout.strip(),
                         "127.0.0.1:%d" % self.sink.port)
        self.assertEqual(json.loads(self.b.cli("route", "list", json_output=True).stdout), [])
        # Its own listener is still said as its own, and a free port of the same address is fine.
        result = self.b.cli("route", "add", "own.test", "127.0.0.1:%d" % self.b.ports["lan"], check=False)
        self.assertIn("this relay's own lan listener", result.stderr)
        self.b.cli("route", "add", "fine.test", "127.0.0.1:%d" % self.sink.port)
        # Delivery turned off through B, whose relay is not running: the command cannot wait for A, and says
        # when A follows (a message sent to the other node at once still left: the same tester).
        result = self.b.cli("config", "set", "delivery.enabled", "false")
        self.assertIn("the other nodes of the store (node-a) stop delivering within about a second", result.stderr)

    def test_an_agents_hourly_limit_holds_across_both_nodes(self):
        """An agent limited to 6 messages an hour, its messages sent to A and B in turn: the nodes together
        accept 6, give or take what the other node accepted within the last second (each node reads the store's
        counts once a second); before, each node counted only its own and 12 got through."""
        self.a.config_set("delivery.enabled", "false")
        self.a.create_agent("limited", allow=(), trusted=("127.0.0.1",))
        self.a.cli("agent", "limit", "limited", "--per-hour", "6")
        self.a.start()
        self.b.start()
        to_next_hour = 3600 - time.time() % 3600
        if to_next_hour < 40 * SLOW:  # the hour's count starts again at the full hour (UTC): not in the middle
            time.sleep(to_next_hour + 1)
        accepted, refused = 0, []
        for i in range(12):
            node = self.a if i % 2 == 0 else self.b
            with smtplib.SMTP("127.0.0.1", node.ports["lan"], timeout=10 * SLOW) as client:
                client.ehlo("limits.test")
                code, text = client.mail("app@sender.test")
                if code == 250:
                    client.rcpt("someone@dest.test")
                    code, text = client.data(b"Subject: limit %d\r\n\r\nbody\r\n" % i)
                    self.assertEqual(code, 250, text)
                    accepted += 1
                else:
                    refused.append((code, text.decode()))
            time.sleep(1.5 * SLOW)  # more than the once-a-second read: the bound is then exact
        self.assertEqual(accepted, 6, refused)
        self.assertTrue(all(code == 451 and "4.7.1" in text and "limit 6" in text for code, text in refused), refused)

    def test_a_copy_of_a_running_nodes_data_dir_is_refused(self):
        """A data directory copied from node A carries A's node-id: started while A runs it would free A's
        leases and deliver what A has in flight a second time (docs/scaling.md, "One id, one node"). It must
        refuse to start, say why and what to do, and leave A's row alone; with its node-id file deleted it
        starts as a new node. A itself, killed and started again at once, is not taken for a copy."""
        self.a.start()
        copy = tempfile.mkdtemp(prefix="relaydesk-node-copy-")
        self.addCleanup(shutil.rmtree, copy, True)
        subprocess.run(["cp", "-a", self.a.dir + "/.", copy], check=True, timeout=60)
        for listener, port in zip(LISTENERS, free_ports(3)):
            subprocess.run([RELAYDESK_BIN, "--data-dir", copy, "node", "listen", listener, "127.0.0.1:%d" % port],
                           check=True, capture_output=True, timeout=60 * SLOW, env=ENGINE_ENV)
        a_id = SERVER.scalar("SELECT id FROM nodes")
        started = subprocess.run([RELAYDESK_BIN, "--headless", "--data-dir", copy], capture_output=True, text=True,
                                 timeout=60 * SLOW, env=ENGINE_ENV, stdin=subprocess.DEVNULL)
        fail_on_tsan_report("the copy", started.stderr)
        self.assertNotEqual(started.returncode, 0, started.stderr)
        self.assertIn("node id %s is in use by a running node" % a_id, started.stderr)
        self.assertIn(os.path.join(copy, "node-id"), started.stderr)
        self.assertNotIn("leases_released", started.stderr)
        self.assertEqual(SERVER.rows("SELECT id, name, stopped_at FROM nodes"), [(a_id, "node-a", 0)])

        os.remove(os.path.join(copy, "node-id"))
        process = subprocess.Popen([RELAYDESK_BIN, "--headless", "--data-dir", copy], stderr=subprocess.PIPE,
                                   stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL, text=True, env=ENGINE_ENV)
        try:
            self.assertTrue(wait_until(lambda: SERVER.scalar("SELECT COUNT(*) FROM nodes") == 2, 30 * SLOW),
                            "the copy with a new node-id did not register")
        finally:
            process.send_signal(signal.SIGTERM)
            _, stderr = process.communicate(timeout=60 * SLOW)
        fail_on_tsan_report("the copy with a new id", stderr)
        self.assertEqual(process.returncode, 0, stderr)

        self.a.kill()  # a crash: A's row still says running, with a fresh heartbeat
        self.a.start()
        self.assertNotIn("node_id_check", "\n".join(self.a.stderr_lines), "A's own row is not another node's")
        self.assertEqual(self.a.stop(), 0)


class SharedSecrets(unittest.TestCase):
    DOMAIN = "office.test"

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="relaydesk-cluster-secrets-")
        self.addCleanup(shutil.rmtree, self.tmp, True)
        certs = Certificates(self.tmp)
        self.smarthost = TlsSmarthost(*certs.signed("smarthost", "smarthost.test", "IP:127.0.0.1"))
        self.addCleanup(self.smarthost.close)
        url = SERVER.new_database()
        self.a = Node(SERVER, url, "a")
        self.addCleanup(self.a.cleanup)
        self.b = Node(SERVER, url, "b")
        self.addCleanup(self.b.cleanup)
        for key, value in {"delivery.enabled": "true", "delivery.poll_interval": 1, "delivery.retry_first": 600,
                           "delivery.connect_timeout": 5, "delivery.command_timeout": 10,
                           "server.hostname": "relay.test"}.items():
            self.a.config_set(key, str(value))
        self.a.create_agent("billing", allow=(), trusted=("127.0.0.1",))
        # Everything through node A's data directory; node B only accepts and delivers.
        self.output = [self.a.run_cli("smarthost", "set", "127.0.0.1:%d" % self.smarthost.port, "--tls", "starttls",
                                      "--ca-file", certs.ca, "--username", USER, "--password-stdin",
                                      stdin=PASSWORD + "\n")]
        self.output.append(self.a.cli("dkim", "enable", self.DOMAIN, json_output=True))

    def records(self):
        output = json.loads(self.a.cli("domain", "records", self.DOMAIN, json_output=True).stdout)
        return {r["name"]: r for r in output["records"] if r["kind"] == "dkim"}

    def submit_to_b(self, subject):
        with smtplib.SMTP("127.0.0.1", self.b.ports["lan"], timeout=20) as client:
            client.ehlo("client.test")
            client.sendmail("billing@%s" % self.DOMAIN, ["carla@dest.test"],
                            "From: billing@%s\r\nTo: carla@dest.test\r\nSubject: %s\r\n\r\nHello.\r\n"
                            % (self.DOMAIN, subject))
        found = lambda: [m for _, m in self.smarthost.messages if subject.encode() in m]  # noqa: E731
        self.assertTrue(wait_until(lambda: found(), 30), "not delivered: %s\n%s"
                        % (subject, "\n".join(self.b.stderr_lines[-20:])))
        return found()[0]

    def assert_signed(self, message, selectors):
        records = self.records()

        def dnsfunc(name, timeout=5):
            record = records.get(name.decode().rstrip("."))
            return "".join(record["strings"]).encode() if record else None

        header = message.split(b"\r\n\r\n", 1)[0].replace(b"\r\n ", b" ").replace(b"\r\n\t", b" ")
        used = sorted(re.search(rb"\bs=([\w-]+)", line).group(1).decode() for line in header.split(b"\r\n")
                      if line.lower().startswith(b"dkim-signature:"))
        self.assertEqual(used, sorted(selectors), message[:1500])
        for index in range(len(used)):
            self.assertTrue(dkim.DKIM(message).verify(idx=index, dnsfunc=dnsfunc), "signature %d" % index)

    def test_dkim_keys_and_smarthost_password_made_on_a_serve_b(self):
        keys = json.loads(self.output[-1].stdout)["keys"]
        self.assertEqual(len(keys), 2)
        for node in (self.a, self.b):
            self.assertFalse(os.path.exists(os.path.join(node.dir, "smarthost.secret")))
            self.assertFalse(os.path.exists(os.path.join(node.dir, "dkim")))
        self.assertEqual(sorted(r[0] for r in SERVER.rows("SELECT name FROM node_secrets")),
                         sorted(["smarthost"] + ["dkim/%s/%s" % (self.DOMAIN, k["selector"]) for k in keys]))

        self.b.start()
        first = self.submit_to_b("Signed by B")
        self.assert_signed(first, [k["selector"] for k in keys])
        self.assertEqual(self.smarthost.logins, [USER.encode()])  # B logged in with the password set through A

        # Rotated through A while B runs: B signs with the new keys (the 'dkim' topic) and no file appears.
        rotated = json.loads(self.a.cli("domain", "rotate-dkim", self.DOMAIN, json_output=True).stdout)
        new = sorted(k["selector"] for k in rotated["keys"] if k.get("state", "active") == "active")
        self.assertEqual(len(new), 2, rotated)
        # The replaced keys sign beside the new ones until their grace ends (docs/operations.md, "Rotation").
        grace = [k["selector"] for k in rotated["keys"] if k.get("state") == "grace"]
        self.assertEqual(len(grace), 2, rotated)
        deadline, attempt, signed_new = time.monotonic() + 10 * SLOW, 0, False
        while not signed_new and time.monotonic() < deadline:
            attempt += 1
            signed_new = self.signed_with(self.submit_to_b("Rotated %d" % attempt), new + grace)
        self.assertTrue(signed_new, "node B does not sign with the keys rotated through node A")
        self.assertFalse(os.path.exists(os.path.join(self.a.dir, "dkim")))
        self.assertEqual(self.b.stop(), 0)

        secret_outputs = "\n".join(o.stdout + o.stderr for o in self.output) + "\n".join(self.b.stderr_lines)
        self.assertNotIn(PASSWORD, secret_outputs)
        self.assertNotIn("PRIVATE KEY", secret_outputs)

    def signed_with(self, message, selectors):
        try:
            self.assert_signed(message, selectors)
            return True
        except AssertionError:
            return False


if __name__ == "__main__":
    unittest.main(verbosity=2)
