#!/bin/bash
# Real DNS answer messages (RFC 1035 wire format) from dnsmasq on loopback, for
# test_dnsanswers and as seed corpus for a DNS answer fuzzer. Run once; the answers
# are committed. Needs dnsmasq (Debian dnsmasq-base) and python3.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d /tmp/dnsfixtures.XXXXXX)
port=${DNS_FIXTURE_PORT:-15353}
trap 'kill "$(cat "$work/pid" 2>/dev/null)" 2>/dev/null || true; rm -rf "$work"' EXIT

user=()
[ "$(id -u)" = 0 ] && user=(--user=root)
/usr/sbin/dnsmasq --conf-file=/dev/null --no-resolv --no-hosts --bind-interfaces \
    --listen-address=127.0.0.1 --port="$port" --pid-file="$work/pid" --local=/test/ "${user[@]}" \
    --srv-host=_submissions._tcp.example.test,mail.example.test,465,0,1 \
    --srv-host=_imaps._tcp.example.test,imap2.example.test,993,20,5 \
    --srv-host=_imaps._tcp.example.test,imap1.example.test,993,10,5 \
    --srv-host=_pop3._tcp.example.test \
    --mx-host=example.test,mx2.example.test,20 \
    --mx-host=example.test,mx1.example.test,10
sleep 0.5

python3 - "$port" "$here" <<'PY'
import socket, struct, sys
port, out = int(sys.argv[1]), sys.argv[2]
def query(name, qtype, file):
    labels = b"".join(bytes([len(p)]) + p.encode() for p in name.split(".")) + b"\0"
    packet = struct.pack(">HHHHHH", 0x4d53, 0x0100, 1, 0, 0, 0) + labels + struct.pack(">HH", qtype, 1)
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.settimeout(3)
    s.sendto(packet, ("127.0.0.1", port))
    answer = s.recv(4096)
    open(f"{out}/{file}", "wb").write(answer)
    print(f"{file}: {len(answer)} bytes")
query("_submissions._tcp.example.test", 33, "srv-submissions.bin")
query("_imaps._tcp.example.test", 33, "srv-imaps-two.bin")
query("_pop3._tcp.example.test", 33, "srv-not-offered.bin")
query("_imap._tcp.example.test", 33, "srv-none.bin")
query("example.test", 15, "mx-two.bin")
PY
