#include "core/smtp/mailpath.h"
#include "core/util/domainname.h"

#include <QHostAddress>

#include <algorithm>

namespace RelayDesk {

namespace {

// RFC 5321 4.5.3.1.1-4.5.3.1.3 size limits.
constexpr qsizetype kMaxDomain = 255;
constexpr qsizetype kMaxPath = 256; // including the angle brackets
constexpr qsizetype kMaxLabel = 63; // RFC 1035 2.3.4

enum class PathKind
{
    ReversePath,
    ForwardPath
};

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// RFC 5322 3.2.3 atext, as used by RFC 5321 4.1.2 Atom.
bool isAtext(char c)
{
    return isAlpha(c) || isDigit(c) || QByteArrayView("!#$%&'*+-/=?^_`{|}~").contains(c);
}

bool isDotString(QByteArrayView text)
{
    if (text.isEmpty() || text.front() == '.' || text.back() == '.')
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '.' ? text[i - 1] == '.' : !isAtext(c))
            return false;
    }
    return true;
}

// RFC 5321 4.1.2 Quoted-string: qtextSMTP is %d32-33 / %d35-91 / %d93-126, quoted-pairSMTP is "\" %d32-126.
bool isQuotedString(QByteArrayView text)
{
    if (text.size() < 2 || text.front() != '"' || text.back() != '"')
        return false;
    for (qsizetype i = 1; i + 1 < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\\') {
            ++i;
            if (i + 1 >= text.size() || static_cast<unsigned char>(text[i]) < 32 ||
                static_cast<unsigned char>(text[i]) > 126)
                return false;
        } else if (c < 32 || c > 126 || c == '"') {
            return false;
        }
    }
    return true;
}

bool isIpv4Literal(QByteArrayView text)
{
    int count = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != '.') {
            if (!isDigit(text[i]))
                return false;
            continue;
        }
        const QByteArrayView snum = text.sliced(start, i - start);
        if (snum.isEmpty() || snum.size() > 3 || snum.toInt() > 255)
            return false;
        ++count;
        start = i + 1;
    }
    return count == 4;
}

// RFC 5321 4.1.3: "[" IPv4 "]" or "[IPv6:" address "]"; general address literals are not routable here.
bool isAddressLiteral(QByteArrayView text)
{
    if (text.size() < 3 || text.front() != '[' || text.back() != ']')
        return false;
    const QByteArrayView inner = text.sliced(1, text.size() - 2);
    if (inner.size() > 5 && qstrnicmp(inner.data(), 5, "IPv6:", 5) == 0) {
        const QByteArrayView ip = inner.sliced(5);
        for (const char c : ip) {
            if (!(isDigit(c) || c == ':' || c == '.' || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
                return false; // also keeps out "%scope"
        }
        QHostAddress address;
        return address.setAddress(QString::fromLatin1(ip)) &&
               address.protocol() == QAbstractSocket::IPv6Protocol;
    }
    return isIpv4Literal(inner);
}

// RFC 5321 4.1.2 Domain: sub-domain *("." sub-domain), sub-domain = Let-dig [Ldh-str].
bool isDomainName(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > kMaxDomain)
        return false;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != '.') {
            if (!(isAlpha(text[i]) || isDigit(text[i]) || text[i] == '-'))
                return false;
            continue;
        }
        const QByteArrayView label = text.sliced(start, i - start);
        if (label.isEmpty() || label.size() > kMaxLabel || label.front() == '-' || label.back() == '-')
            return false;
        start = i + 1;
    }
    return true;
}

// RFC 1123 2.1: a host name never has the dotted-decimal form, since its top-level label is alphabetic; a
// domain written "127.0.0.1" is an address meant as the literal "[127.0.0.1]" (RFC 5321 4.1.3).
bool hasNumericTopLabel(QByteArrayView domain)
{
    const QByteArrayView top = domain.sliced(domain.lastIndexOf('.') + 1);
    return !top.isEmpty() && std::all_of(top.begin(), top.end(), [](char c) { return isDigit(c); });
}

bool isDomain(QByteArrayView text)
{
    return text.startsWith('[') ? isAddressLiteral(text) : isDomainName(text);
}

// RFC 5321 4.1.2 A-d-l = At-domain *( "," At-domain ), At-domain = "@" Domain (source route, Appendix C).
bool isSourceRoute(QByteArrayView text)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != ',')
            continue;
        const QByteArrayView hop = text.sliced(start, i - start);
        if (hop.size() < 2 || hop.front() != '@' || !isDomain(hop.sliced(1)))
            return false;
        start = i + 1;
    }
    return true;
}

// The ":" after a source route, skipping colons inside "[IPv6:...]" literals.
qsizetype findRouteEnd(QByteArrayView path)
{
    bool literal = false;
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (path[i] == '[')
            literal = true;
        else if (path[i] == ']')
            literal = false;
        else if (path[i] == ':' && !literal)
            return i;
    }
    return -1;
}

