// SPDX-License-Identifier: GPL-3.0-or-later
#include "eudoraadapter.h"

#include "eudoracertstore.h"
#include "eudoraini.h"
#include "eudoraplanner.h"
#include "system/filesnapshot.h"
#include "system/runningprocesses.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

// The file name is case-insensitive on Windows; a copied folder keeps whatever case it had.
QString fileIn(const QString& directory, const QString& name)
{
    const QStringList entries = QDir(directory).entryList(QDir::Files);
    for (const QString& entry : entries) {
        if (entry.compare(name, Qt::CaseInsensitive) == 0)
            return directory + QLatin1Char('/') + entry;
    }
    return {};
}

QStringList syntaxProblems(const QString& path, const EudoraIni& ini)
{
    QStringList problems;
    for (const IniParseError& error : ini.errors()) {
        const QString message = error.message.mid(error.message.indexOf(QLatin1String(": ")) + 2);
        problems
            << QStringLiteral("%1:%2: %3").arg(QDir::toNativeSeparators(path)).arg(error.line).arg(message);
    }
    return problems;
}

// Adds the provider's root to usercerts.p7b, keeping every certificate already there.
void planUserCertificates(ChangePlan& plan, const QString& directory, const CaCertificate& ca)
{
    // szUserCertFileName (QCSSL/src/QCSSLContext.cpp). A copy in the data folder wins
    // over the one next to Eudora.exe (ChooseCertFileDirectory).
    const QString existing = fileIn(directory, QStringLiteral("usercerts.p7b"));
    const QString path = existing.isEmpty() ? directory + QStringLiteral("/usercerts.p7b") : existing;
    const FileSnapshot snapshot = FileSnapshot::read(path);
    if (!snapshot.error.isEmpty()) {
        plan.notes << snapshot.error;
        return;
    }
    QList<QByteArray> certificates;
    if (snapshot.exists) {
        const CertificateBundle bundle = readCertificateBundle(snapshot.bytes);
        if (!bundle.error.isEmpty()) {
            plan.refusal = tr("%1: %2. Mail Setup does not rewrite a file it cannot read completely.")
                               .arg(QDir::toNativeSeparators(path), bundle.error);
            return;
        }
        certificates = bundle.certificates;
    }
    if (certificates.contains(ca.certificate.der))
        return;
    certificates << ca.certificate.der;
    const QByteArray after = writeCertificateBundle(certificates);
    if (after.isEmpty()) {
        plan.refusal = tr("could not write the certificate file %1").arg(QDir::toNativeSeparators(path));
        return;
    }
    plan.summary << tr("Trust %1 in Eudora (User Trusted Certificates, %2).")
                        .arg(ca.name.isEmpty() ? ca.certificate.commonName() : ca.name,
                             QStringLiteral("usercerts.p7b"));
    if (!snapshot.exists)
        plan.notes << tr("If Eudora's program folder has a usercerts.p7b with certificates you trusted "
                         "before, Eudora now reads the one in its data folder instead: add those again with "
                         "the Certificate Information Manager.");
    plan.notes << tr(
        "Eudora trusts this certificate when the server sends it along; Eudora 6 may keep "
        "certificates elsewhere (not confirmed): if sending fails with \"Cert Chain not "
        "trusted\", add it with Last SSL Info > Certificate Information Manager > Add to Trusted.");
    plan.files << FileChange{
        path,
        snapshot.exists,
        snapshot.bytes,
        after,
        {tr("add %1 (SHA-256 %2)").arg(ca.certificate.subject, ca.certificate.sha256Text())}};
}

} // namespace

