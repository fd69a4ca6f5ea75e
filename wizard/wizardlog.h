// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QStringList>

namespace mailsetup {

// What the wizard did, line by line, for the helpdesk log pane: pages add a line
// for every step they start or finish. Never holds a password (none is asked for).
class WizardLog : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    void add(const QString& line)
    {
        const QString stamped = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss ")) + line;
        m_lines << stamped;
        emit lineAdded(stamped);
    }
    const QStringList& lines() const { return m_lines; }
    // The settings or the diagnosis changed: the helpdesk panel shows them anew.
    void notifyStateChanged() { emit stateChanged(); }
    // Helpdesk mode switched: pages show or hide their helpdesk-only parts.
    void setHelpdesk(bool on) { emit helpdeskChanged(on); }

signals:
    void lineAdded(const QString& line);
    void stateChanged();
    void helpdeskChanged(bool on);

private:
    QStringList m_lines;
};

} // namespace mailsetup
