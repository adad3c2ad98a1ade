#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

namespace RelayDesk {

/// An IPv4 address written as a person reads it: four decimal numbers from 0 to 255, without leading zeros.
/// QHostAddress also takes the inet_aton forms ("10.1", "0x7f.1", "0177.0.0.1"), which name other addresses
/// than they seem to.
class DottedQuad final
{
public:
    /// The address in host byte order, or nothing when text is not a strict dotted quad.
    static std::optional<quint32> parse(const QString& text);
    /// An IP address as a person writes it: a strict dotted quad, or an IPv6 address (with colons).
    static std::optional<QHostAddress> address(const QString& text);
    /// text would be read as an IPv4 address by a resolver (inet_aton: "5.5", "0x10", "010.1.1.1", a name
    /// whose last label is all digits, RFC 1123 2.1) but is not a strict dotted quad: it names another
    /// address than it seems to, or none.
    static bool isDisguisedAddress(const QString& text);
};

} // namespace RelayDesk
