// The main window in German and in French shows no English: every page, every tab, the details that explain
// a reply (and say what to do) and the menus. English here means any source text whose translation differs
// from it, read from the .ts files (so a string that lupdate knows but nobody translated shows up too). The
// message viewer, Test connection (with its steps), Send test message and every page of the setup wizard are
// checked the same way.
#include "core/admin/backupfile.h"
#include "core/admin/routeadmin.h"
#include "core/admin/suppressionadmin.h"
#include "core/control/controlclient.h"
#include "core/delivery/queueactions.h"
#include "core/tls/peertrust.h"
#include "tests/support/tempdatadir.h"
#include "ui/backuppassphrasedialog.h"
#include "ui/connectiontestdialog.h"
#include "ui/enginelockdialog.h"
#include "ui/firstrunwizard.h"
#include "ui/messageviewer.h"
#include "ui/relaywords.h"
#include "ui/roadsign.h"
#include "ui/settingcatalog.h"
#include "ui/setupwizardlauncher.h"
#include "ui/statelabel.h"
#include "ui/suppressionpanel.h"
#include "ui/testmessagedialog.h"
#include "ui/testmessageform.h"
#include "ui/userguidedialog.h"
#include "windowtour.h"

#include <QFile>
#include <QListWidget>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTranslator>
#include <QTreeWidget>
#include <QXmlStreamReader>

using namespace RelayDesk;

namespace {

/// The English texts of a translation file whose translation differs from the source, by context.
QHash<QString, QSet<QString>> englishTexts(const QString& language)
{
    QHash<QString, QSet<QString>> texts;
    QFile file(QStringLiteral(RELAYDESK_SOURCE_DIR "/translations/relaydesk_") + language +
               QStringLiteral(".ts"));
    if (!file.open(QIODevice::ReadOnly))
        return texts;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            QString english = source;
            english.remove(QLatin1Char('&'));
            // Texts with placeholders are checked by their fixed words through the reply texts below.
            if (translation.trimmed() != source.trimmed() && !english.contains(QLatin1Char('%')))
                texts[context] << english.trimmed();
        }
    }
    return texts;
}

/// Every English text of the files, and the fixed words that must never stay English.
QSet<QString> everyEnglishText(const QString& language)
{
    QSet<QString> everyText;
    for (const QSet<QString>& texts : englishTexts(language))
        everyText.unite(texts);
    for (const char* text : {"Cancel", "Close", "Next", "Back", "Finish", "Skip this step", "Test connection",
                             "Send test message", "Resend to the same recipients..."})
        everyText << QString::fromLatin1(text);
    return everyText;
}

/// The English texts a dialog shows (its tree items too: the connection test's steps).
QStringList englishIn(QWidget* dialog, const QSet<QString>& english)
{
    QApplication::processEvents();
    QStringList texts = Test::WindowTour::visibleTexts(dialog);
    for (QTreeWidget* tree : dialog->findChildren<QTreeWidget*>()) {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            for (int column = 1; column < tree->columnCount(); ++column)
                texts << tree->topLevelItem(i)->text(column);
            texts << tree->topLevelItem(i)->text(0);
        }
    }
    QStringList found;
    for (const QString& text : texts) {
        if (english.contains(text))
            found << text;
    }
    found.removeDuplicates();
    return found;
}

/// Marks every text of the relay's own words it is asked for: shows which ones the window translates, before
/// the lead has written the German and French words of a new one.
class MarkingTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char* disambiguation = nullptr,
                      int n = -1) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (qstrcmp(context, "RelayWords") != 0)
            return {};
        return QStringLiteral("[") + QString::fromUtf8(source) + QStringLiteral("]");
    }
};

} // namespace

class TestTranslatedWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void noEnglishIsVisible_data();
    void noEnglishIsVisible();
    void dialogsShowNoEnglish_data();
    void dialogsShowNoEnglish();
    void relaysOwnWordsAreTranslated_data();
    void relaysOwnWordsAreTranslated();
    void mtaStsNotesGoThroughTheTranslation();
    void malformedRepliesGoThroughTheTranslation();
};

