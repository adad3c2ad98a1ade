// Safe by default, with real widgets on the offscreen platform: Enter on every destructive question keeps
// everything; a wide range as a trusted device asks in words first; "Copy settings" never hands out a
// revoked username.
#include "boxanswer.h"
#include "core/agents/agentdirectory.h"
#include "core/store/database.h"
#include "core/store/settings.h"
#include "core/tls/certificategenerator.h"
#include "exampledata.h"
#include "tests/support/tempdatadir.h"
#include "ui/agentdialog.h"
#include "ui/agentlistmodel.h"
#include "ui/agentspage.h"
#include "ui/appconfigpanel.h"
#include "ui/certificatepanel.h"
#include "ui/credentialspanel.h"
#include "ui/entrylisteditor.h"
#include "ui/queuemodel.h"
#include "ui/queuepage.h"
#include "windowtour.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkInterface>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace RelayDesk;
using RelayDesk::Test::BoxAnswer;

namespace {

/// A data directory's listeners on a self-signed certificate for name (as an office might import one), with
/// settings, and the Mail Agent billing-app allowed from allowed.
bool officeCertificateAndAgent(const QString& dir, const QString& name,
                               QList<std::pair<QString, QString>> settings, const QString& allowed)
{
    const QString cert = dir + QStringLiteral("/office.crt");
    const QString key = dir + QStringLiteral("/office.key");
    if (!CertificateGenerator::generate(cert, key, QStringList{name}))
        return false;
    settings << std::pair{QStringLiteral("tls.certificate"), cert}
             << std::pair{QStringLiteral("tls.key"), key};
    return Settings(dir).setAll(settings).ok() &&
           AgentDirectory(dir)
               .createAgent(QStringLiteral("billing-app"), {CidrRange::parse(allowed).value()}, {})
               .ok();
}

void selectRow(QAbstractItemView* view, int row)
{
    view->selectionModel()->select(view->model()->index(row, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->setCurrentIndex(view->model()->index(row, 0));
}

} // namespace

class TestSafeDefaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void copySettingsSayWhenTheCertificateDoesNotNameTheHost();
    void theCertificateNoteFollowsTheServerGiven();
    void enterKeepsTheAgent();
    void deleteKeyInAListAsksAsItsButton();
    void enterKeepsTheCredential_data();
    void deletingAnAgentSaysHowMuchOfItsMailWaits();
    void enterKeepsTheCredential();
    void enterKeepsQueuedMail_data();
    void enterKeepsQueuedMail();
    void enterKeepsTheCertificate();
    void wideTrustedRangeAsksInWords_data();
    void wideTrustedRangeAsksInWords();
    void everyAddressIsNeverTrusted_data();
    void everyAddressIsNeverTrusted();
    void narrowTrustedRangeAndWideAllowlistDoNotAsk();
    void aHostNameThatDoesNotLeadToTheLoopbackListenersIsSaid();
    void copySettingsNeverUsesARevokedCredential();
    void copySettingsGiveOtherComputersAnAddress();
    void copySettingsOfADeviceAgentNameTheLanRelay();
};

void TestSafeDefaults::enterKeepsTheAgent()
{
    Test::TempDataDir dir;
    AgentDirectory(dir.path()).createAgent(QStringLiteral("billing-app"), {}, {});
    AgentDirectory(dir.path()).createCredential(QStringLiteral("billing-app"));
    AgentsPage page(dir.path());
    page.show();
    QTRY_COMPARE(page.model()->rowCount(), 1);
    selectRow(page.findChild<QTableView*>(QStringLiteral("agentList")), 0);
    auto* remove = page.findChild<QPushButton*>(QStringLiteral("deleteAgent"));
    QVERIFY(remove->isEnabled());

    for (const int key : {int(Qt::Key_Return), int(Qt::Key_Enter), int(Qt::Key_Escape)}) {
        BoxAnswer answer(QStringLiteral("confirmDeleteAgent"), key);
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_VERIFY(answer.seen()); // after its waiting mail is counted
        QVERIFY(answer.defaultIsCancel());
        QVERIFY(answer.text().contains(QStringLiteral("billing-app")));
        // Whether any of its mail waits (an outside tester could not tell).
        QVERIFY2(answer.text().contains(QStringLiteral("None of its messages waits in the queue")),
                 qPrintable(answer.text()));
    }
    QTest::qWait(100);
    QVERIFY(AgentDirectory(dir.path()).agent(QStringLiteral("billing-app")).ok());
    QCOMPARE(AgentDirectory(dir.path()).credentials(QStringLiteral("billing-app"))->size(), 1);

    // The action's button does delete.
    BoxAnswer confirm(QStringLiteral("confirmDeleteAgent"), 0);
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_VERIFY(confirm.seen());
    QTRY_COMPARE(page.model()->rowCount(), 0);
    QVERIFY(!AgentDirectory(dir.path()).agent(QStringLiteral("billing-app")).ok());
}

void TestSafeDefaults::deletingAnAgentSaysHowMuchOfItsMailWaits()
{
    // An outside tester deleted an agent with mail in the queue: the question said that such mail stays,
    // not whether there was any.
    Test::WindowTour::useLanguage(QStringLiteral("en_US")); // "5 messages", as an English window says it
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    const QString name = QStringLiteral("billing-app");
    const int waiting = AgentDirectory(dir.path()).waitingMessages(name).value();
    QVERIFY(waiting > 1);
    QSqlQuery hold(Database::connection(dir.path()).value());
    QVERIFY(hold.exec(QStringLiteral("UPDATE messages SET held = 0"))); // none held, until below
    AgentsPage page(dir.path());
    page.show();
    auto* list = page.findChild<QTableView*>(QStringLiteral("agentList"));
    QTRY_VERIFY(page.model()->rowCount() > 0);
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        if (page.model()->index(row, 0).data().toString() == name)
            selectRow(list, row);
    }
    BoxAnswer answer(QStringLiteral("confirmDeleteAgent"), Qt::Key_Escape);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("deleteAgent")), Qt::LeftButton);
    QTRY_VERIFY(answer.seen());
    QVERIFY2(answer.text().contains(name), qPrintable(answer.text()));
    QVERIFY2(
        answer.text().contains(
            QStringLiteral("%1 messages it handed over still wait in the queue: they stay in the queue and "
                           "are still delivered")
                .arg(waiting)),
        qPrintable(answer.text()));
    QTest::qWait(100);
    QCOMPARE(AgentDirectory(dir.path()).waitingMessages(name).value(), waiting);
    QVERIFY(AgentDirectory(dir.path()).agent(name).ok());

    // Held messages are not delivered until released: "are still delivered" said otherwise of them (an
    // outside tester).
    QVERIFY(hold.exec(QStringLiteral(
        "UPDATE messages SET held = 1 WHERE id IN (SELECT DISTINCT r.message_id FROM recipients r JOIN "
        "messages"
        " m ON m.id = r.message_id WHERE m.agent_name = 'billing-app' AND r.state IN ('queued','deferred')"
        " ORDER BY r.message_id LIMIT 2)")));
    QCOMPARE(hold.numRowsAffected(), 2);
    BoxAnswer held(QStringLiteral("confirmDeleteAgent"), Qt::Key_Escape);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("deleteAgent")), Qt::LeftButton);
    QTRY_VERIFY(held.seen());
    QVERIFY2(held.text().contains(QStringLiteral("%1 message").arg(waiting)), qPrintable(held.text()));
    QVERIFY2(
        held.text().contains(QStringLiteral("it handed over still wait in the queue, and stay there: 2 of "
                                            "them are held, which are delivered once released")),
        qPrintable(held.text()));
    QVERIFY2(!held.text().contains(QStringLiteral("they stay in the queue and are still delivered")),
             qPrintable(held.text()));
    QTest::qWait(100);
    QVERIFY(AgentDirectory(dir.path()).agent(name).ok());
}

