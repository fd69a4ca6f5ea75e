// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountoptions.h"

#include "profileloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

} // namespace

void addAccountOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("profile"), tr("Provider profile: a built-in id (see 'profiles') or a file."),
         tr("profile")},
        {QStringLiteral("email"), tr("The email address to set up."), tr("address")},
        {QStringLiteral("name"), tr("Your name, as recipients see it."), tr("name")},
        {QStringLiteral("username"), tr("Log-in name, when it is not the one the profile derives."),
         tr("name")},
        {QStringLiteral("outgoing-port"), tr("Use the profile's outgoing server on this port."), tr("port")},
        {QStringLiteral("incoming-port"), tr("Use the profile's incoming server on this port."), tr("port")},
    });
}

std::optional<int> portOption(const QCommandLineParser& parser, const QString& name, QString* error)
{
    if (!parser.isSet(name))
        return std::nullopt;
    bool ok = false;
    const int port = parser.value(name).toInt(&ok);
    if (!ok || port < 1 || port > 65535) {
        *error = tr("--%1 needs a port number (1 to 65535)").arg(name);
        return std::nullopt;
    }
    return port;
}

ResolvedAccount resolveAccountOptions(const QCommandLineParser& parser, bool emailRequired)
{
    ResolvedAccount result;
    const QString profileArg = parser.value(QStringLiteral("profile"));
    const QString email = parser.value(QStringLiteral("email")).trimmed();
    if (profileArg.isEmpty() || (emailRequired && email.isEmpty())) {
        result.error = emailRequired ? tr("this command needs --profile and --email")
                                     : tr("this command needs --profile");
        result.usage = true;
        return result;
    }
    const ProfileLoadResult loaded = ProfileLoader::load(profileArg);
    if (!loaded.ok()) {
        result.error = tr("The provider profile cannot be used:") + QLatin1Char('\n') + loaded.errorText();
        return result;
    }
    result.profile = *loaded.profile;
    if (email.isEmpty())
        return result;

    AccountRequest request;
    request.email = email;
    request.realName = parser.value(QStringLiteral("name"));
    request.username = parser.value(QStringLiteral("username"));
    QString error;
    request.outgoingPort = portOption(parser, QStringLiteral("outgoing-port"), &error);
    if (error.isEmpty())
        request.incomingPort = portOption(parser, QStringLiteral("incoming-port"), &error);
    if (!error.isEmpty()) {
        result.error = error;
        result.usage = true;
        return result;
    }
    const ResolveResult resolved = resolveAccount(*result.profile, request);
    if (!resolved.settings) {
        result.error = tr("Cannot set up %1 with %2: %3").arg(email, result.profile->name(), resolved.error);
        return result;
    }
    result.settings = *resolved.settings;
    return result;
}

} // namespace mailsetup
