// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailservice.h"

#include "runmailsetup.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace e2e {
namespace {

const QStringList portNames = {QStringLiteral("SMTP"), QStringLiteral("SMTPS"), QStringLiteral("SUBM"),
                               QStringLiteral("POP3"), QStringLiteral("POP3S"), QStringLiteral("IMAP"),
                               QStringLiteral("IMAPS")};

// Ports the kernel picks as free on 127.0.0.1, all held at once so they differ.
// Another program could take one before the daemons bind it; start() then retries.
QList<int> freePorts(int count)
{
    QList<int> ports;
    QList<int> sockets;
    for (int i = 0; i < count; ++i) {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address = {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t size = sizeof address;
        if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&address), size) != 0 ||
            ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size) != 0) {
            if (fd >= 0)
                ::close(fd);
            break;
        }
        sockets << fd;
        ports << ntohs(address.sin_port);
    }
    for (int fd : sockets)
        ::close(fd);
    return ports;
}

} // namespace

QString MailService::script()
{
    return QStringLiteral(MAILSETUP_SHARED_DIR "/mailservice/mailservice.sh");
}

QString MailService::unavailableReason()
{
    if (!isRoot())
        return QStringLiteral("the mail service needs root (Postfix's master runs as root)");
    if (!QFileInfo::exists(script()))
        return QStringLiteral("%1 is missing").arg(script());
    // postfix, dovecot-core, dovecot-pop3d, dovecot-imapd.
    for (const char* path :
         {"/usr/sbin/postfix", "/usr/sbin/dovecot", "/usr/lib/dovecot/pop3", "/usr/lib/dovecot/imap"}) {
        if (!QFileInfo(QString::fromLatin1(path)).isExecutable())
            return QStringLiteral("%1 is missing: apt-get install postfix dovecot-core dovecot-pop3d "
                                  "dovecot-imapd (scripts/install-deps.sh)")
                .arg(QString::fromLatin1(path));
    }
    return {};
}

bool MailService::start(QString* error)
{
    // A port taken between freePorts() and the daemons' bind fails the start: retry.
    for (int attempt = 1; attempt <= 3; ++attempt) {
        m_dir = std::make_unique<QTemporaryDir>(tmpTemplate(QStringLiteral("mailsetup-mailservice")));
        if (!m_dir->isValid()) {
            *error = m_dir->errorString();
            return false;
        }
        const QList<int> ports = freePorts(int(portNames.size()));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"),
                   env.value(QStringLiteral("PATH")) + QStringLiteral(":/usr/sbin:/sbin"));
        for (int i = 0; i < ports.size(); ++i)
            env.insert(portNames.at(i), QString::number(ports.at(i)));
        const ProcessResult r = runProcess(QStringLiteral("bash"),
                                           {script(), QStringLiteral("start"), m_dir->path()}, env, 60000);
        m_running = true; // stop() is harmless if nothing runs
        if (!r.ok()) {
            *error = r.describe() + QLatin1Char('\n') + logs();
            stop();
            continue;
        }
        QFile file(m_dir->path() + QStringLiteral("/ports.env"));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("no ports.env in %1").arg(m_dir->path());
            return false;
        }
        m_env.clear();
        for (const QByteArray& line : file.readAll().split('\n')) {
            const int eq = int(line.indexOf('='));
            if (eq > 0)
                m_env.insert(QString::fromUtf8(line.left(eq)).trimmed(),
                             QString::fromUtf8(line.mid(eq + 1)).trimmed());
        }
        for (const QString& name : portNames) {
            if (port(name) <= 0) {
                *error = QStringLiteral("ports.env has no %1").arg(name);
                return false;
            }
        }
        return true;
    }
    return false;
}

void MailService::stop()
{
    if (!m_running || !m_dir)
        return;
    m_running = false;
    runProcess(QStringLiteral("bash"), {script(), QStringLiteral("stop"), m_dir->path()},
               QProcessEnvironment::systemEnvironment(), 30000);
}

QString MailService::dir() const
{
    return m_dir ? m_dir->path() : QString();
}

QString MailService::maildir(const QString& user) const
{
    return QStringLiteral("%1/mail/%2/Maildir").arg(dir(), user);
}

QString MailService::logs() const
{
    QString text;
    for (const char* name : {"postfix.log", "dovecot.log"}) {
        QFile file(QStringLiteral("%1/log/%2").arg(dir(), QString::fromLatin1(name)));
        if (file.open(QIODevice::ReadOnly))
            text += QStringLiteral("--- %1 (tail):\n%2\n")
                        .arg(QString::fromLatin1(name), QString::fromUtf8(file.readAll().right(3000)));
    }
    return text;
}

} // namespace e2e
