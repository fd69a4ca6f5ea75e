// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace e2e {

// The real, throwaway mail service of shared/mailservice/mailservice.sh (Postfix +
// Dovecot on 127.0.0.1, users alice/wonderland and bob/builder @example.test, mail
// delivered to DIR/mail/<user>/Maildir). Each instance gets a fresh DIR under /tmp
// and free ports, so it cannot clash with another instance on this machine.
class MailService
{
public:
    // Empty when start() can work here; otherwise why not (not root, packages missing).
    static QString unavailableReason();
    static QString script();

    MailService() = default;
    MailService(const MailService&) = delete;
    MailService& operator=(const MailService&) = delete;
    ~MailService() { stop(); }

    bool start(QString* error);
    void stop();

    QString dir() const;
    // From DIR/ports.env: SMTP SMTPS SUBM POP3 POP3S IMAP IMAPS.
    int port(const QString& name) const { return m_env.value(name).toInt(); }
    QString caPath() const { return m_env.value(QStringLiteral("CA")); }
    QString maildir(const QString& user) const; // DIR/mail/<user>/Maildir
    // The tails of the Postfix and Dovecot logs, for failure messages.
    QString logs() const;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QHash<QString, QString> m_env;
    bool m_running = false;
};

} // namespace e2e
