// GUI tests of the Mail Agent dialogs on the offscreen platform: typing into real widgets.
#include "boxanswer.h"
#include "core/admin/agentadmin.h"
#include "core/admin/dkimadmin.h"
#include "core/agents/agentdirectory.h"
#include "core/smtp/senderrules.h"
#include "core/store/database.h"
#include "core/util/domainname.h"
#include "mnemonics.h"
#include "tabwalk.h"
#include "tests/support/tempdatadir.h"
#include "ui/agentdialog.h"
#include "ui/agentlistmodel.h"
#include "ui/agentnametext.h"
#include "ui/agentspage.h"
#include "ui/cidrentryrules.h"
#include "ui/credentialspanel.h"
#include "ui/entrylisteditor.h"
#include "ui/passworddialog.h"
#include "ui/senderentryrules.h"
#include "ui/translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace RelayDesk;

class TestAgentDialogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createAgentByTyping();
    void allowlistValidatesAsTyped();
    void badNameIsRefusedWhereTyped();
    void duplicateNameIsReportedNotSaved();
    void narrowingTheAllowlistNamesWhoItLocksOut();
    void removingASenderDomainInUseAsksFirst();
    void escapeAsksBeforeDroppingEdits();
    void tabGoesDownTheLeftColumnThenTheRight();
    void enterInANewAgentsNameGoesOnInsteadOfSaving();
    void enterInAnAddFieldAddsInsteadOfSaving();
    void theAllowlistStaysPutAfterAdd();
    void passwordIsNotClosedAwayByReflex();
    void passwordDialogTabsInReadingOrder();
    void everyMnemonicOfTheDialogIsItsOwn();
    void agentsPageListsOffTheGuiThread();
    void passwordIsShownOnce();
    void aRotatedCredentialIsListedAtOnce();
    void anAgentMadeInTheWindowGetsItsFirstCredential();
    void agentListModelPassesModelTester();
    void aLongHintKeepsItsRoomSoTheListStaysPut();
    void removingASignedDomainSaysItsKeysAreKept();
    void senderRefusalsInTheWindowsLanguage(); // installs German and French: the last
    void internationalizedSenderDomainsReadAsWritten();
};

void TestAgentDialogs::theAllowlistStaysPutAfterAdd()
{
    // An outside tester typed an address into Allowed addresses, pressed Enter, and clicked the entry that
    // had been under the mouse to remove it: the list had moved up a line, the click selected the new entry,
    // and the wrong allowlist was saved.
    Test::TempDataDir dir;
    MailAgent agent;
    agent.allowlist = {CidrRange::parse(QStringLiteral("127.0.0.1")).value()};
    AgentDialog dialog(dir.path(), agent);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* editor = dialog.findChild<EntryListEditor*>(QStringLiteral("allowlist"));
    auto* list = editor->findChild<QListWidget*>(QStringLiteral("entries"));
    auto listTop = [&]() {
        QApplication::processEvents();
        return list->mapTo(&dialog, QPoint(0, 0)).y();
    };
    auto* entry = editor->findChild<QLineEdit*>(QStringLiteral("entry"));
    QTest::keyClicks(entry, QStringLiteral("192.168.1.0/24"));
    // Where the list is while its hint shows, under the mouse that moves to it next: it stays there (this
    // compared the list before typing, and missed a two-line hint that moved it down and back up).
    QTest::qWait(50);
    const int before = listTop();
    QTest::keyClick(entry, Qt::Key_Return);
    QCOMPARE(editor->entries().size(), 2);
    QTest::qWait(50);
    QCOMPARE(listTop(), before);
}

void TestAgentDialogs::tabGoesDownTheLeftColumnThenTheRight()
{
    // An outside tester filled the dialog from top to bottom with Tab: after the description came the allowed
    // addresses of the right column, and the sender domain went into the address field.
    Test::TempDataDir dir;
    AgentDialog dialog(dir.path(), MailAgent());
    dialog.show();
    QList<QWidget*> fields;
    for (const char* name :
         {"name", "enabled", "description", "senders", "anySender", "allowlist", "trusted"})
        fields << dialog.findChild<QWidget*>(QString::fromLatin1(name));
    QVERIFY(!fields.contains(nullptr));
    QCOMPARE(Test::tabWalk(&dialog, fields.first(), fields),
             (QStringList{QStringLiteral("name"), QStringLiteral("enabled"), QStringLiteral("description"),
                          QStringLiteral("senders"), QStringLiteral("anySender"), QStringLiteral("allowlist"),
                          QStringLiteral("trusted")}));
}

void TestAgentDialogs::escapeAsksBeforeDroppingEdits()
{
    // An outside tester pressed Escape by reflex in a filled-in "New Mail Agent" dialog, and it was gone.
    Test::TempDataDir dir;
    {
        AgentDialog untouched(dir.path(), MailAgent()); // nothing typed: closes at once
        QSignalSpy rejected(&untouched, &QDialog::rejected);
        Test::BoxAnswer none(QStringLiteral("confirmDiscardAgentEdits"), Qt::Key_Escape);
        untouched.show();
        QTest::keyClick(&untouched, Qt::Key_Escape);
        QCOMPARE(rejected.size(), 1);
        QVERIFY(!none.seen());
    }
    AgentDialog dialog(dir.path(), MailAgent());
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("scanner"));
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    for (const int key : {int(Qt::Key_Return), int(Qt::Key_Escape)}) { // Cancel is the default: kept
        Test::BoxAnswer keep(QStringLiteral("confirmDiscardAgentEdits"), key);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QTRY_VERIFY(keep.seen());
        QVERIFY(keep.defaultIsCancel());
        QCOMPARE(rejected.size(), 0);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("name"))->text(), QStringLiteral("scanner"));
    }
    Test::BoxAnswer discard(QStringLiteral("confirmDiscardAgentEdits"), 0);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QTRY_VERIFY(discard.seen());
    QCOMPARE(rejected.size(), 1);
    QVERIFY(!AgentDirectory(dir.path()).agent(QStringLiteral("scanner")));
}