void TestSafeDefaults::deleteKeyInAListAsksAsItsButton()
{
    // A keyboard user pressed Delete in the Mail Agents list, a credential list and the queue, and nothing
    // happened (an outside tester). It asks what the list's button asks, Cancel by default; Enter keeps all.
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    AgentDirectory(dir.path()).createAgent(QStringLiteral("keyboard-test"), {}, {});
    const QString username =
        AgentDirectory(dir.path()).createCredential(QStringLiteral("keyboard-test"))->credential.username;

    AgentsPage agents(dir.path());
    agents.show();
    auto* agentList = agents.findChild<QTableView*>(QStringLiteral("agentList"));
    QTRY_VERIFY(agents.model()->rowCount() > 0);
    selectRow(agentList, 0);
    agentList->setFocus();
    {
        BoxAnswer answer(QStringLiteral("confirmDeleteAgent"), Qt::Key_Return);
        QTest::keyClick(agentList, Qt::Key_Delete);
        QTRY_VERIFY(answer.seen());
        QVERIFY(answer.defaultIsCancel());
    }

    CredentialsPanel credentials(dir.path());
    credentials.show();
    credentials.setAgent(QStringLiteral("keyboard-test"));
    QTRY_COMPARE(credentials.usernames(), QStringList{username});
    auto* credentialList = credentials.findChild<QTreeWidget*>(QStringLiteral("credentials"));
    credentialList->setCurrentItem(credentialList->topLevelItem(0));
    credentialList->setFocus();
    {
        BoxAnswer answer(QStringLiteral("confirmRevoke"), Qt::Key_Return);
        QTest::keyClick(credentialList, Qt::Key_Delete);
        QVERIFY(answer.seen());
        QVERIFY(answer.defaultIsCancel());
    }
    QVERIFY(AgentDirectory(dir.path()).credentials(QStringLiteral("keyboard-test"))->first().isActive());

    QueuePage queue(dir.path());
    queue.show();
    QTRY_VERIFY(queue.model()->rowCount() > 0);
    selectRow(queue.view(), 0);
    queue.view()->setFocus();
    QSignalSpy requested(&queue, &QueuePage::actionRequested);
    {
        BoxAnswer answer(QStringLiteral("confirmQueueAction"), Qt::Key_Return);
        QTest::keyClick(queue.view(), Qt::Key_Delete);
        QVERIFY(answer.seen());
        QVERIFY(answer.defaultIsCancel());
    }
    QCOMPARE(requested.count(), 0);
    QVERIFY(AgentDirectory(dir.path()).agent(QStringLiteral("keyboard-test")).ok());
}

