#include "core/engine/listenercertificate.h"
#include "core/tls/certificategenerator.h"
#include "core/tls/certificatenames.h"
#include "core/util/logcategories.h"
#include "core/util/logline.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>

#include <algorithm>
#include <cerrno>
#include <utility>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace RelayDesk {

namespace {

bool isWildcard(const QHostAddress& address)
{
    return address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6 ||
           address == QHostAddress::Any;
}

// The relay's own certificate: the first start's tls/cert.pem (tls.certificate empty), or one that
// `relaydesk tls generate` or the window's Generate wrote as tls/selfsigned-*.crt with its .key beside it
// (docs/operations.md, "The listeners' certificate"). Anything else the admin supplied.
bool isGenerated(const QString& tlsDir, const QString& certificatePath, const QString& keyPath)
{
    if (certificatePath.isEmpty())
        return true;
    const QFileInfo certificate(certificatePath);
    const QString base = certificate.absolutePath() + QLatin1Char('/') + certificate.completeBaseName();
    return certificate.absolutePath() == QFileInfo(tlsDir).absoluteFilePath() &&
           certificate.fileName().startsWith(QLatin1String("selfsigned-")) &&
           certificate.suffix() == QLatin1String("crt") &&
           QFileInfo(keyPath).absoluteFilePath() == base + QStringLiteral(".key");
}

/// The certificate and key files the listeners use: the settings' paths, or the first start's pair in tls/.
std::pair<QString, QString> filesInUse(const QString& tlsDir, const QString& certificatePath,
                                       const QString& keyPath)
{
    return {certificatePath.isEmpty() ? QDir(tlsDir).filePath(QStringLiteral("cert.pem")) : certificatePath,
            keyPath.isEmpty() ? QDir(tlsDir).filePath(QStringLiteral("key.pem")) : keyPath};
}

/// The relay's own certificate written again in place for names, and the RSA one beside it (the first
/// start's, or `tls generate`'s second pair) for the same names, so that both keep naming the same hosts.
Status regenerateOwnPairs(const QString& certPath, const QString& keyPath, const QStringList& names)
{
    if (Status made = CertificateGenerator::generate(certPath, keyPath, names); !made)
        return made;
    const QString rsaCertificate = CertificateGenerator::rsaCompanion(certPath);
    if (!QFile::exists(rsaCertificate))
        return {}; // none yet: TlsContext::load makes it for the first start's pair
    return CertificateGenerator::generate(rsaCertificate, CertificateGenerator::rsaCompanion(keyPath), names,
                                          825, CertificateGenerator::KeyType::Rsa);
}

bool sameEndpoint(const OwnListeners::Endpoint& a, const OwnListeners::Endpoint& b)
{
    return a.name == b.name && a.address == b.address;
}

/// Whether a socket can be bound to the address on this machine (any port): an outside tester's mistyped
/// 10.9.9.9 made the relay write its certificate again for an address no listener could ever take.
bool isOwnAddress(const QHostAddress& address)
{
    sockaddr_storage storage{};
    socklen_t length = 0;
    bool ok = false;
    if (const quint32 v4 = address.toIPv4Address(&ok); ok) {
        auto* in = reinterpret_cast<sockaddr_in*>(&storage);
        in->sin_family = AF_INET;
        in->sin_addr.s_addr = htonl(v4);
        length = sizeof(sockaddr_in);
    } else if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto* in6 = reinterpret_cast<sockaddr_in6*>(&storage);
        in6->sin6_family = AF_INET6;
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::copy(std::begin(bytes.c), std::end(bytes.c), in6->sin6_addr.s6_addr);
        length = sizeof(sockaddr_in6);
    } else {
        return true; // not an IP address: nothing to test, as before
    }
    const int descriptor = ::socket(storage.ss_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (descriptor < 0)
        return true; // cannot tell: name it, as before
    const bool bound = ::bind(descriptor, reinterpret_cast<const sockaddr*>(&storage), length) == 0 ||
                       errno != EADDRNOTAVAIL;
    ::close(descriptor);
    return bound;
}

} // namespace

QStringList ListenerCertificate::newAddresses(const OwnListeners& before, const OwnListeners& after)
{
    QStringList addresses;
    for (const OwnListeners::Endpoint& endpoint : after.endpoints()) {
        const auto old = before.endpoints();
        if (std::any_of(old.cbegin(), old.cend(),
                        [&](const OwnListeners::Endpoint& o) { return sameEndpoint(o, endpoint); }))
            continue;
        // A link-local address needs a scope that no certificate can name (RFC 5280 4.2.1.6).
        const bool specific = !isWildcard(endpoint.address) && endpoint.address.scopeId().isEmpty();
        if (specific && !isOwnAddress(endpoint.address))
            continue;
        QStringList reached = specific ? QStringList{endpoint.address.toString()}
                                       : CertificateNames::reachableAddresses({endpoint.address});
        for (const QString& address : std::as_const(reached)) {
            if (!addresses.contains(address))
                addresses << address;
        }
    }
    return addresses;
}

