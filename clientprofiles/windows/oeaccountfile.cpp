// SPDX-License-Identifier: GPL-3.0-or-later
#include "oeaccountfile.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QXmlStreamReader>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

// <Name type="T">value</Name>, one property; names may hold '-' (IMAP_Junk_E-mail_Folder).
const QRegularExpression& propertyPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(<([A-Za-z_][\w.\-]*)\s+type\s*=\s*["']([A-Za-z]+)["']\s*>([^<]*)</\1\s*>)"));
    return re;
}

QString unescape(QString text)
{
    text.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&apos;"), QLatin1String("'"))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

QString escape(const QString& text)
{
    return text.toHtmlEscaped();
}

int lineAt(const QString& text, qsizetype offset)
{
    return int(text.left(offset).count(QLatin1Char('\n'))) + 1;
}

} // namespace

OeAccountFile OeAccountFile::parse(const QByteArray& bytes)
{
    OeAccountFile file;
    QByteArray body = bytes;
    if (bytes.startsWith("\xFF\xFE")) {
        file.m_encoding = Encoding::Utf16LE;
        file.m_bom = true;
    } else if (bytes.startsWith("\xFE\xFF")) {
        file.m_encoding = Encoding::Utf16BE;
        file.m_bom = true;
    } else if (bytes.startsWith("\xEF\xBB\xBF")) {
        file.m_bom = true;
    } else if (bytes.size() >= 2 && bytes.at(0) != 0 && bytes.at(1) == 0) {
        file.m_encoding = Encoding::Utf16LE;
    } else if (bytes.size() >= 2 && bytes.at(0) == 0 && bytes.at(1) != 0) {
        file.m_encoding = Encoding::Utf16BE;
    }
    QStringDecoder decoder(file.m_encoding == Encoding::Utf8      ? QStringConverter::Utf8
                           : file.m_encoding == Encoding::Utf16LE ? QStringConverter::Utf16LE
                                                                  : QStringConverter::Utf16BE,
                           QStringConverter::Flag::Stateless);
    file.m_text = decoder.decode(bytes);
    if (file.m_bom && file.m_text.startsWith(QChar(0xFEFF)))
        file.m_text.remove(0, 1);
    if (decoder.hasError()) {
        file.m_error = tr("line 1: the text is not valid Unicode");
        file.m_errorLine = 1;
        return file;
    }
    // The declaration says utf-16 while the reader is handed decoded text: drop it for checking.
    QString checked = file.m_text;
    static const QRegularExpression declaration(QStringLiteral(R"(^\s*<\?xml[^>]*\?>)"));
    if (const auto m = declaration.match(checked); m.hasMatch())
        checked.replace(0, m.capturedLength(), QString(m.capturedLength(), QLatin1Char(' ')));
    QXmlStreamReader xml(checked);
    int depth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (depth == 0 && xml.name() != QLatin1String("MessageAccount")) {
                file.m_error = tr("line %1: the root element is <%2>, not <MessageAccount>")
                                   .arg(xml.lineNumber())
                                   .arg(xml.name().toString());
                file.m_errorLine = int(xml.lineNumber());
                return file;
            }
            if (depth == 1 && xml.attributes().value(QLatin1String("type")).isEmpty()) {
                file.m_error = tr("line %1: <%2> has no type attribute")
                                   .arg(xml.lineNumber())
                                   .arg(xml.name().toString());
                file.m_errorLine = int(xml.lineNumber());
                return file;
            }
            ++depth;
        } else if (xml.isEndElement()) {
            --depth;
        }
    }
    if (xml.hasError()) {
        file.m_error = tr("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
        file.m_errorLine = int(xml.lineNumber());
    }
    return file;
}

QList<OeAccountFile::Property> OeAccountFile::properties() const
{
    QList<Property> list;
    auto it = propertyPattern().globalMatch(m_text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        list << Property{m.captured(1), m.captured(2), unescape(m.captured(3)),
                         lineAt(m_text, m.capturedStart())};
    }
    return list;
}

std::optional<QString> OeAccountFile::value(const QString& name) const
{
    for (const Property& p : properties()) {
        if (p.name == name)
            return p.value;
    }
    return std::nullopt;
}

