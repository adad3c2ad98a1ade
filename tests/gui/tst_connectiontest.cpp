// GUI tests of "Test connection" on the offscreen platform: the smarthost section and the routes editor open
// the dialog, which runs the test off the GUI thread against a real peer (Postfix's smtp-sink) and shows the
// steps with road signs and the transcript as they complete; Cancel stops a test that hangs.
#include "core/admin/routeadmin.h"
#include "core/outbound/probesteps.h"
#include "core/tls/certificategenerator.h"
#include "core/tls/peerverifier.h"
#include "tests/support/freeport.h"
#include "tests/support/tempdatadir.h"
#include "ui/connectiontestdialog.h"
#include "ui/routeseditor.h"
#include "ui/settingfield.h"
#include "ui/settingspage.h"
#include "ui/translations.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace RelayDesk;
using RelayDesk::Test::freePort;

namespace {

const QString smtpSink = QStringLiteral("/usr/sbin/smtp-sink");

/// Postfix's smtp-sink on a free loopback port (no STARTTLS, keeps nothing).
class SmtpSink final
{
public:
    SmtpSink() : m_port(freePort())
    {
        m_process.start(smtpSink, {QStringLiteral("-u"), QStringLiteral("nobody"),
                                   QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("10")});
    }
    ~SmtpSink()
    {
        m_process.terminate();
        m_process.waitForFinished(5000);
    }
    bool waitUntilListening()
    {
        return QTest::qWaitFor(
            [this] {
                QTcpSocket socket;
                socket.connectToHost(QHostAddress::LocalHost, m_port);
                return socket.waitForConnected(200);
            },
            10000);
    }
    quint16 port() const { return m_port; }

private:
    quint16 m_port;
    QProcess m_process;
};

/// "Result|Step" of each top-level row of the dialog's steps, e.g. "OK|Greeting".
QStringList rows(const ConnectionTestDialog* dialog)
{
    QStringList out;
    const QTreeWidget* view = dialog->stepsView();
    for (int i = 0; i < view->topLevelItemCount(); ++i)
        out << view->topLevelItem(i)->text(0) + QLatin1Char('|') + view->topLevelItem(i)->text(1);
    return out;
}

QStringList names(std::initializer_list<const char*> words)
{
    QStringList out;
    for (const char* word : words)
        out << QString::fromLatin1(word);
    return out;
}

QPushButton* button(const QObject* parent, const char* name)
{
    return parent->findChild<QPushButton*>(QString::fromLatin1(name));
}

} // namespace

class TestConnectionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smarthostAsTypedIsTestedWithoutSaving()
    {
        if (!QFile::exists(smtpSink))
            QSKIP("Postfix smtp-sink is not installed");
        SmtpSink sink;
        QVERIFY(sink.waitUntilListening());
        Test::TempDataDir dir;
        SettingsPage page(dir.path());
        page.resize(1024, 700);
        page.show();
        QTRY_VERIFY(!page.isBusy());
        // Typed, not saved: the test uses the fields as they are (TLS mode "STARTTLS", the default).
        QLineEdit* host = page.field(QStringLiteral("delivery.smarthost"))->lineEdit();
        QVERIFY(host);
        QTest::keyClicks(host, QStringLiteral("127.0.0.1:%1").arg(sink.port()));
        QTest::mouseClick(button(&page, "testSmarthost"), Qt::LeftButton);
        auto* dialog = page.findChild<ConnectionTestDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QSignalSpy finished(dialog, &ConnectionTestDialog::testFinished);
        QVERIFY(dialog->isRunning()); // the GUI thread is free while the worker connects
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        // smtp-sink offers no STARTTLS, and the smarthost mode requires it: a red TLS step.
        QCOMPARE(rows(dialog), names({"OK|Connect", "OK|Greeting", "OK|EHLO", "Failed|Encryption (TLS)"}));
        QVERIFY(
            dialog->stepsView()->topLevelItem(3)->text(2).contains(QLatin1String("does not offer STARTTLS")));
        QVERIFY(dialog->transcriptText().contains(QLatin1String("S: 220")));
        QVERIFY(dialog->transcriptText().contains(QLatin1String("C: EHLO")));
        QVERIFY(dialog->statusText().contains(QLatin1String("failed at")));
        QVERIFY(page.hasUnsavedChanges()); // testing saved nothing
        QCOMPARE(button(dialog, "cancelTest")->text(), QStringLiteral("Close"));
        QTest::mouseClick(button(dialog, "cancelTest"), Qt::LeftButton);
        QTRY_VERIFY(!page.findChild<ConnectionTestDialog*>()); // closed and deleted
    }

    void selectedRouteShowsStepsAsTheyComplete()
    {
        if (!QFile::exists(smtpSink))
            QSKIP("Postfix smtp-sink is not installed");
        SmtpSink sink;
        QVERIFY(sink.waitUntilListening());
        Test::TempDataDir dir;
        RoutesEditor editor(dir.path());
        editor.show();
        QSignalSpy loaded(&editor, &RoutesEditor::routesLoaded);
        QTRY_COMPARE(loaded.count(), 1);
        QVERIFY(!button(&editor, "testRoute")->isEnabled()); // nothing selected
        QTest::keyClicks(editor.findChild<QLineEdit*>(QStringLiteral("routePattern")),
                         QStringLiteral("sink.test"));
        QTest::keyClicks(editor.findChild<QLineEdit*>(QStringLiteral("routeHost")),
                         QStringLiteral("127.0.0.1"));
        auto* port = editor.findChild<QSpinBox*>(QStringLiteral("routePort"));
        port->selectAll();
        QTest::keyClicks(port, QString::number(sink.port()));
        QTest::mouseClick(button(&editor, "addRoute"), Qt::LeftButton);
        QCOMPARE(editor.routeCount(), 1);
        auto* table = editor.findChild<QTableWidget*>(QStringLiteral("routes"));
        // Remove acts on the selected route: greyed while none is; the domain is not cut beside a wide
        // Encryption column (an outside tester read "customer.exa...").
        QVERIFY(!button(&editor, "removeRoute")->isEnabled());
        editor.resize(700, editor.height());
        QTest::qWait(50);
        QVERIFY2(table->columnWidth(0) >
                     table->fontMetrics().horizontalAdvance(QStringLiteral("customer.example")) + 12,
                 qPrintable(QString::number(table->columnWidth(0))));
        table->selectRow(0);
        QVERIFY(button(&editor, "removeRoute")->isEnabled());
        QVERIFY(button(&editor, "testRoute")->isEnabled());
        QTest::mouseClick(button(&editor, "testRoute"), Qt::LeftButton);
        auto* dialog = editor.findChild<ConnectionTestDialog*>();
        QVERIFY(dialog);
        QSignalSpy changed(dialog, &ConnectionTestDialog::reportChanged);
        QSignalSpy finished(dialog, &ConnectionTestDialog::testFinished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QVERIFY2(changed.count() >= 4, qPrintable(QString::number(changed.count()))); // step by step
        QCOMPARE(rows(dialog), names({"OK|Connect", "OK|Greeting", "OK|EHLO", "Warning|Encryption (TLS)",
                                      "OK|Mail for the domain", "OK|QUIT"}));
        QVERIFY(dialog->statusText().contains(QLatin1String("with warnings")));
        QVERIFY(dialog->transcriptText().contains(QLatin1String("C: QUIT")));
        // The route's domain is asked about, and no message follows.
        QVERIFY(dialog->transcriptText().contains(QLatin1String("C: RCPT TO:<postmaster@sink.test>")));
        QVERIFY(!dialog->transcriptText().contains(QLatin1String("C: DATA")));
        // The road sign's colours are the ones of the rest of the window.
        QCOMPARE(dialog->stepsView()->topLevelItem(3)->background(0).color(), QColor(0xff, 0xf3, 0xbf));
        // The EHLO row lists the extensions below it.
        QVERIFY(dialog->stepsView()->topLevelItem(2)->childCount() >= 1);
        // Nothing clipped at the dialog's own size.
        for (const QWidget* widget : dialog->findChildren<QWidget*>()) {
            if (widget->isVisible() &&
                (qobject_cast<const QLabel*>(widget) || qobject_cast<const QPushButton*>(widget)))
                QVERIFY2(widget->sizeHint().width() <= widget->width(), qPrintable(widget->objectName()));
        }
    }

    void cancelStopsATestThatHangs()
    {
        QTcpServer silent; // accepts, never greets: the greeting step would wait for its timeout
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        Test::TempDataDir dir;
        RouteEntry route;
        route.pattern = QStringLiteral("silent.test");
        route.host = QStringLiteral("127.0.0.1");
        route.port = silent.serverPort();
        ConnectionTestDialog dialog(
            dir.path(), QStringLiteral("The route for silent.test"),
            [route](const QString& dataDir) { return RouteAdmin(dataDir).probeRoute(route); });
        dialog.show();
        QSignalSpy finished(&dialog, &ConnectionTestDialog::testFinished);
        dialog.start();
        QTRY_COMPARE(rows(&dialog).value(0), QStringLiteral("OK|Connect"));
        QCOMPARE(button(&dialog, "cancelTest")->text(), QStringLiteral("Cancel"));
        QElapsedTimer timer;
        timer.start();
        QTest::mouseClick(button(&dialog, "cancelTest"), Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(!dialog.isRunning());
        QVERIFY(dialog.report().cancelled);
        QCOMPARE(rows(&dialog), names({"OK|Connect", "Warning|Cancelled"}));
        QVERIFY(dialog.statusText().contains(QLatin1String("cancelled")));
        QVERIFY(button(&dialog, "testAgain")->isEnabled());
    }

    /// Every line of the steps wraps in full at the dialog's width: the EHLO step's "Extensions" line was cut
    /// at the column's edge in a French window (an outside tester), and after the window was made narrower.
    void everyLineWrapsInFull()
    {
        if (!QFile::exists(smtpSink))
            QSKIP("Postfix smtp-sink is not installed");
        SmtpSink sink;
        QVERIFY(sink.waitUntilListening());
        Test::TempDataDir dir;
        RouteEntry route;
        route.pattern = QStringLiteral("sink.test");
        route.host = QStringLiteral("127.0.0.1");
        route.port = sink.port();
        route.tls = TlsPolicy::Opportunistic;
        ConnectionTestDialog dialog(
            dir.path(), QStringLiteral("The route for sink.test"),
            [route](const QString& dataDir) { return RouteAdmin(dataDir).probeRoute(route); });
        dialog.resize(720, 560);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy finished(&dialog, &ConnectionTestDialog::testFinished);
        dialog.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QTreeWidget* view = dialog.stepsView();
        QTreeWidgetItem* extensions = nullptr;
        for (int i = 0; i < view->topLevelItemCount(); ++i) {
            for (int j = 0; j < view->topLevelItem(i)->childCount(); ++j) {
                if (view->topLevelItem(i)->child(j)->text(2).startsWith(QLatin1String("Extensions: ")))
                    extensions = view->topLevelItem(i)->child(j);
            }
        }
        QVERIFY(extensions);
        // smtp-sink's last EHLO line is an empty "250 ": no extension, no trailing comma.
        QVERIFY2(extensions->text(2).endsWith(QLatin1String("DSN")), qPrintable(extensions->text(2)));
        for (const int width : {720, 420, 900}) {
            dialog.resize(width, 560);
            // The view lays out its rows again after the resize, in an event of its own: waited for (a fixed
            // 50 ms was too short on a loaded machine).
            const auto wrapped = [&](QString* problem) {
                const int column = view->columnWidth(2);
                const QRect shown = view->visualItemRect(extensions);
                // The text's height wrapped at the column's width (less the cell's margins).
                const int needed =
                    view->fontMetrics()
                        .boundingRect(QRect(0, 0, column - 8, 10000), Qt::TextWordWrap, extensions->text(2))
                        .height();
                *problem = QStringLiteral("at %1 px: row %2 px high, text needs %3 px: %4")
                               .arg(width)
                               .arg(shown.height())
                               .arg(needed)
                               .arg(extensions->text(2));
                return shown.height() >= needed;
            };
            QString problem;
            QTRY_VERIFY2_WITH_TIMEOUT(wrapped(&problem), qPrintable(problem), 5000);
        }
    }

    void aPlanThatCannotBeMadeSaysWhy()
    {
        Test::TempDataDir dir;
        ConnectionTestDialog dialog(dir.path(), QStringLiteral("The smarthost"), [](const QString& dataDir) {
            return RouteAdmin(dataDir).probeSmarthost();
        });
        QSignalSpy finished(&dialog, &ConnectionTestDialog::testFinished);
        dialog.start();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(dialog.statusText().contains(QLatin1String("no smarthost is set")));
        QCOMPARE(dialog.stepsView()->topLevelItemCount(), 0);
    }

    /// A certificate that does not verify: the reason in the window's language (the delivery log and the
    /// transcript keep the English words of the reply), and what to do about it (an outside tester read the
    /// reason in English in a French window, and no advice).
    void aRefusedCertificateIsExplainedInTheWindowsLanguage()
    {
        Test::TempDataDir dir;
        const QString cert = dir.path() + QStringLiteral("/peer.pem");
        const QString key = dir.path() + QStringLiteral("/peer.key");
        QVERIFY(CertificateGenerator::generate(cert, key, QStringLiteral("smarthost.test")).ok());
        const QList<QSslCertificate> chain = QSslCertificate::fromPath(cert);
        QCOMPARE(chain.size(), 1);
        QVERIFY(installTranslators(qApp, QLocale(QLocale::German, QLocale::Germany)));
        const PeerVerdict verdict = PeerVerifier::verify(chain, QStringLiteral("smarthost.test"), {});
        QCOMPARE(verdict.problems, QStringList{QStringLiteral("certificate not trusted: self-signed")});
        QCOMPARE(verdict.shownProblems,
                 QStringList{QStringLiteral("Zertifikat nicht vertrauenswürdig: selbst signiert")});
        PeerCertificateInfo info;
        info.sha256 = QStringLiteral("AA:BB");
        info.problems = verdict.problems;
        info.shownProblems = verdict.shownProblems;
        info.kinds = verdict.kinds;
        const ProbeStep step =
            ProbeSteps::certificateStep(info, QStringLiteral("smarthost.test"), TlsPolicy::Verify, true);
        QCOMPARE(step.sign, RoadSign::Red);
        QVERIFY2(step.summary.startsWith(QStringLiteral(
                     "Nicht gültig für smarthost.test: Zertifikat nicht vertrauenswürdig: selbst signiert.")),
                 qPrintable(step.summary));
        QVERIFY2(step.advice.startsWith(QStringLiteral("Wenn das der gemeinte Server ist, vertrauen Sie ihm: "
                                                       "Geben Sie das CA-Zertifikat")),
                 qPrintable(step.advice));

        // A name the certificate is not for: use one it names, or pin it.
        const PeerVerdict other = PeerVerifier::verify(chain, QStringLiteral("wrongname.test"), {});
        info.alternativeNames = {QStringLiteral("DNS:smarthost.test")};
        info.kinds = {PeerVerdict::Problem::NameMismatch};
        QCOMPARE(other.shownProblems.size(), 2);
        QVERIFY2(other.shownProblems.at(1).startsWith(
                     QStringLiteral("Name passt nicht: Das Zertifikat gilt für ")) &&
                     other.shownProblems.at(1).endsWith(QStringLiteral(", nicht für wrongname.test")),
                 qPrintable(other.shownProblems.at(1)));
        QVERIFY2(ProbeSteps::certificateAdvice(info).startsWith(QStringLiteral(
                     "Verwenden Sie einen Hostnamen, für den das Zertifikat gilt (DNS:smarthost.test)")),
                 qPrintable(ProbeSteps::certificateAdvice(info)));
        // The relay's own refusal as a step's summary, in the window's language with its problems.
        const QString refused = ConnectionTestDialog::shownSummary(QStringLiteral(
            "421 4.7.5 Certificate of smarthost.test[127.0.0.1]:39026 failed verification: certificate not "
            "trusted: self-signed (checked against the system CA store; AUTH not sent)"));
        QVERIFY2(refused.startsWith(QStringLiteral("421 4.7.5 ")) &&
                     refused.contains(QStringLiteral("Zertifikat nicht vertrauenswürdig: selbst signiert")) &&
                     !refused.contains(QStringLiteral("failed verification")) &&
                     !refused.contains(QStringLiteral("the system CA store")),
                 qPrintable(refused));
        // The other tests read the English window.
        for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QCOMPARE(PeerVerifier::verify(chain, QStringLiteral("smarthost.test"), {}).shownProblems,
                 verdict.problems);
    }
};

QTEST_MAIN(TestConnectionTest)
#include "tst_connectiontest.moc"
