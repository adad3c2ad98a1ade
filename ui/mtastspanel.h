#pragma once

#include "core/routing/mtastspolicy.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace RelayDesk {

class QueryRunner;

/// The MTA-STS policies RelayDesk cached for recipient domains (docs/operations.md, "MTA-STS"), read-only:
/// domain, mode, MX patterns, when fetched and until when valid. Loaded on a worker thread when shown.
class MtaStsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit MtaStsPanel(QString dataDir, QWidget* parent = nullptr);

    void reload();
    QTreeWidget* list() const { return m_list; }
    QLabel* status() const { return m_status; }

Q_SIGNALS:
    void policiesLoaded(int count);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fill(const QList<MtaStsPolicy>& policies);

    QString m_dataDir;
    QTreeWidget* m_list = nullptr;
    QLabel* m_status = nullptr;
    QueryRunner* m_runner = nullptr;
    quint64 m_generation = 0;
};

} // namespace RelayDesk
