#include "ui/smarthostpreset.h"

#include <QCoreApplication>

namespace RelayDesk {

QString SmarthostPreset::hostFor(const QString& region) const
{
    return regional ? host.arg(region.isEmpty() ? regions().constFirst() : region) : host;
}

QList<SmarthostPreset> SmarthostPreset::all()
{
    struct Entry
    {
        const char* name;
        const char* host;
        quint16 port;
        const char* tls;
        const char* userHint;
        bool regional;
    };
    // The providers' documented submission endpoints: ZeptoMail on 587 (STARTTLS) and 465 (implicit TLS),
    // Microsoft 365 SMTP AUTH, Google Workspace's SMTP relay service, Amazon SES per region.
    static const Entry entries[] = {
        {QT_TRANSLATE_NOOP("SmarthostPreset", "ZeptoMail (port 587, STARTTLS)"), "smtp.zeptomail.com", 587,
         "starttls", QT_TRANSLATE_NOOP("SmarthostPreset", "emailapikey"), false},
        {QT_TRANSLATE_NOOP("SmarthostPreset", "ZeptoMail (port 465, TLS from the start)"),
         "smtp.zeptomail.com", 465, "implicit", QT_TRANSLATE_NOOP("SmarthostPreset", "emailapikey"), false},
        {QT_TRANSLATE_NOOP("SmarthostPreset", "Microsoft 365"), "smtp.office365.com", 587, "starttls",
         QT_TRANSLATE_NOOP("SmarthostPreset", "the mailbox's address"), false},
        {QT_TRANSLATE_NOOP("SmarthostPreset", "Google Workspace SMTP relay"), "smtp-relay.gmail.com", 587,
         "starttls", QT_TRANSLATE_NOOP("SmarthostPreset", "a Workspace address (or none: allowed by IP)"),
         false},
        {QT_TRANSLATE_NOOP("SmarthostPreset", "Amazon SES"), "email-smtp.%1.amazonaws.com", 587, "starttls",
         QT_TRANSLATE_NOOP("SmarthostPreset", "the SMTP user name from the SES console"), true},
        {QT_TRANSLATE_NOOP("SmarthostPreset", "SendGrid"), "smtp.sendgrid.net", 587, "starttls",
         QT_TRANSLATE_NOOP("SmarthostPreset", "apikey"), false},
        {QT_TRANSLATE_NOOP("SmarthostPreset", "Mailgun"), "smtp.mailgun.org", 587, "starttls",
         QT_TRANSLATE_NOOP("SmarthostPreset", "the domain's SMTP login"), false},
        {QT_TRANSLATE_NOOP("SmarthostPreset", "Generic (type host:port)"), "", 587, "starttls", "", false},
    };
    QList<SmarthostPreset> presets;
    for (const Entry& entry : entries) {
        presets.append(
            {QCoreApplication::translate("SmarthostPreset", entry.name), QString::fromLatin1(entry.host),
             entry.port, QString::fromLatin1(entry.tls),
             *entry.userHint ? QCoreApplication::translate("SmarthostPreset", entry.userHint) : QString(),
             entry.regional});
    }
    return presets;
}

int SmarthostPreset::indexOf(const QString& host, quint16 port)
{
    if (host.isEmpty())
        return -1;
    const QList<SmarthostPreset> presets = all();
    for (int i = 0; i < presets.size(); ++i) {
        const bool regional = presets[i].regional && host.startsWith(QLatin1String("email-smtp.")) &&
                              host.endsWith(QLatin1String(".amazonaws.com"));
        if ((presets[i].host == host && presets[i].port == port) || regional || presets[i].host.isEmpty())
            return i;
    }
    return -1;
}

QStringList SmarthostPreset::regions()
{
    // Amazon SES SMTP endpoints (email-smtp.REGION.amazonaws.com); region codes are not translated.
    return {
        QStringLiteral("us-east-1"),      QStringLiteral("us-east-2"),      QStringLiteral("us-west-1"),
        QStringLiteral("us-west-2"),      QStringLiteral("ca-central-1"),   QStringLiteral("eu-west-1"),
        QStringLiteral("eu-west-2"),      QStringLiteral("eu-west-3"),      QStringLiteral("eu-central-1"),
        QStringLiteral("eu-central-2"),   QStringLiteral("eu-south-1"),     QStringLiteral("eu-north-1"),
        QStringLiteral("ap-south-1"),     QStringLiteral("ap-northeast-1"), QStringLiteral("ap-northeast-2"),
        QStringLiteral("ap-northeast-3"), QStringLiteral("ap-southeast-1"), QStringLiteral("ap-southeast-2"),
        QStringLiteral("ap-southeast-3"), QStringLiteral("sa-east-1"),      QStringLiteral("me-south-1"),
        QStringLiteral("af-south-1"),     QStringLiteral("il-central-1"),   QStringLiteral("us-gov-west-1")};
}

} // namespace RelayDesk