QStringList EudoraAdapter::dataDirectories(const HostEnvironment& env)
{
    if (env.os != HostEnvironment::Os::Windows)
        return {}; // Eudora for Mac keeps a binary "Eudora Settings" file instead
    QStringList dirs;
    // The EUDORA variable names the data folder or the ini file (fileutil.cpp).
    if (const QString variable = QDir::fromNativeSeparators(env.variable(QStringLiteral("EUDORA")));
        !variable.isEmpty())
        dirs << (QFileInfo(variable).isFile() ? QFileInfo(variable).absolutePath() : variable);
    // Default: %APPDATA% + IDS_APPDATA_SUBDIR1/2 "\Qualcomm" "\Eudora" (eudora.cpp).
    dirs << env.windowsAppData() + QStringLiteral("/Qualcomm/Eudora");
    dirs.removeDuplicates();
    return dirs;
}

QString EudoraAdapter::iniPath(const QString& directory)
{
    return fileIn(directory, QStringLiteral("Eudora.ini")); // IDS_EUDORA_INI_NAME
}

QList<ClientInstallation> EudoraAdapter::detect(const HostEnvironment& env) const
{
    QList<ClientInstallation> found;
    for (const QString& directory : dataDirectories(env)) {
        if (!QFileInfo(directory).isDir())
            continue;
        ClientInstallation inst;
        inst.clientId = id();
        inst.clientName = displayName();
        inst.location = directory;
        inst.label = env.displayPath(directory);
        inst.isDefault = found.isEmpty();
        const QString path = iniPath(directory);
        if (!path.isEmpty()) {
            const FileSnapshot snapshot = FileSnapshot::read(path);
            if (!snapshot.error.isEmpty())
                inst.problems << snapshot.error;
            const EudoraIni ini = EudoraIni::parse(snapshot.bytes);
            inst.problems << syntaxProblems(path, ini);
            for (const EudoraPersonality& p : ini.personalities()) {
                const ExistingAccount account = ini.account(p);
                if (!account.email.isEmpty() || account.incoming || account.outgoing)
                    inst.accounts << account;
            }
        }
        found << inst;
    }
    return found;
}

QString EudoraAdapter::runningReason(const QString& location) const
{
    Q_UNUSED(location)
    // Eudora caches Eudora.ini (rs.cpp CIniEntry) and writes it back when it quits.
    const QString running = findRunning({QStringLiteral("Eudora.exe")}, Qt::CaseInsensitive);
    if (running.isEmpty())
        return {};
    return tr("Eudora is running (%1). Quit Eudora (File > Exit), then try again; it writes its settings "
              "back "
              "when it quits and would overwrite the changes.")
        .arg(running);
}

ChangePlan EudoraAdapter::plan(const ClientInstallation& installation, const AccountSettings& settings) const
{
    ChangePlan plan = newPlan(installation);
    const QString directory = installation.location;
    if (!QFileInfo(directory).isDir()) {
        plan.refusal = tr("the folder %1 does not exist").arg(directory);
        return plan;
    }
    if (const QString running = runningReason(directory); !running.isEmpty()) {
        plan.refusal = running;
        return plan;
    }
    QString path = iniPath(directory);
    if (path.isEmpty())
        path = directory + QStringLiteral("/Eudora.ini");
    const FileSnapshot snapshot = FileSnapshot::read(path);
    if (!snapshot.error.isEmpty()) {
        plan.refusal = snapshot.error;
        return plan;
    }
    if (const QStringList problems = syntaxProblems(path, EudoraIni::parse(snapshot.bytes));
        !problems.isEmpty()) {
        plan.refusal =
            tr("%1. Mail Setup does not rewrite a file it cannot read completely.").arg(problems.first());
        return plan;
    }
    const EudoraIniPlan ini = planEudoraIni(snapshot.bytes, settings);
    plan.summary = ini.summary;
    plan.notes = ini.notes;
    plan.refusal = ini.refusal;
    if (!plan.refusal.isEmpty())
        return plan;
    if (ini.after != snapshot.bytes)
        plan.files << FileChange{path, snapshot.exists, snapshot.bytes, ini.after, ini.details};
    if (settings.ca)
        planUserCertificates(plan, directory, *settings.ca);
    if (!plan.refusal.isEmpty())
        plan.files.clear();
    return plan;
}

} // namespace mailsetup
