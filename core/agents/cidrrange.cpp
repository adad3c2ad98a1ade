#include "core/agents/cidrrange.h"
#include "core/util/dottedquad.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <array>

namespace RelayDesk {

namespace {

constexpr int ipv4Bits = 32;
constexpr int ipv6Bits = 128;
constexpr int mappedPrefix = 96; // ::ffff:0:0/96 holds the IPv4-mapped addresses (RFC 4291 2.5.5.2)

// The words are English unless a translator is installed (the desktop manager installs one; the CLI does
// not).
QString translated(const char* text)
{
    return QCoreApplication::translate("RelayDesk::CidrRange", text);
}

QString garbage(const QString& text)
{
    return translated(QT_TRANSLATE_NOOP("RelayDesk::CidrRange",
                                        "'%1' is not an IP address or CIDR range (examples: "
                                        "192.0.2.7, 10.0.0.0/8, 2001:db8::/32)"))
        .arg(text);
}

using Bytes = std::array<quint8, 16>;

Bytes bytesOf(const QHostAddress& address)
{
    Bytes bytes{};
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 v4 = address.toIPv4Address();
        for (int i = 0; i < 4; ++i)
            bytes[size_t(i)] = quint8(v4 >> (24 - 8 * i));
    } else {
        const Q_IPV6ADDR v6 = address.toIPv6Address();
        for (size_t i = 0; i < 16; ++i)
            bytes[i] = v6[int(i)];
    }
    return bytes;
}

QHostAddress addressOf(const Bytes& bytes, bool ipv4)
{
    if (ipv4) {
        quint32 v4 = 0;
        for (size_t i = 0; i < 4; ++i)
            v4 = (v4 << 8) | bytes[i];
        return QHostAddress(v4);
    }
    Q_IPV6ADDR v6;
    for (size_t i = 0; i < 16; ++i)
        v6[int(i)] = bytes[i];
    return QHostAddress(v6);
}

// Keeps the first prefix bits; with fill, sets the rest to one (the last address of the range).
Bytes masked(Bytes bytes, int prefix, int totalBits, bool fill)
{
    for (int bit = prefix; bit < totalBits; ++bit) {
        const size_t index = size_t(bit / 8);
        const quint8 mask = quint8(0x80 >> (bit % 8));
        bytes[index] = fill ? quint8(bytes[index] | mask) : quint8(bytes[index] & ~mask);
    }
    return bytes;
}

// True for ::ffff:a.b.c.d only (RFC 4291 2.5.5.2). QHostAddress::toIPv4Address() also converts "::", which
// would turn "::/96" into 0.0.0.0/0, every IPv4 address.
bool isIpv4Mapped(const QHostAddress& address, quint32* v4)
{
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return false;
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    for (int i = 0; i < 10; ++i) {
        if (v6[i] != 0)
            return false;
    }
    if (v6[10] != 0xff || v6[11] != 0xff)
        return false;
    *v4 = address.toIPv4Address();
    return true;
}

// An IPv4-mapped IPv6 address stands for its IPv4 address (dual-stack sockets report clients this way).
QHostAddress unmapped(const QHostAddress& address)
{
    quint32 v4 = 0;
    return isIpv4Mapped(address, &v4) ? QHostAddress(v4) : address;
}

} // namespace

