// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosecommand.h"

#include "accountoptions.h"
#include "certificate.h"
#include "diagnosis.h"
#include "diagnosisreport.h"
#include "profileloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

#if __has_include("pdfdocument.h")
#include "pdfdocument.h"
#define MAILSETUP_DIAGNOSE_PDF 1
#endif

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

constexpr double DefaultTimeoutSeconds = 10;
constexpr double MaxTimeoutSeconds = 300;

// One line from standard input, kept in memory only.
bool readPasswordLine(QByteArray* password)
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return false;
    *password = input.readLine(4096);
    while (password->endsWith('\n') || password->endsWith('\r'))
        password->chop(1);
    return !password->isEmpty();
}

// An argument as a POSIX shell reads it back: as is when it is plain, else in single quotes.
QString shellWord(const QString& word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:@%+=,-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    return QLatin1Char('\'') + QString(word).replace(QLatin1Char('\''), QStringLiteral("'\\''")) +
           QLatin1Char('\'');
}

QString applyCommandLine(const QString& profile, const AccountRequest& request)
{
    QString line = QStringLiteral("mailsetup apply --profile %1 --email %2")
                       .arg(shellWord(profile), shellWord(request.email));
    if (request.outgoingPort)
        line += QStringLiteral(" --outgoing-port %1").arg(*request.outgoingPort);
    if (request.incomingPort)
        line += QStringLiteral(" --incoming-port %1").arg(*request.incomingPort);
    return line;
}

// The fix for "works once the CA is installed", in command-line words: the command that
// installs the profile's root after its fingerprint was compared (certificatecommand.cpp).
QString caInstallFixFor(const QString& profileArg, const ProviderProfile& profile)
{
    if (!profile.ca)
        return {};
    return tr("compare the fingerprint %1 with the one your provider publishes, then install the "
              "certificate with: mailsetup certificate install --profile %2 --confirm-fingerprint %1")
        .arg(profile.ca->certificate.sha256Text(), shellWord(profileArg));
}

} // namespace

