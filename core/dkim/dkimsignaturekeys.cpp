#include "core/dkim/dkimsignaturekeys.h"

#include <QSqlError>
#include <QSqlQuery>

namespace RelayDesk {

QList<std::pair<QString, QString>> DkimSignatureKeys::named(const QByteArray& fields)
{
    QList<std::pair<QString, QString>> keys;
    const QByteArray name = "dkim-signature:";
    const QByteArray lower = fields.toLower();
    for (qsizetype at = lower.indexOf(name); at >= 0;) {
        const qsizetype next = lower.indexOf(name, at + name.size());
        // RFC 6376 3.2: tag=value pairs split by ';', folding whitespace around and inside them ignored.
        QByteArray field = fields.mid(at + name.size(), next < 0 ? -1 : next - at - name.size());
        field.replace("\r\n", "").replace(' ', "").replace('\t', "");
        QString domain;
        QString selector;
        for (const QByteArray& tag : field.split(';')) {
            if (tag.startsWith("d="))
                domain = QString::fromLatin1(tag.mid(2)).toLower();
            else if (tag.startsWith("s="))
                selector = QString::fromLatin1(tag.mid(2));
        }
        if (!domain.isEmpty() && !selector.isEmpty())
            keys.append({domain, selector});
        at = next;
    }
    return keys;
}

Expected<bool> DkimSignatureKeys::published(QSqlDatabase& db, const QByteArray& fields)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT 1 FROM dkim_keys WHERE domain = ? AND selector = ? AND state IN ('active','grace')"));
    for (const auto& [domain, selector] : named(fields)) {
        query.addBindValue(domain);
        query.addBindValue(selector);
        if (!query.exec())
            return Expected<bool>::failure(
                QStringLiteral("cannot read the DKIM keys: %1").arg(query.lastError().text()));
        const bool found = query.next();
        query.finish();
        if (!found)
            return false;
    }
    return true;
}

} // namespace RelayDesk
