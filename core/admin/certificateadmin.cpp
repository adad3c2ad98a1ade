#include "core/admin/certificateadmin.h"
#include "core/admin/nodeadmin.h"

#include "core/store/ownlisteners.h"
#include "core/store/settings.h"
#include "core/tls/certificatecheck.h"
#include "core/tls/certificategenerator.h"
#include "core/tls/certificateimport.h"
#include "core/tls/certificatenames.h"
#include "core/tls/chainorder.h"
#include "core/util/filecontents.h"
#include "core/util/pathplace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslError>
#include <QSslKey>

#include <sys/stat.h>

#include <algorithm>

namespace RelayDesk {

namespace {

// The window shows these refusals too: translated there, English in the CLI (which installs no translator).
QString certificateAdminText(const char* text)
{
    return QCoreApplication::translate("RelayDesk::CertificateAdmin", text);
}

const QString certificateKey = QStringLiteral("tls.certificate");
const QString keyKey = QStringLiteral("tls.key");
const QString secondCertificateKey = QStringLiteral("tls.second_certificate");
const QString secondKeyKey = QStringLiteral("tls.second_key");

// The second pair into info: what it is, and why the listeners leave it out, if they do.
void describeSecond(CertificateInfo* info, const QString& certificatePath, const QString& keyPath)
{
    if (certificatePath.isEmpty() && keyPath.isEmpty())
        return;
    info->secondCertificatePath = certificatePath;
    info->secondKeyPath = keyPath;
    info->secondKeyType = CertificateCheck::keyType(certificatePath);
    if (const auto second = CertificateImport::describe(certificatePath))
        info->secondFingerprint = second->fingerprint;
    info->secondProblem =
        CertificateCheck::halfPairProblem(certificatePath, keyPath, secondCertificateKey, secondKeyKey);
    if (info->secondProblem.isEmpty())
        info->secondProblem = CertificateCheck::pairProblem(certificatePath, keyPath);
    if (info->secondProblem.isEmpty() && !info->certificatePath.isEmpty())
        info->secondProblem = CertificateCheck::secondPairProblem(info->certificatePath, certificatePath);
}

// Points the settings at a pair just written: both at once, so that the pair is checked as a pair (the key
// belongs to the certificate, which is in date) and stored in one transaction; a refused pair is removed.
Expected<CertificateInfo> use(const QString& dataDir, const Expected<CertificateFilePair>& written)
{
    using Result = Expected<CertificateInfo>;
    if (!written)
        return Result::failure(written.error());
    const CertificateFilePair& pair = written.value();
    Settings settings(dataDir);
    const CertificateFilePair before{settings.value(certificateKey),
                                     settings.value(keyKey),
                                     {},
                                     settings.value(secondCertificateKey),
                                     settings.value(secondKeyKey)};
    // Where the pair belongs: this node's own where nodes share the store (an outside tester's import on one
    // node made every node serve it, from the first node's directory), else the relay's setting. The second
    // pair goes with it: a generated one is replaced by the new RSA pair, and an import clears it (a
    // self-signed RSA certificate beside a CA-signed one would show RSA-only clients another identity).
    if (Status status =
            NodeAdmin(dataDir).saveWhereTheyBelong({{certificateKey, pair.certificatePath},
                                                    {keyKey, pair.keyPath},
                                                    {secondCertificateKey, pair.secondCertificatePath},
                                                    {secondKeyKey, pair.secondKeyPath}});
        !status) {
        CertificateImport::discard(pair);
        return Result::failure(status.error());
    }
    // The pair it replaces goes, if the relay made it in tls/: a certificate is often replaced because its
    // key is retired, and every earlier imported key stayed there and in every backup (an outside tester
    // found four). A pair of the admin's own elsewhere is theirs to keep.
    const QString tls = QDir(QDir(dataDir).filePath(QStringLiteral("tls"))).absolutePath();
    const auto relayMade = [&tls](const QString& path) {
        const QFileInfo file(path);
        return !path.isEmpty() && file.absolutePath() == tls &&
               (file.fileName().startsWith(QLatin1String("imported-")) ||
                file.fileName().startsWith(QLatin1String("selfsigned-")));
    };
    if (relayMade(before.certificatePath) && relayMade(before.keyPath) && before.keyPath != pair.keyPath &&
        before.certificatePath != pair.certificatePath)
        CertificateImport::discard({before.certificatePath, before.keyPath});
    if (relayMade(before.secondCertificatePath) && relayMade(before.secondKeyPath) &&
        before.secondKeyPath != pair.secondKeyPath &&
        before.secondCertificatePath != pair.secondCertificatePath)
        CertificateImport::discard({before.secondCertificatePath, before.secondKeyPath});
    auto info = CertificateImport::describe(pair.certificatePath);
    if (info) {
        info.value().keyPath = pair.keyPath;
        info.value().leftOut = pair.leftOut;
        info.value().keyType = CertificateCheck::keyType(pair.certificatePath);
        describeSecond(&info.value(), pair.secondCertificatePath, pair.secondKeyPath);
    }
    return info;
}

} // namespace

CertificateAdmin::CertificateAdmin(QString dataDir) : m_dataDir(std::move(dataDir)) {}

QString CertificateAdmin::tlsDir() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("tls"));
}

