#pragma once

#include <QDialog>

class QListWidget;
class QTextBrowser;

namespace RelayDesk {

/// Help, "User guide" (F1): the guide's topics on the left, the chosen one on the right, in the window's
/// language. It stays open beside the window while a person follows it (an outside tester found the Help
/// menu opened no manual).
class UserGuideDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuideDialog(const QLocale& locale, QWidget* parent = nullptr);

    QListWidget* topics() const { return m_topics; }
    QTextBrowser* text() const { return m_text; }
    /// The topic (its row) about a page of the window (MainWindow::Page): the guide's sections are the same
    /// in every language, in the same order (tst_userguide).
    static int topicOf(int page);

private:
    void showTopic(int row);

    QListWidget* m_topics = nullptr;
    QTextBrowser* m_text = nullptr;
};

} // namespace RelayDesk
