// GUI test of the Nodes panel on the Live Sessions page (offscreen): the nodes of the store with their state,
// this node marked, and a node whose heartbeat stopped shown as not responding, all without a click.
#include "core/store/database.h"
#include "core/store/nodeidentity.h"
#include "core/store/noderegistry.h"
#include "core/util/clock.h"
#include "tests/support/tempdatadir.h"
#include "ui/nodespanel.h"
#include "ui/translations.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTreeWidget>

using namespace RelayDesk;

class TestNodesPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheNodesAndFollowsTheirHeartbeat()
    {
        Test::TempDataDir dir;
        QVERIFY(dir.isValid());
        const QString self = NodeIdentity::of(dir.path()).id;
        QVERIFY(!self.isEmpty());
        auto db = Database::connection(dir.path());
        QVERIFY(db);
        const qint64 now = nowMs();
        QVERIFY(NodeRegistry::registerNode(db.value(),
                                           {self, QStringLiteral("relay-a"), QStringLiteral("127.0.0.1:2587"),
                                            QStringLiteral("0.1.0"), now, QString()}));
        QVERIFY(NodeRegistry::registerNode(
            db.value(), {QStringLiteral("0123456789abcdef"), QStringLiteral("relay-b"),
                         QStringLiteral("10.0.0.2:587"), QStringLiteral("0.1.0"), now, QString()}));

        NodesPanel panel(dir.path());
        QSignalSpy loaded(&panel, &NodesPanel::nodesLoaded);
        panel.resize(700, 240);
        panel.show();
        QVERIFY(loaded.wait());
        QCOMPARE(panel.list()->topLevelItemCount(), 2);
        QStringList names;
        for (int i = 0; i < 2; ++i) {
            names << panel.list()->topLevelItem(i)->text(0);
            QCOMPARE(panel.list()->topLevelItem(i)->text(4), QStringLiteral("Alive"));
        }
        QVERIFY(names.contains(QStringLiteral("relay-a (this node)")));
        QVERIFY(names.contains(QStringLiteral("relay-b")));
        QCOMPARE(panel.status()->text(), QStringLiteral("2 node(s) alive"));

        // Each node's live sessions at its last heartbeat: which node takes the office's connections.
        QVERIFY(NodeRegistry::heartbeat(db.value(), self, nowMs(), 2, 4));
        QVERIFY(loaded.wait(NodeRegistry::heartbeatIntervalMs + 2000));
        for (int i = 0; i < 2; ++i) {
            QTreeWidgetItem* item = panel.list()->topLevelItem(i);
            const bool mine = item->text(0) == QLatin1String("relay-a (this node)");
            QCOMPARE(item->text(5), mine ? QStringLiteral("2") : QStringLiteral("0"));
            QCOMPARE(item->text(6), mine ? QStringLiteral("4") : QStringLiteral("0"));
        }
        // This node's sessions as Live Sessions counts them on the same page, at once (an outside tester read
        // "0 open sessions" beside 1 here); the other node's stay its heartbeat's.
        panel.setOwnSessions(1);
        for (int i = 0; i < 2; ++i) {
            QTreeWidgetItem* item = panel.list()->topLevelItem(i);
            const bool mine = item->text(0) == QLatin1String("relay-a (this node)");
            QCOMPARE(item->text(6), mine ? QStringLiteral("1") : QStringLiteral("0"));
        }
        QVERIFY(loaded.wait(NodeRegistry::heartbeatIntervalMs + 2000)); // and after the next reload too
        for (int i = 0; i < 2; ++i) {
            QTreeWidgetItem* item = panel.list()->topLevelItem(i);
            if (item->text(0) == QLatin1String("relay-a (this node)"))
                QCOMPARE(item->text(6), QStringLiteral("1"));
        }

        // relay-b's heartbeat stops: the next reload of its own says so.
        QSqlQuery(db.value())
            .exec(QStringLiteral("UPDATE nodes SET last_heartbeat = last_heartbeat - 60000, in_flight = 3,"
                                 " sessions = 7 WHERE name = 'relay-b'"));
        QVERIFY(loaded.wait(NodeRegistry::heartbeatIntervalMs + 2000));
        for (int i = 0; i < 2; ++i) {
            QTreeWidgetItem* item = panel.list()->topLevelItem(i);
            if (item->text(0) == QLatin1String("relay-b")) {
                QCOMPARE(item->text(4), QStringLiteral("Not responding"));
                // It delivers nothing now (its leases run out): not the 3 of its last heartbeat.
                QCOMPARE(item->text(5), QStringLiteral("0"));
                QCOMPARE(item->text(6), QStringLiteral("0")); // nor does it hold sessions
            }
        }
        QCOMPARE(panel.status()->text(), QStringLiteral("1 node(s) alive"));

        // It died holding a recipient's lease: the panel says until when that mail waits, and how to free it
        // (an outside tester read 0 in flight while the node's mail was held back for a minute).
        QSqlQuery insert(db.value());
        QVERIFY(insert.exec(QStringLiteral(
            "INSERT INTO messages(id, queue_id, agent_name, sender, subject, size, received_at, listener,"
            " client_address) VALUES(1, 'Q1', 'Billing', 'a@example.com', 'Hi', 10, 0, 'submission',"
            " '127.0.0.1')")));
        QVERIFY(insert.prepare(QStringLiteral(
            "INSERT INTO recipients(id, message_id, address, domain, state, next_attempt_at, updated_at,"
            " lease_node, lease_expires) VALUES(1, 1, 'x@example.net', 'example.net', 'queued', 0, 0,"
            " '0123456789abcdef', ?)")));
        const qint64 leaseEnds = nowMs() + 50000;
        insert.addBindValue(leaseEnds);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        QVERIFY(loaded.wait(NodeRegistry::heartbeatIntervalMs + 2000));
        const QString until =
            QDateTime::fromMSecsSinceEpoch(leaseEnds).time().toString(QStringLiteral("HH:mm:ss"));
        bool shown = false;
        for (int i = 0; i < 2; ++i) {
            QTreeWidgetItem* item = panel.list()->topLevelItem(i);
            if (item->text(0) == QLatin1String("relay-b")) {
                QCOMPARE(item->text(5), QStringLiteral("1 held until %1").arg(until));
                QVERIFY(item->toolTip(5).contains(QStringLiteral("relaydesk node forget 0123456789abcdef")));
                shown = true;
            }
        }
        QVERIFY(shown);
    }

    void thisDirectorysEarlierIdentityIsNotASecondNode()
    {
        // After a restore (another node-id) and a restart, the panel listed this one computer twice: "vm
        // (this node)" running and "vm" stopped, with the same listeners (an outside tester). The row of the
        // same home under an earlier id, cleanly stopped, goes when the node registers; one that did not stop
        // cleanly (it may hold leases), or of another home, stays.
        Test::TempDataDir dir;
        auto db = Database::connection(dir.path());
        QVERIFY(db);
        const qint64 now = nowMs();
        const QString home = QStringLiteral("vm:/srv/relay");
        QVERIFY(NodeRegistry::registerNode(
            db.value(), {QStringLiteral("earlier000000001"), QStringLiteral("vm"),
                         QStringLiteral("127.0.0.1:2587"), QStringLiteral("0.1.0"), now - 60000, home}));
        QVERIFY(NodeRegistry::stopped(db.value(), QStringLiteral("earlier000000001"), now - 30000));
        QVERIFY(NodeRegistry::registerNode(
            db.value(), {QStringLiteral("crashed000000002"), QStringLiteral("vm"),
                         QStringLiteral("127.0.0.1:2587"), QStringLiteral("0.1.0"), now - 60000, home}));
        QVERIFY(
            NodeRegistry::registerNode(db.value(), {QStringLiteral("elsewhere0000003"), QStringLiteral("vm2"),
                                                    QStringLiteral("127.0.0.1:2588"), QStringLiteral("0.1.0"),
                                                    now - 60000, QStringLiteral("vm2:/srv/relay")}));
        QVERIFY(NodeRegistry::stopped(db.value(), QStringLiteral("elsewhere0000003"), now - 30000));
        QVERIFY(NodeRegistry::registerNode(
            db.value(), {QStringLiteral("restored00000004"), QStringLiteral("vm"),
                         QStringLiteral("127.0.0.1:2587"), QStringLiteral("0.1.0"), now, home}));
        QSqlQuery query(db.value());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM nodes ORDER BY id")));
        QStringList ids;
        while (query.next())
            ids << query.value(0).toString();
        QCOMPARE(ids, (QStringList{QStringLiteral("crashed000000002"), QStringLiteral("elsewhere0000003"),
                                   QStringLiteral("restored00000004")}));
    }

    void germanColumnsFitWithSeconds()
    {
        // German at 1024 px: "In Zustellung" was cut behind a scroll bar, and the heartbeat had no seconds.
        QVERIFY(installTranslators(qApp, QLocale(QLocale::German, QLocale::Germany)));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        Test::TempDataDir dir;
        QVERIFY(dir.isValid());
        auto db = Database::connection(dir.path());
        QVERIFY(db);
        const qint64 now = nowMs();
        QVERIFY(NodeRegistry::registerNode(
            db.value(), {NodeIdentity::of(dir.path()).id, QStringLiteral("relay-a.office.example"),
                         QStringLiteral("192.168.100.200:2587"), QStringLiteral("0.1.0"), now, QString()}));
        NodesPanel panel(dir.path());
        QSignalSpy loaded(&panel, &NodesPanel::nodesLoaded);
        panel.resize(990, 240); // the Live Sessions page's width in a 1024 px window
        panel.show();
        QVERIFY(loaded.wait());
        QTreeWidget* list = panel.list();
        QCOMPARE(list->headerItem()->text(5), QStringLiteral("In Zustellung"));
        QTest::qWait(50);
        QVERIFY(!list->horizontalScrollBar()->isVisible());
        const QFontMetrics metrics(list->header()->font());
        for (int column : {2, 3, 4, 5})
            QVERIFY2(list->header()->sectionSize(column) >=
                         metrics.horizontalAdvance(list->headerItem()->text(column)),
                     qPrintable(list->headerItem()->text(column)));
        const QString heartbeat = list->topLevelItem(0)->text(3);
        QVERIFY2(QRegularExpression(QStringLiteral("\\d\\d:\\d\\d:\\d\\d")).match(heartbeat).hasMatch(),
                 qPrintable(heartbeat));
        QVERIFY2(heartbeat.contains(QString::number(QDate::currentDate().year())), qPrintable(heartbeat));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(installTranslators(qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
    }
};

QTEST_MAIN(TestNodesPanel)
#include "tst_nodespanel.moc"
