#include "core/admin/domaincheckadmin.h"

#include "core/admin/dkimadmin.h"
#include "core/admin/domaincheck.h"
#include "core/store/settings.h"
#include "core/util/hostandport.h"

#include <QEventLoop>
#include <QUdpSocket>

namespace RelayDesk {

Expected<DomainCheckPlan> DomainCheckAdmin::plan(const QString& domain)
{
    const auto name = DkimAdmin::normalizeDomain(domain);
    if (!name)
        return Expected<DomainCheckPlan>::failure(name.error());
    DkimAdmin dkim(m_dataDir);
    auto keys = dkim.keys(name.value());
    if (!keys)
        return Expected<DomainCheckPlan>::failure(keys.error());
    Settings settings(m_dataDir);
    DomainCheckPlan plan;
    plan.domain = name.value();
    plan.keys = keys.value();
    if (const QString stored = settings.value(QStringLiteral("delivery.smarthost")); !stored.isEmpty()) {
        const auto target = HostAndPort::parse(stored, 25);
        plan.smarthost = target ? target->host : stored;
    }
    plan.nameserver = QHostAddress(settings.value(QStringLiteral("delivery.dns_server")));
    const QString publicAddress = settings.value(QStringLiteral("delivery.public_address"));
    if (!publicAddress.isEmpty()) {
        plan.sendingAddress = QHostAddress(publicAddress);
        plan.addressFromSetting = !plan.sendingAddress.isNull();
    }
    if (plan.sendingAddress.isNull() && plan.smarthost.isEmpty())
        plan.sendingAddress = outboundAddress();
    plan.heloName = settings.value(QStringLiteral("delivery.helo_name"));
    if (plan.heloName.isEmpty())
        plan.heloName = settings.value(QStringLiteral("server.hostname"));
    plan.expected =
        SenderDnsRecords::build(plan.domain, plan.keys, plan.smarthost, {},
                                plan.addressFromSetting ? plan.sendingAddress.toString() : QString());
    return plan;
}

DomainCheckReport DomainCheckAdmin::run(const DomainCheckPlan& plan)
{
    DomainCheck check(plan);
    QEventLoop loop;
    QObject::connect(&check, &DomainCheck::finished, &loop, &QEventLoop::quit);
    check.start();
    if (!check.isFinished())
        loop.exec();
    return check.report();
}

QHostAddress DomainCheckAdmin::outboundAddress()
{
    // Connecting a UDP socket only picks the route and its source address; nothing is sent. 192.0.2.1
    // (TEST-NET-1, RFC 5737) is reached through the default route like any public address.
    QUdpSocket socket;
    socket.connectToHost(QHostAddress(QStringLiteral("192.0.2.1")), 9);
    if (!socket.waitForConnected(1000))
        return {};
    return socket.localAddress();
}

} // namespace RelayDesk
