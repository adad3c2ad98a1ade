#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QTimer>

namespace RelayDesk::Test {

/// Watches for the message box named `name` and answers it with `key` (or with its action button when key
/// is 0); reports what the box said and that it was seen.
class BoxAnswer final : public QObject
{
public:
    BoxAnswer(QString name, int key) : m_name(std::move(name)), m_key(key)
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, &BoxAnswer::poll);
        m_timer.start();
    }
    bool seen() const { return m_seen; }
    QString text() const { return m_text; }
    bool defaultIsCancel() const { return m_defaultIsCancel; }

private:
    void poll()
    {
        // The box answered stays watched until it is gone: a key sent while it was still being shown was
        // lost once on a loaded machine (the PostgreSQL pass), and the test waited in its event loop for
        // good.
        if (m_seen) {
            if (!m_box || QApplication::activeModalWidget() != m_box) {
                m_timer.stop();
                return;
            }
            if (m_sinceAnswer.elapsed() < 250)
                return;
        } else {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box || box->objectName() != m_name)
                return;
            m_box = box;
            m_seen = true;
            m_text = box->text();
            m_defaultIsCancel = box->defaultButton() == box->button(QMessageBox::Cancel);
        }
        m_sinceAnswer.start();
        if (m_key != 0)
            QTest::keyClick(m_box, Qt::Key(m_key));
        else
            m_box->button(QMessageBox::Yes)->click();
    }

    QPointer<QMessageBox> m_box; ///< the box answered, while it is shown
    QElapsedTimer m_sinceAnswer;
    QString m_name;
    int m_key;
    QTimer m_timer;
    bool m_seen = false;
    bool m_defaultIsCancel = false;
    QString m_text;
};

} // namespace RelayDesk::Test
