// SPDX-License-Identifier: GPL-3.0-or-later
#include "muttconfig.h"

#include "mutturl.h"

#include <QRegularExpression>

namespace mailsetup {
namespace {

bool isBoolean(const QByteArray& name)
{
    return name == "ssl_force_tls";
}

bool isQuad(const QByteArray& name)
{
    return name == "ssl_starttls";
}

// Mutt reads yes/no; NeoMutt also y/n, true/false, on/off, 1/0 (config/bool.c).
bool meansYes(const QByteArray& text)
{
    const QByteArray t = text.trimmed().toLower();
    return t == "yes" || t == "y" || t == "true" || t == "on" || t == "1";
}

bool meansNo(const QByteArray& text)
{
    const QByteArray t = text.trimmed().toLower();
    return t == "no" || t == "n" || t == "false" || t == "off" || t == "0";
}

std::optional<ServerSettings> serverFromUrl(const QByteArray& text, const MuttConfig& config)
{
    const auto url = MuttUrl::parse(QString::fromUtf8(text));
    if (!url)
        return std::nullopt;
    ServerSettings server;
    server.type = url->type();
    server.hostname = url->host;
    server.port = url->effectivePort();
    server.username = url->user;
    server.auth = url->user.isEmpty() ? AuthMethod::None : AuthMethod::PasswordCleartext;
    if (url->implicitTls())
        server.security = Security::Ssl;
    else if (config.isYes("ssl_force_tls"))
        server.security = Security::StartTls;
    else if (const auto starttls = config.value("ssl_starttls");
             starttls.kind == MuttConfig::Value::Kind::Known && meansNo(starttls.text))
        server.security = Security::Plain;
    else // STARTTLS when offered: Mutt's default before 2.0 and in older NeoMutt
        server.security = Security::TryStartTls;
    return server;
}

} // namespace

const QList<QByteArray>& MuttConfig::variables()
{
    static const QList<QByteArray> names = {"from",
                                            "realname",
                                            "smtp_url",
                                            "smtp_authenticators",
                                            "spoolfile",
                                            "folder",
                                            "imap_authenticators",
                                            "pop_authenticators",
                                            "ssl_force_tls",
                                            "ssl_starttls"};
    return names;
}

QByteArray MuttConfig::canonicalName(const QByteArray& name)
{
    if (name == "real_name")
        return "realname";
    if (name == "spool_file")
        return "spoolfile";
    return name;
}

MuttConfig::MuttConfig(const MuttrcFile& file) : m_file(file)
{
    QStringList alternatives;
    for (const QByteArray& name : variables())
        alternatives << QString::fromLatin1(name);
    alternatives << QStringLiteral("real_name") << QStringLiteral("spool_file");
    static const QRegularExpression passwordName(QStringLiteral("^(smtp|imap|pop)_pass$"));
    const QRegularExpression mentioned(QStringLiteral("\\b(%1)\\b").arg(alternatives.join(QLatin1Char('|'))));

    const QList<MuttrcCommand>& commands = file.commands();
    for (int i = 0; i < commands.size(); ++i) {
        const MuttrcCommand& c = commands[i];
        const bool conditional = c.name == "ifdef" || c.name == "ifndef";
        const QByteArray nestedCommand =
            conditional && c.arguments.size() > 1 ? c.arguments[1].text.trimmed() : QByteArray();
        if (c.name == "source" || nestedCommand.startsWith("source"))
            m_sources << i;
        if (m_firstFinish < 0 && (c.name == "finish" || nestedCommand.startsWith("finish")))
            m_firstFinish = i;
        if (c.name == "account-hook")
            m_accountHookLines << c.line;
        if (c.name.endsWith("-hook") || conditional) {
            Nested nested{c.line, c.name, {}};
            for (const MuttrcToken& argument : c.arguments) {
                auto it = mentioned.globalMatch(QString::fromUtf8(argument.text));
                while (it.hasNext()) {
                    const QByteArray name = canonicalName(it.next().captured(1).toLatin1());
                    if (!nested.variables.contains(name))
                        nested.variables << name;
                }
            }
            if (!nested.variables.isEmpty())
                m_nested << nested;
        }
        for (const MuttrcVariable& v : c.variables) {
            if (v.op == MuttrcVariable::Op::Assign && v.value && !v.value->text.isEmpty() &&
                passwordName.match(QString::fromLatin1(v.name)).hasMatch() &&
                !m_passwordLines.contains(c.line))
                m_passwordLines << c.line;
        }
    }
}

MuttConfig::Value MuttConfig::value(const QByteArray& name) const
{
    Value result;
    const bool flag = isBoolean(name) || isQuad(name);
    const QList<MuttrcCommand>& commands = m_file.commands();
    for (int i = 0; i < commands.size(); ++i) {
        const QList<MuttrcVariable>& vars = commands[i].variables;
        for (int j = 0; j < vars.size(); ++j) {
            const MuttrcVariable& v = vars[j];
            if (canonicalName(v.name) != name)
                continue;
            Value next = result;
            switch (v.op) {
            case MuttrcVariable::Op::Assign:
                next.kind = v.value->dynamic ? Value::Kind::Unknown : Value::Kind::Known;
                next.text = v.value->text;
                break;
            case MuttrcVariable::Op::Append:
            case MuttrcVariable::Op::Remove:
                next.kind = Value::Kind::Unknown;
                break;
            case MuttrcVariable::Op::Set:
                if (!flag)
                    continue; // "set smtp_url" only shows the value
                next.kind = Value::Kind::Known;
                next.text = "yes";
                break;
            case MuttrcVariable::Op::Unset:
                next.kind = Value::Kind::Known;
                next.text = flag ? "no" : "";
                break;
            case MuttrcVariable::Op::Toggle:
                if (!flag)
                    continue;
                if (result.kind == Value::Kind::Known && (meansYes(result.text) || meansNo(result.text)))
                    next.text = meansYes(result.text) ? "no" : "yes";
                else
                    next.kind = Value::Kind::Unknown;
                break;
            case MuttrcVariable::Op::Reset:
                next.kind = Value::Kind::Default;
                next.text.clear();
                break;
            case MuttrcVariable::Op::Query:
                continue;
            }
            next.command = i;
            next.variable = j;
            result = next;
        }
    }
    return result;
}

bool MuttConfig::isYes(const QByteArray& name) const
{
    const Value v = value(name);
    return v.kind == Value::Kind::Known && meansYes(v.text);
}

QString MuttConfig::addressOf(const QByteArray& from)
{
    QString text = QString::fromUtf8(from).trimmed();
    const int open = text.lastIndexOf(QLatin1Char('<'));
    if (open >= 0) {
        const int close = text.indexOf(QLatin1Char('>'), open);
        return text.mid(open + 1, close < 0 ? -1 : close - open - 1).trimmed();
    }
    static const QRegularExpression comment(QStringLiteral("\\([^)]*\\)"));
    return text.remove(comment).trimmed();
}

std::optional<ExistingAccount> MuttConfig::account() const
{
    ExistingAccount account;
    account.key = QStringLiteral("default");
    account.isDefault = true;
    if (const Value from = value("from"); from.kind == Value::Kind::Known)
        account.email = addressOf(from.text);
    if (const Value name = value("realname"); name.kind == Value::Kind::Known)
        account.name = QString::fromUtf8(name.text);
    if (const Value smtp = value("smtp_url"); smtp.kind == Value::Kind::Known)
        account.outgoing = serverFromUrl(smtp.text, *this);
    const Value spool = value("spoolfile");
    if (spool.kind == Value::Kind::Known) {
        account.incoming = serverFromUrl(spool.text, *this);
        // "+INBOX" and "=INBOX" are inside $folder.
        const Value folder = value("folder");
        if (!account.incoming && (spool.text.startsWith('+') || spool.text.startsWith('=')) &&
            folder.kind == Value::Kind::Known)
            account.incoming = serverFromUrl(folder.text, *this);
    }
    if (account.incoming && account.incoming->type == QLatin1String("smtp"))
        account.incoming.reset();
    if (account.email.isEmpty() && !account.outgoing && !account.incoming)
        return std::nullopt;
    return account;
}

} // namespace mailsetup
