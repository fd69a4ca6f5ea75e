// SPDX-License-Identifier: GPL-3.0-or-later
// Reading provider profiles (the XML). The check of a profile's root certificate
// against its pin is profileloader.cpp's, handed in as a function: listing the
// bundled profiles on the wizard's first page must not load OpenSSL.
#include "profilereader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>
#include <algorithm>

namespace mailsetup {

QString bundledProfileDir()
{
    return QStringLiteral(":/profiles");
}

namespace {

class Reader
{
public:
    Reader(const QByteArray& xml,
           const QString& source,
           const QString& baseDir,
           ProfileOrigin origin,
           PinnedCertificateCheck checkPin)
        : m_xml(xml), m_source(source), m_baseDir(baseDir), m_origin(origin), m_checkPin(checkPin)
    {}

    ProfileLoadResult read();

private:
    void error(int line, const QString& field, const QString& message)
    {
        m_result.errors << ProfileError{m_source, line, field, message};
    }
    int line() const { return int(m_xml.lineNumber()); }
    bool isOurs() const { return m_xml.namespaceUri() == QLatin1String(ProfileLoader::Namespace); }
    QString text(); // element text, trimmed

    void readProvider();
    void readServer(bool incoming);
    void readExtension();
    void readCertificateAuthority();
    void readHelpdesk();
    void checkCertificate();

    QXmlStreamReader m_xml;
    QString m_source;
    QString m_baseDir;
    ProfileOrigin m_origin;
    ProviderProfile m_profile;
    ProfileLoadResult m_result;
    int m_caLine = 0;
    QString m_caPin;
    bool m_sawProvider = false;
    PinnedCertificateCheck m_checkPin; // null: not now
};

QString Reader::text()
{
    return m_xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
}

bool isHostLabel(QStringView label)
{
    const auto all = [](QStringView text, auto allowed) {
        return std::all_of(text.begin(), text.end(), allowed);
    };
    // An autoconfig placeholder like %EMAILDOMAIN%.
    if (label.size() >= 3 && label.front() == QLatin1Char('%') && label.back() == QLatin1Char('%'))
        return all(label.mid(1, label.size() - 2), [](QChar c) { return c >= u'A' && c <= u'Z'; });
    return !label.isEmpty() && all(label, [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
               c == u'_' || c == u'-';
    });
}

// Letters, digits, '-', '_' and '.' (a trailing one too), IPv6 literals in brackets,
// and placeholders. Hand-written rather than a regular expression: the wizard reads
// every bundled profile before its first page shows, and PCRE2 would be loaded for it.
bool isValidHostname(const QString& host)
{
    if (host.size() > 253)
        return false;
    if (host.startsWith(QLatin1Char('['))) {
        const QStringView inside = QStringView(host).mid(1, host.size() - 2);
        return host.size() >= 3 && host.endsWith(QLatin1Char(']')) &&
               std::all_of(inside.begin(), inside.end(), [](QChar c) {
                   return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F') ||
                          c == u':' || c == u'.';
               });
    }
    QStringView name(host);
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    const auto labels = name.split(QLatin1Char('.'));
    return std::all_of(labels.begin(), labels.end(), isHostLabel);
}

std::optional<Security> parseSecurity(const QString& text)
{
    // readFromXML.sys.mjs compares these exactly.
    if (text == QLatin1String("SSL"))
        return Security::Ssl;
    if (text == QLatin1String("STARTTLS"))
        return Security::StartTls;
    if (text == QLatin1String("plain"))
        return Security::Plain;
    return std::nullopt;
}

std::optional<AuthMethod> parseAuth(const QString& text, bool outgoing)
{
    if (text == QLatin1String("password-cleartext") || text == QLatin1String("plain"))
        return AuthMethod::PasswordCleartext;
    if (text == QLatin1String("password-encrypted") || text == QLatin1String("secure"))
        return AuthMethod::PasswordEncrypted;
    if (text == QLatin1String("GSSAPI"))
        return AuthMethod::Gssapi;
    if (text == QLatin1String("NTLM"))
        return AuthMethod::Ntlm;
    if (text == QLatin1String("OAuth2"))
        return AuthMethod::OAuth2;
    if (text == QLatin1String("TLS-client-cert"))
        return AuthMethod::ClientCertificate;
    if (outgoing && (text == QLatin1String("none") || text == QLatin1String("client-IP-address") ||
                     text == QLatin1String("smtp-after-pop")))
        return AuthMethod::None;
    return std::nullopt;
}

ProfileLoadResult Reader::read()
{
    // QXmlStreamReader never fetches external entities and caps entity expansion,
    // so a hostile file can only be refused, not make us hang.
    while (!m_xml.atEnd()) {
        m_xml.readNext();
        if (m_xml.tokenType() == QXmlStreamReader::DTD && m_origin != ProfileOrigin::Local) {
            // Autoconfig files never need one; from the network it can only be an attempt
            // to expand entities (the "billion laughs"), so refuse before reading on.
            error(line(), QStringLiteral("<!DOCTYPE>"),
                  QStringLiteral("a document type declaration is not allowed in a fetched provider "
                                 "file (it could expand entities without limit)"));
            return m_result;
        }
        if (!m_xml.isStartElement())
            continue;
        if (m_xml.name() != QLatin1String("clientConfig")) {
            error(line(), QStringLiteral("<%1>").arg(m_xml.name()),
                  QStringLiteral("this is not a provider profile: the top element must be <clientConfig>"));
            break;
        }
        const QString version = m_xml.attributes().value(QStringLiteral("version")).toString();
        if (version != QLatin1String("1.1"))
            m_profile.warnings << QStringLiteral("%1:%2: clientConfig version \"%3\" (expected 1.1)")
                                      .arg(m_source)
                                      .arg(line())
                                      .arg(version);
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == QLatin1String("emailProvider") && !m_sawProvider)
                readProvider();
            else if (isOurs())
                readExtension();
            else
                m_xml.skipCurrentElement();
        }
        break;
    }
    while (!m_xml.atEnd() && !m_xml.hasError())
        m_xml.readNext(); // well-formedness errors after the root still count
    if (m_xml.hasError()) {
        error(int(m_xml.lineNumber()), QStringLiteral("XML"),
              QStringLiteral("%1 (column %2)").arg(m_xml.errorString()).arg(m_xml.columnNumber()));
    } else if (!m_sawProvider && m_result.errors.isEmpty()) {
        error(line(), QStringLiteral("<emailProvider>"),
              QStringLiteral("missing: the profile names no provider"));
    }
    if (m_result.errors.isEmpty() && m_checkPin)
        checkCertificate();
    if (m_result.errors.isEmpty()) {
        m_profile.sourceFile = m_source;
        m_result.profile = m_profile;
    }
    return m_result;
}