void TestAgentDialogs::passwordIsNotClosedAwayByReflex()
{
    // The once-only password closed on Escape without a word (an outside tester), and a lost password means
    // rotating the credential.
    for (const bool copy : {false, true}) {
        PasswordDialog dialog(QStringLiteral("rdk_user"), QStringLiteral("secret-pass-word"));
        dialog.show();
        QSignalSpy finished(&dialog, &QDialog::finished);
        if (copy)
            QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("copyPassword")), Qt::LeftButton);
        else {
            Test::BoxAnswer keep(QStringLiteral("confirmClosePassword"), Qt::Key_Return);
            QTest::keyClick(&dialog, Qt::Key_Escape);
            QTRY_VERIFY(keep.seen());
            QVERIFY(keep.defaultIsCancel());
            QCOMPARE(finished.size(), 0);
            QVERIFY(dialog.isVisible());
        }
        Test::BoxAnswer close(QStringLiteral("confirmClosePassword"), 0);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(close.seen(), !copy); // copied: nothing to lose, no question
    }
    // The Close button asks as Escape does (an outside tester closed it with the button, password unseen).
    PasswordDialog dialog(QStringLiteral("rdk_user"), QStringLiteral("secret-pass-word"));
    dialog.show();
    QSignalSpy finished(&dialog, &QDialog::finished);
    {
        Test::BoxAnswer keep(QStringLiteral("confirmClosePassword"), Qt::Key_Return);
        QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close),
                          Qt::LeftButton);
        QTRY_VERIFY(keep.seen());
        QCOMPARE(finished.size(), 0);
        QVERIFY(dialog.isVisible());
    }
    Test::BoxAnswer close(QStringLiteral("confirmClosePassword"), 0);
    QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(close.seen());
}

void TestAgentDialogs::passwordDialogTabsInReadingOrder()
{
    // An outside tester's Tab went from the user name to the password and only then to the two Copy buttons;
    // each field is followed by its own Copy, starting at the first.
    PasswordDialog dialog(QStringLiteral("rdk_user"), QStringLiteral("secret-pass-word"));
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QList<QWidget*> fields;
    for (const char* name : {"username", "copyUser", "password", "copyPassword"})
        fields << dialog.findChild<QWidget*>(QString::fromLatin1(name));
    QVERIFY(!fields.contains(nullptr));
    QCOMPARE(QApplication::focusWidget(), fields.at(1));
    QAbstractButton* close = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("close"));
    fields << close;
    QCOMPARE(Test::tabWalk(&dialog, fields.first(), fields, 6),
             (QStringList{QStringLiteral("username"), QStringLiteral("copyUser"), QStringLiteral("password"),
                          QStringLiteral("copyPassword"), QStringLiteral("close")}));
}

