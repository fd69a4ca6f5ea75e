// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificatecommand.h"

#include "linuxtruststore.h"
#include "macostruststore.h"
#include "nsstruststore.h"
#include "profileloader.h"
#include "systemtruststore.h"
#include "trustinstalllog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>
#include <memory>
#include <vector>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

const QStringList actions = {QStringLiteral("show"), QStringLiteral("install"), QStringLiteral("verify"),
                             QStringLiteral("uninstall")};

QString storeHelp()
{
    return tr("Stores (--store):\n"
              "  system           the computer's own store (Linux: asks for the administrator password;\n"
              "                   macOS: the System keychain)\n"
              "  user             macOS: your login keychain\n"
              "  nss              every Thunderbird, SeaMonkey, Firefox and Chromium certificate database\n"
              "                   in your home folder\n"
              "  nss:DIR          one NSS certificate database (a profile folder)\n"
              "  debian-root:DIR  the Debian/Ubuntu store of a system image mounted at DIR");
}

struct Stores
{
    ProcessToolRunner runner;
    std::vector<std::unique_ptr<TrustStore>> list;
    QString error;
};

void makeStores(const QString& spec, const QString& home, Stores& s)
{
    if (spec == QLatin1String("system")) {
        if (std::unique_ptr<TrustStore> store = makeSystemTrustStore(s.runner, home, &s.error))
            s.list.push_back(std::move(store));
        else if (s.error.isEmpty())
            s.error = tr("the system store of this operating system is changed by the Windows build");
    } else if (spec == QLatin1String("user")) {
#if defined(Q_OS_MACOS)
        s.list.push_back(
            std::make_unique<MacKeychainTrustStore>(MacKeychainTrustStore::Domain::User, home, s.runner));
#else
        s.error =
            tr("\"--store user\" is a macOS login keychain or a Windows user store; on Linux use \"nss\" for "
               "your own programs or \"system\"");
#endif
    } else if (spec == QLatin1String("nss")) {
        const QList<NssDatabase> found = findNssDatabases(home);
        if (found.isEmpty())
            s.error =
                tr("no Thunderbird, SeaMonkey, Firefox or Chromium certificate database below %1 (a program "
                   "creates it at its first start)")
                    .arg(home);
        for (const NssDatabase& db : found)
            s.list.push_back(std::make_unique<NssTrustStore>(db, s.runner));
    } else if (spec.startsWith(QLatin1String("nss:"))) {
        const QString dir = QDir(spec.mid(4)).absolutePath();
        NssDatabase db{dir, tr("the NSS database"), false};
        for (const NssDatabase& known : findNssDatabases(home))
            if (known.directory == QDir::cleanPath(dir))
                db = known;
        // A Mozilla profile is recognised by its prefs.js even outside the usual folders.
        if (QFileInfo::exists(dir + QStringLiteral("/prefs.js")))
            db.mozillaProfile = true;
        s.list.push_back(std::make_unique<NssTrustStore>(db, s.runner));
    } else if (spec.startsWith(QLatin1String("debian-root:"))) {
        s.list.push_back(std::make_unique<LinuxSystemTrustStore>(
            LinuxTrustLayout::debianUnder(QDir(spec.mid(12)).absolutePath()), s.runner));
    } else {
        s.error = tr("unknown store \"%1\"").arg(spec);
    }
}

int usage(QTextStream& err, const QString& message)
{
    err << "mailsetup: " << message << "\n"
        << tr("Run 'mailsetup certificate --help' for the options.") << "\n";
    return 2;
}

bool printResult(QTextStream& out, QTextStream& err, const TrustResult& r)
{
    const bool fine = r.succeeded() || r.status == TrustResult::Status::NotPresent;
    (fine ? out : err) << r.message << "\n";
    return r.status != TrustResult::Status::Refused && r.status != TrustResult::Status::Failed;
}

} // namespace

