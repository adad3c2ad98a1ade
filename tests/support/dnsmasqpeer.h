#pragma once

#include <QHostAddress>
#include <QProcess>
#include <QStringList>

namespace RelayDesk::Test {

/// A real name server for tests: dnsmasq on a random 127.0.0.x address, port 53 (needs root), answering
/// only from the records given (--local=/test/ makes unknown *.test names NXDOMAIN).
class DnsmasqPeer final
{
public:
    DnsmasqPeer() = default;
    ~DnsmasqPeer();

    static bool isInstalled();
    /// Starts dnsmasq with these extra options (e.g. "--mx-host=example.test,mx1.example.test,10");
    /// returns an empty string on success, else why it could not start.
    QString start(const QStringList& records);
    QHostAddress address() const { return m_address; }

private:
    QProcess m_process;
    QHostAddress m_address;
};

} // namespace RelayDesk::Test
