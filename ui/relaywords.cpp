#include "ui/relaywords.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

namespace RelayDesk {

namespace {

// The texts as core/outbound/outboundconnection.cpp, core/outbound/deliveryattempt.cpp,
// core/outbound/mtastsgate.cpp, core/smtp/smtpclientprotocol.cpp, core/routing/mxresolver.cpp,
// core/delivery/outcomerecorder.cpp and core/delivery/queueactions.cpp write them, %1 and %2 where they put a
// host, a domain or a detail. Longer texts before the shorter ones they begin with.
constexpr const char* kTemplates[] = {
    // A certificate refused before AUTH (outboundconnection.cpp); the problems and the trust stay as written
    // (an outside tester read the whole reply in English in a French window).
    QT_TRANSLATE_NOOP("RelayWords",
                      "Certificate of %1 failed verification: %2 (checked against %3; AUTH not sent)"),
    QT_TRANSLATE_NOOP("RelayWords", "Certificate of %1 failed verification: %2 (checked against %3)"),
    QT_TRANSLATE_NOOP("RelayWords", "Connection refused by %1"),
    QT_TRANSLATE_NOOP("RelayWords", "Connection to %1 lost"),
    QT_TRANSLATE_NOOP("RelayWords", "Connection to %1 timed out"),
    QT_TRANSLATE_NOOP("RelayWords", "Timeout waiting for a reply from %1"),
    QT_TRANSLATE_NOOP("RelayWords", "TLS handshake with %1 failed: %2"),
    QT_TRANSLATE_NOOP("RelayWords", "TLS is required but the server does not offer STARTTLS"),
    QT_TRANSLATE_NOOP("RelayWords", "Refusing to send credentials over an unencrypted connection"),
    QT_TRANSLATE_NOOP("RelayWords", "The smarthost offers neither AUTH PLAIN nor AUTH LOGIN"),
    QT_TRANSLATE_NOOP("RelayWords",
                      "The smarthost password is not set (user name %1 without a password); AUTH not sent"),
    QT_TRANSLATE_NOOP("RelayWords", "Domain %1 does not exist (NXDOMAIN)"),
    QT_TRANSLATE_NOOP("RelayWords", "Domain %1 has no mail server: no MX, A or AAAA record"),
    QT_TRANSLATE_NOOP("RelayWords", "MX host %1 of %2 has no address records"),
    QT_TRANSLATE_NOOP("RelayWords", "DNS lookup for %1 failed: no answer from the name server"),
    QT_TRANSLATE_NOOP("RelayWords", "Recipient domain has a null MX (RFC 7505)"),
    QT_TRANSLATE_NOOP("RelayWords", "No address records for %1 (NXDOMAIN)"),
    QT_TRANSLATE_NOOP("RelayWords", "No address records for %1"),
    QT_TRANSLATE_NOOP("RelayWords", "DNS lookup for %1 failed: %2"),
    QT_TRANSLATE_NOOP("RelayWords", "No host could be tried"),
    QT_TRANSLATE_NOOP("RelayWords", "bounced by the relay administrator"),
    QT_TRANSLATE_NOOP("RelayWords", "not sent: deleted from the queue by the relay administrator"),
};

/// A template as a pattern: its words literal, each %N any text.
struct Pattern
{
    const char* source;
    QRegularExpression expression;
};

QList<Pattern> patterns()
{
    QList<Pattern> list;
    static const QRegularExpression placeholder(QStringLiteral("%[1-9]"));
    for (const char* source : kTemplates) {
        const QString text = QString::fromLatin1(source);
        QString expression = QStringLiteral("^");
        qsizetype at = 0;
        for (auto it = placeholder.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            expression += QRegularExpression::escape(text.mid(at, match.capturedStart() - at));
            expression += QStringLiteral("(.+?)");
            at = match.capturedEnd();
        }
        expression += QRegularExpression::escape(text.mid(at)) + QLatin1Char('$');
        list.append({source, QRegularExpression(expression)});
    }
    return list;
}

} // namespace

QString RelayWords::translated(const QString& text)
{
    static const QList<Pattern> known = patterns();
    for (const Pattern& pattern : known) {
        const QRegularExpressionMatch match = pattern.expression.match(text);
        if (!match.hasMatch())
            continue;
        const QString shown = QCoreApplication::translate("RelayWords", pattern.source);
        // At once, so that a host or detail holding "%2" stays as it is.
        switch (match.lastCapturedIndex()) {
        case 3:
            return shown.arg(match.captured(1), match.captured(2), match.captured(3));
        case 2:
            return shown.arg(match.captured(1), match.captured(2));
        case 1:
            return shown.arg(match.captured(1));
        default:
            return shown;
        }
    }
    return text;
}

} // namespace RelayDesk
