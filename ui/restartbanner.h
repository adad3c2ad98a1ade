#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QPushButton;

namespace RelayDesk {

/// "Restart needed to apply: ..." with a Restart relay button: shown while saved changes wait for the
/// engine to start again, hidden once it has.
class RestartBanner final : public QFrame
{
    Q_OBJECT
public:
    explicit RestartBanner(QWidget* parent = nullptr);

    /// Adds what waits for a restart (labels, each once) and shows the banner.
    void add(const QStringList& labels);
    /// Replaces what waits with labels, as the running engine reports it; empty hides the banner.
    void setPending(const QStringList& labels);
    QStringList pending() const { return m_pending; }
    QString text() const;
    /// The restart is under way: the button waits.
    void setRestarting();
    /// The engine started again (the banner goes), or did not (it stays, with the reason).
    void restartFinished(bool started, const QString& error);
    /// The relay runs in another process: the banner stays, with the reason this window cannot restart it.
    void restartRefused(const QString& reason);

Q_SIGNALS:
    void restartRequested();

private:
    void showPending();

    QStringList m_pending;
    QLabel* m_text = nullptr;
    QPushButton* m_restart = nullptr;
};

} // namespace RelayDesk
