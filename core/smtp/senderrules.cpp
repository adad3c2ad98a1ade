#include "core/smtp/senderrules.h"

#include "core/smtp/mailpath.h"
#include "core/util/domainname.h"

#include <QCoreApplication>

namespace RelayDesk {

SenderRules SenderRules::of(const QStringList& entries, bool anySender)
{
    SenderRules rules;
    rules.anySender = anySender;
    for (const QString& entry : entries)
        (entry.contains(QLatin1Char('@')) ? rules.addresses : rules.domains) << entry;
    return rules;
}

bool SenderRules::allows(QByteArrayView address) const
{
    if (unavailable)
        return false;
    if (anySender)
        return true;
    if (address.isEmpty())
        return false;
    const QString domain = DomainName::ofAddress(address);
    if (domain.isEmpty())
        return false;
    if (domains.contains(domain))
        return true; // exact match only: "mail.example.com" is not "example.com"
    if (addresses.isEmpty())
        return false;
    const qsizetype at = address.lastIndexOf('@');
    const QString local = QString::fromUtf8(address.first(at)).toLower();
    return addresses.contains(local + QLatin1Char('@') + domain);
}

QByteArray SenderRules::allowedList(int maxListed) const
{
    // A reply line holds at most 512 octets (RFC 5321 4.5.3.1.5): long lists end in "and N more".
    constexpr qsizetype maxLength = 300;
    const QStringList all = domains + addresses;
    if (all.isEmpty())
        return "none";
    QByteArray text;
    qsizetype listed = 0;
    for (const QString& entry : all) {
        if (listed == maxListed || (listed > 0 && text.size() + entry.size() > maxLength))
            break;
        if (listed++ > 0)
            text += ", ";
        text += entry.toLatin1();
    }
    if (listed < all.size())
        text += " and " + QByteArray::number(all.size() - listed) + " more";
    return text;
}

Expected<QString> SenderRules::normalizeEntry(const QString& entry)
{
    const QString text = entry.trimmed();
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return DomainName::normalize(text);
    // "@shop.example" for a domain: the refusal asked for an address of the form local@domain (an outside
    // tester had given a domain).
    if (at == 0)
        return Expected<QString>::failure(
            QCoreApplication::translate("RelayDesk::SenderRules",
                                        "'%1': give a domain (%2) or an address (user@%2)")
                .arg(entry, text.mid(1)));
    const auto domain = DomainName::normalize(text.mid(at + 1));
    if (!domain)
        return domain;
    const QString address = text.left(at).toLower() + QLatin1Char('@') + domain.value();
    if (at == 0 || !isValidMailbox(address.toLatin1()) || address.toLatin1() != address.toUtf8())
        return Expected<QString>::failure(
            QCoreApplication::translate("RelayDesk::SenderRules",
                                        "'%1' is not an address of the form local@domain in plain ASCII")
                .arg(entry));
    return address;
}

} // namespace RelayDesk
