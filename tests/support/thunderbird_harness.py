#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs a real Thunderbird for the end-to-end tests and quits it gracefully.

    thunderbird_harness.py [--isolated] [--resolve HOST]... [--sink PORT]... [--session-timeout S]
                           -- THUNDERBIRD ARGS...

Started by tests/support/thunderbirdrunner.cpp, normally as
`unshare -n -m python3 thunderbird_harness.py --isolated ...`. With --isolated it brings
up the namespace's loopback and bind-mounts a private /etc/hosts that maps every
--resolve name to 127.0.0.1, so Thunderbird can reach nothing but this loopback.
Each --sink port gets a listener that accepts and never answers (see start_sinks). A
POP3 account with login_at_startup connects there and waits. An unreachable server
instead makes Thunderbird show a modal "could not connect" alert during startup, and
while it is open Marionette's WebDriver:NewSession never answers (it waits for the
startup to finish), so no graceful quit would be possible.

Protocol on stdin/stdout (one line each):
  out  "started PID"            Thunderbird runs as PID
  in   "quit"                   quit through Marionette (Marionette:Quit, eAttemptQuit);
                                SIGTERM, then SIGKILL, if it does not work in time
  out  "quit graceful|sigterm|sigkill|exited RC"
  EOF on stdin                  the test went away: kill Thunderbird, exit
Thunderbird also gets SIGKILL when this process dies (PR_SET_PDEATHSIG).
"""

import ctypes
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time

MARIONETTE_PORT = 2828


def log(text):
    print(text, file=sys.stderr, flush=True)


def setup_isolation(names, workdir):
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    if names:
        hosts = os.path.join(workdir, "hosts")
        with open(hosts, "w") as f:
            f.write("127.0.0.1 localhost %s\n::1 localhost\n" % " ".join(names))
        subprocess.run(["mount", "--bind", hosts, "/etc/hosts"], check=True)


def start_sinks(ports, names, workdir):
    """Listeners that never answer. Each connection is logged to sinks.log as
    "PORT tls|plain NAME...": whether the client opened with a TLS ClientHello (an SSL/TLS
    account) or waited for a greeting (plain or STARTTLS), and which --resolve names
    appear in what it sent (the SNI of the ClientHello)."""
    held = []  # accepted connections stay open (and silent) until we exit
    lock = threading.Lock()

    def record(conn, port):
        conn.settimeout(5)
        try:
            first = conn.recv(4096)
        except OSError:
            first = b""
        kind = "tls" if first[:1] == b"\x16" else "plain"
        seen = [n for n in names if n.encode() in first]
        with lock, open(os.path.join(workdir, "sinks.log"), "a") as f:
            f.write(" ".join([str(port), kind] + seen) + "\n")

    def serve(server, port):
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            held.append(conn)
            threading.Thread(target=record, args=(conn, port), daemon=True).start()

    for port in ports:
        server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            server.bind(("127.0.0.1", port))
        except OSError as e:
            log("harness: cannot listen on %d: %s" % (port, e))
            continue
        server.listen(8)
        threading.Thread(target=serve, args=(server, port), daemon=True).start()
    return held


def die_with_parent():
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


class Marionette:
    def __init__(self, timeout):
        deadline = time.monotonic() + timeout
        while True:
            try:
                self.sock = socket.create_connection(("127.0.0.1", MARIONETTE_PORT), timeout=timeout)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        self.file = self.sock.makefile("rb")
        self.next_id = 1
        self.read()  # {"applicationType": "gecko", "marionetteProtocol": 3}

    def read(self):
        length = b""
        while True:
            c = self.file.read(1)
            if not c:
                raise EOFError("Marionette closed the connection")
            if c == b":":
                break
            length += c
        return json.loads(self.file.read(int(length)))

    def command(self, name, params):
        data = json.dumps([0, self.next_id, name, params]).encode()
        self.next_id += 1
        self.sock.sendall(str(len(data)).encode() + b":" + data)
        reply = self.read()  # [1, id, error, result]
        if reply[2]:
            raise RuntimeError("%s: %s" % (name, reply[2].get("message", reply[2])))
        return reply[3]


def wait_exit(proc, seconds):
    try:
        return proc.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        return None


def quit_thunderbird(proc, session_timeout):
    if proc.poll() is not None:
        return "exited %d" % proc.returncode
    try:
        m = Marionette(timeout=30)
        m.sock.settimeout(session_timeout)  # NewSession answers once Thunderbird's startup has finished
        m.command("WebDriver:NewSession", {})
        reply = m.command("Marionette:Quit", {"flags": ["eAttemptQuit"]})
        log("harness: Marionette:Quit -> %s" % json.dumps(reply))
        if wait_exit(proc, 30) is not None:
            return "graceful"
    except Exception as e:  # any failure falls back to signals
        log("harness: graceful quit failed: %s" % e)
    proc.terminate()
    if wait_exit(proc, 10) is not None:
        return "sigterm"
    proc.kill()
    proc.wait()
    return "sigkill"


def main():
    args = sys.argv[1:]
    split = args.index("--")
    options, command = args[:split], args[split + 1:]
    isolated = "--isolated" in options
    names = [options[i + 1] for i, o in enumerate(options) if o == "--resolve"]
    sinks = [int(options[i + 1]) for i, o in enumerate(options) if o == "--sink"]
    timeouts = [float(options[i + 1]) for i, o in enumerate(options) if o == "--session-timeout"]
    workdir = os.environ.get("HARNESS_WORKDIR", os.getcwd())

    if isolated:
        setup_isolation(names, workdir)
    held = start_sinks(sinks, names, workdir)
    # Thunderbird's own output goes to a log file: stdout carries our protocol.
    with open(os.path.join(workdir, "thunderbird.log"), "ab") as out:
        proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                                preexec_fn=die_with_parent)
    print("started %d" % proc.pid, flush=True)

    for line in sys.stdin:
        if line.strip() == "quit":
            print("quit " + quit_thunderbird(proc, timeouts[-1] if timeouts else 60), flush=True)
            break
    if proc.poll() is None:  # stdin closed: the test is gone or gave up
        proc.kill()
        proc.wait()
    for conn in held:
        conn.close()


if __name__ == "__main__":
    main()
