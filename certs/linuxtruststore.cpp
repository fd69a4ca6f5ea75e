// SPDX-License-Identifier: GPL-3.0-or-later
#include "linuxtruststore.h"

#include "chaincheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

QString join(const QString& sysroot, const char* path)
{
    return sysroot.isEmpty() ? QString::fromLatin1(path)
                             : QDir::cleanPath(sysroot + QLatin1Char('/') + QLatin1String(path));
}

// ID and ID_LIKE of os-release(5), lower case, space separated.
QStringList osReleaseIds(const QString& sysroot)
{
    for (const char* candidate : {"/etc/os-release", "/usr/lib/os-release"}) {
        QFile file(join(sysroot, candidate));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QStringList ids;
        for (const QByteArray& raw : file.readAll().split('\n')) {
            const QString line = QString::fromUtf8(raw).trimmed();
            if (!line.startsWith(QLatin1String("ID=")) && !line.startsWith(QLatin1String("ID_LIKE=")))
                continue;
            QString value = line.section(QLatin1Char('='), 1);
            value.remove(QLatin1Char('"')).remove(QLatin1Char('\''));
            ids += value.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
        return ids;
    }
    return {};
}

bool isDir(const QString& path)
{
    return QFileInfo(path).isDir();
}

} // namespace

QString LinuxTrustLayout::familyName(Family family)
{
    switch (family) {
    case Family::Debian:
        return QStringLiteral("Debian/Ubuntu");
    case Family::Fedora:
        return QStringLiteral("Fedora/RHEL");
    case Family::Arch:
        return QStringLiteral("Arch (p11-kit)");
    case Family::OpenSuse:
        return QStringLiteral("openSUSE");
    }
    return {};
}

QString LinuxTrustLayout::familyId() const
{
    switch (family) {
    case Family::Debian:
        return QStringLiteral("debian");
    case Family::Fedora:
        return QStringLiteral("fedora");
    case Family::Arch:
        return QStringLiteral("arch");
    case Family::OpenSuse:
        return QStringLiteral("opensuse");
    }
    return {};
}

bool LinuxTrustLayout::parseFamily(const QString& text, Family* family)
{
    for (Family f : {Family::Debian, Family::Fedora, Family::Arch, Family::OpenSuse}) {
        LinuxTrustLayout probe;
        probe.family = f;
        if (probe.familyId() == text) {
            *family = f;
            return true;
        }
    }
    return false;
}

LinuxTrustLayout LinuxTrustLayout::forFamily(Family family, const QString& sysroot)
{
    LinuxTrustLayout l;
    l.family = family;
    switch (family) {
    case Family::Debian:
        // update-ca-certificates(8): local certificates need the .crt extension.
        l.anchorDir = join(sysroot, "/usr/local/share/ca-certificates");
        l.extension = QStringLiteral(".crt");
        l.bundleFile = join(sysroot, "/etc/ssl/certs/ca-certificates.crt");
        l.certsDir = join(sysroot, "/etc/ssl/certs");
        l.refreshProgram = QStringLiteral("update-ca-certificates");
        break;
    case Family::Fedora:
        // update-ca-trust(8): PEM or DER in source/anchors, "extract" writes extracted/.
        l.anchorDir = join(sysroot, "/etc/pki/ca-trust/source/anchors");
        l.extension = QStringLiteral(".pem");
        l.bundleFile = join(sysroot, "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem");
        l.refreshProgram = QStringLiteral("update-ca-trust");
        l.refreshArguments = {QStringLiteral("extract")};
        break;
    case Family::Arch:
        // trust(1): "trust anchor --store" keeps the anchor in p11-kit's store under
        // trust-source; "trust extract-compat" rewrites the bundle (as
        // BorisWilhelms/create-dotnet-devcert scripts/arch-create-dotnet-devcert.sh does).
        l.anchorDir = join(sysroot, "/etc/ca-certificates/trust-source");
        l.extension = QStringLiteral(".crt");
        l.bundleFile = join(sysroot, "/etc/ssl/certs/ca-certificates.crt");
        l.certsDir = join(sysroot, "/etc/ssl/certs");
        l.refreshProgram = QStringLiteral("trust");
        l.refreshArguments = {QStringLiteral("extract-compat")};
        break;
    case Family::OpenSuse:
        // openSUSE/ca-certificates README: the administrator's anchors, then update-ca-certificates.
        l.anchorDir = join(sysroot, "/etc/pki/trust/anchors");
        l.extension = QStringLiteral(".pem");
        l.bundleFile = join(sysroot, "/etc/ssl/ca-bundle.pem");
        l.certsDir = join(sysroot, "/etc/ssl/certs");
        l.refreshProgram = QStringLiteral("update-ca-certificates");
        break;
    }
    return l;
}

