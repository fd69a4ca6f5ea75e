// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountsettings.h"
#include "clientadapter.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace mailsetup {

// A Windows Mail / Windows Live Mail account file (*.oeaccount): XML with the root
// <MessageAccount> and one <Name type="SZ|DWORD|BINARY">value</Name> per property,
// DWORDs in hexadecimal without 0x (MicrosoftDocs/win32 desktop-src/oe/oe-account-entry.md).
// Kept exactly as written: the encoding (UTF-16 with byte-order mark as Windows Mail
// writes it, or UTF-8), line endings and every element not edited.
class OeAccountFile
{
public:
    struct Property
    {
        QString name;
        QString type;
        QString value; // entities decoded
        int line = 0;
    };

    static OeAccountFile parse(const QByteArray& bytes);
    QString error() const { return m_error; } // "line N: ..." when the file is not such XML
    int errorLine() const { return m_errorLine; }

    QList<Property> properties() const;
    std::optional<QString> value(const QString& name) const;
    std::optional<quint32> dword(const QString& name) const; // hex, or TRUE/FALSE as in Microsoft's template
    // Replaces the element's text, or adds the element before </MessageAccount>.
    void setValue(const QString& name, const QString& type, const QString& value);
    void setDword(const QString& name, quint32 value);
    QByteArray toBytes() const;

    bool isMailAccount() const; // has a POP3, IMAP or SMTP server
    ExistingAccount account(const QString& key) const;

    // A new account file in Windows Mail's own form: UTF-16LE with BOM, CRLF.
    static QByteArray create(const QList<Property>& properties);
    // The properties that set up settings (see the table in oeaccountfile.cpp).
    static QList<Property> propertiesFor(const AccountSettings& settings);
    static QString hex(quint32 value); // 8 lower-case digits, as Windows Live Mail writes them

private:
    enum class Encoding
    {
        Utf8,
        Utf16LE,
        Utf16BE
    };
    Encoding m_encoding = Encoding::Utf8;
    bool m_bom = false;
    QString m_text;
    QString m_error;
    int m_errorLine = 0;
};

} // namespace mailsetup
