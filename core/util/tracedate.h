#pragma once

#include <QByteArray>

namespace RelayDesk {

/// The current local time as an RFC 5322 3.3 date-time ("Sat, 28 Nov 2026 17:12:03 +0100") for trace
/// headers, formatted at most once a second per thread: formatting a local time costs more than the rest
/// of a Received: line.
class TraceDate final
{
public:
    static QByteArray now();
};

} // namespace RelayDesk
