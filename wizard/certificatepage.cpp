// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificatepage.h"

#include "backgroundtask.h"
#include "statuslabel.h"
#include "toolrunner.h"
#include "trustanchor.h"
#include "trustinstalllog.h"
#include "wizardstate.h"

#include <QApplication>
#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailsetup {
namespace {

QLabel* textLabel(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

// "07:ED:BD:..." in lines of 16 bytes: easier to compare with a printed page.
QString groupedFingerprint(const QString& fingerprint)
{
    const QStringList bytes = fingerprint.split(QLatin1Char(':'));
    QStringList lines;
    for (int i = 0; i < bytes.size(); i += 16)
        lines << bytes.mid(i, 16).join(QLatin1Char(':'));
    return lines.join(QLatin1Char('\n'));
}

struct InstallWork
{
    QList<TrustInstallOutcome> outcomes;
    QString refusal;
};

} // namespace

CertificatePage::CertificatePage(std::shared_ptr<WizardState> state, QWidget* parent)
    : QWizardPage(parent), m_state(std::move(state)),
      m_explanation(textLabel(this, "certificateExplanation")), m_facts(textLabel(this, "certificateFacts")),
      m_fingerprint(textLabel(this, "certificateFingerprint")), m_confirm(new QCheckBox(this)),
      m_storesLabel(textLabel(this, "storesLabel")), m_storeBox(new QWidget(this)),
      m_install(new QPushButton(tr("&Install the certificate"), this)), m_status(new StatusLabel(this))
{
    setTitle(tr("Your provider's certificate"));
    setSubTitle(tr("Your mail program checks the mail server's identity with a certificate. Install your "
                   "provider's root certificate only if its fingerprint is the one your provider publishes. "
                   "You can also go on without it."));

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_fingerprint->setFont(mono);
    m_confirm->setObjectName(QStringLiteral("confirmFingerprintCheck"));
    m_confirm->setText(tr("I have &compared the fingerprint: it is the same as my provider's"));
    m_confirm->setAccessibleName(tr("I have compared the fingerprint"));
    auto* storeLayout = new QVBoxLayout(m_storeBox);
    storeLayout->setContentsMargins(0, 0, 0, 0);
    m_install->setObjectName(QStringLiteral("installCertificateButton"));
    m_install->setAccessibleName(tr("Install the certificate"));
    m_status->setObjectName(QStringLiteral("certificateStatus"));

    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_install);
    buttonRow->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(m_facts);
    layout->addWidget(m_fingerprint);
    layout->addWidget(m_confirm);
    layout->addWidget(m_storesLabel);
    layout->addWidget(m_storeBox);
    layout->addLayout(buttonRow);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_confirm, &QCheckBox::toggled, this, &CertificatePage::updateInstallButton);
    connect(m_install, &QPushButton::clicked, this, &CertificatePage::install);
}

void CertificatePage::initializePage()
{
    const ProviderProfile& profile = *m_state->profile;
    const CaCertificate& ca = *profile.ca;
    const CertificateInfo& c = ca.certificate;
    const QString name = ca.name.isEmpty() ? c.commonName() : ca.name;
    m_fingerprintShown = c.sha256Text();
    QString where = profile.documentationUrl.isEmpty() ? tr("on its own web page or in its letter to you")
                                                       : tr("at %1").arg(profile.documentationUrl);
    m_explanation->setText(
        tr("%1 vouches for its mail servers with its own root certificate, \"%2\". Mail programs do not know "
           "it by themselves: without it they warn that the connection may not be safe. Compare the "
           "fingerprint below, character by character, with the one %1 publishes %3.")
            .arg(profile.name(), name, where));
    m_facts->setText(tr("Subject: %1\nValid from %2 to %3\nSHA-256 fingerprint:")
                         .arg(c.subject, QLocale().toString(c.notBefore.date(), QLocale::LongFormat),
                              QLocale().toString(c.notAfter.date(), QLocale::LongFormat)));
    m_fingerprint->setText(groupedFingerprint(m_fingerprintShown));
    m_fingerprint->setAccessibleName(tr("SHA-256 fingerprint"));
    m_fingerprint->setAccessibleDescription(m_fingerprintShown);
    m_confirm->setEnabled(true);
    if (m_state->trustInstalls.isEmpty())
        m_confirm->setChecked(false);

    // The stores that matter for the mail programs found here.
    qDeleteAll(m_storeChecks);
    m_storeChecks.clear();
    QStringList missing;
    m_stores = trustStoresFor(m_state->registry.detectAll(m_state->context.env), m_state->context, &missing);
    for (const TrustStoreChoice& store : m_stores) {
        auto* check = new QCheckBox(store.name, m_storeBox);
        check->setObjectName(QStringLiteral("storeCheck"));
        check->setAccessibleName(store.name);
        check->setAccessibleDescription(tr("Read by %1").arg(store.programs.join(QStringLiteral(", "))));
        check->setToolTip(check->accessibleDescription());
        check->setChecked(true);
        m_storeBox->layout()->addWidget(check);
        m_storeChecks << check;
        connect(check, &QCheckBox::toggled, this, &CertificatePage::updateInstallButton);
    }
    QString storesText = m_stores.isEmpty()
                             ? tr("No mail program that needs this certificate was found here.")
                             : tr("Install it where your mail programs look:");
    if (!missing.isEmpty())
        storesText +=
            QLatin1Char('\n') + tr("Start and close these once, then come back, to install it there "
                                   "too: %1")
                                    .arg(missing.join(QStringLiteral(", ")));
    m_storesLabel->setText(storesText);
    if (m_state->trustInstalls.isEmpty())
        m_status->clearMessage();
    updateInstallButton();
}

