#include "core/tls/tlsservercontext.h"
#include "core/tls/ticketkeyring.h"
#include "core/tls/tlscontext.h"
#include "core/util/clock.h"

#include <QSslCipher>
#include <QSslKey>
#include <QStringList>

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <cstring>

namespace RelayDesk {

namespace {

constexpr unsigned char sessionIdContext[] = "relaydesk-submission";
char hmacDigest[] = "SHA256";

QString openSslError(const char* what)
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    char text[256] = {};
    if (code != 0)
        ERR_error_string_n(code, text, sizeof text);
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QLatin1String(text));
}

bool setMacKey(EVP_MAC_CTX* mac, TicketKeyRing::Key& key)
{
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_MAC_PARAM_KEY, key.hmacKey.data(), key.hmacKey.size()),
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, hmacDigest, 0), OSSL_PARAM_construct_end()};
    return EVP_MAC_CTX_set_params(mac, params) == 1;
}

// RFC 5077 4 (the ticket format OpenSSL uses for TLS 1.2 and 1.3): AES-256-CBC under the key ring's
// current key with a fresh IV, HMAC-SHA-256; a ticket under a key the ring no longer holds means a full
// handshake.
int ticketKeyCallback(SSL* ssl, unsigned char name[16], unsigned char iv[EVP_MAX_IV_LENGTH],
                      EVP_CIPHER_CTX* cipher, EVP_MAC_CTX* mac, int encrypt)
{
    const auto* self = static_cast<const TlsServerContext*>(SSL_CTX_get_app_data(SSL_get_SSL_CTX(ssl)));
    TicketKeyRing& ring = self->ticketKeys();
    const qint64 now = nowMs();
    if (encrypt) {
        TicketKeyRing::Key key = ring.encryptionKey(now);
        std::memcpy(name, key.name.data(), key.name.size());
        const bool ok = RAND_bytes(iv, EVP_CIPHER_get_iv_length(EVP_aes_256_cbc())) == 1 &&
                        EVP_EncryptInit_ex(cipher, EVP_aes_256_cbc(), nullptr, key.aesKey.data(), iv) == 1 &&
                        setMacKey(mac, key);
        TicketKeyRing::erase(&key);
        return ok ? 1 : -1;
    }
    bool renew = false;
    std::optional<TicketKeyRing::Key> key = ring.decryptionKey(name, now, &renew);
    if (!key)
        return 0;
    const bool ok = setMacKey(mac, *key) &&
                    EVP_DecryptInit_ex(cipher, EVP_aes_256_cbc(), nullptr, key->aesKey.data(), iv) == 1;
    TicketKeyRing::erase(&*key);
    if (!ok)
        return -1;
    return renew ? 2 : 1;
}

// The same cipher choice as the configuration (TlsContext::forwardSecretAeadCiphers), in OpenSSL's terms.
void cipherLists(const QSslConfiguration& configuration, QByteArray* tls12, QByteArray* tls13)
{
    QStringList older;
    QStringList newer;
    for (const QSslCipher& cipher : configuration.ciphers())
        (cipher.name().startsWith(QLatin1String("TLS_")) ? newer : older) << cipher.name();
    *tls12 = older.join(QLatin1Char(':')).toLatin1();
    *tls13 = newer.join(QLatin1Char(':')).toLatin1();
}

