// SPDX-License-Identifier: GPL-3.0-or-later
#include "muttadapter.h"

#include "muttconfig.h"
#include "muttplanner.h"
#include "muttrcfile.h"
#include "system/runningprocesses.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

QString firstExisting(const QStringList& paths)
{
    for (const QString& path : paths) {
        if (QFileInfo::exists(path)) // access(F_OK), as both programs check
            return path;
    }
    return {};
}

// A program that is installed but has no settings file yet. Only looked for when
// the environment names a PATH: a fixture home or a copied home folder has none, so
// the computer Mail Setup runs on does not leak into what it reads.
bool onPath(const HostEnvironment& env, const QString& program)
{
    const QString path = env.variable(QStringLiteral("PATH"));
    if (path.isEmpty())
        return false;
    return !QStandardPaths::findExecutable(program, path.split(QLatin1Char(':'), Qt::SkipEmptyParts))
                .isEmpty();
}

struct Reader
{
    QString path;
    QString canonical;
    QStringList programs;
};

void addReader(QList<Reader>& readers, const QString& path, const QString& program)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    for (Reader& r : readers) {
        if (r.canonical == canonical) {
            if (!r.programs.contains(program))
                r.programs << program;
            return;
        }
    }
    readers << Reader{path, canonical, {program}};
}

QString programList(const QStringList& programs)
{
    if (programs.size() == 1)
        return programs.first();
    return tr("%1 and %2")
        .arg(programs.mid(0, programs.size() - 1).join(QStringLiteral(", ")), programs.last());
}

// Version-specific files (muttrc-2.2.12): each Mutt version reads its own first, at
// each place in turn, and the plain muttrc at the same place before looking further.
void addVersionedMuttFiles(const HostEnvironment& env, QList<Reader>& readers)
{
    static const QRegularExpression version(QStringLiteral("^\\d+(\\.\\d+)+$"));
    const QList<QPair<QString, QString>> places = {
        {env.home, QStringLiteral(".muttrc")},
        {env.home + QStringLiteral("/.mutt"), QStringLiteral("muttrc")},
        {env.xdgConfigHome() + QStringLiteral("/mutt"), QStringLiteral("muttrc")}};
    QStringList versions;
    for (const auto& [dir, name] : places) {
        const QStringList entries =
            QDir(dir).entryList({name + QStringLiteral("-*")}, QDir::Files | QDir::Hidden, QDir::Name);
        for (const QString& entry : entries) {
            const QString v = entry.mid(name.size() + 1);
            if (version.match(v).hasMatch() && !versions.contains(v))
                versions << v;
        }
    }
    for (const QString& v : versions) {
        for (const auto& [dir, name] : places) {
            const QString own = dir + QLatin1Char('/') + name + QLatin1Char('-') + v;
            if (QFileInfo::exists(own)) {
                addReader(readers, own, tr("Mutt %1").arg(v));
                break;
            }
            if (QFileInfo::exists(dir + QLatin1Char('/') + name))
                break;
        }
    }
}

} // namespace

QStringList MuttAdapter::muttFiles(const HostEnvironment& env)
{
    return {env.path(QStringLiteral(".muttrc")), env.path(QStringLiteral(".mutt/muttrc")),
            env.xdgConfigHome() + QStringLiteral("/mutt/muttrc")};
}

QStringList MuttAdapter::neomuttFiles(const HostEnvironment& env)
{
    const QString xdg = env.xdgConfigHome();
    return {xdg + QStringLiteral("/neomutt/neomuttrc"),     xdg + QStringLiteral("/neomutt/muttrc"),
            xdg + QStringLiteral("/mutt/neomuttrc"),        xdg + QStringLiteral("/mutt/muttrc"),
            env.path(QStringLiteral(".neomutt/neomuttrc")), env.path(QStringLiteral(".neomutt/muttrc")),
            env.path(QStringLiteral(".mutt/neomuttrc")),    env.path(QStringLiteral(".mutt/muttrc")),
            env.path(QStringLiteral(".neomuttrc")),         env.path(QStringLiteral(".muttrc"))};
}

