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

} // namespace mailsetup
