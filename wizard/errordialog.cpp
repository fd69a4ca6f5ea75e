// SPDX-License-Identifier: GPL-3.0-or-later
#include "errordialog.h"

#include <QMessageBox>

namespace mailsetup {

QMessageBox*
showErrorDialog(QWidget* parent, const QString& what, const QString& reason, const QString& whatToDo)
{
    auto* box = new QMessageBox(QMessageBox::Warning, what, what, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("errorDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    // Plain text: file names and server replies are shown as they are, never as markup.
    box->setTextFormat(Qt::PlainText);
    box->setText(reason);
    box->setInformativeText(whatToDo);
    box->setAccessibleName(what);
    box->setDefaultButton(QMessageBox::Ok);
    box->setEscapeButton(QMessageBox::Ok);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    box->open();
    return box;
}

} // namespace mailsetup
