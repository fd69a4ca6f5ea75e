// SPDX-License-Identifier: GPL-3.0-or-later
#include "nsstruststore.h"

#include "mozilla/profilelock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

bool hasDatabase(const QString& dir)
{
    return QFileInfo::exists(dir + QStringLiteral("/cert9.db")) ||
           QFileInfo::exists(dir + QStringLiteral("/cert8.db"));
}

// certutil -L: "nickname<spaces>trust" below a two-line header.
QList<NssTrustStore::Entry> parseList(const QByteArray& output)
{
    static const QRegularExpression row(QStringLiteral("^(.*\\S)\\s+([A-Za-z]*,[A-Za-z]*,[A-Za-z]*)\\s*$"));
    QList<NssTrustStore::Entry> entries;
    for (const QByteArray& raw : output.split('\n')) {
        const QRegularExpressionMatch m = row.match(QString::fromUtf8(raw));
        if (m.hasMatch())
            entries.append({m.captured(1), m.captured(2)});
    }
    return entries;
}

bool trustsServers(const QString& trust)
{
    return trust.section(QLatin1Char(','), 0, 0).contains(QLatin1Char('C'));
}

} // namespace

QString NssDatabase::prefix() const
{
    if (!QFileInfo::exists(directory + QStringLiteral("/cert9.db")) &&
        QFileInfo::exists(directory + QStringLiteral("/cert8.db")))
        return QStringLiteral("dbm:");
    return QStringLiteral("sql:");
}

QList<NssDatabase> findNssDatabases(const QString& home)
{
    struct Root
    {
        const char* path; // below home; "*" = every profile folder in it
        const char* program;
        bool profiles;
    };
    static const Root roots[] = {
        {".pki/nssdb", "Chromium (shared NSS database)", false},
        {"snap/chromium/current/.pki/nssdb", "Chromium (snap)", false},
        {".thunderbird", "Thunderbird", true},
        {".config/thunderbird", "Thunderbird", true},
        {"snap/thunderbird/common/.thunderbird", "Thunderbird (snap)", true},
        {".var/app/org.mozilla.Thunderbird/.thunderbird", "Thunderbird (flatpak)", true},
        {".var/app/net.thunderbird.Thunderbird/.thunderbird", "Thunderbird (flatpak)", true},
        {".mozilla/seamonkey", "SeaMonkey", true},
        {".mozilla/firefox", "Firefox", true},
        {"snap/firefox/common/.mozilla/firefox", "Firefox (snap)", true},
        {".var/app/org.mozilla.firefox/.mozilla/firefox", "Firefox (flatpak)", true},
        {"Library/Thunderbird/Profiles", "Thunderbird", true},
        {"Library/Application Support/Firefox/Profiles", "Firefox", true},
        {"Library/Application Support/SeaMonkey/Profiles", "SeaMonkey", true},
    };
    QList<NssDatabase> found;
    for (const Root& root : roots) {
        const QString base = QDir(home).filePath(QString::fromUtf8(root.path));
        QStringList candidates;
        if (!root.profiles) {
            candidates << base;
        } else {
            const QDir dir(base);
            for (const QString& name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
                candidates << dir.filePath(name);
                // Mozilla Suite/SeaMonkey 1.x keep the profile one level down (<salt>.slt).
                const QDir inner(dir.filePath(name));
                for (const QString& salt : inner.entryList({QStringLiteral("*.slt")}, QDir::Dirs))
                    candidates << inner.filePath(salt);
            }
        }
        for (const QString& dir : candidates)
            if (hasDatabase(dir))
                found.append({QDir::cleanPath(dir), QString::fromUtf8(root.program), root.profiles});
    }
    return found;
}

NssTrustStore::NssTrustStore(NssDatabase database, ToolRunner& runner)
    : m_db(std::move(database)), m_runner(runner)
{}

QString NssTrustStore::id() const
{
    return QStringLiteral("nss:") + m_db.directory;
}

QString NssTrustStore::displayName() const
{
    return tr("the certificate database of %1 in %2").arg(m_db.program, m_db.directory);
}

QString NssTrustStore::certutil()
{
    return m_runner.findProgram(QStringLiteral("certutil"));
}

QString NssTrustStore::refuseWhileRunning() const
{
    if (!m_db.mozillaProfile)
        return {};
    const ProfileLockState lock = checkProfileLock(m_db.directory);
    if (!lock.locked)
        return {};
    return tr("%1 is running on %2 (%3); close it first, then try again. Nothing was changed")
        .arg(m_db.program, m_db.directory, lock.detail);
}

