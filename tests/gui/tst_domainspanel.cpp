// GUI test of the Domains panel on the agents page (offscreen): an agent's sender domains with their DKIM
// selectors, the records to publish (copyable), Create DKIM keys, Rotate DKIM asking first with Cancel the
// default, Check DNS running without blocking the window, and a road sign per record in the result.
#include "core/admin/agentadmin.h"
#include "core/admin/dkimadmin.h"
#include "core/store/settings.h"
#include "tests/support/tempdatadir.h"
#include "ui/agentspage.h"
#include "ui/domainrecordshtml.h"
#include "ui/domainspanel.h"
#include "ui/livefeed.h"
#include "ui/roadsign.h"

#include "boxanswer.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTextLayout>
#include <QTreeWidget>

#include <algorithm>

using namespace RelayDesk;

class TestDomainsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<Test::TempDataDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(AgentAdmin(m_dir->path())
                    .create(QStringLiteral("Billing"), {}, {}, {},
                            {QStringLiteral("example.test"), QStringLiteral("billing@other.test")}));
        QVERIFY(DkimAdmin(m_dir->path()).ensureKeys(QStringLiteral("example.test")));
    }
    void cleanup() { m_dir.reset(); }

    void listsDomainsWithSelectorsAndRecords()
    {
        DomainsPanel panel(m_dir->path());
        panel.resize(520, 420);
        panel.show();
        QSignalSpy records(&panel, &DomainsPanel::recordsLoaded);
        panel.setAgent(QStringLiteral("Billing"));
        QVERIFY(records.wait());
        auto* list = panel.findChild<QTreeWidget*>(QStringLiteral("senderDomains"));
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("example.test"));
        const auto keys = DkimAdmin(m_dir->path()).keys(QStringLiteral("example.test")).value();
        for (const DkimKeyRecord& key : keys)
            QVERIFY2(list->topLevelItem(0)->text(1).contains(key.selector),
                     qPrintable(list->topLevelItem(0)->text(1)));
        // The domain of an exact address is listed too; it has no keys yet.
        QCOMPARE(list->topLevelItem(1)->text(0), QStringLiteral("other.test"));
        QVERIFY(list->topLevelItem(1)->text(1).contains(QStringLiteral("not signed")));

        // The records to publish, as `domain records` prints them, and on the clipboard with one click.
        const auto expected = DkimAdmin(m_dir->path()).records(QStringLiteral("example.test")).value();
        QCOMPARE(panel.records().size(), expected.size());
        auto* text = panel.findChild<QTextBrowser*>(QStringLiteral("dnsRecords"));
        for (const SenderDnsRecord& record : expected)
            QVERIFY2(text->toPlainText().contains(record.name), qPrintable(record.name));
        QTest::mouseClick(button(panel, "copyRecords"), Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        // As a zone file takes them (absolute names), each with its note; a placeholder's line commented out
        // (an outside tester's paste published "include:SPF.DOMAIN.OF.YOUR.PROVIDER").
        for (const SenderDnsRecord& record : expected) {
            const QString line = record.absoluteZoneLine();
            QVERIFY(line.startsWith(record.name + QStringLiteral(". TXT \"")));
            QVERIFY2(copied.contains(QLatin1Char('\n') +
                                     (record.hasPlaceholder() ? QStringLiteral("; ") : QString()) + line +
                                     QLatin1Char('\n')),
                     qPrintable(copied));
            if (!record.note.isEmpty())
                QVERIFY2(copied.contains(QStringLiteral("; ") + record.note), qPrintable(copied));
        }
        QVERIFY(std::any_of(expected.begin(), expected.end(),
                            [](const SenderDnsRecord& r) { return r.hasPlaceholder(); }));
        QVERIFY(copied.contains(QStringLiteral("give the name without .example.test")));
        QVERIFY(button(panel, "rotateDkim")->isVisible());
        QVERIFY(!button(panel, "createDkim")->isVisible());

        // other.test: no keys; Create DKIM keys makes them (on the worker) and the list shows the selectors.
        list->setCurrentItem(list->topLevelItem(1));
        QVERIFY(button(panel, "createDkim")->isVisible());
        QVERIFY(!button(panel, "copyRecords")->isEnabled() || records.wait());
        QSignalSpy changed(&panel, &DomainsPanel::keysChanged);
        QTest::mouseClick(button(panel, "createDkim"), Qt::LeftButton);
        QVERIFY(changed.wait(20000));
        QSignalSpy loaded(&panel, &DomainsPanel::domainsLoaded);
        QVERIFY(loaded.wait());
        QCOMPARE(panel.currentDomain(), QStringLiteral("other.test"));
        QVERIFY(list->topLevelItem(1)->text(1).contains(QStringLiteral("-rsa")));
        QCOMPARE(DkimAdmin(m_dir->path()).keys(QStringLiteral("other.test"))->size(), 2);
    }

    void aSelectorIsNeverBrokenInside()
    {
        // An outside tester's English Sender domains tab showed "rd20261207-" on one line and "rsa (grace
        // period)" on the next: the lines break between the selectors, never inside a name or between a name
        // and its note.
        QVERIFY(DkimAdmin(m_dir->path()).rotate(QStringLiteral("example.test")));
        QStringList names;
        const auto keys = DkimAdmin(m_dir->path()).keys(QStringLiteral("example.test"));
        QVERIFY2(keys, qPrintable(keys.error()));
        for (const DkimKeyRecord& key : keys.value())
            names << key.selector;
        QVERIFY(names.size() >= 4);
        QVERIFY(std::all_of(names.cbegin(), names.cend(),
                            [](const QString& name) { return name.contains(QLatin1Char('-')); }));
        DomainsPanel panel(m_dir->path());
        panel.show();
        QSignalSpy loaded(&panel, &DomainsPanel::domainsLoaded);
        panel.setAgent(QStringLiteral("Billing"));
        QVERIFY(loaded.wait());
        auto* list = panel.findChild<QTreeWidget*>(QStringLiteral("senderDomains"));
        const QString text = list->topLevelItem(0)->text(1);
        QVERIFY2(text.contains(QStringLiteral("(grace period)")), qPrintable(text));
        // What the cell shows, as the view's delegate gives it to the style.
        auto* delegate = qobject_cast<QStyledItemDelegate*>(list->itemDelegate());
        QVERIFY(delegate);
        const QString shown = delegate->displayText(text, QLocale());
        // What keeps the names whole takes no room of its own.
        QCOMPARE(list->fontMetrics().horizontalAdvance(shown), list->fontMetrics().horizontalAdvance(text));
        // The cell's lines at a width, wrapped as the style wraps a cell, invisible characters left out.
        const auto lines = [list](const QString& cell, int width) {
            QTextLayout layout(cell, list->font());
            QTextOption option;
            option.setWrapMode(QTextOption::WordWrap);
            layout.setTextOption(option);
            QStringList found;
            layout.beginLayout();
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                line.setLineWidth(width);
                found << cell.mid(line.textStart(), line.textLength())
                             .remove(QChar(0x2060))
                             .replace(QChar::Nbsp, QLatin1Char(' '))
                             .trimmed();
            }
            layout.endLayout();
            return found.join(QLatin1Char('\n'));
        };
        const auto broken = [&names](const QString& wrapped) {
            QStringList found;
            for (const QString& name : std::as_const(names)) {
                for (qsizetype i = 1; i < name.size(); ++i) {
                    if (wrapped.contains(name.left(i) + QLatin1Char('\n') + name.mid(i)))
                        found << name;
                }
                if (wrapped.contains(name + QStringLiteral("\n(")))
                    found << name + QStringLiteral(" (note)");
            }
            return found;
        };
        int widest = 0; // the widest selector with its note: narrower, one of them cannot stay whole
        for (const QString& entry : text.split(QStringLiteral(", ")))
            widest = std::max(widest, list->fontMetrics().horizontalAdvance(entry));
        bool brokeBefore = false;
        for (int width = widest + 1; width < 4 * widest; width += 3) {
            brokeBefore = brokeBefore || !broken(lines(text, width)).isEmpty();
            const QString wrapped = lines(shown, width);
            QVERIFY2(broken(wrapped).isEmpty(),
                     qPrintable(QString::number(width) + QLatin1Char('\n') + wrapped));
        }
        QVERIFY(brokeBefore); // the widths tried include those where the plain text breaks inside a name
    }

    void rotationAsksFirstWithCancelTheDefault()
    {
        DomainsPanel panel(m_dir->path());
        panel.show();
        QSignalSpy records(&panel, &DomainsPanel::recordsLoaded);
        panel.setAgent(QStringLiteral("Billing"));
        QVERIFY(records.wait());
        const auto before = DkimAdmin(m_dir->path()).keys(QStringLiteral("example.test")).value();
        {
            Test::BoxAnswer answer(QStringLiteral("confirmRotateDkim"), Qt::Key_Return);
            QTest::mouseClick(button(panel, "rotateDkim"), Qt::LeftButton);
            QVERIFY(answer.seen());
            QVERIFY(answer.defaultIsCancel());
            QVERIFY2(answer.text().contains(QStringLiteral("removed")), qPrintable(answer.text()));
            // The grace period in days, not the setting's name (an outside tester).
            QVERIFY2(answer.text().contains(QStringLiteral("For 7 day")), qPrintable(answer.text()));
            QVERIFY(!answer.text().contains(QStringLiteral("dkim.grace_days")));
        }
        QTest::qWait(100);
        QCOMPARE(DkimAdmin(m_dir->path()).keys(QStringLiteral("example.test"))->size(), before.size());

        Test::BoxAnswer confirm(QStringLiteral("confirmRotateDkim"), 0);
        QSignalSpy changed(&panel, &DomainsPanel::keysChanged);
        QTest::mouseClick(button(panel, "rotateDkim"), Qt::LeftButton);
        QVERIFY(confirm.seen());
        QVERIFY(changed.wait(20000));
        // Two new active keys; the two before stay published in grace.
        QCOMPARE(DkimAdmin(m_dir->path()).keys(QStringLiteral("example.test"))->size(), before.size() * 2);
    }

    void checkDnsRunsWithoutBlockingTheWindow()
    {
        // A name server address where (almost surely) nothing listens: every lookup fails at once or times
        // out.
        const QString silent = QStringLiteral("127.0.0.%1").arg(QRandomGenerator::global()->bounded(60, 240));
        QVERIFY(Settings(m_dir->path()).set(QStringLiteral("delivery.dns_server"), silent).ok());
        QVERIFY(Settings(m_dir->path())
                    .set(QStringLiteral("delivery.public_address"), QStringLiteral("192.0.2.20"))
                    .ok());
        DomainsPanel panel(m_dir->path());
        panel.show();
        QSignalSpy records(&panel, &DomainsPanel::recordsLoaded);
        panel.setAgent(QStringLiteral("Billing"));
        QVERIFY(records.wait());
        QSignalSpy finished(&panel, &DomainsPanel::checkFinished);
        QTest::mouseClick(button(panel, "checkDns"), Qt::LeftButton);
        // The click returned at once: the plan is read on the worker and the lookups answer through the event
        // loop; meanwhile the button waits (one check at a time).
        QCOMPARE(finished.count(), 0);
        QVERIFY(!button(panel, "checkDns")->isEnabled());
        QVERIFY(finished.wait(30000));
        const DomainCheckReport& report = panel.lastReport();
        QCOMPARE(report.domain, QStringLiteral("example.test"));
        QStringList kinds;
        for (const DomainCheckItem& item : report.items)
            kinds << item.kind;
        QCOMPARE(kinds, (QStringList{QStringLiteral("spf"), QStringLiteral("dkim"), QStringLiteral("dkim"),
                                     QStringLiteral("dmarc"), QStringLiteral("mx"), QStringLiteral("ptr")}));
        QVERIFY(button(panel, "checkDns")->isEnabled());
        QVERIFY(!panel.findChild<QLabel*>(QStringLiteral("domainStatus"))->text().isEmpty());
    }

    void resultShowsARoadSignPerRecord()
    {
        DomainsPanel panel(m_dir->path());
        panel.show();
        QSignalSpy records(&panel, &DomainsPanel::recordsLoaded);
        panel.setAgent(QStringLiteral("Billing"));
        QVERIFY(records.wait());
        DomainCheckReport report;
        report.domain = QStringLiteral("example.test");
        report.directMx = false;
        const auto item = [](const char* kind, DomainCheckItem::Verdict verdict, const char* publish) {
            DomainCheckItem made;
            made.kind = QString::fromLatin1(kind);
            made.name = QStringLiteral("example.test");
            made.type = QStringLiteral("TXT");
            made.verdict = verdict;
            made.summary = QStringLiteral("summary of ") + made.kind;
            made.publish = QString::fromLatin1(publish);
            return made;
        };
        report.items = {
            item("spf", DomainCheckItem::Verdict::Right, ""),
            item("dmarc", DomainCheckItem::Verdict::Missing, "_dmarc.example.test TXT \"v=DMARC1; p=none\""),
            item("mx", DomainCheckItem::Verdict::Wrong, "example.test MX 10 mx.example.test")};
        panel.showReport(report);
        auto* text = panel.findChild<QTextBrowser*>(QStringLiteral("dnsRecords"));
        const QString plain = text->toPlainText();
        for (const char* words : {"Right", "Missing", "Wrong", "summary of dmarc", "_dmarc.example.test TXT",
                                  "example.test MX 10 mx.example.test"})
            QVERIFY2(plain.contains(QLatin1String(words)), qPrintable(plain));
        // The signs in their road-sign colours: green right, yellow missing, red wrong.
        const QString html = DomainRecordsHtml::report(report);
        for (const RoadSign sign : {RoadSign::Green, RoadSign::Yellow, RoadSign::Red})
            QVERIFY2(html.contains(RoadSignStyle::foreground(sign).name()), qPrintable(html));
        // The verdicts counted at the top: six records took four screens to read (an outside tester).
        QCOMPARE(
            panel.findChild<QLabel*>(QStringLiteral("domainStatus"))->text(),
            QStringLiteral("Some records are missing or wrong: publish what is shown. 1 right, 2 missing or "
                           "wrong, 0 not checked or not judged."));
        // An SPF record that names other domains cannot be judged here: nothing is wrong, so the line says
        // so instead of asking to publish (it said "missing or wrong").
        report.items = {item("spf", DomainCheckItem::Verdict::Undetermined, ""),
                        item("dmarc", DomainCheckItem::Verdict::Right, "")};
        panel.showReport(report);
        QCOMPARE(
            panel.findChild<QLabel*>(QStringLiteral("domainStatus"))->text(),
            QStringLiteral("No record is wrong, but some could not be judged from here: read their notes. 1 "
                           "right, 0 missing or wrong, 1 not checked or not judged."));
        // A name server that refused: the line no longer says it "gave no answer".
        report.items = {item("spf", DomainCheckItem::Verdict::Unchecked, ""),
                        item("dmarc", DomainCheckItem::Verdict::Right, "")};
        panel.showReport(report);
        QVERIFY(report.dnsFailed());
        QCOMPARE(
            panel.findChild<QLabel*>(QStringLiteral("domainStatus"))->text(),
            QStringLiteral("Some records could not be checked: the name server did not answer for them (each "
                           "note says how). 1 right, 0 missing or wrong, 1 not checked or not judged."));
    }

    void agentsPageHasTheDomainsTab()
    {
        AgentsPage page(m_dir->path());
        page.resize(1000, 640);
        page.show();
        QSignalSpy loaded(&page, &AgentsPage::agentsLoaded);
        QVERIFY(loaded.wait());
        page.selectAgent(QStringLiteral("Billing"));
        auto* tabs = page.findChild<QTabWidget*>(QStringLiteral("agentTabs"));
        QVERIFY(tabs);
        const int index = tabs->indexOf(page.domainsPanel());
        QVERIFY(index >= 0);
        QCOMPARE(tabs->tabText(index), QStringLiteral("Sender domains"));
        tabs->setCurrentIndex(index);
        QSignalSpy records(page.domainsPanel(), &DomainsPanel::recordsLoaded);
        QVERIFY(records.wait());
        QCOMPARE(page.domainsPanel()->currentDomain(), QStringLiteral("example.test"));
    }

    /// Keys made on the command line show without a click: the tab said "none: mail is not signed" beside
    /// two active keys (an outside tester).
    void keysMadeElsewhereShowWithoutAClick()
    {
        AgentsPage page(m_dir->path());
        LiveFeed feed;
        page.setLiveFeed(&feed);
        page.resize(1000, 640);
        page.show();
        QSignalSpy loaded(&page, &AgentsPage::agentsLoaded);
        QVERIFY(loaded.wait());
        page.selectAgent(QStringLiteral("Billing"));
        auto* list = page.domainsPanel()->findChild<QTreeWidget*>(QStringLiteral("senderDomains"));
        QTRY_COMPARE(list->topLevelItemCount(), 2);
        QTRY_VERIFY(list->topLevelItem(1)->text(1).startsWith(QLatin1String("none")));
        QVERIFY(DkimAdmin(m_dir->path()).ensureKeys(QStringLiteral("other.test")));
        StoreChanges written;
        written.written = true;
        Q_EMIT feed.storeChanged(written);
        QTRY_VERIFY2(!list->topLevelItem(1)->text(1).startsWith(QLatin1String("none")),
                     qPrintable(list->topLevelItem(1)->text(1)));
    }

    /// An agent that may send as any address read "has no sender domains yet: add them with Edit...", as if
    /// it could send nothing (an outside tester): the tab says what it may do, that it is not recommended,
    /// and how to restrict it.
    void anAnySenderAgentIsToldPlainly()
    {
        QVERIFY(AgentAdmin(m_dir->path()).create(QStringLiteral("Relay"), {}, {}, {}, {}, true));
        DomainsPanel panel(m_dir->path());
        panel.show();
        QSignalSpy loaded(&panel, &DomainsPanel::domainsLoaded);
        panel.setAgent(QStringLiteral("Relay"));
        QVERIFY(loaded.wait());
        const QString status = panel.findChild<QLabel*>(QStringLiteral("domainStatus"))->text();
        QVERIFY2(!status.contains(QStringLiteral("no sender domains yet")), qPrintable(status));
        for (const char* words : {"any address of any domain", "not recommended", "Edit...", "Any sender"})
            QVERIFY2(status.contains(QLatin1String(words)), qPrintable(status));
    }

    /// Mail of an any-sender agent is signed with every domain's keys: rotating them names it, as
    /// `rotate-dkim` warns (an outside tester's any-sender agent sent as ceo@ of a signed domain).
    void rotationNamesTheAnySenderAgents()
    {
        QVERIFY(AgentAdmin(m_dir->path()).create(QStringLiteral("Relay"), {}, {}, {}, {}, true));
        DomainsPanel panel(m_dir->path());
        panel.show();
        QSignalSpy records(&panel, &DomainsPanel::recordsLoaded);
        panel.setAgent(QStringLiteral("Billing"));
        QVERIFY(records.wait());
        // Beside the records: who else's mail they sign.
        const QString shown = panel.findChild<QTextBrowser*>(QStringLiteral("dnsRecords"))->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("Relay")) && shown.contains(QStringLiteral("any address")),
                 qPrintable(shown));
        Test::BoxAnswer answer(QStringLiteral("confirmRotateDkim"), Qt::Key_Escape);
        QTest::mouseClick(button(panel, "rotateDkim"), Qt::LeftButton);
        QVERIFY(answer.seen());
        QVERIFY2(answer.text().contains(QStringLiteral("Relay")), qPrintable(answer.text()));
        QVERIFY2(answer.text().contains(QStringLiteral("any address")), qPrintable(answer.text()));
    }

private:
    static QPushButton* button(QWidget& panel, const char* name)
    {
        auto* found = panel.findChild<QPushButton*>(QLatin1String(name));
        Q_ASSERT(found);
        return found;
    }

    std::unique_ptr<Test::TempDataDir> m_dir;
};

QTEST_MAIN(TestDomainsPanel)
#include "tst_domainspanel.moc"