void Reader::readProvider()
{
    m_sawProvider = true;
    const int providerLine = line();
    m_profile.id = m_xml.attributes().value(QStringLiteral("id")).toString().trimmed();
    if (m_profile.id.isEmpty())
        error(providerLine, QStringLiteral("id"), QStringLiteral("<emailProvider> needs an id attribute"));

    while (m_xml.readNextStartElement()) {
        const auto name = m_xml.name();
        if (isOurs()) {
            readExtension();
        } else if (name == QLatin1String("domain")) {
            const int at = line();
            const QString domain = text().toLower();
            if (!isValidHostname(domain) || domain.contains(QLatin1Char('%')))
                error(at, QStringLiteral("<domain>"),
                      QStringLiteral("\"%1\" is not a domain name").arg(domain));
            else
                m_profile.domains << domain;
        } else if (name == QLatin1String("displayName")) {
            m_profile.displayName = text();
        } else if (name == QLatin1String("displayShortName")) {
            m_profile.shortName = text();
        } else if (name == QLatin1String("incomingServer")) {
            readServer(true);
        } else if (name == QLatin1String("outgoingServer")) {
            readServer(false);
        } else if (name == QLatin1String("documentation")) {
            if (m_profile.documentationUrl.isEmpty())
                m_profile.documentationUrl = m_xml.attributes().value(QStringLiteral("url")).toString();
            m_xml.skipCurrentElement();
        } else {
            m_xml.skipCurrentElement();
        }
    }
    if (m_xml.hasError())
        return;
    if (m_profile.domains.isEmpty())
        error(providerLine, QStringLiteral("<domain>"), QStringLiteral("the provider lists no domain"));
    if (m_profile.outgoing.isEmpty() && m_profile.incoming.isEmpty())
        error(providerLine, QStringLiteral("<outgoingServer>"),
              QStringLiteral("the provider lists no server Mail Setup can configure"));
    if (m_profile.displayName.isEmpty())
        m_profile.displayName = m_profile.id;
}

