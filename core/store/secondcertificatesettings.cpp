#include "core/store/secondcertificatesettings.h"
#include "core/tls/certificatecheck.h"

#include <QCoreApplication>

namespace RelayDesk {

QString SecondCertificateSettings::problem(const std::function<QString(const QString&)>& after)
{
    const QString certKey = QStringLiteral("tls.second_certificate");
    const QString keyKey = QStringLiteral("tls.second_key");
    const QString certificate = after(certKey);
    const QString key = after(keyKey);
    if (certificate.isEmpty() && key.isEmpty())
        return {};
    QString problem = CertificateCheck::halfPairProblem(certificate, key, certKey, keyKey);
    const QString first = after(QStringLiteral("tls.certificate"));
    // With tls.certificate empty the relay serves its own generated pairs, ECDSA and RSA.
    if (problem.isEmpty() && first.isEmpty())
        problem = QCoreApplication::translate("RelayDesk::Settings",
                                              "a second certificate is served only beside a certificate "
                                              "of the admin's own (tls.certificate): the relay's generated "
                                              "one comes with an RSA certificate already");
    if (problem.isEmpty())
        problem = CertificateCheck::pairProblem(certificate, key);
    if (problem.isEmpty())
        problem = CertificateCheck::chainProblem(certificate);
    if (problem.isEmpty())
        problem = CertificateCheck::serverUseProblem(certificate);
    if (problem.isEmpty())
        problem = CertificateCheck::secondPairProblem(first, certificate);
    if (problem.isEmpty())
        return {};
    return QStringLiteral("%1: %2").arg(certificate.isEmpty() ? keyKey : certKey, problem);
}

bool SecondCertificateSettings::concerns(const QString& key)
{
    return key == QLatin1String("tls.certificate") || key == QLatin1String("tls.key") ||
           key == QLatin1String("tls.second_certificate") || key == QLatin1String("tls.second_key");
}

} // namespace RelayDesk
