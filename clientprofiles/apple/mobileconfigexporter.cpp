// SPDX-License-Identifier: GPL-3.0-or-later
#include "mobileconfigexporter.h"

#include "apple/mobileconfig.h"
#include "apple/mobileconfiginstall.h"
#include "apple/mobileconfigsigner.h"
#include "toolrunner.h"

#include <QCoreApplication>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

const QString signCert = QStringLiteral("sign-cert");
const QString signKey = QStringLiteral("sign-key");
const QString signP12 = QStringLiteral("sign-p12");
const QString passwordStdin = QStringLiteral("sign-password-stdin");
const QString openOption = QStringLiteral("open");

// The option combination is wrong: says which, as a usage error.
QString signingUsageProblem(const ExportOptionValues& options)
{
    const bool pem = options.isSet(signCert) || options.isSet(signKey);
    if (pem && options.isSet(signP12))
        return tr("sign with --sign-cert and --sign-key, or with --sign-p12, not both");
    if (options.isSet(signCert) != options.isSet(signKey))
        return tr("--sign-cert and --sign-key go together: the certificate and its private key");
    if (options.isSet(passwordStdin) && !options.isSet(signP12))
        return tr("--sign-password-stdin unlocks the file given with --sign-p12");
    if (options.isSet(openOption) && options.toStandardOutput)
        return tr("--open needs a file to open; leave out \"-o -\"");
    return {};
}

} // namespace

MobileconfigExporter::MobileconfigExporter(ToolRunner* runner, int macosMajorVersion)
    : m_runner(runner), m_macosMajorVersion(macosMajorVersion)
{}

int MobileconfigExporter::macosVersion() const
{
    return m_macosMajorVersion < 0 ? currentMacosMajorVersion() : m_macosMajorVersion;
}

QString MobileconfigExporter::displayName() const
{
    return tr("Apple configuration profile for Mail (.mobileconfig)");
}

QString MobileconfigExporter::howToUse() const
{
    return profileApprovalText(macosVersion());
}

QString MobileconfigExporter::suggestedFileName(const AccountSettings& settings) const
{
    return mobileconfigFileName(settings);
}

QByteArray MobileconfigExporter::generate(const AccountSettings& settings,
                                          const ProviderProfile& profile,
                                          QString* error) const
{
    const MobileconfigResult result = generateMobileconfig(settings, profile);
    if (result.xml.isEmpty() && error)
        *error = result.error;
    return result.xml;
}

QList<QCommandLineOption> MobileconfigExporter::extraOptions() const
{
    return {
        {signCert,
         tr("With --format mobileconfig: sign the profile with this certificate (PEM; the rest of its "
            "chain may follow it in the file), so macOS shows who made it."),
         tr("file")},
        {signKey, tr("With --format mobileconfig: the private key (PEM) of the --sign-cert certificate."),
         tr("file")},
        {signP12,
         tr("With --format mobileconfig: sign with the certificate and key in this PKCS#12 (.p12) file."),
         tr("file")},
        {passwordStdin,
         tr("With --sign-p12: read the .p12 file's password from the first line of standard input (it is "
            "never taken as an argument, written or logged).")},
        {openOption,
         tr("With --format mobileconfig, on a Mac: open the written profile with macOS's own installer "
            "and say where to approve it.")},
    };
}

QByteArray MobileconfigExporter::generateWithOptions(const AccountSettings& settings,
                                                     const ProviderProfile& profile,
                                                     const ExportOptionValues& options,
                                                     QString* error,
                                                     bool* usage) const
{
    if (const QString problem = signingUsageProblem(options); !problem.isEmpty()) {
        *error = problem;
        *usage = true;
        return {};
    }
    // Refused before anything is written: elsewhere there is no installer to hand it to.
    if (options.isSet(openOption) && macosVersion() <= 0) {
        *error = tr("--open works on a Mac only. Copy the file to the Mac and double-click it there.");
        return {};
    }
    const QByteArray profileBytes = generate(settings, profile, error);
    if (profileBytes.isEmpty())
        return {};
    SigningIdentity identity;
    identity.certificateFile = options.value(signCert);
    identity.keyFile = options.value(signKey);
    identity.pkcs12File = options.value(signP12);
    if (identity.isEmpty())
        return profileBytes;
    if (options.isSet(passwordStdin) && options.readSecret)
        identity.pkcs12Password = options.readSecret();
    const SignResult signedProfile = signMobileconfig(profileBytes, identity);
    if (signedProfile.der.isEmpty())
        *error = signedProfile.error;
    return signedProfile.der;
}

bool MobileconfigExporter::afterWriting(const QString& file,
                                        const ExportOptionValues& options,
                                        QString* message,
                                        QString* error) const
{
    if (!options.isSet(openOption))
        return true;
    ProcessToolRunner processRunner(30000);
    ToolRunner& runner = m_runner ? *m_runner : processRunner;
    const OpenProfileResult opened = openProfileForInstall(file, runner, macosVersion());
    if (!opened.ok) {
        *error = opened.error;
        return false;
    }
    *message = opened.approvalText;
    return true;
}

} // namespace mailsetup
