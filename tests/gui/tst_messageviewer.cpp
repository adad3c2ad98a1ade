// The message viewer from the Queue and the Delivery Logs pages (docs/gui.md, "Message viewer"): each tab on
// example data, the words shown when the body is gone, and the resend to the same recipients.
#include "boxanswer.h"
#include "core/admin/queueadmin.h"
#include "core/admin/settingsadmin.h"
#include "core/admin/suppressionadmin.h"
#include "core/query/messagedetailquery.h"
#include "core/store/database.h"
#include "core/util/clock.h"
#include "tests/gui/exampledata.h"
#include "tests/support/tempdatadir.h"
#include "ui/deliverylogmodel.h"
#include "ui/deliverylogpage.h"
#include "ui/mainwindow.h"
#include "ui/messageviewer.h"
#include "ui/messagevieweropener.h"
#include "ui/queuemodel.h"
#include "ui/queuepage.h"
#include "ui/translations.h"
#include "windowtour.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFontInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTranslator>

#include <functional>
#include <tuple>

using namespace RelayDesk;
using RelayDesk::Test::BoxAnswer;

namespace {

template <typename Model>
int rowWhere(Model* model, const std::function<bool(const typename Model::Row&)>& match)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (match(model->rowAt(row)))
            return row;
    }
    return -1;
}

void makeCurrent(QAbstractItemView* view, int row)
{
    view->setCurrentIndex(view->model()->index(row, 0));
    view->selectionModel()->select(view->currentIndex(),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

/// The viewer the opener opens next, once it shows its message.
MessageViewer* awaitViewer(QSignalSpy& opened)
{
    if (!QTest::qWaitFor([&]() { return opened.count() > 0; }, 5000))
        return nullptr;
    auto* viewer = opened.last().at(0).value<MessageViewer*>();
    auto* envelope = viewer->findChild<QTextBrowser*>(QStringLiteral("envelope"));
    if (!QTest::qWaitFor([&]() { return !envelope->toPlainText().isEmpty(); }, 5000))
        return nullptr;
    return viewer;
}

/// Visible labels and buttons under root that do not get the width they ask for (wrapping labels: height).
QStringList clipped(QWidget* root)
{
    QStringList found;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        const auto* label = qobject_cast<QLabel*>(widget);
        if (!widget->isVisible() || !(label || qobject_cast<QAbstractButton*>(widget)))
            continue;
        const bool fits = label && label->wordWrap()
                              ? label->heightForWidth(label->width()) <= label->height() + 1
                              : widget->sizeHint().width() <= widget->width();
        const QRect where(widget->mapTo(root, QPoint(0, 0)), widget->size());
        if (!fits || !root->rect().contains(where))
            found << QStringLiteral("%1 '%2'").arg(QString::fromLatin1(widget->metaObject()->className()),
                                                   label ? label->text() : widget->objectName());
    }
    return found;
}

QString headerValue(QTableWidget* table, const QString& name)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == name)
            return table->item(row, 1)->text();
    }
    return {};
}

} // namespace

class TestMessageViewer : public QObject
{
    Q_OBJECT

