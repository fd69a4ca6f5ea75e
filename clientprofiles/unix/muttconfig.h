// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientadapter.h"
#include "muttrcfile.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mailsetup {

// What the top level of one muttrc sets, for the variables Mail Setup reads or
// writes, the way Mutt ends up with them after reading the file from top to
// bottom. Hooks, ifdef and sourced files are not followed: they are listed, so a
// plan can say what it left alone.
class MuttConfig
{
public:
    // The variables Mail Setup reads or writes (muttmua/mutt init.h; NeoMutt renamed
    // realname and spoolfile in 2021 and keeps the old names as synonyms, which is why
    // new lines use the old names: both programs read them).
    static const QList<QByteArray>& variables();
    // real_name -> realname, spool_file -> spoolfile; other names unchanged.
    static QByteArray canonicalName(const QByteArray& name);

    struct Value
    {
        enum class Kind
        {
            Default, // never changed at the top level (or reset): the program's default
            Known,   // text holds the value
            Unknown  // computed when Mutt starts (`command`, $VARIABLE), toggled, or appended to
        };
        Kind kind = Kind::Default;
        QByteArray text;
        int command = -1;  // index in MuttrcFile::commands() of the last change
        int variable = -1; // index in that command's variables
    };

    explicit MuttConfig(const MuttrcFile& file);

    Value value(const QByteArray& name) const;
    bool isYes(const QByteArray& name) const; // a boolean or quad-option known to be yes

    // Indices of commands that matter for where changes go.
    QList<int> sourceCommands() const { return m_sources; }
    int firstFinish() const { return m_firstFinish; } // -1 when none
    // Hooks and ifdef/ifndef lines that name one of variables(): "line 12 (folder-hook): smtp_url".
    struct Nested
    {
        int line = 0;
        QByteArray command;
        QList<QByteArray> variables;
    };
    QList<Nested> nestedSettings() const { return m_nested; }
    // Top-level lines that set a password variable (smtp_pass, imap_pass, pop_pass).
    QList<int> passwordLines() const { return m_passwordLines; }
    // Lines with an account-hook (connection settings for some servers only).
    QList<int> accountHookLines() const { return m_accountHookLines; }

    // The one account this file describes, if it describes any.
    std::optional<ExistingAccount> account() const;
    // The address in a from value: "Alice <a@b>", "a@b (Alice)", "a@b".
    static QString addressOf(const QByteArray& from);

private:
    MuttrcFile m_file; // a copy (implicitly shared): a MuttConfig may outlive the file it was made from
    QList<int> m_sources;
    int m_firstFinish = -1;
    QList<Nested> m_nested;
    QList<int> m_passwordLines;
    QList<int> m_accountHookLines;
};

} // namespace mailsetup