void TestAgentDialogs::everyMnemonicOfTheDialogIsItsOwn()
{
    // A keyboard user had no Alt+letter for the lists' Remove buttons; each list's is its own, and no two of
    // the dialog's mnemonics share a letter.
    Test::TempDataDir dir;
    AgentDialog dialog(dir.path(), MailAgent());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QStringList problems;
    for (const Test::Mnemonic& mnemonic : Test::visibleMnemonics(&dialog)) {
        const QStringList clashes = Test::mnemonicClashes(&dialog, mnemonic.text);
        if (!clashes.isEmpty())
            problems << mnemonic.text + QStringLiteral(" shares its key with ") +
                            clashes.join(QStringLiteral(", "));
    }
    for (const char* name : {"senders", "allowlist", "trusted"}) {
        auto* editor = dialog.findChild<EntryListEditor*>(QString::fromLatin1(name));
        for (QPushButton* button : editor->findChildren<QPushButton*>()) {
            if (button->objectName().endsWith(QStringLiteral("emove"), Qt::CaseInsensitive) &&
                QKeySequence::mnemonic(button->text()).isEmpty())
                problems << QString::fromLatin1(name) + QStringLiteral(": Remove has no mnemonic");
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // Alt+the letter of the allowlist's Remove removes its selected entry.
    auto* allowlist = dialog.findChild<EntryListEditor*>(QStringLiteral("allowlist"));
    QTest::keyClicks(allowlist->findChild<QLineEdit*>(QStringLiteral("entry")), QStringLiteral("192.0.2.7"));
    QTest::keyClick(allowlist->findChild<QLineEdit*>(QStringLiteral("entry")), Qt::Key_Return);
    QCOMPARE(allowlist->entries().size(), 1);
    auto* list = allowlist->findChild<QListWidget*>(QStringLiteral("entries"));
    list->setCurrentRow(0);
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    const QKeySequence remove =
        QKeySequence::mnemonic(allowlist->findChild<QPushButton*>(QStringLiteral("remove"))->text());
    QTest::keySequence(&dialog, remove);
    QTRY_COMPARE(allowlist->entries().size(), 0); // a mnemonic clicks as a button is seen pressed
}

void TestAgentDialogs::enterInANewAgentsNameGoesOnInsteadOfSaving()
{
    // An outside tester typed a new agent's name and pressed Enter: the agent was saved at once, without
    // sender domains or allowed addresses. In a new agent's name and description Enter goes on to the next
    // field.
    Test::TempDataDir dir;
    AgentDialog dialog(dir.path(), MailAgent());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("name"));
    auto* description = dialog.findChild<QLineEdit*>(QStringLiteral("description"));
    auto* senders = dialog.findChild<EntryListEditor*>(QStringLiteral("senders"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("webshop"));
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(!dialog.isSaving());
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(dialog.focusWidget(), description);
    QTest::keyClicks(description, QStringLiteral("Orders"));
    QTest::keyClick(description, Qt::Key_Enter, Qt::KeypadModifier);
    QVERIFY(!dialog.isSaving());
    QVERIFY(senders->isAncestorOf(dialog.focusWidget()) || dialog.focusWidget() == senders);
    QVERIFY(!AgentDirectory(dir.path()).agent(QStringLiteral("webshop")).ok());

    // An agent being edited is saved by Enter, as before.
    const auto stored = AgentDirectory(dir.path()).createAgent(QStringLiteral("printer"), {}, {});
    QVERIFY2(stored.ok(), qPrintable(stored.error()));
    AgentDialog edit(dir.path(), stored.value());
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    auto* editDescription = edit.findChild<QLineEdit*>(QStringLiteral("description"));
    editDescription->setFocus();
    QTest::keyClicks(editDescription, QStringLiteral("Second floor"));
    QTest::keyClick(editDescription, Qt::Key_Return);
    QTRY_COMPARE(edit.result(), int(QDialog::Accepted));
    QCOMPARE(AgentDirectory(dir.path()).agent(QStringLiteral("printer"))->description,
             QStringLiteral("Second floor"));
}

void TestAgentDialogs::enterInAnAddFieldAddsInsteadOfSaving()
{
    // An outside tester typed a sender domain into its field and pressed Enter: the dialog's OK fired, the
    // agent was made without the domain, and its once-only password was shown for an agent that could not
    // send. Enter adds what is typed in an add field, in both columns, and only adds.
    Test::TempDataDir dir;
    AgentDialog dialog(dir.path(), MailAgent());
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("name"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("webshop"));
    QTest::keyClick(name, Qt::Key_Return);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // from the description to the domain
    auto* senders = dialog.findChild<EntryListEditor*>(QStringLiteral("senders"));
    auto* allowlist = dialog.findChild<EntryListEditor*>(QStringLiteral("allowlist"));
    for (const auto& [editor, typed] : {std::pair{senders, QStringLiteral("shop.example")},
                                        std::pair{allowlist, QStringLiteral("192.0.2.7")}}) {
        auto* field = editor->findChild<QLineEdit*>(editor == senders ? QStringLiteral("senderEntry")
                                                                      : QStringLiteral("entry"));
        field->setFocus();
        QCOMPARE(QApplication::focusWidget(), field);
        QTest::keyClicks(field, typed);
        for (const int key : {int(Qt::Key_Return), int(Qt::Key_Enter)}) {
            QTest::keyClick(field, Qt::Key(key), key == Qt::Key_Enter ? Qt::KeypadModifier : Qt::NoModifier);
            QVERIFY(!dialog.isSaving());
            QVERIFY(dialog.isVisible());
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            QCOMPARE(editor->entries().size(), 1); // the second Enter, in an empty field, adds nothing
            QVERIFY(field->text().isEmpty());
        }
    }
    QVERIFY(!AgentDirectory(dir.path()).agent(QStringLiteral("webshop")).ok());
    // A field whose text cannot be added keeps it, and Enter does not save it away either.
    auto* field = allowlist->findChild<QLineEdit*>(QStringLiteral("entry"));
    QTest::keyClicks(field, QStringLiteral("not an address"));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(!dialog.isSaving());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(field->text(), QStringLiteral("not an address"));
    QVERIFY(!AgentDirectory(dir.path()).agent(QStringLiteral("webshop")).ok());

    // Text typed into an add field and not added yet is a change: Escape asks before dropping it.
    AgentDialog typedOnly(dir.path(), MailAgent());
    typedOnly.show();
    QSignalSpy rejected(&typedOnly, &QDialog::rejected);
    auto* domain = typedOnly.findChild<QLineEdit*>(QStringLiteral("senderEntry"));
    QTest::keyClicks(domain, QStringLiteral("shop.example"));
    {
        Test::BoxAnswer keep(QStringLiteral("confirmDiscardAgentEdits"), Qt::Key_Return);
        QTest::keyClick(domain, Qt::Key_Escape);
        QTRY_VERIFY(keep.seen());
        QVERIFY(keep.defaultIsCancel());
        QCOMPARE(rejected.size(), 0);
        QCOMPARE(domain->text(), QStringLiteral("shop.example"));
    }
    Test::BoxAnswer discard(QStringLiteral("confirmDiscardAgentEdits"), 0);
    QTest::keyClick(domain, Qt::Key_Escape);
    QTRY_VERIFY(discard.seen());
    QCOMPARE(rejected.size(), 1);
}

void TestAgentDialogs::createAgentByTyping()
{
    Test::TempDataDir dir;
    AgentDialog dialog(dir.path(), MailAgent());
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("billing-app"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("description")), QStringLiteral("Invoices"));
    auto* allowlist = dialog.findChild<EntryListEditor*>(QStringLiteral("allowlist"));
    QTest::keyClicks(allowlist->findChild<QLineEdit*>(QStringLiteral("entry")),
                     QStringLiteral("192.0.2.0/24"));
    QTest::mouseClick(allowlist->findChild<QPushButton*>(QStringLiteral("add")), Qt::LeftButton);
    auto* trusted = dialog.findChild<EntryListEditor*>(QStringLiteral("trusted"));
    QTest::keyClicks(trusted->findChild<QLineEdit*>(QStringLiteral("entry")), QStringLiteral("192.0.2.50"));
    QTest::keyClick(trusted->findChild<QLineEdit*>(QStringLiteral("entry")), Qt::Key_Return);
    auto* enabled = dialog.findChild<QCheckBox*>(QStringLiteral("enabled"));
    QVERIFY2(!dialog.isSaving() && enabled->isEnabled() && enabled->isChecked(), "before toggling");
    QTest::mouseClick(enabled, Qt::LeftButton, {},
                      QPoint(6, enabled->height() / 2)); // on the box: now disabled
    QVERIFY(!enabled->isChecked());

    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    // Saving runs on a worker: meanwhile the dialog is disabled and does not close on Cancel/Escape.
    QVERIFY(dialog.isSaving());
    QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("name"))->isEnabled());
    QVERIFY(!ok->isEnabled());
    dialog.reject();
    QVERIFY(dialog.isVisible());
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isSaving());

    const Expected<MailAgent> agent = AgentDirectory(dir.path()).agent(QStringLiteral("billing-app"));
    QVERIFY2(agent.ok(), qPrintable(agent.error()));
    QCOMPARE(agent->description, QStringLiteral("Invoices"));
    QCOMPARE(agent->enabled, false);
    QCOMPARE(agent->allowlist.size(), 1);
    QCOMPARE(agent->allowlist.first().toString(), QStringLiteral("192.0.2.0/24"));
    QCOMPARE(agent->trustedDevices.size(), 1);
    QCOMPARE(agent->trustedDevices.first().toString(), QStringLiteral("192.0.2.50"));
}

