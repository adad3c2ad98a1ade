#include "core/smtp/smtpreply.h"

namespace RelayDesk {

SmtpReply SmtpReply::make(int code, const QByteArray& enhanced, const QByteArray& text, bool closeAfter)
{
    SmtpReply reply;
    reply.code = code;
    reply.enhanced = enhanced;
    reply.lines = {text};
    reply.closeAfter = closeAfter;
    reply.local = true;
    return reply;
}

QByteArray SmtpReply::toWire() const
{
    const QByteArray codeText = QByteArray::number(code);
    const QList<QByteArray> textLines = lines.isEmpty() ? QList<QByteArray>{QByteArray()} : lines;
    QByteArray wire;
    for (qsizetype i = 0; i < textLines.size(); ++i) {
        wire += codeText;
        wire += (i + 1 < textLines.size()) ? '-' : ' ';
        if (!enhanced.isEmpty()) {
            wire += enhanced;
            if (!textLines[i].isEmpty())
                wire += ' ';
        }
        wire += textLines[i];
        wire += "\r\n";
    }
    return wire;
}

QByteArray SmtpReply::summary() const
{
    QByteArray text = QByteArray::number(code);
    if (!enhanced.isEmpty())
        text += ' ' + enhanced;
    if (!lines.isEmpty())
        text += ' ' + lines.first();
    return text;
}

QByteArray SmtpReply::fullText() const
{
    QByteArray text = QByteArray::number(code);
    if (!enhanced.isEmpty())
        text += ' ' + enhanced;
    for (const QByteArray& line : lines) {
        if (!line.isEmpty())
            text += ' ' + line;
    }
    return text;
}

} // namespace RelayDesk