void TestSafeDefaults::enterKeepsTheCredential_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("box");
    QTest::newRow("revoke") << "revoke"
                            << "confirmRevoke";
    QTest::newRow("rotate") << "rotate"
                            << "confirmRotate";
}

void TestSafeDefaults::enterKeepsTheCredential()
{
    QFETCH(QString, button);
    QFETCH(QString, box);
    Test::TempDataDir dir;
    AgentDirectory agents(dir.path());
    agents.createAgent(QStringLiteral("billing-app"), {}, {});
    const QString username = agents.createCredential(QStringLiteral("billing-app"))->credential.username;
    CredentialsPanel panel(dir.path());
    panel.show();
    panel.setAgent(QStringLiteral("billing-app"));
    QTRY_COMPARE(panel.usernames(), QStringList{username});
    auto* list = panel.findChild<QTreeWidget*>(QStringLiteral("credentials"));
    list->setCurrentItem(list->topLevelItem(0));
    auto* action = panel.findChild<QPushButton*>(button);
    QVERIFY(action->isEnabled());

    BoxAnswer answer(box, Qt::Key_Return);
    QTest::mouseClick(action, Qt::LeftButton);
    QVERIFY(answer.seen());
    QVERIFY(answer.defaultIsCancel());
    QTest::qWait(100);
    const auto credentials = agents.credentials(QStringLiteral("billing-app"));
    QCOMPARE(credentials->size(), 1);
    QCOMPARE(credentials->first().username, username);
    QVERIFY(credentials->first().isActive());
}

void TestSafeDefaults::enterKeepsQueuedMail_data()
{
    QTest::addColumn<int>("action");
    QTest::newRow("delete") << int(QueueAction::Delete);
    QTest::newRow("bounce") << int(QueueAction::Bounce);
}

void TestSafeDefaults::enterKeepsQueuedMail()
{
    QFETCH(int, action);
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    QueuePage page(dir.path());
    page.show();
    QTRY_VERIFY(page.model()->rowCount() > 0);
    selectRow(page.view(), 0);
    QSignalSpy requested(&page, &QueuePage::actionRequested);
    auto* button = page.findChild<QPushButton*>(QStringLiteral("action%1").arg(action));
    QVERIFY(button->isEnabled());
    BoxAnswer answer(QStringLiteral("confirmQueueAction"), Qt::Key_Return);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(answer.seen());
    QVERIFY(answer.defaultIsCancel());
    QCOMPARE(requested.count(), 0);
}

void TestSafeDefaults::enterKeepsTheCertificate()
{
    Test::TempDataDir dir;
    CertificatePanel panel(dir.path());
    panel.show();
    QSignalSpy changed(&panel, &CertificatePanel::certificateChanged);
    auto* generate = panel.findChild<QPushButton*>(QStringLiteral("generateCertificate"));
    QTRY_VERIFY(generate->isEnabled());
    BoxAnswer answer(QStringLiteral("confirmGenerateCertificate"), Qt::Key_Return);
    QTest::mouseClick(generate, Qt::LeftButton);
    QVERIFY(answer.seen());
    QVERIFY(answer.defaultIsCancel());
    QTest::qWait(200);
    QCOMPARE(changed.count(), 0);
}

void TestSafeDefaults::wideTrustedRangeAsksInWords_data()
{
    QTest::addColumn<QString>("range");
    QTest::newRow("wider than a /16") << "10.0.0.0/8";
    QTest::newRow("a wide IPv6 range") << "2001:db8::/32";
}

// An outside tester trusted 0.0.0.0/0 in the window after one confirmation (the command line refused it):
// every address is an open relay, refused as it is typed, with no question that could be clicked through.
void TestSafeDefaults::everyAddressIsNeverTrusted_data()
{
    QTest::addColumn<QString>("range");
    QTest::newRow("every IPv4 address") << "0.0.0.0/0";
    QTest::newRow("every IPv6 address") << "::/0";
}

void TestSafeDefaults::everyAddressIsNeverTrusted()
{
    QFETCH(QString, range);
    Test::TempDataDir dir;
    AgentDialog dialog(dir.path(), MailAgent());
    dialog.show();
    auto* trusted = dialog.findChild<EntryListEditor*>(QStringLiteral("trusted"));
    auto* entry = trusted->findChild<QLineEdit*>(QStringLiteral("entry"));
    QTest::keyClicks(entry, range);
    auto* hint = trusted->findChild<QLabel*>(QStringLiteral("hint"));
    QVERIFY2(hint->text().contains(QStringLiteral("would let anyone send mail through this relay")),
             qPrintable(hint->text()));
    BoxAnswer question(QStringLiteral("confirmWideRange"), 0);
    QTest::keyClick(entry, Qt::Key_Return);
    QTest::mouseClick(trusted->findChild<QPushButton*>(QStringLiteral("add")), Qt::LeftButton);
    QTest::qWait(300);
    QVERIFY(!question.seen());
    QVERIFY(trusted->entries().isEmpty());
}

