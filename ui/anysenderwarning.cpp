#include "ui/anysenderwarning.h"

#include "core/util/readableaddress.h"

namespace RelayDesk {

QString AnySenderWarning::listTip(const QString& agent)
{
    return tr("%1 may send as any address of any domain (not recommended). To restrict it, give it its "
              "sender "
              "domains and untick \"Any sender\" (Edit...).")
        .arg(agent);
}

QString AnySenderWarning::senderTab()
{
    // The relay vouches for whatever it signs: a spoof of another agent's domain from this agent passes DKIM
    // and DMARC (an outside tester's any-sender agent sent as ceo@ of a signed domain).
    return tr("This agent may send as any address of any domain (not recommended): its mail is DKIM-signed "
              "for every domain that has keys here, whoever wrote it, so it passes DKIM and DMARC as that "
              "domain. To restrict it, give it its sender domains and untick \"Any sender\" (Edit...).");
}

QString AnySenderWarning::alert(const QString& agent)
{
    return tr("The Mail Agent \"%1\" may send as any address of any domain (not recommended): its mail is "
              "DKIM-signed for every domain that has keys here, whoever wrote it. Give it its sender domains "
              "and "
              "untick \"Any sender\" (Mail Agents, Edit...).")
        .arg(agent);
}

QString AnySenderWarning::signedToo(const QStringList& agents, const QString& domain)
{
    if (agents.isEmpty())
        return {};
    return tr("%1 may send as any address: mail from them as %2 is signed with these keys too, so it passes "
              "DKIM and DMARC whoever wrote it. Give them their own sender domains and untick \"Any sender\" "
              "(Mail Agents, Edit...).")
        .arg(agents.join(QStringLiteral(", ")), ReadableAddress::domain(domain));
}

} // namespace RelayDesk
