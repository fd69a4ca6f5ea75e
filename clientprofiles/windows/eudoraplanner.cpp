// SPDX-License-Identifier: GPL-3.0-or-later
#include "eudoraplanner.h"

#include "eudoraini.h"

#include <QCoreApplication>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

const QString kSettings = QStringLiteral("Settings");

// Characters Eudora refuses in a personality name (IDS_PERSONA_EXCLUDE_CHARS).
QString personalityNameFor(const EudoraIni& ini, const AccountSettings& settings)
{
    QString base = settings.providerName.isEmpty() ? settings.email : settings.providerName;
    for (const QChar c : QStringLiteral("\\/:*?\"<>|[]"))
        base.remove(c);
    base = base.simplified();
    if (base.isEmpty() || !EudoraIni::isStorable(base))
        base = QStringLiteral("Mail Setup");
    QString name = base;
    for (int n = 2; ini.find(name) || name.compare(QLatin1String("<Dominant>"), Qt::CaseInsensitive) == 0;
         ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

class Editor
{
public:
    Editor(EudoraIni& ini, const EudoraPersonality& target, bool explicitValues)
        : m_ini(ini), m_target(target), m_explicit(explicitValues)
    {}

    // Makes Eudora use value for key in the target personality; writes only what
    // changes. A key written into [Settings] is first pinned, with the value they use
    // now, in every other personality that inherits it.
    void ensure(const QString& key, const QString& value, const QString& why = {})
    {
        const QString current =
            m_explicit ? m_ini.own(m_target.section, key) : m_ini.effective(m_target, key);
        const bool present = m_ini.hasOwn(m_target, key);
        if (current == value && (present || !m_explicit))
            return;
        if (m_target.isDominant()) {
            for (const EudoraPersonality& other : m_ini.personalities()) {
                if (other.isDominant() || m_ini.hasOwn(other, key))
                    continue;
                const QString kept = m_ini.effective(other, key);
                if (kept == value)
                    continue;
                m_ini.setOwn(other.section, key, kept);
                details << QStringLiteral("[%1] %2: (from [Settings]) → \"%3\"  %4")
                               .arg(other.section, key, kept, tr("(keeps what this personality uses now)"));
            }
        }
        const QString shown =
            present ? QStringLiteral("\"%1\"").arg(m_ini.own(m_target.section, key)) : tr("(not set)");
        m_ini.setOwn(m_target.section, key, value);
        QString line = QStringLiteral("[%1] %2: %3 → \"%4\"").arg(m_target.section, key, shown, value);
        if (!why.isEmpty())
            line += QStringLiteral("  (%1)").arg(why);
        details << line;
    }

    QStringList details;

private:
    EudoraIni& m_ini;
    EudoraPersonality m_target;
    bool m_explicit;
};

void planOutgoing(Editor& edit, const ServerSettings& out)
{
    // Key names and defaults: Eudora 7.1 EudoraRes.rc (IDS_INI_PERSONA_SMTP_SERVER,
    // IDS_INI_SSL_SEND_USE "SSLSendUse\n1", IDS_INI_SSLALTPORT_SMTP
    // "SSLSMTPAlternatePort\n465", IDS_INI_SMTP_AUTH_ALLOWED "SmtpAuthAllowed\n1",
    // IDS_INI_SMTP_AUTH_REQUIRED "SmtpAuthRequired\n0"); codes from SSLSettings.h.
    edit.ensure(QStringLiteral("SMTPServer"), out.hostname);
    if (out.security == Security::Ssl) {
        edit.ensure(QStringLiteral("SSLSendUse"), QStringLiteral("2"), tr("Required, Alternate Port"));
        edit.ensure(QStringLiteral("SSLSMTPAlternatePort"), QString::number(out.port));
    } else {
        edit.ensure(QStringLiteral("SSLSendUse"), QStringLiteral("3"), tr("Required, STARTTLS"));
        if (out.port == 25) {
            edit.ensure(QStringLiteral("UseSubmissionPort"), QStringLiteral("0"));
            edit.ensure(QStringLiteral("SMTPPort"), QStringLiteral("25"));
        } else {
            edit.ensure(QStringLiteral("UseSubmissionPort"), QStringLiteral("1"));
            edit.ensure(QStringLiteral("SubmissionPort"), QString::number(out.port));
        }
    }
    const bool login = out.auth != AuthMethod::None;
    edit.ensure(QStringLiteral("SmtpAuthAllowed"), login ? QStringLiteral("1") : QStringLiteral("0"),
                tr("Allow authentication"));
    // Required: a server that stops offering AUTH makes sending fail rather than
    // silently send without logging in.
    if (login)
        edit.ensure(QStringLiteral("SmtpAuthRequired"), QStringLiteral("1"));
}

void planIncoming(Editor& edit, const ServerSettings& in)
{
    const bool imap = in.type == QLatin1String("imap");
    edit.ensure(QStringLiteral("UsesPOP"), imap ? QStringLiteral("0") : QStringLiteral("1"));
    edit.ensure(QStringLiteral("UsesIMAP"), imap ? QStringLiteral("1") : QStringLiteral("0"));
    edit.ensure(QStringLiteral("POPAccount"), QStringLiteral("%1@%2").arg(in.username, in.hostname));
    edit.ensure(QStringLiteral("PopServer"), in.hostname);
    edit.ensure(QStringLiteral("LoginName"), in.username);
    const QString prefix = imap ? QStringLiteral("IMAP") : QStringLiteral("POP");
    if (in.security == Security::Ssl) {
        edit.ensure(QStringLiteral("SSLReceiveUse"), QStringLiteral("2"), tr("Required, Alternate Port"));
        edit.ensure(QStringLiteral("SSL%1AlternatePort").arg(prefix), QString::number(in.port));
    } else {
        edit.ensure(QStringLiteral("SSLReceiveUse"), QStringLiteral("3"), tr("Required, STARTTLS"));
        edit.ensure(prefix + QStringLiteral("Port"), QString::number(in.port));
    }
    if (in.auth == AuthMethod::PasswordCleartext || in.auth == AuthMethod::PasswordEncrypted) {
        edit.ensure(QStringLiteral("AuthenticatePassword"), QStringLiteral("1"));
        edit.ensure(QStringLiteral("AuthenticateKerberos"), QStringLiteral("0"));
        edit.ensure(QStringLiteral("AuthenticateAPOP"), QStringLiteral("0"));
        edit.ensure(QStringLiteral("AuthenticateRPA"), QStringLiteral("0"));
    }
}

} // namespace

EudoraIniPlan planEudoraIni(const QByteArray& before, const AccountSettings& settings)
{
    EudoraIniPlan result;
    EudoraIni ini = EudoraIni::parse(before);

    std::optional<EudoraPersonality> target;
    for (const EudoraPersonality& p : ini.personalities()) {
        if (ini.address(p).compare(settings.email, Qt::CaseInsensitive) == 0) {
            target = p;
            break;
        }
    }
    bool created = false;
    const EudoraPersonality dominant = ini.personalities().first();
    if (!target && ini.address(dominant).isEmpty() &&
        ini.effective(dominant, QStringLiteral("SMTPServer")).isEmpty())
        target = dominant; // a fresh Eudora.ini: the Dominant personality is free
    if (!target) {
        if (!settings.incoming) {
            result.refusal = tr("%1 sets up outgoing mail only, and no Eudora personality sends from %2. "
                                "Set up a personality for %2 first (Tools > Personalities), then try again.")
                                 .arg(settings.providerName, settings.email);
            return result;
        }
        const QString name = personalityNameFor(ini, settings);
        target = EudoraPersonality{name, QStringLiteral("Persona-") + name};
        created = true;
        const int index = int(ini.personalities().size()) - 1;
        ini.setOwn(QStringLiteral("Personalities"), QStringLiteral("Persona%1").arg(index), target->section);
        result.details
            << QStringLiteral("[Personalities] Persona%1: → \"%2\"").arg(index).arg(target->section);
    }
    result.personality = target->displayName();

    Editor edit(ini, *target, created);
    // An address that matched stays as written ("Name <address>", its case).
    if (created || ini.address(*target).isEmpty())
        edit.ensure(QStringLiteral("ReturnAddress"), settings.email);
    // The name an existing personality shows stays the person's choice.
    if (!settings.realName.isEmpty() &&
        (created || ini.effective(*target, QStringLiteral("RealName")).isEmpty())) {
        if (EudoraIni::isStorable(settings.realName))
            edit.ensure(QStringLiteral("RealName"), settings.realName);
        else
            result.notes << tr("Your name has characters Eudora cannot store; enter it in Tools > "
                               "Personalities > Real Name.");
    }

    // The incoming side changes only where it is the provider's kind of server:
    // switching POP and IMAP makes Eudora drop the personality's local mail cache.
    const ExistingAccount existing = ini.account(*target);
    if (settings.incoming) {
        if (!created && existing.incoming && existing.incoming->type != settings.incoming->type) {
            result.notes << tr("The personality %1 receives mail by %2; %3 offers %4, so its incoming "
                               "server was left as it is.")
                                .arg(target->displayName(), existing.incoming->protocolName(),
                                     settings.providerName, settings.incoming->protocolName());
        } else {
            planIncoming(edit, *settings.incoming);
        }
    }
    if (created)
        edit.ensure(QStringLiteral("CheckMailByDefault"), QStringLiteral("1"));
    planOutgoing(edit, settings.outgoing);

    // SMTP Relay Personality (RelayPersona in [Settings], sendmail.cpp): when it names
    // another personality, this one's mail would leave through that one's server.
    const auto relay = ini.relayPersonality();
    if (relay && relay->section.compare(target->section, Qt::CaseInsensitive) != 0 &&
        ini.effectiveInt(*target, QStringLiteral("UseRelay")) != 0) {
        edit.ensure(
            QStringLiteral("UseRelay"), QStringLiteral("0"),
            tr("send with its own server, not the SMTP Relay Personality %1").arg(relay->displayName()));
    } else if (!relay && target->isDominant() && ini.personalities().size() == 1) {
        // As the provider's instructions say: "SMTP Relay Personality: Dominant".
        edit.ensure(QStringLiteral("RelayPersona"), QStringLiteral("<Dominant>"),
                    tr("SMTP Relay Personality"));
    }
    if (relay && relay->section.compare(target->section, Qt::CaseInsensitive) == 0 &&
        ini.personalities().size() > 1)
        result.notes << tr("%1 is the SMTP Relay Personality: the other personalities send through %2 too.")
                            .arg(target->displayName(), settings.outgoing.hostname);
    if (created && !relay && ini.personalities().size() > 2)
        result.notes << tr("To send the mail of every personality through %1, choose %2 as \"SMTP Relay "
                           "Personality\" in Tools > Options > Sending Mail.")
                            .arg(settings.outgoing.hostname, target->displayName());

    result.details = result.details + edit.details;
    result.after = ini.toBytes();
    if (result.after == before)
        return result;
    result.summary
        << (created
                ? tr("Add the Eudora personality %1 for %2.").arg(target->displayName(), settings.email)
                : tr("Update the Eudora personality %1 (%2).").arg(target->displayName(), settings.email));
    result.summary << tr("Send through %1 port %2 (%3), logging in as %4.")
                          .arg(settings.outgoing.hostname)
                          .arg(settings.outgoing.port)
                          .arg(securityName(settings.outgoing.security), settings.outgoing.username);
    result.notes << tr("Eudora asks for your password the first time it sends or checks mail.");
    return result;
}

} // namespace mailsetup