MailPathResult failure(int code, const char* enhanced, const char* text)
{
    MailPathResult result;
    result.error = SmtpReply::make(code, enhanced, text);
    return result;
}

// RFC 6531: a non-ASCII address needs SMTPUTF8, which this relay does not offer. Where only the domain is
// non-ASCII, its ASCII form (RFC 5890 A-labels) names the same mailbox: the reply gives it (an outside
// tester's client sent bob@bücher.example and was told only "not supported").
MailPathResult nonAsciiRefusal(QByteArrayView path)
{
    const qsizetype at = path.lastIndexOf('@');
    bool asciiLocal = at > 0;
    for (const char c : path.first(std::max<qsizetype>(at, 0)))
        asciiLocal = asciiLocal && static_cast<unsigned char>(c) < 128;
    const QByteArray ascii =
        asciiLocal ? DomainName::asciiForm(QString::fromUtf8(path)).toUtf8() : QByteArray();
    if (asciiLocal && isValidMailbox(ascii))
        return failure(
            553, "5.6.7",
            QByteArray("Non-ASCII addresses need SMTPUTF8, which this relay does not offer: write the "
                       "domain in its ASCII form, " +
                       ascii)
                .constData());
    return failure(
        553, "5.6.7",
        "Non-ASCII addresses need SMTPUTF8, which this relay does not offer: use an address in ASCII");
}

// The ">" that closes the path: the first one outside a quoted local part.
qsizetype findPathEnd(QByteArrayView text)
{
    bool quoted = false;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted && c == '\\')
            ++i;
        else if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == '>')
            return i;
    }
    return -1;
}

bool isKeyword(QByteArrayView keyword)
{
    if (keyword.isEmpty() || !(isAlpha(keyword.front()) || isDigit(keyword.front())))
        return false;
    for (const char c : keyword) {
        if (!(isAlpha(c) || isDigit(c) || c == '-'))
            return false;
    }
    return true;
}

// RFC 5321 4.1.2 esmtp-value: 1*(%d33-60 / %d62-126).
bool isValue(QByteArrayView value)
{
    if (value.isEmpty())
        return false;
    for (const char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 33 || u > 126 || c == '=')
            return false;
    }
    return true;
}

MailPathResult parsePath(QByteArrayView argument, QByteArrayView prefix, PathKind kind)
{
    const bool sender = kind == PathKind::ReversePath;
    for (const char c : argument) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 32 || u == 127)
            return failure(501, "5.5.2", "Syntax error: control characters are not allowed");
    }
    const char* shape =
        sender ? "Syntax: MAIL FROM:<address> [parameters]" : "Syntax: RCPT TO:<address> [parameters]";
    if (argument.size() < prefix.size() ||
        argument.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) != 0)
        return failure(501, "5.5.4", shape);
    QByteArrayView rest = argument.sliced(prefix.size());
    if (rest.startsWith(' ')) // common client habit: "MAIL FROM: <a@b>"
        rest = rest.sliced(1);
    // Old device firmware writes "MAIL FROM:scan@office.example", without the angle brackets RFC 5321 4.1.2
    // asks for (an outside tester's scanner; Postfix takes it unless strict_rfc821_envelopes is set). A
    // mailbox alone up to the first space is read as if bracketed; nothing else is guessed.
    QByteArray bracketed;
    if (!rest.startsWith('<')) {
        const qsizetype space = rest.indexOf(' ');
        const QByteArrayView bare = space < 0 ? rest : rest.first(space);
        if (!bare.contains('@') || bare.contains('<') || bare.contains('>') || bare.contains('"') ||
            bare.startsWith('@'))
            return failure(501, "5.5.4", shape);
        bracketed = '<' + bare.toByteArray() + '>' + rest.sliced(bare.size()).toByteArray();
        rest = bracketed;
    }
    const qsizetype close = findPathEnd(rest);
    if (close < 0)
        return failure(501, "5.5.4", shape);

    QByteArrayView path = rest.sliced(1, close - 1);
    for (const char c : path) {
        if (static_cast<unsigned char>(c) >= 128) // RFC 6531: only with SMTPUTF8, which is not offered
            return nonAsciiRefusal(path);
    }
    const char* badAddress = sender ? "5.1.7" : "5.1.3";
    if (close + 1 > kMaxPath)
        return failure(501, badAddress, "Path too long");
    if (path.startsWith('@')) { // RFC 5321 4.1.2 / Appendix C: accept a source route and ignore it
        const qsizetype colon = findRouteEnd(path);
        if (colon < 0 || !isSourceRoute(path.first(colon)))
            return failure(501, badAddress, "Bad source route syntax");
        path = path.sliced(colon + 1);
    }

    MailPathResult result;
    if (path.isEmpty()) {
        if (!sender)
            return failure(501, badAddress, "The null path is not a valid recipient");
    } else if (!sender && path.compare("postmaster", Qt::CaseInsensitive) == 0) {
        // RFC 5321 4.1.1.3: "<Postmaster>" without a domain must be accepted.
    } else if (const qsizetype at = path.lastIndexOf('@'); at > 0 && !path.sliced(at + 1).startsWith('[') &&
                                                           hasNumericTopLabel(path.sliced(at + 1)) &&
                                                           isDomainName(path.sliced(at + 1))) {
        // Accepted, it bounced later as NXDOMAIN (and was suppressed): say now what was meant.
        const QByteArray literal =
            path.first(at + 1).toByteArray() + '[' + path.sliced(at + 1).toByteArray() + ']';
        return failure(501, badAddress,
                       QByteArray("Not a domain name: write an IP address as an address literal, " + literal)
                           .constData());
    } else if (!isValidMailbox(path)) {
        return failure(501, badAddress,
                       sender ? "Bad sender address syntax" : "Bad recipient address syntax");
    }
    result.path.address = path.toByteArray();

    // RFC 5321 4.1.2: Mail-parameters = esmtp-param *(SP esmtp-param), esmtp-param = keyword ["=" value].
    QByteArrayView params = rest.sliced(close + 1);
    if (!params.isEmpty()) {
        if (!params.startsWith(' '))
            return failure(501, "5.5.4", shape);
        params = params.sliced(1);
        while (true) {
            const qsizetype space = params.indexOf(' ');
            const QByteArrayView param = space < 0 ? params : params.first(space);
            const qsizetype equals = param.indexOf('=');
            const QByteArrayView keyword = equals < 0 ? param : param.first(equals);
            const QByteArrayView value = equals < 0 ? QByteArrayView() : param.sliced(equals + 1);
            if (!isKeyword(keyword) || (equals >= 0 && !isValue(value)))
                return failure(501, "5.5.4", "Malformed parameter");
            if (result.path.hasParameter(keyword)) // named, so that the client's author sees which one
                return failure(
                    501, "5.5.4",
                    QByteArray("Duplicate parameter " + keyword.toByteArray().toUpper()).constData());
            result.path.parameters.append({keyword.toByteArray().toUpper(), value.toByteArray()});
            if (space < 0)
                break;
            params = params.sliced(space + 1);
        }
    }
    result.ok = true;
    return result;
}

} // namespace

