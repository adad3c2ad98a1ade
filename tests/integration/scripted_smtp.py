"""What the scripted SMTP receivers of the tests share: line replies, reading DATA, a loopback listener."""

import socketserver
import threading


class ScriptedSmtpHandler(socketserver.StreamRequestHandler):
    """One connection of a scripted receiver; subclasses write handle() with reply() and read_data()."""

    timeout = 60

    def reply(self, text):
        self.wfile.write(text.encode() + b"\r\n")
        self.wfile.flush()

    def read_data(self, drop_when=None):
        """The content after 354 up to the lone "." line, dot-unstuffed (RFC 5321 4.5.2); None if the client
        went away, or if drop_when(content so far) said to drop the connection in the middle of it."""
        data = b""
        while True:
            line = self.rfile.readline()
            if not line or (drop_when and drop_when(data)):
                return None
            if line == b".\r\n":
                return data
            data += line[1:] if line.startswith(b"..") else line


class LoopbackSmtpListener:
    """Serves a handler class on a free 127.0.0.1 port, one thread per connection, until close()."""

    class _Server(socketserver.ThreadingTCPServer):
        allow_reuse_address = True
        daemon_threads = True

    def __init__(self, handler_class):
        self.server = self._Server(("127.0.0.1", 0), handler_class)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()