std::optional<quint32> OeAccountFile::dword(const QString& name) const
{
    const auto text = value(name);
    if (!text)
        return std::nullopt;
    const QString v = text->trimmed();
    if (v.compare(QLatin1String("TRUE"), Qt::CaseInsensitive) == 0)
        return 1;
    if (v.compare(QLatin1String("FALSE"), Qt::CaseInsensitive) == 0)
        return 0;
    bool ok = false;
    const quint32 number = v.toUInt(&ok, 16); // base 16 as Thunderbird's nsWMSettings.cpp reads it
    return ok ? std::optional<quint32>(number) : std::nullopt;
}

QString OeAccountFile::hex(quint32 value)
{
    return QStringLiteral("%1").arg(value, 8, 16, QLatin1Char('0'));
}

void OeAccountFile::setDword(const QString& name, quint32 value)
{
    // Keep the width the file uses for this element (Microsoft's samples write "19",
    // Windows Live Mail "00000019").
    const auto current = this->value(name);
    const bool shortForm = current && current->trimmed().size() < 8 && !current->trimmed().isEmpty();
    setValue(name, QStringLiteral("DWORD"), shortForm ? QString::number(value, 16) : hex(value));
}

void OeAccountFile::setValue(const QString& name, const QString& type, const QString& value)
{
    auto it = propertyPattern().globalMatch(m_text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(1) == name) {
            m_text.replace(m.capturedStart(3), m.capturedLength(3), escape(value));
            return;
        }
    }
    // A new element goes before </MessageAccount>, indented and ended like the last one.
    const qsizetype close = m_text.lastIndexOf(QLatin1String("</MessageAccount"));
    if (close < 0)
        return;
    const QString newline =
        m_text.contains(QLatin1String("\r\n")) ? QStringLiteral("\r\n") : QStringLiteral("\n");
    QString indent = QStringLiteral("    ");
    const qsizetype lastOpen = m_text.lastIndexOf(QLatin1Char('<'), close - 1);
    if (lastOpen > 0) {
        const qsizetype lineStart = m_text.lastIndexOf(QLatin1Char('\n'), lastOpen) + 1;
        const QString before = m_text.mid(lineStart, lastOpen - lineStart);
        if (before.trimmed().isEmpty() && lineStart > 0)
            indent = before;
    }
    qsizetype at = close;
    while (at > 0 && (m_text.at(at - 1) == QLatin1Char(' ') || m_text.at(at - 1) == QLatin1Char('\t')))
        --at;
    const QString element =
        QStringLiteral("%1<%2 type=\"%3\">%4</%2>%5").arg(indent, name, type, escape(value), newline);
    if (at > 0 && m_text.at(at - 1) != QLatin1Char('\n'))
        m_text.insert(at, newline + element);
    else
        m_text.insert(at, element);
}

