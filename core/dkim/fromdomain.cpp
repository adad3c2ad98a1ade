#include "core/dkim/fromdomain.h"
#include "core/smtp/fromaddresses.h"
#include "core/util/domainname.h"

namespace RelayDesk {

QByteArray FromDomain::of(QByteArrayView fromValue)
{
    // Read by the same parser as the sender check (SmtpServerProtocol::fromRefusal), so that the domain whose
    // keys sign is the one the check allowed: a second reading of the field could find another mailbox in an
    // encoded word or a domain literal ("=?utf-8?q?<ceo@bank.test>?= <eve@evil.test>").
    QByteArray unfolded = fromValue.toByteArray();
    unfolded.replace("\r\n", "").replace('\n', "");
    const FromAddresses from = FromAddresses::parse(unfolded);
    if (from.malformed || from.addresses.isEmpty())
        return {};
    // The compared form: an IDN in UTF-8 is looked up by its A-labels, as its keys are stored.
    return DomainName::ofAddress(from.addresses.first()).toUtf8();
}

} // namespace RelayDesk