Expected<CertificateInfo> CertificateAdmin::current() const
{
    const Settings settings(m_dataDir);
    QString certificate = settings.value(certificateKey);
    QString key = settings.value(keyKey);
    // Stored before the settings refused half a pair: the listeners start with neither half.
    const QString halfPair = CertificateCheck::halfPairProblem(certificate, key);
    const bool generated = certificate.isEmpty();
    QString secondCertificate = settings.value(secondCertificateKey);
    QString secondKey = settings.value(secondKeyKey);
    if (generated) {
        // Where the engine keeps the certificate it generates at its first start (core/tls/tlscontext.cpp),
        // and the RSA one beside it.
        certificate = QDir(tlsDir()).filePath(QStringLiteral("cert.pem"));
        key = QDir(tlsDir()).filePath(QStringLiteral("key.pem"));
        secondCertificate = CertificateGenerator::rsaCompanion(certificate);
        secondKey = CertificateGenerator::rsaCompanion(key);
        if (!QFile::exists(secondCertificate))
            secondCertificate = secondKey = QString(); // made when the relay starts next
        if (!QFile::exists(certificate)) {
            CertificateInfo info;
            info.generated = true;
            info.problem = halfPair;
            return info;
        }
    }
    auto info = CertificateImport::describe(certificate);
    if (!info && generated) {
        CertificateInfo unreadable;
        unreadable.generated = true;
        unreadable.problem = halfPair.isEmpty() ? info.error() : halfPair;
        return unreadable;
    }
    if (!info)
        return info;
    info.value().keyPath = key;
    info.value().generated = generated;
    info.value().problem = !halfPair.isEmpty() ? halfPair : CertificateCheck::pairProblem(certificate, key);
    // One set before the settings checked its use (or edited in the file since): `tls show` said nothing
    // while every client that checks certificates refused it.
    if (info.value().problem.isEmpty())
        info.value().problem = CertificateCheck::serverUseProblem(certificate);
    info.value().keyType = CertificateCheck::keyType(certificate);
    describeSecond(&info.value(), secondCertificate, secondKey);
    return info;
}

Expected<CertificateInfo> CertificateAdmin::importPem(const QString& certificatePath, const QString& keyPath)
{
    return use(m_dataDir, CertificateImport::copyPem(tlsDir(), certificatePath, keyPath));
}

Expected<CertificateInfo> CertificateAdmin::importPkcs12(const QString& pkcs12Path,
                                                         const QByteArray& passphrase)
{
    return use(m_dataDir, CertificateImport::extractPkcs12(tlsDir(), pkcs12Path, passphrase));
}

Expected<CertificateInfo> CertificateAdmin::generateSelfSigned(const QStringList& hostnames)
{
    using Result = Expected<CertificateInfo>;
    const Settings settings(m_dataDir);
    QStringList names = hostnames;
    if (names.isEmpty())
        names << settings.value(QStringLiteral("server.hostname"));
    else if (const auto checked = CertificateNames::normalize(names); !checked)
        return Result::failure(checked.error());
    names << CertificateNames::reachableAddresses(OwnListeners::fromSettings(settings).addresses());
    return use(m_dataDir, CertificateImport::generateSelfSigned(tlsDir(), names));
}

