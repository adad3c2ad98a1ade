#include "core/tls/certificatecheck.h"
#include "core/tls/pemobjects.h"
#include "core/util/expected.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/asn1.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <ctime>
#include <memory>
#include <vector>

namespace RelayDesk {

namespace {

// What an import or a check says, in the desktop manager's language when it installed a translator (an
// outside tester's German window showed these in English); the CLI and the engine's log stay English.
QString checkText(const char* text)
{
    return QCoreApplication::translate("RelayDesk::CertificateCheck", text);
}

Expected<QByteArray> readPem(const QString& path, bool certificate)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Expected<QByteArray>::failure(
            (certificate
                 ? checkText(
                       QT_TRANSLATE_NOOP("RelayDesk::CertificateCheck", "cannot read certificate %1: %2"))
                 : checkText(QT_TRANSLATE_NOOP("RelayDesk::CertificateCheck", "cannot read key %1: %2")))
                .arg(path, file.errorString()));
    return file.readAll();
}

QString timeText(const ASN1_TIME* time)
{
    std::tm tm = {};
    if (ASN1_TIME_to_tm(time, &tm) != 1)
        return QStringLiteral("(unreadable date)");
    const QDateTime at(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                       QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
    return at.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

Cert readCertificate(const QByteArray& pem, const QString& path, QString* problem)
{
    Cert cert = PemObjects::firstCertificate(pem);
    if (!cert)
        *problem = checkText(QT_TRANSLATE_NOOP("RelayDesk::CertificateCheck", "%1 holds no PEM certificate"))
                       .arg(path);
    return cert;
}

QString dateProblem(const QString& path, X509* cert, const QDateTime& now)
{
    time_t at = time_t(now.toSecsSinceEpoch());
    if (X509_cmp_time(X509_get0_notAfter(cert), &at) < 0)
        return checkText(
                   QT_TRANSLATE_NOOP("RelayDesk::CertificateCheck", "the certificate in %1 expired on %2"))
            .arg(path, timeText(X509_get0_notAfter(cert)));
    if (X509_cmp_time(X509_get0_notBefore(cert), &at) > 0)
        return checkText(QT_TRANSLATE_NOOP("RelayDesk::CertificateCheck",
                                           "the certificate in %1 is not valid before %2"))
            .arg(path, timeText(X509_get0_notBefore(cert)));
    return {};
}

} // namespace

QString CertificateCheck::certificateProblem(const QString& certificatePath, const QDateTime& now)
{
    const auto pem = readPem(certificatePath, true);
    if (!pem)
        return pem.error();
    QString problem;
    const Cert cert = readCertificate(pem.value(), certificatePath, &problem);
    return cert ? dateProblem(certificatePath, cert.get(), now) : problem;
}

QString CertificateCheck::pairProblem(const QString& certificatePath, const QString& keyPath,
                                      const QDateTime& now)
{
    const auto certificatePem = readPem(certificatePath, true);
    if (!certificatePem)
        return certificatePem.error();
    const auto keyPem = readPem(keyPath, false);
    if (!keyPem)
        return keyPem.error();
    return pairProblem(certificatePem.value(), certificatePath, keyPem.value(), keyPath, now);
}

QString CertificateCheck::pairProblem(const QByteArray& certificatePem, const QString& certificatePath,
                                      const QByteArray& keyPem, const QString& keyPath, const QDateTime& now)
{
    QString problem;
    const Cert cert = readCertificate(certificatePem, certificatePath, &problem);
    if (!cert)
        return problem;
    if (problem = dateProblem(certificatePath, cert.get(), now); !problem.isEmpty())
        return problem;
    const PKey key = PemObjects::privateKey(keyPem);
    if (!key)
        return checkText(QT_TRANSLATE_NOOP("RelayDesk::CertificateCheck",
                                           "%1 holds no unencrypted PEM private key"))
            .arg(keyPath);
    const bool belongs = X509_check_private_key(cert.get(), key.get()) == 1;
    ERR_clear_error();
    const std::vector<Cert> chain = PemObjects::certificates(certificatePem);
    if (!belongs) {
        // Its certificate further down the file: said, with the command that orders it (config set refused
        // what tls import-pem took: an outside tester).
        for (size_t i = 1; i < chain.size(); ++i) {
            const bool later = X509_check_private_key(chain[i].get(), key.get()) == 1;
            ERR_clear_error();
            if (later)
                return checkText(
                           QT_TRANSLATE_NOOP("RelayDesk::CertificateCheck",
                                             "the private key in %1 belongs to certificate %2 in %3, not to "
                                             "the first: the server's certificate goes first (relaydesk tls "
                                             "import-pem puts it there)"))
                    .arg(keyPath)
                    .arg(i + 1)
                    .arg(certificatePath);
        }
        return checkText(QT_TRANSLATE_NOOP("RelayDesk::CertificateCheck",
                                           "the private key in %1 does not belong to the certificate in %2 "
                                           "(their public keys differ)"))
            .arg(keyPath, certificatePath);
    }
    return {};
}

QString CertificateCheck::chainProblem(const QString& certificatePath)
{
    const auto pem = readPem(certificatePath, true);
    return pem ? chainProblem(pem.value(), certificatePath) : QString();
}

QString CertificateCheck::chainProblem(const QByteArray& certificatePem, const QString& certificatePath)
{
    // RFC 8446 4.4.2: each certificate after the first certifies the one before it. A certificate of
    // something else in the file went to every client as part of the chain (an outside tester).
    // A root after a gap (the intermediate left out) is part of the chain still: the missing intermediate
    // is a warning of its own (ChainWarning). Nothing follows a certificate that issued itself.
    const auto selfIssued = [](X509* certificate) {
        return X509_check_issued(certificate, certificate) == X509_V_OK;
    };
    const std::vector<Cert> chain = PemObjects::certificates(certificatePem);
    for (size_t i = 1; i < chain.size(); ++i) {
        const bool issuedThePrevious = X509_check_issued(chain[i].get(), chain[i - 1].get()) == X509_V_OK;
        const bool rootAfterAGap = !selfIssued(chain[i - 1].get()) && selfIssued(chain[i].get()) &&
                                   X509_check_ca(chain[i].get()) > 0;
        ERR_clear_error();
        if (!issuedThePrevious && !rootAfterAGap)
            return checkText(
                       QT_TRANSLATE_NOOP("RelayDesk::CertificateCheck",
                                         "certificate %1 in %2 did not issue the one before it: the file "
                                         "holds the server's certificate and then only the ones that "
                                         "issued it, in order"))
                .arg(i + 1)
                .arg(certificatePath);
    }
    return {};
}

QString CertificateCheck::serverUseProblem(const QString& certificatePath)
{
    const auto pem = readPem(certificatePath, true);
    return pem ? serverUseProblem(pem.value(), certificatePath) : QString();
}

QString CertificateCheck::serverUseProblem(const QByteArray& certificatePem, const QString& certificatePath)
{
    QString problem;
    const Cert cert = readCertificate(certificatePem, certificatePath, &problem);
    if (!cert)
        return problem;
    // As a client checks it: the purpose of a TLS server's certificate, not as a CA (ca = 0).
    const bool serves = X509_check_purpose(cert.get(), X509_PURPOSE_SSL_SERVER, 0) == 1;
    ERR_clear_error();
    if (serves)
        return {};
    const bool authority = X509_check_ca(cert.get()) != 0;
    ERR_clear_error();
    return (authority
                ? checkText(QT_TRANSLATE_NOOP(
                      "RelayDesk::CertificateCheck",
                      "the certificate in %1 may not serve TLS: its key usage or extended key usage does "
                      "not allow a TLS server (it is a certificate authority's, for signing certificates); "
                      "import the certificate that was issued for the relay's host name"))
                : checkText(QT_TRANSLATE_NOOP(
                      "RelayDesk::CertificateCheck",
                      "the certificate in %1 may not serve TLS: its key usage or extended key usage does "
                      "not allow a TLS server; import the certificate that was issued for the relay's "
                      "host name")))
        .arg(certificatePath);
}

QString CertificateCheck::halfPairProblem(const QString& certificatePath, const QString& keyPath,
                                          const QString& certificateSetting, const QString& keySetting)
{
    if (certificatePath.isEmpty() == keyPath.isEmpty())
        return {};
    // Shown in the desktop manager's language when it installed a translator; the CLI stays English and
    // adds its own command for setting both (app/cli/cliconfig.cpp).
    return QCoreApplication::translate("RelayDesk::CertificateCheck",
                                       "%1 is set but %2 is not: the listeners need both or neither; set or "
                                       "reset both in one change")
        .arg(certificatePath.isEmpty() ? keySetting : certificateSetting,
             certificatePath.isEmpty() ? certificateSetting : keySetting);
}

QString CertificateCheck::keyType(const QString& certificatePath)
{
    const auto pem = readPem(certificatePath, true);
    const Cert cert = pem ? PemObjects::firstCertificate(pem.value()) : Cert();
    const EVP_PKEY* key = cert ? X509_get0_pubkey(cert.get()) : nullptr;
    if (!key)
        return {};
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
        return QStringLiteral("RSA");
    case EVP_PKEY_RSA_PSS:
        return QStringLiteral("RSA-PSS");
    case EVP_PKEY_EC:
        return QStringLiteral("ECDSA");
    case EVP_PKEY_ED25519:
        return QStringLiteral("Ed25519");
    case EVP_PKEY_ED448:
        return QStringLiteral("Ed448");
    default:
        return QString::fromLatin1(OBJ_nid2sn(EVP_PKEY_get_base_id(key)));
    }
}

QString CertificateCheck::secondPairProblem(const QString& firstPath, const QString& secondPath)
{
    const QString first = keyType(firstPath);
    if (first.isEmpty() || first != keyType(secondPath))
        return {};
    return checkText(QT_TRANSLATE_NOOP("RelayDesk::CertificateCheck",
                                       "the certificate in %1 has an %2 key like the one in %3: a second "
                                       "certificate must have the other kind of key (RSA beside ECDSA), for "
                                       "the clients that cannot use the first"))
        .arg(secondPath, first, firstPath);
}

} // namespace RelayDesk
