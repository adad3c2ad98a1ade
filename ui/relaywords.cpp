#include "ui/relaywords.h"
#include "core/tls/peertrust.h"
#include "core/tls/peerverifier.h"
#include "core/util/controlescapes.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

#include <algorithm>
#include <functional>
#include <iterator>

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
    QT_TRANSLATE_NOOP("RelayWords", "Connection to %1 lost after the whole message was sent, before the "
                                    "server's reply: the server may have kept it"),
    QT_TRANSLATE_NOOP("RelayWords", "Connection to %1 lost"),
    QT_TRANSLATE_NOOP("RelayWords", "Connection to %1 timed out"),
    QT_TRANSLATE_NOOP("RelayWords", "Timeout waiting for a reply from %1"),
    QT_TRANSLATE_NOOP("RelayWords", "TLS handshake with %1 failed: %2"),
    // A reply the relay could not read or did not expect (smtpclientprotocol.cpp), its detail translated too
    // (an outside tester read them in English under a German road sign).
    QT_TRANSLATE_NOOP("RelayWords", "Malformed reply from the server after the whole message was sent: %1; "
                                    "the server may have kept it"),
    QT_TRANSLATE_NOOP("RelayWords", "Malformed reply from the server: %1"),
    QT_TRANSLATE_NOOP("RelayWords", "Unexpected reply from the server: %1"),
    QT_TRANSLATE_NOOP("RelayWords", "TLS is required but the server does not offer STARTTLS"),
    QT_TRANSLATE_NOOP("RelayWords", "Refusing to send credentials over an unencrypted connection"),
    QT_TRANSLATE_NOOP("RelayWords",
                      "The server wants the relay to log in first (give the smarthost, or a route for the "
                      "domain with a verified certificate, its user name and password, or have the server "
                      "accept this relay's address): %1"),
    QT_TRANSLATE_NOOP("RelayWords", "The smarthost offers neither AUTH PLAIN nor AUTH LOGIN"),
    QT_TRANSLATE_NOOP("RelayWords", "The route's host %1 offers neither AUTH PLAIN nor AUTH LOGIN"),
    QT_TRANSLATE_NOOP("RelayWords",
                      "The smarthost password is not set (user name %1 without a password); AUTH not sent"),
    QT_TRANSLATE_NOOP("RelayWords", "The password for the route's host %1 is not set (user name %2 without a "
                                    "password); AUTH not sent"),
    QT_TRANSLATE_NOOP("RelayWords", "Authentication at the smarthost failed: %1"),
    QT_TRANSLATE_NOOP("RelayWords", "Authentication at the route's host %1 failed: %2"),
    QT_TRANSLATE_NOOP("RelayWords", "Domain %1 does not exist (NXDOMAIN)"),
    QT_TRANSLATE_NOOP("RelayWords", "Domain %1 has no mail server: no MX, A or AAAA record"),
    QT_TRANSLATE_NOOP("RelayWords", "MX host %1 of %2 has no address records"),
    QT_TRANSLATE_NOOP("RelayWords", "DNS lookup for %1 failed: no answer from the name server %2"),
    QT_TRANSLATE_NOOP("RelayWords", "DNS lookup for %1 failed: no answer from the name server"),
    QT_TRANSLATE_NOOP("RelayWords", "DNS lookup for %1 failed: the name server %2 did not answer in time"),
    QT_TRANSLATE_NOOP("RelayWords",
                      "DNS lookup for %1 failed: the name server %2 refused to answer (REFUSED)"),
    QT_TRANSLATE_NOOP("RelayWords", "DNS lookup for %1 failed: the name server refused to answer (REFUSED)"),
    QT_TRANSLATE_NOOP("RelayWords",
                      "DNS lookup for %1 failed: the name server %2 could not answer (SERVFAIL)"),
    QT_TRANSLATE_NOOP("RelayWords", "DNS lookup for %1 failed: the name server could not answer (SERVFAIL)"),
    QT_TRANSLATE_NOOP("RelayWords", "DNS lookup for %1 failed: timed out"),
    QT_TRANSLATE_NOOP("RelayWords", "Recipient domain has a null MX (RFC 7505)"),
    QT_TRANSLATE_NOOP("RelayWords", "No address records for %1 (NXDOMAIN)"),
    QT_TRANSLATE_NOOP("RelayWords", "No address records for %1"),
    QT_TRANSLATE_NOOP("RelayWords", "DNS lookup for %1 failed: %2"),
    QT_TRANSLATE_NOOP("RelayWords", "No host could be tried"),
    // The relay's own: a message whose time ran out (outcomerecorder.cpp, an outside tester read it in
    // English
    // in a French window), a clean stop that cut a delivery short, a server that refused the relay at its
    // greeting (smtpclientprotocol.cpp).
    QT_TRANSLATE_NOOP("RelayWords", "delivery time expired; last reply: %1"),
    QT_TRANSLATE_NOOP(
        "RelayWords",
        "interrupted: the relay stopped during this delivery; tried again after the next start (if "
        "the server had already received the whole message, it arrives twice)"),
    QT_TRANSLATE_NOOP("RelayWords", "The server refused this relay at its greeting: %1"),
    QT_TRANSLATE_NOOP("RelayWords", "bounced by the relay administrator"),
    QT_TRANSLATE_NOOP("RelayWords", "not sent: deleted from the queue by the relay administrator"),
};

