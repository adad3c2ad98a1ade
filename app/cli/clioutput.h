#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace RelayDesk {

/// Exit codes of the admin command line.
enum CliExit
{
    ExitOk = 0,
    ExitFailure = 1, ///< the command was understood but could not be carried out
    ExitUsage = 2,   ///< the command line itself is wrong: nothing was attempted
};

/// Where a command's results go: plain text for people, or one JSON document (snake_case keys) for scripts.
class CliOutput final
{
public:
    explicit CliOutput(bool json) : m_json(json) {}

    bool isJson() const { return m_json; }
    /// The data directory of the command: an error that says the disk is full names its disk and says
    /// what to do.
    void setDataDir(const QString& dataDir) { m_dataDir = dataDir; }
    /// A line of text; printed only in text mode.
    void line(const QString& text = {}) const;
    /// Left-aligned columns; printed only in text mode.
    void table(const QStringList& header, const QList<QStringList>& rows) const;
    /// The columns a terminal gives text: wide (East Asian) characters take two, combining marks none.
    static qsizetype displayWidth(const QString& text);
    /// The one JSON document of the command; printed only in JSON mode.
    void json(const QJsonValue& value) const;
    /// Prints "relaydesk: message" on stderr and returns code, for `return out.error(...)`.
    int error(int code, const QString& message) const;
    /// Prints "relaydesk: warning: message" on stderr, in either mode.
    void warning(const QString& message) const;
    /// Prints "relaydesk: note: message" on stderr, in either mode: nothing is wrong, but there is more to
    /// see.
    void note(const QString& message) const;

    static QString timeText(const QDateTime& time, const QString& ifNull = QStringLiteral("never"));
    static QString timeText(qint64 msSinceEpoch);
    static QJsonValue timeJson(const QDateTime& time); ///< ISO 8601 UTC, or null
    static QJsonValue timeJson(qint64 msSinceEpoch);
    /// A node of the cluster (docs/scaling.md) as {"id", "name"}, or null when none was recorded.
    static QJsonValue nodeJson(const QString& id, const QString& name);
    /// The same for a table: the name, else the id, else "-".
    /// "450 4.2.1 mailbox busy", leaving out what a reply lacks (no enhanced code; code 0: the relay's own
    /// words, no server reply).
    static QString replyText(int code, const QString& enhanced, const QString& text);
    static QString nodeText(const QString& id, const QString& name);
    /// The host an attempt talked to; "- (mx)" when it reached none (the name did not resolve, say): the
    /// route alone read as if a host named "mx" had answered.
    static QString hostText(const QString& host, const QString& route);

private:
    bool m_json;
    QString m_dataDir;
};

} // namespace RelayDesk