void TestTranslatedWindow::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("RelayDeskTest"));
    QApplication::setApplicationName(QStringLiteral("tst_translatedwindow"));
}

void TestTranslatedWindow::noEnglishIsVisible_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de_DE");
    QTest::newRow("fr") << QStringLiteral("fr_FR");
}

void TestTranslatedWindow::noEnglishIsVisible()
{
    QFETCH(QString, language);
    Test::WindowTour::useLanguage(language);
    const auto english = englishTexts(language.left(2));
    QVERIFY(english.value(QStringLiteral("ReplyCatalog")).size() > 200);
    QSet<QString> everyText;
    for (const QSet<QString>& texts : english)
        everyText.unite(texts);
    // Known words that must never stay English, whatever the files say.
    for (const char* text : {"What to do:", "Delivery Logs", "Settings", "Queue", "Dashboard", "Mail Agents",
                             "Refresh", "Save", "Security", "Delivery", "Retention"})
        everyText << QString::fromLatin1(text);
    // The reply explanations, also inside longer text ("What to do: Check the recipient's address...").
    QStringList sentences;
    for (const QString& text :
         english.value(QStringLiteral("ReplyCatalog")) + english.value(QStringLiteral("RoadSignStyle")))
        if (text.size() >= 20)
            sentences << text;

    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    MainWindow window(dir.path());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    int stops = 0;
    bool sawExplanation = false;
    QStringList problems;
    Test::WindowTour::visit(window, [&](const QString& where, QWidget*) {
        ++stops;
        QStringList found;
        for (const QString& text : Test::WindowTour::visibleTexts(&window)) {
            if (everyText.contains(text))
                found << text;
            for (const QString& sentence : sentences) {
                if (text.contains(sentence))
                    found << sentence;
            }
        }
        if (where.startsWith(QLatin1String("Delivery Logs")))
            sawExplanation =
                sawExplanation || window.deliveryLogPage()->details()->toPlainText().size() > 100;
        found.removeDuplicates();
        if (!found.isEmpty())
            problems << where + QStringLiteral(": \"") + found.join(QStringLiteral("\", \"")) +
                            QLatin1Char('"');
    });
    QVERIFY2(problems.isEmpty(),
             qPrintable(language + QStringLiteral(" shows English:\n") + problems.join(QLatin1Char('\n'))));
    QVERIFY(stops >= 10);
    QVERIFY(sawExplanation);
}

void TestTranslatedWindow::dialogsShowNoEnglish_data()
{
    noEnglishIsVisible_data();
}

