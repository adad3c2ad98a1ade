#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

namespace RelayDesk {

/// The parameters of the DSN extension (RFC 3461): what a sender asks of delivery status notifications, read
/// at MAIL (RET, ENVID) and RCPT (NOTIFY, ORCPT), kept with the message and passed on to a next hop that
/// offers DSN itself.
namespace DsnParameters {

/// NOTIFY's values (RFC 3461 4.1) as bits; 0 is "not given", which asks for failures and delays as the relay
/// would tell them anyway.
enum Notify : int
{
    NotifyNever = 1,
    NotifySuccess = 2,
    NotifyFailure = 4,
    NotifyDelay = 8,
};

/// RFC 3461 4.4: ENVID is at most 100 characters; 4.2: ORCPT at most 500.
constexpr int maxEnvid = 100;
constexpr int maxOrcpt = 500;

/// NOTIFY=NEVER or a comma list of SUCCESS, FAILURE and DELAY (any case, each once); nothing when invalid.
std::optional<int> parseNotify(QByteArrayView value);
/// NOTIFY's value as it goes on to the next hop ("SUCCESS,FAILURE"); empty for 0.
QByteArray notifyValue(int notify);
/// RET=FULL or RET=HDRS (any case), upper-cased; nothing when invalid.
std::optional<QByteArray> parseRet(QByteArrayView value);
/// RFC 3461 4: xchar (printable ASCII but "+" and "=") or "+" and two upper-case hex digits.
bool isXtext(QByteArrayView value);
/// The text an xtext stands for.
QByteArray decodeXtext(QByteArrayView value);
/// ORCPT=addr-type;xtext (RFC 3461 4.2), the type an atom ("rfc822", "utf-8"); as given, when valid.
std::optional<QByteArray> parseOrcpt(QByteArrayView value);
/// The Original-Recipient field's value for a notice (RFC 3464 2.3.1): the type and the decoded address.
QByteArray originalRecipientField(QByteArrayView orcpt);

/// Whether a notice of this kind goes for a recipient with this NOTIFY (RFC 3461 4.1: not given means
/// failures, and delays at the relay's discretion; NEVER means none).
inline bool wantsFailure(int notify)
{
    return notify == 0 || (notify & NotifyFailure) != 0;
}
inline bool wantsDelay(int notify)
{
    return notify == 0 || (notify & NotifyDelay) != 0;
}
inline bool wantsSuccess(int notify)
{
    return (notify & NotifySuccess) != 0;
}

} // namespace DsnParameters

} // namespace RelayDesk
