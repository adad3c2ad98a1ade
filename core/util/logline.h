#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDebug>
#include <QList>
#include <QString>

#include <type_traits>
#include <utility>

namespace RelayDesk {

/// One operator log event as stable key=value fields on one line (docs/operations.md, "Logs"): values that
/// hold a space, a quote, '=', a backslash, a control character or bytes that are not UTF-8 are quoted and
/// escaped, so that no value, whoever sent it, can split the line or forge a field.
class LogLine final
{
public:
    explicit LogLine(const char* event);

    LogLine& add(const char* key, QByteArrayView value); ///< raw bytes (client input), any encoding
    LogLine& add(const char* key, const QByteArray& value) { return add(key, QByteArrayView(value)); }
    LogLine& add(const char* key, const QString& value);
    LogLine& add(const char* key, const char* value) { return add(key, QByteArrayView(value)); }
    template <typename Number>
    requires std::is_integral_v<Number> LogLine& add(const char* key, Number value)
    {
        return add(key, QByteArrayView(QByteArray::number(value)));
    }

    const QByteArray& bytes() const { return m_text; }
    QString toString() const { return QString::fromUtf8(m_text); }

    /// The value as it appears after "key=": bare, or quoted with \" \\ \r \n \t and \xNN escapes.
    static QByteArray escapeValue(QByteArrayView value);
    /// The fields of a line this class wrote, values unescaped; empty if the line is not one of them.
    static QList<std::pair<QByteArray, QByteArray>> parse(QByteArrayView line);

private:
    QByteArray m_text;
};

/// Writes the line as it is (no quotes around it, no spaces added).
QDebug operator<<(QDebug debug, const LogLine& line);

} // namespace RelayDesk