void TestTranslatedWindow::dialogsShowNoEnglish()
{
    QFETCH(QString, language);
    Test::WindowTour::useLanguage(language);
    const QSet<QString> english = everyEnglishText(language.left(2));
    QVERIFY(english.size() > 500);
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    MainWindow window(dir.path());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList problems;
    const auto check = [&](const QString& where, QWidget* dialog) {
        const QStringList found = englishIn(dialog, english);
        if (!found.isEmpty())
            problems << where + QStringLiteral(": \"") + found.join(QStringLiteral("\", \"")) +
                            QLatin1Char('"');
    };

    window.showPage(MainWindow::Queue);
    QTRY_VERIFY(window.queuePage()->model()->rowCount() > 0);
    QString deferred;
    for (int row = 0; row < window.queuePage()->model()->rowCount() && deferred.isEmpty(); ++row) {
        if (window.queuePage()->model()->rowAt(row).state == QLatin1String("deferred"))
            deferred = window.queuePage()->model()->rowAt(row).queueId;
    }
    QVERIFY(!deferred.isEmpty());
    {
        MessageViewer viewer(dir.path(), deferred, &window);
        QSignalSpy loaded(&viewer, &MessageViewer::loaded);
        viewer.show();
        QTRY_COMPARE(loaded.count(), 1);
        for (int tab = 0; tab < viewer.tabs()->count(); ++tab) {
            viewer.tabs()->setCurrentIndex(tab);
            QTest::qWait(30);
            check(QStringLiteral("message viewer / ") + viewer.tabs()->tabText(tab), &viewer);
        }
    }

    quint16 closedPort = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        closedPort = server.serverPort();
    }
    RouteEntry route;
    route.pattern = QStringLiteral("customers.example.net");
    route.host = QStringLiteral("localhost");
    route.port = closedPort;
    ConnectionTestDialog test(
        dir.path(), QStringLiteral("customers.example.net"),
        [route](const QString& dataDir) { return RouteAdmin(dataDir).probeRoute(route); }, &window);
    QSignalSpy finished(&test, &ConnectionTestDialog::testFinished);
    test.show();
    test.start();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY2(test.stepsView()->topLevelItemCount() >= 1, qPrintable(test.statusText()));
    check(QStringLiteral("test connection"), &test);
    // The admin layer's reason why a test cannot start is in the window's language too.
    ConnectionTestDialog noSmarthost(
        dir.path(), QStringLiteral("smarthost"),
        [](const QString& dataDir) { return RouteAdmin(dataDir).probeSmarthost(); }, &window);
    QSignalSpy noSmarthostFinished(&noSmarthost, &ConnectionTestDialog::testFinished);
    noSmarthost.start();
    QTRY_COMPARE(noSmarthostFinished.count(), 1);
    QVERIFY(!noSmarthost.statusText().isEmpty());
    if (noSmarthost.statusText().contains(QLatin1String("no smarthost is set")))
        problems << QStringLiteral("test connection: \"") + noSmarthost.statusText() + QLatin1Char('"');

    TestMessageDialog message(dir.path(), window.liveFeed(), QStringLiteral("billing-app"), &window);
    QSignalSpy agentsLoaded(message.form(), &TestMessageForm::agentsLoaded);
    message.show();
    QTRY_VERIFY(agentsLoaded.count() >= 1);
    check(QStringLiteral("send test message"), &message);

    for (const auto purpose :
         {BackupPassphraseDialog::Purpose::Create, BackupPassphraseDialog::Purpose::Restore}) {
        BackupPassphraseDialog passphrase(purpose, dir.path() + QStringLiteral("/backup.rdbackup"), &window);
        passphrase.show();
        check(QStringLiteral("backup passphrase"), &passphrase);
    }
    EngineLockHolder holder;
    holder.pid = 4711;
    for (const EngineFace face : {EngineFace::Service, EngineFace::Window}) {
        holder.face = face;
        EngineLockDialog engineLock(dir.path(), holder, &window);
        engineLock.show();
        check(QStringLiteral("engine lock"), &engineLock);
    }
    UserGuideDialog guide(QLocale(), &window);
    guide.show();
    check(QStringLiteral("user guide"), &guide);
    // The guide's own text: its first topic is the language's ("Getting started" stayed English once the
    // window spoke German, if the guide were chosen by another rule than the translations).
    QVERIFY(guide.topics()->count() > 0);
    if (guide.topics()->item(0)->text() == QLatin1String("Getting started"))
        problems << QStringLiteral("user guide: \"Getting started\"");

    window.setupWizard()->open();
    FirstRunWizard* wizard = window.setupWizard()->wizard();
    QVERIFY(wizard);
    for (int page = FirstRunWizard::Listeners; page <= FirstRunWizard::Test; ++page) {
        QTRY_COMPARE(wizard->currentId(), page);
        QTest::qWait(300); // each page reads what is stored on a worker thread
        check(QStringLiteral("setup wizard / ") + wizard->currentPage()->title(), wizard);
        if (page != FirstRunWizard::Test)
            wizard->skipPage();
    }
    wizard->reject();
    QVERIFY2(problems.isEmpty(),
             qPrintable(language + QStringLiteral(" shows English:\n") + problems.join(QLatin1Char('\n'))));
}

void TestTranslatedWindow::relaysOwnWordsAreTranslated_data()
{
    noEnglishIsVisible_data();
}

