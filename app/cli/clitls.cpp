// relaydesk tls show | export FILE|- | import-pem CERT KEY | import-pkcs12 FILE [--password-stdin]
//               | generate [--hostname H]...
#include "app/cli/cliargs.h"
#include "app/cli/clicommands.h"
#include "app/cli/clipassword.h"
#include "app/cli/cliverb.h"
#include "core/admin/certificateadmin.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonObject>
#include <QLoggingCategory>

#include <cstdio>

namespace RelayDesk {

namespace {

const CliVerb tlsVerbTable[] = {
    {"show", 0, "tls show"},
    {"export", 1, "tls export FILE|- [--force]"},
    {"import-pem", 2, "tls import-pem CERT KEY"},
    {"import-pkcs12", 1, "tls import-pkcs12 FILE [--password-stdin]"},
    {"generate", 0, "tls generate [--hostname H]..."},
};

QJsonObject certificateJson(const CertificateInfo& info)
{
    QJsonObject object{{QStringLiteral("generated"), info.generated},
                       {QStringLiteral("certificate"), info.certificatePath},
                       {QStringLiteral("key"), info.keyPath}};
    if (!info.certificatePath.isEmpty()) {
        object.insert(QStringLiteral("subject"), info.subject);
        object.insert(QStringLiteral("sha256"), info.fingerprint);
        object.insert(QStringLiteral("expires_at"), CliOutput::timeJson(info.expiry));
        object.insert(QStringLiteral("problem"),
                      info.problem.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(info.problem));
        object.insert(QStringLiteral("key_type"), info.keyType);
    }
    // The pair of the other key type served beside it (docs/security.md, "Listener certificates"); null:
    // none.
    const auto orNull = [](const QString& text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    object.insert(QStringLiteral("second"),
                  info.secondCertificatePath.isEmpty()
                      ? QJsonValue(QJsonValue::Null)
                      : QJsonValue(QJsonObject{{QStringLiteral("certificate"), info.secondCertificatePath},
                                               {QStringLiteral("key"), info.secondKeyPath},
                                               {QStringLiteral("key_type"), info.secondKeyType},
                                               {QStringLiteral("sha256"), info.secondFingerprint},
                                               {QStringLiteral("problem"), orNull(info.secondProblem)}}));
    return object;
}

void printCertificate(const CliOutput& out, const CertificateInfo& info)
{
    out.line(QStringLiteral("certificate: %1").arg(info.certificatePath));
    out.line(QStringLiteral("key:         %1").arg(info.keyPath));
    out.line(QStringLiteral("subject:     %1").arg(info.subject));
    out.line(QStringLiteral("key type:    %1").arg(info.keyType));
    out.line(QStringLiteral("sha-256:     %1").arg(info.fingerprint));
    // How soon, in days: a date alone did not tell an outside tester that the certificate ran out in 5.
    const qint64 daysLeft = QDateTime::currentDateTimeUtc().daysTo(info.expiry.toUTC());
    const QString left = info.expiry < QDateTime::currentDateTimeUtc() ? QStringLiteral(" (expired)")
                         : daysLeft == 0                               ? QStringLiteral(" (today)")
                         : daysLeft == 1                               ? QStringLiteral(" (in 1 day)")
                                         : QStringLiteral(" (in %1 days)").arg(daysLeft);
    out.line(QStringLiteral("expires:     %1%2").arg(CliOutput::timeText(info.expiry), left));
    // What RSA-only TLS 1.2 devices are shown (an outside tester's NAS could not connect to ECDSA alone).
    if (info.secondCertificatePath.isEmpty())
        out.line(QStringLiteral("second:      none (clients that cannot use the %1 key cannot connect)")
                     .arg(info.keyType.isEmpty() ? QStringLiteral("certificate's") : info.keyType));
    else
        out.line(QStringLiteral("second:      %1 (%2 key, for clients that cannot use the first; key %3)")
                     .arg(info.secondCertificatePath, info.secondKeyType, info.secondKeyPath));
}

int showTls(const QString& dataDir, const CliOutput& out)
{
    const auto info = CertificateAdmin(dataDir).current();
    if (!info)
        return out.error(ExitFailure, info.error());
    out.json(certificateJson(info.value()));
    if (info->generated)
        out.line(info->certificatePath.isEmpty()
                     ? QStringLiteral("A self-signed certificate is generated when the relay first starts "
                                      "(tls.certificate is empty).")
                     : QStringLiteral("The relay's generated self-signed certificate (tls.certificate is "
                                      "empty):"));
    if (!info->certificatePath.isEmpty())
        printCertificate(out, info.value());
    if (!info->problem.isEmpty())
        out.warning(QStringLiteral("the listeners cannot use this certificate: %1").arg(info->problem));
    if (!info->secondProblem.isEmpty())
        out.warning(
            QStringLiteral("the listeners leave the second certificate out: %1").arg(info->secondProblem));
    if (const QString exposed = CertificateAdmin::keyExposure(info->secondKeyPath); !exposed.isEmpty())
        out.warning(exposed);
    // A key every local user may read (an outside tester's 0644 key was taken without a word).
    if (const QString exposed = CertificateAdmin::keyExposure(info->keyPath); !exposed.isEmpty())
        out.warning(exposed);
    if (const QString chain = CertificateAdmin::chainWarning(info.value()); !chain.isEmpty())
        out.warning(chain);
    return ExitOk;
}

// The certificate only, never the key: what a client needs to trust the relay (README.md, "Trusting the
// relay's certificate"). "-" writes it on stdout, in JSON mode too: the PEM text is the output.
int exportCertificate(const QString& dataDir, const QString& target, bool force, const CliOutput& out)
{
    const CertificateAdmin certificates(dataDir);
    if (target == QLatin1String("-")) {
        const auto pem = certificates.certificatePem();
        if (!pem)
            return out.error(ExitFailure, QStringLiteral("tls export: %1").arg(pem.error()));
        std::fwrite(pem->constData(), 1, size_t(pem->size()), stdout);
        std::fflush(stdout);
        return ExitOk;
    }
    if (const QString problem = certificates.exportTargetProblem(target); !problem.isEmpty())
        return out.error(ExitFailure, QStringLiteral("tls export: %1").arg(problem));
    // A file that is there may be anything (another certificate, a key): replaced only when asked to.
    if (!force && QFileInfo::exists(target))
        return out.error(ExitFailure,
                         QStringLiteral("tls export: %1 exists; give --force to replace it").arg(target));
    if (Status written = certificates.exportCertificate(target); !written)
        return out.error(ExitFailure, QStringLiteral("tls export: %1").arg(written.error()));
    out.json(
        QJsonObject{{QStringLiteral("action"), QStringLiteral("export")}, {QStringLiteral("file"), target}});
    out.line(QStringLiteral("The certificate (no key) is in %1: give it to the applications that verify the "
                            "relay.")
                 .arg(target));
    return ExitOk;
}

int certificateChanged(const CertificateAdmin& certificates, const Expected<CertificateInfo>& info,
                       const QString& action, const CliOutput& out)
{
    if (!info)
        return out.error(ExitFailure, info.error());
    QJsonObject object = certificateJson(info.value());
    object.insert(QStringLiteral("action"), action);
    const QString nameWarning = certificates.nameWarning(info.value());
    object.insert(QStringLiteral("name_warning"), nameWarning);
    const QString chainWarning = CertificateAdmin::chainWarning(info.value());
    object.insert(QStringLiteral("chain_warning"), chainWarning);
    out.json(object);
    out.line(info->secondCertificatePath.isEmpty()
                 ? QStringLiteral("tls.certificate and tls.key now name these files (tls.second_certificate "
                                  "and tls.second_key are empty):")
                 : QStringLiteral("tls.certificate and tls.key, tls.second_certificate and tls.second_key "
                                  "now name these files:"));
    printCertificate(out, info.value());
    out.line(QStringLiteral("A running relay uses it for new connections within a second."));
    if (!nameWarning.isEmpty())
        out.warning(QStringLiteral("tls %1: %2").arg(action, nameWarning));
    if (!chainWarning.isEmpty())
        out.warning(QStringLiteral("tls %1: %2").arg(action, chainWarning));
    return ExitOk;
}

} // namespace

QList<CliVerb> tlsVerbs()
{
    return CliVerb::list(tlsVerbTable);
}

int runTlsCommand(const QString& dataDir, const QStringList& args, const CliOutput& out)
{
    const QString verb = args.value(0);
    const CliVerb* found = CliVerb::find(tlsVerbTable, verb);
    if (!found)
        return out.error(ExitUsage, CliVerb::unknown("tls", verb, tlsVerbTable));
    // --password-stdin is an option without a value; everything after "--" is positional. A PKCS#12 file's
    // secret is a passphrase, and backup calls it so: --passphrase-stdin is taken too.
    QStringList words = args.mid(1);
    const qsizetype end = words.indexOf(QStringLiteral("--"));
    qsizetype flag = words.indexOf(QStringLiteral("--password-stdin"));
    if (flag < 0 || (end >= 0 && flag > end))
        flag = words.indexOf(QStringLiteral("--passphrase-stdin"));
    const bool passwordFromStdin =
        verb == QLatin1String("import-pkcs12") && flag >= 0 && (end < 0 || flag < end);
    if (passwordFromStdin)
        words.removeAt(flag);
    const auto forceFlag = verb == QLatin1String("export")
                               ? CliArgs::takeFlag(words, QStringLiteral("--force"))
                               : Expected<bool>(false);
    if (!forceFlag)
        return out.error(ExitUsage, QStringLiteral("tls %1: %2").arg(verb, forceFlag.error()));
    const QStringList repeatableOptions =
        verb == QLatin1String("generate") ? QStringList{QStringLiteral("--hostname")} : QStringList{};
    const auto parsed = CliArgs::parse(words, {}, repeatableOptions);
    if (!parsed)
        return out.error(ExitUsage, QStringLiteral("tls %1: %2").arg(verb, parsed.error()));
    if (const QString problem = found->checkArguments(parsed->positional); !problem.isEmpty())
        return out.error(ExitUsage, QStringLiteral("tls %1: %2").arg(verb, problem));

    CertificateAdmin certificates(dataDir);
    if (verb == QLatin1String("show"))
        return showTls(dataDir, out);
    if (verb == QLatin1String("export"))
        return exportCertificate(dataDir, parsed->positional[0], forceFlag.value(), out);
    if (verb == QLatin1String("import-pem"))
        return certificateChanged(
            certificates, certificates.importPem(parsed->positional[0], parsed->positional[1]), verb, out);
    if (verb == QLatin1String("import-pkcs12")) {
        QByteArray passphrase;
        if (passwordFromStdin) {
            auto read = readPasswordFromStdin();
            if (!read)
                return out.error(ExitUsage, QStringLiteral("tls import-pkcs12: %1").arg(read.error()));
            passphrase = std::move(read).value();
        }
        // Qt's TLS backend logs its own line for a wrong password; the one error line below says it.
        QLoggingCategory::setFilterRules(QStringLiteral("qt.tlsbackend.ossl=false"));
        return certificateChanged(certificates, certificates.importPkcs12(parsed->positional[0], passphrase),
                                  verb, out);
    }
    // Each --hostname adds a name (a host name or an IP address); the first is the subject's CN.
    return certificateChanged(certificates,
                              certificates.generateSelfSigned(parsed->values(QStringLiteral("--hostname"))),
                              verb, out);
}

} // namespace RelayDesk
