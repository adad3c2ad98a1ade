#include "app/cli/clioutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace RelayDesk {

namespace {

void write(FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void CliOutput::line(const QString& text) const
{
    if (!m_json)
        write(stdout, text + QLatin1Char('\n'));
}

void CliOutput::table(const QStringList& header, const QList<QStringList>& rows) const
{
    if (m_json)
        return;
    QList<qsizetype> widths(header.size(), 0);
    QList<QStringList> all{header};
    all += rows;
    for (const QStringList& row : std::as_const(all)) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    for (const QStringList& row : std::as_const(all)) {
        QString text;
        for (qsizetype i = 0; i < row.size(); ++i)
            text += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        line(text);
    }
}

void CliOutput::json(const QJsonValue& value) const
{
    if (!m_json)
        return;
    QJsonDocument document;
    if (value.isArray())
        document = QJsonDocument(value.toArray());
    else
        document = QJsonDocument(value.toObject());
    write(stdout, QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

int CliOutput::error(int code, const QString& message) const
{
    write(stderr, QStringLiteral("relaydesk: ") + message + QLatin1Char('\n'));
    return code;
}

void CliOutput::warning(const QString& message) const
{
    write(stderr, QStringLiteral("relaydesk: warning: ") + message + QLatin1Char('\n'));
}

QString CliOutput::timeText(const QDateTime& time, const QString& ifNull)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : ifNull;
}

QString CliOutput::timeText(qint64 msSinceEpoch)
{
    return msSinceEpoch > 0 ? timeText(QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC))
                            : QStringLiteral("-");
}

QJsonValue CliOutput::timeJson(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs))
                          : QJsonValue(QJsonValue::Null);
}

QJsonValue CliOutput::timeJson(qint64 msSinceEpoch)
{
    return msSinceEpoch > 0 ? timeJson(QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC))
                            : QJsonValue(QJsonValue::Null);
}

QJsonValue CliOutput::nodeJson(const QString& id, const QString& name)
{
    if (id.isEmpty())
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}};
}

QString CliOutput::replyText(int code, const QString& enhanced, const QString& text)
{
    QStringList parts;
    if (code > 0)
        parts << QString::number(code);
    if (!enhanced.isEmpty())
        parts << enhanced;
    if (!text.isEmpty())
        parts << text;
    return parts.join(QLatin1Char(' '));
}

QString CliOutput::nodeText(const QString& id, const QString& name)
{
    if (!name.isEmpty())
        return name;
    return id.isEmpty() ? QStringLiteral("-") : id;
}

} // namespace RelayDesk
