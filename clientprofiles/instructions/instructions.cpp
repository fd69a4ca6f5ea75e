// SPDX-License-Identifier: GPL-3.0-or-later
#include "instructions.h"

#include "instructionwriter.h"

#include <QCoreApplication>
#include <algorithm>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

const QList<ClientSpec>& allSpecs()
{
    static const QList<ClientSpec> specs = [] {
        QList<ClientSpec> all;
        all << mozillaClientSpecs() << unixClientSpecs() << windowsClientSpecs() << macClientSpecs();
        return all;
    }();
    return specs;
}

// Same order as resolveAccount: implicit TLS, then STARTTLS on submission, then on 25.
int rank(const ServerEntry& entry)
{
    if (entry.security == Security::Ssl)
        return 0;
    return entry.port == 25 ? 2 : 1;
}

bool canDo(const ServerSettings& server,
           const QList<Security>& securities,
           const QList<int>& ports,
           const QList<int>& sslPorts)
{
    if (!securities.contains(server.security))
        return false;
    if (!ports.isEmpty() && !ports.contains(server.port))
        return false;
    return server.security != Security::Ssl || sslPorts.isEmpty() || sslPorts.contains(server.port);
}

// The account's server when the program can do it; otherwise the profile's best
// encrypted entry of the same protocol it can do, with the account's log-in kept.
std::optional<ServerSettings> serverFor(const ServerSettings& chosen,
                                        const QList<ServerEntry>& entries,
                                        const QString& email,
                                        const QString& realName,
                                        const QList<Security>& securities,
                                        const QList<int>& ports,
                                        const QList<int>& sslPorts)
{
    if (canDo(chosen, securities, ports, sslPorts))
        return chosen;
    QList<ServerEntry> sorted = entries;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const ServerEntry& a, const ServerEntry& b) { return rank(a) < rank(b); });
    for (const ServerEntry& entry : sorted) {
        if (entry.type != chosen.type ||
            (entry.security != Security::Ssl && entry.security != Security::StartTls))
            continue;
        ServerSettings candidate = chosen;
        candidate.hostname = replacePlaceholders(entry.hostname, email, realName).toLower();
        candidate.port = entry.port;
        candidate.security = entry.security;
        if (canDo(candidate, securities, ports, sslPorts))
            return candidate;
    }
    return std::nullopt;
}

QString helpdeskLine(const Helpdesk& h)
{
    QStringList parts;
    for (const QString& part : {h.name, h.phone, h.email, h.url})
        if (!part.isEmpty())
            parts << part;
    if (!h.newsgroup.isEmpty())
        parts << tr("newsgroup %1").arg(h.newsgroup);
    return parts.join(QStringLiteral(", "));
}

} // namespace

const InstructionStep* ClientInstructions::findStep(const QString& field, const QString& sectionTitle) const
{
    // A value-setting step first: "tick X" often comes before "type into X".
    const InstructionStep* any = nullptr;
    for (const InstructionSection& section : sections) {
        if (!section.title.startsWith(sectionTitle))
            continue;
        for (const InstructionStep& step : section.steps) {
            if (step.field != field)
                continue;
            if (!step.value.isEmpty())
                return &step;
            if (!any)
                any = &step;
        }
    }
    return any;
}

QList<InstructionClient> instructionClients()
{
    QList<InstructionClient> clients;
    for (const ClientSpec& spec : allSpecs())
        clients << InstructionClient{spec.id, spec.name, spec.platform};
    return clients;
}

