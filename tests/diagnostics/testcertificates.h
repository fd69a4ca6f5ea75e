// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// A throwaway CA and a server certificate it signed (IP 127.0.0.1, DNS localhost),
// made by the real `openssl` command in `dir`. Fresh for every run, so a "wrong CA"
// is never one that anything trusts.
struct TestCertificates
{
    QString caPem;   // dir/<name>-ca.pem
    QString leafPem; // dir/<name>-leaf.pem
    QString leafKey; // dir/<name>-leaf.key
    QByteArray caDer;
    QString error; // set when openssl failed

    static TestCertificates make(const QString& dir, const QString& name);
};
