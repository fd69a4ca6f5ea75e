// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostictypes.h"

#include <QJsonObject>
#include <QString>

namespace mailsetup {

// For a helpdesk: what was tried, what answered, how long it took, the verdicts and
// the recommendation. Transcripts are already redacted by the probes.
QString diagnosisReportText(const DiagnosisReport& report, bool withTranscripts = true);
QJsonObject diagnosisReportJson(const DiagnosisReport& report);
// The same as a printable page (QTextDocument's HTML subset, for documents/pdfdocument.h):
// the verdicts and what to do first, then the details and the conversations. Every
// text is escaped; a password appears only as "[password redacted]", as in the probes'
// transcripts.
QString diagnosisReportHtml(const DiagnosisReport& report, bool withTranscripts = true);

} // namespace mailsetup
