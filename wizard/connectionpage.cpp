// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionpage.h"

#include "diagnosis.h"
#include "diagnosisreport.h"
#include "setupwizard.h"
#include "statuslabel.h"
#include "wizardstate.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mailsetup {
namespace {

// The verdict in a few words for the list; the full sentence is shown below it.
QString verdictWords(Verdict verdict)
{
    const char* text = "";
    switch (verdict) {
    case Verdict::Works:
        text = QT_TRANSLATE_NOOP("mailsetup::ConnectionPage", "Works");
        break;
    case Verdict::WorksAfterCaInstall:
        text = QT_TRANSLATE_NOOP("mailsetup::ConnectionPage",
                                 "Works once the provider's certificate is installed");
        break;
    case Verdict::Unreachable:
        text = QT_TRANSLATE_NOOP("mailsetup::ConnectionPage", "Cannot be reached from here");
        break;
    case Verdict::TimedOut:
        text = QT_TRANSLATE_NOOP("mailsetup::ConnectionPage", "No answer in time");
        break;
    case Verdict::NotMailServer:
        text = QT_TRANSLATE_NOOP("mailsetup::ConnectionPage", "Something else answers there");
        break;
    case Verdict::Refused:
        text = QT_TRANSLATE_NOOP("mailsetup::ConnectionPage", "The server turned us away");
        break;
    case Verdict::StartTlsStripped:
        text = QT_TRANSLATE_NOOP("mailsetup::ConnectionPage", "Encryption was blocked on the way");
        break;
    case Verdict::TlsFailed:
        text = QT_TRANSLATE_NOOP("mailsetup::ConnectionPage", "Encryption could not be set up");
        break;
    case Verdict::Untrusted:
        text = QT_TRANSLATE_NOOP("mailsetup::ConnectionPage", "The server's certificate is not trusted");
        break;
    case Verdict::LoginFailed:
        text = QT_TRANSLATE_NOOP("mailsetup::ConnectionPage", "Log-in refused");
        break;
    case Verdict::NoLoginMethod:
        text = QT_TRANSLATE_NOOP("mailsetup::ConnectionPage", "No safe way to log in");
        break;
    }
    return ConnectionPage::tr(text);
}

bool works(Verdict verdict)
{
    return verdict == Verdict::Works || verdict == Verdict::WorksAfterCaInstall;
}

QString endpointText(const DiagnosticEndpoint& e)
{
    const QString direction = e.outgoing() ? ConnectionPage::tr("Sending") : ConnectionPage::tr("Receiving");
    return ConnectionPage::tr("%1 (%2): %3, port %4, %5")
        .arg(direction, protocolName(e.protocol), e.host)
        .arg(e.port)
        .arg(securityName(e.implicitTls() ? Security::Ssl : Security::StartTls));
}

} // namespace