// The relay's own notes in a transcript (core/outbound/deliveryattempt.cpp, connectionprobe.cpp, and the
// MTA-STS notes of core/routing/mtastsresolver.cpp and core/outbound/mtastsgate.cpp), after their "-- ": the
// window shows them in its language (an outside tester read "-- connecting to" in English under a translated
// reply, and a German one "-- MTA-STS: ...: DNS trouble: ..."). Longer texts before the shorter ones they
// begin with. A policy's description (id, mode, mx, valid until) stays as written: the policy's own words.
constexpr const char* kMtaStsDnsTrouble =
    QT_TRANSLATE_NOOP("RelayWords", "MTA-STS: _mta-sts.%1: DNS trouble: %2");
constexpr const char* kNoteTemplates[] = {
    kMtaStsDnsTrouble,
    QT_TRANSLATE_NOOP("RelayWords", "MTA-STS: _mta-sts.%1: %2"),
    QT_TRANSLATE_NOOP("RelayWords", "MTA-STS: cannot read the policy cache: %1"),
    QT_TRANSLATE_NOOP("RelayWords", "MTA-STS: the cached policy of %1 holds (%2)"),
    QT_TRANSLATE_NOOP("RelayWords", "MTA-STS: the cached policy holds (%1)"),
    QT_TRANSLATE_NOOP("RelayWords", "MTA-STS: policy of %1 from the cache (%2)"),
    QT_TRANSLATE_NOOP("RelayWords", "MTA-STS: cannot fetch https://mta-sts.%1/.well-known/mta-sts.txt: %2"),
    QT_TRANSLATE_NOOP("RelayWords", "MTA-STS: fetched the policy of %1 (%2)"),
    QT_TRANSLATE_NOOP("RelayWords", "MTA-STS: cannot cache the policy: %1"),
    QT_TRANSLATE_NOOP("RelayWords",
                      "MTA-STS (%1): %2 is not an MX host of the policy (mx %3); tried all the same (testing "
                      "mode)"),
    QT_TRANSLATE_NOOP("RelayWords", "MTA-STS (%1): %2 is not an MX host of the policy (mx %3); not tried"),
    QT_TRANSLATE_NOOP("RelayWords", "MTA-STS (testing): enforce would not deliver here: %1"),
    QT_TRANSLATE_NOOP("RelayWords", "connecting to %1 again for the %2 recipient(s) left over"),
    QT_TRANSLATE_NOOP("RelayWords", "connecting to %1"),
    QT_TRANSLATE_NOOP("RelayWords",
                      "%1 more host(s) not tried: at most %2 addresses are tried in one attempt"),
    QT_TRANSLATE_NOOP("RelayWords", "reusing connection to %1"),
    QT_TRANSLATE_NOOP("RelayWords", "not connecting to %1: it is %2"),
    QT_TRANSLATE_NOOP("RelayWords", "MX lookup for %1: %2"),
    QT_TRANSLATE_NOOP("RelayWords",
                      "%1 recipient(s) answered 452 4.5.3 (too many recipients): sent in another "
                      "transaction (RFC 5321 4.5.3.1.10)"),
    QT_TRANSLATE_NOOP(
        "RelayWords",
        "not sent: the job may no longer be delivered (message held, or the queue lease is gone)"),
    QT_TRANSLATE_NOOP("RelayWords", "cancelled"),
};

// What went wrong with a DNS lookup (core/routing/mxresolver.cpp, lookupTrouble), as an MTA-STS note gives it
// after "DNS trouble: ".
constexpr const char* kDnsTroubleTemplates[] = {
    QT_TRANSLATE_NOOP("RelayWords", "the name server %1 refused to answer (REFUSED)"),
    QT_TRANSLATE_NOOP("RelayWords", "the name server refused to answer (REFUSED)"),
    QT_TRANSLATE_NOOP("RelayWords", "the name server %1 could not answer (SERVFAIL)"),
    QT_TRANSLATE_NOOP("RelayWords", "the name server could not answer (SERVFAIL)"),
    QT_TRANSLATE_NOOP("RelayWords", "the name server %1 did not answer in time"),
    QT_TRANSLATE_NOOP("RelayWords", "timed out"),
};

