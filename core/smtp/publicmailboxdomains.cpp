#include "core/smtp/publicmailboxdomains.h"

#include <QCoreApplication>
#include <QSet>
#include <QUrl>

namespace RelayDesk {

namespace {

// The providers a small office's staff in Germany, France and elsewhere have their private mailboxes at; each
// publishes DMARC with p=reject or p=quarantine, or signs all its mail itself.
const QSet<QString>& providers()
{
    static const QSet<QString> domains = {
        QStringLiteral("gmail.com"),   QStringLiteral("googlemail.com"), QStringLiteral("outlook.com"),
        QStringLiteral("outlook.fr"),  QStringLiteral("outlook.de"),     QStringLiteral("hotmail.com"),
        QStringLiteral("hotmail.fr"),  QStringLiteral("hotmail.de"),     QStringLiteral("live.com"),
        QStringLiteral("live.fr"),     QStringLiteral("live.de"),        QStringLiteral("msn.com"),
        QStringLiteral("yahoo.com"),   QStringLiteral("yahoo.fr"),       QStringLiteral("yahoo.de"),
        QStringLiteral("ymail.com"),   QStringLiteral("aol.com"),        QStringLiteral("icloud.com"),
        QStringLiteral("me.com"),      QStringLiteral("mac.com"),        QStringLiteral("gmx.de"),
        QStringLiteral("gmx.net"),     QStringLiteral("gmx.com"),        QStringLiteral("gmx.fr"),
        QStringLiteral("gmx.at"),      QStringLiteral("gmx.ch"),         QStringLiteral("web.de"),
        QStringLiteral("t-online.de"), QStringLiteral("freenet.de"),     QStringLiteral("posteo.de"),
        QStringLiteral("mailbox.org"), QStringLiteral("orange.fr"),      QStringLiteral("wanadoo.fr"),
        QStringLiteral("free.fr"),     QStringLiteral("sfr.fr"),         QStringLiteral("neuf.fr"),
        QStringLiteral("laposte.net"), QStringLiteral("bbox.fr"),        QStringLiteral("protonmail.com"),
        QStringLiteral("proton.me"),   QStringLiteral("pm.me"),          QStringLiteral("mail.com"),
        QStringLiteral("zoho.com"),    QStringLiteral("yandex.com"),     QStringLiteral("yandex.ru"),
        QStringLiteral("mail.ru"),     QStringLiteral("bluewin.ch"),     QStringLiteral("skynet.be"),
    };
    return domains;
}

QString domainOf(const QString& entry)
{
    const QString trimmed = entry.trimmed();
    const QString domain = trimmed.mid(trimmed.lastIndexOf(QLatin1Char('@')) + 1);
    // Stored in A-labels; a provider's name is ASCII anyway, so only the case and a final dot are evened out.
    QString lower = QUrl::fromAce(domain.toLatin1()).toLower();
    if (lower.endsWith(QLatin1Char('.')))
        lower.chop(1);
    return lower;
}

} // namespace

bool PublicMailboxDomains::contains(const QString& entry)
{
    return providers().contains(domainOf(entry));
}

QString PublicMailboxDomains::warning(const QString& entry)
{
    if (!contains(entry))
        return {};
    return QCoreApplication::translate(
               "RelayDesk::PublicMailboxDomains",
               "%1 belongs to a public mail provider: this office cannot sign mail as it (DKIM) or publish "
               "SPF "
               "for it, and receivers that follow its DMARC policy reject or junk mail sent as it from here. "
               "Send as a domain the office owns.")
        .arg(domainOf(entry));
}

} // namespace RelayDesk