QList<ClientInstallation> MuttAdapter::detect(const HostEnvironment& env) const
{
    if (env.os == HostEnvironment::Os::Windows)
        return {};
    QList<Reader> readers;
    const QString mutt = firstExisting(muttFiles(env));
    const QString neomutt = firstExisting(neomuttFiles(env));
    if (!mutt.isEmpty())
        addReader(readers, mutt, QStringLiteral("Mutt"));
    if (!neomutt.isEmpty())
        addReader(readers, neomutt, QStringLiteral("NeoMutt"));
    addVersionedMuttFiles(env, readers);

    QList<ClientInstallation> found;
    for (const Reader& reader : readers) {
        ClientInstallation inst;
        inst.clientId = id();
        inst.clientName = displayName();
        inst.location = reader.path;
        inst.label = tr("%1 settings (%2)").arg(programList(reader.programs), env.displayPath(reader.path));
        QFile file(reader.path);
        if (!file.open(QIODevice::ReadOnly)) {
            inst.problems << tr("cannot read %1: %2").arg(reader.path, file.errorString());
        } else {
            const MuttrcFile muttrc = MuttrcFile::parse(file.readAll());
            for (const MuttrcError& e : muttrc.errors())
                inst.problems << QStringLiteral("%1:%2: %3").arg(reader.path).arg(e.line).arg(e.message);
            if (const auto account = MuttConfig(muttrc).account())
                inst.accounts << *account;
        }
        found << inst;
    }

    // Installed but never set up: a new ~/.muttrc, which every Mutt and NeoMutt reads
    // when it finds nothing before it in its list.
    QStringList missing;
    if (mutt.isEmpty() && onPath(env, QStringLiteral("mutt")))
        missing << QStringLiteral("Mutt");
    if (neomutt.isEmpty() && onPath(env, QStringLiteral("neomutt")))
        missing << QStringLiteral("NeoMutt");
    const QString fresh = env.path(QStringLiteral(".muttrc"));
    if (!missing.isEmpty() && !QFileInfo::exists(fresh)) {
        ClientInstallation inst;
        inst.clientId = id();
        inst.clientName = displayName();
        inst.location = fresh;
        inst.label = tr("%1, not set up yet (new file %2)").arg(programList(missing), env.displayPath(fresh));
        found << inst;
    }
    if (!found.isEmpty())
        found.first().isDefault = true;
    return found;
}

QString MuttAdapter::runningReason(const QString& location) const
{
    const QString running = findRunning({QStringLiteral("mutt"), QStringLiteral("neomutt")});
    if (running.isEmpty())
        return {};
    return tr("%1 is running. Quit it (press q, in every terminal where it runs), then try again: it reads "
              "%2 only when it starts, and would go on using the old servers.")
        .arg(running, location);
}

ChangePlan MuttAdapter::plan(const ClientInstallation& installation, const AccountSettings& settings) const
{
    ChangePlan plan = newPlan(installation);

    const QFileInfo info(installation.location);
    if (info.exists() && !info.isFile()) {
        plan.refusal = tr("%1 is not a file.").arg(installation.location);
        return plan;
    }
    if (const QString running = runningReason(installation.location); !running.isEmpty()) {
        plan.refusal = running;
        return plan;
    }
    QByteArray before;
    if (info.exists()) {
        QFile file(installation.location);
        if (!file.open(QIODevice::ReadOnly)) {
            plan.refusal = tr("cannot read %1: %2").arg(installation.location, file.errorString());
            return plan;
        }
        before = file.readAll();
    }

    const MuttrcPlan muttrc = planMuttrc(installation.location, before, settings);
    plan.summary = muttrc.summary;
    plan.notes = muttrc.notes;
    plan.refusal = muttrc.refusal;
    if (!plan.refusal.isEmpty() || muttrc.after == before)
        return plan;
    // A muttrc is often a link into a dotfiles folder: change the file it points to
    // and keep the link.
    const QString target = info.isSymLink() ? info.canonicalFilePath() : installation.location;
    if (target != installation.location)
        plan.notes << tr("%1 is a link to %2; that file is changed.").arg(installation.location, target);
    plan.files << FileChange{target, info.exists(), before, muttrc.after, muttrc.details};
    return plan;
}

} // namespace mailsetup