int runDiagnoseCommand(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Checks every server of a provider profile from this computer, all at once: can it be reached, "
        "does it offer encryption, is its certificate trusted, and (with a password) does the log-in work. "
        "Says what is wrong in plain words and which settings to use."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("diagnose"), tr("the command"));
    parser.addOptions({
        {QStringLiteral("profile"), tr("Provider profile: a built-in id (see 'profiles') or a file."),
         tr("profile")},
        {QStringLiteral("email"), tr("Your email address (gives the log-in name)."), tr("address")},
        {QStringLiteral("password-stdin"),
         tr("Read the password from the first line of standard input and check the log-in. It is only "
            "sent over an encrypted connection to a trusted server, and never shown or saved.")},
        {QStringLiteral("json"), tr("Print the report as JSON.")},
        {QStringLiteral("timeout"),
         tr("Give each server at most <seconds> (default %1).").arg(DefaultTimeoutSeconds), tr("seconds")},
        {QStringLiteral("ca"),
         tr("Check the servers' certificates against this root certificate instead of "
            "the profile's."),
         tr("file")},
        {QStringLiteral("pdf"),
         tr("Also write the report as a PDF file to <file>, for a helpdesk (passwords are never in it)."),
         tr("file")},
        {QStringLiteral("letter"), tr("With --pdf: US Letter paper instead of A4.")},
        {QStringLiteral("outgoing-port"),
         tr("The outgoing port the subscriber uses: recommended as long as it works from here."), tr("port")},
    });
    if (!parser.parse(arguments)) {
        err << "mailsetup: " << parser.errorText() << "\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QString profileArg = parser.value(QStringLiteral("profile"));
    const QString email = parser.value(QStringLiteral("email")).trimmed();
    const bool withPassword = parser.isSet(QStringLiteral("password-stdin"));
    if (profileArg.isEmpty()) {
        err << "mailsetup: " << tr("diagnose needs --profile") << "\n";
        return 2;
    }
    if (!email.isEmpty() && !isValidEmailAddress(email)) {
        err << "mailsetup: " << tr("\"%1\" is not an email address").arg(email) << "\n";
        return 2;
    }
    if (withPassword && email.isEmpty()) {
        err << "mailsetup: " << tr("--password-stdin needs --email, which gives the log-in name") << "\n";
        return 2;
    }
    const QString pdfPath = parser.value(QStringLiteral("pdf"));
    if (parser.isSet(QStringLiteral("letter")) && pdfPath.isEmpty()) {
        err << "mailsetup: " << tr("--letter goes with --pdf") << "\n";
        return 2;
    }
#ifndef MAILSETUP_DIAGNOSE_PDF
    if (!pdfPath.isEmpty()) {
        err << "mailsetup: "
            << tr("this build of Mail Setup cannot make PDF files; use --json or the text report") << "\n";
        return 1;
    }
#endif
    // Before the servers are asked: a report that cannot be written is better known now.
    if (!pdfPath.isEmpty() && !QFileInfo(QFileInfo(pdfPath).absolutePath()).isDir()) {
        err << "mailsetup: "
            << tr("%1: the folder %2 does not exist").arg(pdfPath, QFileInfo(pdfPath).absolutePath()) << "\n";
        return 1;
    }
    QString portError;
    const std::optional<int> outgoingPort = portOption(parser, QStringLiteral("outgoing-port"), &portError);
    if (!portError.isEmpty()) {
        err << "mailsetup: " << portError << "\n";
        return 2;
    }
    double timeoutSeconds = DefaultTimeoutSeconds;
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        timeoutSeconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || timeoutSeconds <= 0 || timeoutSeconds > MaxTimeoutSeconds) {
            err << "mailsetup: "
                << tr("--timeout needs a number of seconds above 0, at most %1").arg(MaxTimeoutSeconds)
                << "\n";
            return 2;
        }
    }

    const ProfileLoadResult loaded = ProfileLoader::load(profileArg);
    if (!loaded.ok()) {
        err << tr("The provider profile cannot be used:") << "\n" << loaded.errorText() << "\n";
        return 1;
    }
    DiagnosisRequest request = diagnosisRequestFor(*loaded.profile, email);
    if (outgoingPort &&
        std::none_of(request.endpoints.begin(), request.endpoints.end(), [&](const DiagnosticEndpoint& e) {
            return e.outgoing() && e.profilePort == *outgoingPort;
        })) {
        err << "mailsetup: "
            << tr("the profile %1 has no outgoing server on port %2")
                   .arg(loaded.profile->name())
                   .arg(*outgoingPort)
            << "\n";
        return 2;
    }
    request.preference.outgoingPort = outgoingPort;
    request.timeoutMs = qint64(timeoutSeconds * 1000);
    request.caInstallFix = caInstallFixFor(profileArg, *loaded.profile);
    if (parser.isSet(QStringLiteral("ca"))) {
        const QString caFile = parser.value(QStringLiteral("ca"));
        QFile file(caFile);
        if (!file.open(QIODevice::ReadOnly)) {
            err << tr("%1: cannot be read: %2").arg(caFile, file.errorString()) << "\n";
            return 1;
        }
        const CertificateLoadResult ca = loadCertificate(file.read(1024 * 1024));
        if (!ca.certificate) {
            err << tr("%1: %2").arg(caFile, ca.error) << "\n";
            return 1;
        }
        request.caDer = {ca.certificate->der};
        request.caName = ca.certificate->commonName();
        // Not the profile's root: `certificate install` would install the wrong one.
        request.caInstallFix = tr("make this computer trust the certificate in %1").arg(caFile);
    }
    if (withPassword) {
        Credentials credentials;
        if (!readPasswordLine(&credentials.password)) {
            err << "mailsetup: " << tr("--password-stdin: no password on standard input") << "\n";
            return 2;
        }
        request.credentials = credentials;
        credentials.password.fill('\0');
    }

    const DiagnosisReport report = runDiagnosis(request);
    request.credentials.reset();
    if (parser.isSet(QStringLiteral("json")))
        out << QJsonDocument(diagnosisReportJson(report)).toJson(QJsonDocument::Indented);
    else
        out << diagnosisReportText(report);
#ifdef MAILSETUP_DIAGNOSE_PDF
    if (!pdfPath.isEmpty()) {
        PdfOptions options;
        options.title = tr("Connection check for %1").arg(report.profileName);
        options.letter = parser.isSet(QStringLiteral("letter"));
        const QString error = writePdf(diagnosisReportHtml(report), pdfPath, options);
        if (!error.isEmpty()) {
            err << "mailsetup: " << error << "\n";
            return 1;
        }
        (parser.isSet(QStringLiteral("json")) ? err : out)
            << tr("Wrote the report to %1.").arg(pdfPath) << "\n";
    }
#endif

    const Recommendation& recommendation = report.recommendation;
    if (!recommendation.request) {
        err << tr("No safe way to use %1 works from this computer: %2")
                   .arg(report.profileName, recommendation.summary)
            << "\n";
        return 1;
    }
    if (report.loginChecked) {
        const EndpointResult& chosen = report.endpoints.at(recommendation.outgoingIndex);
        if (!chosen.loginSucceeded) {
            err << tr("The log-in did not work: %1").arg(chosen.summary) << "\n";
            return 1;
        }
    }
    if (!parser.isSet(QStringLiteral("json")) && !email.isEmpty())
        out << tr("To use it: %1").arg(applyCommandLine(profileArg, *recommendation.request)) << "\n";
    return 0;
}

} // namespace mailsetup
