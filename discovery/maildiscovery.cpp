// SPDX-License-Identifier: GPL-3.0-or-later
#include "maildiscovery.h"

#include "accountsettings.h"
#include "autoconfigfetcher.h"
#include "dnsprofiles.h"
#include "dnsresolver.h"
#include "guessing.h"
#include "profileloader.h"
#include "ranking.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QThread>
#include <memory>

namespace mailsetup {
namespace {

SourceReport::Outcome outcomeOf(FetchResult::Status status)
{
    switch (status) {
    case FetchResult::Status::Ok:
        return SourceReport::Outcome::Found;
    case FetchResult::Status::NotFound:
        return SourceReport::Outcome::NotFound;
    case FetchResult::Status::Refused:
        return SourceReport::Outcome::Refused;
    case FetchResult::Status::Failed:
        return SourceReport::Outcome::Failed;
    }
    return SourceReport::Outcome::Failed;
}

bool hasEncryptedServer(const ProviderProfile& profile)
{
    for (const auto* list : {&profile.incoming, &profile.outgoing})
        for (const ServerEntry& server : *list)
            if (isEncrypted(server))
                return true;
    return false;
}

} // namespace

MailDiscovery::MailDiscovery(const DiscoveryOptions& options, QObject* parent)
    : QObject(parent), m_options(options)
{
    qRegisterMetaType<mailsetup::SourceReport>();
    qRegisterMetaType<mailsetup::DiscoveredConfig>();
}

MailDiscovery::~MailDiscovery()
{
    // DNS workers are bounded by their timeout; wait so none reports to a dead object.
    for (QThread* thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
    if (m_options.prober)
        m_options.prober->cancelAll();
}

void MailDiscovery::start(const QString& email)
{
    m_result = DiscoveryResult();
    m_result.email = email.trimmed();
    m_clock.start();
    m_guessed = false;
    if (!isValidEmailAddress(m_result.email)) {
        m_result.error = tr("\"%1\" is not an email address").arg(email);
        QMetaObject::invokeMethod(this, &MailDiscovery::finished, Qt::QueuedConnection);
        return;
    }
    m_result.domain = m_result.email.section(QLatin1Char('@'), -1).toLower();
    m_running = true;
    beginTask(); // held until every source has started, so none can finish us early

    lookUpBundled();
    if (m_options.useNetwork) {
        if (!m_network)
            m_network = new QNetworkAccessManager(this);
        const QString& domain = m_result.domain;
        QUrl autoconfigHttps(QStringLiteral("https://autoconfig.%1/mail/config-v1.1.xml").arg(domain));
        // Thunderbird sends the address (fetchFromISP.sendEmailAddress); we only do so
        // encrypted, so an eavesdropper on plain HTTP does not learn it.
        // Percent-encoded as Thunderbird's encodeURIComponent does ("@" as %40).
        QUrl autoconfigHttpsWithAddress = autoconfigHttps;
        autoconfigHttpsWithAddress.setQuery(QStringLiteral("emailaddress=") +
                                                QString::fromLatin1(QUrl::toPercentEncoding(m_result.email)),
                                            QUrl::StrictMode);
        const QString wellKnown =
            QStringLiteral("%1/.well-known/autoconfig/mail/config-v1.1.xml").arg(domain);
        fetchDocument(DiscoverySource::ProviderAutoconfig, autoconfigHttpsWithAddress, {});
        fetchDocument(DiscoverySource::ProviderAutoconfig, QUrl(QStringLiteral("https://") + wellKnown), {});
        QUrl autoconfigHttp = autoconfigHttps;
        autoconfigHttp.setScheme(QStringLiteral("http"));
        fetchDocument(DiscoverySource::ProviderAutoconfig, autoconfigHttp, {});
        fetchDocument(DiscoverySource::ProviderAutoconfig, QUrl(QStringLiteral("http://") + wellKnown), {});
        fetchDocument(DiscoverySource::Ispdb, QUrl(m_options.network.ispdbBaseUrl.toString() + domain), {});
        lookUpSrv();
        lookUpMx();
    }
    endTask();
}

void MailDiscovery::lookUpBundled()
{
    const QString& domain = m_result.domain;
    bool found = false;
    for (const QString& id : ProfileLoader::bundledIds()) {
        const ProfileLoadResult loaded = ProfileLoader::loadBundled(id);
        if (!loaded.ok() || !loaded.profile->domains.contains(domain))
            continue;
        found = true;
        DiscoveredConfig config;
        config.profile = *loaded.profile;
        config.source = DiscoverySource::Bundled;
        config.trusted = true;
        config.origin = id;
        addConfig(config);
        report(DiscoverySource::Bundled, id, SourceReport::Outcome::Found,
               tr("the built-in profile \"%1\" serves %2").arg(id, domain));
    }
    if (!found)
        report(DiscoverySource::Bundled, {}, SourceReport::Outcome::NotFound,
               tr("no built-in profile serves %1").arg(domain));
}

void MailDiscovery::fetchDocument(DiscoverySource source, const QUrl& url, const QString& note)
{
    beginTask();
    auto* fetcher = new AutoconfigFetcher(m_network, m_options.network, this);
    connect(fetcher, &AutoconfigFetcher::finished, this,
            [this, fetcher, source, note](const FetchResult& fetched) {
                fetcher->deleteLater();
                const QString origin = fetched.url.toDisplayString();
                if (fetched.status != FetchResult::Status::Ok) {
                    report(source, origin, outcomeOf(fetched.status), fetched.error);
                    endTask();
                    return;
                }
                const ProfileOrigin trust =
                    fetched.verifiedHttps ? ProfileOrigin::FetchedTrusted : ProfileOrigin::FetchedLessTrusted;
                const ProfileLoadResult loaded = ProfileLoader::loadFetched(fetched.body, origin, trust);
                if (!loaded.ok()) {
                    report(source, origin, SourceReport::Outcome::Refused,
                           tr("%1: not a usable provider file:\n%2").arg(origin, loaded.errorText()));
                    endTask();
                    return;
                }
                DiscoveredConfig config;
                config.profile = *loaded.profile;
                config.source = source;
                config.trusted = fetched.verifiedHttps;
                config.origin = origin;
                if (!note.isEmpty())
                    config.notes << note;
                if (!config.trusted)
                    config.notes << tr(
                        "fetched without encryption (plain HTTP): anyone on the way could have "
                        "changed it; check the servers before using them");
                addConfig(config);
                report(source, origin, SourceReport::Outcome::Found,
                       tr("%1: settings for %2").arg(origin, config.profile.name()));
                endTask();
            });
    fetcher->fetch(url);
}

template <typename Work, typename Done> void MailDiscovery::inThread(Work work, Done done)
{
    beginTask();
    QThread* thread = QThread::create([this, work, done] {
        auto answer = std::make_shared<decltype(work())>(work());
        QMetaObject::invokeMethod(
            this,
            [this, done, answer] {
                done(*answer);
                endTask();
            },
            Qt::QueuedConnection);
    });
    m_threads << thread;
    thread->start();
}

void MailDiscovery::lookUpSrv()
{
    const QString domain = m_result.domain;
    QStringList names;
    for (const SrvService& service : srvServices())
        names << QStringLiteral("%1.%2").arg(QLatin1String(service.label), domain);
    const DiscoveryNetwork& net = m_options.network;
    const DnsResolver resolver(net.nameserver, net.nameserverPort, net.dnsTimeoutMs);
    inThread([resolver, names] { return resolver.srv(names); },
             [this, domain, names](const QList<DnsAnswer>& answers) {
                 const QString origin = tr("SRV records of %1").arg(domain);
                 QStringList failures;
                 for (const DnsAnswer& answer : answers)
                     if (answer.status == DnsAnswer::Status::Failed)
                         failures << answer.error;
                 DiscoveredConfig config;
                 config.profile = profileFromSrv(domain, answers);
                 config.source = DiscoverySource::DnsSrv;
                 config.origin = origin;
                 if (config.profile.incoming.isEmpty() && config.profile.outgoing.isEmpty()) {
                     const bool allFailed = failures.size() == answers.size() && !answers.isEmpty();
                     report(DiscoverySource::DnsSrv, origin,
                            allFailed ? SourceReport::Outcome::Failed : SourceReport::Outcome::NotFound,
                            allFailed ? failures.join(QLatin1Char('\n'))
                                      : tr("%1: no mail service records").arg(domain));
                     return;
                 }
                 // DNS answers are not authenticated (no DNSSEC check here); servers inside the
                 // domain are as trustworthy as the domain's own records, others need a look.
                 config.trusted = allHostsWithin(config.profile, domain);
                 if (!config.trusted)
                     config.notes << tr("the DNS records point to servers outside %1; make sure they belong "
                                        "to your provider before entering a password")
                                         .arg(domain);
                 addConfig(config);
                 report(DiscoverySource::DnsSrv, origin, SourceReport::Outcome::Found,
                        tr("%1: %2 mail service records")
                            .arg(domain)
                            .arg(config.profile.incoming.size() + config.profile.outgoing.size()));
             });
}

void MailDiscovery::lookUpMx()
{
    const QString domain = m_result.domain;
    const DiscoveryNetwork& net = m_options.network;
    const DnsResolver resolver(net.nameserver, net.nameserverPort, net.dnsTimeoutMs);
    inThread([resolver, domain] { return resolver.mx(domain); },
             [this, domain](const DnsAnswer& answer) {
                 const QString origin = tr("MX record of %1").arg(domain);
                 if (answer.status != DnsAnswer::Status::Ok) {
                     report(DiscoverySource::MxProvider, origin,
                            answer.status == DnsAnswer::Status::Failed ? SourceReport::Outcome::Failed
                                                                       : SourceReport::Outcome::NotFound,
                            answer.status == DnsAnswer::Status::Failed ? answer.error
                                                                       : tr("%1: no MX record").arg(domain));
                     return;
                 }
                 const QString host = answer.mx.first().host;
                 QStringList candidates = mxProviderDomains(host);
                 candidates.removeAll(domain); // already asked directly
                 if (candidates.isEmpty()) {
                     report(DiscoverySource::MxProvider, origin, SourceReport::Outcome::NotFound,
                            tr("%1: mail is received by %2, within the domain itself").arg(domain, host));
                     return;
                 }
                 report(DiscoverySource::MxProvider, origin, SourceReport::Outcome::Found,
                        tr("%1: mail is received by %2; asking the provider database about %3")
                            .arg(domain, host, candidates.join(QStringLiteral(", "))));
                 const QString note = tr("found because %1 receives the mail for %2").arg(host, domain);
                 for (const QString& candidate : candidates)
                     fetchDocument(DiscoverySource::MxProvider,
                                   QUrl(m_options.network.ispdbBaseUrl.toString() + candidate), note);
             });
}

void MailDiscovery::startGuessing()
{
    m_guessed = true;
    const QString domain = m_result.domain;
    if (!m_options.prober && m_options.makeProber) {
        m_ownProber = m_options.makeProber(m_options.network);
        m_options.prober = m_ownProber.get();
    }
    if (!m_options.prober) {
        beginTask();
        report(DiscoverySource::Guess, tr("servers tried under %1").arg(domain),
               SourceReport::Outcome::Failed,
               tr("%1: likely server names were not tried: no connection checker is set up").arg(domain));
        QMetaObject::invokeMethod(this, &MailDiscovery::endTask, Qt::QueuedConnection);
        return;
    }
    const QList<ProbeRequest> candidates = guessCandidates(domain);
    auto answered = std::make_shared<QList<bool>>(candidates.size(), false);
    auto remaining = std::make_shared<int>(int(candidates.size()));
    auto errors = std::make_shared<QStringList>();
    beginTask();
    for (int i = 0; i < candidates.size(); ++i) {
        m_options.prober->probe(candidates[i], [this, i, candidates, answered, remaining, errors,
                                                domain](const ProbeResult& result) {
            (*answered)[i] = result.ok;
            if (!result.ok)
                *errors << result.error;
            if (--*remaining > 0)
                return;
            QList<ProbeRequest> found;
            for (int j = 0; j < candidates.size(); ++j)
                if ((*answered)[j])
                    found << candidates[j];
            const QString origin = tr("servers tried under %1").arg(domain);
            if (found.isEmpty()) {
                report(DiscoverySource::Guess, origin, SourceReport::Outcome::NotFound,
                       tr("%1: no likely server name answered with encryption").arg(domain));
            } else {
                DiscoveredConfig config;
                config.profile = profileFromGuesses(domain, found);
                config.source = DiscoverySource::Guess;
                config.origin = origin;
                config.notes << tr("guessed: these servers answered, but nothing says they are your "
                                   "provider's; check them before entering a password");
                addConfig(config);
                report(DiscoverySource::Guess, origin, SourceReport::Outcome::Found,
                       tr("%1: %2 of %3 likely servers answered")
                           .arg(domain)
                           .arg(found.size())
                           .arg(candidates.size()));
            }
            // Queued: the prober may still be inside its own signal handler.
            QMetaObject::invokeMethod(this, &MailDiscovery::endTask, Qt::QueuedConnection);
        });
    }
}

void MailDiscovery::endTask()
{
    if (--m_pending > 0 || !m_running)
        return;
    const bool anyEncrypted =
        std::any_of(m_result.configs.begin(), m_result.configs.end(),
                    [](const DiscoveredConfig& c) { return hasEncryptedServer(c.profile); });
    const auto guessing = m_options.guessing;
    if (m_options.useNetwork && !m_guessed &&
        (guessing == DiscoveryOptions::Guessing::Always ||
         (guessing == DiscoveryOptions::Guessing::WhenNothingFound && !anyEncrypted))) {
        startGuessing();
        return;
    }
    rankConfigs(m_result.configs);
    m_running = false;
    emit finished();
}

void MailDiscovery::report(DiscoverySource source,
                           const QString& origin,
                           SourceReport::Outcome outcome,
                           const QString& message)
{
    SourceReport entry{source, origin, outcome, message, m_clock.elapsed()};
    m_result.reports << entry;
    emit sourceReported(entry);
}

void MailDiscovery::addConfig(DiscoveredConfig config)
{
    sortServers(config.profile.incoming);
    sortServers(config.profile.outgoing);
    m_result.configs << config;
    emit configFound(config);
}

DiscoveryResult MailDiscovery::run(const QString& email, const DiscoveryOptions& options)
{
    MailDiscovery discovery(options);
    QEventLoop loop;
    bool done = false;
    QObject::connect(&discovery, &MailDiscovery::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    discovery.start(email);
    if (!done)
        loop.exec();
    return discovery.result();
}

} // namespace mailsetup