void TestAgentDialogs::allowlistValidatesAsTyped()
{
    EntryListEditor editor{CidrEntryRules::rules(QString())};
    editor.show();
    auto* entry = editor.findChild<QLineEdit*>(QStringLiteral("entry"));
    auto* hint = editor.findChild<QLabel*>(QStringLiteral("hint"));
    auto* add = editor.findChild<QPushButton*>(QStringLiteral("add"));

    QTest::keyClicks(entry, QStringLiteral("10.0.0.1/8"));
    QVERIFY(!add->isEnabled());
    QVERIFY2(hint->text().contains(QStringLiteral("10.0.0.0/8")),
             qPrintable(hint->text())); // the hint says the fix

    entry->clear();
    QTest::keyClicks(entry, QStringLiteral("10.0.0.0/24"));
    QVERIFY(add->isEnabled());
    QVERIFY2(hint->text().contains(QStringLiteral("256")), qPrintable(hint->text()));

    entry->clear();
    QTest::keyClicks(entry, QStringLiteral("10.0.0.0/8"));
    QVERIFY(add->isEnabled());
    QVERIFY2(hint->text().contains(QStringLiteral("10.255.255.255")), qPrintable(hint->text()));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(editor.entries().size(), 1);
    QVERIFY(entry->text().isEmpty());

    // The same range again is refused, with a message.
    QTest::keyClicks(entry, QStringLiteral("10.0.0.0/8"));
    QVERIFY(!add->isEnabled());
    QVERIFY(!hint->text().isEmpty());

    entry->clear();
    QTest::keyClicks(entry, QStringLiteral("300.1.2.3"));
    QVERIFY(!add->isEnabled());
    QVERIFY(!hint->text().isEmpty());
}

void TestAgentDialogs::badNameIsRefusedWhereTyped()
{
    Test::TempDataDir dir;
    AgentDialog dialog(dir.path(), MailAgent());
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no name yet
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("bad name!"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("problem"))->text().isEmpty());

    // A typed but not added address is not silently dropped: the dialog stays open and nothing is saved.
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("name"));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("good-name"));
    QVERIFY(ok->isEnabled());
    QTest::keyClicks(dialog.findChild<EntryListEditor*>(QStringLiteral("allowlist"))
                         ->findChild<QLineEdit*>(QStringLiteral("entry")),
                     QStringLiteral("192.0.2.9"));
    dialog.accept();
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(!AgentDirectory(dir.path()).agent(QStringLiteral("good-name")).ok());
}

void TestAgentDialogs::duplicateNameIsReportedNotSaved()
{
    Test::TempDataDir dir;
    QVERIFY(AgentDirectory(dir.path())
                .createAgent(QStringLiteral("taken"), {}, {}, QStringLiteral("first"))
                .ok());
    AgentDialog dialog(dir.path(), MailAgent());
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("taken"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("description")), QStringLiteral("second"));
    QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    // The store refuses it on the worker; the dialog stays open, enabled again, and says why.
    QTRY_VERIFY(!dialog.isSaving());
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(dialog.findChild<QLineEdit*>(QStringLiteral("name"))->isEnabled());
    auto* problem = dialog.findChild<QLabel*>(QStringLiteral("problem"));
    QVERIFY(!problem->text().isEmpty());
    QVERIFY(problem->text() != QStringLiteral("Saving..."));
    QCOMPARE(AgentDirectory(dir.path()).agent(QStringLiteral("taken"))->description, QStringLiteral("first"));
}

