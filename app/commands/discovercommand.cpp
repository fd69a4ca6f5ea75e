// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovercommand.h"

#include "accountsettings.h"
#include "diagnosticsprober.h"
#include "maildiscovery.h"
#include "ranking.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

QString describeServer(const ServerEntry& server, const QString& email)
{
    QString text = QStringLiteral("%1 %2:%3, %4")
                       .arg(server.type.toUpper(), replacePlaceholders(server.hostname, email, {}))
                       .arg(server.port)
                       .arg(securityName(server.security));
    if (!server.authMethods.isEmpty())
        text += QStringLiteral(", ") + authMethodName(server.authMethods.first());
    if (!server.username.isEmpty())
        text += tr(", user %1").arg(replacePlaceholders(server.username, email, {}));
    if (!isEncrypted(server))
        text += tr("  (not used: no encryption)");
    return text;
}

QJsonObject serverJson(const ServerEntry& server, const QString& email)
{
    QJsonArray auth;
    for (AuthMethod method : server.authMethods)
        auth << autoconfigName(method);
    return QJsonObject{{QStringLiteral("type"), server.type},
                       {QStringLiteral("hostname"), replacePlaceholders(server.hostname, email, {})},
                       {QStringLiteral("port"), server.port},
                       {QStringLiteral("socketType"), autoconfigName(server.security)},
                       {QStringLiteral("encrypted"), isEncrypted(server)},
                       {QStringLiteral("authentication"), auth},
                       {QStringLiteral("username"), replacePlaceholders(server.username, email, {})}};
}

QJsonDocument resultJson(const DiscoveryResult& result)
{
    QJsonArray configs;
    for (const DiscoveredConfig& config : result.configs) {
        QJsonArray incoming, outgoing;
        for (const ServerEntry& s : config.profile.incoming)
            incoming << serverJson(s, result.email);
        for (const ServerEntry& s : config.profile.outgoing)
            outgoing << serverJson(s, result.email);
        QJsonObject object{{QStringLiteral("source"), sourceId(config.source)},
                           {QStringLiteral("origin"), config.origin},
                           {QStringLiteral("trusted"), config.trusted},
                           {QStringLiteral("provider"), config.profile.name()},
                           {QStringLiteral("incoming"), incoming},
                           {QStringLiteral("outgoing"), outgoing},
                           {QStringLiteral("notes"), QJsonArray::fromStringList(config.notes)},
                           {QStringLiteral("warnings"), QJsonArray::fromStringList(config.profile.warnings)}};
        if (config.profile.ca)
            object.insert(
                QStringLiteral("rootCertificate"),
                QJsonObject{{QStringLiteral("name"), config.profile.ca->name},
                            {QStringLiteral("sha256"), config.profile.ca->certificate.sha256Text()}});
        configs << object;
    }
    QJsonArray reports;
    for (const SourceReport& report : result.reports)
        reports << QJsonObject{{QStringLiteral("source"), sourceId(report.source)},
                               {QStringLiteral("origin"), report.origin},
                               {QStringLiteral("outcome"), QStringLiteral("%1").arg(int(report.outcome))},
                               {QStringLiteral("message"), report.message},
                               {QStringLiteral("milliseconds"), report.elapsedMs}};
    // Outcome as a word, stable for scripts (not translated).
    for (int i = 0; i < reports.size(); ++i) {
        static const char* const words[] = {"found", "not-found", "refused", "failed"};
        QJsonObject object = reports[i].toObject();
        object[QStringLiteral("outcome")] = QLatin1String(words[int(result.reports[i].outcome)]);
        reports[i] = object;
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("email"), result.email},
                                     {QStringLiteral("domain"), result.domain},
                                     {QStringLiteral("configs"), configs},
                                     {QStringLiteral("sources"), reports}});
}

