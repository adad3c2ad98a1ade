#include "core/admin/domaincheckreport.h"

#include <algorithm>

namespace RelayDesk {

QString DomainCheckItem::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Right:
        return QStringLiteral("right");
    case Verdict::Missing:
        return QStringLiteral("missing");
    case Verdict::Wrong:
        return QStringLiteral("wrong");
    case Verdict::Undetermined:
        return QStringLiteral("undetermined");
    case Verdict::Unchecked:
        break;
    }
    return QStringLiteral("unchecked");
}

bool DomainCheckReport::dnsFailed() const
{
    return std::any_of(items.cbegin(), items.cend(), [](const DomainCheckItem& item) {
        return item.verdict == DomainCheckItem::Verdict::Unchecked;
    });
}

bool DomainCheckReport::allRight() const
{
    return std::all_of(items.cbegin(), items.cend(), [](const DomainCheckItem& item) {
        return item.verdict == DomainCheckItem::Verdict::Right;
    });
}

bool DomainCheckReport::nothingWrong() const
{
    return std::all_of(items.cbegin(), items.cend(), [](const DomainCheckItem& item) {
        return item.verdict == DomainCheckItem::Verdict::Right ||
               item.verdict == DomainCheckItem::Verdict::Undetermined;
    });
}

} // namespace RelayDesk