// An outside tester removed the address a client was sending from: the client got a bare 535 and nothing had
// warned. The dialog names the addresses of the last week that the new allowlist leaves out, and asks first.
void TestAgentDialogs::narrowingTheAllowlistNamesWhoItLocksOut()
{
    Test::TempDataDir dir;
    AgentDirectory agents(dir.path());
    const auto loopback = CidrRange::parse(QStringLiteral("127.0.0.0/8")).value();
    QVERIFY(agents.createAgent(QStringLiteral("scanner"), {loopback}, {}).ok());
    const MailAgent before = agents.agent(QStringLiteral("scanner")).value();
    QSqlQuery q(Database::connection(dir.path()).value());
    q.prepare(QStringLiteral(
        "INSERT INTO messages(queue_id, agent_id, agent_name, sender, subject, size, received_at,"
        " listener, client_address) VALUES('Q1', ?, 'scanner', 'a@example.com', 's', 10, ?,"
        " 'submission', '127.0.0.7')"));
    q.addBindValue(before.id);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch() - 3600 * 1000);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    const auto storedAllowlist = [&]() {
        return AgentDirectory(dir.path()).agent(QStringLiteral("scanner"))->allowlist;
    };
    {
        // Still covered (127.0.0.7 is in 127.0.0.0/24): saved without a question.
        AgentDialog dialog(dir.path(), before);
        dialog.findChild<EntryListEditor*>(QStringLiteral("allowlist"))
            ->setEntries({QStringLiteral("127.0.0.0/24")});
        Test::BoxAnswer none(QStringLiteral("confirmNarrowAllowlist"), Qt::Key_Escape);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.accept();
        QTRY_COMPARE(accepted.size(), 1);
        QVERIFY(!none.seen());
        QCOMPARE(storedAllowlist().first().toString(), QStringLiteral("127.0.0.0/24"));
    }
    const MailAgent covered = agents.agent(QStringLiteral("scanner")).value();
    for (const int key : {int(Qt::Key_Return), int(Qt::Key_Escape)}) {
        AgentDialog dialog(dir.path(), covered);
        dialog.findChild<EntryListEditor*>(QStringLiteral("allowlist"))
            ->setEntries({QStringLiteral("192.0.2.0/24")});
        Test::BoxAnswer answer(QStringLiteral("confirmNarrowAllowlist"), key);
        dialog.accept();
        QTRY_VERIFY(answer.seen());
        QVERIFY(answer.defaultIsCancel());
        QVERIFY2(answer.text().contains(QStringLiteral("127.0.0.7")) &&
                     answer.text().contains(QStringLiteral("scanner")),
                 qPrintable(answer.text()));
        QTRY_VERIFY(dialog.findChild<QDialogButtonBox*>()->isEnabled()); // back to editing, nothing stored
        // and it does not say it is saving ("Saving..." stayed after the question: an outside tester)
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("problem"))->text(), QString());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(storedAllowlist().first().toString(), QStringLiteral("127.0.0.0/24"));
    }
    AgentDialog dialog(dir.path(), covered);
    dialog.findChild<EntryListEditor*>(QStringLiteral("allowlist"))
        ->setEntries({QStringLiteral("192.0.2.0/24")});
    Test::BoxAnswer save(QStringLiteral("confirmNarrowAllowlist"), 0);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.accept();
    QTRY_COMPARE(accepted.size(), 1);
    QVERIFY(save.seen());
    QCOMPARE(storedAllowlist().first().toString(), QStringLiteral("192.0.2.0/24"));
}

// An outside tester removed the sender domain an application was sending as: the dialog closed at once and
// the application got 553 5.7.1 from its next message on (62 times). The senders of the last week that the
// new sender domains leave out are named, and asked about first, Cancel the default, as the allowlist is.
void TestAgentDialogs::removingASenderDomainInUseAsksFirst()
{
    Test::TempDataDir dir;
    AgentDirectory agents(dir.path());
    const MailAgent wanted =
        MailAgent::wanted(QStringLiteral("billing"), {}, {}, QString(),
                          {QStringLiteral("billing.test"), QStringLiteral("other.test")}, false);
    QVERIFY(agents.createAgent(wanted).ok());
    const MailAgent before = agents.agent(QStringLiteral("billing")).value();
    QSqlQuery q(Database::connection(dir.path()).value());
    q.prepare(QStringLiteral(
        "INSERT INTO messages(queue_id, agent_id, agent_name, sender, subject, size, received_at,"
        " listener, client_address) VALUES('Q1', ?, 'billing', 'Invoices@billing.test', 's', 10, ?,"
        " 'submission', '127.0.0.1')"));
    q.addBindValue(before.id);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch() - 3600 * 1000);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    const auto stored = [&]() {
        return AgentDirectory(dir.path()).agent(QStringLiteral("billing"))->senders;
    };
    {
        // The domain not in use goes without a question.
        AgentDialog dialog(dir.path(), before);
        dialog.findChild<EntryListEditor*>(QStringLiteral("senders"))
            ->setEntries({QStringLiteral("billing.test")});
        Test::BoxAnswer none(QStringLiteral("confirmNarrowSenders"), Qt::Key_Escape);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.accept();
        QTRY_COMPARE(accepted.size(), 1);
        QVERIFY(!none.seen());
        QCOMPARE(stored(), QStringList{QStringLiteral("billing.test")});
    }
    const MailAgent inUse = agents.agent(QStringLiteral("billing")).value();
    {
        AgentDialog dialog(dir.path(), inUse);
        dialog.findChild<EntryListEditor*>(QStringLiteral("senders"))
            ->setEntries({QStringLiteral("new.test")});
        Test::BoxAnswer answer(QStringLiteral("confirmNarrowSenders"), Qt::Key_Return);
        dialog.accept();
        QTRY_VERIFY(answer.seen());
        QVERIFY(answer.defaultIsCancel());
        QVERIFY2(answer.text().contains(QStringLiteral("invoices@billing.test")) &&
                     answer.text().contains(QStringLiteral("553 5.7.1")),
                 qPrintable(answer.text()));
        QTRY_VERIFY(dialog.findChild<QDialogButtonBox*>()->isEnabled());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(stored(), QStringList{QStringLiteral("billing.test")});
    }
    AgentDialog dialog(dir.path(), inUse);
    dialog.findChild<EntryListEditor*>(QStringLiteral("senders"))->setEntries({QStringLiteral("new.test")});
    Test::BoxAnswer save(QStringLiteral("confirmNarrowSenders"), 0);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.accept();
    QTRY_COMPARE(accepted.size(), 1);
    QVERIFY(save.seen());
    QCOMPARE(stored(), QStringList{QStringLiteral("new.test")});
    Database::releaseThreadConnection(dir.path());
}

