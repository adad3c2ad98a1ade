"""Receiving servers for the reliability tests: a recording aiosmtpd sink and a server that vanishes mid-transaction."""

import asyncio
import email
import email.policy
import os
import threading
import time
import uuid

from aiosmtpd.controller import Controller

from relaydesk_harness import free_ports
from scripted_smtp import LoopbackSmtpListener, ScriptedSmtpHandler


class RecordingSink:
    """aiosmtpd on a free port; every message it accepts is written to DIR/<uuid>.eml and kept in `received`:
    (X-Test-Id or None, envelope sender, recipients, raw bytes, the label current when it arrived); `arrived`
    holds the time.monotonic() of each, in the same order. `delay` seconds pass before a message's 250 (and before
    it is recorded): a delivery that stays in flight. With `rcpt_limit` N, a transaction takes N recipients and
    answers the rest "452 4.5.3 Too many recipients", as Postfix's smtpd_recipient_limit does."""

    def __init__(self, directory):
        self.directory = directory
        self.received = []
        self.arrived = []
        self.label = None
        self.delay = 0
        self.rcpt_limit = 0
        self.lock = threading.Lock()
        sink = self

        class Handler:
            async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
                if sink.rcpt_limit and len(envelope.rcpt_tos) >= sink.rcpt_limit:
                    return "452 4.5.3 Error: too many recipients"
                envelope.rcpt_tos.append(address)
                return "250 2.1.5 Ok"

            async def handle_DATA(self, server, session, envelope):
                if sink.delay:
                    await asyncio.sleep(sink.delay)
                raw = envelope.original_content or envelope.content
                with open(os.path.join(sink.directory, "%s.eml" % uuid.uuid4().hex), "wb") as f:
                    f.write(raw)
                    f.flush()
                    os.fsync(f.fileno())
                message = email.message_from_bytes(raw, policy=email.policy.compat32)
                with sink.lock:
                    sink.received.append((message["X-Test-Id"], envelope.mail_from, list(envelope.rcpt_tos), raw,
                                          sink.label))
                    sink.arrived.append(time.monotonic())
                return "250 2.0.0 Ok: recorded"

        self.port = free_ports(1)[0]
        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port, ready_timeout=10,
                                     decode_data=False)
        self.controller.start()

    def snapshot(self):
        with self.lock:
            return list(self.received)

    def timed_snapshot(self):
        """[(arrival time, received entry)] in the order they arrived."""
        with self.lock:
            return list(zip(self.arrived, self.received))

    def close(self):
        self.controller.stop()


class VanishingServer:
    """An SMTP server that, per connection, follows the next entry of `modes` (then "ok" for ever):
    "after354" closes the socket right after sending 354 to DATA, "midbody" reads part of the body and closes,
    "afterdot" reads the whole message, keeps it and closes without a reply, "ok" accepts the message. Records
    every accepted (or kept) message and every connection's mode."""

    def __init__(self, modes):
        self.modes = list(modes)
        self.connections = []
        self.accepted = []
        self.lock = threading.Lock()
        server = self

        class Handler(ScriptedSmtpHandler):
            timeout = 30

            def handle(self):
                with server.lock:
                    mode = server.modes.pop(0) if server.modes else "ok"
                    server.connections.append(mode)
                self.reply("220 vanishing.test ESMTP")
                mail_from, rcpts = None, []
                while True:
                    line = self.rfile.readline()
                    if not line:
                        return
                    verb = line[:4].decode("latin-1").upper()
                    if verb in ("EHLO", "HELO"):
                        self.reply("250-vanishing.test\r\n250 8BITMIME")
                    elif verb == "MAIL":
                        mail_from, rcpts = line.decode("latin-1")[10:].strip().strip("<>"), []
                        self.reply("250 2.1.0 OK")
                    elif verb == "RCPT":
                        rcpts.append(line.decode("latin-1")[8:].strip().strip("<>"))
                        self.reply("250 2.1.5 OK")
                    elif verb == "DATA":
                        self.reply("354 go ahead")
                        if mode == "after354":
                            return
                        data = self.read_data(lambda so_far: mode == "midbody" and len(so_far) > 40)
                        if data is None:
                            return
                        with server.lock:
                            server.accepted.append((mail_from, rcpts, data))
                        if mode == "afterdot":
                            return
                        self.reply("250 2.0.0 Ok: queued")
                    elif verb == "QUIT":
                        self.reply("221 2.0.0 Bye")
                        return
                    else:
                        self.reply("250 2.0.0 OK")

        self.listener = LoopbackSmtpListener(Handler)
        self.port = self.listener.port

    def close(self):
        self.listener.close()
