#include "core/dkim/dkimkeysinqueue.h"
#include "core/store/sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace RelayDesk {

Expected<bool> DkimKeysInQueue::carried(QSqlDatabase& db, const QString& domain, const QString& selector)
{
    // DkimSigner never folds inside a tag, and one message is signed by the keys of one domain, so
    // "d=DOMAIN;" and "s=SELECTOR;" in its fields name the key. Only the stored fields count: on a store of
    // one node, fields not stored yet belong to an attempt under way, and are stored with its outcome.
    const QString contains = SqlDialect::containsBytes(db, QStringLiteral("b.dkim_signature"));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT 1 FROM message_bodies b WHERE b.dkim_signature IS NOT NULL AND %1 AND"
                       " %1 AND EXISTS (SELECT 1 FROM recipients r WHERE r.message_id = b.message_id"
                       " AND r.state IN ('queued','deferred')) LIMIT 1")
            .arg(contains));
    query.addBindValue(QByteArray(QByteArray("d=") + domain.toLatin1() + ';'));
    query.addBindValue(QByteArray(QByteArray("s=") + selector.toLatin1() + ';'));
    if (!query.exec())
        return Expected<bool>::failure(
            QStringLiteral("cannot read the queued DKIM signatures: %1").arg(query.lastError().text()));
    return query.next();
}

} // namespace RelayDesk
