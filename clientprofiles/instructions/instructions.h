// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountsettings.h"
#include "providerprofile.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace mailsetup {

// One thing to do in a mail program's own dialogs, in that program's words.
struct InstructionStep
{
    enum class Kind
    {
        Open,   // go to `where` (a menu path, a window, a tab)
        Click,  // press the button or link `field`
        Type,   // type `value` into the box labelled `field`
        Choose, // pick `value` in the list or radio group labelled `field`
        Tick,   // switch the check box `field` on
        Untick, // switch the check box `field` off
        Say     // a sentence of its own (`value`), e.g. for a text file's line
    };
    Kind kind = Kind::Say;
    QString where; // menu path or tab as the program shows it: "Tools > Accounts"
    QString field; // the label exactly as the program shows it: "Outgoing mail (SMTP):"
    QString value; // what to type or choose: "smtps.tip.net.au"
    QString note;  // why, or what to expect: "PCUG does not offer CRAM-MD5"
};

struct InstructionSection
{
    QString title; // "Outgoing mail (SMTP)"
    QList<InstructionStep> steps;
};

// What a person does by hand in one mail program to use the provider's servers.
struct ClientInstructions
{
    QString clientId;     // "outlookexpress", "thunderbird", ...
    QString clientName;   // "Outlook Express 5.5 and 6"
    QString providerName; // "PCUG"
    QString email;
    QString intro;        // before you start
    QStringList warnings; // what this program cannot do securely, and what to do instead
    QList<InstructionSection> sections;
    QStringList providerNotes; // ms:clientNote for this program, then "all"
    QString helpdesk;          // one line, empty if the profile names none
    QStringList sources;       // where the labels come from (for the helpdesk, and for review)
    // The servers these steps use: the account's own where the program can do them,
    // otherwise the profile's best alternative the program can do.
    std::optional<ServerSettings> incoming;
    ServerSettings outgoing;

    // The step that gives `field` (the label as shown, or a setting's name) a value, else
    // the first step about it, in sections whose title starts with `section` (all if empty).
    const InstructionStep* findStep(const QString& field, const QString& section = QString()) const;
};

// A program Mail Setup can write instructions for.
struct InstructionClient
{
    QString id;
    QString name;     // with the versions the steps are for
    QString platform; // "Windows", "Mac", "Linux and Unix", ...
};

// Every program, in the order people see them: the ClientRegistry's adapters, the ones
// the providers' own pages name (Outlook Express, Eudora, ...) and current ones.
QList<InstructionClient> instructionClients();

// The steps for `clientId` (an InstructionClient id, or a ClientRegistry adapter id),
// or nothing when the id is unknown.
std::optional<ClientInstructions>
buildInstructions(const QString& clientId, const ProviderProfile& profile, const AccountSettings& settings);

QString instructionsToText(const ClientInstructions& instructions);
// A complete HTML document (QTextDocument's subset), printable as it is.
QString instructionsToHtml(const ClientInstructions& instructions);

} // namespace mailsetup