void TestAgentDialogs::agentsPageListsOffTheGuiThread()
{
    Test::TempDataDir dir;
    AgentDirectory directory(dir.path());
    QVERIFY(directory.createAgent(QStringLiteral("alpha"), {}, {}).ok());
    QVERIFY(directory.createAgent(QStringLiteral("beta"), {}, {}).ok());
    AgentsPage page(dir.path());
    QSignalSpy loaded(&page, &AgentsPage::agentsLoaded);
    QTRY_COMPARE(page.model()->rowCount(), 2);
    QVERIFY(directory.createAgent(QStringLiteral("gamma"), {}, {}).ok());
    page.reload(QStringLiteral("gamma"));
    QCOMPARE(page.model()->rowCount(), 2); // the list arrives from the worker, not during reload()
    QTRY_COMPARE(page.model()->rowCount(), 3);
    QVERIFY(loaded.count() >= 2);
    QTRY_COMPARE(page.credentialsPanel()->usernames(), QStringList());
}

void TestAgentDialogs::aRotatedCredentialIsListedAtOnce()
{
    // An outside tester rotated a credential on the Mail Agents page: the table then showed the old ones,
    // revoked, and not the new one (listed oldest first, it was below them, out of sight);
    // "Configure your application" already named it.
    Test::TempDataDir dir;
    AgentDirectory directory(dir.path());
    QVERIFY(directory.createAgent(QStringLiteral("billing"), {}, {}).ok());
    QString old = directory.createCredential(QStringLiteral("billing"))->credential.username;
    for (int i = 0; i < 12; ++i) // earlier rotations
        old = directory.rotateCredential(old)->credential.username;
    AgentsPage page(dir.path());
    page.resize(1024, 700);
    page.show();
    QTRY_COMPARE(page.model()->rowCount(), 1);
    page.findChild<QTableView*>()->selectRow(0);
    CredentialsPanel* panel = page.credentialsPanel();
    QTRY_COMPARE(panel->usernames().size(), 13);
    auto* list = panel->findChild<QTreeWidget*>(QStringLiteral("credentials"));
    QCOMPARE(list->topLevelItem(0)->text(0), old); // the active one first
    list->setCurrentItem(list->topLevelItem(0));
    QString shown;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&]() {
        if (auto* dialog = qobject_cast<PasswordDialog*>(QApplication::activeModalWidget())) {
            shown = dialog->findChild<QLineEdit*>(QStringLiteral("username"))->text();
            dialog->accept();
        }
    });
    poll.start(20);
    Test::BoxAnswer confirm(QStringLiteral("confirmRotate"), 0);
    QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("rotate")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
    poll.stop();
    QVERIFY(confirm.seen());
    QTRY_COMPARE(list->topLevelItemCount(), 14);
    QCOMPARE(panel->newestActiveUsername(), shown);
    // The new credential is the first row, selected and in view; the one it replaced is revoked below it.
    QTreeWidgetItem* first = list->topLevelItem(0);
    QCOMPARE(first->text(0), shown);
    QCOMPARE(first->text(3), QStringLiteral("active"));
    QVERIFY(first->isSelected());
    QVERIFY(list->viewport()->rect().intersects(list->visualItemRect(first)));
    QCOMPARE(list->topLevelItem(1)->text(0), old);
    QCOMPARE(list->topLevelItem(1)->text(3), QStringLiteral("revoked"));
}

void TestAgentDialogs::anAgentMadeInTheWindowGetsItsFirstCredential()
{
    // `agent create` prints the new agent's first credential; one made with "New agent..." had none, and the
    // settings for its applications said to generate one first (an outside tester). The dialogs are modal:
    // typed into and closed from the event loop.
    Test::TempDataDir dir;
    AgentsPage page(dir.path());
    page.resize(1024, 700);
    page.show();
    QString shownUser;
    bool typed = false;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&]() {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* agentDialog = qobject_cast<AgentDialog*>(modal); agentDialog && !typed) {
            typed = true;
            QTest::keyClicks(agentDialog->findChild<QLineEdit*>(QStringLiteral("name")),
                             QStringLiteral("shop"));
            QTest::mouseClick(agentDialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        } else if (auto* password = qobject_cast<PasswordDialog*>(modal)) {
            shownUser = password->findChild<QLineEdit*>(QStringLiteral("username"))->text();
            QTest::mouseClick(password->findChild<QPushButton*>(QStringLiteral("copyPassword")),
                              Qt::LeftButton);
            password->accept();
        }
    });
    poll.start(20);
    auto* create = page.findChild<QPushButton*>(QStringLiteral("newAgent"));
    QVERIFY(create);
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!shownUser.isEmpty(), 20000);
    poll.stop();
    const auto credentials = AgentAdmin(dir.path()).credentials(QStringLiteral("shop"));
    QVERIFY2(credentials, qPrintable(credentials.error()));
    QCOMPARE(credentials->size(), 1);
    QCOMPARE(credentials->first().username, shownUser);
    QTRY_COMPARE(page.credentialsPanel()->newestActiveUsername(), shownUser);
}

