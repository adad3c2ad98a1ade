#pragma once

#include "core/store/ownlisteners.h"

#include <QString>
#include <QStringList>

namespace RelayDesk {

/// Keeps the certificate the listeners present naming the addresses they are reached at when a listener's
/// address changes (docs/operations.md, "Apply without restart"): the relay's generated certificate is made
/// again with the new address too; one the admin supplied is left alone, with a warning in the log.
class ListenerCertificate final
{
public:
    /// The addresses clients reach the listeners of after at that those of before were not reached at: a
    /// specific address as it is (also a loopback one such as 127.0.0.2), a wildcard as the machine's
    /// addresses (CertificateNames::reachableAddresses). A specific address this machine does not have
    /// (a typing mistake, whose listener cannot bind) is none: no certificate changes for it.
    static QStringList newAddresses(const OwnListeners& before, const OwnListeners& after);
    /// Before the certificate (tls.certificate, tls.key) is loaded for after: a certificate the relay
    /// generated (tls.certificate empty: dataDir/tls/cert.pem; or tls/selfsigned-*.crt) that lacks a new
    /// address is written again in place, naming every name of the old one and the new addresses, with one
    /// info line; a certificate the admin supplied gets a warning for the addresses it does not name. True
    /// when it wrote a new certificate.
    static bool follow(const QString& dataDir, const QString& certificatePath, const QString& keyPath,
                       const OwnListeners& before, const OwnListeners& after);
    /// server.hostname is one the certificate does not name (an outside tester's certificate still named
    /// "vm" after the hostname changed, without a word): a certificate the relay generated is written again
    /// in place with the hostname first (its subject) and every old name after it; one the admin supplied
    /// gets a warning in the log. Nothing happens while the certificate names it.
    static void followHostname(const QString& dataDir, const QString& certificatePath, const QString& keyPath,
                               const QString& hostname);
    /// At the engine's start: a listener moved to a specific address while no engine ran is named as follow()
    /// names it, in a certificate the relay generated only (a wildcard's addresses, and a supplied
    /// certificate, stay as they are: the start is no change the admin just made).
    static void followAtStart(const QString& dataDir, const QString& certificatePath, const QString& keyPath,
                              const OwnListeners& listeners);
    /// At the engine's start: the relay's own certificate made again, with the same names, when it is not
    /// valid now: made while the clock was ahead (an outside tester's PC with a wrong clock could not start
    /// its relay once the clock was right), or run out. A supplied certificate is the admin's to renew.
    /// Whether it was made again.
    static bool renewOutOfDate(const QString& dataDir, const QString& certificatePath,
                               const QString& keyPath);
};

} // namespace RelayDesk
