#pragma once

#include "core/admin/dnsanswer.h"
#include "core/admin/domaincheckplan.h"
#include "core/admin/domaincheckreport.h"

#include <QObject>

namespace RelayDesk {

class DnsQuestions;

/// One run of `domain check` (docs/operations.md, "DNS check"): asks DNS for SPF, DKIM (every published
/// selector), DMARC, MX and, for direct MX delivery, the PTR of the sending address and its names' addresses
/// (FCrDNS), then judges them (DomainCheckVerdicts). The lookups run in Qt's resolver threads: the thread
/// that owns it, the GUI's too, never waits.
class DomainCheck final : public QObject
{
    Q_OBJECT
public:
    explicit DomainCheck(DomainCheckPlan plan, QObject* parent = nullptr);

    /// Starts the lookups; finished() follows once, later.
    void start();
    bool isFinished() const { return m_finished; }
    const DomainCheckReport& report() const { return m_report; }

Q_SIGNALS:
    void finished(const RelayDesk::DomainCheckReport& report);

private:
    void firstAnswers(const QList<RelayDesk::DnsAnswer>& answers);
    void forwardAnswers(const QList<RelayDesk::DnsAnswer>& answers);
    void finish();
    bool checksPtr() const;

    DomainCheckPlan m_plan;
    DomainCheckReport m_report;
    DnsQuestions* m_questions = nullptr;
    QList<DnsAnswer> m_first;
    bool m_finished = false;
};

} // namespace RelayDesk
