#include "tests/support/dnsmasqpeer.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QTest>

namespace RelayDesk::Test {

namespace {
const QString binary = QStringLiteral("/usr/sbin/dnsmasq");
}

DnsmasqPeer::~DnsmasqPeer()
{
    if (m_process.state() == QProcess::Running) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
}

bool DnsmasqPeer::isInstalled()
{
    return QFileInfo(binary).isExecutable();
}

QString DnsmasqPeer::start(const QStringList& records)
{
    QString lastError;
    for (int attempt = 0; attempt < 5; ++attempt) {
        int octet = 0;
        do
            octet = 60 + int(QRandomGenerator::global()->bounded(180));
        while (octet == 53); // 127.0.0.53 may be the system's stub resolver
        m_address = QHostAddress(QStringLiteral("127.0.0.%1").arg(octet));
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(binary,
                        QStringList{QStringLiteral("--no-daemon"), QStringLiteral("--no-resolv"),
                                    QStringLiteral("--no-hosts"), QStringLiteral("--port=53"),
                                    QStringLiteral("--listen-address=") + m_address.toString(),
                                    QStringLiteral("--bind-interfaces"), QStringLiteral("--local=/test/")} +
                            records);
        if (!m_process.waitForStarted(5000))
            return QStringLiteral("cannot start dnsmasq: ") + m_process.errorString();
        // dnsmasq says "started" once its socket is bound, or exits at once if it cannot bind.
        (void)QTest::qWaitFor(
            [&] {
                return m_process.state() != QProcess::Running || m_process.peek(4096).contains("started");
            },
            5000);
        if (m_process.state() == QProcess::Running && m_process.peek(4096).contains("started"))
            return {};
        lastError = QString::fromUtf8(m_process.readAll());
        m_process.kill();
        m_process.waitForFinished();
    }
    return QStringLiteral("dnsmasq did not start: ") + lastError;
}

} // namespace RelayDesk::Test
