#include "ui/replycodedialog.h"

#include "core/delivery/suppressionlist.h"
#include "core/smtp/smtpreply.h"
#include "ui/roadsign.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace RelayDesk {

namespace {

bool isAccessWithdrawn(const QString& reply)
{
    return reply.startsWith(QLatin1String("421")) && reply.contains(QLatin1String("Access withdrawn"));
}

/// "451 4.7.1 Agent "X" sent 3 messages this minute (limit 3); ...": core/smtp/sendingadmission.cpp.
bool isUntrustedDevice(const QString& reply)
{
    return reply.contains(QLatin1String("is not a trusted device"));
}

bool isSendingLimit(const QString& reply)
{
    return reply.startsWith(QLatin1String("451 4.7.1 Agent \"")) && reply.contains(QLatin1String("(limit "));
}

} // namespace

ReplyCodeDialog::ReplyCodeDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("replyCodeDialog"));
    setWindowTitle(tr("Look up a reply code"));
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("replyCode"));
    m_code->setPlaceholderText(tr("e.g. 535 5.7.8, 4.7.10 or 550"));
    m_explanation = new QTextBrowser(this);
    m_explanation->setObjectName(QStringLiteral("replyExplanation"));
    m_explanation->setMinimumSize(460, 220);
    auto* form = new QFormLayout;
    form->addRow(tr("Reply code:"), m_code);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_explanation, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter keeps the explanation in view: it closed the dialog, and a support person lost the code just
    // typed (an outside tester). Escape closes it.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setDefault(false);
    connect(m_code, &QLineEdit::textChanged, this, &ReplyCodeDialog::explain);
    explain();
}

std::pair<int, QString> ReplyCodeDialog::parse(const QString& text)
{
    static const QRegularExpression basic(QStringLiteral("(?<![\\d.])([245]\\d\\d)(?![\\d.])"));
    static const QRegularExpression enhanced(
        QStringLiteral("(?<![\\d.])([245])\\.(\\d{1,3})\\.(\\d{1,3})(?![\\d.])"));
    const auto e = enhanced.match(text);
    QString enhancedCode = e.hasMatch() ? e.captured(0) : QString();
    int code = 0;
    if (const auto b = basic.match(text); b.hasMatch())
        code = b.captured(1).toInt();
    // An enhanced code alone says its class: a 4.x.x came with a 4xx reply, a 5.x.x with a 5xx one.
    if (code == 0 && !enhancedCode.isEmpty())
        code = e.captured(1) == QLatin1String("2") ? 250 : e.captured(1) == QLatin1String("4") ? 451 : 550;
    return {code, enhancedCode};
}

