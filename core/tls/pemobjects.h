#pragma once

#include "core/tls/opensslpointers.h"

#include <QByteArray>

#include <vector>

namespace RelayDesk {

/// Certificates and private keys read from PEM text in memory. A passphrase is never asked for on the
/// terminal: an encrypted key reads as no key, and the caller says why it cannot be used.
namespace PemObjects {

/// Every certificate in pem, in the order written (none if it holds none).
std::vector<Cert> certificates(const QByteArray& pem);
/// The first certificate in pem, or null.
Cert firstCertificate(const QByteArray& pem);
/// The first unencrypted private key in pem, or null.
PKey privateKey(const QByteArray& pem);
/// certificate as PEM text.
QByteArray pemOf(X509* certificate);

} // namespace PemObjects

} // namespace RelayDesk