LinuxTrustLayout LinuxTrustLayout::debianUnder(const QString& root)
{
    LinuxTrustLayout l = forFamily(Family::Debian, root);
    l.refreshArguments = {QStringLiteral("--certsconf"),     join(root, "/etc/ca-certificates.conf"),
                          QStringLiteral("--certsdir"),      join(root, "/usr/share/ca-certificates"),
                          QStringLiteral("--localcertsdir"), l.anchorDir,
                          QStringLiteral("--etccertsdir"),   l.certsDir,
                          QStringLiteral("--hooksdir"),      join(root, "/etc/ca-certificates/update.d")};
    return l;
}

std::optional<LinuxTrustLayout> LinuxTrustLayout::detect(const QString& sysroot)
{
    const QStringList ids = osReleaseIds(sysroot);
    auto any = [&ids](std::initializer_list<const char*> names) {
        for (const char* n : names)
            if (ids.contains(QLatin1String(n)))
                return true;
        return false;
    };
    // openSUSE's ID_LIKE says "suse opensuse"; check it before the others.
    if (any({"suse", "opensuse", "opensuse-leap", "opensuse-tumbleweed", "sles"}))
        return forFamily(Family::OpenSuse, sysroot);
    if (any({"fedora", "rhel", "centos"}))
        return forFamily(Family::Fedora, sysroot);
    if (any({"debian", "ubuntu"}))
        return forFamily(Family::Debian, sysroot);
    if (any({"arch"}))
        return forFamily(Family::Arch, sysroot);
    // Unknown distribution: the first anchor folder that exists (mkcert's order).
    if (isDir(join(sysroot, "/etc/pki/ca-trust/source/anchors")))
        return forFamily(Family::Fedora, sysroot);
    if (isDir(join(sysroot, "/usr/local/share/ca-certificates")))
        return forFamily(Family::Debian, sysroot);
    if (isDir(join(sysroot, "/etc/ca-certificates/trust-source")))
        return forFamily(Family::Arch, sysroot);
    if (isDir(join(sysroot, "/etc/pki/trust/anchors")))
        return forFamily(Family::OpenSuse, sysroot);
    return std::nullopt;
}

LinuxSystemTrustStore::LinuxSystemTrustStore(LinuxTrustLayout layout, ToolRunner& runner)
    : m_layout(std::move(layout)), m_runner(runner)
{}

QString LinuxSystemTrustStore::id() const
{
    return QStringLiteral("linux-system:") + m_layout.familyId();
}

QString LinuxSystemTrustStore::displayName() const
{
    return tr("the system certificate store (%1, %2)")
        .arg(m_layout.anchorDir, LinuxTrustLayout::familyName(m_layout.family));
}

QString LinuxSystemTrustStore::anchorFile(const TrustAnchor& anchor) const
{
    return m_layout.anchorDir + QLatin1Char('/') + anchor.storeLabel() + m_layout.extension;
}

QString LinuxSystemTrustStore::findAnchorFileWith(const QByteArray& sha256) const
{
    const QDir dir(m_layout.anchorDir);
    for (const QFileInfo& info : dir.entryInfoList(QDir::Files | QDir::Readable)) {
        QFile file(info.filePath());
        if (info.size() > 256 * 1024 || !file.open(QIODevice::ReadOnly))
            continue;
        const CertificateLoadResult one = loadCertificate(file.readAll());
        if (one.certificate && one.certificate->sha256 == sha256)
            return info.filePath();
    }
    return {};
}

