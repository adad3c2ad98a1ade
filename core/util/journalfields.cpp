#include "core/util/journalfields.h"
#include "core/util/logline.h"

namespace RelayDesk {

int JournalFields::priority(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 7; // LOG_DEBUG
    case QtInfoMsg:
        return 6; // LOG_INFO
    case QtWarningMsg:
        return 4; // LOG_WARNING
    case QtCriticalMsg:
        return 3; // LOG_ERR
    case QtFatalMsg:
        return 2; // LOG_CRIT
    }
    return 6;
}

QByteArray JournalFields::fieldName(const QByteArray& key)
{
    // systemd.journal-fields(7): upper-case letters, digits and underscores, not starting with one.
    QByteArray name = "RELAYDESK_";
    for (char c : key) {
        if (c >= 'a' && c <= 'z')
            name += char(c - 'a' + 'A');
        else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            name += c;
        else
            name += '_';
    }
    return name.left(64);
}

QList<QByteArray> JournalFields::build(QtMsgType type, const char* category, const QString& message,
                                       const char* file, int line, const char* function)
{
    const QByteArray text = message.toUtf8();
    QList<QByteArray> fields;
    fields << "MESSAGE=" + text;
    fields << "PRIORITY=" + QByteArray::number(priority(type));
    fields << QByteArray("SYSLOG_IDENTIFIER=relaydesk");
    const QByteArrayView categoryName(category ? category : "default");
    fields << "RELAYDESK_CATEGORY=" + categoryName.toByteArray();
    if (categoryName.startsWith("relaydesk.")) {
        for (const auto& [key, value] : LogLine::parse(text)) {
            if (key != "category")
                fields << fieldName(key) + '=' + value;
        }
    }
    if (file) {
        fields << "CODE_FILE=" + QByteArray(file);
        fields << "CODE_LINE=" + QByteArray::number(line);
    }
    if (function)
        fields << "CODE_FUNC=" + QByteArray(function);
    return fields;
}

} // namespace RelayDesk
