#include "core/tls/peertrust.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSslCertificate>

namespace RelayDesk {

Expected<QByteArray> PeerTrust::parseFingerprint(const QString& given)
{
    QString text = given.trimmed();
    if (text.startsWith(QLatin1String("sha256:"), Qt::CaseInsensitive))
        text = text.mid(7);
    text.remove(QLatin1Char(':'));
    static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    if (!hex.match(text).hasMatch())
        return Expected<QByteArray>::failure(
            QStringLiteral("'%1' is not a SHA-256 fingerprint (SHA256: and 64 hex digits, colons optional)")
                .arg(given));
    return QByteArray::fromHex(text.toLatin1());
}

QString PeerTrust::fingerprintText(const QByteArray& digest)
{
    return QStringLiteral("SHA256:") + QString::fromLatin1(digest.toHex(':').toUpper());
}

QString PeerTrust::caFileProblem(const QString& path)
{
    if (path.isEmpty())
        return QStringLiteral("no CA file given");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read CA file %1: %2").arg(path, file.errorString());
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty())
        return QStringLiteral("%1 holds no PEM certificate").arg(path);
    return {};
}

QString PeerTrust::modeName() const
{
    switch (mode) {
    case Mode::System:
        return QStringLiteral("system");
    case Mode::CaFile:
        return QStringLiteral("ca-file");
    case Mode::Fingerprint:
        return QStringLiteral("fingerprint");
    case Mode::Insecure:
        break;
    }
    return QStringLiteral("insecure-skip-verify");
}

QString PeerTrust::describe() const
{
    return describedAs([](const char* source) { return QString::fromLatin1(source); });
}

QString PeerTrust::shownText() const
{
    // The window's connection test shows it: in the window's language (an outside tester read "the CAs in
    // ..." in a French window); the logs and the command line keep describe()'s English.
    return describedAs(
        [](const char* source) { return QCoreApplication::translate("RelayDesk::PeerTrust", source); });
}

QList<const char*> PeerTrust::descriptionTemplates()
{
    QList<const char*> templates;
    PeerTrust probe;
    // Each mode once, with placeholders where describe() puts a file or a fingerprint.
    for (PeerTrust trust : {PeerTrust::systemAnd(QStringLiteral("%1")), PeerTrust::system(),
                            PeerTrust::fromCaFile(QStringLiteral("%1")), PeerTrust::insecure()}) {
        trust.describedAs([&templates](const char* source) {
            templates << source;
            return QString::fromLatin1(source);
        });
    }
    probe.mode = Mode::Fingerprint;
    probe.describedAs([&templates](const char* source) {
        templates << source;
        return QString::fromLatin1(source);
    });
    return templates;
}

QString PeerTrust::describedAs(const std::function<QString(const char*)>& text) const
{
    switch (mode) {
    case Mode::System:
        return extraCaFile.isEmpty()
                   ? text(QT_TRANSLATE_NOOP("RelayDesk::PeerTrust", "the system CA store"))
                   : text(QT_TRANSLATE_NOOP("RelayDesk::PeerTrust", "the system CA store and the CAs in %1"))
                         .arg(extraCaFile);
    case Mode::CaFile:
        return text(QT_TRANSLATE_NOOP("RelayDesk::PeerTrust", "the CAs in %1")).arg(caFile);
    case Mode::Fingerprint:
        return text(QT_TRANSLATE_NOOP("RelayDesk::PeerTrust", "the pinned certificate %1"))
            .arg(fingerprintText(sha256));
    case Mode::Insecure:
        break;
    }
    return text(QT_TRANSLATE_NOOP("RelayDesk::PeerTrust",
                                  "nothing (--insecure-skip-verify: any certificate is accepted)"));
}

QString PeerTrust::key() const
{
    return modeName() + QLatin1Char('=') + caFile + QString::fromLatin1(sha256.toHex()) +
           (extraCaFile.isEmpty() ? QString() : QLatin1Char('+') + extraCaFile);
}

} // namespace RelayDesk
