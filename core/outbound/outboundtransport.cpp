#include "core/outbound/outboundtransport.h"
#include "core/routing/routestore.h"
#include "core/store/settings.h"

namespace RelayDesk {

OutboundTransport::OutboundTransport(QObject* parent)
    : DeliveryTransport(parent), m_resolver(new MxResolver(this)),
      m_mtaSts(new MtaStsResolver(m_resolver, this)), m_pool(new ConnectionPool(this))
{
    setOptions(m_options);
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
    m_waiting.append(std::move(entry));
    startWaiting();
}

void OutboundTransport::startWaiting()
{
    for (qsizetype i = 0; i < m_waiting.size() && m_running < m_options.maxConnections;) {
        if (m_perDestination.value(m_waiting[i].destination) >= m_options.maxConnectionsPerDestination) {
            ++i;
            continue;
        }
        Waiting entry = m_waiting.takeAt(i);
        ++m_running;
        ++m_perDestination[entry.destination];
        AttemptContext context;
        context.resolver = m_resolver;
        context.pool = m_pool;
        context.heloName = m_options.heloName;
        context.timeouts = m_options.timeouts;
        context.ownListeners = m_options.ownListeners;
        context.mayStart = m_startCheck;
        if (entry.route.kind == Route::Kind::Mx) {
            context.mtaSts = m_mtaSts;
            context.mtaStsTrust = PeerTrust::systemAnd(m_options.trustFile);
        }
        auto* attempt = new DeliveryAttempt(entry.job, entry.route, context, this);
        connect(attempt, &DeliveryAttempt::done, this,
                [this, attempt, destination = entry.destination](const DeliveryAttemptResult& result) {
                    attempt->deleteLater();
                    --m_running;
                    if (--m_perDestination[destination] <= 0)
                        m_perDestination.remove(destination);
                    Q_EMIT finished(result);
                    startWaiting();
                });
        attempt->start();
    }
}

} // namespace RelayDesk