void TestSafeDefaults::wideTrustedRangeAsksInWords()
{
    QFETCH(QString, range);
    Test::TempDataDir dir;
    AgentDialog dialog(dir.path(), MailAgent());
    dialog.show();
    auto* trusted = dialog.findChild<EntryListEditor*>(QStringLiteral("trusted"));
    auto* entry = trusted->findChild<QLineEdit*>(QStringLiteral("entry"));
    QTest::keyClicks(entry, range);
    // Not green: the hint says what it means.
    auto* hint = trusted->findChild<QLabel*>(QStringLiteral("hint"));
    QVERIFY2(hint->text().contains(QStringLiteral("without a password")), qPrintable(hint->text()));
    QVERIFY(!hint->styleSheet().contains(QStringLiteral("#2f9e44")));

    // Enter in the field asks; Enter on the question keeps the range off the list.
    {
        BoxAnswer answer(QStringLiteral("confirmWideRange"), Qt::Key_Return);
        QTest::keyClick(entry, Qt::Key_Return);
        QVERIFY(answer.seen());
        QVERIFY(answer.defaultIsCancel());
        QVERIFY2(answer.text().contains(
                     QStringLiteral("anyone in this range can send mail through you without a password"),
                     Qt::CaseInsensitive),
                 qPrintable(answer.text()));
    }
    QVERIFY(trusted->entries().isEmpty());
    QCOMPARE(entry->text(), range); // still typed: the dialog will not save it half-decided
    QVERIFY(!dialog.isSaving());

    // Confirmed with the action's button, it is added, and listed in red.
    BoxAnswer confirm(QStringLiteral("confirmWideRange"), 0);
    QTest::mouseClick(trusted->findChild<QPushButton*>(QStringLiteral("add")), Qt::LeftButton);
    QVERIFY(confirm.seen());
    QCOMPARE(trusted->entries().size(), 1);
    auto* list = trusted->findChild<QListWidget*>(QStringLiteral("entries"));
    QVERIFY(list->item(0)->toolTip().contains(QStringLiteral("without a password")));
}

void TestSafeDefaults::narrowTrustedRangeAndWideAllowlistDoNotAsk()
{
    Test::TempDataDir dir;
    AgentDialog dialog(dir.path(), MailAgent());
    dialog.show();
    auto* trusted = dialog.findChild<EntryListEditor*>(QStringLiteral("trusted"));
    QTest::keyClicks(trusted->findChild<QLineEdit*>(QStringLiteral("entry")),
                     QStringLiteral("192.168.0.0/16"));
    QTest::keyClick(trusted->findChild<QLineEdit*>(QStringLiteral("entry")), Qt::Key_Return);
    QCOMPARE(trusted->entries().size(), 1);
    // The allowlist needs a password anyway: a wide range there is a choice, not an open relay.
    auto* allowlist = dialog.findChild<EntryListEditor*>(QStringLiteral("allowlist"));
    QTest::keyClicks(allowlist->findChild<QLineEdit*>(QStringLiteral("entry")), QStringLiteral("0.0.0.0/0"));
    // Taken without a question, but not in green: every address was passed without a word (an outside
    // tester).
    auto* allowHint = allowlist->findChild<QLabel*>(QStringLiteral("hint"));
    QVERIFY2(allowHint->text().contains(QStringLiteral("log in from anywhere")),
             qPrintable(allowHint->text()));
    QVERIFY(allowHint->styleSheet().contains(QStringLiteral("#b08000")));
    QTest::keyClick(allowlist->findChild<QLineEdit*>(QStringLiteral("entry")), Qt::Key_Return);
    QCOMPARE(allowlist->entries().size(), 1);
    QVERIFY(allowlist->findChild<QListWidget*>(QStringLiteral("entries"))
                ->item(0)
                ->toolTip()
                .contains(QStringLiteral("only the password")));
    // A public mail provider's domain: its mail from here is rejected at the receivers; said as it is typed.
    auto* senders = dialog.findChild<EntryListEditor*>(QStringLiteral("senders"));
    QVERIFY(senders);
    QTest::keyClicks(senders->findChild<QLineEdit*>(QStringLiteral("senderEntry")),
                     QStringLiteral("gmail.com"));
    auto* senderHint = senders->findChild<QLabel*>(QStringLiteral("senderHint"));
    QVERIFY2(senderHint->text().contains(QStringLiteral("public mail provider")),
             qPrintable(senderHint->text()));
    QVERIFY(senderHint->styleSheet().contains(QStringLiteral("#b08000")));
    QTest::keyClick(senders->findChild<QLineEdit*>(QStringLiteral("senderEntry")), Qt::Key_Return);
    QCOMPARE(senders->entries(), QStringList{QStringLiteral("gmail.com")});
    QTest::keyClicks(senders->findChild<QLineEdit*>(QStringLiteral("senderEntry")),
                     QStringLiteral("office.example"));
    QVERIFY(senderHint->styleSheet().contains(QStringLiteral("#2f9e44")));
}

