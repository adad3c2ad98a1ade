#pragma once

#include <QByteArray>
#include <QStringList>

namespace RelayDesk {

/// Puts the certificates of an imported PEM chain in the order TLS sends them (RFC 8446 4.4.2, RFC 5246
/// 7.4.2): the certificate of the private key first, then the one that issued it, and so on towards the
/// root. Providers hand out files in either order, and a file that began with the issuer was refused as if
/// the key belonged to no certificate in it.
class ChainOrder final
{
public:
    /// chainPem in that order, encoded again; chainPem itself when it is in that order already, when no
    /// certificate in it belongs to keyPem, or when either cannot be read (the pair check then says why).
    static QByteArray leafFirst(const QByteArray& chainPem, const QByteArray& keyPem);
    /// The first certificate of orderedPem and then each one that issued the one before it, as far as they
    /// link; the others are left out and named in leftOut ("CN=..."): a certificate of something else in an
    /// imported file went to every client as part of the chain (outside testers).
    static QByteArray linkedChain(const QByteArray& orderedPem, QStringList* leftOut);
};

} // namespace RelayDesk