TrustResult LinuxSystemTrustStore::isInstalled(const TrustAnchor& anchor)
{
    const QByteArray& sha = anchor.certificate().sha256;
    if (bundleContains(m_layout.bundleFile, sha))
        return TrustResult::done(
            tr("%1 trusts %2 (it is in %3)").arg(displayName(), anchor.name(), m_layout.bundleFile));
    const QString pending =
        m_layout.family == LinuxTrustLayout::Family::Arch ? QString() : findAnchorFileWith(sha);
    if (!pending.isEmpty())
        return TrustResult::make(TrustResult::Status::NotPresent,
                                 tr("%1 holds %2 in %3, but the bundle %4 does not include it yet")
                                     .arg(displayName(), anchor.name(), pending, m_layout.bundleFile));
    return TrustResult::make(TrustResult::Status::NotPresent,
                             tr("%1 does not trust %2").arg(displayName(), anchor.name()));
}

TrustResult LinuxSystemTrustStore::refresh()
{
    const QString program = m_runner.findProgram(m_layout.refreshProgram);
    if (program.isEmpty())
        return TrustResult::make(
            TrustResult::Status::Failed,
            tr("%1 is not installed, so %2 cannot be updated").arg(m_layout.refreshProgram, displayName()));
    const ToolResult r = m_runner.run(program, m_layout.refreshArguments);
    if (!r.ok())
        return TrustResult::make(TrustResult::Status::Failed, r.describeFailure(m_layout.refreshProgram));
    return TrustResult::done({});
}

TrustResult LinuxSystemTrustStore::installChecked(const TrustAnchor& anchor)
{
    const QByteArray pem = toPem(anchor.certificate().der);
    if (m_layout.family == LinuxTrustLayout::Family::Arch) {
        // trust anchor copies the file into p11-kit's store; ours is only a hand-over.
        QTemporaryDir staging;
        const QString file = staging.filePath(anchor.storeLabel() + m_layout.extension);
        QFile out(file);
        if (!staging.isValid() || !out.open(QIODevice::WriteOnly) || out.write(pem) != pem.size())
            return TrustResult::make(TrustResult::Status::Failed, tr("cannot write a temporary file"));
        out.close();
        const QString trust = m_runner.findProgram(QStringLiteral("trust"));
        if (trust.isEmpty())
            return TrustResult::make(
                TrustResult::Status::Failed,
                tr("trust (p11-kit) is not installed, so %1 cannot be updated").arg(displayName()));
        const ToolResult r = m_runner.run(trust, {QStringLiteral("anchor"), QStringLiteral("--store"), file});
        if (!r.ok())
            return TrustResult::make(TrustResult::Status::Failed,
                                     r.describeFailure(QStringLiteral("trust anchor")));
        const TrustResult refreshed = refresh();
        if (!refreshed.succeeded())
            return refreshed;
        return TrustResult::done(tr("%1 now trusts %2").arg(displayName(), anchor.name()),
                                 QStringLiteral("p11-kit:") + anchor.storeLabel());
    }

    const QString file = anchorFile(anchor);
    if (QFileInfo::exists(file)) {
        if (findAnchorFileWith(anchor.certificate().sha256) == file) {
            // Our own file from a run whose refresh did not finish: finish it.
            const TrustResult refreshed = refresh();
            if (!refreshed.succeeded())
                return refreshed;
            return TrustResult::done(tr("%1 now trusts %2 (file %3)").arg(displayName(), anchor.name(), file),
                                     file);
        }
        // Same name, other content: someone else's file; never overwrite it.
        return TrustResult::make(TrustResult::Status::Refused,
                                 tr("%1 already exists and holds another certificate; it is left alone and "
                                    "nothing was installed")
                                     .arg(file));
    }
    if (!QDir().mkpath(m_layout.anchorDir))
        return TrustResult::make(TrustResult::Status::Failed,
                                 tr("cannot create the folder %1").arg(m_layout.anchorDir));
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(pem) != pem.size() || !out.commit())
        return TrustResult::make(TrustResult::Status::Failed,
                                 tr("cannot write %1: %2").arg(file, out.errorString()));
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                    QFileDevice::ReadOther);
    const TrustResult refreshed = refresh();
    if (!refreshed.succeeded()) {
        // Leave the store as it was.
        QFile::remove(file);
        refresh();
        return refreshed;
    }
    if (!bundleContains(m_layout.bundleFile, anchor.certificate().sha256)) {
        QFile::remove(file);
        refresh();
        return TrustResult::make(TrustResult::Status::Failed,
                                 tr("%1 ran, but %2 still does not include %3; the file was taken back out")
                                     .arg(m_layout.refreshProgram, m_layout.bundleFile, anchor.name()));
    }
    return TrustResult::done(tr("%1 now trusts %2 (file %3)").arg(displayName(), anchor.name(), file), file);
}

