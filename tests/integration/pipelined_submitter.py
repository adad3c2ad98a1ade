"""A load client for the crash tests: pipelined submissions on the LAN relay listener until the engine dies."""

import threading
import time

from relaydesk_harness import RawSession, queue_id_of


class PipelinedSubmitter(threading.Thread):
    """One connection after another; each message goes as MAIL, its RCPTs and DATA in one write (RFC 2920),
    then the content. Calls on_acked() for every 250 after the content. Ends at the first refusal (noted in
    errors) or when the engine goes away: a message without an answer was never acknowledged.

    Subclasses say what to send (message) and what to keep of each acknowledgement (on_acked)."""

    def __init__(self, relay, tag_prefix, helo, stop, pause=0.0):
        super().__init__(daemon=True)
        self.relay, self.tag_prefix, self.helo, self.stop, self.pause = relay, tag_prefix, helo, stop, pause
        self.sent = 0  # messages whose content went out (acknowledged or not)
        self.errors = []

    def message(self, tag):
        """(sender, recipients, content without the final ".") for the message tagged tag."""
        raise NotImplementedError

    def on_acked(self, tag, queue_id, recipients):
        raise NotImplementedError

    def run(self):
        sequence = 0
        while not self.stop.is_set():
            try:
                session = RawSession(self.relay.address("lan"), timeout=5)
            except OSError:
                return
            try:
                if session.read_reply()[0] != 220 or session.command("EHLO %s" % self.helo)[0] != 250:
                    return
                while not self.stop.is_set():
                    sequence += 1
                    tag = "%s-m%d" % (self.tag_prefix, sequence)
                    sender, recipients, content = self.message(tag)
                    session.send("MAIL FROM:<%s>\r\n" % sender +
                                 "".join("RCPT TO:<%s>\r\n" % r for r in recipients) + "DATA\r\n")
                    expected = [250] * (1 + len(recipients)) + [354]
                    codes = [session.read_reply()[0] for _ in expected]
                    if codes != expected:
                        if None not in codes:
                            self.errors.append("%s: %s" % (tag, codes))
                        return
                    session.send(content + ".\r\n")
                    self.sent += 1
                    code, lines = session.read_reply()
                    if code is None:
                        return  # the engine died before answering: this message was never acknowledged
                    if code != 250:
                        self.errors.append("%s: %s" % (tag, lines))
                        return
                    self.on_acked(tag, queue_id_of(lines[0]), recipients)
                    if self.pause:
                        time.sleep(self.pause)
            except OSError:
                return
            finally:
                session.close()