bool CertificatePage::isComplete() const
{
    return !m_installing;
}

bool CertificatePage::validatePage()
{
    if (m_state->trustInstalls.isEmpty())
        m_state->log->add(tr("Certificate not installed (skipped)"));
    return !m_installing;
}

void CertificatePage::updateInstallButton()
{
    bool anyStore = false;
    for (const QCheckBox* check : m_storeChecks)
        anyStore = anyStore || check->isChecked();
    m_install->setEnabled(!m_installing && m_confirm->isChecked() && anyStore);
}

void CertificatePage::install()
{
    if (m_installing || !m_confirm->isChecked())
        return;
    QList<TrustStoreChoice> chosen;
    for (int i = 0; i < m_storeChecks.size(); ++i) {
        if (m_storeChecks[i]->isChecked())
            chosen << m_stores[i];
    }
    if (chosen.isEmpty())
        return;
    m_installing = true;
    m_state->busy = true;
    updateInstallButton();
    emit completeChanged();
    m_status->showMessage(StatusLabel::Kind::Info, tr("Installing the certificate…"));
    m_state->log->add(tr("Installing the certificate %1 (confirmed %2)")
                          .arg(m_state->profile->ca->resolvedPath, m_fingerprintShown));

    const CaCertificate ca = *m_state->profile->ca;
    const QString confirmed = m_fingerprintShown;
    const WizardContext context = m_state->context;
    runInBackground<InstallWork>(
        this,
        [ca, confirmed, context, chosen] {
            InstallWork work;
            // The file is read and checked against the profile's pin once more: what
            // is installed is what was pinned, even if the file changed since loading.
            const TrustAnchorCheck check = TrustAnchor::checkFile(ca.resolvedPath, ca.pin);
            if (!check.anchor) {
                work.refusal = check.refusal;
                return work;
            }
            const QString refusal = check.anchor->refuseConfirmation(confirmed);
            if (!refusal.isEmpty()) {
                work.refusal = refusal;
                return work;
            }
            ProcessToolRunner runner;
            TrustInstallLog log(context.trustLogPath);
            for (const TrustStoreChoice& choice : chosen) {
                QString error;
                std::unique_ptr<TrustStore> store = makeTrustStore(choice, context, runner, &error);
                if (!store) {
                    work.outcomes << TrustInstallOutcome{
                        TrustResult::make(TrustResult::Status::Failed, error), choice};
                    continue;
                }
                work.outcomes << TrustInstallOutcome{installAndRecord(*store, *check.anchor, confirmed, log),
                                                     choice};
            }
            return work;
        },
        [this](const InstallWork& work) { finishInstall(work.outcomes, work.refusal); });
}

void CertificatePage::finishInstall(const QList<TrustInstallOutcome>& outcomes, const QString& refusal)
{
    m_installing = false;
    m_state->busy = false;
    if (!refusal.isEmpty()) {
        m_status->showMessage(
            StatusLabel::Kind::Error,
            tr("Nothing was installed: %1\nDo not trust this certificate; ask your provider "
               "for the right profile.")
                .arg(refusal));
        m_state->log->add(tr("Certificate refused: %1").arg(refusal));
        m_confirm->setChecked(false);
        m_confirm->setEnabled(false);
        updateInstallButton();
        emit completeChanged();
        return;
    }
    m_state->trustInstalls = outcomes;
    QStringList lines;
    bool allFine = true;
    for (const TrustInstallOutcome& o : outcomes) {
        allFine = allFine && o.result.succeeded();
        lines << QStringLiteral("• ") + o.result.message;
        m_state->log->add(o.result.message);
    }
    m_status->showMessage(allFine ? StatusLabel::Kind::Success : StatusLabel::Kind::Error,
                          (allFine ? tr("The certificate is installed:") : tr("Not everything worked:")) +
                              QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    m_state->log->notifyStateChanged();
    updateInstallButton();
    emit completeChanged();
}

} // namespace mailsetup
