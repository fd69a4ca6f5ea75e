// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;
class QMessageBox;

namespace mailsetup {

// A clear error message: what failed in the title, the reason with the file, line
// or host in the text, what to do underneath. Window-modal and not blocking (the
// event loop, and any work in progress, carries on); closed with Enter or Esc.
QMessageBox*
showErrorDialog(QWidget* parent, const QString& what, const QString& reason, const QString& whatToDo);

} // namespace mailsetup
