// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "discoveredconfig.h"
#include "discoverynetwork.h"
#include "serverprober.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QThread;

namespace mailsetup {

struct DiscoveryOptions
{
    DiscoveryNetwork network;
    bool useNetwork = true; // false: built-in profiles only
    enum class Guessing
    {
        WhenNothingFound, // Thunderbird's rule: guess only when no source had an answer
        Always,
        Never
    };
    Guessing guessing = Guessing::WhenNothingFound;
    // Who tries guessed servers; not owned. Null: one made by makeProber for `network`
    // (the diagnostics' makeDiagnosticsProber). With neither, guessing is reported as
    // not done.
    ServerProber* prober = nullptr;
    std::function<std::unique_ptr<ServerProber>(const DiscoveryNetwork&)> makeProber;
};

struct DiscoveryResult
{
    QString email;
    QString domain;
    QString error;                   // for people, when the address itself is unusable
    QList<DiscoveredConfig> configs; // ranked, best first (ranking.h)
    QList<SourceReport> reports;     // every lookup, in the order they ended
};

// Finds a provider's settings from an email address, like Thunderbird's account
// setup: built-in profiles, the provider's autoconfig file (HTTPS, then HTTP as less
// trusted), Thunderbird's ISPDB, RFC 6186 SRV records, the ISPDB entry of the MX
// host's provider, all at once with time limits; then, last, guessing. Nothing is
// applied here: the caller shows the ranked answers with where each came from.
class MailDiscovery : public QObject
{
    Q_OBJECT
public:
    explicit MailDiscovery(const DiscoveryOptions& options, QObject* parent = nullptr);
    ~MailDiscovery() override;

    void start(const QString& email);
    bool isRunning() const { return m_running; }
    const DiscoveryResult& result() const { return m_result; }

    // Blocking, for the command line: runs an event loop until every source ended.
    static DiscoveryResult run(const QString& email, const DiscoveryOptions& options);

signals:
    void sourceReported(const mailsetup::SourceReport& report);
    void configFound(const mailsetup::DiscoveredConfig& config);
    void finished();

private:
    void lookUpBundled();
    void fetchDocument(DiscoverySource source, const QUrl& url, const QString& note);
    void lookUpSrv();
    void lookUpMx();
    void startGuessing();
    template <typename Work, typename Done> void inThread(Work work, Done done);

    void beginTask() { ++m_pending; }
    void endTask();
    void report(DiscoverySource source,
                const QString& origin,
                SourceReport::Outcome outcome,
                const QString& message);
    void addConfig(DiscoveredConfig config);

    DiscoveryOptions m_options;
    DiscoveryResult m_result;
    QNetworkAccessManager* m_network = nullptr;
    std::unique_ptr<ServerProber> m_ownProber;
    QList<QThread*> m_threads;
    QElapsedTimer m_clock;
    int m_pending = 0;
    bool m_running = false;
    bool m_guessed = false;
};

} // namespace mailsetup