void ReplyCodeDialog::explain()
{
    const auto [code, enhanced] = parse(m_code->text());
    if (code == 0) {
        const QString hint =
            tr("Type the code a mail server or application reported: the three digits (550), "
               "the enhanced code (5.1.1), or both.");
        // Something typed that holds no code ("999"): said, not the hint alone as if nothing was typed (an
        // outside tester).
        const QString typed = m_code->text().trimmed();
        m_explanation->setHtml(
            typed.isEmpty()
                ? QStringLiteral("<p>%1</p>").arg(hint.toHtmlEscaped())
                : QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                      .arg(tr("\"%1\" holds no SMTP reply code: a reply code has three digits and begins "
                              "with 2 (done), 4 (temporary) or 5 (permanent).")
                               .arg(typed.left(80))
                               .toHtmlEscaped(),
                           hint.toHtmlEscaped()));
        return;
    }
    const QString typed = m_code->text().trimmed();
    // A whole reply of RelayDesk's own pasted from an application's log says its cause: that comes first,
    // and alone (a sending limit led with a receiving server's greylisting: an outside tester).
    if (isAccessWithdrawn(typed) || isSendingLimit(typed) || isUntrustedDevice(typed) ||
        typed.contains(QLatin1String("is near its connection limit and keeps its last connections"))) {
        m_explanation->setHtml(
            QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(tr("When RelayDesk itself gave this reply to an application:").toHtmlEscaped(),
                     fromThisRelayReply(typed).toHtmlEscaped()));
        return;
    }
    QString html = RoadSignStyle::explanationHtml(code, enhanced, QString());
    // The relay's own consequence of such a reply to a recipient: support staff read "check the address for
    // typos" and not that later mail to it is not sent (an outside tester).
    if (!enhanced.isEmpty()) {
        SmtpReply asAnswer = SmtpReply::make(code > 0 ? code : 550, enhanced.toLatin1(), {});
        asAnswer.toRecipient = true;
        if (code >= 0 && SuppressionList::isHardBounce(asAnswer))
            html +=
                QStringLiteral("<p>%1</p>")
                    .arg(tr("When a receiving server answers a recipient with this, RelayDesk puts the "
                            "address on the sending Mail Agent's suppression list: later messages to it are "
                            "not sent until it is lifted there (Mail Agents, Suppressions).")
                             .toHtmlEscaped());
    }
    // An enhanced code alone ("4.7.0", as an application's log shows it) is read as any reply of its class.
    const bool basicTyped = enhanced.isEmpty() || parse(QString(m_code->text()).remove(enhanced)).first != 0;
    if (const QString own = fromThisRelay(basicTyped ? code : 0, enhanced); !own.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("When RelayDesk itself gave this reply to an application:").toHtmlEscaped(),
                         own.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    m_explanation->setHtml(html);
}

QString ReplyCodeDialog::fromThisRelayReply(const QString& reply)
{
    // An outside tester's sending limit and rotated password on the tab of refusals were explained as a
    // receiving server's greylisting and throttling, and the rotated password as one a retry would get past.
    if (isAccessWithdrawn(reply))
        return tr("the application's login stopped working while it was connected: the Mail Agent's "
                  "password was revoked or replaced by a rotation, or the agent was disabled, deleted or "
                  "its allowed addresses changed. Give the application the agent's current user name and "
                  "password (Mail Agents, Credentials): sending again with the old ones never works.");
    // "Relay access denied: ADDRESS is not a trusted device": its own advice, not the From: address's (an
    // outside tester's support person had to read the English reply to find it).
    if (reply.contains(QLatin1String("is near its connection limit and keeps its last connections")))
        return tr("the relay held three quarters of \"Connections in total\" (Settings, Listeners) and keeps "
                  "the rest for addresses that hold few, and this address held its share already. Nothing "
                  "was wrong with the application: it may try again in a moment. If this happens often, "
                  "raise \"Connections in total\", or find what holds so many connections open (Live "
                  "Sessions).");
    if (isUntrustedDevice(reply))
        return tr("a device sent on the LAN relay port without logging in, and no Mail Agent lists its "
                  "address as a trusted device. Add the address the reply names to the Trusted devices of "
                  "the agent it sends for (Mail Agents, Edit), or have the device log in on the submission "
                  "port with the agent's user name and password.");
    if (isSendingLimit(reply))
        return tr("the Mail Agent reached one of its sending limits (Mail Agents, Sending limits); the reply "
                  "says which and when it may send again. RelayDesk did not take the message and does not "
                  "retry it: the application must send it again after that time, or raise the limit.");
    const auto [code, enhanced] = parse(reply);
    return fromThisRelay(code, enhanced);
}

bool ReplyCodeDialog::retryCanSucceed(const QString& reply)
{
    return !isAccessWithdrawn(reply);
}

QString ReplyCodeDialog::fromThisRelay(int code, const QString& enhanced)
{
    // The catalog explains a reply as the relay reads it from a receiving server; an application that reports
    // one of the relay's own replies needs other advice (an outside tester was told to regenerate a working
    // password for a 535 that came from the allowlist, and that RelayDesk sends a 452 4.5.3's recipients
    // later, which it never took).
    // code 0: only the enhanced code was typed, which may have come with any reply of its class.
    const auto is = [&](int wanted, const char* wantedEnhanced) {
        return (code == 0 || code == wanted) &&
               (enhanced.isEmpty() || enhanced == QLatin1String(wantedEnhanced));
    };
    QStringList said;
    if (is(535, "5.7.8"))
        said << tr(
            "the login was refused: the user name or password is wrong, or the application's address is "
            "not among its Mail Agent's allowed addresses. Live Sessions, \"Logins refused in the last 24 "
            "hours\", says which; a new password does not help in the second case.");
    if (is(452, "4.5.3"))
        said << tr(
            "the message named more recipients than one message may have (Settings, Listeners, "
            "\"Recipients per message\") or than its Mail Agent's limit. The recipients before were taken; "
            "RelayDesk does not send the message to the others: the application must send it to them "
            "again.");
    // A third tester's "421 4.7.0 Too many connections from your address" was read as a lockout only.
    if (is(421, "4.7.0"))
        said << tr(
            "the application's address held more connections at once than Settings, Listeners, "
            "\"Connections from one address\" allows (or the relay as many as \"Connections in total\"), "
            "or too many failed logins came from it and it is locked out for a while (Live Sessions, "
            "\"Addresses locked out of AUTH\", where it can be unlocked), or its login stopped working while "
            "it "
            "was connected (\"Access withdrawn\": its password was revoked or replaced, or its Mail Agent "
            "disabled or changed: give it the current password); the reply's text says which.");
    // RelayDesk's own 454 was explained as a receiving server's refusal that RelayDesk retries (a third
    // tester).
    if (is(454, "4.7.0"))
        said << tr("RelayDesk did not take the message, and it is not in the queue: the Mail Agent is "
                   "disabled (\"Accept mail from this agent\" is off), more logins from the address waited "
                   "for their "
                   "check than Settings, Security, \"Logins checked at once per address\" allows, or the "
                   "relay could not "
                   "read its store for a moment; the reply's text says which. The application must send it "
                   "again (most mail programs do by themselves).");
    // A second tester's sending limit, sender domain and From: refusals were explained as a receiving
    // server's greylisting and as DNS records to check.
    if (is(451, "4.7.1"))
        said << tr("the Mail Agent reached one of its sending limits (Mail Agents, Sending limits; the reply "
                   "says which and when it may send again). RelayDesk did not take the message and does not "
                   "retry it: the application must send it again later, or raise the limit.");
    if (is(451, "4.7.0"))
        said << tr(
            "the Mail Agent that trusts the device on the LAN relay port is disabled (\"Accept "
            "mail from this agent\" is off). RelayDesk did not take the message, and it is not in the queue: "
            "the device must send it again once the agent accepts mail.");
    if (is(553, "5.7.1"))
        said << tr("the envelope sender (MAIL FROM) is not one of the Mail Agent's sender domains or "
                   "addresses (the reply names them). Add the domain to the agent's Sender domains (Mail "
                   "Agents, Edit...), or set the application's sender address to one of them. DNS records do "
                   "not matter here.");
    if (is(550, "5.7.1"))
        said << tr("the message's From: address is not one of the Mail Agent's sender domains, the device "
                   "is not trusted on the LAN relay port, or the recipient is this computer or an "
                   "internal address; the reply's text says which. For a From: address, add its domain to "
                   "the agent's Sender domains (Mail Agents, Edit...) or change the application's From: "
                   "address.");
    if (is(530, "5.7.0"))
        said << tr("the application sent mail without logging in, or tried to log in before encrypting the "
                   "connection: turn on STARTTLS (or SSL/TLS on the SMTPS port) and authentication with the "
                   "agent's user name and password in its settings.");
    if (is(550, "5.6.0"))
        said << tr("RelayDesk refused the message as written: a text line longer than 1,000 characters, a "
                   "line not ended by CR LF, a NUL character, or two From:, Sender: or Reply-To: fields; the "
                   "reply's text says which. The application's mail library must write the message so "
                   "(long lines: quoted-printable or base64 encoding).");
    if (is(552, "5.3.4"))
        said << tr("the message is larger than RelayDesk takes (Settings, Listeners, \"Largest message\"), "
                   "or its header section is too large: send it smaller, or raise the limit.");
    return said.join(QLatin1Char('\n'));
}

} // namespace RelayDesk
