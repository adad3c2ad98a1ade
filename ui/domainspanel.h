#pragma once

#include "core/admin/domaincheckreport.h"
#include "core/admin/senderdnsrecords.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace RelayDesk {

class DomainCheck;
class QueryRunner;

/// One Mail Agent's sender domains with their DKIM selectors (docs/gui.md, "Sender domains"): the DNS records
/// each publishes (copyable), Create or Rotate DKIM keys (rotation asks first, Cancel the default), and Check
/// DNS, which asks DNS without blocking the window and shows a road sign per record with what to publish.
class DomainsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit DomainsPanel(QString dataDir, QWidget* parent = nullptr);

    void setAgent(const QString& agentName);
    void reload();
    /// The domain selected in the list, if any.
    QString currentDomain() const;
    void selectDomain(const QString& domain);
    const QList<SenderDnsRecord>& records() const { return m_records; }
    const DomainCheckReport& lastReport() const { return m_report; }
    void checkDns();
    void rotateDkim();
    /// Shows a check's result with a road sign per record (for the selected domain only).
    void showReport(const DomainCheckReport& report);

Q_SIGNALS:
    /// The agent's domains and their selectors were read.
    void domainsLoaded();
    /// The records of the selected domain were read (or it has no DKIM keys).
    void recordsLoaded();
    /// A DNS check finished; lastReport() holds it.
    void checkFinished();
    /// DKIM keys were created or rotated.
    void keysChanged();

private:
    struct Domains;
    void showDomains(const Domains& domains);
    void domainChanged();
    void checkDone(const DomainCheckReport& report);
    void createKeys();
    void changeKeys(bool rotation);
    void copyRecords();
    void updateButtons();

    QString m_dataDir;
    QString m_agent;
    QString m_recordsDomain; ///< the domain m_records are for
    QTreeWidget* m_domains = nullptr;
    QTextBrowser* m_text = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_rotate = nullptr;
    QPushButton* m_check = nullptr;
    QPushButton* m_copy = nullptr;
    QueryRunner* m_runner = nullptr;
    DomainCheck* m_running = nullptr;
    QList<SenderDnsRecord> m_records;
    QStringList m_anySenderAgents; ///< enabled agents that may send as any address: every key signs theirs
    DomainCheckReport m_report;
    bool m_busy = false;
    quint64 m_generation = 0; ///< drops results that a newer request overtook
};

} // namespace RelayDesk