bool ListenerCertificate::renewOutOfDate(const QString& dataDir, const QString& certificatePath,
                                         const QString& keyPath)
{
    const QString tls = QDir(dataDir).filePath(QStringLiteral("tls"));
    if (!isGenerated(tls, certificatePath, keyPath))
        return false;
    const auto [certPath, key] = filesInUse(tls, certificatePath, keyPath);
    const QSslCertificate certificate = QSslCertificate::fromPath(certPath).value(0);
    if (certificate.isNull())
        return false; // none yet: TlsContext::load generates one
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Five minutes of leeway: two machines' clocks differ by that much without anyone being wrong.
    const bool early = certificate.effectiveDate() > now.addSecs(300);
    const bool expired = certificate.expiryDate() <= now;
    if (!early && !expired)
        return false;
    const Status made = regenerateOwnPairs(certPath, key, CertificateNames::of(certificate));
    if (!made) {
        qCWarning(lcConfig)
            << LogLine("certificate_not_renewed").add("certificate", certPath).add("error", made.error());
        return false;
    }
    qCWarning(lcConfig) << LogLine("certificate_generated")
                               .add("reason",
                                    early ? "not valid yet (made while the clock was ahead)" : "expired")
                               .add("valid_from", certificate.effectiveDate().toString(Qt::ISODate))
                               .add("note", "clients that trust the exported certificate need it again");
    return true;
}

void ListenerCertificate::followAtStart(const QString& dataDir, const QString& certificatePath,
                                        const QString& keyPath, const OwnListeners& listeners)
{
    renewOutOfDate(dataDir, certificatePath, keyPath);
    if (!isGenerated(QDir(dataDir).filePath(QStringLiteral("tls")), certificatePath, keyPath))
        return;
    QList<OwnListeners::Endpoint> wildcards;
    for (const OwnListeners::Endpoint& endpoint : listeners.endpoints()) {
        if (isWildcard(endpoint.address))
            wildcards << endpoint;
    }
    follow(dataDir, certificatePath, keyPath, OwnListeners(wildcards, {}), listeners);
}

bool ListenerCertificate::follow(const QString& dataDir, const QString& certificatePath,
                                 const QString& keyPath, const OwnListeners& before,
                                 const OwnListeners& after)
{
    const QStringList reached = newAddresses(before, after);
    if (reached.isEmpty())
        return false;
    const QString tls = QDir(dataDir).filePath(QStringLiteral("tls"));
    const bool generated = isGenerated(tls, certificatePath, keyPath);
    const auto [certPath, key] = filesInUse(tls, certificatePath, keyPath);
    const QSslCertificate certificate = QSslCertificate::fromPath(certPath).value(0);
    if (certificate.isNull())
        return false; // none yet: TlsContext::load generates one for the listeners as they are
    const QStringList missing = CertificateNames::unnamed(certificate, reached);
    if (missing.isEmpty())
        return false;
    if (!generated) {
        qCWarning(lcConfig) << LogLine("certificate_does_not_name_listener")
                                   .add("certificate", certPath)
                                   .add("addresses", missing.join(QLatin1Char(',')))
                                   .add("effect", "clients that verify the certificate refuse it there");
        return false;
    }
    // Written in place: the engine loads the same files again as it applies the change.
    const Status made = regenerateOwnPairs(certPath, key, CertificateNames::of(certificate) + missing);
    if (!made) {
        qCWarning(lcConfig) << LogLine("certificate_not_renewed")
                                   .add("addresses", missing.join(QLatin1Char(',')))
                                   .add("error", made.error());
        return false;
    }
    // A warning: every client given the exported certificate refuses the new one until it is given it too
    // (an outside tester's upgrade made it again with only an info line to say so).
    qCWarning(lcConfig) << LogLine("certificate_generated")
                               .add("reason", "listener address not named")
                               .add("addresses", missing.join(QLatin1Char(',')))
                               .add("note", "clients that trust the exported certificate need it again");
    return true;
}

void ListenerCertificate::followHostname(const QString& dataDir, const QString& certificatePath,
                                         const QString& keyPath, const QString& hostname)
{
    const auto normalized = CertificateNames::normalize({hostname});
    if (!normalized || normalized->isEmpty())
        return; // the settings refuse a hostname that is no name
    const QString name = normalized->first();
    const QString tls = QDir(dataDir).filePath(QStringLiteral("tls"));
    const auto [certPath, key] = filesInUse(tls, certificatePath, keyPath);
    const QSslCertificate certificate = QSslCertificate::fromPath(certPath).value(0);
    if (certificate.isNull())
        return; // none yet: TlsContext::load generates one naming the hostname
    const QStringList names = CertificateNames::of(certificate);
    if (names.contains(name))
        return;
    if (!isGenerated(tls, certificatePath, keyPath)) {
        qCWarning(lcConfig) << LogLine("certificate_does_not_name_hostname")
                                   .add("certificate", certPath)
                                   .add("hostname", name)
                                   .add("effect",
                                        "clients that verify the certificate by that name refuse it");
        return;
    }
    const Status made = regenerateOwnPairs(certPath, key, QStringList{name} + names);
    if (!made) {
        qCWarning(lcConfig)
            << LogLine("certificate_not_renewed").add("hostname", name).add("error", made.error());
        return;
    }
    qCWarning(lcConfig) << LogLine("certificate_generated")
                               .add("reason", "server.hostname not named")
                               .add("hostname", name)
                               .add("note", "clients that trust the exported certificate need it again");
}

} // namespace RelayDesk
