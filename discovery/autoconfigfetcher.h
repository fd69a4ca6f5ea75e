// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "discoverynetwork.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace mailsetup {

struct FetchResult
{
    enum class Status
    {
        Ok,
        NotFound, // 404, 410, no such host: nothing there
        Refused,  // an answer we do not accept; error says why
        Failed    // timeout, connection or TLS failure
    };
    QUrl url; // as asked, before any redirect: what messages name
    Status status = Status::Failed;
    QByteArray body;
    bool verifiedHttps = false; // every hop was HTTPS with a verified certificate
    QString error;              // for people; starts with the URL
};

// Fetches one provider file, defensively: a size cap (announced or actual), one
// deadline for the whole answer (a server dripping a byte a second still ends),
// XML content types only, at most three redirects and only on the same host
// without leaving HTTPS. Honors DiscoveryNetwork's host and port maps.
class AutoconfigFetcher : public QObject
{
    Q_OBJECT
public:
    AutoconfigFetcher(QNetworkAccessManager* manager,
                      const DiscoveryNetwork& network,
                      QObject* parent = nullptr);
    ~AutoconfigFetcher() override;

    void fetch(const QUrl& url);
    void abort();

signals:
    void finished(const mailsetup::FetchResult& result);

private:
    void request(const QUrl& url);
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void onDeadline();
    void finish(FetchResult::Status status, const QString& error);

    QNetworkAccessManager* m_manager;
    DiscoveryNetwork m_network;
    QUrl m_originalUrl;
    QUrl m_currentUrl;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    QTimer m_deadline;
    int m_redirects = 0;
    bool m_done = false;
};

} // namespace mailsetup

Q_DECLARE_METATYPE(mailsetup::FetchResult)
