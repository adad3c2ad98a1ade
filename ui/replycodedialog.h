#pragma once

#include <QDialog>

class QLineEdit;
class QTextBrowser;

namespace RelayDesk {

/// Help, "Look up a reply code...": a code a person was told on the phone ("535 5.7.8", "4.7.10", "550") and
/// what it means with what to do, from the same table the Delivery Logs explain replies with. A support
/// person could look one up only where a log row carried it (an outside tester).
class ReplyCodeDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ReplyCodeDialog(QWidget* parent = nullptr);

    QLineEdit* codeField() const { return m_code; }
    QTextBrowser* explanation() const { return m_explanation; }

    /// The basic code (three digits) and the enhanced code (class.subject.detail) in text, as far as it has
    /// them: "535 5.7.8", "5.7.8", "451" (RFC 5321 4.2, RFC 3463 2).
    static std::pair<int, QString> parse(const QString& text);
    /// What the reply means when RelayDesk itself sent it to an application (a login refused, too many
    /// recipients, a lockout); empty for a reply it only reads from receiving servers.
    static QString fromThisRelay(int code, const QString& enhanced);
    /// As fromThisRelay(), for the whole reply RelayDesk gave (reply: "451 4.7.1 Agent ... sent 3 messages
    /// this minute ..."): its words name the one cause, where the codes alone fit several.
    static QString fromThisRelayReply(const QString& reply);
    /// Whether the application sending the message again as it is can succeed: false for RelayDesk's "Access
    /// withdrawn" (a 421 answered to a password that was revoked or replaced), whatever its code says.
    static bool retryCanSucceed(const QString& reply);

private:
    void explain();

    QLineEdit* m_code = nullptr;
    QTextBrowser* m_explanation = nullptr;
};

} // namespace RelayDesk
