// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuslabel.h"

#include <QPalette>

namespace mailsetup {

StatusLabel::StatusLabel(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void StatusLabel::showMessage(Kind kind, const QString& text)
{
    m_kind = kind;
    // Only the text colour is set, the rest follows the window. Dark shades stay
    // readable on light and grey backgrounds; the words carry the meaning too.
    QPalette pal;
    switch (kind) {
    case Kind::Info:
        break;
    case Kind::Success:
        pal.setColor(QPalette::WindowText, QColor(0x1b, 0x5e, 0x20));
        break;
    case Kind::Warning:
        pal.setColor(QPalette::WindowText, QColor(0x80, 0x4a, 0x00));
        break;
    case Kind::Error:
        pal.setColor(QPalette::WindowText, QColor(0xa4, 0x00, 0x00));
        break;
    }
    setPalette(pal);
    setText(text);
    setAccessibleDescription(text);
    setVisible(!text.isEmpty());
}

void StatusLabel::clearMessage()
{
    m_kind = Kind::Info;
    clear();
    setAccessibleDescription({});
    hide();
}

} // namespace mailsetup