int runCertificateCommand(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Shows, installs, checks or removes the root certificate a provider profile pins.\n"
           "install needs --confirm-fingerprint with the SHA-256 fingerprint you compared with your "
           "provider's.\n\n") +
        storeHelp());
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("certificate"), tr("the command"));
    parser.addPositionalArgument(QStringLiteral("action"), tr("show, install, verify or uninstall"));
    parser.addOptions({
        {QStringLiteral("profile"), tr("A built-in provider id or a profile file."), tr("profile")},
        {QStringLiteral("store"), tr("Where (see above; default: system)."), tr("store")},
        {QStringLiteral("confirm-fingerprint"), tr("The fingerprint you compared (install)."),
         tr("fingerprint")},
        {QStringLiteral("issued"),
         tr("verify: a certificate issued by the root, e.g. the mail server's (default: the root itself)."),
         tr("file")},
        {QStringLiteral("home"), tr("The home folder whose programs to look at (default: yours)."),
         tr("folder")},
    });
    if (!parser.parse(arguments))
        return usage(err, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    if (positional.size() != 2 || !actions.contains(action))
        return usage(err, tr("say what to do: show, install, verify or uninstall"));
    if (!parser.isSet(QStringLiteral("profile")))
        return usage(err, tr("certificate needs --profile"));

    const ProfileLoadResult loaded = ProfileLoader::load(parser.value(QStringLiteral("profile")));
    if (!loaded.ok()) {
        err << loaded.errorText() << "\n";
        return 1;
    }
    const ProviderProfile& profile = *loaded.profile;
    if (!profile.ca) {
        err << tr("The profile %1 names no root certificate to install.").arg(profile.sourceFile) << "\n";
        return 1;
    }
    // The loader checked the file already; the anchor check reads it again itself.
    const TrustAnchorCheck check = TrustAnchor::checkFile(profile.ca->resolvedPath, profile.ca->pin);
    if (!check.anchor) {
        err << check.refusal << "\n";
        return 1;
    }
    const TrustAnchor& anchor = *check.anchor;

    const QString home =
        parser.isSet(QStringLiteral("home")) ? parser.value(QStringLiteral("home")) : QDir::homePath();
    Stores stores;
    makeStores(parser.value(QStringLiteral("store")).isEmpty() ? QStringLiteral("system")
                                                               : parser.value(QStringLiteral("store")),
               home, stores);
    if (stores.list.empty()) {
        err << "mailsetup: " << stores.error << "\n";
        return stores.error.startsWith(tr("unknown store")) ? 2 : 1;
    }

    if (action == QLatin1String("show") || action == QLatin1String("install")) {
        out << tr("%1 asks your mail programs to trust this root certificate (%2):")
                   .arg(profile.name(), profile.ca->name)
            << "\n";
        for (const QString& line : anchor.describe())
            out << "  " << line << "\n";
    }
    if (action == QLatin1String("show")) {
        for (const auto& store : stores.list)
            out << store->isInstalled(anchor).message << "\n";
        return 0;
    }

    TrustInstallLog log;
    bool allFine = true;
    if (action == QLatin1String("install")) {
        const QString refusal =
            anchor.refuseConfirmation(parser.value(QStringLiteral("confirm-fingerprint")));
        if (!refusal.isEmpty()) {
            err << refusal << "\n"
                << tr("Compare it with the fingerprint on your provider's own page, then run again with "
                      "--confirm-fingerprint %1")
                       .arg(anchor.fingerprint())
                << "\n";
            return 1;
        }
        for (const auto& store : stores.list)
            allFine &= printResult(
                out, err,
                installAndRecord(*store, anchor, parser.value(QStringLiteral("confirm-fingerprint")), log));
    } else if (action == QLatin1String("verify")) {
        QByteArray issued = anchor.certificate().der;
        if (parser.isSet(QStringLiteral("issued"))) {
            QFile file(parser.value(QStringLiteral("issued")));
            if (!file.open(QIODevice::ReadOnly)) {
                err << tr("cannot read %1: %2").arg(file.fileName(), file.errorString()) << "\n";
                return 1;
            }
            issued = file.read(256 * 1024);
        }
        for (const auto& store : stores.list)
            allFine &= printResult(out, err, store->verify(anchor, issued));
    } else {
        for (const auto& store : stores.list)
            allFine &= printResult(out, err, uninstallRecorded(*store, anchor, log));
    }
    return allFine ? 0 : 1;
}

} // namespace mailsetup