QByteArray MailPath::domain() const
{
    const qsizetype at = address.lastIndexOf('@');
    return at < 0 ? QByteArray() : address.mid(at + 1).toLower();
}

bool MailPath::hasParameter(QByteArrayView keyword) const
{
    for (const auto& parameter : parameters) {
        if (keyword.compare(parameter.first, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray MailPath::parameter(QByteArrayView keyword) const
{
    for (const auto& parameter : parameters) {
        if (keyword.compare(parameter.first, Qt::CaseInsensitive) == 0)
            return parameter.second;
    }
    return {};
}

MailPathResult parseMailFrom(QByteArrayView argument)
{
    return parsePath(argument, "FROM:", PathKind::ReversePath);
}

MailPathResult parseRcptTo(QByteArrayView argument)
{
    return parsePath(argument, "TO:", PathKind::ForwardPath);
}

bool isValidAddressLiteral(QByteArrayView text)
{
    return isAddressLiteral(text);
}

bool isValidMailbox(QByteArrayView address)
{
    // RFC 5321 4.1.2 Mailbox = Local-part "@" ( Domain / address-literal ); the domain holds no '@'.
    const qsizetype at = address.lastIndexOf('@');
    if (at <= 0 || address.size() + 2 > kMaxPath)
        return false;
    const QByteArrayView local = address.first(at);
    const QByteArrayView domain = address.sliced(at + 1);
    // No limit of the local part's own (RFC 5321 4.5.3.1: 64 octets is the least to accept, and "to the
    // maximum extent possible" none should be imposed): list software's VERP and SRS return paths are
    // longer. The path's 256 octets bound it.
    return (isDotString(local) || isQuotedString(local)) && isDomain(domain) &&
           (domain.startsWith('[') || !hasNumericTopLabel(domain));
}

QByteArray withoutNeedlessQuotes(const QByteArray& address)
{
    const qsizetype at = address.lastIndexOf('@');
    if (at < 2 || address.front() != '"' || address.at(at - 1) != '"')
        return address;
    QByteArray local;
    for (qsizetype i = 1; i < at - 1; ++i) {
        if (address.at(i) == '\\' && i + 1 < at - 1)
            ++i; // a quoted pair names its character
        local += address.at(i);
    }
    // SMTPUTF8 (RFC 6531 3.3): UTF-8 in a local part is atext too.
    QByteArray ascii = local;
    for (char& c : ascii) {
        if (static_cast<unsigned char>(c) >= 0x80)
            c = 'x';
    }
    if (!isDotString(ascii))
        return address;
    return local + address.mid(at);
}

} // namespace RelayDesk