void TestTranslatedWindow::relaysOwnWordsAreTranslated()
{
    // The reported defect: the suppression list's reason for an address added by hand ("added by hand") and a
    // suppressed recipient's reply ("not sent: the address is on the agent's suppression list (...)") stayed
    // English in a German or French window: the relay stores them in English, for the command line. A
    // receiving server's words are quoted as they came.
    QFETCH(QString, language);
    Test::WindowTour::useLanguage(language);
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    const QString agent = QStringLiteral("billing-app");
    const QString bounce =
        QStringLiteral("550 5.1.1 The email account that you tried to reach does not exist");
    QVERIFY(SuppressionAdmin(dir.path())
                .add(agent, QStringLiteral("gone@example.org"), SuppressionList::byHandReason()));
    QVERIFY(SuppressionAdmin(dir.path()).add(agent, QStringLiteral("left@example.org"), bounce));
    // A reply the relay wrote itself (no server answered): English on the Suppressions tab of a German window
    // while the Delivery Logs said it in German (an outside tester).
    const QString nxdomain = QStringLiteral("550 5.1.2 Domain nowhere.invalid does not exist (NXDOMAIN)");
    QVERIFY(SuppressionAdmin(dir.path()).add(agent, QStringLiteral("y@nowhere.invalid"), nxdomain));

    SuppressionPanel panel(dir.path());
    QSignalSpy loaded(&panel, &SuppressionPanel::suppressionsLoaded);
    panel.setAgent(agent);
    QTRY_COMPARE(panel.list()->topLevelItemCount(), 3);
    QStringList reasons;
    for (int i = 0; i < panel.list()->topLevelItemCount(); ++i)
        reasons << panel.list()->topLevelItem(i)->text(2);
    const QString ownWords = RoadSignStyle::suppressionReason(nxdomain);
    QVERIFY2(ownWords.startsWith(QStringLiteral("550 5.1.2 ")) &&
                 ownWords.contains(QStringLiteral("nowhere.invalid")) &&
                 !ownWords.contains(QStringLiteral("does not exist")) && reasons.contains(ownWords),
             qPrintable(reasons.join(QLatin1Char('\n'))));
    const QString byHand = QCoreApplication::translate("RoadSignStyle", "added by hand");
    QVERIFY2(byHand != SuppressionList::byHandReason(), qPrintable(byHand));
    QVERIFY2(reasons.contains(byHand) && reasons.contains(bounce),
             qPrintable(reasons.join(QLatin1Char('\n'))));

    const QString english = QStringLiteral("the address is on the agent's suppression list");
    for (const QString& reason : {SuppressionList::byHandReason(), bounce}) {
        const QString stored = SuppressionList::suppressedReply(reason);
        QCOMPARE(SuppressionList::suppressedReason(stored).value_or(QString()), reason);
        const QString line = RoadSignStyle::replyLine(0, QString(), stored);
        QVERIFY2(!line.contains(english) && !line.contains(SuppressionList::byHandReason()),
                 qPrintable(line));
        QVERIFY2(line.contains(RoadSignStyle::suppressionReason(reason)), qPrintable(line));
        QVERIFY2(!RoadSignStyle::explanationHtml(0, QString(), stored).contains(english), qPrintable(line));
    }
    QVERIFY(!SuppressionList::suppressedReason(bounce));

    // A setting's refusal names the field, with the language's own colon ("Adresse et port: l'écouteur ..."
    // in the French window: an outside tester).
    const QString refusal = SettingCatalog::humanError(QStringLiteral("limits.max_recipients: too many"));
    const QString colon = QCoreApplication::translate("RelayDesk::SettingCatalog", "%1: %2");
    QCOMPARE(refusal, colon.arg(SettingCatalog::label(QStringLiteral("limits.max_recipients")),
                                QStringLiteral("too many")));

    // The relay's own words for a message whose time ran out, a delivery a stop cut short and a server that
    // refused the relay at its greeting (the first stayed English in a French window: an outside tester); the
    // server's reply inside stays as it came.
    for (const auto& [code, enhanced, text, own] :
         {std::tuple{451, "4.4.7", "delivery time expired; last reply: 451 4.7.1 Greylisted, try later",
                     "delivery time expired"},
          std::tuple{
              421, "4.3.2",
              "interrupted: the relay stopped during this delivery; tried again after the next start (if "
              "the server had already received the whole message, it arrives twice)",
              "interrupted"},
          std::tuple{451, "4.4.0", "The server refused this relay at its greeting: 554 5.7.1 go away",
                     "refused this relay"}}) {
        const QString line = RoadSignStyle::replyLine(code, QLatin1String(enhanced), QLatin1String(text));
        QVERIFY2(!line.contains(QLatin1String(own)), qPrintable(line));
        if (QLatin1String(text).contains(QLatin1String("Greylisted")))
            QVERIFY2(line.contains(QStringLiteral("451 4.7.1 Greylisted, try later")), qPrintable(line));
    }

    // An expired recipient's last reply that is the relay's own words is translated too, after its codes (an
    // outside tester read "letzte Antwort: 421 4.4.2 Connection to ... lost" in the German window).
    for (const char* last : {"421 4.4.2 Connection to mx.drop.test[127.0.0.65]:31025 lost",
                             "421 4.4.1 Connection refused by 127.0.0.64:31025",
                             "421 4.4.2 Connection to mx.drop.test[127.0.0.65]:31025 lost after the whole "
                             "message was sent, before the server's reply: the server may have kept it"}) {
        const QString text = QStringLiteral("delivery time expired; last reply: %1").arg(QLatin1String(last));
        const QString line = RoadSignStyle::replyLine(421, QStringLiteral("4.4.7"), text);
        const QString codes = QLatin1String(last).left(10);
        QVERIFY2(line.contains(codes) && line.contains(QStringLiteral("127.0.0.6")) &&
                     !line.contains(QStringLiteral("Connection")) &&
                     !line.contains(QStringLiteral("expired")),
                 qPrintable(line));
    }

    // The relay's own notes in a transcript (an outside tester read "-- connecting to ..." in English under a
    // translated reply); the client's and the server's lines stay as they went over the wire.
    const QString transcript = QStringLiteral(
        "-- MX lookup for nowhere.test: 550 5.1.2 Domain nowhere.test has no mail server: no MX, A or AAAA "
        "record\r\n"
        "-- reusing connection to mx.test[127.0.0.5]:25\r\n"
        "-- connecting to mx.test[127.0.0.5]:25\r\n"
        "S: 220 mx.test ESMTP ready to go\r\n"
        "C: EHLO relay.test\r\n"
        "C: <message content, 41975 octets>\r\n"
        "-- 421 4.4.2 Connection to mx.test[127.0.0.5]:25 lost\r\n");
    const QString shownTranscript = RelayWords::transcript(transcript);
    for (const char* english : {"MX lookup for", "reusing connection", "-- connecting to",
                                "has no mail server", "Connection to", "message content"})
        QVERIFY2(!shownTranscript.contains(QLatin1String(english)), qPrintable(shownTranscript));
    for (const char* kept : {"S: 220 mx.test ESMTP ready to go\r\n", "C: EHLO relay.test\r\n",
                             "-- 421 4.4.2 ", "mx.test[127.0.0.5]:25", "nowhere.test"})
        QVERIFY2(shownTranscript.contains(QLatin1String(kept)), qPrintable(shownTranscript));

    // What the window shows of them is searched as the log holds it: the English parts of each reply whose
    // shown words hold what was typed (an outside tester's French "Connexion refus" found nothing).
    const QStringList englishWords =
        RelayWords::englishOf(QCoreApplication::translate("RelayWords", "Connection refused by %1")
                                  .section(QLatin1Char(' '), 0, 1));
    QVERIFY2(englishWords.contains(QStringLiteral("\"Connection refused by\"")),
             qPrintable(englishWords.join(u'|')));
    QVERIFY(RelayWords::englishOf(QStringLiteral("xyzzy")).isEmpty());
    // And a recipient the suppression list held back, as its road sign says it (another tester's "non
    // envoyé").
    const QStringList suppressed = RelayWords::englishOf(
        QCoreApplication::translate("RoadSignStyle",
                                    "not sent: the address is on the agent's suppression list (%1)")
            .section(QLatin1Char(' '), 0, 1));
    QVERIFY2(suppressed.contains(
                 QStringLiteral("\"not sent: the address is on the agent's suppression list (\" \")\"")),
             qPrintable(suppressed.join(u'|')));

    // Replies the relay writes when no server answered: translated with their host; a server's words stay.
    const QString refused = RoadSignStyle::replyLine(421, QStringLiteral("4.4.1"),
                                                     QStringLiteral("Connection refused by 127.0.0.1:47299"));
    QVERIFY2(refused.startsWith(QStringLiteral("421 4.4.1 ")) &&
                 refused.contains(QStringLiteral("127.0.0.1:47299")) &&
                 !refused.contains(QStringLiteral("Connection refused by")),
             qPrintable(refused));
    // A smarthost's certificate refused before AUTH: the relay's sentence, each problem and the trust
    // translated, the host and the names as written (the whole reply stood in English, then its problems:
    // outside testers).
    const QString refusedText = QStringLiteral(
        "Certificate of smarthost.test[127.0.0.30]:38588 failed verification: certificate not trusted: "
        "self-signed; name mismatch: the certificate is for wrong.example, not smarthost.test (checked "
        "against "
        "the system CA store; AUTH not sent)");
    const QString refusedCertificate = RoadSignStyle::replyLine(421, QStringLiteral("4.7.5"), refusedText);
    QVERIFY2(refusedCertificate.startsWith(QStringLiteral("421 4.7.5 ")) &&
                 refusedCertificate.contains(QStringLiteral("smarthost.test[127.0.0.30]:38588")) &&
                 refusedCertificate.contains(QStringLiteral("wrong.example")) &&
                 !refusedCertificate.contains(QStringLiteral("name mismatch")) &&
                 !refusedCertificate.contains(QStringLiteral("self-signed")) &&
                 !refusedCertificate.contains(QStringLiteral("the system CA store")) &&
                 !refusedCertificate.contains(QStringLiteral("failed verification")) &&
                 !refusedCertificate.contains(QStringLiteral("AUTH not sent")),
             qPrintable(refusedCertificate));
    // And what to do: trust or pin it, not "nothing to do" (retrying alone never helps).
    const QString refusedHtml = RoadSignStyle::explanationHtml(421, QStringLiteral("4.7.5"), refusedText);
    QVERIFY2(refusedHtml.contains(
                 QCoreApplication::translate("ReplyCatalog",
                                             "If it is the right server, trust its CA or pin its certificate "
                                             "(Settings, Delivery; Test connection shows the fingerprint); "
                                             "RelayDesk keeps retrying meanwhile.")
                     .toHtmlEscaped()),
             qPrintable(refusedHtml));
    const QString dns = RoadSignStyle::replyLine(
        451, QStringLiteral("4.4.3"), QStringLiteral("DNS lookup for example.org failed: timed out"));
    QVERIFY2(dns.contains(QStringLiteral("example.org")) && !dns.contains(QStringLiteral("timed out")) &&
                 !dns.contains(QStringLiteral("DNS lookup for")),
             qPrintable(dns));
    // The name server's refusal in the window's words, naming the server to check (an outside tester read
    // Qt's "Server refused to answer" in a French reply).
    const QString refusedDns = RoadSignStyle::replyLine(
        451, QStringLiteral("4.4.3"),
        QStringLiteral(
            "DNS lookup for shop.example failed: the name server 127.0.0.55 refused to answer (REFUSED)"));
    QVERIFY2(refusedDns.contains(QStringLiteral("127.0.0.55")) &&
                 refusedDns.contains(QStringLiteral("REFUSED")) &&
                 !refusedDns.contains(QStringLiteral("refused to answer")),
             qPrintable(refusedDns));
    // A restore's refusal of the file: "wrong passphrase, or the backup file is damaged" stood in English
    // inside the German window's sentence (an outside tester).
    const auto notABackup =
        BackupFile::open(QByteArray("not a backup at all, but long enough to be read"), "x");
    QVERIFY(!notABackup);
    QVERIFY2(!notABackup.error().isEmpty() && !notABackup.error().contains(QStringLiteral("backup file")),
             qPrintable(notABackup.error()));
    // A recipient deleted from the queue: the relay's words translated, and explained as deleted (red), not
    // as suppressed.
    const QString deleted = QueueActions::deletedReply();
    const QString deletedLine = RoadSignStyle::replyLine(0, QString(), deleted);
    QVERIFY2(!deletedLine.isEmpty() && deletedLine != deleted, qPrintable(deletedLine));
    const QString deletedHtml = RoadSignStyle::explanationHtml(0, QString(), deleted);
    QVERIFY2(deletedHtml.contains(
                 QCoreApplication::translate("RoadSignStyle", "Deleted from the queue").toHtmlEscaped()) &&
                 !deletedHtml.contains(
                     QCoreApplication::translate("RoadSignStyle", "Suppressed by the relay").toHtmlEscaped()),
             qPrintable(deletedHtml));
    QCOMPARE(RoadSignStyle::signOf(0, QString(), deleted), RoadSign::Red);
    QVERIFY(StateLabel::text(QStringLiteral("deleted")) != QLatin1String("deleted"));
    QVERIFY(StateLabel::logStates().contains(QStringLiteral("deleted")));
    const QString server = QStringLiteral("Greylisted, please try again later");
    QCOMPARE(RoadSignStyle::replyLine(451, QStringLiteral("4.7.1"), server),
             QStringLiteral("451 4.7.1 ") + server);
    // What the connection test's certificate was checked against ("the CAs in /etc/corp-ca.pem" stood in a
    // French window: an outside tester); the logs and the command line keep the English.
    const PeerTrust corporate = PeerTrust::fromCaFile(QStringLiteral("/etc/corp-ca.pem"));
    QVERIFY2(corporate.shownText().contains(QStringLiteral("/etc/corp-ca.pem")) &&
                 corporate.shownText() != corporate.describe(),
             qPrintable(corporate.shownText()));
    QCOMPARE(corporate.describe(), QStringLiteral("the CAs in /etc/corp-ca.pem"));
    // And who blocks a restore, with what stops it.
    QCOMPARE(
        QCoreApplication::translate("RelayDesk::BackupAdmin",
                                    "the relay service (process %1, since %2) runs on the data directory %3: "
                                    "stop it before restoring (sudo systemctl stop relaydesk)")
            .contains(QStringLiteral("sudo systemctl stop relaydesk")),
        true); // The control channel's words, shown when the window runs on the relay service ("not connected
               // to the relay
    // engine" stood in English in the window's dialogs); the command line keeps the English.
    ControlClient client;
    const ControlClient::Reply reply = client.call(QStringLiteral("status"));
    QVERIFY(!reply);
    QVERIFY2(!reply.error().isEmpty() && reply.error() != QStringLiteral("not connected to the relay engine"),
             qPrintable(reply.error()));
}

