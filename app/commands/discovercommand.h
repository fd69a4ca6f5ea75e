// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace mailsetup {

struct DiscoveryNetwork;

// mailsetup discover EMAIL [--json] [--timeout S] [--no-network]: finds the
// provider's settings and shows every answer, best first, with where it came from.
// Changes nothing.
int runDiscoverCommand(const QStringList& arguments, QTextStream& out, QTextStream& err);

// The same on a given network (tests: loopback servers, a test CA, dnsmasq).
int runDiscoverCommandOn(const DiscoveryNetwork& network,
                         const QStringList& arguments,
                         QTextStream& out,
                         QTextStream& err);

} // namespace mailsetup
