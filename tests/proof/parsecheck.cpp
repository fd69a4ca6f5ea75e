// SPDX-License-Identifier: GPL-3.0-or-later
#include "parsecheck.h"

#include "formats/inifile.h"
#include "formats/prefsfile.h"
#include "unix/clawsaccountrc.h"
#include "unix/kconfigfile.h"
#include "unix/muttrcfile.h"
#include "unix/pinercfile.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace proof {

QString parseProblem(const QString& path, const QByteArray& bytes)
{
    const QString name = QFileInfo(path).fileName();
    const auto first = [](const auto& errors) {
        return errors.isEmpty()
                   ? QString()
                   : QStringLiteral("line %1: %2").arg(errors.first().line).arg(errors.first().message);
    };
    if (name.endsWith(QLatin1String(".js")))
        return first(mailsetup::PrefsFile::parse(bytes).errors());
    if (name.endsWith(QLatin1String(".ini")) || name.endsWith(QLatin1String(".source")))
        return first(mailsetup::IniFile::parse(bytes).errors());
    if (name == QLatin1String("accountrc"))
        return first(mailsetup::ClawsAccountRc::parse(bytes).ini.errors());
    if (name == QLatin1String("mailtransports") || name == QLatin1String("emailidentities"))
        return first(mailsetup::KConfigFile::parse(bytes).errors());
    if (name == QLatin1String(".pinerc"))
        return first(mailsetup::PinercFile::parse(bytes).errors());
    if (name.contains(QLatin1String("muttrc")))
        return first(mailsetup::MuttrcFile::parse(bytes).errors());
    if (name.endsWith(QLatin1String(".json"))) {
        QJsonParseError error;
        QJsonDocument::fromJson(bytes, &error);
        return error.error == QJsonParseError::NoError ? QString() : error.errorString();
    }
    return {};
}

} // namespace proof
