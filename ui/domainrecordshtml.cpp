#include "ui/domainrecordshtml.h"

#include "core/util/readableaddress.h"
#include "ui/roadsign.h"

namespace RelayDesk {

namespace {

QString badge(const QColor& colour, const QString& text)
{
    return QStringLiteral("<span style=\"background:%1;color:white;\">&nbsp;%2&nbsp;</span>")
        .arg(colour.name(), text.toHtmlEscaped());
}

QString pre(const QString& text)
{
    return QStringLiteral("<pre style=\"white-space:pre-wrap;\">%1</pre>").arg(text.toHtmlEscaped());
}

QColor verdictColour(DomainCheckItem::Verdict verdict)
{
    switch (verdict) {
    case DomainCheckItem::Verdict::Right:
        return RoadSignStyle::foreground(RoadSign::Green);
    case DomainCheckItem::Verdict::Missing:
        return RoadSignStyle::foreground(RoadSign::Yellow);
    case DomainCheckItem::Verdict::Wrong:
        return RoadSignStyle::foreground(RoadSign::Red);
    case DomainCheckItem::Verdict::Undetermined: // a person has to look, as for a missing record
        return RoadSignStyle::foreground(RoadSign::Yellow);
    case DomainCheckItem::Verdict::Unchecked:
        break;
    }
    return QColor(0x86, 0x8e, 0x96);
}

} // namespace

QString DomainRecordsHtml::verdictLabel(DomainCheckItem::Verdict verdict)
{
    switch (verdict) {
    case DomainCheckItem::Verdict::Right:
        return tr("Right");
    case DomainCheckItem::Verdict::Missing:
        return tr("Missing");
    case DomainCheckItem::Verdict::Wrong:
        return tr("Wrong");
    case DomainCheckItem::Verdict::Undetermined:
        return tr("Undetermined");
    case DomainCheckItem::Verdict::Unchecked:
        break;
    }
    return tr("Not checked");
}

QString DomainRecordsHtml::zoneText(const QString& domain, const QList<SenderDnsRecord>& records)
{
    // Pasted, the text is all there is: what the panel says beside each record goes with it as a comment
    // (an outside tester's paste published "include:SPF.DOMAIN.OF.YOUR.PROVIDER", an SPF error for every
    // message, and named the records relative to the zone).
    const QString shown = ReadableAddress::domain(domain);
    QStringList lines{
        QStringLiteral("; ") +
            tr("DNS records for %1, as a zone file takes them (names end with a dot).").arg(shown),
        QStringLiteral("; ") + tr("In a DNS provider's form, give the name without .%1 (or @ for %1 itself), "
                                  "the type TXT, and the text between the quotes.")
                                   .arg(shown)};
    for (const SenderDnsRecord& record : records) {
        lines << QString();
        if (!record.note.isEmpty())
            lines << QStringLiteral("; ") + record.note;
        if (record.hasPlaceholder())
            lines << QStringLiteral("; ") +
                         tr("Replace the placeholder first; until then this line is a comment:")
                  << QStringLiteral("; ") + record.absoluteZoneLine();
        else
            lines << record.absoluteZoneLine();
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString DomainRecordsHtml::records(const QString& domain, const QList<SenderDnsRecord>& records)
{
    QString html = QStringLiteral("<p>%1</p>")
                       .arg(tr("Publish these records in the DNS of %1 (your DNS provider's form, or a zone "
                               "file):")
                                .arg(ReadableAddress::domain(domain))
                                .toHtmlEscaped());
    for (const SenderDnsRecord& record : records) {
        QString what = record.kind.toUpper();
        if (record.kind == QLatin1String("dkim"))
            what = record.state == QLatin1String("grace")
                       ? tr("DKIM key %1 (%2, grace period)").arg(record.selector, record.algorithm)
                       : tr("DKIM key %1 (%2)").arg(record.selector, record.algorithm);
        html += QStringLiteral("<p><b>%1</b></p>").arg(what.toHtmlEscaped());
        html += pre(record.zoneLine());
        if (!record.note.isEmpty())
            html += QStringLiteral("<p><i>%1</i></p>").arg(record.note.toHtmlEscaped());
    }
    return html;
}

QString DomainRecordsHtml::report(const DomainCheckReport& report)
{
    QString html = QStringLiteral("<p>%1</p>")
                       .arg((report.nameserver.isEmpty()
                                 ? tr("DNS check of %1 through the system resolver:")
                                       .arg(ReadableAddress::domain(report.domain))
                                 : tr("DNS check of %1 through the name server %2:")
                                       .arg(ReadableAddress::domain(report.domain), report.nameserver))
                                .toHtmlEscaped());
    for (const DomainCheckItem& item : report.items) {
        QString what = item.kind.toUpper();
        if (!item.selector.isEmpty())
            what = tr("DKIM key %1").arg(item.selector);
        html += QStringLiteral("<p>%1 <b>%2</b> <tt>%3</tt></p>")
                    .arg(badge(verdictColour(item.verdict), verdictLabel(item.verdict)), what.toHtmlEscaped(),
                         item.name.toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>").arg(item.summary.toHtmlEscaped());
        for (const QString& found : item.found)
            html += QStringLiteral("<p>%1 <tt>%2</tt></p>")
                        .arg(tr("Found:").toHtmlEscaped(), found.toHtmlEscaped());
        if (!item.publish.isEmpty())
            html +=
                QStringLiteral("<p>%1</p>").arg(tr("Publish instead:").toHtmlEscaped()) + pre(item.publish);
    }
    if (report.directMx && !report.addressNote.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(report.addressNote.toHtmlEscaped());
    return html;
}

} // namespace RelayDesk
