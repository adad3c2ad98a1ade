#pragma once

#include "core/smtp/smtpreply.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace RelayDesk {

/// Assembles SMTP replies (RFC 5321 4.2) from the bytes a server sends; pure, bounded, and fuzzable.
class ReplyParser final
{
public:
    static constexpr qsizetype maxLineLength = 4096; ///< generous: RFC 5321 4.5.3.1.5 says 512
    static constexpr int maxLines = 200;             ///< lines of one multi-line reply

    enum class Result
    {
        NeedMore,
        Reply,
        Error
    };

    void feed(QByteArrayView bytes);
    /// Takes the next complete reply out of the buffer. After Error the parser stays broken until reset().
    Result next(SmtpReply* reply);
    QString error() const { return m_error; }
    /// Forgets buffered bytes and any partial reply (RFC 3207 4.2: nothing sent before TLS counts after it).
    void reset();
    qsizetype bufferedBytes() const { return m_buffer.size(); }
    /// The lines of the reply next() returned last, as received (without CRLF), for the transcript.
    const QList<QByteArray>& lastLines() const { return m_lastLines; }

    /// Splits "X.Y.Z text" (RFC 3463) off a reply line whose class digit matches code; empty if absent.
    static QByteArray extractEnhanced(int code, QByteArray* text);

private:
    Result fail(const QString& error);

    QByteArray m_buffer;
    SmtpReply m_partial;
    int m_partialLines = 0;
    QList<QByteArray> m_partialRaw;
    QList<QByteArray> m_lastLines;
    QString m_error;
};

} // namespace RelayDesk
