// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace mailsetup {

// A line of feedback under a form: hidden when there is nothing to say, coloured
// by how much it matters, selectable so it can be copied into a helpdesk mail.
class StatusLabel : public QLabel
{
    Q_OBJECT

public:
    enum class Kind
    {
        Info,
        Success,
        Warning,
        Error
    };

    explicit StatusLabel(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text);
    void clearMessage();
    Kind kind() const { return m_kind; }

private:
    Kind m_kind = Kind::Info;
};

} // namespace mailsetup
