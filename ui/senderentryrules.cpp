#include "ui/senderentryrules.h"

#include "core/admin/agentadmin.h"
#include "core/util/readableaddress.h"

namespace RelayDesk {

EntryRules SenderEntryRules::rules()
{
    EntryRules rules;
    rules.check = [](const QString& text) {
        EntryCheck checked;
        const Expected<QString> entry = AgentAdmin::normalizeSender(text);
        if (!entry) {
            checked.error = entry.error();
            return checked;
        }
        checked.entry = entry.value();
        const bool address = entry->contains(QLatin1Char('@'));
        // Stored in A-labels, read as its owner writes it (an outside tester's büro.example was listed as
        // xn--bro-hoa.example).
        checked.shown = ReadableAddress::sender(entry.value());
        checked.hint = address ? tr("May send as %1 only.").arg(checked.shown)
                               : tr("May send as any address at %1 (not its subdomains).").arg(checked.shown);
        checked.toolTip = address ? tr("This address only") : tr("Any address at this domain");
        // A public provider's domain (gmail.com): its mail from here is rejected or junked (an outside
        // tester).
        if (const QString warning = AgentAdmin::senderWarning(entry.value()); !warning.isEmpty()) {
            checked.caution = true;
            checked.hint = warning;
            checked.toolTip = warning;
        }
        return checked;
    };
    rules.placeholder = tr("e.g. example.com");
    rules.addText = tr("Add");
    rules.removeText = tr("Remove");
    rules.duplicate = [](const QString& entry) { return tr("%1 is already on the list.").arg(entry); };
    rules.namePrefix = QStringLiteral("sender");
    rules.listHeight = 90;
    rules.typicalEntry = QStringLiteral("buchhaltung.example.com");
    return rules;
}

} // namespace RelayDesk