void Reader::readServer(bool incoming)
{
    const QString element = incoming ? QStringLiteral("incomingServer") : QStringLiteral("outgoingServer");
    ServerEntry server;
    server.line = line();
    server.type = m_xml.attributes().value(QStringLiteral("type")).toString();
    const int errorsBefore = int(m_result.errors.size());
    bool sawHost = false, sawPort = false, sawSecurity = false;
    QStringList unknownAuth;

    while (m_xml.readNextStartElement()) {
        const auto name = m_xml.name();
        const int at = line();
        if (name == QLatin1String("hostname")) {
            sawHost = true;
            server.hostname = text();
            if (!isValidHostname(server.hostname))
                error(at, QStringLiteral("<hostname>"),
                      QStringLiteral("\"%1\" is not a host name").arg(server.hostname));
        } else if (name == QLatin1String("port")) {
            sawPort = true;
            const QString value = text();
            bool ok = false;
            const int port = value.toInt(&ok);
            if (!ok || port < 1 || port > 65535)
                error(at, QStringLiteral("<port>"),
                      QStringLiteral("\"%1\" is not a port number (1 to 65535)").arg(value));
            else
                server.port = port;
        } else if (name == QLatin1String("socketType")) {
            const QString value = text();
            const auto security = parseSecurity(value);
            if (!security)
                error(at, QStringLiteral("<socketType>"),
                      QStringLiteral("unknown value \"%1\" (expected SSL, STARTTLS or plain)").arg(value));
            else if (!sawSecurity)
                server.security = *security; // Thunderbird takes the first one
            sawSecurity = true;
        } else if (name == QLatin1String("authentication")) {
            const QString value = text();
            if (const auto method = parseAuth(value, !incoming))
                server.authMethods << *method;
            else
                unknownAuth << value;
        } else if (name == QLatin1String("username")) {
            server.username = text();
        } else {
            m_xml.skipCurrentElement();
        }
    }
    if (m_xml.hasError())
        return;

    const QString field = QStringLiteral("<%1>").arg(element);
    if (!sawHost)
        error(server.line, field, QStringLiteral("has no <hostname>"));
    if (!sawPort)
        error(server.line, field, QStringLiteral("has no <port>"));
    if (!sawSecurity)
        error(server.line, field, QStringLiteral("has no <socketType>"));
    for (const QString& value : unknownAuth)
        m_profile.warnings << QStringLiteral("%1:%2: <authentication> \"%3\" is unknown and was skipped")
                                  .arg(m_source)
                                  .arg(server.line)
                                  .arg(value);
    if (server.authMethods.isEmpty() && sawHost)
        error(server.line, QStringLiteral("<authentication>"),
              QStringLiteral("%1 %2 lists no authentication method Mail Setup knows")
                  .arg(element, server.hostname));
    if (m_result.errors.size() != errorsBefore)
        return;

    if (incoming) {
        if (server.type != QLatin1String("pop3") && server.type != QLatin1String("imap"))
            m_profile.warnings << QStringLiteral(
                                      "%1:%2: incoming server type \"%3\" is not configured by Mail Setup")
                                      .arg(m_source)
                                      .arg(server.line)
                                      .arg(server.type);
        m_profile.incoming << server;
    } else if (server.type != QLatin1String("smtp")) {
        m_profile.warnings << QStringLiteral("%1:%2: outgoing server type \"%3\" skipped (only smtp is used)")
                                  .arg(m_source)
                                  .arg(server.line)
                                  .arg(server.type);
    } else {
        m_profile.outgoing << server;
    }
}

void Reader::readExtension()
{
    const auto name = m_xml.name();
    if (name == QLatin1String("certificateAuthority")) {
        readCertificateAuthority();
    } else if (name == QLatin1String("helpdesk")) {
        readHelpdesk();
    } else if (name == QLatin1String("clientNote")) {
        const int at = line();
        const QString client = m_xml.attributes().value(QStringLiteral("client")).toString();
        const QString note = text();
        if (client.isEmpty())
            error(at, QStringLiteral("client"), QStringLiteral("<clientNote> needs a client attribute"));
        else
            m_profile.notes << ClientNote{client, note};
    } else {
        m_profile.warnings
            << QStringLiteral("%1:%2: unknown element <%3> skipped").arg(m_source).arg(line()).arg(name);
        m_xml.skipCurrentElement();
    }
}

void Reader::readCertificateAuthority()
{
    m_caLine = line();
    const auto attributes = m_xml.attributes();
    CaCertificate ca;
    ca.file = attributes.value(QStringLiteral("file")).toString();
    m_caPin = attributes.value(QStringLiteral("sha256")).toString();
    ca.pin = parseSha256Fingerprint(m_caPin);
    ca.name = text();
    if (ca.file.isEmpty())
        error(m_caLine, QStringLiteral("file"),
              QStringLiteral("<certificateAuthority> needs a file attribute"));
    if (m_caPin.isEmpty())
        error(
            m_caLine, QStringLiteral("sha256"),
            QStringLiteral("<certificateAuthority> needs the pinned SHA-256 fingerprint of the certificate"));
    else if (parseSha256Fingerprint(m_caPin).isEmpty())
        error(m_caLine, QStringLiteral("sha256"),
              QStringLiteral("\"%1\" is not a SHA-256 fingerprint (64 hexadecimal digits)").arg(m_caPin));
    m_profile.ca = ca;
}

