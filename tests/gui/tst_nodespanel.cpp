// GUI test of the Nodes panel on the Live Sessions page (offscreen): the nodes of the store with their state,
// this node marked, and a node whose heartbeat stopped shown as not responding, all without a click.
#include "core/store/database.h"
#include "core/store/nodeidentity.h"
#include "core/store/noderegistry.h"
#include "core/util/clock.h"
#include "tests/support/tempdatadir.h"
#include "ui/nodespanel.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
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

        // relay-b's heartbeat stops: the next reload of its own says so.
        QSqlQuery(db.value())
            .exec(QStringLiteral("UPDATE nodes SET last_heartbeat = last_heartbeat - 60000, in_flight = 3"
                                 " WHERE name = 'relay-b'"));
        QVERIFY(loaded.wait(NodeRegistry::heartbeatIntervalMs + 2000));
        for (int i = 0; i < 2; ++i) {
            QTreeWidgetItem* item = panel.list()->topLevelItem(i);
            if (item->text(0) == QLatin1String("relay-b")) {
                QCOMPARE(item->text(4), QStringLiteral("Not responding"));
                // It delivers nothing now (its leases run out): not the 3 of its last heartbeat.
                QCOMPARE(item->text(5), QStringLiteral("0"));
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
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(leaseEnds).time(), QLocale::ShortFormat);
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
};

QTEST_MAIN(TestNodesPanel)
#include "tst_nodespanel.moc"
