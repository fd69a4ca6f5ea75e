// SPDX-License-Identifier: GPL-3.0-or-later
#include "oeaccountadapter.h"

#include "oeaccountfile.h"
#include "system/filesnapshot.h"
#include "system/runningprocesses.h"
#include "windowsmailstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QUuid>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

struct AccountFile
{
    QString path;
    FileSnapshot snapshot;
    OeAccountFile file;
};

// *.oeaccount anywhere under the store root (nsWMUtils.cpp searches recursively).
QList<AccountFile> accountFiles(const QString& root)
{
    QList<AccountFile> files;
    QDirIterator it(root, {QStringLiteral("*.oeaccount")}, QDir::Files, QDirIterator::Subdirectories);
    QStringList paths;
    while (it.hasNext())
        paths << it.next();
    paths.sort();
    for (const QString& path : paths) {
        AccountFile f{path, FileSnapshot::read(path), {}};
        f.file = OeAccountFile::parse(f.snapshot.bytes);
        files << f;
    }
    return files;
}

QString problemOf(const AccountFile& f)
{
    if (!f.snapshot.error.isEmpty())
        return f.snapshot.error;
    if (!f.file.error().isEmpty())
        return QStringLiteral("%1:%2: %3")
            .arg(QDir::toNativeSeparators(f.path))
            .arg(f.file.errorLine())
            .arg(f.file.error().mid(f.file.error().indexOf(QLatin1String(": ")) + 2));
    return {};
}

} // namespace

QStringList OeAccountAdapter::storeRoots(const HostEnvironment& env)
{
    QStringList roots;
    for (const WindowsMailStore& store : findWindowsMailStores(env))
        roots << store.root;
    return roots;
}

bool OeAccountAdapter::isLiveMail(const QString& storeRoot)
{
    return storeRoot.endsWith(QLatin1String("Windows Live Mail"), Qt::CaseInsensitive);
}

QString OeAccountAdapter::newFileName(const QString& email)
{
    static const QUuid ns(QStringLiteral("{6b1f2d0e-4c1a-5e43-9a51-6d61696c7365}"));
    const QUuid id = QUuid::createUuidV5(ns, email.toLower());
    return QStringLiteral("account%1.oeaccount").arg(id.toString(QUuid::WithBraces).toUpper());
}

QList<ClientInstallation> OeAccountAdapter::detect(const HostEnvironment& env) const
{
    QList<ClientInstallation> found;
    for (const WindowsMailStore& store : findWindowsMailStores(env)) {
        const QString& root = store.root;
        if (!QFileInfo(root).isDir())
            continue;
        ClientInstallation inst;
        inst.clientId = id();
        inst.clientName = store.program;
        inst.location = root;
        inst.label = env.displayPath(root);
        inst.isDefault = found.isEmpty();
        if (!store.problem.isEmpty())
            inst.problems << store.problem;
        for (const AccountFile& f : accountFiles(root)) {
            if (const QString problem = problemOf(f); !problem.isEmpty()) {
                inst.problems << problem;
                continue;
            }
            if (!f.file.isMailAccount())
                continue;
            ExistingAccount account = f.file.account(QDir(root).relativeFilePath(f.path));
            // "Default Mail Account" holds the file's name (nsWMSettings.cpp compares leaf names).
            account.isDefault =
                !store.defaultMailAccount.isEmpty() &&
                QFileInfo(f.path).fileName().compare(store.defaultMailAccount, Qt::CaseInsensitive) == 0;
            inst.accounts << account;
        }
        found << inst;
    }
    return found;
}

QString OeAccountAdapter::runningReason(const QString& location) const
{
    // A store root the registry moved elsewhere does not say which program owns it: both are asked.
    const bool live = isLiveMail(location);
    const bool vista = location.endsWith(QLatin1String("/Windows Mail"), Qt::CaseInsensitive);
    QString running, program;
    if (!vista) {
        running = findRunning({QStringLiteral("wlmail.exe"), QStringLiteral("WLMail.exe")});
        program = QStringLiteral("Windows Live Mail");
    }
    if (running.isEmpty() && !live) {
        running = findRunning({QStringLiteral("WinMail.exe"), QStringLiteral("winmail.exe")});
        program = QStringLiteral("Windows Mail");
    }
    if (running.isEmpty())
        return {};
    return tr("%1 is running (%2). Close it (File > Exit), then try again; it reads its account files only "
              "when it starts and writes them back when it quits.")
        .arg(program, running);
}

