#pragma once

#include "core/util/expected.h"

#include <QString>

namespace RelayDesk {

/// A remote endpoint by host name or IP literal: "smtp.example.com:587", "192.0.2.1:25", "[2001:db8::1]:25".
struct HostAndPort
{
    QString host; ///< lower-case host name, or an IP address without brackets
    quint16 port = 25;

    /// Parses "host[:port]"; defaultPort applies when the port is left out.
    static Expected<HostAndPort> parse(const QString& text, quint16 defaultPort = 25);
    /// True when text names its port ("host:587"); false for "host" and "host:", which take the default.
    static bool hasPort(const QString& text);
    /// An empty string if name is a valid host name (RFC 1123 2.1) or IP address, else what is wrong.
    static QString validateHost(const QString& name);
    QString toString() const;
};

} // namespace RelayDesk
