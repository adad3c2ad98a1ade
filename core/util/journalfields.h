#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace RelayDesk {

/// The structured journald fields of one log message (systemd.journal-fields(7)): MESSAGE, PRIORITY,
/// SYSLOG_IDENTIFIER, RELAYDESK_CATEGORY, each key=value field of an operator log line as RELAYDESK_<KEY>
/// (its value unescaped), and CODE_FILE/CODE_LINE/CODE_FUNC where Qt knows them.
class JournalFields final
{
public:
    /// "NAME=value" entries, ready for sd_journal_sendv().
    static QList<QByteArray> build(QtMsgType type, const char* category, const QString& message,
                                   const char* file = nullptr, int line = 0, const char* function = nullptr);
    /// syslog(3) priority of a Qt message type.
    static int priority(QtMsgType type);
    /// The journald field name for a log line's key: upper case, RELAYDESK_ prefixed, at most 64 characters.
    static QByteArray fieldName(const QByteArray& key);
};

} // namespace RelayDesk
