// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoconfigfetcher.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace mailsetup {
namespace {

constexpr int MaxRedirects = 3;

// Thunderbird's FetchHTTP accepts any answer it can parse as XML; we also want the
// server to say it is XML (or plain text, which some hosters send for .xml), so a
// login page or an error page is refused by its type before anyone parses it.
bool isAcceptableContentType(const QString& header)
{
    const QString type = header.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    return type.isEmpty() || type == QLatin1String("text/xml") || type == QLatin1String("application/xml") ||
           type.endsWith(QLatin1String("+xml")) || type == QLatin1String("text/plain");
}

} // namespace

AutoconfigFetcher::AutoconfigFetcher(QNetworkAccessManager* manager,
                                     const DiscoveryNetwork& network,
                                     QObject* parent)
    : QObject(parent), m_manager(manager), m_network(network)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &AutoconfigFetcher::onDeadline);
}

AutoconfigFetcher::~AutoconfigFetcher()
{
    abort();
}

void AutoconfigFetcher::fetch(const QUrl& url)
{
    m_originalUrl = url;
    m_done = false;
    m_redirects = 0;
    m_deadline.start(m_network.httpTimeoutMs);
    request(url);
}

void AutoconfigFetcher::abort()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_deadline.stop();
}

void AutoconfigFetcher::request(const QUrl& url)
{
    m_currentUrl = url;
    m_body.clear();
    const QString host = url.host().toLower();
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    QString address;
    int port = 0;
    if (!m_network.physicalEndpoint(host, url.port(defaultPort), &address, &port)) {
        // Delivered later, as a real lookup failure would be.
        QTimer::singleShot(0, this, [this, host] {
            finish(
                FetchResult::Status::NotFound,
                tr("%1: the host %2 is not reachable from here").arg(m_originalUrl.toDisplayString(), host));
        });
        return;
    }
    QUrl physical = url;
    physical.setHost(address);
    physical.setPort(port);
    QNetworkRequest request(physical);
    // The name the certificate must carry and the virtual host stay the real ones.
    request.setPeerVerifyName(host);
    const bool defaultPortUsed = url.port(defaultPort) == defaultPort;
    request.setRawHeader(
        "Host", (defaultPortUsed ? host : QStringLiteral("%1:%2").arg(host).arg(url.port())).toUtf8());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("Accept", "application/xml, text/xml;q=0.9, */*;q=0.1");
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("MailSetup"));
    if (url.scheme() == QLatin1String("https")) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (!m_network.extraCaCertificates.isEmpty())
            ssl.addCaCertificates(m_network.extraCaCertificates);
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        ssl.setProtocol(QSsl::TlsV1_2OrLater);
        request.setSslConfiguration(ssl);
    }
    m_reply = m_manager->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &AutoconfigFetcher::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &AutoconfigFetcher::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &AutoconfigFetcher::onFinished);
}

void AutoconfigFetcher::onMetaData()
{
    if (!m_reply)
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_network.maxDocumentBytes)
        finish(FetchResult::Status::Refused,
               tr("%1: the answer would be %2 bytes; a provider settings file is never larger than %3 "
                  "bytes, so it was refused")
                   .arg(m_originalUrl.toDisplayString())
                   .arg(length.toLongLong())
                   .arg(m_network.maxDocumentBytes));
}

void AutoconfigFetcher::onReadyRead()
{
    if (!m_reply || m_done)
        return;
    m_body += m_reply->read(m_network.maxDocumentBytes + 1 - m_body.size());
    if (m_body.size() > m_network.maxDocumentBytes)
        finish(FetchResult::Status::Refused,
               tr("%1: the answer is larger than %2 bytes, more than any provider settings file; refused")
                   .arg(m_originalUrl.toDisplayString())
                   .arg(m_network.maxDocumentBytes));
}

void AutoconfigFetcher::onDeadline()
{
    finish(FetchResult::Status::Failed, tr("%1: no complete answer within %2 seconds; gave up")
                                            .arg(m_originalUrl.toDisplayString())
                                            .arg(m_network.httpTimeoutMs / 1000.0));
}

void AutoconfigFetcher::onFinished()
{
    if (!m_reply || m_done)
        return;
    onReadyRead();
    if (m_done)
        return;
    const QString where = m_originalUrl.toDisplayString();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = m_reply->error();

    if (status >= 300 && status < 400) {
        const QUrl target =
            m_currentUrl.resolved(m_reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        if (target.host().compare(m_currentUrl.host(), Qt::CaseInsensitive) != 0) {
            finish(FetchResult::Status::Refused,
                   tr("%1: redirects to another host (%2); a provider file must come from the host asked, "
                      "so it was refused")
                       .arg(where, target.toDisplayString()));
            return;
        }
        if (m_currentUrl.scheme() == QLatin1String("https") && target.scheme() != QLatin1String("https")) {
            finish(FetchResult::Status::Refused,
                   tr("%1: redirects from HTTPS to an unencrypted address (%2); refused")
                       .arg(where, target.toDisplayString()));
            return;
        }
        if (++m_redirects > MaxRedirects) {
            finish(FetchResult::Status::Refused,
                   tr("%1: more than %2 redirects; refused").arg(where).arg(MaxRedirects));
            return;
        }
        m_reply->deleteLater();
        m_reply = nullptr;
        request(target);
        return;
    }
    if (status == 404 || status == 410 || networkError == QNetworkReply::HostNotFoundError ||
        networkError == QNetworkReply::ContentNotFoundError ||
        networkError == QNetworkReply::ContentGoneError) {
        finish(FetchResult::Status::NotFound, status ? tr("%1: not found (HTTP %2)").arg(where).arg(status)
                                                     : tr("%1: %2").arg(where, m_reply->errorString()));
        return;
    }
    if (networkError != QNetworkReply::NoError || status != 200) {
        finish(FetchResult::Status::Failed, status
                                                ? tr("%1: the server answered HTTP %2").arg(where).arg(status)
                                                : tr("%1: %2").arg(where, m_reply->errorString()));
        return;
    }
    const QString type = m_reply->header(QNetworkRequest::ContentTypeHeader).toString();
    if (!isAcceptableContentType(type)) {
        finish(FetchResult::Status::Refused,
               tr("%1: the answer is \"%2\", not an XML file; refused").arg(where, type));
        return;
    }
    finish(FetchResult::Status::Ok, {});
}

void AutoconfigFetcher::finish(FetchResult::Status status, const QString& error)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    FetchResult result;
    result.url = m_originalUrl;
    result.status = status;
    result.error = error;
    if (status == FetchResult::Status::Ok) {
        result.body = m_body;
        // Redirects never leave HTTPS (above), so the scheme of the last hop decides.
        result.verifiedHttps = m_currentUrl.scheme() == QLatin1String("https");
    }
    if (m_reply) {
        m_reply->disconnect(this);
        if (m_reply->isRunning())
            m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    emit finished(result);
}

} // namespace mailsetup
