// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to clientprofiles/instructions: what each program's steps are written with.

#include "instructions.h"

#include <QList>
#include <functional>

namespace mailsetup {

// What a program can do, so its steps never ask for something it lacks.
struct ClientCapabilities
{
    QList<Security> incoming{Security::Ssl, Security::StartTls}; // empty: cannot protect incoming mail
    QList<Security> outgoing{Security::Ssl, Security::StartTls};
    QList<int> outgoingPorts;    // empty: any port can be typed in
    QList<int> incomingSslPorts; // implicit TLS only on these (Eudora's fixed "alternate port"); empty: any
    QList<int> outgoingSslPorts;
};

class InstructionWriter
{
public:
    // incomingWanted: the account has an incoming server, even if this program cannot use it.
    InstructionWriter(const ProviderProfile& profile, ClientInstructions& out, bool incomingWanted)
        : m_profile(profile), m_out(out), m_incomingWanted(incomingWanted)
    {}

    const ProviderProfile& profile() const { return m_profile; }
    QString provider() const { return m_out.providerName; }
    QString email() const { return m_out.email; }
    const ServerSettings& out() const { return m_out.outgoing; }
    const std::optional<ServerSettings>& in() const { return m_out.incoming; }
    bool pop3() const { return m_out.incoming && m_out.incoming->type == QLatin1String("pop3"); }
    // The provider wants a normal password (AUTH PLAIN/LOGIN, USER/PASS) inside TLS.
    bool plainPassword(const ServerSettings& server) const
    {
        return server.auth == AuthMethod::PasswordCleartext;
    }

    void section(const QString& title);
    void open(const QString& where, const QString& note = {});
    void click(const QString& where, const QString& button, const QString& note = {});
    void type(const QString& where, const QString& field, const QString& value, const QString& note = {});
    void choose(const QString& where, const QString& field, const QString& value, const QString& note = {});
    void tick(const QString& where, const QString& field, const QString& note = {});
    void untick(const QString& where, const QString& field, const QString& note = {});
    void say(const QString& text, const QString& note = {});
    // A line of a settings file, whole (`set smtp_url="..."`); `name` is the setting.
    void setting(const QString& where, const QString& name, const QString& line, const QString& note = {});
    void intro(const QString& text) { m_out.intro = text; }
    void warn(const QString& text) { m_out.warnings << text; }
    void source(const QString& text) { m_out.sources << text; }

    // Sentences several programs share.
    QString noCramMd5Note(const ServerSettings& server) const; // empty unless a normal password
    QString port25Note() const;                                // empty unless the outgoing port is 25
    QString incomingUnchanged() const;                         // for profiles that set up outgoing mail only

private:
    void add(InstructionStep::Kind kind,
             const QString& where,
             const QString& field,
             const QString& value,
             const QString& note);

    const ProviderProfile& m_profile;
    ClientInstructions& m_out;
    bool m_incomingWanted = false;
};

struct ClientSpec
{
    QString id;
    QString name;
    QString platform;
    QStringList noteKeys; // ms:clientNote client values that apply, most specific first
    ClientCapabilities capabilities;
    std::function<void(InstructionWriter&)> write;
};

// One list per family of programs, each in its own file.
QList<ClientSpec> mozillaClientSpecs();
QList<ClientSpec> windowsClientSpecs();
QList<ClientSpec> macClientSpecs();
QList<ClientSpec> unixClientSpecs();

} // namespace mailsetup
