// SPDX-License-Identifier: GPL-3.0-or-later
// mailsetup-trust-helper: the only part of Mail Setup that runs as root (through
// pkexec and the polkit action org.mailsetup.trust-helper). See trusthelper.h.
#include "linuxtruststore.h"
#include "trusthelper.h"

#include <QCoreApplication>
#include <QTextStream>
#include <unistd.h>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (::geteuid() != 0) {
        err << QCoreApplication::translate(
                   "mailsetup", "mailsetup-trust-helper changes the system's certificates and runs only "
                                "as root (through pkexec)")
            << "\n";
        return mailsetup::trusthelper::RefusedOrFailed;
    }
    const std::optional<mailsetup::LinuxTrustLayout> layout = mailsetup::LinuxTrustLayout::detect();
    if (!layout) {
        err << QCoreApplication::translate("mailsetup",
                                           "this Linux system has no certificate store Mail Setup knows "
                                           "(update-ca-certificates, update-ca-trust or p11-kit's trust)")
            << "\n";
        return mailsetup::trusthelper::RefusedOrFailed;
    }
    mailsetup::ProcessToolRunner runner;
    return mailsetup::trusthelper::run(app.arguments(), out, err, *layout, runner);
}
