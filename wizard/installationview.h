// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeplan.h"
#include "clientadapter.h"

#include <QFrame>

class QCheckBox;

namespace mailsetup {

// One mail program's settings folder on the clients page: a check box to include
// it, the accounts it has now and what the plan would do, or why it cannot.
class InstallationView : public QFrame
{
    Q_OBJECT

public:
    InstallationView(const ClientInstallation& installation,
                     const ChangePlan& plan,
                     QWidget* parent = nullptr);

    const ClientInstallation& installation() const { return m_installation; }
    const ChangePlan& plan() const { return m_plan; }
    QCheckBox* checkBox() const { return m_check; }
    bool isChecked() const;
    void setChecked(bool checked);

signals:
    void toggled(bool checked);

private:
    ClientInstallation m_installation;
    ChangePlan m_plan;
    QCheckBox* m_check;
};

} // namespace mailsetup
