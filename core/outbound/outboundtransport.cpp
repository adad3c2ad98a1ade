#include "core/outbound/outboundtransport.h"
#include "core/routing/routestore.h"
#include "core/store/settings.h"

#include <algorithm>

namespace RelayDesk {

OutboundTransport::OutboundTransport(QObject* parent)
    : DeliveryTransport(parent), m_resolver(new MxResolver(this)),
      m_mtaSts(new MtaStsResolver(m_resolver, this)), m_pool(new ConnectionPool(this)),
      m_connections(new ConnectionsPerAddress(this))
{
    setOptions(m_options);
    // A connection to an address ended, or went idle in the pool (a job that waits for that address may reuse
    // it): the attempts waiting for the address may go on.
    const auto addressFreed = [this](const QString& address) {
        if (std::any_of(m_parked.cbegin(), m_parked.cend(),
                        [&address](const Parked& p) { return p.attempt->waitingFor() == address; }))
            startWaiting();
    };
    connect(m_connections, &ConnectionsPerAddress::freed, this, addressFreed);
    connect(m_pool, &ConnectionPool::idled, this, addressFreed);
}

OutboundTransport::~OutboundTransport() = default;

OutboundTransport::Options OutboundTransport::readOptions(const QString& dataDir)
{
    const Settings settings(dataDir);
    Options options;
    QString helo = settings.value(QStringLiteral("delivery.helo_name"));
    if (helo.isEmpty())
        helo = settings.value(QStringLiteral("server.hostname"));
    options.heloName = helo.toUtf8();
    options.dnsServer = QHostAddress(settings.value(QStringLiteral("delivery.dns_server")));
    options.mxPort = quint16(settings.intValue(QStringLiteral("delivery.mx_port")));
    options.timeouts.connectMs = settings.intValue(QStringLiteral("delivery.connect_timeout")) * 1000;
    options.timeouts.commandMs = settings.intValue(QStringLiteral("delivery.command_timeout")) * 1000;
    options.maxConnections = settings.intValue(QStringLiteral("delivery.max_connections"));
    options.maxConnectionsPerDestination =
        settings.intValue(QStringLiteral("delivery.max_connections_per_domain"));
    options.ownListeners = OwnListeners::fromSettings(settings);
    options.ownListeners.addOtherNodes(dataDir); // read again whenever the delivery settings change
    options.trustFile = settings.value(QStringLiteral("tls.trust_file"));
    return options;
}

Status OutboundTransport::configure(const QString& dataDir)
{
    const Options options = readOptions(dataDir);
    auto table = RouteStore(dataDir).load();
    if (!table)
        return Status::failure(table.error());
    setOptions(options);
    m_routes = std::move(table).value();
    m_mtaSts->configure(dataDir, PeerTrust::systemAnd(options.trustFile));
    return {};
}

QStringList OutboundTransport::insecureWarnings() const
{
    const SmarthostConfig& smarthost = m_routes.smarthost();
    if (smarthost.host.isEmpty() || smarthost.trust.mode != PeerTrust::Mode::Insecure)
        return {};
    return {
        QStringLiteral("relaydesk: WARNING: the smarthost %1:%2 is not verified (--insecure-skip-verify): "
                       "any server on the path can present a certificate and receive the smarthost "
                       "password")
            .arg(smarthost.host)
            .arg(smarthost.port)};
}

QString OutboundTransport::heloProblem(const QByteArray& name)
{
    if (name.startsWith('[') || name.contains('.'))
        return {};
    return QStringLiteral(
               "the relay names itself '%1' (EHLO, bounce notices, Message-IDs), not a fully qualified "
               "domain name: many receiving servers refuse such a greeting (RFC 5321 4.1.1.1); set "
               "server.hostname (or delivery.helo_name) to the relay's name, e.g. relay.example.com")
        .arg(QString::fromUtf8(name));
}

void OutboundTransport::setOptions(const Options& options)
{
    m_options = options;
    m_resolver->setNameserver(options.dnsServer);
    m_pool->setIdleTimeout(options.idleMs);
    m_pool->setMaxIdle(options.maxConnections);
}

void OutboundTransport::deliver(const DeliveryJob& job)
{
    Waiting entry{job, m_routes.routeFor(job.domain), {}};
    if (entry.route.kind == Route::Kind::Mx)
        entry.route.port = m_options.mxPort;
    if (entry.route.trust.mode == PeerTrust::Mode::System) // tls.trust_file adds to the system CAs
        entry.route.trust.extraCaFile = m_options.trustFile;
    if (entry.route.kind == Route::Kind::Mx)
        entry.destination = QStringLiteral("mx:") + job.domain.toLower();
    else
        entry.destination = entry.route.host + QLatin1Char(':') + QString::number(entry.route.port);
    const DeliveryJob announced = entry.job;
    m_waiting.append(std::move(entry));
    startWaiting();
    const auto stillWaits = [&announced](const Waiting& w) {
        return w.job.queueId == announced.queueId && w.job.recipientIds == announced.recipientIds;
    };
    if (std::any_of(m_waiting.cbegin(), m_waiting.cend(), stillWaits))
        Q_EMIT waitingChanged(announced, true);
}

void OutboundTransport::startWaiting()
{
    // An attempt may end or start waiting for an address inside what this starts: the loop runs again then,
    // rather than the lists changing under it.
    if (m_starting) {
        m_startAgain = true;
        return;
    }
    m_starting = true;
    do {
        m_startAgain = false;
        while (startOne()) {
        }
    } while (m_startAgain);
    m_starting = false;
}

bool OutboundTransport::startOne()
{
    if (m_running >= m_options.maxConnections)
        return false;
    const int limit = m_options.maxConnectionsPerDestination;
    // Attempts that wait for room at an address go first: they were handed out before the jobs still waiting.
    for (qsizetype i = 0; i < m_parked.size(); ++i) {
        const Parked parked = m_parked[i];
        if (m_perDestination.value(parked.destination) >= limit ||
            (m_connections->count(parked.attempt->waitingFor()) >= limit &&
             !m_pool->hasIdleTo(parked.attempt->waitingFor())))
            continue;
        m_parked.removeAt(i);
        takeSlot(parked.destination);
        Q_EMIT waitingChanged(parked.attempt->job(), false);
        parked.attempt->resume();
        return true;
    }
    for (qsizetype i = 0; i < m_waiting.size(); ++i) {
        if (m_perDestination.value(m_waiting[i].destination) >= limit)
            continue;
        Waiting entry = m_waiting.takeAt(i);
        // A job that waited here may have been deleted, bounced or held meanwhile (an outside tester's were
        // delivered minutes after `queue delete`): nothing is started for it, not even an MX lookup.
        if (m_startCheck && !m_startCheck(entry.job)) {
            DeliveryAttemptResult withheld;
            withheld.job = std::move(entry.job);
            withheld.withheld = true;
            withheld.transcript = "-- not sent: the job may no longer be delivered (message deleted, bounced "
                                  "or held, or the queue lease is gone)\r\n";
            Q_EMIT finished(withheld);
            return true;
        }
        Q_EMIT waitingChanged(entry.job, false);
        startAttempt(std::move(entry));
        return true;
    }
    return false;
}

void OutboundTransport::takeSlot(const QString& destination)
{
    ++m_running;
    ++m_perDestination[destination];
}

void OutboundTransport::giveSlot(const QString& destination)
{
    --m_running;
    if (--m_perDestination[destination] <= 0)
        m_perDestination.remove(destination);
}

void OutboundTransport::startAttempt(Waiting entry)
{
    takeSlot(entry.destination);
    AttemptContext context;
    context.resolver = m_resolver;
    context.pool = m_pool;
    context.heloName = m_options.heloName;
    context.timeouts = m_options.timeouts;
    context.ownListeners = m_options.ownListeners;
    context.mayStart = m_startCheck;
    context.connections = m_connections;
    context.maxPerAddress = m_options.maxConnectionsPerDestination;
    context.addressWaitMs = m_options.timeouts.connectMs;
    if (entry.route.kind == Route::Kind::Mx) {
        context.mtaSts = m_mtaSts;
        context.mtaStsTrust = PeerTrust::systemAnd(m_options.trustFile);
    }
    auto* attempt = new DeliveryAttempt(entry.job, entry.route, context, this);
    const QString destination = entry.destination;
    connect(attempt, &DeliveryAttempt::done, this,
            [this, attempt, destination](const DeliveryAttemptResult& result) {
                attempt->deleteLater();
                const auto parked = std::find_if(m_parked.begin(), m_parked.end(),
                                                 [attempt](const Parked& p) { return p.attempt == attempt; });
                if (parked != m_parked.end())
                    m_parked.erase(parked); // its slot was given back when it began to wait
                else
                    giveSlot(destination);
                Q_EMIT finished(result);
                startWaiting();
            });
    connect(attempt, &DeliveryAttempt::waitingForAddress, this, [this, attempt, destination] {
        giveSlot(destination);
        m_parked.append({attempt, destination});
        Q_EMIT waitingChanged(attempt->job(), true);
        startWaiting();
    });
    attempt->start();
}

} // namespace RelayDesk