void TestSafeDefaults::copySettingsOfADeviceAgentNameTheLanRelay()
{
    // An outside tester made an agent for a scanner (a trusted device, no allowed address): "Configure your
    // application" gave the submission ports and "generate a credential first", which could never work, and
    // never named the LAN relay port the scanner sends to.
    Test::TempDataDir dir;
    QVERIFY(Settings(dir.path())
                .set(QStringLiteral("listener.lan.address"), QStringLiteral("127.0.0.1:32525"))
                .ok());
    AgentDirectory agents(dir.path());
    QVERIFY(agents
                .createAgent(QStringLiteral("scanner"), {},
                             {CidrRange::parse(QStringLiteral("192.0.2.40")).value()})
                .ok());
    QVERIFY(agents
                .createAgent(QStringLiteral("billing-app"),
                             {CidrRange::parse(QStringLiteral("192.0.2.7")).value()},
                             {CidrRange::parse(QStringLiteral("192.0.2.41")).value()})
                .ok());
    AgentsPage page(dir.path());
    page.show();
    QTRY_COMPARE(page.model()->rowCount(), 2);
    AppConfigPanel* config = page.appConfigPanel();
    auto* list = page.findChild<QTableView*>(QStringLiteral("agentList"));
    selectRow(list, page.model()->rowOf(QStringLiteral("scanner")));
    QTRY_VERIFY(config->text().contains(
        QStringLiteral("Devices at 192.0.2.40: port 32525 (LAN relay), no authentication")));
    QVERIFY2(!config->text().contains(QStringLiteral("Username")), qPrintable(config->text()));
    QVERIFY(!config->text().contains(QStringLiteral("generate one first")));
    // What the device must send as, in the copied settings (an outside tester pasted them into a scanner's
    // manual page, and the From: address was the setting that went wrong).
    QVERIFY2(config->text().contains(QStringLiteral(
                 "Sender address (envelope and From: header): none is allowed yet; add the agent's sender "
                 "domains (Sender domains tab), or every message is refused")),
             qPrintable(config->text()));
    // Every listener on loopback (the first start's defaults): said, since these are the settings handed to
    // the office's other computers (an outside tester).
    QVERIFY2(config->text().contains(QStringLiteral("The relay takes connections from this computer only")),
             qPrintable(config->text()));
    // An agent with both: the login settings and the devices'.
    QVERIFY(agents.addSender(QStringLiteral("billing-app"), QStringLiteral("office.example")).ok());
    QVERIFY(agents.addSender(QStringLiteral("billing-app"), QStringLiteral("billing@shop.example")).ok());
    page.reload(QStringLiteral("billing-app"));
    QTRY_VERIFY(config->text().contains(QStringLiteral("Devices at 192.0.2.41: port 32525")));
    QVERIFY2(
        config->text().contains(QStringLiteral("Sender address (envelope and From: header): "
                                               "billing@shop.example, or an address at office.example")) ||
            config->text().contains(QStringLiteral("Sender address (envelope and From: header): an address "
                                                   "at office.example, or billing@shop.example")),
        qPrintable(config->text()));
    QVERIFY(config->text().contains(QStringLiteral("Username: none: this agent has no active credential")));
    // A LAN listener on the network and a short host name: the devices get this computer's address (only
    // the submission listener's was looked at).
    Settings settings(dir.path());
    QVERIFY(settings.set(QStringLiteral("server.hostname"), QStringLiteral("vm")).ok());
    QVERIFY(settings.set(QStringLiteral("listener.lan.address"), QStringLiteral("192.0.2.9:32525")).ok());
    selectRow(list, page.model()->rowOf(QStringLiteral("scanner")));
    QTRY_VERIFY2(config->text().startsWith(QStringLiteral("SMTP server: 192.0.2.9\n")),
                 qPrintable(config->text()));
    QVERIFY2(!config->text().contains(QStringLiteral("from this computer only")), qPrintable(config->text()));
    // A listener switched off is not handed out (an application set up from it got "connection refused": an
    // outside tester).
    QVERIFY(settings.set(QStringLiteral("listener.submission.enabled"), QStringLiteral("false")).ok());
    QVERIFY(settings.set(QStringLiteral("listener.smtps.address"), QStringLiteral("127.0.0.1:32465")).ok());
    selectRow(list, page.model()->rowOf(QStringLiteral("billing-app")));
    QTRY_VERIFY2(config->text().contains(QStringLiteral(
                     "Port 32465 with SSL/TLS (implicit TLS; the submission port is switched off)")),
                 qPrintable(config->text()));
    QVERIFY2(!config->text().contains(QStringLiteral("STARTTLS (submission)")), qPrintable(config->text()));
    // That port is on a loopback address while the LAN relay's takes the network: said, not handed to other
    // computers as if they could use it (an outside tester's copied settings gave it at the network address).
    QVERIFY2(config->text().contains(QStringLiteral("Port 32465 takes connections from this computer only: "
                                                    "applications on other computers cannot use it")),
             qPrintable(config->text()));
    QVERIFY(settings.set(QStringLiteral("listener.lan.enabled"), QStringLiteral("false")).ok());
    selectRow(list, page.model()->rowOf(QStringLiteral("scanner")));
    QTRY_VERIFY2(
        config->text().contains(QStringLiteral("Devices at 192.0.2.40: none can send now, the LAN relay "
                                               "port is switched off")),
        qPrintable(config->text()));
}

