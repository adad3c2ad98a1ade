#include "core/tls/tlsserverstream.h"
#include "core/tls/tlsservercontext.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

#include <algorithm>
#include <cstring>

namespace RelayDesk {

namespace {

// A BIO that reads from and writes to the stream's current call: no buffer lives between calls (a memory
// BIO would keep its largest record's allocation for the life of the connection).
int bioWrite(BIO* bio, const char* data, int size)
{
    static_cast<TlsServerStream*>(BIO_get_data(bio))->writeCiphertext(data, size);
    return size;
}

int bioRead(BIO* bio, char* data, int size)
{
    BIO_clear_retry_flags(bio);
    const int read = static_cast<TlsServerStream*>(BIO_get_data(bio))->readCiphertext(data, size);
    if (read == 0) {
        BIO_set_retry_read(bio);
        return -1;
    }
    return read;
}

long bioCtrl(BIO*, int command, long, void*)
{
    return command == BIO_CTRL_FLUSH ? 1 : 0;
}

int bioCreate(BIO* bio)
{
    BIO_set_init(bio, 1);
    return 1;
}

const BIO_METHOD* streamMethod()
{
    static const BIO_METHOD* method = [] {
        BIO_METHOD* m = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "relaydesk tls stream");
        BIO_meth_set_write(m, bioWrite);
        BIO_meth_set_read(m, bioRead);
        BIO_meth_set_ctrl(m, bioCtrl);
        BIO_meth_set_create(m, bioCreate);
        return m;
    }();
    return method;
}

TlsServerStream::Failure failureOf(unsigned long code)
{
    if (ERR_GET_LIB(code) != ERR_LIB_SSL)
        return TlsServerStream::Failure::Other;
    switch (ERR_GET_REASON(code)) {
    case SSL_R_NO_SHARED_CIPHER:
        return TlsServerStream::Failure::NoSharedCipher;
    case SSL_R_UNSUPPORTED_PROTOCOL:
    case SSL_R_VERSION_TOO_LOW:
        return TlsServerStream::Failure::OldProtocol;
    case SSL_R_TLSV1_ALERT_UNKNOWN_CA:
    case SSL_R_SSLV3_ALERT_BAD_CERTIFICATE:
    case SSL_R_SSLV3_ALERT_CERTIFICATE_UNKNOWN:
    case SSL_R_SSLV3_ALERT_CERTIFICATE_EXPIRED:
    case SSL_R_SSLV3_ALERT_UNSUPPORTED_CERTIFICATE:
        return TlsServerStream::Failure::CertificateRefused;
    case SSL_R_WRONG_VERSION_NUMBER:
    case SSL_R_HTTP_REQUEST:
    case SSL_R_PACKET_LENGTH_TOO_LONG:
        return TlsServerStream::Failure::NotTls;
    default:
        return TlsServerStream::Failure::Other;
    }
}

} // namespace

TlsServerStream::TlsServerStream(std::shared_ptr<const TlsServerContext> context)
    : m_context(std::move(context)), m_ssl(SSL_new(m_context->handle()))
{
    BIO* bio = BIO_new(streamMethod());
    if (!m_ssl || !bio) {
        BIO_free(bio);
        m_state = State::Failed;
        m_failure = Failure::Other;
        m_error = QStringLiteral("cannot set up a TLS session");
        return;
    }
    BIO_set_data(bio, this);
    SSL_set_bio(m_ssl, bio, bio); // one reference, for both directions
    SSL_set_accept_state(m_ssl);
}

TlsServerStream::~TlsServerStream()
{
    SSL_free(m_ssl);
}

int TlsServerStream::readCiphertext(char* data, int size)
{
    if (!m_in)
        return 0;
    const int n = int(std::min<qsizetype>(size, m_in->size() - m_inOffset));
    std::memcpy(data, m_in->constData() + m_inOffset, size_t(n));
    m_inOffset += n;
    return n;
}

void TlsServerStream::writeCiphertext(const char* data, int size)
{
    if (m_out)
        m_out->append(data, size);
}

void TlsServerStream::fail(const char* operation, int result)
{
    const int reason = SSL_get_error(m_ssl, result);
    if (reason == SSL_ERROR_ZERO_RETURN) {
        m_state = State::Closed;
        return;
    }
    m_state = State::Failed;
    const unsigned long code = ERR_peek_last_error();
    if (code != 0) {
        const char* text = ERR_reason_error_string(code);
        m_error = text ? QString::fromLatin1(text) : QStringLiteral("error %1").arg(code, 0, 16);
        m_failure = failureOf(code);
    } else {
        m_failure = Failure::Other;
        m_error = QStringLiteral("%1 failed (%2)").arg(QLatin1String(operation)).arg(reason);
    }
    ERR_clear_error();
}

QByteArray TlsServerStream::receive(const QByteArray& ciphertext, QByteArray* toClient)
{
    QByteArray plaintext;
    if (m_state == State::Failed || m_state == State::Closed)
        return plaintext;
    ERR_clear_error();
    m_in = &ciphertext;
    m_inOffset = 0;
    m_out = toClient;
    if (m_state == State::Handshaking) {
        const int result = SSL_do_handshake(m_ssl);
        if (result == 1) {
            m_state = State::Established;
        } else if (SSL_get_error(m_ssl, result) != SSL_ERROR_WANT_READ) {
            fail("handshake", result);
        }
    }
    // Records that came with the last handshake message, or on their own.
    while (m_state == State::Established) {
        char chunk[16384];
        const int read = SSL_read(m_ssl, chunk, sizeof chunk);
        if (read > 0) {
            plaintext.append(chunk, read);
            continue;
        }
        if (SSL_get_error(m_ssl, read) != SSL_ERROR_WANT_READ)
            fail("read", read);
        break;
    }
    m_in = nullptr;
    m_out = nullptr;
    return plaintext;
}

QByteArray TlsServerStream::encrypt(const QByteArray& plaintext)
{
    QByteArray ciphertext;
    if (m_state != State::Established || plaintext.isEmpty())
        return ciphertext;
    ERR_clear_error();
    m_out = &ciphertext;
    // The BIO takes every byte, so a write completes at once.
    const int written = SSL_write(m_ssl, plaintext.constData(), int(plaintext.size()));
    if (written <= 0)
        fail("write", written);
    m_out = nullptr;
    return ciphertext;
}

QByteArray TlsServerStream::close()
{
    QByteArray ciphertext;
    if (m_closeSent || (m_state != State::Established && m_state != State::Closed))
        return ciphertext;
    m_closeSent = true;
    ERR_clear_error();
    m_out = &ciphertext;
    (void)SSL_shutdown(m_ssl);
    ERR_clear_error();
    m_out = nullptr;
    return ciphertext;
}

QString TlsServerStream::version() const
{
    return QString::fromLatin1(SSL_get_version(m_ssl));
}

QString TlsServerStream::cipher() const
{
    return QString::fromLatin1(SSL_get_cipher_name(m_ssl));
}

bool TlsServerStream::resumed() const
{
    return SSL_session_reused(m_ssl) == 1;
}

} // namespace RelayDesk
