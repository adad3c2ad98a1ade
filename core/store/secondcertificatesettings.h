#pragma once

#include <QString>

#include <functional>

namespace RelayDesk {

/// The checks of tls.second_certificate and tls.second_key, the pair of the other key type served beside
/// tls.certificate (docs/security.md, "Listener certificates"), as a change of settings would leave them.
class SecondCertificateSettings final
{
public:
    /// Empty when the second pair, with after(key) the values once a change is made, can be served beside
    /// the first, or is not set; otherwise "KEY: why not". A pair the settings would refuse never reaches the
    /// listeners, which leave a refused one out (TlsContext::load).
    static QString problem(const std::function<QString(const QString&)>& after);
    /// Whether a change of key needs problem() asked: one of the four certificate settings.
    static bool concerns(const QString& key);
};

} // namespace RelayDesk
