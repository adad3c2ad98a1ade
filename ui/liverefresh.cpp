#include "ui/liverefresh.h"

#include <QEvent>
#include <QWidget>

namespace RelayDesk {

LiveRefresh::LiveRefresh(QWidget* page, std::function<void()> reload, int intervalMs, WhenHidden hidden,
                         int hiddenIntervalMs)
    : QObject(page), m_page(page), m_reload(std::move(reload)), m_timer(this), m_hidden(hidden),
      m_intervalMs(intervalMs), m_hiddenIntervalMs(hiddenIntervalMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this]() {
        if (m_pending)
            run();
    });
    page->installEventFilter(this);
}

void LiveRefresh::request()
{
    if (m_hidden == WhenHidden::Defer && !m_page->isVisible()) {
        m_stale = true;
        return;
    }
    if (m_timer.isActive()) {
        m_pending = true;
        return;
    }
    run();
}

bool LiveRefresh::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_page && event->type() == QEvent::Show && m_stale) {
        m_stale = false;
        if (m_timer.isActive())
            m_pending = true;
        else
            run();
    }
    return QObject::eventFilter(watched, event);
}

void LiveRefresh::run()
{
    m_pending = false;
    m_stale = false;
    m_reload();
    m_timer.start(m_page->isVisible() ? m_intervalMs : m_hiddenIntervalMs);
}

} // namespace RelayDesk