void TestAgentDialogs::passwordIsShownOnce()
{
    Test::TempDataDir dir;
    AgentDirectory directory(dir.path());
    QVERIFY(directory
                .createAgent(QStringLiteral("scanner"),
                             {CidrRange::parse(QStringLiteral("192.0.2.0/24")).value()}, {})
                .ok());

    CredentialsPanel panel(dir.path());
    panel.setAgent(QStringLiteral("scanner"));
    panel.show();
    QString shownUser;
    QString shownPassword;
    bool warned = false;
    // The password dialog is modal: inspect and close it from the event loop.
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&]() {
        auto* dialog = qobject_cast<PasswordDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        shownUser = dialog->findChild<QLineEdit*>(QStringLiteral("username"))->text();
        shownPassword = dialog->findChild<QLineEdit*>(QStringLiteral("password"))->text();
        warned = dialog->findChild<QLabel*>(QStringLiteral("warning"))
                     ->text()
                     .contains(QStringLiteral("only this once"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("copyPassword")), Qt::LeftButton);
        dialog->accept();
    });
    poll.start(20);
    QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("generate")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!shownPassword.isEmpty(), 20000);
    poll.stop();
    QVERIFY(warned);
    QCOMPARE(QApplication::clipboard()->text(), shownPassword);
    QVERIFY(shownPassword.size() >= 22); // at least 128 random bits

    // The credential exists and authenticates with the password that was shown.
    const AuthDecision decision =
        directory.authenticate(shownUser, shownPassword.toUtf8(), QHostAddress(QStringLiteral("192.0.2.7")));
    QVERIFY2(decision.accepted, qPrintable(decision.reason));

    // Reopening the agent lists only the username; the password appears nowhere in the panel.
    CredentialsPanel reopened(dir.path());
    reopened.setAgent(QStringLiteral("scanner"));
    QTRY_COMPARE(reopened.usernames(), QStringList{shownUser});
    auto* list = reopened.findChild<QTreeWidget*>(QStringLiteral("credentials"));
    QCOMPARE(list->topLevelItemCount(), 1);
    for (int column = 0; column < list->columnCount(); ++column)
        QVERIFY(!list->topLevelItem(0)->text(column).contains(shownPassword));
    for (QLineEdit* edit : reopened.findChildren<QLineEdit*>())
        QVERIFY(!edit->text().contains(shownPassword));
}

void TestAgentDialogs::agentListModelPassesModelTester()
{
    AgentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    MailAgent a;
    a.id = 1;
    a.name = QStringLiteral("one");
    a.allowlist = {CidrRange::parse(QStringLiteral("10.0.0.0/8")).value()};
    MailAgent b = a;
    b.id = 2;
    b.name = QStringLiteral("two");
    b.enabled = false;
    model.setAgents({a, b});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(QStringLiteral("two")), 1);
    QCOMPARE(model.index(0, AgentListModel::Allowlist).data().toString(), QStringLiteral("10.0.0.0/8"));
    model.setAgents({b});
    QCOMPARE(model.rowCount(), 1);
}

void TestAgentDialogs::internationalizedSenderDomainsReadAsWritten()
{
    // The reported defect: b\u00fcro.example was listed as xn--bro-hoa.example in the agent dialog. It is
    // stored in A-labels (as recipients arrive) and shown as its owner writes it.
    EntryListEditor editor{SenderEntryRules::rules()};
    editor.show();
    auto* entry = editor.findChild<QLineEdit*>(QStringLiteral("senderEntry"));
    auto* hint = editor.findChild<QLabel*>(QStringLiteral("senderHint"));
    auto* list = editor.findChild<QListWidget*>(QStringLiteral("senderEntries"));
    QVERIFY(entry && hint && list);
    const QString domain = QStringLiteral("b\u00fcro.example");
    entry->insert(domain); // as typed (QTest types ASCII only)
    QVERIFY2(hint->text().contains(domain) && !hint->text().contains(QStringLiteral("xn--")),
             qPrintable(hint->text()));
    QTest::keyClick(entry, Qt::Key_Return);
    QCOMPARE(editor.entries(), QStringList{QStringLiteral("xn--bro-hoa.example")});
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), domain);
    // The same domain typed again, either way, is the one on the list.
    QTest::keyClicks(entry, QStringLiteral("xn--bro-hoa.example"));
    QVERIFY2(hint->text().contains(domain), qPrintable(hint->text()));
}

void TestAgentDialogs::removingASignedDomainSaysItsKeysAreKept()
{
    // `domain remove` said a domain's DKIM keys are kept (and sign its mail again if it is added back); the
    // window's agent dialog removed it without a word.
    Test::TempDataDir dir;
    AgentDirectory agents(dir.path());
    const auto loopback = CidrRange::parse(QStringLiteral("127.0.0.0/8")).value();
    QVERIFY(agents.createAgent(QStringLiteral("shop"), {loopback}, {}).ok());
    QVERIFY(agents.addSender(QStringLiteral("shop"), QStringLiteral("shop.example")).ok());
    QVERIFY(agents.addSender(QStringLiteral("shop"), QStringLiteral("news.example")).ok());
    QVERIFY(DkimAdmin(dir.path()).ensureKeys(QStringLiteral("shop.example")).ok());
    AgentDialog dialog(dir.path(), agents.agent(QStringLiteral("shop")).value());
    dialog.show();
    auto* warning = dialog.findChild<QLabel*>(QStringLiteral("senderWarning"));
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("senderEntries"));
    auto* remove = dialog.findChild<QPushButton*>(QStringLiteral("senderRemove"));
    QVERIFY(warning && list && remove);
    QCOMPARE(list->count(), 2);
    // The domain without keys goes: nothing to say about keys.
    list->setCurrentRow(list->row(list->findItems(QStringLiteral("news.example"), Qt::MatchExactly).first()));
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(list->count(), 1);
    QTest::qWait(200); // the keys are read off the window's thread
    QCOMPARE(warning->text(), QString());
    list->setCurrentRow(0);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(list->count(), 0);
    // No domain at all: that warning comes first. Another domain added: the kept keys are named.
    QVERIFY2(warning->text().startsWith(QLatin1String("No sender domain yet")), qPrintable(warning->text()));
    QVERIFY2(warning->text().contains(QLatin1String("The DKIM keys of shop.example are kept")),
             qPrintable(warning->text())); // said too (an outside tester read only the first)
    auto* entry = dialog.findChild<QLineEdit*>(QStringLiteral("senderEntry"));
    QTest::keyClicks(entry, QStringLiteral("other.example"));
    QTest::keyClick(entry, Qt::Key_Return);
    QVERIFY2(warning->text().contains(QLatin1String("The DKIM keys of shop.example are kept")),
             qPrintable(warning->text()));
    // Added back (as typed in capitals): nothing is lost, nothing said.
    QTest::keyClicks(entry, QStringLiteral("SHOP.example"));
    QTest::keyClick(entry, Qt::Key_Return);
    QCOMPARE(list->count(), 2);
    QCOMPARE(warning->text(), QString());
}

