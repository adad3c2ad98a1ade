#include "core/smtp/dsnparameters.h"

#include <QList>

namespace RelayDesk::DsnParameters {

std::optional<int> parseNotify(QByteArrayView value)
{
    if (value.isEmpty())
        return std::nullopt;
    int notify = 0;
    const QList<QByteArray> words = value.toByteArray().toUpper().split(',');
    for (const QByteArray& word : words) {
        int bit = 0;
        if (word == "NEVER")
            bit = NotifyNever;
        else if (word == "SUCCESS")
            bit = NotifySuccess;
        else if (word == "FAILURE")
            bit = NotifyFailure;
        else if (word == "DELAY")
            bit = NotifyDelay;
        if (bit == 0 || (notify & bit) != 0)
            return std::nullopt;
        notify |= bit;
    }
    // RFC 3461 4.1: NEVER stands alone.
    if ((notify & NotifyNever) != 0 && notify != NotifyNever)
        return std::nullopt;
    return notify;
}

QByteArray notifyValue(int notify)
{
    if (notify & NotifyNever)
        return "NEVER";
    QList<QByteArray> words;
    if (notify & NotifySuccess)
        words << "SUCCESS";
    if (notify & NotifyFailure)
        words << "FAILURE";
    if (notify & NotifyDelay)
        words << "DELAY";
    return words.join(',');
}

std::optional<QByteArray> parseRet(QByteArrayView value)
{
    const QByteArray upper = value.toByteArray().toUpper();
    if (upper == "FULL" || upper == "HDRS")
        return upper;
    return std::nullopt;
}

namespace {
bool isUpperHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
}
} // namespace

bool isXtext(QByteArrayView value)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        const uchar c = uchar(value[i]);
        if (c == '+') {
            if (i + 2 >= value.size() || !isUpperHex(value[i + 1]) || !isUpperHex(value[i + 2]))
                return false;
            i += 2;
        } else if (c < 33 || c > 126 || c == '=') {
            return false;
        }
    }
    return true;
}

QByteArray decodeXtext(QByteArrayView value)
{
    QByteArray text;
    text.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == '+' && i + 2 < value.size()) {
            text += char(QByteArray(value.sliced(i + 1, 2).toByteArray()).toInt(nullptr, 16));
            i += 2;
        } else {
            text += value[i];
        }
    }
    return text;
}

std::optional<QByteArray> parseOrcpt(QByteArrayView value)
{
    const qsizetype semicolon = value.indexOf(';');
    if (semicolon <= 0 || value.size() > maxOrcpt)
        return std::nullopt;
    // addr-type = atom (RFC 5322 3.2.3): letters, digits and the atext specials; "rfc822" and "utf-8" in use.
    for (const char c : value.first(semicolon)) {
        const bool atext = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                           QByteArrayView("!#$%&'*+-/=?^_`{|}~").contains(c);
        if (!atext)
            return std::nullopt;
    }
    const QByteArrayView address = value.sliced(semicolon + 1);
    if (address.isEmpty() || !isXtext(address))
        return std::nullopt;
    return value.toByteArray();
}

QByteArray originalRecipientField(QByteArrayView orcpt)
{
    const qsizetype semicolon = orcpt.indexOf(';');
    if (semicolon <= 0)
        return {};
    QByteArray address = decodeXtext(orcpt.sliced(semicolon + 1));
    // A header field of the report: no line breaks or control characters, whatever the xtext held.
    for (char& c : address) {
        if (uchar(c) < 0x20 || c == 0x7f)
            c = ' ';
    }
    return orcpt.first(semicolon).toByteArray() + ";" + address;
}

} // namespace RelayDesk::DsnParameters
