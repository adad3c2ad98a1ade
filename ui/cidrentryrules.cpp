#include "ui/cidrentryrules.h"

#include "ui/confirmation.h"

namespace RelayDesk {

EntryRules CidrEntryRules::rules(const QString& placeholder, bool trustedDevices)
{
    EntryRules rules;
    rules.check = [trustedDevices](const QString& text) {
        EntryCheck checked;
        const Expected<CidrRange> range = CidrRange::parse(text);
        if (!range) {
            checked.error = range.error();
            return checked;
        }
        checked.entry = range->toString();
        // A sentence of its own below the field: "Every IPv4 address", not "every IPv4 address".
        QString described = range->describe();
        if (!described.isEmpty())
            described[0] = described[0].toUpper();
        checked.hint = described;
        checked.toolTip = checked.hint;
        // Every address as a device is an open relay: refused, as the store refuses it (AgentRows).
        if (trustedDevices && range->prefixLength() == 0) {
            checked.entry.clear();
            checked.error =
                tr("%1 is %2: trusting it would let anyone send mail through this relay without a "
                   "password. List the addresses of the devices.")
                    .arg(range->toString(), range->describe());
            return checked;
        }
        checked.openDoor = trustedDevices && range->isWide();
        if (checked.openDoor) {
            checked.hint =
                tr("%1. Anyone in this range can send mail through you without a password.").arg(described);
            checked.toolTip = checked.hint;
        }
        // Every address on the allowlist: taken (a password still guards it), said in amber (an outside
        // tester's 0.0.0.0/0 passed unnoticed).
        checked.caution = !trustedDevices && range->prefixLength() == 0;
        if (checked.caution) {
            checked.hint =
                tr("%1. The credentials can log in from anywhere: only the password keeps others out.")
                    .arg(described);
            checked.toolTip = checked.hint;
        }
        return checked;
    };
    rules.confirm = [](QWidget* parent, const EntryCheck& checked) {
        const CidrRange range = CidrRange::parse(checked.entry).value();
        return Confirmation::ask(
            parent, QStringLiteral("confirmWideRange"), tr("Trust a wide range?"),
            tr("Trust %1 (%2) as a device?\n\nAnyone in this range can send mail through "
               "you without a password. List only the addresses of devices that cannot "
               "log in, such as a printer or a scanner.")
                .arg(range.toString(), range.describe()),
            tr("Trust this range"));
    };
    rules.placeholder = placeholder;
    rules.addText = tr("Add");
    rules.removeText = tr("Remove");
    rules.duplicate = [](const QString& entry) { return tr("%1 is already on the list.").arg(entry); };
    rules.listHeight = 110;
    rules.typicalEntry = QStringLiteral("192.168.100.0/24");
    rules.widestHintEntry =
        QStringLiteral("0.0.0.0/0"); // "All IPv4 addresses. Anyone ..." (three lines in French)
    return rules;
}

QStringList CidrEntryRules::entries(const QList<CidrRange>& ranges)
{
    QStringList entries;
    for (const CidrRange& range : ranges)
        entries << range.toString();
    return entries;
}

QList<CidrRange> CidrEntryRules::ranges(const QStringList& entries)
{
    QList<CidrRange> ranges;
    for (const QString& entry : entries) {
        if (const Expected<CidrRange> range = CidrRange::parse(entry))
            ranges << range.value();
    }
    return ranges;
}

} // namespace RelayDesk
