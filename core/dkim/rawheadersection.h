#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace RelayDesk {

/// The header fields of a message as they are on the wire (RFC 5322 2.2): each field with its folded
/// continuation lines and its line end, and where the body begins. What DKIM signs is cut from these.
class RawHeaderSection final
{
public:
    struct Field
    {
        QByteArrayView name; ///< as written, without the space some senders put before the colon
        QByteArrayView raw;  ///< the whole field: name, colon, value, folding and the final line end
    };

    /// Splits message (CRLF line ends; a bare LF is taken as a line end too) into its fields and body. A
    /// message without an empty line is all header. The views point into message, which must outlive this.
    static RawHeaderSection parse(QByteArrayView message);

    const QList<Field>& fields() const { return m_fields; }
    /// Where the body starts (after the empty line), or the message's size when there is none.
    qsizetype bodyOffset() const { return m_bodyOffset; }
    /// The fields named name (ASCII case-insensitive), top to bottom.
    int count(QByteArrayView name) const;
    /// The value of the first field named name, unfolded (line ends removed), or empty.
    QByteArray firstValue(QByteArrayView name) const;

private:
    QList<Field> m_fields;
    qsizetype m_bodyOffset = 0;
};

} // namespace RelayDesk