void Reader::readHelpdesk()
{
    const auto attributes = m_xml.attributes();
    Helpdesk& help = m_profile.helpdesk;
    help.name = attributes.value(QStringLiteral("name")).toString();
    help.email = attributes.value(QStringLiteral("email")).toString();
    help.phone = attributes.value(QStringLiteral("phone")).toString();
    help.url = attributes.value(QStringLiteral("url")).toString();
    help.newsgroup = attributes.value(QStringLiteral("newsgroup")).toString();
    m_xml.skipCurrentElement();
}

// The certificate must be the one the profile pins; any doubt refuses the profile.
void Reader::checkCertificate()
{
    if (!m_profile.ca)
        return;
    CaCertificate& ca = *m_profile.ca;
    if (m_origin == ProfileOrigin::FetchedLessTrusted) {
        m_profile.warnings << QStringLiteral("%1:%2: the file asks to trust the root certificate %3, "
                                             "but it was not fetched over a verified HTTPS "
                                             "connection; that request is ignored")
                                  .arg(m_source)
                                  .arg(m_caLine)
                                  .arg(ca.name.isEmpty() ? ca.file : ca.name);
        m_profile.ca.reset();
        return;
    }
    if (m_origin == ProfileOrigin::FetchedTrusted) {
        // A document from the network must never make us read a file of its choosing:
        // only the certificates built into Mail Setup can be named, by file name.
        const bool bareName = !ca.file.contains(QLatin1Char('/')) && !ca.file.contains(QLatin1Char('\\')) &&
                              ca.file != QLatin1String("..") && ca.file != QLatin1String(".");
        if (!bareName || !QFile::exists(QDir(bundledProfileDir()).filePath(ca.file))) {
            m_profile.warnings << QStringLiteral("%1:%2: the file asks to trust the root certificate "
                                                 "\"%3\", which is not one built into Mail Setup; "
                                                 "that request is ignored")
                                      .arg(m_source)
                                      .arg(m_caLine)
                                      .arg(ca.file);
            m_profile.ca.reset();
            return;
        }
        ca.resolvedPath = QDir(bundledProfileDir()).filePath(ca.file);
    } else {
        ca.resolvedPath = QDir(m_baseDir).filePath(ca.file);
    }
    QFile file(ca.resolvedPath);
    if (!file.open(QIODevice::ReadOnly)) {
        error(m_caLine, QStringLiteral("file"),
              QStringLiteral("cannot read the certificate %1: %2").arg(ca.resolvedPath, file.errorString()));
        return;
    }
    if (const std::optional<ProfileError> problem = m_checkPin(ca, file.read(256 * 1024))) {
        error(m_caLine, problem->field, problem->message);
        return;
    }
    if (ca.name.isEmpty())
        ca.name = ca.certificate.commonName();
}

} // namespace

QString ProfileError::toString() const
{
    QString where = file;
    if (line > 0)
        where += QStringLiteral(":%1").arg(line);
    return field.isEmpty() ? QStringLiteral("%1: %2").arg(where, message)
                           : QStringLiteral("%1: %2: %3").arg(where, field, message);
}

QString ProfileLoadResult::errorText() const
{
    QStringList lines;
    for (const ProfileError& e : errors)
        lines << e.toString();
    return lines.join(QLatin1Char('\n'));
}

ProfileLoadResult readProfile(const QByteArray& xml,
                              const QString& sourceName,
                              const QString& baseDir,
                              ProfileOrigin origin,
                              PinnedCertificateCheck checkPin)
{
    return Reader(xml, sourceName, baseDir, origin, checkPin).read();
}

ProfileLoadResult readProfileFile(const QString& path, PinnedCertificateCheck checkPin)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ProfileLoadResult result;
        result.errors << ProfileError{path, 0, {}, QStringLiteral("cannot open: %1").arg(file.errorString())};
        return result;
    }
    if (file.size() > ProfileLoader::MaxFileSize) {
        ProfileLoadResult result;
        result.errors << ProfileError{
            path,
            0,
            {},
            QStringLiteral("too large to be a provider profile (%1 bytes, at most %2)")
                .arg(file.size())
                .arg(ProfileLoader::MaxFileSize)};
        return result;
    }
    return readProfile(file.readAll(), path, QFileInfo(path).absolutePath(), ProfileOrigin::Local, checkPin);
}

QStringList ProfileLoader::bundledIds()
{
    QStringList ids;
    // Filtered here, not with a name filter, which would build a regular expression.
    const auto files = QDir(bundledProfileDir()).entryList(QDir::Files, QDir::Name);
    for (const QString& file : files) {
        if (file.endsWith(QLatin1String(".xml")))
            ids << file.chopped(4);
    }
    return ids;
}

ProfileLoadResult ProfileLoader::listBundled(const QString& id)
{
    return readProfileFile(QStringLiteral("%1/%2.xml").arg(bundledProfileDir(), id), nullptr);
}

} // namespace mailsetup