void TestSafeDefaults::copySettingsSayWhenTheCertificateDoesNotNameTheHost()
{
    // An outside tester's panel said "SMTP server: vm" beside a certificate for relay.office.test: every
    // application that checks certificates, set up exactly as the window said, refused the relay.
    Test::TempDataDir dir;
    QVERIFY(officeCertificateAndAgent(
        dir.path(), QStringLiteral("relay.office.test"),
        {{QStringLiteral("server.hostname"), QStringLiteral("mail.office.test")},
         {QStringLiteral("listener.submission.address"), QStringLiteral("192.0.2.9:32587")}},
        QStringLiteral("192.0.2.0/24")));
    Settings settings(dir.path());
    AgentsPage page(dir.path());
    page.show();
    QTRY_COMPARE(page.model()->rowCount(), 1);
    AppConfigPanel* config = page.appConfigPanel();
    selectRow(page.findChild<QTableView*>(QStringLiteral("agentList")), 0);
    QTRY_VERIFY2(config->text().contains(QStringLiteral(
                     "The relay's certificate does not name mail.office.test (it names relay.office.test")),
                 qPrintable(config->text()));
    QVERIFY(config->findChild<QLabel*>(QStringLiteral("appConfig"))
                ->text()
                .contains(QStringLiteral("not named by the certificate")));
    // An imported certificate that is self-signed needs to be given to applications as the relay's own does
    // (a second tester's hint went away with the import).
    QVERIFY2(config->text().contains(QStringLiteral("Certificate: self-signed. Applications that check "
                                                    "certificates refuse it until they are given it")),
             qPrintable(config->text()));
    // A host name the certificate names is not questioned.
    QVERIFY(settings.set(QStringLiteral("server.hostname"), QStringLiteral("relay.office.test")).ok());
    AgentsPage again(dir.path());
    again.show();
    QTRY_COMPARE(again.model()->rowCount(), 1);
    selectRow(again.findChild<QTableView*>(QStringLiteral("agentList")), 0);
    QTRY_VERIFY(again.appConfigPanel()->text().startsWith(QStringLiteral("SMTP server: relay.office.test")));
    QVERIFY2(!again.appConfigPanel()->text().contains(QStringLiteral("does not name")),
             qPrintable(again.appConfigPanel()->text()));
}

void TestSafeDefaults::theCertificateNoteFollowsTheServerGiven()
{
    // Every listener on 127.0.0.1 and a host name that leads nowhere: the settings give 127.0.0.1, which the
    // certificate names, and said that the certificate did not name the host name they no longer gave (a
    // second tester).
    Test::TempDataDir dir;
    QVERIFY(officeCertificateAndAgent(
        dir.path(), QStringLiteral("other.example.test"),
        {{QStringLiteral("server.hostname"), QStringLiteral("relay.office.invalid")}},
        QStringLiteral("127.0.0.1")));
    AgentsPage page(dir.path());
    page.show();
    QTRY_COMPARE(page.model()->rowCount(), 1);
    AppConfigPanel* config = page.appConfigPanel();
    selectRow(page.findChild<QTableView*>(QStringLiteral("agentList")), 0);
    QTRY_VERIFY2(config->text().startsWith(QStringLiteral("SMTP server: 127.0.0.1\n")),
                 qPrintable(config->text()));
    QVERIFY2(!config->text().contains(QStringLiteral("does not name")), qPrintable(config->text()));
    QVERIFY(!config->findChild<QLabel*>(QStringLiteral("appConfig"))
                 ->text()
                 .contains(QStringLiteral("not named by the certificate")));
}

