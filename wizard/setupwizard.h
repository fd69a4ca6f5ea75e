// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizardcontext.h"

#include <QWizard>
#include <memory>

namespace mailsetup {

struct WizardState;

// The five steps from "who is your provider" to "done": choose a provider, enter
// your details, pick the mail programs, review the changes and apply them. All
// the work is the core's (see app/commandline.cpp for the same flow as commands);
// the pages only ask and show.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        ProviderPageId,
        DetailsPageId,
        ClientsPageId,
        ReviewPageId,
        DonePageId
    };

    explicit SetupWizard(WizardContext context = {}, QWidget* parent = nullptr);
    ~SetupWizard() override;

    void reject() override;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // Shared with the pages: Qt destroys them after this class's members.
    std::shared_ptr<WizardState> m_state;
};

} // namespace mailsetup
