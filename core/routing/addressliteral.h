#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

namespace RelayDesk {

/// The address of a recipient domain written as an address literal (RFC 5321 4.1.3): "[192.0.2.7]" or
/// "[IPv6:2001:db8::7]". Mail to it goes to that address, with no DNS lookup; nothing for a domain name.
std::optional<QHostAddress> addressLiteral(const QString& domain);

} // namespace RelayDesk
