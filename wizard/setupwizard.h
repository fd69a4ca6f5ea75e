// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizardengine.h"

#include <QList>
#include <QPair>
#include <QWizard>
#include <memory>

namespace mailsetup {

struct WizardContext;

// The steps from "who is your provider" to "done": choose a provider, enter your
// details, check the connection, install the provider's certificate (when it has
// one), pick the mail programs, review the changes, apply them. All the work is
// the core libraries' (app/ has the same flow as commands); the pages only ask
// and show. In helpdesk mode a panel beside every page shows the settings in use
// and a log.
//
// This class and the first page are all that is needed to show the first page;
// everything after it is the WizardEngine's, made when first needed.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        ProviderPageId,
        DetailsPageId,
        ConnectionPageId,
        CertificatePageId, // only when the profile names a root certificate
        ClientsPageId,
        ReviewPageId,
        ApplyPageId,
        DonePageId
    };

    // The program: makeEngine is called when the wizard first needs more than its
    // first page (app/ loads the engine module there).
    explicit SetupWizard(WizardEngineFactory makeEngine, QWidget* parent = nullptr);
    // Everything linked in, with this context (wizardengineimpl.cpp): tests, and
    // builds without the engine module.
    explicit SetupWizard(WizardContext context, QWidget* parent = nullptr);
    ~SetupWizard() override;

    void reject() override;
    // The order of the pages: each one's next, the certificate page only when the
    // profile names a root certificate.
    int nextId() const override;
    bool validateCurrentPage() override;

    // Helpdesk mode on or off (also the "Helpdesk view" button).
    void setHelpdeskMode(bool on);
    bool helpdeskMode() const;

    // A "Language" button on the first page with these (code, name in that
    // language) choices; choosing one emits languageChosen (the program then
    // opens the wizard anew in that language).
    void offerLanguages(const QList<QPair<QString, QString>>& languages, const QString& current);

    // The engine, made now if it was not yet. Null when it cannot be made; the
    // person was shown why.
    WizardEngine* engine();
    // What the wizard did, for the helpdesk panel and the diagnostic report.
    const std::shared_ptr<WizardLog>& log() const { return m_log; }

signals:
    void languageChosen(const QString& code);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    bool busy() const;

    WizardEngineFactory m_makeEngine;
    std::shared_ptr<WizardLog> m_log;
    // Declared last: destroyed first, before the log it writes to.
    std::unique_ptr<WizardEngine> m_engine;
    bool m_helpdesk = false;
};

} // namespace mailsetup