std::optional<NssTrustStore::Entry> NssTrustStore::findEntry(const TrustAnchor& anchor, QString* error)
{
    const QString tool = certutil();
    if (tool.isEmpty()) {
        *error =
            tr("certutil (package libnss3-tools) is not installed, so %1 cannot be read").arg(displayName());
        return std::nullopt;
    }
    if (!hasDatabase(m_db.directory))
        return std::nullopt;
    const ToolResult list = m_runner.run(tool, {QStringLiteral("-L"), QStringLiteral("-d"), m_db.spec()});
    if (!list.ok()) {
        *error = list.describeFailure(QStringLiteral("certutil -L -d ") + m_db.spec());
        return std::nullopt;
    }
    for (const Entry& entry : parseList(list.standardOutput)) {
        const ToolResult one =
            m_runner.run(tool, {QStringLiteral("-L"), QStringLiteral("-d"), m_db.spec(), QStringLiteral("-n"),
                                entry.nickname, QStringLiteral("-a")});
        // One PEM block per certificate with that nickname.
        for (const QByteArray& pem : pemCertificateBlocks(one.standardOutput)) {
            const CertificateLoadResult cert = loadCertificate(pem);
            if (cert.certificate && cert.certificate->sha256 == anchor.certificate().sha256)
                return entry;
        }
    }
    return std::nullopt;
}

TrustResult NssTrustStore::isInstalled(const TrustAnchor& anchor)
{
    QString error;
    const std::optional<Entry> entry = findEntry(anchor, &error);
    if (!error.isEmpty())
        return TrustResult::make(TrustResult::Status::Failed, error);
    if (entry && trustsServers(entry->trust))
        return TrustResult::done(tr("%1 trusts %2 (nickname \"%3\", trust %4)")
                                     .arg(displayName(), anchor.name(), entry->nickname, entry->trust));
    if (entry)
        return TrustResult::make(TrustResult::Status::NotPresent,
                                 tr("%1 holds %2 as \"%3\" but does not trust it for mail servers (trust %4)")
                                     .arg(displayName(), anchor.name(), entry->nickname, entry->trust));
    return TrustResult::make(TrustResult::Status::NotPresent,
                             tr("%1 does not hold %2").arg(displayName(), anchor.name()));
}

TrustResult NssTrustStore::installChecked(const TrustAnchor& anchor)
{
    const QString running = refuseWhileRunning();
    if (!running.isEmpty())
        return TrustResult::make(TrustResult::Status::Refused, running);
    QString error;
    const std::optional<Entry> existing = findEntry(anchor, &error);
    if (!error.isEmpty())
        return TrustResult::make(TrustResult::Status::Failed, error);
    const QString tool = certutil();
    if (existing) {
        // Known to the database (e.g. kept from a server's chain) but not trusted:
        // add the trust, and remember the old trust to put it back on uninstall.
        const ToolResult r =
            m_runner.run(tool, {QStringLiteral("-M"), QStringLiteral("-d"), m_db.spec(), QStringLiteral("-n"),
                                existing->nickname, QStringLiteral("-t"), QStringLiteral("C,,")});
        if (!r.ok())
            return TrustResult::make(TrustResult::Status::Failed,
                                     r.describeFailure(QStringLiteral("certutil -M")));
        return TrustResult::done(tr("%1 now trusts %2 (nickname \"%3\", trust was %4)")
                                     .arg(displayName(), anchor.name(), existing->nickname, existing->trust),
                                 QStringLiteral("trust:%1:%2").arg(existing->trust, existing->nickname));
    }
    QTemporaryDir staging;
    const QString file = staging.filePath(QStringLiteral("anchor.pem"));
    QFile out(file);
    const QByteArray pem = toPem(anchor.certificate().der);
    if (!staging.isValid() || !out.open(QIODevice::WriteOnly) || out.write(pem) != pem.size())
        return TrustResult::make(TrustResult::Status::Failed, tr("cannot write a temporary file"));
    out.close();
    const QString nickname = tr("%1 (added by Mail Setup)").arg(anchor.name());
    // -A creates the database when the folder has none (certutil(1)).
    const ToolResult r = m_runner.run(tool, {QStringLiteral("-A"), QStringLiteral("-d"), m_db.spec(),
                                             QStringLiteral("-n"), nickname, QStringLiteral("-t"),
                                             QStringLiteral("C,,"), QStringLiteral("-i"), file});
    if (!r.ok())
        return TrustResult::make(TrustResult::Status::Failed,
                                 r.describeFailure(QStringLiteral("certutil -A -d ") + m_db.spec()));
    const TrustResult check = isInstalled(anchor);
    if (check.status != TrustResult::Status::Done)
        return TrustResult::make(TrustResult::Status::Failed,
                                 tr("certutil added %1 but %2 does not show it trusted: %3")
                                     .arg(anchor.name(), displayName(), check.message));
    return TrustResult::done(
        tr("%1 now trusts %2 (nickname \"%3\")").arg(displayName(), anchor.name(), nickname),
        QStringLiteral("nickname:") + nickname);
}