Expected<QByteArray> CertificateAdmin::certificatePem() const
{
    using Result = Expected<QByteArray>;
    const auto info = current();
    if (!info)
        return Result::failure(info.error());
    if (info->certificatePath.isEmpty())
        return Result::failure(QStringLiteral("there is no certificate yet: the relay generates one when it "
                                              "first starts (or run relaydesk tls generate)"));
    // Encoded again from the parsed certificates: a PEM file that also holds a key never hands it out.
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(info->certificatePath, QSsl::Pem);
    if (chain.isEmpty())
        return Result::failure(QStringLiteral("%1 holds no PEM certificate").arg(info->certificatePath));
    QByteArray pem;
    for (const QSslCertificate& certificate : chain)
        pem += certificate.toPem();
    // The generated RSA certificate too: a client that trusts the exported file may be one that is shown
    // the RSA one (a self-signed second certificate is trusted only where it is given).
    if (!info->secondCertificatePath.isEmpty() && info->secondProblem.isEmpty()) {
        const auto second = CertificateImport::describe(info->secondCertificatePath);
        const QSslCertificate leaf =
            QSslCertificate::fromPath(info->secondCertificatePath, QSsl::Pem).value(0);
        if (second && second->selfSigned && !leaf.isNull() && !chain.contains(leaf))
            pem += leaf.toPem();
    }
    return pem;
}

QString CertificateAdmin::exportTargetProblem(const QString& path) const
{
    // Never over the relay's own files: the store, its keys, or the certificate and key the listeners use.
    if (PathPlace::isInside(path, m_dataDir))
        return certificateAdminText(QT_TRANSLATE_NOOP("RelayDesk::CertificateAdmin",
                                                      "%1 is inside the data directory %2, which holds "
                                                      "the relay's own files (its store and keys): save "
                                                      "the certificate in another folder"))
            .arg(path, m_dataDir);
    const Settings settings(m_dataDir);
    for (const QString& key : {certificateKey, keyKey, secondCertificateKey, secondKeyKey}) {
        if (PathPlace::isSameFile(path, settings.value(key)))
            return certificateAdminText(
                       QT_TRANSLATE_NOOP("RelayDesk::CertificateAdmin",
                                         "%1 is the file the listeners use (%2): save the certificate in "
                                         "another file"))
                .arg(path, key);
    }
    return {};
}

