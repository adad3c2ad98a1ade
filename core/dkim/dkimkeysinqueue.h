#pragma once

#include "core/util/expected.h"

#include <QSqlDatabase>
#include <QString>

namespace RelayDesk {

/// Whether mail still in the queue carries a DKIM signature by a key (docs/operations.md, "DKIM"): such a
/// key stays published after its grace period until that mail has left, since a retry sends the signature
/// made at the message's first attempt.
class DkimKeysInQueue final
{
public:
    /// Whether a message with a recipient still queued or deferred has stored DKIM-Signature fields by the
    /// key of selector in domain (d= and s= as DkimSigner writes them).
    static Expected<bool> carried(QSqlDatabase& db, const QString& domain, const QString& selector);
};

} // namespace RelayDesk