void TestTranslatedWindow::mtaStsNotesGoThroughTheTranslation()
{
    // A German transcript read "-- MTA-STS: _mta-sts.kunde-grau.ch: DNS trouble: the name server 127.0.41.53
    // refused to answer (REFUSED)" in English beside translated notes (an outside tester). Every MTA-STS note
    // the relay writes (core/routing/mtastsresolver.cpp, core/outbound/mtastsgate.cpp) goes through the
    // window's translation, the name server's trouble too; the hosts and the policy stay as written.
    Test::WindowTour::useLanguage(QStringLiteral("en_US"));
    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    const auto remove = qScopeGuard([&marking] { QCoreApplication::removeTranslator(&marking); });
    const QStringList notes{
        QStringLiteral("MTA-STS: _mta-sts.kunde-grau.ch: DNS trouble: the name server 127.0.41.53 refused to "
                       "answer (REFUSED)"),
        QStringLiteral("MTA-STS: _mta-sts.kunde-grau.ch: DNS trouble: timed out"),
        QStringLiteral("MTA-STS: _mta-sts.kunde-grau.ch: the record does not start with v=STSv1"),
        QStringLiteral("MTA-STS: cannot read the policy cache: disk I/O error"),
        QStringLiteral("MTA-STS: the cached policy of kunde-grau.ch holds (id 2024, mode enforce, mx "
                       "mx.kunde-grau.ch, valid until 2027-01-01T00:00:00Z)"),
        QStringLiteral("MTA-STS: policy of kunde-grau.ch from the cache (id 2024, mode enforce, mx "
                       "mx.kunde-grau.ch, valid until 2027-01-01T00:00:00Z)"),
        QStringLiteral("MTA-STS: cannot fetch https://mta-sts.kunde-grau.ch/.well-known/mta-sts.txt: "
                       "connection refused"),
        QStringLiteral("MTA-STS: the cached policy holds (id 2024, mode testing, mx mx.kunde-grau.ch, valid "
                       "until 2027-01-01T00:00:00Z)"),
        QStringLiteral("MTA-STS: fetched the policy of kunde-grau.ch (id 2024, mode enforce, mx "
                       "mx.kunde-grau.ch, valid until 2027-01-01T00:00:00Z)"),
        QStringLiteral("MTA-STS: cannot cache the policy: disk full"),
        QStringLiteral("MTA-STS (enforce): mx2.other.test is not an MX host of the policy (mx "
                       "mx.kunde-grau.ch); not tried"),
        QStringLiteral("MTA-STS (testing): mx2.other.test is not an MX host of the policy (mx "
                       "mx.kunde-grau.ch); tried all the same (testing mode)"),
        QStringLiteral("MTA-STS (testing): enforce would not deliver here: no TLS to mx.kunde-grau.ch"),
    };
    for (const QString& note : notes) {
        const QString shown = RelayWords::transcript(QStringLiteral("-- ") + note + QStringLiteral("\r"));
        QVERIFY2(shown.startsWith(QStringLiteral("-- [MTA-STS")) && shown.endsWith(QStringLiteral("]\r")),
                 qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("kunde-grau.ch")) || shown.contains(QStringLiteral("disk")),
                 qPrintable(shown));
    }
    const QString dns = RelayWords::transcript(QStringLiteral("-- ") + notes.first());
    QVERIFY2(dns.contains(QStringLiteral("DNS trouble: [the name server 127.0.41.53 refused to answer")),
             qPrintable(dns));
    // The client's and the server's lines stay as they went over the wire.
    QCOMPARE(RelayWords::transcript(QStringLiteral("S: 220 MTA-STS: ready")),
             QStringLiteral("S: 220 MTA-STS: ready"));
}

