// SPDX-License-Identifier: GPL-3.0-or-later
#include "eudoraini.h"

#include <QHash>
#include <QRegularExpression>

namespace mailsetup {
namespace {

const QString kSettings = QStringLiteral("Settings");
const QString kPersonalities = QStringLiteral("Personalities");
const QString kPersonaPrefix = QStringLiteral("Persona-");
const QString kDominant = QStringLiteral("<Dominant>"); // IDS_DOMINANT, EudoraRes.rc

// Built-in defaults, the text after "\n" in Eudora 7.1's string table
// (evilneuro/eudora-win Eudora71/Eudora/EudoraRes.rc, IDS_INI_*). POPPort, SMTPPort
// and SubmissionPort have no table default; their code defaults are 110, 25
// (QCMailSettings.cpp, SMTPSession.cpp) and 587.
const QHash<QString, QString>& defaults()
{
    static const QHash<QString, QString> table = {
        {QStringLiteral("sslsenduse"), QStringLiteral("1")},
        {QStringLiteral("sslreceiveuse"), QStringLiteral("1")},
        {QStringLiteral("sslsmtpalternateport"), QStringLiteral("465")},
        {QStringLiteral("sslpopalternateport"), QStringLiteral("995")},
        {QStringLiteral("sslimapalternateport"), QStringLiteral("993")},
        {QStringLiteral("smtpauthallowed"), QStringLiteral("1")},
        {QStringLiteral("smtpauthrequired"), QStringLiteral("0")},
        {QStringLiteral("userelay"), QStringLiteral("1")},
        {QStringLiteral("usespop"), QStringLiteral("1")},
        {QStringLiteral("usesimap"), QStringLiteral("0")},
        {QStringLiteral("imapport"), QStringLiteral("143")},
        {QStringLiteral("popport"), QStringLiteral("110")},
        {QStringLiteral("smtpport"), QStringLiteral("25")},
        {QStringLiteral("usesubmissionport"), QStringLiteral("0")},
        {QStringLiteral("submissionport"), QStringLiteral("587")},
        {QStringLiteral("checkmailbydefault"), QStringLiteral("1")},
        {QStringLiteral("authenticatepassword"), QStringLiteral("1")},
        {QStringLiteral("authenticatekerberos"), QStringLiteral("0")},
        {QStringLiteral("authenticateapop"), QStringLiteral("0")},
        {QStringLiteral("authenticaterpa"), QStringLiteral("0")},
    };
    return table;
}

// Read from the personality's own section only (research 4.2: QCMailSettings.cpp).
bool isPersonaOnly(const QString& key)
{
    return key.compare(QLatin1String("UseSubmissionPort"), Qt::CaseInsensitive) == 0;
}

QString addressIn(const QString& text)
{
    static const QRegularExpression angle(QStringLiteral("<([^<>]+)>"));
    const QRegularExpressionMatch m = angle.match(text);
    return (m.hasMatch() ? m.captured(1) : text).trimmed();
}

Security securityOf(int use)
{
    // SSLSettings::SSLUsage (Eudora71/Eudora/SSLSettings.h): Never, IfAvailable,
    // AlternatePort, Always ("Required, STARTTLS").
    switch (use) {
    case 0:
        return Security::Plain;
    case 2:
        return Security::Ssl;
    case 3:
        return Security::StartTls;
    default:
        return Security::TryStartTls;
    }
}

} // namespace

QString EudoraPersonality::displayName() const
{
    return isDominant() ? kDominant : name;
}

EudoraIni EudoraIni::parse(const QByteArray& bytes)
{
    EudoraIni result;
    // Latin-1 maps every byte to one character and back, so any ANSI code page
    // survives unchanged; IniFile itself works on UTF-8.
    result.m_ini = IniFile::parse(QString::fromLatin1(bytes).toUtf8(), IniFile::KeyCase::Insensitive);
    return result;
}

QByteArray EudoraIni::toBytes() const
{
    return QString::fromUtf8(m_ini.toBytes()).toLatin1();
}

bool EudoraIni::isStorable(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0xFF)
            return false;
    }
    return true;
}

QString EudoraIni::defaultValue(const QString& key)
{
    return defaults().value(key.toLower());
}

QList<EudoraPersonality> EudoraIni::personalities() const
{
    QList<EudoraPersonality> list{{QString(), kSettings}};
    // [Personalities] Persona0=Persona-<Name>, Persona1=... (persona.cpp).
    for (int i = 0;; ++i) {
        const auto entry = m_ini.value(kPersonalities, QStringLiteral("Persona%1").arg(i));
        if (!entry)
            break;
        const QString section = entry->trimmed();
        if (!section.startsWith(kPersonaPrefix, Qt::CaseInsensitive) ||
            section.size() == kPersonaPrefix.size())
            continue;
        list.append({section.mid(kPersonaPrefix.size()), section});
    }
    return list;
}

