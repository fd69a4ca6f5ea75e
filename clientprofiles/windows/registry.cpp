// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry.h"

#include "regfile.h"
#include "system/filesnapshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace mailsetup {

#if defined(Q_OS_WIN)
std::unique_ptr<Registry> openWin32Registry(); // registrywin32.cpp
#endif

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

// A .reg file standing for the registry: read whole, changed in memory, written back
// atomically by commit().
class RegFileRegistry : public Registry
{
public:
    RegFileRegistry(const QString& path, const RegFile& file, bool existed)
        : m_path(path), m_file(file), m_existed(existed)
    {}

    std::optional<RegistryValue> value(const QString& key, const QString& name) const override
    {
        return m_file.value(key, name);
    }
    bool keyExists(const QString& key) const override { return m_file.keyExists(key); }
    QStringList subkeys(const QString& key) const override { return m_file.subkeys(key); }
    QStringList valueNames(const QString& key) const override { return m_file.valueNames(key); }

    bool setValue(const QString& key, const QString& name, const RegistryValue& value, QString*) override
    {
        m_file.setValue(key, name, value);
        m_changed = true;
        return true;
    }
    bool deleteValue(const QString& key, const QString& name, QString*) override
    {
        m_file.removeValue(key, name);
        m_changed = true;
        return true;
    }
    bool deleteEmptyKey(const QString& key, QString*) override
    {
        if (!m_file.subkeys(key).isEmpty() || !m_file.valueNames(key).isEmpty())
            return true; // something else lives there now: keep it
        m_file.removeEmptyKey(key);
        m_changed = true;
        return true;
    }
    bool commit(QString* error) override
    {
        if (!m_changed)
            return true;
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        const QFileDevice::Permissions permissions =
            m_existed ? QFile::permissions(m_path) : (QFile::ReadOwner | QFile::WriteOwner);
        QSaveFile file(m_path);
        const QByteArray bytes = m_file.toBytes();
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            *error = tr("cannot write %1: %2").arg(m_path, file.errorString());
            return false;
        }
        QFile::setPermissions(m_path, permissions);
        m_changed = false;
        m_existed = true;
        return true;
    }
    QString describe() const override { return m_path; }

private:
    QString m_path;
    RegFile m_file;
    bool m_existed = false;
    bool m_changed = false;
};

} // namespace

std::unique_ptr<Registry> openRegistryStore(const QString& store, QString* error)
{
    if (store.isEmpty()) {
#if defined(Q_OS_WIN)
        return openWin32Registry();
#else
        *error = tr("the Windows registry can only be changed on Windows; on this computer Mail Setup "
                    "works on .reg files (--home with --os windows)");
        return nullptr;
#endif
    }
    const FileSnapshot snapshot = FileSnapshot::read(store);
    if (!snapshot.error.isEmpty()) {
        *error = snapshot.error;
        return nullptr;
    }
    if (!snapshot.exists)
        return std::make_unique<RegFileRegistry>(store, RegFile(), false);
    const RegFile::ParseResult parsed = RegFile::parse(snapshot.bytes);
    if (!parsed.file) {
        *error = tr("%1 line %2: %3").arg(store).arg(parsed.line).arg(parsed.error);
        return nullptr;
    }
    return std::make_unique<RegFileRegistry>(store, *parsed.file, true);
}

} // namespace mailsetup
