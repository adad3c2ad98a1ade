#include "ui/smarthostpreset.h"

#include <QCoreApplication>

namespace RelayDesk {

QList<SmarthostPreset> SmarthostPreset::all()
{
    struct Entry
    {
        const char* name;
        const char* host;
        const char* userHint;
    };
    static const Entry entries[] = {
        {QT_TRANSLATE_NOOP("SmarthostPreset", "ZeptoMail"), "smtp.zeptomail.com",
         QT_TRANSLATE_NOOP("SmarthostPreset", "emailapikey")},
        {QT_TRANSLATE_NOOP("SmarthostPreset", "Microsoft 365"), "smtp.office365.com",
         QT_TRANSLATE_NOOP("SmarthostPreset", "the mailbox's address")},
        {QT_TRANSLATE_NOOP("SmarthostPreset", "Gmail / Google Workspace"), "smtp.gmail.com",
         QT_TRANSLATE_NOOP("SmarthostPreset", "the address (with an app password)")},
        {QT_TRANSLATE_NOOP("SmarthostPreset", "Amazon SES (change the region)"),
         "email-smtp.us-east-1.amazonaws.com",
         QT_TRANSLATE_NOOP("SmarthostPreset", "the SMTP user name from the SES console")},
        {QT_TRANSLATE_NOOP("SmarthostPreset", "SendGrid"), "smtp.sendgrid.net",
         QT_TRANSLATE_NOOP("SmarthostPreset", "apikey")},
        {QT_TRANSLATE_NOOP("SmarthostPreset", "Mailgun"), "smtp.mailgun.org",
         QT_TRANSLATE_NOOP("SmarthostPreset", "the domain's SMTP login")},
        {QT_TRANSLATE_NOOP("SmarthostPreset", "Custom"), "", ""},
    };
    QList<SmarthostPreset> presets;
    for (const Entry& entry : entries) {
        presets.append(
            {QCoreApplication::translate("SmarthostPreset", entry.name), QString::fromLatin1(entry.host), 587,
             *entry.userHint ? QCoreApplication::translate("SmarthostPreset", entry.userHint) : QString()});
    }
    return presets;
}

} // namespace RelayDesk
