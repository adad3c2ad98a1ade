#pragma once

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
};

} // namespace RelayDesk
