#include "core/query/logfilter.h"
#include "core/store/sqldialect.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>

namespace RelayDesk {

Expected<qint64> LogFilter::parseTime(const QString& text, qint64 nowMs)
{
    static const QRegularExpression relative(QStringLiteral("^(\\d+)\\s*([smhdw])$"));
    const QRegularExpressionMatch m = relative.match(text.trimmed());
    if (m.hasMatch()) {
        static const QHash<QChar, qint64> unit = {{QLatin1Char('s'), 1000},
                                                  {QLatin1Char('m'), 60'000},
                                                  {QLatin1Char('h'), 3'600'000},
                                                  {QLatin1Char('d'), 86'400'000},
                                                  {QLatin1Char('w'), 7 * 86'400'000LL}};
        // A count beyond qint64, or far enough back to overflow, would wrap to some other time: "now" for
        // purge means the whole log.
        constexpr qint64 longestBackMs = 36'525 * 86'400'000LL; // 100 years of 365.25 days
        bool ok = false;
        const qint64 count = m.captured(1).toLongLong(&ok);
        const qint64 unitMs = unit.value(m.captured(2).at(0));
        if (!ok || count > longestBackMs / unitMs)
            return Expected<qint64>::failure(
                QStringLiteral("'%1' reaches back more than 100 years (use at most 36525d or an ISO date)")
                    .arg(text));
        return nowMs - count * unitMs;
    }
    QDateTime time = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    // A date alone only as a date alone: QDate reads the first ten characters and ignores the rest, so that
    // "2026-12-02T25:00:00" or "2026-12-01garbage" purged the log up to that midnight.
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!time.isValid() && dateOnly.match(text.trimmed()).hasMatch()) {
        const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (date.isValid())
            time = QDateTime(date, QTime(0, 0), Qt::LocalTime);
    }
    if (!time.isValid())
        return Expected<qint64>::failure(
            QStringLiteral("cannot read the time '%1' (use an ISO date-time like 2026-11-28T09:00:00 in this "
                           "computer's time zone, or with Z for UTC, or 30m, 1h, 2d)")
                .arg(text));
    // A time without Z or an offset is read in the zone the command line prints its times in (the computer's
    // own), so a time copied from `log search` back into --since finds that row: an outside tester in Berlin
    // found nothing, since it was read as UTC, an hour ahead.
    return time.toMSecsSinceEpoch();
}

QString LogFilter::ftsQuery(const QString& text)
{
    return SqlDialect::textQuery(false, text);
}

QString LogFilter::textQuery(bool postgreSql, const QString& text, const QStringList& alternatives)
{
    QStringList queries;
    for (const QString& words : QStringList{text} + alternatives) {
        if (const QString query = SqlDialect::textQuery(postgreSql, words); !query.isEmpty())
            queries << QLatin1Char('(') + query + QLatin1Char(')');
    }
    if (queries.size() == 1)
        return queries.first().mid(1, queries.first().size() - 2);
    return queries.join(postgreSql ? QStringLiteral(" | ") : QStringLiteral(" OR "));
}

QString LogFilter::bareMessageId(const QString& text)
{
    QString id = text.trimmed();
    // As a mail program's header view shows it (an outside tester pasted "Message-Id: <...>").
    if (id.startsWith(QLatin1String("message-id:"), Qt::CaseInsensitive))
        id = id.mid(int(qstrlen("message-id:"))).trimmed();
    if (id.startsWith(QLatin1Char('<')) && id.endsWith(QLatin1Char('>')))
        id = id.mid(1, id.size() - 2).trimmed();
    return id;
}

} // namespace RelayDesk
