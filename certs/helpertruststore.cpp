// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpertruststore.h"

#include "trusthelper.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

} // namespace

HelperTrustStore::HelperTrustStore(LinuxTrustLayout layout, ToolRunner& runner, QString helper)
    : m_direct(std::move(layout), runner), m_runner(runner),
      m_helper(helper.isEmpty() ? trusthelper::helperPath() : std::move(helper))
{}

TrustResult HelperTrustStore::runHelper(const QString& action, const TrustAnchor& anchor)
{
    const QString pkexec = m_runner.findProgram(QStringLiteral("pkexec"));
    if (pkexec.isEmpty())
        return TrustResult::make(
            TrustResult::Status::Failed,
            tr("pkexec (package pkexec or policykit-1) is not installed, so Mail Setup cannot "
               "ask for the administrator password to change %1")
                .arg(displayName()));
    // The helper reads this copy, not the profile's file: what it checks is what we checked.
    QTemporaryDir staging;
    const QString file = staging.filePath(QStringLiteral("anchor.pem"));
    QFile out(file);
    const QByteArray pem = toPem(anchor.certificate().der);
    if (!staging.isValid() || !out.open(QIODevice::WriteOnly) || out.write(pem) != pem.size())
        return TrustResult::make(TrustResult::Status::Failed, tr("cannot write a temporary file"));
    out.close();
    QFile::setPermissions(staging.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                              QFileDevice::ExeOther);
    const ToolResult r = m_runner.run(pkexec, {m_helper, action, QStringLiteral("--certificate"), file,
                                               QStringLiteral("--sha256"), anchor.fingerprint()});
    const QStringList lines =
        QString::fromUtf8(r.standardOutput).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString said = lines.value(0, QString::fromLocal8Bit(r.standardError).trimmed());
    if (!r.started)
        return TrustResult::make(TrustResult::Status::Failed, tr("pkexec could not be started"));
    switch (r.exitCode) {
    case trusthelper::Done: {
        QString entry;
        for (const QString& line : lines)
            if (line.startsWith(QLatin1String("entry: ")))
                entry = line.mid(7);
        return TrustResult::done(said, entry);
    }
    case trusthelper::AlreadyPresent:
        return TrustResult::make(TrustResult::Status::AlreadyPresent, said);
    case trusthelper::NotPresent:
        return TrustResult::make(TrustResult::Status::NotPresent, said);
    case 126: // pkexec: the authentication dialog was dismissed
    case 127: // pkexec: not authorized
        return TrustResult::make(
            TrustResult::Status::Refused,
            tr("the administrator password was not given, so %1 was not changed").arg(displayName()));
    default:
        return TrustResult::make(TrustResult::Status::Failed,
                                 said.isEmpty() ? r.describeFailure(QStringLiteral("mailsetup-trust-helper"))
                                                : said);
    }
}

TrustResult HelperTrustStore::installChecked(const TrustAnchor& anchor)
{
    return runHelper(QStringLiteral("install"), anchor);
}

TrustResult HelperTrustStore::uninstall(const TrustAnchor& anchor, const QString& addedEntry)
{
    const QString ours = m_direct.layout().family == LinuxTrustLayout::Family::Arch
                             ? QStringLiteral("p11-kit:") + anchor.storeLabel()
                             : m_direct.anchorFile(anchor);
    if (addedEntry != ours)
        return TrustResult::make(TrustResult::Status::Refused,
                                 tr("\"%1\" is not the entry Mail Setup adds for %2; nothing was removed")
                                     .arg(addedEntry, anchor.name()));
    return runHelper(QStringLiteral("uninstall"), anchor);
}

} // namespace mailsetup
