// SPDX-License-Identifier: GPL-3.0-or-later
#include "macostruststore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

// The certificate as a PEM file `security` can read, alive as long as the object.
class StagedFile
{
public:
    StagedFile(const QByteArray& der, const char* name)
    {
        m_path = m_dir.filePath(QString::fromLatin1(name));
        QFile f(m_path);
        const QByteArray pem = toPem(der);
        m_ok = m_dir.isValid() && f.open(QIODevice::WriteOnly) && f.write(pem) == pem.size();
    }
    bool ok() const { return m_ok; }
    QString path() const { return m_path; }

private:
    QTemporaryDir m_dir;
    QString m_path;
    bool m_ok = false;
};

} // namespace

MacKeychainTrustStore::MacKeychainTrustStore(Domain domain, QString home, ToolRunner& runner)
    : m_domain(domain), m_home(std::move(home)), m_runner(runner)
{}

QString MacKeychainTrustStore::id() const
{
    return m_domain == Domain::System ? QStringLiteral("macos:system") : QStringLiteral("macos:login");
}

QString MacKeychainTrustStore::displayName() const
{
    return m_domain == Domain::System ? tr("the macOS System keychain (for every user of this Mac)")
                                      : tr("your macOS login keychain (for you only)");
}

QString MacKeychainTrustStore::keychain() const
{
    return m_domain == Domain::System ? QStringLiteral("/Library/Keychains/System.keychain")
                                      : m_home + QStringLiteral("/Library/Keychains/login.keychain-db");
}

QString MacKeychainTrustStore::security() const
{
    return QStringLiteral("/usr/bin/security");
}

TrustResult MacKeychainTrustStore::fail(const ToolResult& r, const QString& what) const
{
    return TrustResult::make(
        TrustResult::Status::Failed,
        tr("%1 (%2)").arg(r.describeFailure(QStringLiteral("security ") + what), displayName()));
}

TrustResult MacKeychainTrustStore::isInstalled(const TrustAnchor& anchor)
{
    // find-certificate -a -Z prints "SHA-256 hash: ..." (newer macOS) and "SHA-1 hash: ..." per match.
    const ToolResult r =
        m_runner.run(security(), {QStringLiteral("find-certificate"), QStringLiteral("-a"),
                                  QStringLiteral("-Z"), QStringLiteral("-c"), anchor.name(), keychain()});
    const QByteArray sha256 = anchor.certificate().sha256.toHex().toUpper();
    const QByteArray sha1 =
        QCryptographicHash::hash(anchor.certificate().der, QCryptographicHash::Sha1).toHex().toUpper();
    bool found = false;
    for (const QByteArray& raw : r.standardOutput.split('\n')) {
        const QByteArray line = raw.trimmed();
        const QByteArray value = line.mid(line.indexOf(':') + 1).trimmed().toUpper();
        if ((line.startsWith("SHA-256 hash:") && value == sha256) ||
            (line.startsWith("SHA-1 hash:") && value == sha1))
            found = true;
    }
    if (found)
        return TrustResult::done(tr("%1 holds %2").arg(displayName(), anchor.name()));
    return TrustResult::make(TrustResult::Status::NotPresent,
                             tr("%1 does not hold %2").arg(displayName(), anchor.name()));
}

TrustResult MacKeychainTrustStore::installChecked(const TrustAnchor& anchor)
{
    StagedFile file(anchor.certificate().der, "anchor.pem");
    if (!file.ok())
        return TrustResult::make(TrustResult::Status::Failed, tr("cannot write a temporary file"));
    QStringList args = {QStringLiteral("add-trusted-cert")};
    if (m_domain == Domain::System)
        args << QStringLiteral("-d"); // admin trust settings; security asks for an administrator
    args << QStringLiteral("-r") << QStringLiteral("trustRoot") << QStringLiteral("-k") << keychain()
         << file.path();
    const ToolResult r = m_runner.run(security(), args);
    if (!r.ok())
        return fail(r, QStringLiteral("add-trusted-cert"));
    return TrustResult::done(
        tr("%1 now trusts %2").arg(displayName(), anchor.name()),
        QString::fromLatin1(
            QCryptographicHash::hash(anchor.certificate().der, QCryptographicHash::Sha1).toHex().toUpper()));
}

TrustResult MacKeychainTrustStore::verify(const TrustAnchor& anchor, const QByteArray& issuedCertificate)
{
    const CertificateLoadResult issued = loadCertificate(issuedCertificate);
    if (!issued.certificate)
        return TrustResult::make(TrustResult::Status::Failed, issued.error);
    StagedFile file(issued.certificate->der, "issued.pem");
    if (!file.ok())
        return TrustResult::make(TrustResult::Status::Failed, tr("cannot write a temporary file"));
    QStringList args = {QStringLiteral("verify-cert"), QStringLiteral("-c"), file.path(),
                        QStringLiteral("-L")};
    if (issued.certificate->isCa)
        args << QStringLiteral("-l"); // the certificate checked is itself a CA
    else
        args << QStringLiteral("-p") << QStringLiteral("ssl");
    const ToolResult r = m_runner.run(security(), args);
    if (r.ok())
        return TrustResult::done(
            tr("macOS trusts a certificate issued by %1 (%2)").arg(anchor.name(), displayName()));
    return TrustResult::make(
        TrustResult::Status::Failed,
        tr("macOS does not trust a certificate issued by %1: %2")
            .arg(anchor.name(), r.describeFailure(QStringLiteral("security verify-cert"))));
}

TrustResult MacKeychainTrustStore::uninstall(const TrustAnchor& anchor, const QString& addedEntry)
{
    const QString sha1 = QString::fromLatin1(
        QCryptographicHash::hash(anchor.certificate().der, QCryptographicHash::Sha1).toHex().toUpper());
    if (addedEntry.compare(sha1, Qt::CaseInsensitive) != 0)
        return TrustResult::make(TrustResult::Status::Refused,
                                 tr("\"%1\" is not the entry Mail Setup added for %2; nothing was removed")
                                     .arg(addedEntry, anchor.name()));
    StagedFile file(anchor.certificate().der, "anchor.pem");
    if (!file.ok())
        return TrustResult::make(TrustResult::Status::Failed, tr("cannot write a temporary file"));
    QStringList trustArgs = {QStringLiteral("remove-trusted-cert")};
    if (m_domain == Domain::System)
        trustArgs << QStringLiteral("-d");
    trustArgs << file.path();
    const ToolResult trust = m_runner.run(security(), trustArgs);
    if (!trust.ok())
        return fail(trust, QStringLiteral("remove-trusted-cert"));
    // delete-certificate -Z takes the SHA-1 hash.
    const ToolResult del = m_runner.run(
        security(), {QStringLiteral("delete-certificate"), QStringLiteral("-Z"), sha1, keychain()});
    if (!del.ok())
        return fail(del, QStringLiteral("delete-certificate"));
    return TrustResult::done(tr("%1 no longer holds %2").arg(displayName(), anchor.name()));
}

} // namespace mailsetup
