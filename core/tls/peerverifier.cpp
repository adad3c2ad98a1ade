#include "core/tls/peerverifier.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QHostAddress>

#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <memory>

namespace RelayDesk {

namespace {

struct X509Free
{
    void operator()(X509* x) const { X509_free(x); }
};
struct StoreFree
{
    void operator()(X509_STORE* s) const { X509_STORE_free(s); }
};
struct ContextFree
{
    void operator()(X509_STORE_CTX* c) const { X509_STORE_CTX_free(c); }
};
struct StackFree
{
    void operator()(STACK_OF(X509) * s) const { sk_X509_pop_free(s, X509_free); }
};
using X509Ptr = std::unique_ptr<X509, X509Free>;

X509Ptr toX509(const QSslCertificate& certificate)
{
    const QByteArray der = certificate.toDer();
    const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &data, long(der.size())));
}

// The note on an address written as a DNS name, in English (logs, transcripts) or the window's language.
const char* const addressAsNameText = QT_TRANSLATE_NOOP(
    "PeerVerifier", "%1 (written as a DNS name, which no address matches: an address needs an "
                    "IP address entry)");

QString namesOf(const QSslCertificate& certificate, bool shown = false)
{
    QStringList names;
    const auto entries = certificate.subjectAlternativeNames();
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        // RFC 6125 6.2.1: an address is compared with IP address entries only; one written as a DNS name
        // read "the certificate is for 127.0.0.1, not 127.0.0.1" (an outside tester).
        if (it.key() == QSsl::DnsEntry && !QHostAddress(it.value()).isNull())
            names << (shown ? QCoreApplication::translate("PeerVerifier", addressAsNameText)
                            : QString::fromLatin1(addressAsNameText))
                         .arg(it.value());
        else
            names << it.value();
    }
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    return names.isEmpty() ? QStringLiteral("no name") : names.join(QStringLiteral(", "));
}

/// The error codes X509_verify_cert met; verification goes on after each so that all are known.
struct Collected
{
    QList<int> errors;
};

int collectError(int ok, X509_STORE_CTX* context)
{
    if (!ok) {
        auto* collected = static_cast<Collected*>(X509_STORE_CTX_get_app_data(context));
        const int error = X509_STORE_CTX_get_error(context);
        if (collected && !collected->errors.contains(error))
            collected->errors.append(error);
    }
    return 1;
}

// Each problem in English (logs, transcripts, the reply stored with an attempt) and in the window's
// language (a connection test): the same template, translated only for the window.
const char* const selfSignedText = QT_TRANSLATE_NOOP("PeerVerifier", "certificate not trusted: self-signed");
const char* const untrustedRootText =
    QT_TRANSLATE_NOOP("PeerVerifier", "certificate not trusted: its root CA (%1) is not a trusted one");
const char* const unknownIssuerText =
    QT_TRANSLATE_NOOP("PeerVerifier", "certificate not trusted: issuer unknown (%1)");
const char* const expiredText = QT_TRANSLATE_NOOP("PeerVerifier", "certificate expired on %1");
const char* const notYetValidText = QT_TRANSLATE_NOOP("PeerVerifier", "certificate not valid before %1");
const char* const nameMismatchText =
    QT_TRANSLATE_NOOP("PeerVerifier", "name mismatch: the certificate is for %1, not %2");
const char* const otherErrorText = QT_TRANSLATE_NOOP("PeerVerifier", "certificate not trusted: %1");
const char* const noCertificateText =
    QT_TRANSLATE_NOOP("PeerVerifier", "the server presented no certificate");
const char* const pinMismatchText =
    QT_TRANSLATE_NOOP("PeerVerifier", "fingerprint mismatch: the server's certificate is %1, the pin is %2");
const char* const unreadableText = QT_TRANSLATE_NOOP("PeerVerifier", "the certificate cannot be read");
const char* const caFileUnreadableText = QT_TRANSLATE_NOOP("PeerVerifier", "cannot read CA file %1: %2");
const char* const caFileEmptyText = QT_TRANSLATE_NOOP("PeerVerifier", "%1 holds no PEM certificate");
const char* const uncheckableText = QT_TRANSLATE_NOOP("PeerVerifier", "the certificate cannot be checked");

} // namespace

QList<const char*> PeerVerifier::problemTemplates()
{
    return {untrustedRootText, unknownIssuerText, selfSignedText,    expiredText,    notYetValidText,
            nameMismatchText,  pinMismatchText,   noCertificateText, unreadableText, caFileUnreadableText,
            caFileEmptyText,   uncheckableText,   otherErrorText};
}

namespace {

/// One problem: its template and arguments.
struct ProblemText
{
    PeerVerdict::Problem kind;
    const char* text;
    QStringList args;
    QStringList shownArgs = {}; ///< args in the window's language, where they differ

