// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/testfiles.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// The throwaway certificates of make-test-pki.sh (real openssl), made once per test run.
class TestPki
{
public:
    bool make(QString* error)
    {
        QProcess p;
        p.start(QStringLiteral("sh"),
                {QStringLiteral(MAILSETUP_CERTS_TEST_DIR "/make-test-pki.sh"), m_dir.path()});
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            *error = QString::fromLocal8Bit(p.readAllStandardError());
            return false;
        }
        return true;
    }
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QByteArray read(const char* name) const { return testfiles::readFile(path(name)); }

private:
    QTemporaryDir m_dir;
};