    Test::TempDataDir* m_dir = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("RelayDeskTest"));
        QApplication::setApplicationName(QStringLiteral("tst_messageviewer"));
    }

    void init()
    {
        m_dir = new Test::TempDataDir;
        Test::ExampleData::populate(m_dir->path());
    }

    void cleanup()
    {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (qobject_cast<MessageViewer*>(widget))
                delete widget;
        }
        delete m_dir;
    }

    /// Double-click on a deferred message of the Queue page: every tab shows it.
    void fromTheQueuePage()
    {
        QueuePage page(m_dir->path());
        page.resize(1024, 700);
        page.show();
        QTRY_VERIFY(page.model()->rowCount() > 0);
        const int row =
            rowWhere(page.model(), [](const QueueRow& r) { return r.state == QLatin1String("deferred"); });
        QVERIFY(row >= 0);
        const QueueRow message = page.model()->rowAt(row);
        QSignalSpy opened(page.viewerOpener(), &MessageViewerOpener::opened);
        const QRect cell = page.view()->visualRect(page.model()->index(row, QueueQuery::Recipients));
        // A real double-click: press and release, then the double-click event and its release (the widget
        // overload of QTest::mouseDClick sends the double-click event alone).
        QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(page.view()->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseRelease(page.view()->viewport(), Qt::LeftButton, {}, cell.center());
        MessageViewer* viewer = awaitViewer(opened);
        QVERIFY(viewer);
        QCOMPARE(viewer->queueId(), message.queueId);
        QVERIFY(viewer->isVisible());

        // Envelope: queue id, agent, listener, client address, sender, the recipient with state and road
        // sign.
        const QString envelope = viewer->findChild<QTextBrowser*>(QStringLiteral("envelope"))->toPlainText();
        for (const QString& expected :
             {message.queueId, message.agent, QStringLiteral("Submission port"), QStringLiteral("192.0.2.10"),
              QStringLiteral("billing@example.com"), message.recipients, QStringLiteral("deferred"),
              QStringLiteral("Temporary problem, will retry")})
            QVERIFY2(envelope.contains(expected), qPrintable(expected + QStringLiteral(" in ") + envelope));

        // Headers: one row per field, folded fields unfolded (RFC 5322 2.2.3).
        viewer->tabs()->setCurrentIndex(MessageViewer::HeadersTab);
        auto* headers = viewer->findChild<QTableWidget*>(QStringLiteral("headers"));
        QVERIFY(headers->isVisible());
        QCOMPARE(headerValue(headers, QStringLiteral("Subject")), message.subject);
        QCOMPARE(headerValue(headers, QStringLiteral("To")), message.recipients);
        const QString received = headerValue(headers, QStringLiteral("Received"));
        // The folding's tab shows as one space (an outside tester saw wide gaps), and the long value wraps
        // onto more lines instead of being cut.
        QVERIFY2(received.startsWith(QLatin1String("from app.example.com (192.0.2.10) by relay.example.com")),
                 qPrintable(received));
        QVERIFY(!received.contains(QLatin1Char('\n')));
        int receivedRow = -1;
        int subjectRow = -1;
        for (int row = 0; row < headers->rowCount(); ++row) {
            if (headers->item(row, 0)->text() == QLatin1String("Received"))
                receivedRow = row;
            if (headers->item(row, 0)->text() == QLatin1String("Subject"))
                subjectRow = row;
        }
        viewer->resize(520, viewer->height());
        QTRY_VERIFY2(headers->rowHeight(receivedRow) >= 2 * headers->rowHeight(subjectRow),
                     qPrintable(QStringLiteral("%1 %2")
                                    .arg(headers->rowHeight(receivedRow))
                                    .arg(headers->rowHeight(subjectRow))));
        // Ctrl+C copies the selected rows as "Field: value" lines (it copied one cell).
        QGuiApplication::clipboard()->clear();
        headers->setFocus();
        headers->clearSelection();
        headers->selectRow(subjectRow);
        headers->selectionModel()->select(headers->model()->index(receivedRow, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QTest::keyClick(headers, Qt::Key_C, Qt::ControlModifier);
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.contains(QStringLiteral("Subject: ") + message.subject + QLatin1Char('\n')),
                 qPrintable(copied));
        QVERIFY2(copied.contains(QStringLiteral("Received: from app.example.com (192.0.2.10) by")),
                 qPrintable(copied));
        QCOMPARE(copied.count(QLatin1Char('\n')), 2);

        // Text: the quoted-printable part decoded, the soft line break joined.
        viewer->tabs()->setCurrentIndex(MessageViewer::TextTab);
        auto* text = viewer->findChild<QPlainTextEdit*>(QStringLiteral("textBody"));
        QVERIFY(text->isVisible());
        QCOMPARE(text->toPlainText(),
                 QStringLiteral("Hello,\n\nplease find the details below. Thank you for your "
                                "order and kind regards.\n"));
        QVERIFY(viewer->findChild<QLabel*>(QStringLiteral("textNote"))->isHidden());

        // Raw source: the stored message, read-only, monospace.
        viewer->tabs()->setCurrentIndex(MessageViewer::RawTab);
        auto* raw = viewer->findChild<QPlainTextEdit*>(QStringLiteral("rawSource"));
        QVERIFY(raw->isVisible());
        QVERIFY(raw->isReadOnly());
        QVERIFY(QFontInfo(raw->font()).fixedPitch());
        QVERIFY(raw->toPlainText().contains(QLatin1String("Thank you for your order =\nand kind regards.")));
        QVERIFY(raw->toPlainText().startsWith(QLatin1String("Received: from app.example.com")));

        // Attempts: time, host, reply, the road sign's explanation.
        viewer->tabs()->setCurrentIndex(MessageViewer::AttemptsTab);
        const QString attempts = viewer->findChild<QTextBrowser*>(QStringLiteral("attempts"))->toPlainText();
        for (const QString& expected :
             {QStringLiteral("mx.mail.example.net"), QStringLiteral("451 4.7.1 Greylisted"),
              QStringLiteral("Temporary problem, will retry")})
            QVERIFY2(attempts.contains(expected), qPrintable(expected + QStringLiteral(" in ") + attempts));

        // Still on its way: not resent (its recipient would get it twice), and the button says why.
        auto* resend = viewer->findChild<QPushButton*>(QStringLiteral("resendButton"));
        QVERIFY(!resend->isEnabled());
        QVERIFY2(resend->toolTip().contains(QStringLiteral("still being delivered")),
                 qPrintable(resend->toolTip()));
        // With bodies removed once every recipient is final (the default), "resend it then" sent support
        // staff to wait for a moment at which the body was gone (an outside tester): the tip says so, and
        // what to set.
        QVERIFY2(resend->toolTip().contains(QStringLiteral("so it cannot be resent then either")) &&
                     resend->toolTip().contains(QStringLiteral("set \"Keep message bodies for\" in Settings, "
                                                               "Retention")),
                 qPrintable(resend->toolTip()));
        viewer->close();
        QVERIFY(SettingsAdmin(m_dir->path()).set(QStringLiteral("retention.bodies"), QStringLiteral("7")));
        MessageViewer kept(m_dir->path(), message.queueId);
        auto* keptResend = kept.findChild<QPushButton*>(QStringLiteral("resendButton"));
        QTRY_VERIFY2(
            keptResend->toolTip().contains(QStringLiteral("resend it once every recipient is delivered "
                                                          "or bounced (its body is kept 7 day")),
            qPrintable(keptResend->toolTip()));
        QVERIFY(!keptResend->isEnabled());
    }

    /// The reported defect: a deferred message's viewer, opened before its retry, still showed one attempt 20
    /// s after it while the Delivery Logs showed two. The engine's report reaches the open viewer as it
    /// reaches the pages, and the viewer shows the new attempt and state without a click.
    void anOpenViewerFollowsTheStore()
    {
        QueuePage page(m_dir->path());
        page.resize(1024, 700);
        page.show();
        QTRY_VERIFY(page.model()->rowCount() > 0);
        const int row =
            rowWhere(page.model(), [](const QueueRow& r) { return r.state == QLatin1String("deferred"); });
        QVERIFY(row >= 0);
        const QString queueId = page.model()->rowAt(row).queueId;
        QSignalSpy opened(page.viewerOpener(), &MessageViewerOpener::opened);
        page.viewerOpener()->open(queueId);
        MessageViewer* viewer = awaitViewer(opened);
        QVERIFY(viewer);
        auto* attempts = viewer->findChild<QTextBrowser*>(QStringLiteral("attempts"));
        auto* envelope = viewer->findChild<QTextBrowser*>(QStringLiteral("envelope"));
        QCOMPARE(attempts->toPlainText().count(QStringLiteral("Greylisted")), 1);
        auto* resend = viewer->findChild<QPushButton*>(QStringLiteral("resendButton"));
        QVERIFY(!resend->isEnabled()); // still on its way
        {
            // The retry: delivered this time, as the engine records it.
            QSqlQuery q(Database::connection(m_dir->path()).value());
            q.prepare(QStringLiteral(
                "INSERT INTO delivery_attempts(attempt_key, message_id, queue_id, agent_name, sender,"
                " recipient_id, recipient, status, route, host, started_at, duration_ms, code, enhanced, "
                "reply,"
                " sign) SELECT m.queue_id || '.2', m.id, m.queue_id, m.agent_name, m.sender, r.id, r.address,"
                " 'delivered', 'mx', 'mx.mail.example.net', ?, 300, 250, '2.0.0', 'Retried and accepted',"
                " 'green' FROM messages m JOIN recipients r ON r.message_id = m.id WHERE m.queue_id = ?"));
            q.addBindValue(QDateTime::currentMSecsSinceEpoch());
            q.addBindValue(queueId);
            QVERIFY(q.exec());
            q.prepare(QStringLiteral(
                "UPDATE recipients SET state = 'delivered', attempts = 2, last_code = 250, last_enhanced = "
                "'2.0.0', last_reply = 'Retried and accepted' WHERE message_id = (SELECT id FROM messages"
                " WHERE queue_id = ?)"));
            q.addBindValue(queueId);
            QVERIFY(q.exec());
        }
        StoreChanges changes;
        changes.attempts = 1;
        changes.finalStates = 1;
        page.noteStoreChanges(changes);
        QTRY_VERIFY_WITH_TIMEOUT(attempts->toPlainText().contains(QStringLiteral("Retried and accepted")),
                                 5000);
        QCOMPARE(attempts->toPlainText().count(QStringLiteral("Greylisted")), 1);
        QTRY_VERIFY(envelope->toPlainText().contains(QStringLiteral("Done"))); // its state and green sign
        // Delivered, its body kept: Resend is offered in the open viewer (it stayed greyed, its tooltip
        // saying "still being delivered": an outside tester).
        QTRY_VERIFY(resend->isEnabled());
        QVERIFY2(!resend->toolTip().contains(QStringLiteral("still being delivered")),
                 qPrintable(resend->toolTip()));

        // A colleague's `log purge` removes the message: the viewer says so in words (an outside tester read
        // "Cannot read message X: no queued message with id X").
        {
            QSqlQuery q(Database::connection(m_dir->path()).value());
            q.prepare(QStringLiteral("DELETE FROM messages WHERE queue_id = ?"));
            q.addBindValue(queueId);
            QVERIFY(q.exec());
        }
        page.noteStoreChanges(changes);
        // What it showed stays, with a line that says it is all there is.
        auto* status = viewer->findChild<QLabel*>(QStringLiteral("viewerStatus"));
        QVERIFY(status);
        QTRY_COMPARE(status->text(),
                     QStringLiteral("Message %1 is no longer in the delivery log: its retention time "
                                    "ended or the log was purged (Settings, Retention).")
                         .arg(queueId));
        QVERIFY(envelope->toPlainText().contains(QStringLiteral("Done")));
        QVERIFY(!viewer->findChild<QPushButton*>(QStringLiteral("resendButton"))->isEnabled());
        viewer->close();
        // Opened again, its title says the same.
        MessageViewer again(m_dir->path(), queueId);
        QTRY_VERIFY(
            again.findChild<QLabel*>(QStringLiteral("messageTitle"))
                ->text()
                .startsWith(QStringLiteral("Message %1 is no longer in the delivery log").arg(queueId)));
    }

    /// The recipients of one SMTP transaction that got the same reply share one explanation (an outside
    /// tester read one explanation per recipient, a hundred times for one transaction); a recipient of the
    /// same transaction with another reply keeps its own.
    void oneTransactionsRecipientsShareOneExplanation()
    {
        QSqlQuery q(Database::connection(m_dir->path()).value());
        QVERIFY(q.exec(QStringLiteral("SELECT m.id, m.queue_id FROM recipients r JOIN messages m ON m.id ="
                                      " r.message_id WHERE r.state = 'deferred' LIMIT 1")));
        QVERIFY(q.next());
        const qint64 messageId = q.value(0).toLongLong();
        const QString queueId = q.value(1).toString();
        q.finish();
        // Twelve more recipients in the same transaction: eleven greylisted as the first, one refused.
        for (int i = 0; i < 12; ++i) {
            const QString address = QStringLiteral("colleague%1@mail.example.net").arg(i);
            const bool refused = i == 11;
            q.prepare(QStringLiteral("INSERT INTO recipients(message_id, address, domain, state, attempts,"
                                     " next_attempt_at, updated_at) VALUES(?, ?, 'mail.example.net', ?, 1, 0,"
                                     " 0)"));
            q.addBindValue(messageId);
            q.addBindValue(address);
            q.addBindValue(refused ? QStringLiteral("bounced") : QStringLiteral("deferred"));
            QVERIFY(q.exec());
            const qint64 recipientId = q.lastInsertId().toLongLong();
            q.prepare(QStringLiteral(
                "INSERT INTO delivery_attempts(attempt_key, message_id, queue_id, agent_name, sender,"
                " recipient_id, recipient, status, route, host, started_at, duration_ms, code, enhanced,"
                " reply, sign) SELECT attempt_key, message_id, queue_id, agent_name, sender, ?, ?, ?, route,"
                " host, started_at, duration_ms, ?, ?, ?, ? FROM delivery_attempts WHERE message_id = ?"
                " LIMIT 1"));
            q.addBindValue(recipientId);
            q.addBindValue(address);
            q.addBindValue(refused ? QStringLiteral("bounced") : QStringLiteral("deferred"));
            q.addBindValue(refused ? 550 : 451);
            q.addBindValue(refused ? QStringLiteral("5.1.1") : QStringLiteral("4.7.1"));
            q.addBindValue(refused ? QStringLiteral("No such user")
                                   : QStringLiteral("Greylisted, please try again later"));
            q.addBindValue(refused ? QStringLiteral("red") : QStringLiteral("yellow"));
            q.addBindValue(messageId);
            QVERIFY(q.exec());
        }
        MessageViewer viewer(m_dir->path(), queueId);
        auto* attempts = viewer.findChild<QTextBrowser*>(QStringLiteral("attempts"));
        QTRY_VERIFY(attempts->toPlainText().contains(QLatin1String("No such user")));
        const QString text = attempts->toPlainText();
        QCOMPARE(text.count(QStringLiteral("Greylisted, please try again later")), 1);
        QCOMPARE(text.count(QStringLiteral("No such user")), 1);
        // Ten of the twelve greylisted by name, then how many more; the refused one on its own line.
        QVERIFY2(text.contains(QLatin1String("colleague8@mail.example.net and 2 more")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("colleague9@")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("colleague11@mail.example.net")), qPrintable(text));
    }

    /// A bounce notice's envelope names the message it reports on (support staff saw only the notice's own
    /// queue id once its text was gone: an outside tester).
    void aNoticeNamesTheMessageItReportsOn()
    {
        QSqlQuery q(Database::connection(m_dir->path()).value());
        QVERIFY(q.exec(QStringLiteral("SELECT queue_id FROM messages ORDER BY id LIMIT 2")));
        QVERIFY(q.next());
        const QString original = q.value(0).toString();
        QVERIFY(q.next());
        const QString notice = q.value(0).toString();
        q.finish();
        q.prepare(QStringLiteral(
            "UPDATE messages SET sender = '', listener = 'dsn', notice_of = ? WHERE queue_id = ?"));
        q.addBindValue(original);
        q.addBindValue(notice);
        QVERIFY(q.exec());
        MessageViewer viewer(m_dir->path(), notice);
        auto* envelope = viewer.findChild<QTextBrowser*>(QStringLiteral("envelope"));
        QTRY_VERIFY(!envelope->toPlainText().isEmpty());
        const QRegularExpression about(QStringLiteral("Notice about\\s+message %1").arg(original));
        QVERIFY2(envelope->toPlainText().contains(about), qPrintable(envelope->toPlainText()));
        MessageViewer plain(m_dir->path(), original);
        auto* plainEnvelope = plain.findChild<QTextBrowser*>(QStringLiteral("envelope"));
        QTRY_VERIFY(!plainEnvelope->toPlainText().isEmpty());
        QVERIFY(!plainEnvelope->toPlainText().contains(QStringLiteral("Notice about")));
    }

    /// The Envelope tab names the files a message carries (an outside tester found them only in the raw
    /// source), and says "none" for a message without any.
    void theEnvelopeListsTheAttachments()
    {
        QSqlQuery q(Database::connection(m_dir->path()).value());
        QVERIFY(q.exec(QStringLiteral("SELECT m.queue_id, m.id FROM messages m JOIN message_bodies b"
                                      " ON b.message_id = m.id ORDER BY m.id LIMIT 2")));
        QVERIFY(q.next());
        const QString withFiles = q.value(0).toString();
        const qint64 id = q.value(1).toLongLong();
        QVERIFY(q.next());
        const QString without = q.value(0).toString();
        q.finish();
        const QByteArray body =
            QByteArray("From: a@example.com\r\nSubject: Invoice\r\nMIME-Version: 1.0\r\n"
                       "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
                       "--b\r\nContent-Type: text/plain\r\n\r\nattached\r\n"
                       "--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment;"
                       " filename=\"invoice 4711.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                       "JVBERi0xLjQK\r\n--b--\r\n");
        q.prepare(QStringLiteral("UPDATE message_bodies SET body = ? WHERE message_id = ?"));
        q.addBindValue(body);
        q.addBindValue(id);
        QVERIFY(q.exec());
        MessageViewer viewer(m_dir->path(), withFiles);
        viewer.show(); // a hidden viewer is not kept current
        auto* envelope = viewer.findChild<QTextBrowser*>(QStringLiteral("envelope"));
        QTRY_VERIFY(!envelope->toPlainText().isEmpty());
        const QRegularExpression files(
            QStringLiteral("Attachments\\s+invoice 4711\\.pdf \\(application/pdf, 9 bytes\\)"));
        QVERIFY2(envelope->toPlainText().contains(files), qPrintable(envelope->toPlainText()));
        // A live update reads the envelope only: the list stays (a third tester saw it go at the first one).
        {
            QSqlQuery touch(Database::connection(m_dir->path()).value());
            touch.prepare(QStringLiteral("UPDATE recipients SET attempts = 77 WHERE message_id = ?"));
            touch.addBindValue(id);
            QVERIFY(touch.exec());
        }
        StoreChanges changes;
        changes.attempts = 1;
        viewer.noteStoreChanges(changes);
        QTRY_VERIFY(envelope->toPlainText().contains(QStringLiteral("77")));
        QVERIFY2(envelope->toPlainText().contains(files), qPrintable(envelope->toPlainText()));
        MessageViewer plain(m_dir->path(), without);
        auto* plainEnvelope = plain.findChild<QTextBrowser*>(QStringLiteral("envelope"));
        QTRY_VERIFY(!plainEnvelope->toPlainText().isEmpty());
        QVERIFY2(
            plainEnvelope->toPlainText().contains(QRegularExpression(QStringLiteral("Attachments\\s+none"))),
            qPrintable(plainEnvelope->toPlainText()));
    }

    /// The resend question counts the recipients the copy goes to: a second tester read "to its 30
    /// recipients" for a copy that skipped the 5 on the suppression list.
    void theResendQuestionCountsTheCopysRecipients()
    {
        QSqlQuery q(Database::connection(m_dir->path()).value());
        QVERIFY(q.exec(
            QStringLiteral("SELECT m.id, m.queue_id, m.agent_name FROM messages m JOIN message_bodies b"
                           " ON b.message_id = m.id LIMIT 1")));
        QVERIFY(q.next());
        const qint64 messageId = q.value(0).toLongLong();
        const QString queueId = q.value(1).toString();
        const QString agent = q.value(2).toString();
        q.finish();
        QVERIFY(q.exec(QStringLiteral("UPDATE recipients SET state = 'delivered' WHERE message_id = %1")
                           .arg(messageId)));
        for (const char* address :
             {"kept@mail.example.net", "gone1@mail.example.net", "gone2@mail.example.net"}) {
            q.prepare(QStringLiteral("INSERT INTO recipients(message_id, address, domain, state, attempts,"
                                     " next_attempt_at, updated_at) VALUES(?, ?, 'mail.example.net',"
                                     " 'delivered', 1, 0, 0)"));
            q.addBindValue(messageId);
            q.addBindValue(QString::fromLatin1(address));
            QVERIFY(q.exec());
        }
        for (const char* address : {"gone1@mail.example.net", "gone2@mail.example.net"})
            QVERIFY(SuppressionAdmin(m_dir->path())
                        .add(agent, QString::fromLatin1(address), QStringLiteral("550 5.1.1 gone")));
        MessageViewer viewer(m_dir->path(), queueId);
        auto* resend = viewer.findChild<QPushButton*>(QStringLiteral("resendButton"));
        QTRY_VERIFY(resend->isEnabled());
        BoxAnswer answer(QStringLiteral("confirmResend"), Qt::Key_Escape);
        QTest::mouseClick(resend, Qt::LeftButton);
        QTRY_VERIFY(answer.seen());
        QVERIFY2(answer.text().startsWith(QLatin1String("Send a new copy of this message to 2 of its 4 "
                                                        "recipients?")),
                 qPrintable(answer.text()));
        QVERIFY2(answer.text().contains(QLatin1String("gone1@mail.example.net, gone2@mail.example.net")),
                 qPrintable(answer.text()));
    }

    /// A waiting message is tried again from the viewer, as from the Queue (support staff looked for it here:
    /// an outside tester); a held one is not, and a final one has nothing to retry.
    void retryNowFromTheViewer()
    {
        QSqlQuery q(Database::connection(m_dir->path()).value());
        QVERIFY(q.exec(
            QStringLiteral("SELECT m.queue_id, m.id FROM messages m JOIN recipients r ON r.message_id = m.id"
                           " WHERE r.state = 'deferred' AND m.held = 0 ORDER BY m.id LIMIT 1")));
        QVERIFY(q.next());
        const QString queueId = q.value(0).toString();
        const qint64 messageId = q.value(1).toLongLong();
        const qint64 later = nowMs() + 3600'000;
        q.prepare(QStringLiteral("UPDATE recipients SET next_attempt_at = ? WHERE message_id = ?"));
        q.addBindValue(later);
        q.addBindValue(messageId);
        QVERIFY(q.exec());
        MessageViewer viewer(m_dir->path(), queueId);
        viewer.show();
        auto* retry = viewer.findChild<QPushButton*>(QStringLiteral("retryButton"));
        QVERIFY(retry);
        QTRY_VERIFY(retry->isEnabled());
        QTest::mouseClick(retry, Qt::LeftButton);
        auto* status = viewer.findChild<QLabel*>(QStringLiteral("viewerStatus"));
        // No relay runs in this test: said, as the Queue says it.
        QTRY_VERIFY2(status->text().contains(QStringLiteral("as soon as the relay runs again")),
                     qPrintable(status->text()));
        q.prepare(QStringLiteral("SELECT MAX(next_attempt_at) FROM recipients WHERE message_id = ?"
                                 " AND state IN ('queued','deferred')"));
        q.addBindValue(messageId);
        QVERIFY(q.exec() && q.next());
        QVERIFY(q.value(0).toLongLong() <= nowMs());
        // Held: Release stands where Retry now was, and releases it here (support staff had to go back to
        // the Queue page for it); then Retry now is back.
        QVERIFY(QueueAdmin(m_dir->path()).hold(queueId).ok());
        MessageViewer held(m_dir->path(), queueId);
        held.show();
        auto* heldRetry = held.findChild<QPushButton*>(QStringLiteral("retryButton"));
        auto* release = held.findChild<QPushButton*>(QStringLiteral("releaseButton"));
        QVERIFY(release);
        QTRY_VERIFY(!held.findChild<QTextBrowser*>(QStringLiteral("envelope"))->toPlainText().isEmpty());
        QVERIFY(!heldRetry->isEnabled());
        QVERIFY(!heldRetry->isVisible());
        QVERIFY(release->isVisible() && release->isEnabled());
        QTest::mouseClick(release, Qt::LeftButton);
        auto* heldStatus = held.findChild<QLabel*>(QStringLiteral("viewerStatus"));
        QTRY_VERIFY2(
            heldStatus->text().contains(QStringLiteral("Released: delivered once the relay runs again")),
            qPrintable(heldStatus->text()));
        q.prepare(QStringLiteral("SELECT held FROM messages WHERE id = ?"));
        q.addBindValue(messageId);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QTRY_VERIFY(heldRetry->isVisible() && heldRetry->isEnabled());
        QVERIFY(!release->isVisible());
    }

    /// Enter on a delivered row of the Delivery Logs: its body is gone, and the viewer says so in words.
    void fromTheDeliveryLogsWhenTheBodyIsGone()
    {
        DeliveryLogPage page(m_dir->path());
        page.resize(1024, 700);
        page.show();
        QTRY_VERIFY(page.model()->rowCount() > 0);
        const int row = rowWhere(
            page.model(), [](const DeliveryLogRow& r) { return r.state == QLatin1String("delivered"); });
        QVERIFY(row >= 0);
        const DeliveryLogRow delivered = page.model()->rowAt(row);
        QVERIFY(!delivered.contentKept);
        makeCurrent(page.view(), row);
        page.view()->setFocus();
        QSignalSpy opened(page.viewerOpener(), &MessageViewerOpener::opened);
        QTest::keyClick(page.view(), Qt::Key_Return);
        MessageViewer* viewer = awaitViewer(opened);
        QVERIFY(viewer);
        QCOMPARE(viewer->queueId(), delivered.queueId);

        const QString envelope = viewer->findChild<QTextBrowser*>(QStringLiteral("envelope"))->toPlainText();
        QVERIFY(envelope.contains(delivered.recipient));
        QVERIFY(envelope.contains(QStringLiteral("Done"))); // the green road sign of 250
        const QList<std::pair<int, QString>> tabs = {
            {MessageViewer::HeadersTab, QStringLiteral("headersNote")},
            {MessageViewer::TextTab, QStringLiteral("textNote")},
            {MessageViewer::RawTab, QStringLiteral("rawNote")}};
        for (const auto& [tab, noteName] : tabs) {
            viewer->tabs()->setCurrentIndex(tab);
            auto* note = viewer->findChild<QLabel*>(noteName);
            QVERIFY(note->isVisible());
            QVERIFY2(note->text().contains(QLatin1String("no longer stored")), qPrintable(note->text()));
            QVERIFY(note->text().contains(QLatin1String("Keep message bodies for")));
        }
        QVERIFY(viewer->findChild<QTableWidget*>(QStringLiteral("headers"))->isHidden());
        QVERIFY(viewer->findChild<QPlainTextEdit*>(QStringLiteral("textBody"))->isHidden());
        QVERIFY(viewer->findChild<QPlainTextEdit*>(QStringLiteral("rawSource"))->isHidden());
        viewer->tabs()->setCurrentIndex(MessageViewer::AttemptsTab);
        QVERIFY(viewer->findChild<QTextBrowser*>(QStringLiteral("attempts"))
                    ->toPlainText()
                    .contains(QLatin1String("250 2.0.0 OK")));
        QVERIFY(!viewer->findChild<QPushButton*>(QStringLiteral("resendButton"))->isEnabled());
    }

    /// A held message's recipient whose last reply was temporary: neither the Delivery Logs nor the viewer
    /// promise a retry (an outside tester read "temporary problem, retry planned" beside "held").
    void aHeldRecipientIsNotPromisedARetry()
    {
        QSqlQuery q(Database::connection(m_dir->path()).value());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE messages SET held = 1 WHERE id IN (SELECT message_id FROM recipients "
                           "WHERE state = 'deferred')")));
        QVERIFY(q.numRowsAffected() > 0);
        DeliveryLogPage page(m_dir->path());
        page.resize(1024, 700);
        page.show();
        QTRY_VERIFY(page.model()->rowCount() > 0);
        const int row = rowWhere(
            page.model(), [](const DeliveryLogRow& r) { return r.shownState() == QLatin1String("held"); });
        QVERIFY(row >= 0);
        QCOMPARE(page.model()->rowAt(row).lastCode, 451);
        makeCurrent(page.view(), row);
        QTRY_VERIFY(page.details()->toPlainText().contains(QStringLiteral("On hold")));
        QVERIFY(page.details()->toPlainText().contains(QStringLiteral("451 4.7.1 Greylisted")));
        QVERIFY2(!page.details()->toPlainText().contains(QStringLiteral("will retry")),
                 qPrintable(page.details()->toPlainText()));

        page.view()->setFocus();
        QSignalSpy opened(page.viewerOpener(), &MessageViewerOpener::opened);
        QTest::keyClick(page.view(), Qt::Key_Return);
        MessageViewer* viewer = awaitViewer(opened);
        QVERIFY(viewer);
        const QString envelope = viewer->findChild<QTextBrowser*>(QStringLiteral("envelope"))->toPlainText();
        QVERIFY2(envelope.contains(QStringLiteral("not tried until released; last reply: 451 4.7.1")),
                 qPrintable(envelope));
        QVERIFY2(!envelope.contains(QStringLiteral("will retry")), qPrintable(envelope));
    }

    /// A recipient deleted from the queue: the viewer says "Not sent" once, then why (an outside tester read
    /// "Nicht gesendet nicht gesendet: vom Relay-Administrator ..."), in English and in German.
    void aDeletedRecipientIsSaidOnce()
    {
        QSqlQuery q(Database::connection(m_dir->path()).value());
        QVERIFY(
            q.exec(QStringLiteral("SELECT m.queue_id FROM recipients r JOIN messages m ON m.id = r.message_id"
                                  " WHERE r.state = 'deferred' LIMIT 1")));
        QVERIFY(q.next());
        const QString queueId = q.value(0).toString();
        q.finish();
        QVERIFY(QueueAdmin(m_dir->path()).remove(queueId));
        for (const auto& [language, notSent, reason] :
             {std::tuple{"en_US", "not sent", "deleted from the queue by the relay administrator"},
              std::tuple{"de_DE", "nicht gesendet",
                         "vom Relay-Administrator aus der Warteschlange gelöscht"}}) {
            Test::WindowTour::useLanguage(QString::fromLatin1(language));
            MessageViewer viewer(m_dir->path(), queueId);
            auto* envelopeView = viewer.findChild<QTextBrowser*>(QStringLiteral("envelope"));
            QTRY_VERIFY(!envelopeView->toPlainText().isEmpty());
            const QString envelope = envelopeView->toPlainText();
            QVERIFY2(envelope.contains(QString::fromUtf8(reason)), qPrintable(envelope));
            const QRegularExpression twice(QStringLiteral("%1\\W+%1").arg(QString::fromUtf8(notSent)),
                                           QRegularExpression::CaseInsensitiveOption);
            QVERIFY2(!envelope.contains(twice), qPrintable(envelope));
        }
        Test::WindowTour::useLanguage(QStringLiteral("en_US"));
    }

    /// The page's "View message" button and the table's context-menu action open the current row too.
    void viewMessageAction()
    {
        DeliveryLogPage page(m_dir->path());
        page.show();
        QTRY_VERIFY(page.model()->rowCount() > 0);
        auto* button = page.findChild<QPushButton*>(QStringLiteral("viewMessage"));
        QVERIFY(!button->isEnabled()); // no current row yet
        QVERIFY(page.view()->actions().contains(page.viewerOpener()->action()));
        makeCurrent(page.view(), 2);
        QTRY_VERIFY(button->isEnabled());
        QSignalSpy opened(page.viewerOpener(), &MessageViewerOpener::opened);
        QTest::mouseClick(button, Qt::LeftButton);
        MessageViewer* viewer = awaitViewer(opened);
        QVERIFY(viewer);
        QCOMPARE(viewer->queueId(), page.model()->rowAt(2).queueId);
    }

    /// At 1024x700 the pages' new buttons and every tab of the viewer (with its notes) show in full.
    void nothingIsClippedAt1024x700()
    {
        QSettings().clear();
        MainWindow window(m_dir->path());
        window.resize(1024, 700);
        window.show();
        for (auto page : {MainWindow::Queue, MainWindow::Logs}) {
            window.showPage(page);
            // The match count arrives from a worker thread and its label's layout request is posted after it:
            // what counts is the settled layout, so the check waits for it (a real cut stays and fails).
            QStringList cut;
            QTRY_VERIFY2((cut = clipped(&window)).isEmpty(), qPrintable(cut.join(QStringLiteral(", "))));
        }
        DeliveryLogPage* logs = window.deliveryLogPage();
        QTRY_VERIFY(logs->model()->rowCount() > 0);
        for (const QString& state : {QStringLiteral("delivered"), QStringLiteral("deferred")}) {
            const int row =
                rowWhere(logs->model(), [&](const DeliveryLogRow& r) { return r.state == state; });
            QSignalSpy opened(logs->viewerOpener(), &MessageViewerOpener::opened);
            logs->viewerOpener()->open(logs->model()->rowAt(row).queueId);
            MessageViewer* viewer = awaitViewer(opened);
            QVERIFY(viewer);
            QVERIFY(viewer->width() <= 1024 && viewer->height() <= 700);
            for (int tab = 0; tab < viewer->tabs()->count(); ++tab) {
                viewer->tabs()->setCurrentIndex(tab);
                QStringList cut;
                QTRY_VERIFY2((cut = clipped(viewer)).isEmpty(),
                             qPrintable(state + QStringLiteral(": ") + cut.join(QStringLiteral(", "))));
            }
            viewer->close();
        }
    }

    /// A bounced recipient now on the agent's suppression list says so in the envelope, as the Delivery Logs
    /// do (an outside tester read only "mailbox does not exist" here, then wondered why a copy was not sent).
    void aSuppressedBounceIsSaidInTheEnvelope()
    {
        QSqlQuery q(Database::connection(m_dir->path()).value());
        QVERIFY(q.exec(
            QStringLiteral("SELECT m.queue_id, m.agent_name, r.address FROM messages m JOIN recipients r"
                           " ON r.message_id = m.id WHERE r.state = 'bounced' ORDER BY m.id LIMIT 1")));
        QVERIFY(q.next());
        const QString queueId = q.value(0).toString(), agent = q.value(1).toString(),
                      address = q.value(2).toString();
        {
            MessageViewer before(m_dir->path(), queueId);
            auto* envelope = before.findChild<QTextBrowser*>(QStringLiteral("envelope"));
            QTRY_VERIFY(envelope->toPlainText().contains(address));
            QTest::qWait(200);
            QVERIFY(!envelope->toPlainText().contains(QStringLiteral("Now on the suppression list")));
        }
        QVERIFY(SuppressionAdmin(m_dir->path()).add(agent, address, QStringLiteral("550 5.1.1 gone")));
        MessageViewer viewer(m_dir->path(), queueId);
        auto* envelope = viewer.findChild<QTextBrowser*>(QStringLiteral("envelope"));
        QTRY_VERIFY2(
            envelope->toPlainText().contains(QStringLiteral("Now on the suppression list of %1").arg(agent)),
            qPrintable(envelope->toPlainText()));
    }

    /// A recipient not sent because its address was on the agent's suppression list, lifted since: the
    /// viewer said "the address is on the agent's suppression list ... remove it from the suppression list",
    /// the step just done, and never that Resend sends this message there now (an outside tester).
    void aLiftedSuppressionSaysToResend()
    {
        const QString agent = QStringLiteral("billing-app"), address = QStringLiteral("back@example.org");
        const QString reply =
            QStringLiteral("not sent: the address is on the agent's suppression list (550 5.1.1 gone)");
        const qint64 at = nowMs();
        const qint64 id = Test::ExampleData::addMessage(
            m_dir->path(), agent, QStringLiteral("billing@example.com"), address, QStringLiteral("Reminder"),
            QStringLiteral("suppressed"), 0, QString(), reply, at);
        QVERIFY(id > 0);
        Test::ExampleData::addBody(m_dir->path(), id,
                                   Test::ExampleData::exampleBody(QStringLiteral("billing@example.com"),
                                                                  address, QStringLiteral("Reminder")));
        QVERIFY(Test::ExampleData::logSuppressedAttempt(m_dir->path(), id, at + 1000, reply));
        QSqlQuery q(Database::connection(m_dir->path()).value());
        QVERIFY(q.exec(QStringLiteral("SELECT queue_id FROM messages WHERE id = %1").arg(id)) && q.next());
        const QString queueId = q.value(0).toString();
        QVERIFY(SuppressionAdmin(m_dir->path()).add(agent, address, QStringLiteral("550 5.1.1 gone")));
        {
            // Still on the list: as it was.
            MessageViewer before(m_dir->path(), queueId);
            auto* attempts = before.findChild<QTextBrowser*>(QStringLiteral("attempts"));
            QTRY_VERIFY(attempts && attempts->toPlainText().contains(QStringLiteral("What to do:")));
            QTest::qWait(200);
            QVERIFY2(attempts->toPlainText().contains(QStringLiteral("remove it from the suppression list")),
                     qPrintable(attempts->toPlainText()));
            QVERIFY(!before.findChild<QTextBrowser*>(QStringLiteral("envelope"))
                         ->toPlainText()
                         .contains(QStringLiteral("No longer on the suppression list")));
        }
        QVERIFY(SuppressionAdmin(m_dir->path()).remove(agent, address));
        MessageViewer viewer(m_dir->path(), queueId);
        auto* envelope = viewer.findChild<QTextBrowser*>(QStringLiteral("envelope"));
        auto* attempts = viewer.findChild<QTextBrowser*>(QStringLiteral("attempts"));
        QTRY_VERIFY2(envelope->toPlainText().contains(
                         QStringLiteral("No longer on the suppression list of %1").arg(agent)),
                     qPrintable(envelope->toPlainText()));
        QVERIFY2(
            envelope->toPlainText().contains(QStringLiteral("\"Resend to the same recipients...\" below")),
            qPrintable(envelope->toPlainText()));
        QTRY_VERIFY2(attempts->toPlainText().contains(QStringLiteral("It is no longer on it")),
                     qPrintable(attempts->toPlainText()));
        QVERIFY2(!attempts->toPlainText().contains(QStringLiteral("remove it from the suppression list")),
                 qPrintable(attempts->toPlainText()));
        QVERIFY2(attempts->toPlainText().contains(QStringLiteral("sends this message to the address now")),
                 qPrintable(attempts->toPlainText()));
    }

    /// The envelope names the notices sent about the message: whether its sender was told (an outside tester
    /// matched queue ids by hand).
    void theNoticesSentAboutItAreNamed()
    {
        QSqlQuery q(Database::connection(m_dir->path()).value());
        QVERIFY(q.exec(QStringLiteral("SELECT queue_id FROM messages ORDER BY id LIMIT 1")));
        QVERIFY(q.next());
        const QString original = q.value(0).toString();
        q.prepare(
            QStringLiteral("INSERT INTO messages(queue_id, agent_name, sender, subject, size, received_at,"
                           " listener, client_address, notice_of) VALUES('qnotice1', '', '', 'Undelivered',"
                           " 10, ?, 'dsn', '', ?)"));
        q.addBindValue(nowMs());
        q.addBindValue(original);
        QVERIFY(q.exec());
        MessageViewer viewer(m_dir->path(), original);
        auto* envelope = viewer.findChild<QTextBrowser*>(QStringLiteral("envelope"));
        QTRY_VERIFY(envelope->toPlainText().contains(QStringLiteral("Notices to its sender")));
        QVERIFY2(envelope->toPlainText().contains(QStringLiteral("qnotice1")),
                 qPrintable(envelope->toPlainText()));
    }

    /// The viewer's buttons (Retry now, Resend) and status in German and French at its size: the longest
    /// words.
    void theViewersButtonsFitInEveryLanguage()
    {
        QSqlQuery q(Database::connection(m_dir->path()).value());
        QVERIFY(
            q.exec(QStringLiteral("SELECT m.queue_id FROM messages m JOIN recipients r ON r.message_id = m.id"
                                  " WHERE r.state = 'deferred' ORDER BY m.id LIMIT 1")));
        QVERIFY(q.next());
        const QString queueId = q.value(0).toString();
        const auto dropTranslators = []() {
            for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
                QCoreApplication::removeTranslator(translator);
                delete translator;
            }
        };
        const auto english = qScopeGuard([dropTranslators]() { // the later tests read English
            dropTranslators();
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
            installTranslators(qApp, QLocale(QLocale::English, QLocale::UnitedStates));
        });
        for (const QLocale& locale :
             {QLocale(QLocale::German, QLocale::Germany), QLocale(QLocale::French, QLocale::France)}) {
            dropTranslators();
            QVERIFY(installTranslators(qApp, locale));
            QLocale::setDefault(locale);
            MessageViewer viewer(m_dir->path(), queueId);
            viewer.show();
            auto* retry = viewer.findChild<QPushButton*>(QStringLiteral("retryButton"));
            QTRY_VERIFY(retry->isEnabled());
            QVERIFY2(retry->text() != QStringLiteral("Retry now"), qPrintable(retry->text())); // translated
            QStringList cut;
            QTRY_VERIFY2((cut = clipped(&viewer)).isEmpty(),
                         qPrintable(locale.name() + QStringLiteral(": ") + cut.join(QStringLiteral(", "))));
        }
    }

    /// IDN addresses are stored and sent in A-labels; the Queue, the Delivery Logs and the viewer show them
    /// with U-labels, as mail programs do (RFC 5891 5.2; docs/gui.md, "Addresses").
    void idnAddressesShowInUnicode()
    {
        const QString sender = QStringLiteral("rechnung@xn--mller-kva.example");
        const QString recipient = QStringLiteral("kunde@xn--bcher-kva.example");
        const QString shownSender = QStringLiteral("rechnung@m\u00fcller.example");
        const QString shownRecipient = QStringLiteral("kunde@b\u00fccher.example");
        const qint64 id = Test::ExampleData::addMessage(
            m_dir->path(), QStringLiteral("billing-app"), sender, recipient, QStringLiteral("IDN"),
            QStringLiteral("deferred"), 451, QStringLiteral("4.7.1"), QStringLiteral("Greylisted"), nowMs());
        Test::ExampleData::addBody(m_dir->path(), id,
                                   Test::ExampleData::exampleBody(sender, recipient, QStringLiteral("IDN")));

        QueuePage queue(m_dir->path());
        queue.resize(1024, 700);
        queue.show();
        QTRY_VERIFY(queue.model()->rowCount() > 0);
        const int queued =
            rowWhere(queue.model(), [&](const QueueRow& r) { return r.recipients == recipient; });
        QVERIFY(queued >= 0);
        QCOMPARE(queue.model()->index(queued, QueueQuery::Recipients).data().toString(), shownRecipient);
        QCOMPARE(queue.model()->index(queued, QueueQuery::Sender).data().toString(), shownSender);

        DeliveryLogPage logs(m_dir->path());
        logs.resize(1024, 700);
        logs.show();
        QTRY_VERIFY(logs.model()->rowCount() > 0);
        const int logged =
            rowWhere(logs.model(), [&](const DeliveryLogRow& r) { return r.recipient == recipient; });
        QVERIFY(logged >= 0);
        QCOMPARE(logs.model()->index(logged, DeliveryLogQuery::Recipient).data().toString(), shownRecipient);
        QCOMPARE(logs.model()->index(logged, DeliveryLogQuery::Sender).data().toString(), shownSender);
        QCOMPARE(logs.model()->index(logged, DeliveryLogQuery::Host).data().toString(),
                 QStringLiteral("mx.b\u00fccher.example"));

        QSignalSpy opened(queue.viewerOpener(), &MessageViewerOpener::opened);
        queue.viewerOpener()->open(queue.model()->rowAt(queued).queueId);
        MessageViewer* viewer = awaitViewer(opened);
        QVERIFY(viewer);
        const QString envelope = viewer->findChild<QTextBrowser*>(QStringLiteral("envelope"))->toPlainText();
        QVERIFY2(envelope.contains(shownRecipient) && envelope.contains(shownSender), qPrintable(envelope));
        QVERIFY2(!envelope.contains(QLatin1String("xn--")), qPrintable(envelope));
        viewer->tabs()->setCurrentIndex(MessageViewer::AttemptsTab);
        const QString attempts = viewer->findChild<QTextBrowser*>(QStringLiteral("attempts"))->toPlainText();
        QVERIFY2(attempts.contains(shownRecipient), qPrintable(attempts));
        QVERIFY2(!attempts.contains(QLatin1String("xn--")), qPrintable(attempts));
    }

    /// Resend asks first (Enter cancels), then queues a new message for the same recipients; the Queue page
    /// shows it and the original stays as it was.
    void resendToTheSameRecipients()
    {
        QueuePage page(m_dir->path());
        page.resize(1024, 700);
        page.show();
        QTRY_VERIFY(page.model()->rowCount() > 0);
        const int row =
            rowWhere(page.model(), [](const QueueRow& r) { return r.state == QLatin1String("deferred"); });
        const QueueRow original = page.model()->rowAt(row);
        {
            // Delivered since, its body kept: a message that is finished can be resent.
            QSqlQuery q(Database::connection(m_dir->path()).value());
            q.prepare(
                QStringLiteral("UPDATE recipients SET state = 'delivered' WHERE message_id = (SELECT id FROM"
                               " messages WHERE queue_id = ?)"));
            q.addBindValue(original.queueId);
            QVERIFY(q.exec());
            // The example's rows are written by hand: the Message-ID the relay keeps at accept.
            q.prepare(QStringLiteral(
                "UPDATE messages SET message_id = '<invoice-4711@example.com>' WHERE queue_id = ?"));
            q.addBindValue(original.queueId);
            QVERIFY(q.exec());
        }
        StoreChanges changes;
        changes.finalStates = 1;
        page.noteStoreChanges(changes);
        QTRY_VERIFY(rowWhere(page.model(), [&](const QueueRow& r) { return r.queueId == original.queueId; }) <
                    0);
        const int before = page.model()->rowCount();
        QSignalSpy opened(page.viewerOpener(), &MessageViewerOpener::opened);
        page.viewerOpener()->open(original.queueId);
        MessageViewer* viewer = awaitViewer(opened);
        QVERIFY(viewer);
        QSignalSpy resent(viewer, &MessageViewer::resent);
        QSignalSpy pageResent(&page, &QueuePage::messageResent);
        auto* resend = viewer->findChild<QPushButton*>(QStringLiteral("resendButton"));

        {
            BoxAnswer answer(QStringLiteral("confirmResend"), Qt::Key_Return);
            QTest::mouseClick(resend, Qt::LeftButton);
            QTRY_VERIFY(answer.seen());
            QVERIFY(answer.defaultIsCancel());
            QVERIFY2(answer.text().contains(QLatin1String("1 recipient")), qPrintable(answer.text()));
            QVERIFY2(!answer.text().contains(QLatin1String("suppression list")), qPrintable(answer.text()));
        }
        QTest::qWait(200);
        QCOMPARE(resent.count(), 0);
        QCOMPARE(page.model()->rowCount(), before);
        // A recipient on the agent's suppression list is named: the copy would skip it (an outside tester's
        // copy was "queued" and never sent).
        const QString recipient =
            MessageDetailQuery(m_dir->path()).load(original.queueId)->recipients.first().recipient;
        QVERIFY(
            SuppressionAdmin(m_dir->path()).add(original.agent, recipient, QStringLiteral("550 5.1.1 gone")));
        {
            // Its only recipient: a copy for nobody is not offered (it brought the sender another bounce
            // notice).
            BoxAnswer answer(QStringLiteral("confirmResend"), Qt::Key_Escape);
            QTest::mouseClick(resend, Qt::LeftButton);
            auto* status = viewer->findChild<QLabel*>(QStringLiteral("viewerStatus"));
            QTRY_VERIFY2(
                status->text().startsWith(QStringLiteral("Not resent: every recipient is on the suppression "
                                                         "list of %1")
                                              .arg(original.agent)),
                qPrintable(status->text()));
            QVERIFY(!answer.seen());
            QCOMPARE(resent.count(), 0);
        }
        QVERIFY(SuppressionAdmin(m_dir->path()).remove(original.agent, recipient));

        BoxAnswer confirm(QStringLiteral("confirmResend"), 0);
        QTest::mouseClick(resend, Qt::LeftButton);
        QTRY_VERIFY(confirm.seen());
        QTRY_COMPARE(resent.count(), 1);
        const QString copyId = resent.first().at(0).toString();
        QVERIFY(copyId != original.queueId);
        QCOMPARE(pageResent.count(), 1);
        QVERIFY(viewer->findChild<QLabel*>(QStringLiteral("viewerStatus"))->text().contains(copyId));

        // The Queue page shows the copy, for the same recipients.
        QTRY_VERIFY(rowWhere(page.model(), [&](const QueueRow& r) { return r.queueId == copyId; }) >= 0);
        const QueueRow copy = page.model()->rowAt(
            rowWhere(page.model(), [&](const QueueRow& r) { return r.queueId == copyId; }));
        QCOMPARE(copy.recipients, original.recipients);
        QCOMPARE(copy.sender, original.sender);
        QCOMPARE(copy.subject, original.subject);
        QCOMPARE(copy.state, QStringLiteral("queued"));
        const auto stored = MessageDetailQuery(m_dir->path()).load(copyId);
        const auto source = MessageDetailQuery(m_dir->path()).load(original.queueId);
        QCOMPARE(stored->content, source->content);
        QCOMPARE(source->recipients.first().state, QStringLiteral("delivered")); // the original is unchanged
        // The copy is the same message: each names the other by its Message-ID, the copy as resent.
        {
            QCOMPARE(source->messageIdHeader, QStringLiteral("<invoice-4711@example.com>"));
            QCOMPARE(stored->messageIdHeader, source->messageIdHeader);
            QVERIFY(std::any_of(source->sameMessageId.cbegin(), source->sameMessageId.cend(),
                                [&](const SameMessage& m) {
                                    return m.queueId == copyId && m.listener == QLatin1String("resend");
                                }));
        }
        // The original's Envelope says the other is an administrator's resend, not that the application
        // handed the message over again ("submitted again ..., resent by an administrator" contradicted
        // itself in German: an outside tester); the copy says what it is.
        {
            QSignalSpy reopened(page.viewerOpener(), &MessageViewerOpener::opened);
            page.viewerOpener()->open(original.queueId);
            MessageViewer* again = awaitViewer(reopened);
            QVERIFY(again);
            QString envelope;
            QTRY_VERIFY(
                (envelope = again->findChild<QTextBrowser*>(QStringLiteral("envelope"))->toPlainText())
                    .contains(copyId));
            QVERIFY2(envelope.contains(
                         QStringLiteral("This message was resent by an administrator: %1, ").arg(copyId)),
                     qPrintable(envelope));
            QVERIFY2(!envelope.contains(QStringLiteral("handed over again")), qPrintable(envelope));
            page.viewerOpener()->open(copyId);
            MessageViewer* copyViewer = awaitViewer(reopened);
            QVERIFY(copyViewer);
            QTRY_VERIFY(
                (envelope = copyViewer->findChild<QTextBrowser*>(QStringLiteral("envelope"))->toPlainText())
                    .contains(original.queueId));
            QVERIFY2(envelope.contains(QStringLiteral("This is a copy an administrator resent of the same "
                                                      "message: %1, received ")
                                           .arg(original.queueId)),
                     qPrintable(envelope));
            QVERIFY2(!envelope.contains(QStringLiteral("handed over again")), qPrintable(envelope));
        }
    }
};

QTEST_MAIN(TestMessageViewer)
#include "tst_messageviewer.moc"