std::optional<ClientInstructions>
buildInstructions(const QString& clientId, const ProviderProfile& profile, const AccountSettings& settings)
{
    // The ids are the ClientRegistry's adapter ids where both exist.
    const auto spec = std::find_if(allSpecs().begin(), allSpecs().end(),
                                   [&](const ClientSpec& s) { return s.id == clientId; });
    if (spec == allSpecs().end())
        return std::nullopt;

    ClientInstructions result;
    result.clientId = spec->id;
    result.clientName = spec->name;
    result.providerName = settings.providerName.isEmpty() ? profile.name() : settings.providerName;
    result.email = settings.email;
    const ClientCapabilities& caps = spec->capabilities;

    const std::optional<ServerSettings> out =
        serverFor(settings.outgoing, profile.outgoing, settings.email, settings.realName, caps.outgoing,
                  caps.outgoingPorts, caps.outgoingSslPorts);
    if (!out) {
        result.warnings << tr("%1 cannot send through %2 with the encryption %3 offers (%4). Mail Setup "
                              "does not suggest a weaker setting; please use another mail program for "
                              "sending, or ask %3 for help.")
                               .arg(spec->name, settings.outgoing.hostname, result.providerName,
                                    settings.outgoing.describe());
    }
    result.outgoing = out.value_or(settings.outgoing);
    if (out && *out != settings.outgoing)
        result.warnings << tr("%1 cannot use %2 port %3 (%4), so these steps use port %5 (%6) instead.")
                               .arg(spec->name, settings.outgoing.hostname)
                               .arg(settings.outgoing.port)
                               .arg(securityName(settings.outgoing.security))
                               .arg(out->port)
                               .arg(securityName(out->security));
    if (settings.incoming) {
        const std::optional<ServerSettings> in =
            serverFor(*settings.incoming, profile.incoming, settings.email, settings.realName, caps.incoming,
                      {}, caps.incomingSslPorts);
        if (in && *in != *settings.incoming)
            result.warnings << tr("%1 cannot use %2 port %3 (%4) for incoming mail, so these steps use "
                                  "port %5 (%6) instead.")
                                   .arg(spec->name, settings.incoming->hostname)
                                   .arg(settings.incoming->port)
                                   .arg(securityName(settings.incoming->security))
                                   .arg(in->port)
                                   .arg(securityName(in->security));
        if (!in)
            result.warnings << tr("%1 cannot protect incoming mail from %2: it has no encrypted connection "
                                  "that %3 offers. Leave its incoming settings as they are and read your "
                                  "mail with another program, or upgrade.")
                                   .arg(spec->name, settings.incoming->hostname, result.providerName);
        result.incoming = in;
    }

    InstructionWriter writer(profile, result, settings.incoming.has_value());
    spec->write(writer);

    for (const QString& key : spec->noteKeys) {
        const QString note = profile.noteFor(key);
        if (!note.isEmpty() && !result.providerNotes.contains(note))
            result.providerNotes << note;
    }
    const QString all = profile.noteFor(QStringLiteral("all"));
    if (!all.isEmpty() && !result.providerNotes.contains(all))
        result.providerNotes << all;
    result.helpdesk = helpdeskLine(profile.helpdesk);
    return result;
}

void InstructionWriter::section(const QString& title)
{
    m_out.sections << InstructionSection{title, {}};
}

void InstructionWriter::add(InstructionStep::Kind kind,
                            const QString& where,
                            const QString& field,
                            const QString& value,
                            const QString& note)
{
    if (m_out.sections.isEmpty())
        section(QString());
    m_out.sections.last().steps << InstructionStep{kind, where, field, value, note};
}

void InstructionWriter::open(const QString& where, const QString& note)
{
    add(InstructionStep::Kind::Open, where, {}, {}, note);
}

void InstructionWriter::click(const QString& where, const QString& button, const QString& note)
{
    add(InstructionStep::Kind::Click, where, button, {}, note);
}

void InstructionWriter::type(const QString& where,
                             const QString& field,
                             const QString& value,
                             const QString& note)
{
    add(InstructionStep::Kind::Type, where, field, value, note);
}

void InstructionWriter::choose(const QString& where,
                               const QString& field,
                               const QString& value,
                               const QString& note)
{
    add(InstructionStep::Kind::Choose, where, field, value, note);
}

void InstructionWriter::tick(const QString& where, const QString& field, const QString& note)
{
    add(InstructionStep::Kind::Tick, where, field, {}, note);
}

void InstructionWriter::untick(const QString& where, const QString& field, const QString& note)
{
    add(InstructionStep::Kind::Untick, where, field, {}, note);
}

void InstructionWriter::say(const QString& text, const QString& note)
{
    add(InstructionStep::Kind::Say, {}, {}, text, note);
}

void InstructionWriter::setting(const QString& where,
                                const QString& name,
                                const QString& line,
                                const QString& note)
{
    add(InstructionStep::Kind::Say, where, name, line, note);
}

QString InstructionWriter::noCramMd5Note(const ServerSettings& server) const
{
    if (!plainPassword(server))
        return {};
    return tr("%1 does not offer CRAM-MD5 or other \"secure\" password methods: it expects the normal "
              "password (LOGIN or PLAIN), which is protected by the encrypted connection.")
        .arg(provider());
}

QString InstructionWriter::port25Note() const
{
    if (out().port != 25)
        return {};
    return tr("Port 25 is blocked or intercepted by some Internet providers. If sending fails, ask %1 "
              "whether "
              "another port is offered.")
        .arg(provider());
}

QString InstructionWriter::incomingUnchanged() const
{
    if (m_incomingWanted)
        return tr("Leave the incoming mail settings as they are (see \"Important\" above).");
    return tr("%1 sets up outgoing mail only: leave your incoming mail settings as they are.")
        .arg(provider());
}

} // namespace mailsetup
