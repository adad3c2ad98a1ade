#include "core/tls/certificatenames.h"
#include "core/util/domainname.h"
#include "core/util/dottedquad.h"

#include <QNetworkInterface>

#include <algorithm>

namespace RelayDesk {

namespace {

bool isAddress(const QString& name, QHostAddress* address = nullptr)
{
    QHostAddress parsed;
    // A scoped address (fe80::1%eth0) has no form in a certificate; IPv4 only as a strict dotted quad
    // ("192.168.001.010" would be 192.168.1.8 to inet_aton).
    if (!parsed.setAddress(name) || !parsed.scopeId().isEmpty())
        return false;
    if (parsed.protocol() == QAbstractSocket::IPv4Protocol && !DottedQuad::parse(name))
        return false;
    if (address)
        *address = parsed;
    return true;
}

bool reachable(const QHostAddress& address)
{
    return !address.isLoopback() && !address.isLinkLocal() && address != QHostAddress::AnyIPv4 &&
           address != QHostAddress::AnyIPv6 && address != QHostAddress::Any;
}

} // namespace

Expected<QStringList> CertificateNames::normalize(const QStringList& names)
{
    QStringList normalized;
    for (const QString& name : names) {
        QString form;
        if (QHostAddress address; isAddress(name, &address)) {
            form = address.toString();
        } else {
            const auto domain = DomainName::normalize(name, false);
            // All digits and dots is meant as an address: "10.1" or "192.168.001.010" are refused, not names.
            const bool numeric = !name.isEmpty() && std::all_of(name.cbegin(), name.cend(), [](QChar c) {
                return c.isDigit() || c == QLatin1Char('.');
            });
            if (!domain || numeric)
                return Expected<QStringList>::failure(
                    QStringLiteral("'%1' is neither a host name nor an IP address").arg(name));
            form = domain.value();
        }
        if (!normalized.contains(form))
            normalized << form;
    }
    return normalized;
}

QStringList CertificateNames::reachableAddresses(const QList<QHostAddress>& bound)
{
    QStringList addresses;
    const auto add = [&addresses](const QHostAddress& address) {
        bool isV4 = false;
        const quint32 v4 = address.toIPv4Address(&isV4);
        const QHostAddress plain = isV4 ? QHostAddress(v4) : address;
        if (reachable(plain) && plain.scopeId().isEmpty() && !addresses.contains(plain.toString()))
            addresses << plain.toString();
    };
    for (const QHostAddress& address : bound) {
        const bool anyV4 = address == QHostAddress::AnyIPv4;
        const bool anyV6 = address == QHostAddress::AnyIPv6 || address == QHostAddress::Any;
        if (!anyV4 && !anyV6) {
            // A specific address as it is, a loopback one too (127.0.0.38: named only at the next start
            // before, so that the certificate a client had been given changed under it: an outside tester);
            // 127.0.0.1 and ::1 the generator names anyway.
            bool isV4 = false;
            const quint32 v4 = address.toIPv4Address(&isV4);
            const QHostAddress plain = isV4 ? QHostAddress(v4) : address;
            if (!plain.isLinkLocal() && plain.scopeId().isEmpty() && plain != QHostAddress::LocalHost &&
                plain != QHostAddress::LocalHostIPv6 && !addresses.contains(plain.toString()))
                addresses << plain.toString();
            continue;
        }
        // 0.0.0.0 takes IPv4 connections only; :: takes both (docs/operations.md).
        for (const QHostAddress& local : QNetworkInterface::allAddresses()) {
            if (anyV6 || local.protocol() == QAbstractSocket::IPv4Protocol)
                add(local);
        }
    }
    return addresses;
}

QByteArray CertificateNames::subjectAltName(const QStringList& names)
{
    QStringList all = names;
    for (const QString& loopback :
         {QStringLiteral("localhost"), QStringLiteral("127.0.0.1"), QStringLiteral("::1")}) {
        if (!all.contains(loopback))
            all << loopback;
    }
    QByteArrayList entries;
    for (const QString& name : all)
        entries << (isAddress(name) ? QByteArrayLiteral("IP:") : QByteArrayLiteral("DNS:")) + name.toUtf8();
    return entries.join(',');
}

QStringList CertificateNames::of(const QSslCertificate& certificate)
{
    QStringList names;
    const auto add = [&names](const QString& name, bool loopbackToo) {
        const auto form = normalize({name});
        // A common name that is no host name ("RelayDesk relay") names nothing a client checks.
        if (!form || form->isEmpty() || names.contains(form->first()))
            return;
        const QString& one = form->first();
        if (loopbackToo || (one != QLatin1String("localhost") && one != QLatin1String("127.0.0.1") &&
                            one != QLatin1String("::1")))
            names << one;
    };
    // The common name first, as the generator takes it (also "localhost"), then the other names.
    for (const QString& name : certificate.subjectInfo(QSslCertificate::CommonName))
        add(name, true);
    const auto alternatives = certificate.subjectAlternativeNames();
    for (const QString& name :
         alternatives.values(QSsl::DnsEntry) + alternatives.values(QSsl::IpAddressEntry))
        add(name, false);
    return names;
}

bool CertificateNames::namesHost(const QSslCertificate& certificate, const QString& host)
{
    const QString wanted = host.toLower();
    QStringList presented = certificate.subjectAlternativeNames().values(QSsl::DnsEntry);
    if (presented.isEmpty())
        presented = certificate.subjectInfo(QSslCertificate::CommonName);
    for (const QString& name : std::as_const(presented)) {
        const QString lower = name.toLower();
        if (lower == wanted)
            return true;
        const qsizetype dot = wanted.indexOf(QLatin1Char('.'));
        if (lower.startsWith(QLatin1String("*.")) && dot > 0 && lower.mid(1) == wanted.mid(dot))
            return true;
    }
    return false;
}

QStringList CertificateNames::unnamed(const QSslCertificate& certificate, const QStringList& addresses)
{
    QList<QHostAddress> named;
    for (const QString& entry : certificate.subjectAlternativeNames().values(QSsl::IpAddressEntry))
        named << QHostAddress(entry);
    QStringList missing;
    for (const QString& address : addresses) {
        if (!named.contains(QHostAddress(address)) && !missing.contains(address))
            missing << address;
    }
    return missing;
}

} // namespace RelayDesk
