#include "core/smtp/fromaddresses.h"
#include "core/smtp/encodedwords.h"

#include <QRegularExpression>

namespace RelayDesk {

namespace {

/// One lexical token of a structured field (RFC 5322 3.2): comments and folding white space are dropped.
struct Token
{
    enum Kind
    {
        Word,    ///< an atom, dot-atom, quoted string, domain literal or encoded word, as written
        Special, ///< one of < > , : ; @
    } kind = Word;
    QByteArray text;
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isAddressSpecial(char c)
{
    return c == '<' || c == '>' || c == ',' || c == ':' || c == ';' || c == '@';
}

// An RFC 2047 2 encoded word "=?charset?Q?text?=" starting at i: its length, or 0. Read as one word so that
// whatever it encodes (even an '@' or '<' that a sloppy writer left unencoded) never counts as syntax.
qsizetype encodedWordLength(QByteArrayView value, qsizetype i)
{
    if (!value.sliced(i).startsWith("=?"))
        return 0;
    qsizetype question = i + 1;
    for (int part = 0; part < 2; ++part) { // past "charset?" and "encoding?"
        question = value.indexOf('?', question + 1);
        if (question < 0)
            return 0;
    }
    const qsizetype end = value.indexOf("?=", question + 1);
    if (end < 0)
        return 0;
    for (qsizetype j = i; j < end; ++j) {
        if (isSpace(value[j]))
            return 0; // RFC 2047 2: an encoded word holds no white space
    }
    return end + 2 - i;
}

// Splits value into tokens; false if a comment, quoted string or domain literal is not closed. Each
// comment's text (without its parentheses) goes to comments.
bool tokenize(QByteArrayView value, QList<Token>* tokens, QList<QByteArray>* comments)
{
    qsizetype i = 0;
    while (i < value.size()) {
        const char c = value[i];
        if (isSpace(c)) {
            ++i;
        } else if (c == '(') { // RFC 5322 3.2.2: comments nest, and '\' quotes one character
            const qsizetype opened = i;
            int depth = 0;
            do {
                if (value[i] == '\\')
                    ++i;
                else if (value[i] == '(')
                    ++depth;
                else if (value[i] == ')')
                    --depth;
                ++i;
            } while (depth > 0 && i < value.size());
            if (depth > 0)
                return false;
            QByteArray comment; // as shown: without its parentheses and quoted-pairs
            for (qsizetype k = opened + 1; k < i - 1; ++k) {
                if (value[k] == '\\' && k + 1 < i - 1)
                    ++k;
                comment += value[k];
            }
            comments->append(comment);
        } else if (c == '"' || c == '[') {
            const char close = c == '"' ? '"' : ']';
            qsizetype j = i + 1;
            while (j < value.size() && value[j] != close)
                j += value[j] == '\\' ? 2 : 1;
            if (j >= value.size())
                return false;
            tokens->append({Token::Word, value.sliced(i, j + 1 - i).toByteArray()});
            i = j + 1;
        } else if (isAddressSpecial(c)) {
            tokens->append({Token::Special, QByteArray(1, c)});
            ++i;
        } else if (const qsizetype word = encodedWordLength(value, i); word > 0) {
            tokens->append({Token::Word, value.sliced(i, word).toByteArray()});
            i += word;
        } else {
            qsizetype j = i;
            while (j < value.size() && !isSpace(value[j]) && !isAddressSpecial(value[j]) && value[j] != '(' &&
                   value[j] != '"' && value[j] != '[')
                ++j;
            tokens->append({Token::Word, value.sliced(i, j - i).toByteArray()});
            i = j;
        }
    }
    return true;
}

bool isAddressSpecial(const Token& token, char c)
{
    return token.kind == Token::Special && token.text[0] == c;
}

// An addr-spec from its tokens: words and '@' joined as written (obsolete CFWS around dots dropped).
QByteArray addrSpec(const QList<Token>& tokens, qsizetype from, qsizetype to, bool* malformed)
{
    QByteArray address;
    int ats = 0;
    for (qsizetype i = from; i < to; ++i) {
        const Token& token = tokens[i];
        if (token.kind == Token::Special && !isAddressSpecial(token, '@'))
            *malformed = true;
        // Two words side by side in the domain ("a@b c") are no domain: which one a reader shows is a guess.
        if (ats > 0 && i > from && token.kind == Token::Word && tokens[i - 1].kind == Token::Word &&
            !tokens[i - 1].text.endsWith('.') && !token.text.startsWith('.'))
            *malformed = true;
        ats += isAddressSpecial(token, '@') ? 1 : 0;
        address += token.text;
    }
    if (ats > 1)
        *malformed = true; // "a@b@c": no mail reader agrees on its domain
    return address;
}

// A phrase or comment as a mail program shows it: quoted strings without quotes and quoted-pairs, encoded
// words decoded as EncodedWords::decode does (adjacent words of one charset joined before decoding, RFC 2047
// 6.2), the look-alikes of '@' read as one.
QString shownPhrase(const QList<QByteArray>& written)
{
    QList<QByteArray> words;
    for (const QByteArray& word : written) {
        if (word.size() >= 2 && word.startsWith('"') && word.endsWith('"')) {
            QByteArray unquoted;
            for (qsizetype i = 1; i + 1 < word.size(); ++i) {
                if (word[i] == '\\' && i + 2 < word.size())
                    ++i;
                unquoted += word[i];
            }
            for (const QByteArray& part : unquoted.simplified().split(' '))
                if (!part.isEmpty())
                    words += part;
        } else if (!word.isEmpty()) {
            words += word;
        }
    }
    QString shown = EncodedWords::decode(words.join(' '));
    shown.replace(QChar(0xFF20), QLatin1Char('@')).replace(QChar(0xFE6B), QLatin1Char('@'));
    return shown;
}

// The addresses in text shown to a reader: "local@domain.tld" with a dot in the domain.
QStringList addressesIn(const QString& text)
{
    static const QRegularExpression address(
        QStringLiteral("[^\\s<>()\\[\\]\"',;:@]+@[^\\s<>()\\[\\]\"',;:@]+\\.[^\\s<>()\\[\\]\"',;:@.]+"));
    QStringList found;
    for (auto it = address.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    return found;
}

} // namespace

FromAddresses FromAddresses::parse(QByteArrayView value)
{
    FromAddresses result;
    QList<Token> tokens;
    QList<QByteArray> comments; // as written, without their parentheses
    if (!tokenize(value, &tokens, &comments)) {
        result.malformed = true;
        return result;
    }
    QList<QList<QByteArray>> shown; // the display names and comments, each as its words
    for (const QByteArray& comment : std::as_const(comments))
        shown << comment.simplified().split(' ');
    // RFC 5322 3.4: address-list of mailboxes ("name <addr>" or "addr") and groups ("name: mailboxes;").
    qsizetype start = 0; // first token of the current mailbox
    qsizetype i = 0;
    const auto flush = [&](qsizetype end) {
        if (end > start)
            result.addresses << addrSpec(tokens, start, end, &result.malformed);
    };
    while (i < tokens.size()) {
        const Token& token = tokens[i];
        if (isAddressSpecial(token, '<')) {
            // A display name is words (RFC 5322 3.2.5 phrase): an '@' outside quotes is no part of one. Mail
            // programs show "ceo@bank.example <scan@office.example>" as from ceo@bank.example, and it was
            // delivered (an outside tester); a quoted or encoded name stays a name.
            QList<QByteArray> name;
            for (qsizetype n = start; n < i; ++n) {
                if (isAddressSpecial(tokens[n], '@'))
                    result.malformed = true;
                name << tokens[n].text;
            }
            shown << name;
            // name-addr: the display name before '<' is dropped; an obsolete route ("@a,@b:") is skipped.
            qsizetype close = i + 1;
            qsizetype addrStart = i + 1;
            while (close < tokens.size() && !isAddressSpecial(tokens[close], '>')) {
                if (isAddressSpecial(tokens[close], ':')) {
                    addrStart = close + 1;
                    // RFC 5322 4.4: a route is obsolete and never generated; "<@evil.test:anna@example.com>"
                    // names a host a reader may take for the sender's (an outside tester's passed).
                    result.malformed = true;
                }
                ++close;
            }
            if (close >= tokens.size()) {
                result.malformed = true;
                return result;
            }
            result.addresses << addrSpec(tokens, addrStart, close, &result.malformed);
            i = close + 1;
            // Only the end of this mailbox may follow.
            if (i < tokens.size() && !isAddressSpecial(tokens[i], ',') && !isAddressSpecial(tokens[i], ';'))
                result.malformed = true;
            start = i;
        } else if (isAddressSpecial(token, ':')) {
            QList<QByteArray> name;
            for (qsizetype n = start; n < i; ++n) {
                if (isAddressSpecial(tokens[n], '@'))
                    result.malformed = true; // a group's name is a phrase, as a display name is
                name << tokens[n].text;
            }
            shown << name;
            start = i + 1; // a group's display name
            ++i;
        } else if (isAddressSpecial(token, ',') || isAddressSpecial(token, ';') ||
                   isAddressSpecial(token, '>')) {
            if (isAddressSpecial(token, '>'))
                result.malformed = true;
            flush(i);
            start = ++i;
        } else {
            ++i;
        }
    }
    flush(tokens.size());
    // A display name or comment that shows an address is read as the sender by mail programs: it must be
    // one of the field's own mailboxes ("anna@example.com" <anna@example.com> is common and fine).
    QStringList own;
    for (const QByteArray& address : std::as_const(result.addresses))
        own << QString::fromUtf8(address).toLower();
    // Any other '@' a reader sees there counts too: "eve@", "support@evil" and "eve@[192.0.2.1]" are read as
    // addresses as well (an outside tester's passed).
    for (const QList<QByteArray>& words : std::as_const(shown)) {
        QString text = shownPhrase(words);
        if (!text.contains(QLatin1Char('@')))
            continue;
        QString other;
        for (const QString& address : addressesIn(text)) {
            if (!own.contains(address.toLower())) {
                other = address;
                break;
            }
            text.replace(address, QString(), Qt::CaseInsensitive);
        }
        if (other.isEmpty() && text.contains(QLatin1Char('@')))
            other = text.simplified().left(80);
        if (!other.isEmpty() && !result.shownOtherAddresses.contains(other))
            result.shownOtherAddresses << other;
    }
    return result;
}

} // namespace RelayDesk