Expected<CidrRange> CidrRange::parse(const QString& input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Expected<CidrRange>::failure(translated(QT_TRANSLATE_NOOP(
            "RelayDesk::CidrRange", "an empty address is not an IP address or CIDR range")));
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    const QString addressText = slash < 0 ? text : text.left(slash);
    const QString prefixText = slash < 0 ? QString() : text.mid(slash + 1);

    QHostAddress address;
    if (const auto v4 = DottedQuad::parse(addressText)) {
        address = QHostAddress(*v4);
    } else if (addressText.contains(QLatin1Char(':')) && !addressText.contains(QLatin1Char('%')) &&
               address.setAddress(addressText) && address.protocol() == QAbstractSocket::IPv6Protocol) {
        // parsed as IPv6
    } else {
        return Expected<CidrRange>::failure(garbage(text));
    }

    const bool ipv4 = address.protocol() == QAbstractSocket::IPv4Protocol;
    const int totalBits = ipv4 ? ipv4Bits : ipv6Bits;
    int prefix = totalBits;
    if (slash >= 0) {
        static const QRegularExpression digits(QStringLiteral("^\\d{1,3}$"));
        if (!digits.match(prefixText).hasMatch())
            return Expected<CidrRange>::failure(garbage(text));
        prefix = prefixText.toInt();
        if (prefix > totalBits) {
            return Expected<CidrRange>::failure(
                translated(QT_TRANSLATE_NOOP("RelayDesk::CidrRange",
                                             "%1: prefix length /%2 is out of range for %3 (0 to %4)"))
                    .arg(text)
                    .arg(prefix)
                    .arg(ipv4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6"))
                    .arg(totalBits));
        }
    }

    const Bytes bytes = bytesOf(address);
    const Bytes network = masked(bytes, prefix, totalBits, false);
    if (network != bytes) {
        const QString suggestion =
            addressOf(network, ipv4).toString() % QLatin1Char('/') % QString::number(prefix);
        return Expected<CidrRange>::failure(
            translated(QT_TRANSLATE_NOOP("RelayDesk::CidrRange", "%1 has host bits set; did you mean %2?"))
                .arg(text, suggestion));
    }

    CidrRange range;
    range.m_network = address;
    range.m_prefix = prefix;
    // "::ffff:10.0.0.0/104" is the IPv4 range 10.0.0.0/8 written the IPv6 way.
    quint32 mapped = 0;
    if (isIpv4Mapped(address, &mapped) && prefix >= mappedPrefix) {
        range.m_network = QHostAddress(mapped);
        range.m_prefix = prefix - mappedPrefix;
    }
    return range;
}

bool CidrRange::contains(const QHostAddress& input) const
{
    const QHostAddress address = unmapped(input);
    if (address.isNull() || address.protocol() != m_network.protocol())
        return false;
    const bool ipv4 = address.protocol() == QAbstractSocket::IPv4Protocol;
    return masked(bytesOf(address), m_prefix, ipv4 ? ipv4Bits : ipv6Bits, false) == bytesOf(m_network);
}

bool CidrRange::overlaps(const CidrRange& other) const
{
    // Two CIDR ranges that share an address nest: the wider one holds the other's first address.
    return contains(other.m_network) || other.contains(m_network);
}

QString CidrRange::toString() const
{
    const int totalBits = m_network.protocol() == QAbstractSocket::IPv4Protocol ? ipv4Bits : ipv6Bits;
    if (m_prefix == totalBits)
        return m_network.toString();
    return m_network.toString() % QLatin1Char('/') % QString::number(m_prefix);
}

QString CidrRange::describe() const
{
    if (m_network.isNull())
        return translated(QT_TRANSLATE_NOOP("RelayDesk::CidrRange", "no address"));
    const bool ipv4 = m_network.protocol() == QAbstractSocket::IPv4Protocol;
    const int totalBits = ipv4 ? ipv4Bits : ipv6Bits;
    const QString family = ipv4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6");
    if (m_prefix == totalBits)
        return translated(QT_TRANSLATE_NOOP("RelayDesk::CidrRange", "one address: %1"))
            .arg(m_network.toString());
    if (m_prefix == 0)
        return translated(QT_TRANSLATE_NOOP("RelayDesk::CidrRange", "every %1 address")).arg(family);
    const int hostBits = totalBits - m_prefix;
    const QString count =
        hostBits < 63 ? QLocale().toString(qint64(1) << hostBits) : QStringLiteral("2^%1").arg(hostBits);
    const QString last = addressOf(masked(bytesOf(m_network), m_prefix, totalBits, true), ipv4).toString();
    return translated(QT_TRANSLATE_NOOP("RelayDesk::CidrRange", "%1 addresses: %2 to %3"))
        .arg(count, m_network.toString(), last);
}

bool CidrRange::isWide() const
{
    if (m_network.isNull())
        return false;
    // 127.0.0.0/8 is this machine alone, however many addresses it holds.
    if (m_network.protocol() == QAbstractSocket::IPv4Protocol && m_prefix >= 8 && m_network.isLoopback())
        return false;
    return m_prefix < (m_network.protocol() == QAbstractSocket::IPv4Protocol ? 16 : 48);
}

} // namespace RelayDesk
