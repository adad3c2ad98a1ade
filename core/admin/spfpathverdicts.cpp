#include "core/admin/spfpathverdicts.h"
#include "core/admin/domaincheckverdicts.h"
#include "core/admin/senderdnsrecords.h"
#include "core/admin/spfaddressevaluation.h"
#include "core/admin/spfrecordterms.h"

#include <QCoreApplication>

namespace RelayDesk {

namespace {

using Verdict = DomainCheckItem::Verdict;

// The sentences keep the context of DomainCheckVerdicts, whose part of the check they are, and so their
// translations.
QString spfPathText(const char* text)
{
    return QCoreApplication::translate("RelayDesk::DomainCheckVerdicts", text);
}

} // namespace

DomainCheckItem SpfPathVerdicts::forSmarthost(DomainCheckItem item, const DomainCheckPlan& plan,
                                              const QString& record)
{
    const QString include = SenderDnsRecords::providerInclude(plan.smarthost);
    if (include.isEmpty()) {
        return DomainCheckVerdicts::judged(
            std::move(item), Verdict::Right,
            spfPathText(QT_TRANSLATE_NOOP(
                            "RelayDesk::DomainCheckVerdicts",
                            "Found one SPF record. Mail goes through the smarthost %1, whose SPF include "
                            "RelayDesk does not know: make sure the record has the include: your provider "
                            "documents."))
                .arg(plan.smarthost));
    }
    const QStringList terms = record.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& term : terms) {
        const QString bare = SpfRecordTerms::mechanism(term);
        // RFC 7208 5.1: "all" always matches, so no term after it is ever tried.
        if (bare == QLatin1String("all")) {
            QStringList others = terms;
            others.removeIf([&include](const QString& t) { return SpfRecordTerms::mechanism(t) == include; });
            if (others.size() == terms.size())
                break;
            return DomainCheckVerdicts::judged(
                std::move(item), Verdict::Wrong,
                spfPathText(
                    QT_TRANSLATE_NOOP("RelayDesk::DomainCheckVerdicts",
                                      "The SPF record's '%1' comes before its %2: receivers stop at '%1', so "
                                      "mail relayed through the smarthost %3 does not pass SPF (RFC 7208 "
                                      "4.6.2, 5.1)."))
                    .arg(term, include, plan.smarthost),
                SpfRecordTerms::zoneLine(plan.domain,
                                         SpfRecordTerms::withTerm(others.join(QLatin1Char(' ')), include)));
        }
        if (bare != include)
            continue;
        // RFC 7208 4.6.2: a match of "-include:", "~include:" or "?include:" gives that result, not a pass.
        if (term.at(0) != u'+' && term.at(0) != u'i' && term.at(0) != u'I') {
            return DomainCheckVerdicts::judged(
                std::move(item), Verdict::Wrong,
                spfPathText(
                    QT_TRANSLATE_NOOP("RelayDesk::DomainCheckVerdicts",
                                      "The SPF record has '%1': the servers of the smarthost %2 match it "
                                      "with its qualifier's result, not a pass (RFC 7208 4.6.2). Publish it "
                                      "without the qualifier, as below."))
                    .arg(term, plan.smarthost),
                SpfRecordTerms::zoneLine(plan.domain,
                                         SpfRecordTerms::withTermBefore(record, include, term, true)));
        }
        return DomainCheckVerdicts::judged(
            std::move(item), Verdict::Right,
            spfPathText(QT_TRANSLATE_NOOP("RelayDesk::DomainCheckVerdicts",
                                          "Found and right: it includes %1 for the smarthost %2."))
                .arg(include.mid(8), plan.smarthost));
    }
    return DomainCheckVerdicts::judged(
        std::move(item), Verdict::Wrong,
        spfPathText(
            QT_TRANSLATE_NOOP("RelayDesk::DomainCheckVerdicts",
                              "The SPF record does not include %1, so mail relayed through the smarthost %2 "
                              "fails SPF."))
            .arg(include.mid(8), plan.smarthost),
        SpfRecordTerms::zoneLine(plan.domain, SpfRecordTerms::withTerm(record, include)));
}