void TestTranslatedWindow::malformedRepliesGoThroughTheTranslation()
{
    // "451 4.5.0 Malformed reply from the server: ..." stayed English under a German road sign (an outside
    // tester): the relay's words and the parser's detail are translated, the server's bytes stay as sent.
    Test::WindowTour::useLanguage(QStringLiteral("en_US"));
    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    const auto remove = qScopeGuard([&marking] { QCoreApplication::removeTranslator(&marking); });
    QCOMPARE(
        RelayWords::translated(QStringLiteral("Malformed reply from the server after the whole message was "
                                              "sent: malformed reply line '250queued as 12345'; the "
                                              "server may have kept it")),
        QStringLiteral("[Malformed reply from the server after the whole message was sent: [malformed "
                       "reply line '250queued as 12345']; the server may have kept it]"));
    QCOMPARE(
        RelayWords::translated(QStringLiteral(
            "Malformed reply from the server: reply code changed from 250 to 550 inside a multi-line reply")),
        QStringLiteral("[Malformed reply from the server: [reply code changed from 250 to 550 inside a "
                       "multi-line reply]]"));
    QCOMPARE(RelayWords::translated(QStringLiteral("Malformed reply from the server: reply line longer than "
                                                   "4096 octets")),
             QStringLiteral("[Malformed reply from the server: [reply line longer than 4096 octets]]"));
    QCOMPARE(RelayWords::translated(QStringLiteral("Unexpected reply from the server: 354 go ahead")),
             QStringLiteral("[Unexpected reply from the server: 354 go ahead]"));
}

QTEST_MAIN(TestTranslatedWindow)
#include "tst_translatedwindow.moc"
