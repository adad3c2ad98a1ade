#pragma once

#include "core/util/expected.h"

#include <QHostAddress>
#include <QString>

namespace RelayDesk {

/// An IPv4/IPv6 address or CIDR range of an allowlist ("192.0.2.7", "10.0.0.0/8", "2001:db8::/32").
class CidrRange
{
public:
    /// Parses and normalises (host bits must be zero: "10.0.0.1/8" is refused with a hint to 10.0.0.0/8).
    static Expected<CidrRange> parse(const QString& text);

    bool contains(const QHostAddress& address) const; ///< IPv4-mapped IPv6 clients match IPv4 ranges
    /// One range holds the other, or both are one: they share an address (IPv4-mapped forms as IPv4, as
    /// contains() counts them).
    bool overlaps(const CidrRange& other) const;
    QString toString() const; ///< canonical "10.0.0.0/8"; single hosts without /32
    /// Plain words for a person: "one address: 192.0.2.7", "256 addresses: 10.0.0.0 to 10.0.0.255",
    /// "every IPv4 address".
    QString describe() const;
    /// Wider than an IPv4 /16 or an IPv6 /48 (one site): as a trusted device, an open door to many networks.
    /// Not 127.0.0.0/8: that is this machine alone.
    bool isWide() const;
    const QHostAddress& network() const { return m_network; }
    int prefixLength() const { return m_prefix; }
    bool operator==(const CidrRange& other) const
    {
        return m_network == other.m_network && m_prefix == other.m_prefix;
    }

private:
    QHostAddress m_network;
    int m_prefix = 0;
};

} // namespace RelayDesk
