// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizardcontext.h"

#include <QList>
#include <QPair>
#include <QWizard>
#include <memory>

namespace mailsetup {

struct WizardState;

// The steps from "who is your provider" to "done": choose a provider, enter your
// details, check the connection, install the provider's certificate (when it has
// one), pick the mail programs, review the changes, apply them. All the work is
// the core libraries' (app/ has the same flow as commands); the pages only ask
// and show. In helpdesk mode a panel beside every page shows the settings in use
// and a log.
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

    explicit SetupWizard(WizardContext context = {}, QWidget* parent = nullptr);
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

signals:
    void languageChosen(const QString& code);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWizardPage* makePage(PageId id) const;

    // Shared with the pages: Qt destroys them after this class's members.
    std::shared_ptr<WizardState> m_state;
};

} // namespace mailsetup