// One certificate chain and its key into ctx: the chain certificates belong to the certificate set last,
// so each pair goes in whole before the next.
bool useServerPair(SSL_CTX* ctx, const QList<QSslCertificate>& chain, const QSslKey& privateKey,
                   QString* error)
{
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const QByteArray der = chain[i].toDer();
        const auto* bytes = reinterpret_cast<const unsigned char*>(der.constData());
        X509* certificate = d2i_X509(nullptr, &bytes, der.size());
        const bool used = certificate && (i == 0 ? SSL_CTX_use_certificate(ctx, certificate) == 1
                                                 : SSL_CTX_add0_chain_cert(ctx, certificate) == 1);
        if (!used) {
            X509_free(certificate);
            *error = openSslError("certificate");
            return false;
        }
        if (i == 0)
            X509_free(certificate); // SSL_CTX_use_certificate took its own reference
    }
    QByteArray keyPem = privateKey.toPem();
    BIO* keyBio = BIO_new_mem_buf(keyPem.constData(), int(keyPem.size()));
    EVP_PKEY* key = keyBio ? PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr) : nullptr;
    BIO_free(keyBio);
    OPENSSL_cleanse(keyPem.data(), size_t(keyPem.size()));
    const bool keyUsed = key && SSL_CTX_use_PrivateKey(ctx, key) == 1 && SSL_CTX_check_private_key(ctx) == 1;
    EVP_PKEY_free(key);
    if (!keyUsed)
        *error = openSslError("private key");
    return keyUsed;
}

} // namespace

std::shared_ptr<const TlsServerContext>
TlsServerContext::create(const TlsContext& context, std::shared_ptr<TicketKeyRing> ticketKeys, QString* error)
{
    auto created = create(context.configuration(), std::move(ticketKeys), error);
    if (!created || context.secondChain().isEmpty())
        return created;
    // Into the slot of its key type, beside the first (TlsContext::load left out a pair of the first's type,
    // which would replace it).
    if (!useServerPair(created->handle(), context.secondChain(), context.secondKey(), error))
        return nullptr;
    return created;
}

std::shared_ptr<const TlsServerContext> TlsServerContext::create(const QSslConfiguration& configuration,
                                                                 std::shared_ptr<TicketKeyRing> ticketKeys,
                                                                 QString* error)
{
    ERR_clear_error();
    std::shared_ptr<TlsServerContext> context(new TlsServerContext);
    context->m_ticketKeys = std::move(ticketKeys);
    SSL_CTX* ctx = SSL_CTX_new(TLS_server_method());
    if (!ctx) {
        *error = openSslError("SSL_CTX_new");
        return nullptr;
    }
    context->m_ctx = ctx;
    SSL_CTX_set_app_data(ctx, context.get());

    // docs/architecture.md, "TLS 1.2 or newer"; no renegotiation, no compression.
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    SSL_CTX_set_options(ctx,
                        SSL_OP_NO_RENEGOTIATION | SSL_OP_NO_COMPRESSION | SSL_OP_CIPHER_SERVER_PREFERENCE);
    QByteArray tls12;
    QByteArray tls13;
    cipherLists(configuration, &tls12, &tls13);
    if ((!tls12.isEmpty() && SSL_CTX_set_cipher_list(ctx, tls12.constData()) != 1) ||
        (!tls13.isEmpty() && SSL_CTX_set_ciphersuites(ctx, tls13.constData()) != 1)) {
        *error = openSslError("cipher list");
        return nullptr;
    }
    SSL_CTX_set_dh_auto(ctx, 1);
    // An idle session holds no record buffers (about 34 KiB each otherwise; docs/security.md, "Idle TLS
    // sessions").
    SSL_CTX_set_mode(ctx, SSL_MODE_RELEASE_BUFFERS);

    // The certificate chain and key, parsed once for every session.
    if (!useServerPair(ctx, configuration.localCertificateChain(), configuration.privateKey(), error))
        return nullptr;

    // RFC 5077 and RFC 8446 2.2: stateless tickets only, so that the server keeps no session cache; the
    // tickets work on every listener and thread, and outlive a certificate change (same key ring).
    SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_OFF);
    SSL_CTX_set_session_id_context(ctx, sessionIdContext, sizeof sessionIdContext - 1);
    SSL_CTX_set_timeout(ctx, sessionLifetimeSeconds);
    SSL_CTX_set_num_tickets(ctx, 1);
    SSL_CTX_set_tlsext_ticket_key_evp_cb(ctx, ticketKeyCallback);
    return context;
}

TlsServerContext::~TlsServerContext()
{
    SSL_CTX_free(m_ctx);
}

} // namespace RelayDesk
