#pragma once

#include "core/util/expected.h"

#include <QString>
#include <QStringList>

namespace RelayDesk {

/// Creates a self-signed certificate and key (EC P-256) for the listeners when the user supplies none.
class CertificateGenerator final
{
public:
    /// Writes certPath and keyPath (key readable by the owner only, docs/architecture.md, "secrets stay
    /// secret"). The first of names is the subject's CN; every name, localhost and 127.0.0.1 / ::1 are
    /// subject alternative names (CertificateNames). A name that is neither a host name nor an IP address
    /// is refused, and nothing is written.
    static Status generate(const QString& certPath, const QString& keyPath, const QStringList& names,
                           int validDays = 825);
    static Status generate(const QString& certPath, const QString& keyPath, const QString& hostname,
                           int validDays = 825)
    {
        return generate(certPath, keyPath, QStringList{hostname}, validDays);
    }
};

} // namespace RelayDesk
