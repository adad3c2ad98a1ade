#pragma once

#include <QApplication>
#include <QMessageBox>
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
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || box->objectName() != m_name)
            return;
        m_timer.stop();
        m_seen = true;
        m_text = box->text();
        m_defaultIsCancel = box->defaultButton() == box->button(QMessageBox::Cancel);
        if (m_key != 0)
            QTest::keyClick(box, Qt::Key(m_key));
        else
            box->button(QMessageBox::Yes)->click();
    }

    QString m_name;
    int m_key;
    QTimer m_timer;
    bool m_seen = false;
    bool m_defaultIsCancel = false;
    QString m_text;
};

} // namespace RelayDesk::Test
