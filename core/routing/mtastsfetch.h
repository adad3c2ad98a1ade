#pragma once

#include "core/tls/peertrust.h"
#include "core/util/expected.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslSocket>
#include <QTimer>
#include <functional>

namespace RelayDesk {

/// One HTTPS fetch of an MTA-STS policy (RFC 8461 3.3) from addresses already resolved through the
/// configured DNS server: TLS 1.2 or newer with SNI mta-sts.DOMAIN, the certificate verified for that name
/// (PeerVerifier, the system CAs and tls.trust_file) before the request goes out, no redirects, at most
/// MtaStsResponse::maxBytes, and one deadline for everything. Asynchronous on the calling thread's event
/// loop; the callback runs once, later.
class MtaStsFetch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MtaStsFetch)

public:
    using Callback = std::function<void(const Expected<QByteArray>& body)>;

    MtaStsFetch(QString policyHost, QList<QHostAddress> addresses, PeerTrust trust,
                QObject* parent = nullptr);

    void setPort(quint16 port) { m_port = port; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    /// Starts the fetch; done gets the policy body or why there is none. The object deletes itself after.
    void start(Callback done);

private:
    void tryNextAddress();
    void onEncrypted();
    void onReadyRead();
    void onClosed();
    void onError(QAbstractSocket::SocketError error);
    void finish(const Expected<QByteArray>& result);

    QString m_host;
    QList<QHostAddress> m_addresses;
    qsizetype m_next = 0;
    PeerTrust m_trust;
    quint16 m_port = 443;
    int m_timeoutMs = 20000;
    QSslSocket* m_socket = nullptr;
    QTimer m_deadline;
    QByteArray m_response;
    QString m_lastError;
    bool m_requested = false;
    bool m_done = false;
    Callback m_callback;
};

} // namespace RelayDesk
