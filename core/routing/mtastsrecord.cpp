#include "core/routing/mtastsrecord.h"

#include <QRegularExpression>

namespace RelayDesk {

namespace {

bool isStsRecord(const QString& text)
{
    // RFC 8461 3.1: "v=STSv1" first; a record with any other start is not an MTA-STS record.
    static const QRegularExpression start(QStringLiteral("^v=STSv1[ \\t]*(;|$)"));
    return start.match(text).hasMatch();
}

} // namespace

Expected<MtaStsRecord> MtaStsRecord::fromTxt(const QStringList& records)
{
    QStringList found;
    for (const QString& record : records) {
        if (isStsRecord(record))
            found << record;
    }
    if (found.isEmpty())
        return Expected<MtaStsRecord>::failure(QStringLiteral("no v=STSv1 record"));
    if (found.size() > 1)
        return Expected<MtaStsRecord>::failure(
            QStringLiteral("%1 v=STSv1 records (RFC 8461 3.1: exactly one)").arg(found.size()));
    return parse(found.first());
}

Expected<MtaStsRecord> MtaStsRecord::parse(const QString& text)
{
    if (!isStsRecord(text))
        return Expected<MtaStsRecord>::failure(QStringLiteral("'%1' does not start with v=STSv1").arg(text));
    // RFC 8461 3.1: sts-field *( *WSP ";" *WSP sts-field ) [ *WSP ";" ]; sts-id = 1*32(ALPHA / DIGIT).
    static const QRegularExpression idValue(QStringLiteral("^[A-Za-z0-9]{1,32}$"));
    MtaStsRecord record;
    bool haveId = false;
    const QStringList fields = text.split(QLatin1Char(';'));
    for (qsizetype i = 1; i < fields.size(); ++i) {
        const QString field = fields[i].trimmed();
        if (field.isEmpty())
            continue;
        const qsizetype equals = field.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return Expected<MtaStsRecord>::failure(QStringLiteral("malformed field '%1'").arg(field));
        const QString name = field.left(equals);
        const QString value = field.mid(equals + 1);
        if (name == QLatin1String("id")) {
            if (haveId || !idValue.match(value).hasMatch())
                return Expected<MtaStsRecord>::failure(
                    QStringLiteral("id '%1' is not 1 to 32 letters and digits").arg(value));
            record.id = value;
            haveId = true;
        }
    }
    if (!haveId)
        return Expected<MtaStsRecord>::failure(QStringLiteral("the record has no id"));
    return record;
}

} // namespace RelayDesk
