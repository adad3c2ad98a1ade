#pragma once

#include <QDialog>

namespace RelayDesk {

class LiveFeed;
class TestMessageForm;

/// "Send test message..." of the Mail Agents page: asks From and To, queues the message as the agent, then
/// shows its delivery live until the dialog is closed.
class TestMessageDialog final : public QDialog
{
    Q_OBJECT
public:
    TestMessageDialog(const QString& dataDir, LiveFeed* feed, const QString& agent,
                      QWidget* parent = nullptr);
    TestMessageForm* form() const { return m_form; }

private:
    TestMessageForm* m_form = nullptr;
};

} // namespace RelayDesk