ConnectionPage::ConnectionPage(std::shared_ptr<WizardState> state, QWidget* parent)
    : QWizardPage(parent), m_state(std::move(state)), m_servers(new QTreeWidget(this)),
      m_details(new QLabel(this)), m_status(new StatusLabel(this)),
      m_checkAgain(new QPushButton(tr("Check &again"), this)),
      m_skip(new QPushButton(tr("&Skip the check"), this)), m_rawReport(new QPlainTextEdit(this))
{
    setTitle(tr("Checking the connection"));
    setSubTitle(tr("Mail Setup tries each of your provider's servers from this computer, so that your mail "
                   "program gets settings that work here. It sends no mail and no password."));

    auto* listLabel = new QLabel(tr("Se&rvers:"), this);
    listLabel->setBuddy(m_servers);
    m_servers->setObjectName(QStringLiteral("serverList"));
    m_servers->setAccessibleName(tr("Servers and results"));
    m_servers->setColumnCount(2);
    m_servers->setHeaderLabels({tr("Server"), tr("Result")});
    m_servers->setRootIsDecorated(false);
    m_servers->setUniformRowHeights(true);
    m_servers->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_servers->header()->setStretchLastSection(true);
    m_servers->header()->setAccessibleName(tr("Columns: server, result"));

    m_details->setObjectName(QStringLiteral("serverDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("connectionStatus"));

    m_checkAgain->setObjectName(QStringLiteral("checkConnectionAgainButton"));
    m_checkAgain->setAccessibleName(tr("Check again"));
    m_checkAgain->setAccessibleDescription(
        tr("Try every server again, for example after changing the network"));
    m_skip->setObjectName(QStringLiteral("skipCheckButton"));
    m_skip->setAccessibleName(tr("Skip the check"));
    m_skip->setAccessibleDescription(
        tr("Go on without checking; Mail Setup then uses your provider's first choice"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_checkAgain);
    buttons->addWidget(m_skip);
    buttons->addStretch(1);

    m_rawReport->setObjectName(QStringLiteral("rawDiagnosisReport"));
    m_rawReport->setAccessibleName(tr("Diagnosis report"));
    m_rawReport->setReadOnly(true);
    m_rawReport->setTabChangesFocus(true);
    m_rawReport->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_rawReport->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_rawReport->setVisible(m_state->context.helpdesk);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(listLabel);
    layout->addWidget(m_servers, 2);
    layout->addWidget(m_details);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addWidget(m_rawReport, 2);

    connect(m_state->log.get(), &WizardLog::helpdeskChanged, m_rawReport, &QWidget::setVisible);
    connect(m_servers, &QTreeWidget::currentItemChanged, this, &ConnectionPage::showSelectedDetails);
    connect(m_checkAgain, &QPushButton::clicked, this, &ConnectionPage::startCheck);
    connect(m_skip, &QPushButton::clicked, this, &ConnectionPage::skip);
}

ConnectionPage::~ConnectionPage()
{
    stopCheck();
}

void ConnectionPage::initializePage()
{
    startCheck();
}

void ConnectionPage::cleanupPage()
{
    // Back: the settings are the details page's again, and nothing runs on.
    stopCheck();
    m_state->diagnosis.reset();
}

bool ConnectionPage::isComplete() const
{
    return m_done && m_state->settings.has_value();
}

void ConnectionPage::stopCheck()
{
    if (!m_diagnosis)
        return;
    m_diagnosis->disconnect(this);
    m_diagnosis->deleteLater(); // ends its connections; its probes go with it
    m_diagnosis = nullptr;
}

void ConnectionPage::startCheck()
{
    stopCheck();
    m_done = false;
    m_state->diagnosis.reset();
    m_state->diagnosisSkipped = false;
    m_servers->clear();
    m_results.clear();
    m_details->clear();
    m_rawReport->clear();

    const ProviderProfile& profile = *m_state->profile;
    DiagnosisRequest request = diagnosisRequestFor(profile, m_state->settings->email);
    request.timeoutMs = m_state->context.diagnosisTimeoutMs;
    // Keep what the details page settled on where it works: the port the person picked,
    // the provider's receiving protocol.
    if (m_state->request)
        request.preference.outgoingPort = m_state->request->outgoingPort;
    if (const std::optional<ServerSettings>& incoming = m_state->settings->incoming)
        request.preference.incomingProtocol = mailProtocolOf(incoming->type);
    m_endpoints = request.endpoints;
    m_results.resize(request.endpoints.size());
    for (const DiagnosticEndpoint& endpoint : request.endpoints) {
        auto* item = new QTreeWidgetItem(m_servers, {endpointText(endpoint), tr("Waiting…")});
        item->setData(1, Qt::AccessibleTextRole, tr("Waiting"));
    }
    if (m_servers->topLevelItemCount() > 0)
        m_servers->setCurrentItem(m_servers->topLevelItem(0));
    m_status->showMessage(StatusLabel::Kind::Info, tr("Checking %n server(s)… this takes at most %1 seconds.",
                                                      nullptr, int(request.endpoints.size()))
                                                       .arg(m_state->context.diagnosisTimeoutMs / 1000 + 1));
    m_state->log->add(
        tr("Connection check started: %1 servers of %2").arg(request.endpoints.size()).arg(profile.name()));

    m_diagnosis = new Diagnosis(request, this);
    connect(m_diagnosis, &Diagnosis::endpointProgress, this, &ConnectionPage::showProgress);
    connect(m_diagnosis, &Diagnosis::endpointFinished, this, &ConnectionPage::showEndpoint);
    connect(m_diagnosis, &Diagnosis::finished, this, &ConnectionPage::finishCheck);
    m_skip->setEnabled(true);
    emit completeChanged();
    m_diagnosis->start();
}

void ConnectionPage::showProgress(int index, const QString& step)
{
    if (QTreeWidgetItem* item = m_servers->topLevelItem(index))
        item->setText(1, tr("Checking: %1").arg(step));
}

void ConnectionPage::showEndpoint(int index, const EndpointResult& result)
{
    QTreeWidgetItem* item = m_servers->topLevelItem(index);
    if (!item)
        return;
    const QString words = verdictWords(result.verdict);
    item->setText(1, words);
    item->setData(1, Qt::AccessibleTextRole, words);
    item->setData(0, Qt::UserRole, verdictId(result.verdict));
    item->setForeground(1, works(result.verdict) ? QColor(0x1b, 0x5e, 0x20) : QColor(0xa4, 0x00, 0x00));
    m_results[index] = result;
    m_state->log->add(
        QStringLiteral("%1: %2 (%3)").arg(result.endpoint.label(), verdictId(result.verdict), result.detail));
    if (m_servers->currentItem() == item)
        showSelectedDetails();
}

void ConnectionPage::showSelectedDetails()
{
    const int index = m_servers->indexOfTopLevelItem(m_servers->currentItem());
    if (index < 0 || index >= m_results.size() || !m_results[index]) {
        m_details->clear();
        return;
    }
    const EndpointResult& r = *m_results[index];
    QStringList lines;
    lines << endpointText(r.endpoint) + QStringLiteral(": ") + r.summary;
    if (!r.fix.isEmpty())
        lines << tr("What to do: %1").arg(r.fix);
    for (const QString& note : r.notes)
        lines << QStringLiteral("• ") + note;
    m_details->setText(lines.join(QLatin1Char('\n')));
}

void ConnectionPage::finishCheck()
{
    const DiagnosisReport report = m_diagnosis->report();
    stopCheck();
    m_state->diagnosis = report;
    // The verdicts are described looking at all results together: take them from the report.
    for (const EndpointResult& r : report.endpoints) {
        for (int i = 0; i < m_servers->topLevelItemCount(); ++i) {
            const DiagnosticEndpoint& e = m_endpoints.at(i);
            if (e.host == r.endpoint.host && e.port == r.endpoint.port && e.protocol == r.endpoint.protocol)
                m_results[i] = r;
        }
    }
    showSelectedDetails();
    m_rawReport->setPlainText(diagnosisReportText(report));
    m_skip->setEnabled(false);

    const Recommendation& rec = report.recommendation;
    if (!rec.request) {
        m_status->showMessage(StatusLabel::Kind::Error,
                              tr("None of the servers could be used safely from this computer. The list says "
                                 "why. Click Check again once that is fixed, or Skip the check to set up the "
                                 "provider's settings anyway."));
        m_skip->setEnabled(true);
        m_state->log->add(tr("Connection check: nothing usable"));
        m_state->log->notifyStateChanged();
        emit completeChanged();
        return;
    }
    // The variant that works here, with what the person typed on the details page.
    AccountRequest request = m_state->request.value_or(AccountRequest{});
    request.outgoingPort = rec.request->outgoingPort;
    request.incomingPort = rec.request->incomingPort;
    if (!rec.request->incomingType.isEmpty())
        request.incomingType = rec.request->incomingType;
    const ResolveResult resolved = resolveAccount(*m_state->profile, request);
    if (!resolved.settings) {
        m_status->showMessage(StatusLabel::Kind::Error,
                              tr("Cannot use the checked servers: %1").arg(resolved.error));
        m_skip->setEnabled(true);
        emit completeChanged();
        return;
    }
    m_state->settings = resolved.settings;
    m_done = true;
    QStringList lines;
    lines << tr("Mail Setup will use the servers that work from here:");
    if (resolved.settings->incoming)
        lines << tr("Receiving: %1").arg(resolved.settings->incoming->describe());
    lines << tr("Sending: %1").arg(resolved.settings->outgoing.describe());
    for (const QString& departure : rec.departures)
        lines << tr("Note: %1.").arg(departure);
    m_status->showMessage(rec.departures.isEmpty() ? StatusLabel::Kind::Success : StatusLabel::Kind::Warning,
                          lines.join(QLatin1Char('\n')));
    m_state->log->add(tr("Connection check recommends: %1").arg(rec.summary));
    m_state->log->notifyStateChanged();
    emit completeChanged();
}

void ConnectionPage::skip()
{
    stopCheck();
    m_state->diagnosis.reset();
    m_state->diagnosisSkipped = true;
    // The details page's choice: the profile's own first choice or what the person picked.
    const ResolveResult resolved =
        resolveAccount(*m_state->profile, m_state->request.value_or(AccountRequest{}));
    if (resolved.settings)
        m_state->settings = resolved.settings;
    for (int i = 0; i < m_servers->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_servers->topLevelItem(i);
        if (!m_results.value(i))
            item->setText(1, tr("Not checked"));
    }
    m_status->showMessage(StatusLabel::Kind::Warning,
                          tr("The check was skipped. Mail Setup uses your provider's first choice without "
                             "knowing whether it works from this computer; if your mail program cannot "
                             "connect later, run Mail Setup again and let it check."));
    m_skip->setEnabled(false);
    m_done = true;
    m_state->log->add(tr("Connection check skipped"));
    m_state->log->notifyStateChanged();
    emit completeChanged();
}

} // namespace mailsetup