QByteArray OeAccountFile::toBytes() const
{
    QStringEncoder encoder(m_encoding == Encoding::Utf8      ? QStringConverter::Utf8
                           : m_encoding == Encoding::Utf16LE ? QStringConverter::Utf16LE
                                                             : QStringConverter::Utf16BE,
                           m_bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(m_text);
}

bool OeAccountFile::isMailAccount() const
{
    return value(QStringLiteral("POP3_Server")) || value(QStringLiteral("IMAP_Server")) ||
           value(QStringLiteral("SMTP_Server"));
}

ExistingAccount OeAccountFile::account(const QString& key) const
{
    ExistingAccount account;
    account.key = key;
    account.name = value(QStringLiteral("Account_Name")).value_or(QString());
    account.email = value(QStringLiteral("SMTP_Email_Address")).value_or(QString()).trimmed();
    for (const QString& kind : {QStringLiteral("IMAP"), QStringLiteral("POP3")}) {
        const QString host = value(kind + QStringLiteral("_Server")).value_or(QString()).trimmed();
        if (host.isEmpty())
            continue;
        ServerSettings in;
        in.type = kind.toLower();
        in.hostname = host;
        in.username = value(kind + QStringLiteral("_User_Name")).value_or(QString());
        const bool secure = dword(kind + QStringLiteral("_Secure_Connection")).value_or(0) != 0;
        in.security = secure ? Security::Ssl : Security::Plain; // nsWMSettings.cpp: 1 means SSL
        // Defaults 6e and 8f (oe-account-entry.md).
        in.port =
            int(dword(kind + QStringLiteral("_Port")).value_or(kind == QLatin1String("IMAP") ? 0x8f : 0x6e));
        in.auth = dword(kind + QStringLiteral("_Use_Sicily")).value_or(0) ? AuthMethod::Ntlm
                                                                          : AuthMethod::PasswordCleartext;
        account.incoming = in;
        break;
    }
    const QString smtp = value(QStringLiteral("SMTP_Server")).value_or(QString()).trimmed();
    if (!smtp.isEmpty()) {
        ServerSettings out;
        out.type = QStringLiteral("smtp");
        out.hostname = smtp;
        out.port = int(dword(QStringLiteral("SMTP_Port")).value_or(0x19));
        out.security =
            dword(QStringLiteral("SMTP_Secure_Connection")).value_or(0) ? Security::Ssl : Security::Plain;
        // SMTPAUTHTYPE (oe-smtpauthtype.md): 0 none, 1 SPA, 2 as incoming, 3 name and password.
        switch (dword(QStringLiteral("SMTP_Use_Sicily")).value_or(0)) {
        case 0:
            out.auth = AuthMethod::None;
            break;
        case 1:
            out.auth = AuthMethod::Ntlm;
            out.username = value(QStringLiteral("SMTP_User_Name")).value_or(QString());
            break;
        case 2:
            out.auth = account.incoming ? account.incoming->auth : AuthMethod::PasswordCleartext;
            out.username = account.incoming ? account.incoming->username : QString();
            break;
        default:
            out.auth = AuthMethod::PasswordCleartext;
            out.username = value(QStringLiteral("SMTP_User_Name")).value_or(QString());
        }
        account.outgoing = out;
    }
    return account;
}

QList<OeAccountFile::Property> OeAccountFile::propertiesFor(const AccountSettings& settings)
{
    // Element names, types and meanings: oe-account-entry.md (MicrosoftDocs/win32).
    // *_Secure_Connection 1 is "This server requires a secure connection (SSL)";
    // Windows Mail has no separate STARTTLS switch.
    QList<Property> list;
    list << Property{QStringLiteral("Account_Name"), QStringLiteral("SZ"),
                     settings.providerName.isEmpty() ? settings.email : settings.providerName};
    if (settings.incoming) {
        const QString kind = settings.incoming->type == QLatin1String("imap") ? QStringLiteral("IMAP")
                                                                              : QStringLiteral("POP3");
        list << Property{kind + QStringLiteral("_Server"), QStringLiteral("SZ"), settings.incoming->hostname}
             << Property{kind + QStringLiteral("_User_Name"), QStringLiteral("SZ"),
                         settings.incoming->username}
             << Property{kind + QStringLiteral("_Use_Sicily"), QStringLiteral("DWORD"), hex(0)}
             << Property{kind + QStringLiteral("_Port"), QStringLiteral("DWORD"),
                         hex(quint32(settings.incoming->port))}
             << Property{kind + QStringLiteral("_Secure_Connection"), QStringLiteral("DWORD"), hex(1)};
    }
    const ServerSettings& out = settings.outgoing;
    const bool login = out.auth != AuthMethod::None;
    list << Property{QStringLiteral("SMTP_Server"), QStringLiteral("SZ"), out.hostname};
    if (login)
        list << Property{QStringLiteral("SMTP_User_Name"), QStringLiteral("SZ"), out.username};
    list << Property{QStringLiteral("SMTP_Use_Sicily"), QStringLiteral("DWORD"), hex(login ? 3 : 0)}
         << Property{QStringLiteral("SMTP_Port"), QStringLiteral("DWORD"), hex(quint32(out.port))}
         << Property{QStringLiteral("SMTP_Secure_Connection"), QStringLiteral("DWORD"), hex(1)};
    if (!settings.realName.isEmpty())
        list << Property{QStringLiteral("SMTP_Display_Name"), QStringLiteral("SZ"), settings.realName};
    list << Property{QStringLiteral("SMTP_Email_Address"), QStringLiteral("SZ"), settings.email};
    return list;
}

QByteArray OeAccountFile::create(const QList<Property>& properties)
{
    // The declaration and layout of Microsoft's examples (oe-account-entry.md).
    QString text = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-16\" ?>\r\n<MessageAccount>\r\n");
    for (const Property& p : properties)
        text += QStringLiteral("    <%1 type=\"%2\">%3</%1>\r\n").arg(p.name, p.type, escape(p.value));
    text += QStringLiteral("</MessageAccount>\r\n");
    QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    return encoder.encode(text);
}

} // namespace mailsetup
