#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace RelayDesk {

/// One attached file of a message, as the message viewer lists it.
struct Attachment
{
    /// the file name the sender gave, decoded, control characters as blanks (a line break in it forged lines
    /// of `queue show`: an outside tester); empty when it gave none
    QString name;
    QByteArray type; ///< its content type, lower-cased ("application/pdf")
    qint64 size = 0; ///< octets once its transfer encoding is undone
};

/// Lists the files attached to a message (RFC 2045, RFC 2046 5.1, RFC 2183): every leaf part below a
/// multipart that is marked as an attachment, has a file name, or is neither text nor the message's own text,
/// and every forwarded message (message/rfc822), depth first. The message's text and its HTML alternative are
/// no attachment. File names are read from Content-Disposition's filename and Content-Type's name, with RFC
/// 2231 (charset, continuations) and RFC 2047 encoded words decoded.
class MessageAttachments final
{
public:
    /// *complete (when given) is false when the message nests deeper than the parts read, or has more
    /// attachments than are listed: "none" would not be true then.
    static QList<Attachment> list(const QByteArray& message, bool* complete = nullptr);
    /// A parameter of a structured field with RFC 2231 3-4 undone: "name*=utf-8''%E2%82%AC", "name*0=..;
    /// name*1=..", or the plain "name=" (RFC 2047 encoded words decoded, as mail programs write them).
    static QString parameterText(const QByteArray& fieldValue, const QByteArray& name);
};

} // namespace RelayDesk