void TestSafeDefaults::aHostNameThatDoesNotLeadToTheLoopbackListenersIsSaid()
{
    // Every listener on 127.0.0.1 and the host name relay.office.example, which resolves nowhere here: the
    // settings handed it to applications on this computer, and msmtp failed at "cannot locate host" (an
    // outside tester). Said, with the address that works.
    Test::TempDataDir dir;
    Settings settings(dir.path());
    QVERIFY(settings.set(QStringLiteral("server.hostname"), QStringLiteral("relay.office.invalid")).ok());
    AgentDirectory agents(dir.path());
    QVERIFY(agents
                .createAgent(QStringLiteral("billing-app"),
                             {CidrRange::parse(QStringLiteral("127.0.0.1")).value()}, {})
                .ok());
    AgentsPage page(dir.path());
    page.show();
    QTRY_COMPARE(page.model()->rowCount(), 1);
    AppConfigPanel* config = page.appConfigPanel();
    selectRow(page.findChild<QTableView*>(QStringLiteral("agentList")), 0);
    QTRY_VERIFY2(
        config->text().contains(QStringLiteral(
            "The host name relay.office.invalid does not lead to this computer's loopback address, where "
            "the relay listens now: applications on this computer are given 127.0.0.1 as the server")),
        qPrintable(config->text()));
    QVERIFY2(config->text().startsWith(QStringLiteral("SMTP server: 127.0.0.1\n")),
             qPrintable(config->text()));
    // A name that leads there is not questioned.
    QVERIFY(settings.set(QStringLiteral("server.hostname"), QStringLiteral("localhost")).ok());
    AgentsPage again(dir.path());
    again.show();
    QTRY_COMPARE(again.model()->rowCount(), 1);
    selectRow(again.findChild<QTableView*>(QStringLiteral("agentList")), 0);
    QTRY_VERIFY(again.appConfigPanel()->text().contains(QStringLiteral("SMTP server: localhost")));
    QTest::qWait(500); // the look-up's answer
    QVERIFY2(!again.appConfigPanel()->text().contains(QStringLiteral("does not lead")),
             qPrintable(again.appConfigPanel()->text()));
}

void TestSafeDefaults::copySettingsNeverUsesARevokedCredential()
{
    Test::TempDataDir dir;
    AgentDirectory agents(dir.path());
    agents.createAgent(QStringLiteral("billing-app"), {}, {});
    const QString first = agents.createCredential(QStringLiteral("billing-app"))->credential.username;
    const QString second = agents.createCredential(QStringLiteral("billing-app"))->credential.username;
    QVERIFY(agents.revokeCredential(second).ok()); // the newest is revoked, the older one still works

    AgentsPage page(dir.path());
    page.show();
    QTRY_COMPARE(page.model()->rowCount(), 1);
    selectRow(page.findChild<QTableView*>(QStringLiteral("agentList")), 0);
    AppConfigPanel* config = page.appConfigPanel();
    QTRY_VERIFY(config->text().contains(first));
    QVERIFY(!config->text().contains(second));
    QTest::mouseClick(config->findChild<QPushButton*>(QStringLiteral("copySettings")), Qt::LeftButton);
    QVERIFY(QApplication::clipboard() == nullptr || !QApplication::clipboard()->text().contains(second));

    // With every credential revoked, the settings say there is none.
    QVERIFY(agents.revokeCredential(first).ok());
    page.credentialsPanel()->setAgent(QStringLiteral("billing-app"));
    QTRY_VERIFY(config->text().contains(QStringLiteral("no active credential")));
    QVERIFY(!config->text().contains(first));
    QVERIFY(!config->text().contains(second));
}

