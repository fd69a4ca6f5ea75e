// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "toolrunner.h"
#include "truststore.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace mailsetup {

// Where a Linux distribution keeps the administrator's root certificates and how
// it rebuilds the bundle programs read. Sources: update-ca-certificates(8) (Debian),
// update-ca-trust(8) (Fedora), trust(1) (p11-kit, Arch), openSUSE/ca-certificates
// README, summarised in ../shared/research/unix-mozilla-apple-clients.md section 11;
// FiloSottile/mkcert truststore_linux.go for the detection order.
struct LinuxTrustLayout
{
    enum class Family
    {
        Debian,   // Debian, Ubuntu: /usr/local/share/ca-certificates/*.crt + update-ca-certificates
        Fedora,   // Fedora, RHEL, CentOS: /etc/pki/ca-trust/source/anchors + update-ca-trust extract
        Arch,     // Arch and other p11-kit systems: trust anchor --store + trust extract-compat
        OpenSuse, // openSUSE, SLE: /etc/pki/trust/anchors + update-ca-certificates
    };

    Family family = Family::Debian;
    QString anchorDir;  // our file goes here (Arch: where p11-kit keeps its anchors)
    QString extension;  // ".crt" (Debian requires it) or ".pem"
    QString bundleFile; // the extracted bundle OpenSSL programs read
    QString certsDir;   // the hashed folder, may be empty
    QString refreshProgram;
    QStringList refreshArguments;

    static QString familyName(Family family); // "Debian/Ubuntu", ...
    static bool parseFamily(const QString& text, Family* family);
    QString familyId() const; // "debian", "fedora", "arch", "opensuse"

    // The system's own paths. sysroot prefixes every path (tests; an image being prepared).
    static LinuxTrustLayout forFamily(Family family, const QString& sysroot = QString());
    // Debian's update-ca-certificates run entirely inside root: its --certsconf,
    // --certsdir, --localcertsdir, --etccertsdir and --hooksdir options point there.
    static LinuxTrustLayout debianUnder(const QString& root);
    // Which family this system is: /etc/os-release (ID, ID_LIKE) first, then which
    // anchor folder exists (mkcert's order). Empty when none applies.
    static std::optional<LinuxTrustLayout> detect(const QString& sysroot = QString());
};

// The system-wide store of one Linux family. Writing needs root: the wizard goes
// through the helper (helpertruststore.h); the helper and root use this directly.
class LinuxSystemTrustStore : public TrustStore
{
public:
    LinuxSystemTrustStore(LinuxTrustLayout layout, ToolRunner& runner);

    QString id() const override;
    QString displayName() const override;
    bool needsAdministrator() const override { return true; }
    TrustResult isInstalled(const TrustAnchor& anchor) override;
    TrustResult verify(const TrustAnchor& anchor, const QByteArray& issuedCertificate) override;
    TrustResult uninstall(const TrustAnchor& anchor, const QString& addedEntry) override;

    const LinuxTrustLayout& layout() const { return m_layout; }
    // Where install() puts this anchor's file (Arch: the file handed to trust anchor).
    QString anchorFile(const TrustAnchor& anchor) const;

protected:
    TrustResult installChecked(const TrustAnchor& anchor) override;

private:
    TrustResult refresh();
    QString findAnchorFileWith(const QByteArray& sha256) const;

    LinuxTrustLayout m_layout;
    ToolRunner& m_runner;
};

} // namespace mailsetup