ChangePlan OeAccountAdapter::plan(const ClientInstallation& installation,
                                  const AccountSettings& settings) const
{
    ChangePlan plan = newPlan(installation);
    const QString root = installation.location;
    if (!QFileInfo(root).isDir()) {
        plan.refusal = tr("the folder %1 does not exist").arg(root);
        return plan;
    }
    if (const QString running = runningReason(root); !running.isEmpty()) {
        plan.refusal = running;
        return plan;
    }
    const QList<AccountFile> files = accountFiles(root);
    const AccountFile* match = nullptr;
    for (const AccountFile& f : files) {
        if (const QString problem = problemOf(f); !problem.isEmpty()) {
            // It might be the account with the address: do not guess.
            plan.refusal =
                tr("%1. Mail Setup does not change accounts it cannot read completely.").arg(problem);
            return plan;
        }
        if (f.file.isMailAccount() && f.file.value(QStringLiteral("SMTP_Email_Address"))
                                              .value_or(QString())
                                              .trimmed()
                                              .compare(settings.email, Qt::CaseInsensitive) == 0) {
            match = &f;
            break;
        }
    }
    const QString program = installation.clientName;
    const QList<OeAccountFile::Property> wanted = OeAccountFile::propertiesFor(settings);
    if (settings.outgoing.security == Security::StartTls)
        plan.notes
            << tr("%1 has one switch, \"This server requires a secure connection (SSL)\"; whether it "
                  "then uses STARTTLS on port %2 is not confirmed. Port 465 (SSL/TLS) is certain to work.")
                   .arg(program)
                   .arg(settings.outgoing.port);
    plan.notes << tr("%1 asks for the password when it first connects.").arg(program);

    if (match) {
        OeAccountFile file = match->file;
        QStringList details;
        const ExistingAccount existing = file.account(QString());
        for (const OeAccountFile::Property& p : wanted) {
            if (p.name == QLatin1String("Account_Name") ||
                (p.name == QLatin1String("SMTP_Display_Name") && file.value(p.name)) ||
                p.name == QLatin1String("SMTP_Email_Address")) // it matched already, maybe in other case
                continue;                                      // the names people gave it stay
            const bool incoming =
                p.name.startsWith(QLatin1String("POP3_")) || p.name.startsWith(QLatin1String("IMAP_"));
            if (incoming && existing.incoming && settings.incoming &&
                existing.incoming->type != settings.incoming->type)
                continue;
            const auto current = file.value(p.name);
            if (p.type == QLatin1String("DWORD")) {
                const quint32 value = p.value.toUInt(nullptr, 16);
                if (file.dword(p.name) == value)
                    continue;
                file.setDword(p.name, value);
            } else {
                if (current == p.value)
                    continue;
                file.setValue(p.name, p.type, p.value);
            }
            details << QStringLiteral("%1: %2 → \"%3\"")
                           .arg(p.name, current ? QStringLiteral("\"%1\"").arg(*current) : tr("(not set)"),
                                file.value(p.name).value_or(QString()));
        }
        if (existing.incoming && settings.incoming && existing.incoming->type != settings.incoming->type)
            plan.notes
                << tr("This account receives mail by %1; %2 offers %3, so its incoming server was left "
                      "as it is.")
                       .arg(existing.incoming->protocolName(), settings.providerName,
                            settings.incoming->protocolName());
        const QByteArray after = file.toBytes();
        if (after == match->snapshot.bytes) {
            plan.notes.clear(); // nothing to do
            return plan;
        }
        plan.summary << tr("Update the %1 account %2 (%3).")
                            .arg(program, existing.name.isEmpty() ? settings.email : existing.name,
                                 QDir::toNativeSeparators(QDir(root).relativeFilePath(match->path)));
        plan.files << FileChange{match->path, true, match->snapshot.bytes, after, details};
        return plan;
    }

    if (!settings.incoming) {
        plan.refusal =
            tr("%1 sets up outgoing mail only, and no %2 account sends from %3. Add the account in "
               "%2 first, then try again.")
                .arg(settings.providerName, program, settings.email);
        return plan;
    }
    const QString path = root + QLatin1Char('/') + newFileName(settings.email);
    QStringList details;
    for (const OeAccountFile::Property& p : wanted)
        details << QStringLiteral("%1 = \"%2\"").arg(p.name, p.value);
    plan.summary << tr("Add a %1 account for %2: %1 takes it over the next time it starts.")
                        .arg(program, settings.email);
    plan.files << FileChange{path, false, {}, OeAccountFile::create(wanted), details};
    return plan;
}

} // namespace mailsetup
