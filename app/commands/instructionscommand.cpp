// SPDX-License-Identifier: GPL-3.0-or-later
#include "instructionscommand.h"

#include "accountoptions.h"
#include "instructions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <algorithm>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

QString clientList()
{
    QStringList lines;
    for (const InstructionClient& client : instructionClients())
        lines << QStringLiteral("  %1  %2 (%3)").arg(client.id, -15).arg(client.name, client.platform);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

int runInstructionsCommand(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints step-by-step instructions for setting up one mail program by hand, in the words of its "
           "own menus, with the provider's notes and helpdesk.\n\nMail programs:\n") +
        clientList());
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("instructions"), tr("the command"));
    addAccountOptions(parser);
    parser.addOptions({
        {QStringLiteral("client"), tr("The mail program (see the list above)."), tr("id")},
        {QStringLiteral("html"), tr("Print an HTML page instead of text.")},
    });
    if (!parser.parse(arguments)) {
        err << "mailsetup: " << parser.errorText() << "\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QString client = parser.value(QStringLiteral("client"));
    const QList<InstructionClient> clients = instructionClients();
    const bool known = std::any_of(clients.cbegin(), clients.cend(),
                                   [&](const InstructionClient& c) { return c.id == client; });
    if (!known) {
        err << "mailsetup: "
            << (client.isEmpty() ? tr("instructions needs --client")
                                 : tr("unknown mail program \"%1\"").arg(client))
            << "\n"
            << tr("Mail programs:") << "\n"
            << clientList() << "\n";
        return 2;
    }
    const ResolvedAccount account = resolveAccountOptions(parser);
    if (!account.ok()) {
        err << "mailsetup: " << account.error << "\n";
        return account.usage ? 2 : 1;
    }
    const std::optional<ClientInstructions> steps =
        buildInstructions(client, *account.profile, *account.settings);
    out << (parser.isSet(QStringLiteral("html")) ? instructionsToHtml(*steps) : instructionsToText(*steps));
    return 0;
}

} // namespace mailsetup
