#pragma once

#include "core/util/expected.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <utility>

namespace RelayDesk {

/// The keys that stored DKIM-Signature fields name (d= and s=, RFC 6376 3.5), and whether each is still
/// published: fields by a retired key fail at every receiver (docs/operations.md, "DKIM").
class DkimSignatureKeys final
{
public:
    /// (domain, selector) of each DKIM-Signature field in fields, the domain in lower case.
    static QList<std::pair<QString, QString>> named(const QByteArray& fields);
    /// Whether every key that fields name is active or in grace in dkim_keys (true when they name none).
    static Expected<bool> published(QSqlDatabase& db, const QByteArray& fields);
};

} // namespace RelayDesk