// What was wrong with a server's reply (core/smtp/replyparser.cpp), after "Malformed reply from the server".
constexpr const char* kReplyTroubleTemplates[] = {
    QT_TRANSLATE_NOOP("RelayWords", "reply line longer than %1 octets"),
    QT_TRANSLATE_NOOP("RelayWords", "malformed reply line '%1'"),
    QT_TRANSLATE_NOOP("RelayWords", "reply code changed from %1 to %2 inside a multi-line reply"),
    QT_TRANSLATE_NOOP("RelayWords", "multi-line reply longer than %1 lines"),
};

/// A template as a pattern: its words literal, each %N any text.
struct Pattern
{
    const char* source;
    QRegularExpression expression;
};

QList<Pattern> patternsOf(const QList<const char*>& templates)
{
    QList<Pattern> list;
    static const QRegularExpression placeholder(QStringLiteral("%[1-9]"));
    for (const char* source : templates) {
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

/// text translated by the first of patterns it matches (context), its parts as they are; or text itself.
QString translatedBy(const QList<Pattern>& patterns, const char* context, const QString& text,
                     const std::function<QString(int index, const QString& part)>& part = {})
{
    for (const Pattern& pattern : patterns) {
        const QRegularExpressionMatch match = pattern.expression.match(text);
        if (!match.hasMatch())
            continue;
        const QString shown = QCoreApplication::translate(context, pattern.source);
        const auto at = [&](int index) {
            return part ? part(index, match.captured(index)) : match.captured(index);
        };
        // At once, so that a host or detail holding "%2" stays as it is.
        switch (match.lastCapturedIndex()) {
        case 3:
            return shown.arg(at(1), at(2), at(3));
        case 2:
            return shown.arg(at(1), at(2));
        case 1:
            return shown.arg(at(1));
        default:
            return shown;
        }
    }
    return text;
}

/// A certificate's problems ("certificate not trusted: self-signed; name mismatch: ..."), each translated.
QString translatedProblems(const QString& problems)
{
    static const QList<Pattern> known = patternsOf(PeerVerifier::problemTemplates());
    QStringList shown;
    for (const QString& problem : problems.split(QStringLiteral("; ")))
        shown << translatedBy(known, "PeerVerifier", problem);
    return shown.join(QCoreApplication::translate(
        "RelayDesk::RelayWords", "; ",
        "between the items of a list; French writes a no-break space before the semicolon"));
}

/// What a certificate was checked against ("the system CA store"), translated.
QString translatedTrust(const QString& trust)
{
    static const QList<Pattern> known = patternsOf(PeerTrust::descriptionTemplates());
    return translatedBy(known, "RelayDesk::PeerTrust", trust);
}

} // namespace

QStringList RelayWords::englishOf(const QString& typed)
{
    const QString wanted = typed.simplified().toCaseFolded();
    if (wanted.size() < 3)
        return {};
    static const QRegularExpression placeholder(QStringLiteral("%[1-9]"));
    // The relay's own words as the window shows them: these templates, and the road signs' words for a
    // recipient held back by the suppression list or deleted from the queue (ui/roadsign.cpp; an outside
    // tester's "non envoyé" found nothing).
    QList<std::pair<const char*, const char*>> sources;
    for (const char* source : kTemplates)
        sources.append(std::make_pair("RelayWords", source));
    for (const char* source : {"not sent: the address is on the agent's suppression list (%1)",
                               "deleted from the queue by the relay administrator"})
        sources.append(std::make_pair("RoadSignStyle", source));
    QStringList english;
    for (const auto& [context, source] : std::as_const(sources)) {
        const QString shown = QCoreApplication::translate(context, source);
        if (shown == QLatin1String(source))
            continue; // not translated: the log's own words, found as typed
        const QStringList shownParts = shown.split(placeholder);
        if (std::none_of(shownParts.cbegin(), shownParts.cend(), [&wanted](const QString& part) {
                return part.simplified().toCaseFolded().contains(wanted);
            }))
            continue;
        // Every English part of the reply, each a phrase: a translation may put its hosts elsewhere, so the
        // parts are not matched one to one.
        QStringList phrases;
        for (const QString& part : QString::fromLatin1(source).split(placeholder)) {
            QString phrase = part.simplified();
            phrase.remove(QLatin1Char('"'));
            if (!phrase.isEmpty())
                phrases << QLatin1Char('"') + phrase + QLatin1Char('"');
        }
        if (!phrases.isEmpty() && !english.contains(phrases.join(QLatin1Char(' '))))
            english << phrases.join(QLatin1Char(' '));
    }
    return english;
}

QString RelayWords::translated(const QString& text)
{
    static const QList<Pattern> known =
        patternsOf(QList<const char*>(std::begin(kTemplates), std::end(kTemplates)));
    // A refused certificate's problems and trust too (an outside tester read them in English in a French
    // window): the first two templates.
    const auto certificateParts = [](int index, const QString& part) {
        return index == 2 ? translatedProblems(part) : index == 3 ? translatedTrust(part) : part;
    };
    // The last reply an expired recipient carries ("421 4.4.2 Connection to ... lost") is the relay's own
    // words as often as a server's: translated after its codes too (an outside tester read "Zustellfrist
    // abgelaufen; letzte Antwort: 421 4.4.2 Connection to ... lost").
    static const char* const expired = "delivery time expired; last reply: %1";
    const auto lastReply = [](int, const QString& part) {
        static const QRegularExpression codes(
            QStringLiteral("^(\\d{3} (?:\\d\\.\\d{1,3}\\.\\d{1,3} )?)(.+)$"));
        const QRegularExpressionMatch reply = codes.match(part);
        return reply.hasMatch() ? reply.captured(1) + translated(reply.captured(2)) : part;
    };
    for (const Pattern& pattern : known) {
        const QRegularExpressionMatch match = pattern.expression.match(text);
        if (!match.hasMatch())
            continue;
        const bool certificate = pattern.source == kTemplates[0] || pattern.source == kTemplates[1];
        std::function<QString(int, const QString&)> parts;
        static const QList<Pattern> replyTrouble = patternsOf(
            QList<const char*>(std::begin(kReplyTroubleTemplates), std::end(kReplyTroubleTemplates)));
        if (certificate)
            parts = certificateParts;
        else if (QByteArrayView(pattern.source).startsWith("Malformed reply"))
            parts = [](int index, const QString& part) {
                return index == 1 ? translatedBy(replyTrouble, "RelayWords", part) : part;
            };
        else if (qstrcmp(pattern.source, expired) == 0)
            parts = lastReply;
        return translatedBy({pattern}, "RelayWords", text, parts);
    }
    return text;
}

QString RelayWords::transcript(const QString& text)
{
    static const QList<Pattern> notes =
        patternsOf(QList<const char*>(std::begin(kNoteTemplates), std::end(kNoteTemplates)));
    // A reply the relay wrote itself, after its codes ("421 4.4.2 Connection to ... lost").
    static const QRegularExpression reply(QStringLiteral("^(\\d{3} (?:\\d\\.\\d{1,3}\\.\\d{1,3} )?)(.+)$"));
    const auto replyShown = [](const QString& part) {
        const QRegularExpressionMatch codes = reply.match(part);
        return codes.hasMatch() ? codes.captured(1) + translated(codes.captured(2)) : translated(part);
    };
    // What stands in a transcript for the message's bytes (SmtpClientProtocol): the relay's words, not the
    // wire's (an outside tester read "<message content, 41975 octets>" in English in the French window).
    static const QRegularExpression content(QStringLiteral("^C: <message content, (\\d+) octets>(\r?)$"));
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        if (const QRegularExpressionMatch match = content.match(line); match.hasMatch()) {
            line = QStringLiteral("C: <") +
                   QCoreApplication::translate("RelayWords", "message content, %1 bytes")
                       .arg(QLocale().toString(match.captured(1).toLongLong())) +
                   QLatin1Char('>') + match.captured(2);
            continue;
        }
        if (!line.startsWith(QLatin1String("-- ")))
            continue; // the client's and the server's lines stay as they went over the wire
        const bool carriageReturn = line.endsWith(QLatin1Char('\r'));
        const QString note = line.mid(3, line.size() - 3 - (carriageReturn ? 1 : 0));
        static const QList<Pattern> dnsTrouble =
            patternsOf(QList<const char*>(std::begin(kDnsTroubleTemplates), std::end(kDnsTroubleTemplates)));
        const bool mtaStsDns = notes.first().expression.match(note).hasMatch();
        QString shown =
            translatedBy(notes, "RelayWords", note, [&replyShown, mtaStsDns](int index, const QString& part) {
                if (index != 2)
                    return part;
                // The MTA-STS record's lookup trouble; else the MX lookup's answer, a reply.
                return mtaStsDns ? translatedBy(dnsTrouble, "RelayWords", part) : replyShown(part);
            });
        if (shown == note)
            shown = replyShown(note); // "-- 421 4.4.2 ...": the reason a session ended
        line = QStringLiteral("-- ") + shown + (carriageReturn ? QStringLiteral("\r") : QString());
    }
    // ESC, BEL and the like written out, as the command line prints them; the line breaks stay.
    return ControlEscapes::visible(lines.join(QLatin1Char('\n')), ControlEscapes::Lines::Breaks);
}

} // namespace RelayDesk
