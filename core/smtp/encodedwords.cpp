#include "core/smtp/encodedwords.h"
#include "core/util/hexdigit.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>

namespace RelayDesk {

QString EncodedWords::plainText(const QByteArray& bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    return QString::fromLatin1(bytes);
}

namespace {

/// RFC 2047 4.2: the "Q" encoding, quoted-printable with "_" for a space.
QByteArray decodeQ(const QByteArray& text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '_') {
            out += ' ';
        } else if (c == '=' && i + 2 < text.size() && hexDigitValue(text[i + 1]) >= 0 &&
                   hexDigitValue(text[i + 2]) >= 0) {
            out += static_cast<char>(hexDigitValue(text[i + 1]) * 16 + hexDigitValue(text[i + 2]));
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

QString EncodedWords::decodeCharset(const QByteArray& bytes, const QByteArray& charset, bool* known)
{
    QByteArray name = charset.trimmed();
    const qsizetype star = name.indexOf('*'); // RFC 2231 5: charset*language
    if (star >= 0)
        name.truncate(star);
    if (name.isEmpty())
        name = "us-ascii"; // RFC 2045 5.2
    QStringDecoder decoder(name.constData());
    if (known)
        *known = decoder.isValid();
    if (!decoder.isValid())
        return QString::fromUtf8(bytes);
    return decoder.decode(bytes);
}

QString EncodedWords::decode(const QByteArray& value)
{
    // RFC 2047 2: encoded-word = "=?" charset "?" encoding "?" encoded-text "?="
    static const QRegularExpression word(QStringLiteral("=\\?([^?\\s]+)\\?([bBqQ])\\?([^?\\s]*)\\?="));
    const QString source = QString::fromLatin1(value);
    QString out;
    // Adjacent words of one charset are joined as bytes before they are decoded, so that a character or an
    // address split over several words is whole again (an outside tester's "=?UTF-8?Q?eve?=
    // =?UTF-8?Q?=40evil.test?=" passed a check that decoded each word alone).
    QByteArray pending;
    QByteArray pendingCharset;
    const auto flush = [&]() {
        if (!pendingCharset.isEmpty())
            out += decodeCharset(pending, pendingCharset);
        pending.clear();
        pendingCharset.clear();
    };
    qsizetype last = 0;
    auto it = word.globalMatch(source);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString between = source.mid(last, match.capturedStart() - last);
        const QByteArray charset = match.captured(1).toLatin1().toLower();
        // RFC 2047 6.2: white space between adjacent encoded words is not shown.
        const bool adjacent = !pendingCharset.isEmpty() && between.trimmed().isEmpty();
        if (!adjacent || charset != pendingCharset)
            flush();
        if (!adjacent)
            out += plainText(between.toLatin1());
        const QByteArray text = match.captured(3).toLatin1();
        const bool base64 = match.captured(2).compare(QLatin1String("b"), Qt::CaseInsensitive) == 0;
        pending += base64 ? QByteArray::fromBase64(text) : decodeQ(text);
        pendingCharset = charset;
        last = match.capturedEnd();
    }
    flush();
    out += plainText(source.mid(last).toLatin1());
    return oneLine(out);
}

QString EncodedWords::oneLine(const QString& text)
{
    // A header's text is one line a person reads, next to the relay's own words (`queue show`'s "Agent:"
    // line, the window's title): a line break decoded from an encoded word forged such lines for an outside
    // tester, and a right-to-left override (U+202E) reversed the title after it. Controls but tab become
    // spaces; the direction embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) go, while
    // letters of right-to-left scripts keep their own direction.
    const auto control = [](char16_t c) {
        return (c < 0x20 && c != u'\t') || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029;
    };
    const auto direction = [](char16_t c) {
        return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    };
    if (std::none_of(text.cbegin(), text.cend(),
                     [&](QChar c) { return control(c.unicode()) || direction(c.unicode()); }))
        return text;
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (direction(c.unicode()))
            continue;
        out += control(c.unicode()) ? QChar(u' ') : c;
    }
    return out;
}

QByteArray EncodedWords::encode(const QString& text)
{
    bool plain = true;
    for (const QChar c : text)
        plain = plain && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (plain)
        return text.toLatin1();
    // 45 octets of UTF-8 a word at most: 60 of base64 within "=?UTF-8?B?" and "?=", 72 in all.
    constexpr qsizetype maxOctets = 45;
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray character = text.mid(i, length).toUtf8();
        if (chunk.size() + character.size() > maxOctets) {
            words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
            chunk.clear();
        }
        chunk += character;
        i += length;
    }
    if (!chunk.isEmpty())
        words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
    return words.join("\r\n ");
}

} // namespace RelayDesk