DomainCheckItem SpfPathVerdicts::forAddress(DomainCheckItem item, const DomainCheckPlan& plan,
                                            const QString& record)
{
    const QHostAddress& address = plan.sendingAddress;
    const QString passing = (address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("ip6:")
                                                                                 : QStringLiteral("ip4:")) +
                            address.toString();
    // RFC 7208 4.6.2: the mechanisms are tried left to right, and the first that matches decides with its
    // qualifier; only a pass lets the mail through as the domain's.
    const SpfAddressEvaluation::Outcome outcome = SpfAddressEvaluation::evaluate(record, address);
    const QString decided = outcome.term;
    const QString before =
        SpfRecordTerms::zoneLine(plan.domain, SpfRecordTerms::withTermBefore(record, passing, decided));
    switch (outcome.result) {
    case SpfAddressEvaluation::Result::Pass:
        return DomainCheckVerdicts::judged(
            std::move(item), Verdict::Right,
            spfPathText(QT_TRANSLATE_NOOP("RelayDesk::DomainCheckVerdicts",
                                          "Found and right: its '%2' passes the sending address %1."))
                .arg(address.toString(), decided));
    case SpfAddressEvaluation::Result::Fail:
        return DomainCheckVerdicts::judged(
            std::move(item), Verdict::Wrong,
            spfPathText(
                QT_TRANSLATE_NOOP("RelayDesk::DomainCheckVerdicts",
                                  "The SPF record fails the sending address %1: its '%2' is the first term "
                                  "that matches, and the first match decides (RFC 7208 4.6.2). Mail sent "
                                  "to MX hosts directly fails SPF."))
                .arg(address.toString(), decided),
            before);
    case SpfAddressEvaluation::Result::SoftFail:
        return DomainCheckVerdicts::judged(
            std::move(item), Verdict::Wrong,
            spfPathText(
                QT_TRANSLATE_NOOP("RelayDesk::DomainCheckVerdicts",
                                  "The SPF record gives the sending address %1 a softfail: its '%2' is the "
                                  "first term that matches (RFC 7208 4.6.2, 8.5), and receivers treat the "
                                  "mail as suspect. Only a pass is right."))
                .arg(address.toString(), decided),
            before);
    case SpfAddressEvaluation::Result::Neutral:
        return DomainCheckVerdicts::judged(
            std::move(item), Verdict::Wrong,
            spfPathText(
                QT_TRANSLATE_NOOP("RelayDesk::DomainCheckVerdicts",
                                  "The SPF record gives the sending address %1 a neutral result: its '%2' "
                                  "is the first term that matches (RFC 7208 4.6.2, 8.2), which says "
                                  "nothing for the mail. Only a pass is right."))
                .arg(address.toString(), decided),
            before);
    case SpfAddressEvaluation::Result::Undetermined:
        return DomainCheckVerdicts::judged(
            std::move(item), Verdict::Undetermined,
            spfPathText(
                QT_TRANSLATE_NOOP(
                    "RelayDesk::DomainCheckVerdicts",
                    "Whether the SPF record passes the sending address %1 could not be determined: its "
                    "'%2' comes before any ip4: or ip6: term that matches %1, and RelayDesk does not "
                    "follow a, mx, include:, exists:, ptr or redirect=. Make sure it passes %1, or list "
                    "%1 before it, as below."))
                .arg(address.toString(), decided),
            before);
    case SpfAddressEvaluation::Result::Malformed:
        return DomainCheckVerdicts::judged(
            std::move(item), Verdict::Wrong,
            spfPathText(
                QT_TRANSLATE_NOOP("RelayDesk::DomainCheckVerdicts",
                                  "The SPF record's '%1' is not valid SPF: receivers give the whole record a "
                                  "permanent error (RFC 7208 4.6), and nothing passes. Correct it."))
                .arg(decided),
            SpfRecordTerms::zoneLine(plan.domain,
                                     SpfRecordTerms::withTermBefore(record, passing, decided, true)));
    case SpfAddressEvaluation::Result::NoMatch:
        break;
    }
    return DomainCheckVerdicts::judged(
        std::move(item), Verdict::Wrong,
        spfPathText(QT_TRANSLATE_NOOP(
                        "RelayDesk::DomainCheckVerdicts",
                        "The SPF record does not cover the sending address %1: no term matches it, a neutral "
                        "result (RFC 7208 4.7), so mail sent to MX hosts directly does not pass SPF."))
            .arg(address.toString()),
        SpfRecordTerms::zoneLine(plan.domain, SpfRecordTerms::withTerm(record, passing)));
}

} // namespace RelayDesk