    QString filled(QString text, bool shown = false) const
    {
        const QStringList& with = shown && !shownArgs.isEmpty() ? shownArgs : args;
        if (with.size() == 1)
            return text.arg(with[0]);
        if (with.size() == 2)
            return text.arg(with[0], with[1]);
        return text;
    }
};

void addProblem(PeerVerdict& verdict, const ProblemText& problem)
{
    const QString english = problem.filled(QString::fromLatin1(problem.text));
    if (verdict.problems.contains(english))
        return;
    verdict.problems << english;
    verdict.shownProblems << problem.filled(QCoreApplication::translate("PeerVerifier", problem.text), true);
    verdict.kinds << problem.kind;
}

ProblemText problemOf(int error, const QList<QSslCertificate>& chain, const QString& host)
{
    using Problem = PeerVerdict::Problem;
    const QSslCertificate& leaf = chain.first();
    switch (error) {
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        return {Problem::Untrusted, selfSignedText, {}};
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        return {Problem::Untrusted, untrustedRootText, {chain.last().subjectDisplayName()}};
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
        return {Problem::Untrusted, unknownIssuerText, {chain.last().issuerDisplayName()}};
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return {Problem::OutOfDate, expiredText, {leaf.expiryDate().toUTC().toString(Qt::ISODate)}};
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return {Problem::OutOfDate, notYetValidText, {leaf.effectiveDate().toUTC().toString(Qt::ISODate)}};
    case X509_V_ERR_HOSTNAME_MISMATCH:
    case X509_V_ERR_IP_ADDRESS_MISMATCH:
        return {Problem::NameMismatch, nameMismatchText, {namesOf(leaf), host}, {namesOf(leaf, true), host}};
    default:
        break;
    }
    return {Problem::Other, otherErrorText, {QString::fromUtf8(X509_verify_cert_error_string(error))}};
}

} // namespace

QString PeerVerdict::summary() const
{
    if (verified)
        return QStringLiteral("verified against %1").arg(how);
    return problems.join(QStringLiteral("; "));
}

PeerVerdict PeerVerifier::verify(const QList<QSslCertificate>& chain, const QString& host,
                                 const PeerTrust& trust)
{
    PeerVerdict verdict;
    verdict.how = trust.describe();
    const auto finish = [&verdict, &trust]() {
        verdict.accepted = verdict.verified || trust.mode == PeerTrust::Mode::Insecure;
        return verdict;
    };
    if (chain.isEmpty()) {
        addProblem(verdict, {PeerVerdict::Problem::Other, noCertificateText, {}});
        return finish();
    }
    if (trust.mode == PeerTrust::Mode::Fingerprint) {
        const QByteArray actual = chain.first().digest(QCryptographicHash::Sha256);
        verdict.verified = actual == trust.sha256;
        if (!verdict.verified)
            addProblem(verdict,
                       {PeerVerdict::Problem::PinMismatch,
                        pinMismatchText,
                        {PeerTrust::fingerprintText(actual), PeerTrust::fingerprintText(trust.sha256)}});
        return finish();
    }

    // Declared so that the context, which refers to the others, goes first.
    std::unique_ptr<X509_STORE, StoreFree> store(X509_STORE_new());
    std::unique_ptr<STACK_OF(X509), StackFree> untrusted(sk_X509_new_null());
    X509Ptr leaf = toX509(chain.first());
    std::unique_ptr<X509_STORE_CTX, ContextFree> context(X509_STORE_CTX_new());
    if (!store || !context || !untrusted || !leaf) {
        addProblem(verdict, {PeerVerdict::Problem::Other, unreadableText, {}});
        return finish();
    }
    const auto addAuthorities = [&store, &verdict](const QString& path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            addProblem(verdict,
                       {PeerVerdict::Problem::CaFile, caFileUnreadableText, {path, file.errorString()}});
            return false;
        }
        const QList<QSslCertificate> authorities = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (authorities.isEmpty()) {
            addProblem(verdict, {PeerVerdict::Problem::CaFile, caFileEmptyText, {path}});
            return false;
        }
        for (const QSslCertificate& authority : authorities) {
            if (X509Ptr x509 = toX509(authority))
                X509_STORE_add_cert(store.get(), x509.get()); // takes its own reference
        }
        return true;
    };
    if (trust.mode == PeerTrust::Mode::CaFile) {
        if (!addAuthorities(trust.caFile))
            return finish();
    } else {
        // Insecure too: the verdict says what a verification would have found.
        X509_STORE_set_default_paths(store.get());
        // tls.trust_file: the office's own CAs besides the system store.
        if (!trust.extraCaFile.isEmpty() && !addAuthorities(trust.extraCaFile))
            return finish();
    }
    for (qsizetype i = 1; i < chain.size(); ++i) {
        if (X509Ptr x509 = toX509(chain[i]); x509 && sk_X509_push(untrusted.get(), x509.get()))
            x509.release();
    }
    if (!X509_STORE_CTX_init(context.get(), store.get(), leaf.get(), untrusted.get())) {
        addProblem(verdict, {PeerVerdict::Problem::Other, uncheckableText, {}});
        return finish();
    }
    X509_STORE_CTX_set_purpose(context.get(), X509_PURPOSE_SSL_SERVER);
    X509_VERIFY_PARAM* param = X509_STORE_CTX_get0_param(context.get());
    // RFC 6125 6.4: the reference identity is the configured host; 6.4.3: a wildcard is the whole leftmost
    // label only. An IP literal is matched against the iPAddress names.
    const QByteArray name = host.toUtf8();
    if (!QHostAddress(host).isNull()) {
        X509_VERIFY_PARAM_set1_ip_asc(param, name.constData());
    } else {
        X509_VERIFY_PARAM_set_hostflags(param, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
        X509_VERIFY_PARAM_set1_host(param, name.constData(), size_t(name.size()));
    }
    Collected collected;
    X509_STORE_CTX_set_app_data(context.get(), &collected);
    X509_STORE_CTX_set_verify_cb(context.get(), collectError);
    const int result = X509_verify_cert(context.get());
    if (result != 1 && collected.errors.isEmpty())
        collected.errors.append(X509_STORE_CTX_get_error(context.get()));
    for (int error : std::as_const(collected.errors))
        addProblem(verdict, problemOf(error, chain, host));
    verdict.verified = verdict.problems.isEmpty();
    return finish();
}

} // namespace RelayDesk
