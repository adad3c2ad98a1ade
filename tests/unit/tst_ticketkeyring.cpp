// The session ticket keys: rotation, the grace period, keys that never repeat; and tickets through the shared
// server context (TlsServerStream) redeemed or refused by a real OpenSSL client.
#include "core/tls/ticketkeyring.h"
#include "core/tls/tlscontext.h"
#include "core/tls/tlsservercontext.h"
#include "core/tls/tlsserverstream.h"

#include <QTemporaryDir>
#include <QTest>

#include <openssl/ssl.h>

using namespace RelayDesk;

namespace {

constexpr qint64 hour = 3600 * 1000;

// One client handshake against stream, offering session; returns the client's SSL (the caller frees it).
SSL* handshake(SSL_CTX* clientCtx, TlsServerStream& stream, SSL_SESSION* session)
{
    SSL* client = SSL_new(clientCtx);
    BIO* in = BIO_new(BIO_s_mem());
    BIO* out = BIO_new(BIO_s_mem());
    SSL_set_bio(client, in, out);
    if (session)
        SSL_set_session(client, session);
    SSL_set_connect_state(client);
    for (int round = 0; round < 10; ++round) {
        const int done = SSL_do_handshake(client);
        char buffer[65536];
        QByteArray toServer;
        for (int n; (n = BIO_read(out, buffer, sizeof buffer)) > 0;)
            toServer.append(buffer, n);
        QByteArray toClient;
        stream.receive(toServer, &toClient);
        BIO_write(in, toClient.constData(), int(toClient.size()));
        if (done == 1 && stream.state() == TlsServerStream::State::Established) {
            char byte;
            (void)SSL_read(client, &byte, 1); // takes the TLS 1.3 ticket
            break;
        }
    }
    return client;
}

} // namespace

class TestTicketKeyRing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encryptsWithOneKeyPerPeriod()
    {
        TicketKeyRing ring(hour);
        const auto first = ring.encryptionKey(0);
        QCOMPARE(ring.encryptionKey(hour - 1).name, first.name);
        const auto second = ring.encryptionKey(hour);
        QVERIFY(second.name != first.name);
        QVERIFY(second.aesKey != first.aesKey);
        QVERIFY(second.hmacKey != first.hmacKey);
        QCOMPARE(ring.size(), 2);
    }

    void previousKeyDecryptsForOneMorePeriodAndAsksForRenewal()
    {
        TicketKeyRing ring(hour);
        const auto first = ring.encryptionKey(0);
        bool renew = true;
        QVERIFY(ring.decryptionKey(first.name.data(), hour / 2, &renew));
        QVERIFY(!renew);
        (void)ring.encryptionKey(hour + 10); // rotation
        QVERIFY(ring.decryptionKey(first.name.data(), hour + 20, &renew));
        QVERIFY(renew);
        QVERIFY(ring.decryptionKey(first.name.data(), 2 * hour - 1, &renew));
        QVERIFY(!ring.decryptionKey(first.name.data(), 2 * hour, &renew));
        QCOMPARE(ring.size(), 1);
    }

    void idleRingForgetsKeysBeyondTheGrace()
    {
        // No ticket for a long time: the old key does not survive as "previous" of the next one.
        TicketKeyRing ring(hour);
        const auto first = ring.encryptionKey(0);
        const auto later = ring.encryptionKey(5 * hour);
        QVERIFY(later.name != first.name);
        QCOMPARE(ring.size(), 1);
        bool renew = false;
        QVERIFY(!ring.decryptionKey(first.name.data(), 5 * hour, &renew));
    }

    void unknownNameIsRefused()
    {
        TicketKeyRing ring(hour);
        (void)ring.encryptionKey(0);
        const unsigned char name[16] = {};
        bool renew = false;
        QVERIFY(!ring.decryptionKey(name, 1, &renew));
    }

    void ticketsResumeOnlyUnderTheRingThatIssuedThem()
    {
        QTemporaryDir dir;
        auto loaded = TlsContext::load(dir.path(), {}, {}, QStringLiteral("relay.example"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QString error;
        auto ring = std::make_shared<TicketKeyRing>();
        auto server = TlsServerContext::create(loaded->configuration(), ring, &error);
        QVERIFY2(server, qPrintable(error));
        // A second context for the same ring (a certificate change) redeems the tickets; another ring does
        // not.
        auto renewed = TlsServerContext::create(loaded->configuration(), ring, &error);
        auto stranger =
            TlsServerContext::create(loaded->configuration(), std::make_shared<TicketKeyRing>(), &error);
        QVERIFY(renewed && stranger);

        for (int version : {TLS1_2_VERSION, TLS1_3_VERSION}) {
            SSL_CTX* clientCtx = SSL_CTX_new(TLS_client_method());
            SSL_CTX_set_min_proto_version(clientCtx, version);
            SSL_CTX_set_max_proto_version(clientCtx, version);
            TlsServerStream first(server);
            SSL* client = handshake(clientCtx, first, nullptr);
            QCOMPARE(first.state(), TlsServerStream::State::Established);
            QVERIFY(!first.resumed());
            SSL_SESSION* session = SSL_get1_session(client);
            QVERIFY(session && SSL_SESSION_is_resumable(session));
            QVERIFY(SSL_SESSION_has_ticket(session));
            SSL_shutdown(client); // a client that ends without close_notify drops its TLS 1.2 session
            SSL_free(client);

            TlsServerStream again(renewed);
            client = handshake(clientCtx, again, session);
            QCOMPARE(again.state(), TlsServerStream::State::Established);
            QVERIFY2(again.resumed(), version == TLS1_3_VERSION ? "TLS 1.3" : "TLS 1.2");
            QCOMPARE(again.version(), QString::fromLatin1(SSL_get_version(client)));
            SSL_free(client);

            TlsServerStream other(stranger);
            client = handshake(clientCtx, other, session);
            QCOMPARE(other.state(), TlsServerStream::State::Established);
            QVERIFY(!other.resumed()); // a full handshake instead
            SSL_free(client);
            SSL_SESSION_free(session);
            SSL_CTX_free(clientCtx);
        }
    }
};

QTEST_GUILESS_MAIN(TestTicketKeyRing)
#include "tst_ticketkeyring.moc"