TrustResult LinuxSystemTrustStore::verify(const TrustAnchor& anchor, const QByteArray& issuedCertificate)
{
    const ChainCheckResult check =
        verifyAgainstStore(issuedCertificate, m_layout.bundleFile, m_layout.certsDir);
    if (check.trusted)
        return TrustResult::done(tr("OpenSSL trusts a certificate issued by %1 through %2 (%3)")
                                     .arg(anchor.name(), displayName(), m_layout.bundleFile));
    return TrustResult::make(TrustResult::Status::Failed,
                             tr("OpenSSL does not trust a certificate issued by %1 through %2: %3")
                                 .arg(anchor.name(), displayName(), check.detail));
}

TrustResult LinuxSystemTrustStore::uninstall(const TrustAnchor& anchor, const QString& addedEntry)
{
    if (m_layout.family == LinuxTrustLayout::Family::Arch) {
        if (addedEntry != QStringLiteral("p11-kit:") + anchor.storeLabel())
            return TrustResult::make(
                TrustResult::Status::Refused,
                tr("\"%1\" is not an entry Mail Setup adds; nothing was removed").arg(addedEntry));
        QTemporaryDir staging;
        const QString file = staging.filePath(anchor.storeLabel() + m_layout.extension);
        QFile out(file);
        const QByteArray pem = toPem(anchor.certificate().der);
        if (!staging.isValid() || !out.open(QIODevice::WriteOnly) || out.write(pem) != pem.size())
            return TrustResult::make(TrustResult::Status::Failed, tr("cannot write a temporary file"));
        out.close();
        const QString trust = m_runner.findProgram(QStringLiteral("trust"));
        const ToolResult r = m_runner.run(trust.isEmpty() ? QStringLiteral("trust") : trust,
                                          {QStringLiteral("anchor"), QStringLiteral("--remove"), file});
        if (!r.ok())
            return TrustResult::make(TrustResult::Status::Failed,
                                     r.describeFailure(QStringLiteral("trust anchor")));
        const TrustResult refreshed = refresh();
        if (!refreshed.succeeded())
            return refreshed;
        return TrustResult::done(tr("%1 no longer trusts %2").arg(displayName(), anchor.name()));
    }

    // Only our own file in the anchor folder, and only while it still holds this certificate.
    const QFileInfo info(addedEntry);
    if (info.absolutePath() != QFileInfo(m_layout.anchorDir).absoluteFilePath() ||
        !info.fileName().startsWith(QLatin1String("mailsetup-")))
        return TrustResult::make(TrustResult::Status::Refused,
                                 tr("%1 is not a file Mail Setup adds to %2; nothing was removed")
                                     .arg(addedEntry, m_layout.anchorDir));
    if (!info.exists())
        return TrustResult::make(TrustResult::Status::NotPresent,
                                 tr("%1 is gone already; nothing to remove").arg(addedEntry));
    QFile file(addedEntry);
    const CertificateLoadResult held =
        file.open(QIODevice::ReadOnly) ? loadCertificate(file.read(256 * 1024)) : CertificateLoadResult();
    file.close();
    if (!held.certificate || held.certificate->sha256 != anchor.certificate().sha256)
        return TrustResult::make(TrustResult::Status::Refused,
                                 tr("%1 no longer holds %2 (it was changed after Mail Setup wrote it); it is "
                                    "left alone")
                                     .arg(addedEntry, anchor.name()));
    if (!QFile::remove(addedEntry))
        return TrustResult::make(TrustResult::Status::Failed, tr("cannot remove %1").arg(addedEntry));
    const TrustResult refreshed = refresh();
    if (!refreshed.succeeded())
        return refreshed;
    if (bundleContains(m_layout.bundleFile, anchor.certificate().sha256))
        return TrustResult::done(tr("Removed %1; %2 still trusts %3 through an entry Mail Setup did not add")
                                     .arg(addedEntry, displayName(), anchor.name()));
    return TrustResult::done(
        tr("%1 no longer trusts %2 (removed %3)").arg(displayName(), anchor.name(), addedEntry));
}

} // namespace mailsetup
