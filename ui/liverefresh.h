#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class QWidget;

namespace RelayDesk {

/// Turns the engine's change reports into reloads of one page: at once when none ran in the last interval,
/// else once when it ends, so that a busy relay costs at most one reload an interval and no change waits
/// longer than that. A hidden page only notes that it is stale and reloads when it is shown.
class LiveRefresh final : public QObject
{
    Q_OBJECT
public:
    enum class WhenHidden
    {
        Defer,  ///< reload when shown again
        Reload, ///< reload anyway, at most once every hiddenIntervalMs (the dashboard: its alerts colour the
                ///< tray)
    };

    LiveRefresh(QWidget* page, std::function<void()> reload, int intervalMs,
                WhenHidden hidden = WhenHidden::Defer, int hiddenIntervalMs = 2000);

    /// Something the page shows changed.
    void request();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void run();

    QWidget* m_page;
    std::function<void()> m_reload;
    QTimer m_timer;
    WhenHidden m_hidden;
    int m_intervalMs;
    int m_hiddenIntervalMs;
    bool m_pending = false;
    bool m_stale = false;
};

} // namespace RelayDesk
