#include "core/admin/domaincheck.h"

#include "core/admin/dnsquestions.h"
#include "core/admin/domaincheckverdicts.h"

namespace RelayDesk {

namespace {

/// The phase-one questions, in this order: SPF, each key's selector, DMARC, MX, [PTR], and a name that
/// should not exist (its NXDOMAIN shows that the name server answers: see DnsQuestions::settle).
enum : int
{
    SpfQuestion = 0
};

} // namespace

DomainCheck::DomainCheck(DomainCheckPlan plan, QObject* parent) : QObject(parent), m_plan(std::move(plan))
{
    m_report.domain = m_plan.domain;
    m_report.nameserver = m_plan.nameserver.isNull() ? QString() : m_plan.nameserver.toString();
    m_report.directMx = m_plan.smarthost.isEmpty();
    if (m_report.directMx) {
        m_report.sendingAddress =
            m_plan.sendingAddress.isNull() ? QString() : m_plan.sendingAddress.toString();
        m_report.addressNote = DomainCheckVerdicts::addressNote(m_plan);
    }
}

bool DomainCheck::checksPtr() const
{
    return m_report.directMx && DomainCheckVerdicts::addressCheckable(m_plan);
}

void DomainCheck::start()
{
    m_questions = new DnsQuestions(this);
    m_questions->setNameserver(m_plan.nameserver);
    m_questions->setTimeout(m_plan.timeoutMs);
    connect(m_questions, &DnsQuestions::finished, this, &DomainCheck::firstAnswers);
    const QString txt = QStringLiteral("TXT");
    QList<DnsQuestions::Question> questions{{m_plan.domain, txt}};
    for (const DkimKeyRecord& key : std::as_const(m_plan.keys))
        questions.append({key.dnsName(), txt});
    questions.append({QStringLiteral("_dmarc.") + m_plan.domain, txt});
    questions.append({m_plan.domain, QStringLiteral("MX")});
    if (checksPtr())
        questions.append({DnsQuestions::reverseName(m_plan.sendingAddress), QStringLiteral("PTR")});
    questions.append({QStringLiteral("_relaydesk-check.") + m_plan.domain, QStringLiteral("A")});
    m_questions->ask(questions);
}

void DomainCheck::firstAnswers(const QList<DnsAnswer>& answers)
{
    m_first = answers;
    m_questions->disconnect(this);
    m_questions->deleteLater();
    m_questions = nullptr;
    const int ptrAt = int(m_plan.keys.size()) + 3;
    if (!checksPtr() || m_first.value(ptrAt).outcome != DnsAnswer::Outcome::Records) {
        forwardAnswers({});
        return;
    }
    // FCrDNS: the names the PTR gives, asked forward (the server answered the first set).
    QList<DnsQuestions::Question> questions;
    for (const QString& name : m_first.value(ptrAt).values) {
        questions.append({name, QStringLiteral("A")});
        questions.append({name, QStringLiteral("AAAA")});
    }
    m_questions = new DnsQuestions(this);
    m_questions->setNameserver(m_plan.nameserver);
    m_questions->setTimeout(m_plan.timeoutMs);
    m_questions->setAssumeAnswering(true);
    connect(m_questions, &DnsQuestions::finished, this, &DomainCheck::forwardAnswers);
    m_questions->ask(questions);
}

void DomainCheck::forwardAnswers(const QList<DnsAnswer>& answers)
{
    if (m_questions) {
        m_questions->disconnect(this);
        m_questions->deleteLater();
        m_questions = nullptr;
    }
    int at = SpfQuestion;
    QList<DomainCheckItem>& items = m_report.items;
    items << DomainCheckVerdicts::spf(m_plan, m_first.value(at++));
    if (m_plan.keys.isEmpty())
        items << DomainCheckVerdicts::noDkimKeys(m_plan);
    for (const DkimKeyRecord& key : std::as_const(m_plan.keys))
        items << DomainCheckVerdicts::dkim(m_plan, key, m_first.value(at++));
    items << DomainCheckVerdicts::dmarc(m_plan, m_first.value(at++));
    items << DomainCheckVerdicts::mx(m_plan, m_first.value(at++));
    if (checksPtr())
        items << DomainCheckVerdicts::ptr(m_plan, m_first.value(at++), answers);
    else if (m_report.directMx)
        items << DomainCheckVerdicts::ptrWithoutAddress(m_plan);
    finish();
}

void DomainCheck::finish()
{
    m_finished = true;
    Q_EMIT finished(m_report);
}

} // namespace RelayDesk
