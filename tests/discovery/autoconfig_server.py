#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Test web server for the discovery tests: HTTPS (a test CA's certificate) and plain
HTTP on loopback, both on free ports, printed as "PORTS <https> <http>".

Files come from ROOT/<scheme>/<host>/<path> or ROOT/any/<host>/<path> (the Host header
picks the host, as for a real virtual host). Hosts whose first label names a hostile
behaviour answer that way instead: slow, huge, biglength, redirect, downgrade, html.
Every request is appended to ROOT/requests.log as "<scheme> <host> <path?query>".
"""
import http.server
import os
import ssl
import sys
import threading
import time

ROOT, CERT, KEY = sys.argv[1], sys.argv[2], sys.argv[3]
LOG_LOCK = threading.Lock()


def handler_for(scheme):
    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def answer(self, status, ctype, body, extra=()):
            self.send_response(status)
            if ctype:
                self.send_header("Content-Type", ctype)
            for name, value in extra:
                self.send_header(name, value)
            if body is not None:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if body:
                self.wfile.write(body)

        def do_GET(self):
            host = (self.headers.get("Host") or "").split(":")[0].lower()
            with LOG_LOCK, open(os.path.join(ROOT, "requests.log"), "a") as log:
                log.write(f"{scheme} {host} {self.path}\n")
            label = host.split(".")[0]
            path = self.path.split("?")[0]
            try:
                if label == "slow":  # a byte now and then: only an overall deadline ends it
                    self.send_response(200)
                    self.send_header("Content-Type", "application/xml")
                    self.end_headers()
                    for _ in range(600):
                        self.wfile.write(b" ")
                        self.wfile.flush()
                        time.sleep(0.2)
                elif label == "huge":  # no length announced, far too much data
                    self.send_response(200)
                    self.send_header("Content-Type", "application/xml")
                    self.end_headers()
                    self.wfile.write(b'<?xml version="1.0"?><clientConfig version="1.1"><!--')
                    chunk = b"x" * 65536
                    for _ in range(64):  # 4 MiB
                        self.wfile.write(chunk)
                elif label == "biglength":  # announces 50 MB
                    self.send_response(200)
                    self.send_header("Content-Type", "application/xml")
                    self.send_header("Content-Length", "50000000")
                    self.end_headers()
                    self.wfile.write(b"<?xml")
                elif label == "redirect":
                    self.answer(302, "text/html", b"moved",
                                [("Location", "https://elsewhere.test/mail/config-v1.1.xml")])
                elif label == "downgrade":
                    self.answer(302, "text/html", b"moved", [("Location", f"http://{host}/plain.xml")])
                elif label == "html":
                    self.answer(200, "text/html; charset=utf-8",
                                b"<html><body><form>Log in to your hosting panel</form></body></html>")
                else:
                    for base in (scheme, "any"):
                        file = os.path.join(ROOT, base, host, path.lstrip("/"))
                        if os.path.isfile(file):
                            with open(file, "rb") as f:
                                self.answer(200, "application/xml", f.read())
                            return
                    self.answer(404, "text/plain", b"not found")
            except (BrokenPipeError, ConnectionResetError, ssl.SSLError):
                pass  # the client gave up on us, as it should

    return Handler


def serve(server):
    server.serve_forever()


https = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler_for("https"))
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain(CERT, KEY)
https.socket = context.wrap_socket(https.socket, server_side=True)
plain = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler_for("http"))
for server in (https, plain):
    server.daemon_threads = True
    threading.Thread(target=serve, args=(server,), daemon=True).start()
print(f"PORTS {https.server_address[1]} {plain.server_address[1]}", flush=True)
sys.stdin.read()  # until the test closes our stdin or kills us