std::optional<EudoraPersonality> EudoraIni::find(const QString& name) const
{
    for (const EudoraPersonality& p : personalities()) {
        if (p.displayName().compare(name, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

QString EudoraIni::own(const QString& section, const QString& key) const
{
    return m_ini.value(section, key).value_or(QString());
}

bool EudoraIni::hasOwn(const EudoraPersonality& persona, const QString& key) const
{
    return m_ini.value(persona.section, key).has_value();
}

void EudoraIni::setOwn(const QString& section, const QString& key, const QString& value)
{
    m_ini.setValue(section, key, value);
}

QString EudoraIni::effective(const EudoraPersonality& persona, const QString& key) const
{
    if (const auto value = m_ini.value(persona.section, key))
        return *value;
    if (!persona.isDominant() && !isPersonaOnly(key)) {
        if (const auto value = m_ini.value(kSettings, key))
            return *value;
    }
    return defaultValue(key);
}

int EudoraIni::effectiveInt(const EudoraPersonality& persona, const QString& key) const
{
    bool ok = false;
    const int value = effective(persona, key).trimmed().toInt(&ok);
    return ok ? value : defaultValue(key).toInt();
}

QString EudoraIni::address(const EudoraPersonality& persona) const
{
    const QString returnAddress = addressIn(effective(persona, QStringLiteral("ReturnAddress")));
    return returnAddress.isEmpty() ? effective(persona, QStringLiteral("POPAccount")).trimmed()
                                   : returnAddress;
}

std::optional<EudoraPersonality> EudoraIni::relayPersonality() const
{
    // RelayPersona: a personality name, "<Dominant>", or empty for "None" (sendmail.cpp).
    const QString relay = own(kSettings, QStringLiteral("RelayPersona")).trimmed();
    return relay.isEmpty() ? std::nullopt : find(relay);
}

EudoraPersonality EudoraIni::sender(const EudoraPersonality& persona) const
{
    const auto relay = relayPersonality();
    if (relay && effectiveInt(persona, QStringLiteral("UseRelay")) != 0)
        return *relay;
    return persona;
}

ExistingAccount EudoraIni::account(const EudoraPersonality& persona) const
{
    ExistingAccount account;
    account.key = persona.section;
    account.name = persona.displayName();
    account.email = address(persona);
    account.isDefault = persona.isDominant();

    // POPAccount is "login@server"; PopServer and LoginName override its parts (also for IMAP).
    const QString popAccount = effective(persona, QStringLiteral("POPAccount")).trimmed();
    const qsizetype at = popAccount.lastIndexOf(QLatin1Char('@'));
    QString host = effective(persona, QStringLiteral("PopServer")).trimmed();
    QString login = effective(persona, QStringLiteral("LoginName")).trimmed();
    if (host.isEmpty() && at >= 0)
        host = popAccount.mid(at + 1);
    if (login.isEmpty() && at >= 0)
        login = popAccount.left(at);
    const bool imap = effectiveInt(persona, QStringLiteral("UsesIMAP")) != 0;
    if (!host.isEmpty()) {
        ServerSettings in;
        in.type = imap ? QStringLiteral("imap") : QStringLiteral("pop3");
        in.hostname = host;
        in.username = login;
        in.security = securityOf(effectiveInt(persona, QStringLiteral("SSLReceiveUse")));
        const QString prefix = imap ? QStringLiteral("IMAP") : QStringLiteral("POP");
        in.port = in.security == Security::Ssl
                      ? effectiveInt(persona, QStringLiteral("SSL%1AlternatePort").arg(prefix))
                      : effectiveInt(persona, prefix + QStringLiteral("Port"));
        in.auth = effectiveInt(persona, QStringLiteral("AuthenticateKerberos")) ? AuthMethod::Gssapi
                  : effectiveInt(persona, QStringLiteral("AuthenticateAPOP")) ? AuthMethod::PasswordEncrypted
                                                                              : AuthMethod::PasswordCleartext;
        account.incoming = in;
    }

    const EudoraPersonality via = sender(persona);
    const QString smtp = effective(via, QStringLiteral("SMTPServer")).trimmed();
    if (!smtp.isEmpty()) {
        ServerSettings out;
        out.type = QStringLiteral("smtp");
        out.hostname = smtp;
        out.security = securityOf(effectiveInt(via, QStringLiteral("SSLSendUse")));
        if (out.security == Security::Ssl)
            out.port = effectiveInt(via, QStringLiteral("SSLSMTPAlternatePort"));
        else if (effectiveInt(via, QStringLiteral("UseSubmissionPort")) != 0)
            out.port = effectiveInt(via, QStringLiteral("SubmissionPort"));
        else
            out.port = effectiveInt(via, QStringLiteral("SMTPPort"));
        // SMTP AUTH logs in with the personality's incoming login (SMTPSession.cpp).
        out.auth = effectiveInt(via, QStringLiteral("SmtpAuthAllowed")) ? AuthMethod::PasswordCleartext
                                                                        : AuthMethod::None;
        out.username = out.auth == AuthMethod::None ? QString() : login;
        account.outgoing = out;
    }
    return account;
}

} // namespace mailsetup
