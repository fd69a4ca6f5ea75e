#!/bin/sh
# Generates the throwaway certificates the trust-store tests use, with the real
# openssl (3.x) command line, into DIR:
#   root.pem/root.key    "Mail Setup Test Root", self-signed CA (CA:TRUE), 10 years
#   twin.pem             another self-signed CA with exactly root.pem's subject (other key)
#   leaf.pem             mail.example.test, issued by root.pem, CA:FALSE (a server certificate)
#   expired.pem          self-signed CA valid 2020-01-01 .. 2020-02-01
#   notca.pem            self-signed, CA:FALSE
#   root.der             root.pem as DER; truncated.pem: root.pem cut in half
set -eu
DIR=$1
mkdir -p "$DIR"
cd "$DIR"
SUBJ="/O=Mail Setup Test/CN=Mail Setup Test Root"
CAEXT="-addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign"
q() { "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }; }

q openssl req -x509 -newkey rsa:2048 -nodes -keyout root.key -out root.pem -days 3650 -subj "$SUBJ" $CAEXT
q openssl req -x509 -newkey rsa:2048 -nodes -keyout twin.key -out twin.pem -days 3650 -subj "$SUBJ" $CAEXT
q openssl req -x509 -newkey rsa:2048 -nodes -keyout notca.key -out notca.pem -days 3650 \
    -subj "/CN=Not A CA" -addext basicConstraints=critical,CA:FALSE

printf 'basicConstraints=critical,CA:FALSE\nsubjectAltName=DNS:mail.example.test,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n' > leaf.ext
q openssl req -new -newkey rsa:2048 -nodes -keyout leaf.key -subj "/CN=mail.example.test" -out leaf.csr
q openssl x509 -req -in leaf.csr -CA root.pem -CAkey root.key -CAcreateserial -days 30 -extfile leaf.ext -out leaf.pem

# openssl req cannot back-date; openssl ca can (-startdate/-enddate).
mkdir -p expired-ca
: > expired-ca/index.txt
echo 01 > expired-ca/serial
cat > expired-ca/ca.cnf <<CNF
[ca]
default_ca = d
[d]
database = $DIR/expired-ca/index.txt
new_certs_dir = $DIR/expired-ca
serial = $DIR/expired-ca/serial
default_md = sha256
policy = p
copy_extensions = copy
unique_subject = no
[p]
commonName = supplied
CNF
q openssl req -new -newkey rsa:2048 -nodes -keyout expired.key -subj "/CN=Expired Test Root" \
    -addext basicConstraints=critical,CA:TRUE -out expired.csr
q openssl ca -batch -config expired-ca/ca.cnf -selfsign -keyfile expired.key -in expired.csr \
    -startdate 20200101000000Z -enddate 20200201000000Z -notext -out expired.pem

q openssl x509 -in root.pem -outform DER -out root.der
head -c "$(($(wc -c < root.pem) / 2))" root.pem > truncated.pem
