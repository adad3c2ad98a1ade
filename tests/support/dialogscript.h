#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace RelayDesk::Test {

/// One line of a dialog script (tests/dialogs/README.md).
struct DialogLine
{
    enum class Kind
    {
        Client,   ///< "C:" what the client sends
        Server,   ///< "S:" what the server sends
        Event,    ///< "E:" what the protocol asks of its endpoint or sink
        Message,  ///< "M:" a line of the message content the server protocol commits
        Directive ///< "@name arguments": a setting or an event the test harness brings about
    };
    Kind kind = Kind::Directive;
    QByteArray text;         ///< C:/S:/E:/M: text with escapes expanded, without CRLF
    QByteArray name;         ///< directive name
    QList<QByteArray> args;  ///< directive arguments, split at spaces
    QByteArray argumentText; ///< directive arguments as one text, escapes expanded
    int number = 0;          ///< line number in the file
};

/// An SMTP dialog written as text (tests/dialogs/*.txt): the lines both sides send, the requests the
/// protocol makes of its surroundings, and directives for the harness. Read by the protocol test suites
/// and turned into fuzz seeds.
class DialogScript final
{
public:
    enum class Side
    {
        Unknown,
        Server, ///< "server-*.txt": played against SmtpServerProtocol
        Client  ///< "client-*.txt": played against SmtpClientProtocol
    };

    /// Every *.txt in dir, sorted by name.
    static QStringList files(const QString& dir);
    /// Reads a script; on failure returns false and says why (with the line number) in error.
    bool load(const QString& path, QString* error);

    QString name() const { return m_name; }
    Side side() const { return m_side; }
    const QList<DialogLine>& lines() const { return m_lines; }
    /// The text of every line of a kind, each with CRLF: the client's or the server's bytes for a seed.
    QByteArray bytesOf(DialogLine::Kind kind) const;
    /// Whether a directive of this name occurs.
    bool hasDirective(QByteArrayView name) const;
    /// The first directive of this name, or nullptr.
    const DialogLine* directive(QByteArrayView name) const;

    /// Expands \\ \r \n \t \0 and \xHH; returns false on an unknown or cut-off escape.
    static bool unescape(QByteArrayView text, QByteArray* out);

private:
    QString m_name;
    Side m_side = Side::Unknown;
    QList<DialogLine> m_lines;
};

} // namespace RelayDesk::Test
