#include "ui/restartbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace RelayDesk {

RestartBanner::RestartBanner(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("restartBanner"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("QFrame#restartBanner { background: #fff4d6; border: 1px solid #e0b44c; }"
                                 "QFrame#restartBanner QLabel { color: #4a3800; }"));
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_restart = new QPushButton(tr("Restart relay"), this);
    m_restart->setObjectName(QStringLiteral("restartRelay"));
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_restart, 0, Qt::AlignVCenter);
    connect(m_restart, &QPushButton::clicked, this, [this]() {
        setRestarting();
        Q_EMIT restartRequested();
    });
    hide();
}

QString RestartBanner::text() const
{
    return m_text->text();
}

void RestartBanner::add(const QStringList& labels)
{
    for (const QString& label : labels) {
        if (!m_pending.contains(label))
            m_pending << label;
    }
    if (m_pending.isEmpty())
        return;
    showPending();
    show();
}

void RestartBanner::setPending(const QStringList& labels)
{
    if (labels == m_pending && (isVisibleTo(parentWidget()) || labels.isEmpty()))
        return; // unchanged: a reason the restart failed stays in view
    m_pending = labels;
    if (m_pending.isEmpty()) {
        hide();
        return;
    }
    showPending();
    show();
}

void RestartBanner::showPending()
{
    m_restart->setEnabled(true);
    m_text->setText(tr("Restart needed to apply: %1.").arg(QLocale().createSeparatedList(m_pending)));
}

void RestartBanner::setRestarting()
{
    m_restart->setEnabled(false);
    m_text->setText(tr("Restarting the relay..."));
}

void RestartBanner::restartRefused(const QString& reason)
{
    showPending();
    m_text->setText(m_text->text() + QLatin1Char('\n') + tr("Not restarted: %1").arg(reason));
}

void RestartBanner::restartFinished(bool started, const QString& error)
{
    if (started) {
        m_pending.clear();
        hide();
        return;
    }
    // The stopped engine no longer reports what waited (setPending({})): the reason alone, with the button.
    const QString failed = tr("The relay did not start: %1").arg(error);
    if (m_pending.isEmpty()) {
        m_restart->setEnabled(true);
        m_text->setText(failed);
    } else {
        showPending();
        m_text->setText(m_text->text() + QLatin1Char('\n') + failed);
    }
    show();
}

} // namespace RelayDesk