TrustResult NssTrustStore::verify(const TrustAnchor& anchor, const QByteArray& issuedCertificate)
{
    const CertificateLoadResult issued = loadCertificate(issuedCertificate);
    if (!issued.certificate)
        return TrustResult::make(TrustResult::Status::Failed, issued.error);
    const QString vfychain = m_runner.findProgram(QStringLiteral("vfychain"));
    if (vfychain.isEmpty())
        return TrustResult::make(TrustResult::Status::Failed,
                                 tr("vfychain (package libnss3-tools) is not installed"));
    QTemporaryDir staging;
    const QString file = staging.filePath(QStringLiteral("issued.pem"));
    QFile out(file);
    const QByteArray pem = toPem(issued.certificate->der);
    if (!staging.isValid() || !out.open(QIODevice::WriteOnly) || out.write(pem) != pem.size())
        return TrustResult::make(TrustResult::Status::Failed, tr("cannot write a temporary file"));
    out.close();
    // vfychain usages: 1 = SSL server, 3 = SSL CA (an intermediate).
    const QString usage = issued.certificate->isCa ? QStringLiteral("3") : QStringLiteral("1");
    const ToolResult r = m_runner.run(vfychain, {QStringLiteral("-d"), m_db.spec(), QStringLiteral("-u"),
                                                 usage, QStringLiteral("-a"), file});
    if (r.ok())
        return TrustResult::done(
            tr("NSS trusts a certificate issued by %1 through %2").arg(anchor.name(), displayName()));
    return TrustResult::make(TrustResult::Status::Failed,
                             tr("NSS does not trust a certificate issued by %1 through %2: %3")
                                 .arg(anchor.name(), displayName(),
                                      QString::fromLocal8Bit(r.standardOutput + r.standardError)
                                          .section(QLatin1String("ERROR"), 1)
                                          .section(QLatin1Char('\n'), 0, 0)
                                          .trimmed()));
}

TrustResult NssTrustStore::uninstall(const TrustAnchor& anchor, const QString& addedEntry)
{
    const QString running = refuseWhileRunning();
    if (!running.isEmpty())
        return TrustResult::make(TrustResult::Status::Refused, running);
    QString error;
    const std::optional<Entry> entry = findEntry(anchor, &error);
    if (!error.isEmpty())
        return TrustResult::make(TrustResult::Status::Failed, error);
    if (!entry)
        return TrustResult::make(
            TrustResult::Status::NotPresent,
            tr("%1 no longer holds %2; nothing to remove").arg(displayName(), anchor.name()));
    const QString tool = certutil();
    if (addedEntry.startsWith(QLatin1String("nickname:"))) {
        const QString nickname = addedEntry.mid(9);
        if (entry->nickname != nickname)
            return TrustResult::make(
                TrustResult::Status::Refused,
                tr("%1 holds %2 under another name (\"%3\") than Mail Setup gave it; it is "
                   "left alone")
                    .arg(displayName(), anchor.name(), entry->nickname));
        const ToolResult r = m_runner.run(
            tool, {QStringLiteral("-D"), QStringLiteral("-d"), m_db.spec(), QStringLiteral("-n"), nickname});
        if (!r.ok())
            return TrustResult::make(TrustResult::Status::Failed,
                                     r.describeFailure(QStringLiteral("certutil -D")));
        return TrustResult::done(tr("%1 no longer holds %2").arg(displayName(), anchor.name()));
    }
    if (addedEntry.startsWith(QLatin1String("trust:"))) {
        const QString oldTrust = addedEntry.section(QLatin1Char(':'), 1, 1);
        const ToolResult r =
            m_runner.run(tool, {QStringLiteral("-M"), QStringLiteral("-d"), m_db.spec(), QStringLiteral("-n"),
                                entry->nickname, QStringLiteral("-t"), oldTrust});
        if (!r.ok())
            return TrustResult::make(TrustResult::Status::Failed,
                                     r.describeFailure(QStringLiteral("certutil -M")));
        return TrustResult::done(
            tr("%1 keeps %2 with its old trust %3 again").arg(displayName(), anchor.name(), oldTrust));
    }
    return TrustResult::make(
        TrustResult::Status::Refused,
        tr("\"%1\" is not an entry Mail Setup adds; nothing was removed").arg(addedEntry));
}

} // namespace mailsetup
