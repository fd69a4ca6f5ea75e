// SPDX-License-Identifier: GPL-3.0-or-later
// This computer's registry, on Windows only: the Qt-free Win32 code in platform/win32
// behind the core's Registry interface.
#include "registry.h"
#include "win32registry.h"

#include <QCoreApplication>

namespace mailsetup {
namespace {

std::wstring wide(const QString& text)
{
    return text.toStdWString();
}

QString failure(const QString& key, long code)
{
    return QCoreApplication::translate("mailsetup", "the registry key %1: %2")
        .arg(key, QString::fromStdWString(win32::errorText(code)));
}

class Win32Registry : public Registry
{
public:
    std::optional<RegistryValue> value(const QString& key, const QString& name) const override
    {
        std::optional<win32::RegData> data;
        if (win32::readValue(wide(key), wide(name), &data) != 0 || !data)
            return std::nullopt;
        return RegistryValue{
            quint32(data->type),
            QByteArray(reinterpret_cast<const char*>(data->bytes.data()), int(data->bytes.size()))};
    }
    bool keyExists(const QString& key) const override
    {
        bool exists = false;
        win32::keyExists(wide(key), &exists);
        return exists;
    }
    QStringList subkeys(const QString& key) const override
    {
        std::vector<std::wstring> names;
        win32::listSubkeys(wide(key), &names);
        QStringList out;
        for (const std::wstring& name : names)
            out << QString::fromStdWString(name);
        return out;
    }
    QStringList valueNames(const QString& key) const override
    {
        std::vector<std::wstring> names;
        win32::listValueNames(wide(key), &names);
        QStringList out;
        for (const std::wstring& name : names)
            out << QString::fromStdWString(name);
        return out;
    }
    bool
    setValue(const QString& key, const QString& name, const RegistryValue& value, QString* error) override
    {
        win32::RegData data;
        data.type = value.type;
        data.bytes.assign(value.data.begin(), value.data.end());
        const long rc = win32::writeValue(wide(key), wide(name), data);
        if (rc != 0)
            *error = failure(key, rc);
        return rc == 0;
    }
    bool deleteValue(const QString& key, const QString& name, QString* error) override
    {
        const long rc = win32::deleteValue(wide(key), wide(name));
        if (rc != 0)
            *error = failure(key, rc);
        return rc == 0;
    }
    bool deleteEmptyKey(const QString& key, QString* error) override
    {
        const long rc = win32::deleteEmptyKey(wide(key));
        if (rc != 0)
            *error = failure(key, rc);
        return rc == 0;
    }
    bool commit(QString*) override { return true; }
    QString describe() const override
    {
        return QCoreApplication::translate("mailsetup", "the Windows registry");
    }
};

} // namespace

std::unique_ptr<Registry> openWin32Registry()
{
    return std::make_unique<Win32Registry>();
}

} // namespace mailsetup