Status CertificateAdmin::exportCertificate(const QString& path) const
{
    if (const QString problem = exportTargetProblem(path); !problem.isEmpty())
        return Status::failure(problem);
    const auto pem = certificatePem();
    if (!pem)
        return Status::failure(pem.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    if (Status written = writeAndSync(file.handle(), pem.value(), path); !written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return Status::failure(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

QString CertificateAdmin::keyExposure(const QString& keyPath)
{
    struct stat info = {};
    if (keyPath.isEmpty() || ::stat(QFile::encodeName(keyPath).constData(), &info) != 0 ||
        !(info.st_mode & S_IROTH))
        return {};
    const QString path = QFileInfo(keyPath).absoluteFilePath();
    return QStringLiteral(
               "the private key %1 is readable by every user of this machine (mode %2): chmod 600 %1")
        .arg(path)
        .arg(uint(info.st_mode & 07777), 4, 8, QLatin1Char('0'));
}

QString CertificateAdmin::chainWarning(const CertificateInfo& info)
{
    // An outside tester imported the certificate of a CA without the provider's intermediate certificate:
    // taken without a word, and every application that checks certificates refused the relay.
    // Certificates of the imported file that were not part of its chain: left out, and said.
    const QString leftOut =
        info.leftOut.isEmpty()
            ? QString()
            : certificateAdminText(QT_TRANSLATE_NOOP("RelayDesk::CertificateAdmin",
                                                     "the file also held certificates that are not part of "
                                                     "this certificate's chain (%1): they were left out"))
                  .arg(info.leftOut.join(QStringLiteral("; ")));
    const QString missing = missingIssuerWarning(info);
    return leftOut.isEmpty()   ? missing
           : missing.isEmpty() ? leftOut
                               : leftOut + QStringLiteral("; ") + missing;
}

QString CertificateAdmin::missingIssuerWarning(const CertificateInfo& info)
{
    if (info.certificatePath.isEmpty() || info.generated || info.selfSigned)
        return {};
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(info.certificatePath);
    if (chain.isEmpty() || chain.first().isSelfSigned())
        return {};
    // Only the certificate's own issuer matters here: with the intermediate in the file, a root this machine
    // does not know is the office's own CA, which its computers trust. A file of the certificate and the root
    // without the intermediate between them broke the chain as the certificate alone did (a second tester).
    const QSslCertificate leaf = chain.first();
    const QList<QSslError> errors = QSslCertificate::verify(chain);
    const bool issuerUnknown = std::any_of(errors.cbegin(), errors.cend(), [&leaf](const QSslError& error) {
        return (error.certificate().isNull() || error.certificate() == leaf) &&
               (error.error() == QSslError::UnableToGetLocalIssuerCertificate ||
                error.error() == QSslError::UnableToVerifyFirstCertificate ||
                error.error() == QSslError::UnableToGetIssuerCertificate);
    });
    if (!issuerUnknown)
        return {};
    return certificateAdminText(
               QT_TRANSLATE_NOOP("RelayDesk::CertificateAdmin",
                                 "the certificate file holds this certificate without the certificate of %1 "
                                 "that issued it: applications that check certificates refuse the relay "
                                 "unless they trust %1 themselves. Import the file that holds the chain as "
                                 "well (often called fullchain.pem)"))
        .arg(chain.first().issuerDisplayName().isEmpty() ? QStringLiteral("the CA")
                                                         : chain.first().issuerDisplayName());
}

QString CertificateAdmin::nameWarning(const CertificateInfo& info) const
{
    if (info.certificatePath.isEmpty())
        return {};
    return nameWarningFor(QSslCertificate::fromPath(info.certificatePath).value(0));
}

QString CertificateAdmin::pemNameWarning(const QString& certificatePath, const QString& keyPath) const
{
    const auto chain = readFileContents(certificatePath);
    const auto key = readFileContents(keyPath);
    if (!chain || !key)
        return {};
    const QByteArray ordered = ChainOrder::leafFirst(chain.value(), key.value());
    return nameWarningFor(QSslCertificate::fromData(ordered, QSsl::Pem).value(0));
}

QString CertificateAdmin::pemPairProblem(const QString& certificatePath, const QString& keyPath)
{
    const auto checked = CertificateImport::checkPem(certificatePath, keyPath);
    return checked ? QString() : checked.error();
}

QString CertificateAdmin::pkcs12NameWarning(const QString& path, const QByteArray& passphrase) const
{
    QFile file(path);
    QSslKey key;
    QSslCertificate certificate;
    if (!file.open(QIODevice::ReadOnly) ||
        !QSslCertificate::importPkcs12(&file, &key, &certificate, nullptr, passphrase))
        return {};
    return nameWarningFor(certificate);
}

QString CertificateAdmin::nameWarningFor(const QSslCertificate& certificate) const
{
    const QString hostname = Settings(m_dataDir).value(QStringLiteral("server.hostname"));
    if (!hostname.contains(QLatin1Char('.')))
        return {};
    if (certificate.isNull() || CertificateNames::namesHost(certificate, hostname))
        return {};
    const QStringList names = CertificateNames::of(certificate);
    // A CA's certificate names no host at all: it read "names -" (an outside tester).
    if (names.isEmpty())
        return certificateAdminText(
                   QT_TRANSLATE_NOOP("RelayDesk::CertificateAdmin",
                                     "this certificate names no host name, not even %1 (server.hostname): "
                                     "applications that check the relay's name refuse it"))
            .arg(hostname);
    return certificateAdminText(
               QT_TRANSLATE_NOOP("RelayDesk::CertificateAdmin",
                                 "this certificate names %1, not %2 (server.hostname): applications that "
                                 "check the relay's name refuse it"))
        .arg(names.join(QStringLiteral(", ")), hostname);
}

} // namespace RelayDesk
