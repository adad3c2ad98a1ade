#include "core/admin/senderdnsrecords.h"
#include "core/util/clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>

namespace RelayDesk {

namespace {

/// The notes are translated where a translator is installed (the window); the command line stays English.
QString senderRecordsText(const char* text)
{
    return QCoreApplication::translate("RelayDesk::SenderDnsRecords", text);
}

} // namespace

QStringList SenderDnsRecord::strings() const
{
    QStringList parts;
    for (qsizetype at = 0; at < value.size(); at += 255)
        parts << value.mid(at, 255);
    return parts;
}

QString SenderDnsRecord::zoneLine() const
{
    QStringList quoted;
    for (const QString& part : strings())
        quoted << QLatin1Char('"') + part + QLatin1Char('"');
    return name + QStringLiteral(" TXT ") + quoted.join(QLatin1Char(' '));
}

QString SenderDnsRecord::absoluteZoneLine() const
{
    const QString line = zoneLine();
    return name.endsWith(QLatin1Char('.')) ? line : name + QLatin1Char('.') + line.mid(name.size());
}

bool SenderDnsRecord::hasPlaceholder() const
{
    return value.contains(QLatin1String("YOUR.PUBLIC.IP")) ||
           value.contains(QLatin1String("SPF.DOMAIN.OF.YOUR.PROVIDER"));
}

QString SenderDnsRecords::providerInclude(const QString& smarthostHost)
{
    const QString host = smarthostHost.toLower();
    const auto under = [&host](const char* suffix) {
        const QString domain = QLatin1String(suffix);
        return host == domain || host.endsWith(QLatin1Char('.') + domain);
    };
    // The SPF records these providers document for mail relayed through them.
    if (under("office365.com") || under("outlook.com"))
        return QStringLiteral("include:spf.protection.outlook.com");
    if (under("gmail.com") || under("google.com") || under("googlemail.com"))
        return QStringLiteral("include:_spf.google.com");
    if (under("amazonaws.com"))
        return QStringLiteral("include:amazonses.com");
    return {};
}

QList<SenderDnsRecord> SenderDnsRecords::build(const QString& domain, const QList<DkimKeyRecord>& keys,
                                               const QString& smarthostHost, const QString& reportAddress,
                                               const QString& publicAddress)
{
    QList<SenderDnsRecord> records;
    for (const DkimKeyRecord& key : keys) {
        if (key.state == DkimKeyRecord::State::Retired)
            continue;
        SenderDnsRecord record;
        record.kind = QStringLiteral("dkim");
        record.name = key.dnsName();
        record.value = QString::fromLatin1(key.dnsValue());
        record.selector = key.selector;
        record.algorithm = QString::fromLatin1(dkimAlgorithmName(key.algorithm));
        record.state = DkimKeyRecord::stateName(key.state);
        record.retireAt = key.retireAt;
        if (key.state == DkimKeyRecord::State::Grace && key.retireAt <= nowMs())
            record.note = senderRecordsText(QT_TRANSLATE_NOOP(
                "RelayDesk::SenderDnsRecords",
                "replaced by a rotation, its grace period over, but mail still in the queue carries its "
                "signature: keep it published until it is no longer listed here"));
        else if (key.state == DkimKeyRecord::State::Grace)
            record.note =
                senderRecordsText(
                    QT_TRANSLATE_NOOP("RelayDesk::SenderDnsRecords",
                                      "replaced by a rotation: keep it published until %1, then remove it"))
                    .arg(QDateTime::fromMSecsSinceEpoch(key.retireAt, Qt::UTC).toString(Qt::ISODate));
        records << record;
    }

    SenderDnsRecord spf;
    spf.kind = QStringLiteral("spf");
    spf.name = domain;
    const QString keepOthers =
        senderRecordsText(QT_TRANSLATE_NOOP("RelayDesk::SenderDnsRecords",
                                            "publish one SPF record for %1 only: merge this into an "
                                            "existing one and keep the mechanisms of the "
                                            "other services that send as %1"))
            .arg(domain);
    if (smarthostHost.isEmpty() && !publicAddress.isEmpty()) {
        const bool v6 = QHostAddress(publicAddress).protocol() == QAbstractSocket::IPv6Protocol;
        spf.value = QStringLiteral("v=spf1 %1:%2 ~all")
                        .arg(v6 ? QStringLiteral("ip6") : QStringLiteral("ip4"), publicAddress);
        spf.note =
            senderRecordsText(QT_TRANSLATE_NOOP("RelayDesk::SenderDnsRecords",
                                                "mail goes to the recipients' MX hosts directly from %1 "
                                                "(delivery.public_address); "))
                .arg(publicAddress) +
            keepOthers;
    } else if (smarthostHost.isEmpty()) {
        // Direct delivery to MX hosts: the office's public address is what receivers see, and this machine
        // cannot know it (it may sit behind NAT).
        spf.value = QStringLiteral("v=spf1 ip4:YOUR.PUBLIC.IP ~all");
        spf.note = senderRecordsText(QT_TRANSLATE_NOOP(
                       "RelayDesk::SenderDnsRecords",
                       "mail goes to the recipients' MX hosts directly: replace YOUR.PUBLIC.IP with "
                       "the public IPv4 address this office sends from (add ip6: for IPv6); ")) +
                   keepOthers;
    } else if (const QString include = providerInclude(smarthostHost); !include.isEmpty()) {
        spf.value = QStringLiteral("v=spf1 %1 ~all").arg(include);
        spf.note = senderRecordsText(QT_TRANSLATE_NOOP("RelayDesk::SenderDnsRecords",
                                                       "mail goes through the smarthost %1; "))
                       .arg(smarthostHost) +
                   keepOthers;
    } else {
        spf.value = QStringLiteral("v=spf1 include:SPF.DOMAIN.OF.YOUR.PROVIDER ~all");
        spf.note = senderRecordsText(
                       QT_TRANSLATE_NOOP(
                           "RelayDesk::SenderDnsRecords",
                           "mail goes through the smarthost %1: replace SPF.DOMAIN.OF.YOUR.PROVIDER with "
                           "the include: your provider documents for it; "))
                       .arg(smarthostHost) +
                   keepOthers;
    }
    records << spf;

    SenderDnsRecord dmarc;
    dmarc.kind = QStringLiteral("dmarc");
    dmarc.name = QStringLiteral("_dmarc.") + domain;
    const QString reports = reportAddress.isEmpty() ? QStringLiteral("postmaster@") + domain : reportAddress;
    dmarc.value = QStringLiteral("v=DMARC1; p=none; rua=mailto:%1").arg(reports);
    dmarc.note = senderRecordsText(
        QT_TRANSLATE_NOOP("RelayDesk::SenderDnsRecords",
                          "a starting policy that only asks for reports: once they show every source "
                          "passing, move to p=quarantine, then p=reject"));
    records << dmarc;
    return records;
}

} // namespace RelayDesk