// A short host name ("vm") is found only on this computer: for a listener that takes connections from the
// network the settings give the computer's address instead, and say why.
void TestSafeDefaults::copySettingsGiveOtherComputersAnAddress()
{
    Test::TempDataDir dir;
    Settings settings(dir.path());
    QVERIFY(settings.set(QStringLiteral("server.hostname"), QStringLiteral("vm")).ok());
    const auto textFor = [&](const QString& submission) {
        if (!settings.set(QStringLiteral("listener.submission.address"), submission).ok())
            return QStringLiteral("(not stored)");
        AppConfigPanel panel(dir.path());
        QSignalSpy changed(&panel, &AppConfigPanel::textChanged);
        panel.setAgent(QStringLiteral("billing-app"), QStringLiteral("rd_user"));
        if (!changed.wait(5000) && changed.isEmpty())
            return QStringLiteral("(no text)");
        return panel.text();
    };
    // Only this computer connects: its own name works here.
    QString text = textFor(QStringLiteral("127.0.0.1:2587"));
    QVERIFY2(text.startsWith(QStringLiteral("SMTP server: vm\n")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("not a full name")));
    // One address of this computer: that one.
    text = textFor(QStringLiteral("192.0.2.7:2587"));
    QVERIFY2(text.startsWith(QStringLiteral("SMTP server: 192.0.2.7\n")), qPrintable(text));
    QVERIFY(text.contains(
        QStringLiteral("192.0.2.7 is this computer's network address: the host name vm is not a "
                       "full name")));
    // Every address: the first of an interface, IPv4 first (when this machine has one besides loopback).
    QString expected;
    for (const QHostAddress& address : QNetworkInterface::allAddresses()) {
        if (!address.isLoopback() && !address.isLinkLocal() &&
            address.protocol() == QAbstractSocket::IPv4Protocol) {
            expected = address.toString();
            break;
        }
    }
    text = textFor(QStringLiteral("0.0.0.0:2587"));
    if (!expected.isEmpty())
        QVERIFY2(text.startsWith(QStringLiteral("SMTP server: %1\n").arg(expected)), qPrintable(text));
    // A full name stays, whatever the listener.
    QVERIFY(settings.set(QStringLiteral("server.hostname"), QStringLiteral("relay.example.com")).ok());
    text = textFor(QStringLiteral("0.0.0.0:2587"));
    QVERIFY2(text.startsWith(QStringLiteral("SMTP server: relay.example.com\n")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("not a full name")));
    // A full name that this computer cannot look up: said, with its address (an outside tester's
    // relay.office.lan was handed to every application, which failed at "host not found"). RFC 6761 6.4:
    // no .invalid name resolves.
    QVERIFY(settings.set(QStringLiteral("server.hostname"), QStringLiteral("relay.office.invalid")).ok());
    {
        QVERIFY(settings.set(QStringLiteral("listener.submission.address"), QStringLiteral("192.0.2.7:2587"))
                    .ok());
        AppConfigPanel panel(dir.path());
        panel.setAgent(QStringLiteral("billing-app"), QStringLiteral("rd_user"));
        QTRY_VERIFY_WITH_TIMEOUT(panel.text().contains(QStringLiteral("does not resolve")), 30000);
        const QString hinted = panel.text();
        QVERIFY2(hinted.startsWith(QStringLiteral("SMTP server: relay.office.invalid\n")),
                 qPrintable(hinted));
        QVERIFY2(hinted.contains(QStringLiteral("The host name relay.office.invalid does not resolve on this "
                                                "computer")),
                 qPrintable(hinted));
        QVERIFY2(hinted.contains(QStringLiteral("this computer's address 192.0.2.7")), qPrintable(hinted));
        // Only this computer connects (loopback): no hint, as nothing else needs the name.
        QVERIFY(settings.set(QStringLiteral("listener.submission.address"), QStringLiteral("127.0.0.1:2587"))
                    .ok());
        QVERIFY(settings.set(QStringLiteral("listener.lan.address"), QStringLiteral("127.0.0.1:2525")).ok());
        QSignalSpy changed(&panel, &AppConfigPanel::textChanged);
        panel.setAgent(QStringLiteral("billing-app"), QStringLiteral("rd_user"));
        QVERIFY(changed.wait(5000));
        QTest::qWait(1000); // a lookup would answer within it here (the name fails at once)
        QVERIFY2(!panel.text().contains(QStringLiteral("does not resolve")), qPrintable(panel.text()));
    }
    QVERIFY(settings.set(QStringLiteral("server.hostname"), QStringLiteral("relay.example.com")).ok());
    // The relay's own certificate: said, with how to give it to the application (an outside tester's msmtp,
    // set up from the copied settings, refused it at the first try).
    QVERIFY2(text.contains(QStringLiteral("Certificate: the relay's own (self-signed)")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("tls_trust_file")));
    // An imported self-signed certificate: the same hint (a second tester's went away with the import).
    const QString cert = dir.path() + QStringLiteral("/office.crt");
    const QString key = dir.path() + QStringLiteral("/office.key");
    QVERIFY(CertificateGenerator::generate(cert, key, QStringLiteral("relay.example.com")).ok());
    QVERIFY(Settings(dir.path())
                .setAll({{QStringLiteral("tls.certificate"), cert}, {QStringLiteral("tls.key"), key}})
                .ok());
    text = textFor(QStringLiteral("0.0.0.0:2587"));
    QVERIFY2(text.contains(QStringLiteral("Certificate: self-signed.")), qPrintable(text));
    // One an office CA issued (openssl, as an office would): nothing to say.
    const auto openssl = [&dir](const QStringList& args) {
        QProcess run;
        run.setWorkingDirectory(dir.path());
        run.start(QStringLiteral("openssl"), args);
        return run.waitForFinished(30000) && run.exitCode() == 0;
    };
    QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                     QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                     QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                     QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                     QStringLiteral("/CN=Office CA"), QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                     QStringLiteral("-out"), QStringLiteral("ca.pem")}));
    QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                     QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                     QStringLiteral("-nodes"), QStringLiteral("-subj"),
                     QStringLiteral("/CN=relay.example.com"), QStringLiteral("-addext"),
                     QStringLiteral("subjectAltName=DNS:relay.example.com"), QStringLiteral("-keyout"),
                     QStringLiteral("issued.key"), QStringLiteral("-out"), QStringLiteral("issued.csr")}));
    QVERIFY(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                     QStringLiteral("issued.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                     QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                     QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-copy_extensions"),
                     QStringLiteral("copy"), QStringLiteral("-out"), QStringLiteral("issued.crt")}));
    QVERIFY(Settings(dir.path())
                .setAll({{QStringLiteral("tls.certificate"), dir.path() + QStringLiteral("/issued.crt")},
                         {QStringLiteral("tls.key"), dir.path() + QStringLiteral("/issued.key")}})
                .ok());
    text = textFor(QStringLiteral("0.0.0.0:2587"));
    QVERIFY2(!text.contains(QStringLiteral("Certificate:")), qPrintable(text));
}

QTEST_MAIN(TestSafeDefaults)
#include "tst_safedefaults.moc"
