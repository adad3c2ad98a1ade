"""The Delivery Logs' free-text index follows the store off the hot path: a message accepted over SMTP (Python's
smtplib on the LAN relay listener) and a reply written later by the command line (`queue bounce`) become
searchable within seconds, through the engine's batch indexer rather than inside the accepting transaction.

Run: ctest --test-dir build -R test_search_index -V
"""

import contextlib
import json
import smtplib
import unittest

from relaydesk_harness import PgConnection, RelayTestCase, queue_id_of, wait_until


class SearchIndexTest(RelayTestCase):

    def matches(self, words):
        # The index's queue_id column holds the queue id and then the Message-ID (SearchIndex::idWords).
        with contextlib.closing(self.relay.db()) as db:
            if isinstance(db, PgConnection):
                # The PostgreSQL index: a tsvector of the same words (docs/postgresql.md, "Free text").
                query = " & ".join(w.strip('"') for w in words.split())
                return [row[0].split()[0] for row in db.execute(
                    "SELECT queue_id FROM delivery_log_fts WHERE document @@ to_tsquery('simple', ?)", (query,))]
            return [row[0].split()[0] for row in db.execute(
                "SELECT queue_id FROM delivery_log_fts WHERE delivery_log_fts MATCH ?", (words,))]

    def pending(self):
        with contextlib.closing(self.relay.db()) as db:
            return db.execute("SELECT COUNT(*) FROM delivery_log_fts_pending").fetchone()[0]

    def submit(self, subject, recipients):
        with smtplib.SMTP(*self.relay.address("lan"), timeout=30) as smtp:
            smtp.ehlo("client.test")
            message = "From: app@sender.test\r\nSubject: %s\r\n\r\nbody\r\n" % subject
            smtp.mail("app@sender.test")
            for rcpt in recipients:
                smtp.rcpt(rcpt)
            code, text = smtp.data(message.encode())
            self.assertEqual(code, 250, text)
            return queue_id_of(text.decode())

    def test_accepted_and_bounced_messages_become_searchable(self):
        queue_id = self.submit("Zeppelin quarterly", ["carla@dest.test", "dora@dest.test"])
        # The index waits for a quiet store, at the latest 10 s (SearchIndexScheduler's maxDelay): on a
        # PostgreSQL server that other databases keep busy the store is never quiet (docs/postgresql.md).
        self.assertTrue(wait_until(lambda: len(self.matches('"zeppelin"')) == 2, timeout=20),
                        "the accepted message's two recipients were not indexed: %s" % self.matches('"zeppelin"'))
        self.assertEqual(set(self.matches('"zeppelin"')), {queue_id})
        self.assertEqual(self.matches('"carla"'), [queue_id])
        self.assertTrue(wait_until(lambda: self.pending() == 0, timeout=20))

        # The command line writes the reply; the engine notices the write and indexes it.
        self.relay.cli("queue", "bounce", queue_id)
        self.assertTrue(wait_until(lambda: len(self.matches('"administrator"')) == 2, timeout=20),
                        "the bounce's reply was not indexed: %s" % self.matches('"administrator"'))
        # Replaced, not added: still one index row per recipient.
        self.assertEqual(len(self.matches('"zeppelin"')), 2)
        # The reply's code and enhanced code (550 5.0.0) are indexed with its text.
        self.assertEqual(len(self.matches('"550"')), 2)
        self.assertEqual(len(self.matches('"5 0 0"')), 2)

    def test_an_encoded_subject_is_stored_shown_and_found_as_people_read_it(self):
        # RFC 2047: what mail programs send for "Rechnung für März". The queue, the log and the search know
        # the words, not their encoding.
        queue_id = self.submit("=?utf-8?q?Rechnung_f=C3=BCr_M=C3=A4rz?=", ["erna@dest.test"])
        queued = json.loads(self.relay.cli("queue", "show", queue_id, json_output=True).stdout)
        self.assertEqual(queued["subject"], "Rechnung für März")
        self.assertTrue(wait_until(lambda: self.matches('"rechnung"') == [queue_id], timeout=20),
                        self.matches('"rechnung"'))


if __name__ == "__main__":
    unittest.main()
