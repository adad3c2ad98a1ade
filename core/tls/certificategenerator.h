#pragma once

#include "core/util/expected.h"

#include <QString>

namespace RelayDesk {

/// Creates a self-signed certificate and key (EC P-256) for the listeners when the user supplies none.
class CertificateGenerator final
{
public:
    /// Writes certPath and keyPath (key readable by the owner only, docs/architecture.md, "secrets stay
    /// secret"). Names hostname, localhost and 127.0.0.1 / ::1 as subject alternative names.
    static Status generate(const QString& certPath, const QString& keyPath, const QString& hostname,
                           int validDays = 825);
};

} // namespace RelayDesk