void TestAgentDialogs::aLongHintKeepsItsRoomSoTheListStaysPut()
{
    // French, "0.0.0.0/0" typed into the allowlist: its hint took three lines and pushed the list down; Enter
    // cleared it and the list jumped back up, under the next click (an outside tester). Narrow here, so that
    // the English hint wraps too.
    // In a form as in the agent dialog: as tall as it asks to be, the room below it left empty.
    QWidget form;
    auto* layout = new QVBoxLayout(&form);
    auto* editorInForm = new EntryListEditor{CidrEntryRules::rules(QStringLiteral("address")), &form};
    EntryListEditor& editor = *editorInForm;
    layout->addWidget(editorInForm);
    layout->addStretch(1);
    form.resize(260, 400);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    auto* entry = editor.findChild<QLineEdit*>(QStringLiteral("entry"));
    auto* hint = editor.findChild<QLabel*>(QStringLiteral("hint"));
    auto* list = editor.findChild<QListWidget*>(QStringLiteral("entries"));
    QVERIFY(entry && hint && list);
    QTest::keyClicks(entry, QStringLiteral("0.0.0.0/0"));
    QVERIFY2(hint->text().contains(QStringLiteral("anywhere")), qPrintable(hint->text()));
    QTRY_VERIFY(hint->height() > 2 * hint->fontMetrics().lineSpacing()); // it wraps
    QTest::qWait(50);                                                    // the layout's turn
    const int listTop = list->geometry().top();
    QTest::keyClick(entry, Qt::Key_Return);
    QCOMPARE(editor.entries(), QStringList{QStringLiteral("0.0.0.0/0")});
    QVERIFY(hint->text().isEmpty());
    QTest::qWait(50); // the layout's turn
    QCOMPARE(list->geometry().top(), listTop);
    // A one-line hint afterwards does not move it either.
    QTest::keyClicks(entry, QStringLiteral("192.0.2.7"));
    QTest::qWait(50);
    QCOMPARE(list->geometry().top(), listTop);
}

void TestAgentDialogs::senderRefusalsInTheWindowsLanguage()
{
    // What the agent dialog and the wizard show for a bad sender domain or address comes from the core; in a
    // German or French window it was English.
    QVERIFY(installTranslators(qApp, QLocale(QLocale::German, QLocale::Germany)));
    QCOMPARE(DomainName::normalize(QStringLiteral("ex ample.com")).error(),
             QStringLiteral("„ex ample.com“ ist kein gültiger Domainname: Verwenden Sie Buchstaben, Ziffern, "
                            "Bindestriche und Punkte"));
    {
        // The agent's name: a refusal in the German wizard and dialog ("Büro Drucker" was refused in English;
        // names with accents are fine now).
        Test::TempDataDir dir;
        AgentDialog dialog(dir.path(), MailAgent());
        dialog.findChild<QLineEdit*>(QStringLiteral("name"))->insert(QStringLiteral("Büro \"Drucker\""));
        QCOMPARE(
            dialog.findChild<QLabel*>(QStringLiteral("problem"))->text(),
            QStringLiteral("„Büro \"Drucker\"“ kann keinen Mail-Agenten benennen: Verwenden Sie Buchstaben "
                           "(auch mit Umlauten und Akzenten), Ziffern, Leerzeichen und . _ -"));
        QVERIFY(AgentNameText::problem(QStringLiteral("Büro Drucker")).isEmpty());
        QCOMPARE(
            AgentNameText::problem(QStringLiteral(" Drucker")),
            QStringLiteral("Ein Name eines Mail-Agenten beginnt und endet nicht mit einem Leerzeichen."));
    }
    QVERIFY(installTranslators(qApp, QLocale(QLocale::French, QLocale::France)));
    QVERIFY2(SenderRules::normalizeEntry(QStringLiteral("compta@@example.com"))
                 .error()
                 .startsWith(QStringLiteral("«\u00a0compta@@example.com\u00a0» n\u2019est pas une adresse")),
             qPrintable(SenderRules::normalizeEntry(QStringLiteral("compta@@example.com")).error()));
    QVERIFY(DomainName::normalize(QStringLiteral("-mauvais.example.com"))
                .error()
                .contains(QStringLiteral("ne peut ni commencer ni finir par un tiret")));
    // Translators only add up (installTranslators): this function runs last in this test.
}

QTEST_MAIN(TestAgentDialogs)
#include "tst_agentdialogs.moc"