void printText(const DiscoveryResult& result, QTextStream& out)
{
    if (result.configs.isEmpty())
        out << tr("No settings found for %1.").arg(result.email) << '\n';
    else
        out << tr("Settings found for %1, best first. Nothing has been changed.").arg(result.email) << '\n';
    int number = 0;
    for (const DiscoveredConfig& config : result.configs) {
        out << '\n'
            << QStringLiteral("%1. %2").arg(++number).arg(config.profile.name()) << '\n'
            << "   " << tr("from: %1, %2").arg(sourceName(config.source), config.origin) << '\n'
            << "   "
            << (config.trusted ? tr("trusted: from the provider or a source Mail Setup trusts")
                               : tr("LESS TRUSTED: check these servers before using them"))
            << '\n';
        for (const ServerEntry& server : config.profile.incoming)
            out << "   " << tr("incoming: ") << describeServer(server, result.email) << '\n';
        for (const ServerEntry& server : config.profile.outgoing)
            out << "   " << tr("outgoing: ") << describeServer(server, result.email) << '\n';
        if (config.profile.ca)
            out << "   "
                << tr("root certificate to trust: %1 (SHA-256 %2)")
                       .arg(config.profile.ca->name, config.profile.ca->certificate.sha256Text())
                << '\n';
        for (const QString& note : config.notes)
            out << "   " << tr("note: ") << note << '\n';
        for (const QString& warning : config.profile.warnings)
            out << "   " << tr("warning: ") << warning << '\n';
    }
    out << '\n' << tr("Where Mail Setup looked:") << '\n';
    for (const SourceReport& report : result.reports)
        out << QStringLiteral("  [%1] %2").arg(outcomeName(report.outcome), report.message) << '\n';
}

} // namespace

int runDiscoverCommandOn(const DiscoveryNetwork& network,
                         const QStringList& arguments,
                         QTextStream& out,
                         QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Finds the mail server settings for an email address: the profiles built in, the provider's "
           "own settings file, Thunderbird's provider database, the domain's DNS records and, if all else "
           "fails, likely server names. Shows every answer with where it came from; changes nothing."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("discover"), tr("the command"));
    parser.addPositionalArgument(QStringLiteral("email"), tr("the email address to find settings for"));
    parser.addOptions({
        {QStringLiteral("json"), tr("Print the result as JSON, for scripts.")},
        {QStringLiteral("timeout"), tr("Seconds to wait for each source (default 10)."), tr("seconds")},
        {QStringLiteral("no-network"), tr("Only look at the profiles built into Mail Setup.")},
    });
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        err << tr("Usage: mailsetup discover EMAIL [--json] [--timeout SECONDS] [--no-network]") << '\n';
        return 2;
    }
    // The last source, likely server names, is tried with the diagnostics' probes.
    DiscoveryOptions options = discoveryOptionsWithDiagnostics();
    options.network = network;
    options.useNetwork = !parser.isSet(QStringLiteral("no-network"));
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 600) {
            err << tr("--timeout wants a number of seconds between 0 and 600, not \"%1\"")
                       .arg(parser.value(QStringLiteral("timeout")))
                << '\n';
            return 2;
        }
        const int ms = int(seconds * 1000);
        options.network.httpTimeoutMs = options.network.dnsTimeoutMs = options.network.probeTimeoutMs = ms;
    }
    const DiscoveryResult result = MailDiscovery::run(positional[1], options);
    if (!result.error.isEmpty()) {
        err << result.error << '\n';
        return 1;
    }
    if (parser.isSet(QStringLiteral("json")))
        out << resultJson(result).toJson(QJsonDocument::Indented);
    else
        printText(result, out);
    if (result.configs.isEmpty()) {
        err << tr("No settings found for %1; ask your provider for its server names.").arg(result.email)
            << '\n';
        return 1;
    }
    return 0;
}

int runDiscoverCommand(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    return runDiscoverCommandOn(DiscoveryNetwork(), arguments, out, err);
}

} // namespace mailsetup
