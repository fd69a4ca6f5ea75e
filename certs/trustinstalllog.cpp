// SPDX-License-Identifier: GPL-3.0-or-later
#include "trustinstalllog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

} // namespace

TrustInstallLog::TrustInstallLog(QString path) : m_path(std::move(path)) {}

QString TrustInstallLog::defaultPath()
{
    QString base = qEnvironmentVariable("XDG_DATA_HOME");
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share");
    return base + QStringLiteral("/mailsetup/trust-installs.json");
}

QList<TrustInstallRecord> TrustInstallLog::records() const
{
    QList<TrustInstallRecord> result;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    const QJsonArray array =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("installs")).toArray();
    for (const QJsonValue& value : array) {
        const QJsonObject o = value.toObject();
        TrustInstallRecord r;
        r.storeId = o.value(QStringLiteral("store")).toString();
        r.storeName = o.value(QStringLiteral("storeName")).toString();
        r.entry = o.value(QStringLiteral("entry")).toString();
        r.sha256 = o.value(QStringLiteral("sha256")).toString();
        r.subject = o.value(QStringLiteral("subject")).toString();
        r.installedAt = QDateTime::fromString(o.value(QStringLiteral("installedAt")).toString(), Qt::ISODate);
        result << r;
    }
    return result;
}

std::optional<TrustInstallRecord> TrustInstallLog::find(const QString& storeId,
                                                        const QByteArray& sha256) const
{
    for (const TrustInstallRecord& r : records())
        if (r.storeId == storeId && parseSha256Fingerprint(r.sha256) == sha256)
            return r;
    return std::nullopt;
}

bool TrustInstallLog::write(const QList<TrustInstallRecord>& records, QString* error) const
{
    QJsonArray array;
    for (const TrustInstallRecord& r : records)
        array.append(QJsonObject{{QStringLiteral("store"), r.storeId},
                                 {QStringLiteral("storeName"), r.storeName},
                                 {QStringLiteral("entry"), r.entry},
                                 {QStringLiteral("sha256"), r.sha256},
                                 {QStringLiteral("subject"), r.subject},
                                 {QStringLiteral("installedAt"), r.installedAt.toString(Qt::ISODate)}});
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("installs"), array}}).toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

bool TrustInstallLog::add(const TrustInstallRecord& record, QString* error)
{
    QList<TrustInstallRecord> all = records();
    all << record;
    return write(all, error);
}

bool TrustInstallLog::remove(const QString& storeId, const QByteArray& sha256, QString* error)
{
    QList<TrustInstallRecord> all = records();
    all.removeIf([&](const TrustInstallRecord& r) {
        return r.storeId == storeId && parseSha256Fingerprint(r.sha256) == sha256;
    });
    return write(all, error);
}

TrustResult installAndRecord(TrustStore& store,
                             const TrustAnchor& anchor,
                             const QString& confirmedFingerprint,
                             TrustInstallLog& log)
{
    TrustResult result = store.install(anchor, confirmedFingerprint);
    if (result.status != TrustResult::Status::Done || result.addedEntry.isEmpty())
        return result;
    TrustInstallRecord record;
    record.storeId = store.id();
    record.storeName = store.displayName();
    record.entry = result.addedEntry;
    record.sha256 = anchor.fingerprint();
    record.subject = anchor.certificate().subject;
    record.installedAt = QDateTime::currentDateTimeUtc();
    QString error;
    if (!log.add(record, &error)) {
        // Without the record we could not take it back: undo the install now.
        store.uninstall(anchor, result.addedEntry);
        return TrustResult::make(
            TrustResult::Status::Failed,
            tr("%1; the certificate was taken out of %2 again").arg(error, store.displayName()));
    }
    return result;
}

TrustResult uninstallRecorded(TrustStore& store, const TrustAnchor& anchor, TrustInstallLog& log)
{
    const std::optional<TrustInstallRecord> record = log.find(store.id(), anchor.certificate().sha256);
    if (!record) {
        const TrustResult present = store.isInstalled(anchor);
        if (present.status == TrustResult::Status::Done)
            return TrustResult::make(
                TrustResult::Status::Refused,
                tr("%1 trusts %2, but Mail Setup did not add it (it was there before, or "
                   "someone else added it); it is left alone")
                    .arg(store.displayName(), anchor.name()));
        return TrustResult::make(TrustResult::Status::NotPresent,
                                 tr("%1 does not hold %2 from Mail Setup; nothing to remove")
                                     .arg(store.displayName(), anchor.name()));
    }
    TrustResult result = store.uninstall(anchor, record->entry);
    if (result.status == TrustResult::Status::Done || result.status == TrustResult::Status::NotPresent) {
        QString error;
        if (!log.remove(store.id(), anchor.certificate().sha256, &error))
            result.message += QStringLiteral("; ") + error;
    }
    return result;
}

} // namespace mailsetup
