// SPDX-License-Identifier: GPL-3.0-or-later
#include "apple/applemailadapter.h"

#include "apple/applemailstore.h"
#include "apple/plistdocument.h"
#include "system/filesnapshot.h"
#include "system/runningprocesses.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

QString profileAdvice()
{
    return tr(
        "Use a configuration profile instead, which sets the account up through macOS itself: make it "
        "with \"mailsetup export --format mobileconfig\" (or the wizard), open it on the Mac and approve "
        "it in System Settings > Privacy & Security > Profiles (System Preferences > Profiles before "
        "macOS 13).");
}

} // namespace

QList<ClientInstallation> AppleMailAdapter::detect(const HostEnvironment& env) const
{
    if (env.os != HostEnvironment::Os::MacOS)
        return {};
    const AppleMailStore store = findAppleMailStore(env);
    if (store.kind == AppleMailStore::Kind::None)
        return {};
    ClientInstallation inst;
    inst.clientId = id();
    inst.clientName = displayName();
    inst.location = store.path;
    inst.isDefault = true;
    inst.label = store.kind == AppleMailStore::Kind::LegacyPreferences
                     ? tr("Mac OS X Mail (%1)").arg(env.displayPath(store.path))
                     : tr("Apple Mail, Mac OS X 10.7 or later (%1; set up through a configuration profile)")
                           .arg(env.displayPath(store.path));
    if (QFileInfo(store.path).isFile()) {
        const FileSnapshot read = FileSnapshot::read(store.path);
        if (!read.error.isEmpty()) {
            inst.problems << read.error;
        } else {
            const PlistDocument::ReadResult doc = PlistDocument::read(read.bytes, store.path);
            if (doc.document)
                inst.accounts = readAppleMailAccounts(doc.document->root());
            else
                inst.problems << doc.error;
        }
    }
    return {inst};
}

QString AppleMailAdapter::runningReason(const QString& location) const
{
    // Mail writes its whole preferences file from memory when it quits.
    const QString running = findRunning({QStringLiteral("Mail")});
    if (running.isEmpty())
        return {};
    return tr("Mail is running (%1). Quit Mail (Mail > Quit Mail), then try again: Mail rewrites %2 from its "
              "own copy of the settings and would undo the changes.")
        .arg(running, location);
}

ChangePlan AppleMailAdapter::plan(const ClientInstallation& installation,
                                  const AccountSettings& settings) const
{
    ChangePlan plan = newPlan(installation);
    const QString path = installation.location;
    const AppleMailStore store = appleMailStoreAt(path);
    if (!store.writable()) {
        plan.refusal = store.whyReadOnly + QLatin1Char(' ') + profileAdvice();
        return plan;
    }
    if (const QString running = runningReason(path); !running.isEmpty()) {
        plan.refusal = running;
        return plan;
    }
    const FileSnapshot read = FileSnapshot::read(path);
    if (!read.error.isEmpty() || !read.exists) {
        plan.refusal = read.error.isEmpty() ? tr("%1 does not exist").arg(path) : read.error;
        return plan;
    }
    PlistDocument::ReadResult doc = PlistDocument::read(read.bytes, path);
    if (!doc.document) {
        plan.refusal = doc.error + QLatin1Char(' ') +
                       tr("Mail Setup does not rewrite a file it cannot read completely.");
        return plan;
    }
    const LegacyMailPlan legacy = planLegacyMailAccount(doc.document->root(), settings, path);
    plan.summary = legacy.summary;
    plan.notes = legacy.notes;
    plan.refusal = legacy.refusal;
    if (!legacy.refusal.isEmpty()) {
        if (legacy.refusal.contains(QStringLiteral("10.7")))
            plan.refusal += QLatin1Char(' ') + profileAdvice();
        return plan;
    }
    if (!legacy.changed)
        return plan;
    // Written back in the form it was read in (binary stays binary).
    plan.files << FileChange{path, true, read.bytes, doc.document->toBytes(), legacy.details};
    return plan;
}

} // namespace mailsetup
