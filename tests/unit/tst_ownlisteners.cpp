// Which targets reach the relay's own listeners (a mail loop): exact addresses, wildcards, IPv4-mapped IPv6.
#include "core/store/ownlisteners.h"

#include <QTest>

using namespace RelayDesk;

namespace {

OwnListeners listeners()
{
    return OwnListeners(
        {{QStringLiteral("submission"),
          QStringLiteral("127.0.0.1:2587"),
          QHostAddress(QStringLiteral("127.0.0.1")),
          2587,
          {},
          false},
         {QStringLiteral("smtps"), QStringLiteral("0.0.0.0:465"), QHostAddress::AnyIPv4, 465, {}, false},
         {QStringLiteral("lan"), QStringLiteral("[::]:25"), QHostAddress::AnyIPv6, 25, {}, false}},
        {QHostAddress(QStringLiteral("192.0.2.7")), QHostAddress(QStringLiteral("2001:db8::7"))});
}

} // namespace

class TestOwnListeners : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listenerAt_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("listener");
        QTest::newRow("exact") << "127.0.0.1" << 2587 << "the submission listener (127.0.0.1:2587)";
        QTest::newRow("mapped") << "::ffff:127.0.0.1" << 2587 << "the submission listener (127.0.0.1:2587)";
        QTest::newRow("other loopback, exact listener") << "127.0.0.2" << 2587 << "";
        QTest::newRow("other port") << "127.0.0.1" << 2588 << "";
        QTest::newRow("wildcard v4, loopback") << "127.0.0.5" << 465 << "the smtps listener (0.0.0.0:465)";
        QTest::newRow("wildcard v4, own address") << "192.0.2.7" << 465 << "the smtps listener (0.0.0.0:465)";
        QTest::newRow("wildcard v4, other host") << "192.0.2.8" << 465 << "";
        QTest::newRow("wildcard v4, v6 address") << "2001:db8::7" << 465 << "";
        QTest::newRow("wildcard v6, v6 own") << "2001:db8::7" << 25 << "the lan listener ([::]:25)";
        QTest::newRow("wildcard v6, v4 own (dual stack)")
            << "192.0.2.7" << 25 << "the lan listener ([::]:25)";
        QTest::newRow("wildcard v6, ::1") << "::1" << 25 << "the lan listener ([::]:25)";
        QTest::newRow("wildcard v6, other host") << "2001:db8::8" << 25 << "";
        QTest::newRow("0.0.0.0 itself") << "0.0.0.0" << 465 << "the smtps listener (0.0.0.0:465)";
        // The unspecified address as a target is this machine (Linux connects it to loopback): an outside
        // tester's route to 0.0.0.0:PORT reached the relay's listener on 127.0.0.1 and looped 50 times.
        QTest::newRow("0.0.0.0 to a loopback listener")
            << "0.0.0.0" << 2587 << "the submission listener (127.0.0.1:2587)";
        QTest::newRow("[::] to a loopback listener")
            << "::" << 2587 << "the submission listener (127.0.0.1:2587)";
    }

    void listenerAt()
    {
        QFETCH(QString, address);
        QFETCH(int, port);
        QFETCH(QString, listener);
        QCOMPARE(listeners().listenerAt(QHostAddress(address), quint16(port)), listener);
    }

    void refuseTargetNamesTheListener()
    {
        const QString literal = listeners().refuseTarget(QStringLiteral("127.0.0.1"), 2587);
        QCOMPARE(literal, QStringLiteral("127.0.0.1:2587 is this relay's own submission listener "
                                         "(127.0.0.1:2587): mail sent there would come straight back (a mail "
                                         "loop)"));
        // A name from the hosts file resolves first.
        const QString named = listeners().refuseTarget(QStringLiteral("localhost"), 465);
        QVERIFY2(named.startsWith(QStringLiteral("localhost:465 (127.0.0.1) is this relay's own smtps")) ||
                     named.startsWith(QStringLiteral("localhost:465 (::1)")),
                 qPrintable(named));
        QVERIFY(listeners().refuseTarget(QStringLiteral("192.0.2.8"), 465).isEmpty());
        QVERIFY(OwnListeners().refuseTarget(QStringLiteral("127.0.0.1"), 2587).isEmpty());
    }

    void clash_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<bool>("clashes");
        QTest::newRow("same address") << "127.0.0.1:2587"
                                      << "127.0.0.1:2587" << true;
        QTest::newRow("other port") << "127.0.0.1:2587"
                                    << "127.0.0.1:2588" << false;
        QTest::newRow("other address") << "127.0.0.1:2587"
                                       << "127.0.0.2:2587" << false;
        QTest::newRow("v4 wildcard and loopback") << "0.0.0.0:2587"
                                                  << "127.0.0.1:2587" << true;
        QTest::newRow("loopback and v4 wildcard") << "127.0.0.1:2587"
                                                  << "0.0.0.0:2587" << true;
        QTest::newRow("dual stack and v4") << "[::]:2587"
                                           << "127.0.0.1:2587" << true;
        QTest::newRow("dual stack and v4 wildcard") << "[::]:2587"
                                                    << "0.0.0.0:2587" << true;
        QTest::newRow("v4 wildcard and ::1") << "0.0.0.0:2587"
                                             << "[::1]:2587" << false;
        QTest::newRow("::1 and 127.0.0.1") << "[::1]:2587"
                                           << "127.0.0.1:2587" << false;
    }

    void clash()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(bool, clashes);
        const auto endpoint = [](const QString& name, const QString& text) {
            const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
            QString host = text.left(colon);
            host.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
            return OwnListeners::Endpoint{
                name, text, QHostAddress(host), quint16(text.mid(colon + 1).toUInt()), {}, false};
        };
        const OwnListeners own(
            {endpoint(QStringLiteral("submission"), first), endpoint(QStringLiteral("smtps"), second)}, {});
        QCOMPARE(!own.clash().isEmpty(), clashes);
        if (clashes)
            QCOMPARE(own.clash(),
                     QStringLiteral("the submission listener (%1) and the smtps listener (%2) would "
                                    "both listen on port 2587 of the same address; give each its "
                                    "own port")
                         .arg(first, second));
        QVERIFY(listeners().clash().isEmpty());
    }

    void otherNodesOfTheStoreCountAsThisRelay()
    {
        // Another node of a shared store accepts into the same queue: mail sent to it is a loop (an outside
        // tester's smarthost was the other node's LAN listener). On this machine its wildcard and loopback
        // listeners are reached as this relay's are; on another machine only its specific addresses.
        OwnListeners own = listeners();
        own.addOtherNodes({{QStringLiteral("node-b"), QStringLiteral("vm:/srv/relay-b"),
                            QStringLiteral("127.0.0.1:36526, 0.0.0.0:36466")},
                           {QStringLiteral("node-c"), QStringLiteral("other-host:/var/lib/relaydesk"),
                            QStringLiteral("127.0.0.1:2600, 0.0.0.0:2601, 192.0.2.9:2602")}},
                          QStringLiteral("VM"));
        QCOMPARE(own.listenerAt(QHostAddress(QStringLiteral("127.0.0.1")), 36526),
                 QStringLiteral("a listener of the node node-b (127.0.0.1:36526), which shares this relay's "
                                "store"));
        QVERIFY(
            !own.listenerAt(QHostAddress(QStringLiteral("192.0.2.7")), 36466).isEmpty());   // this machine's
        QVERIFY(own.listenerAt(QHostAddress(QStringLiteral("127.0.0.1")), 2600).isEmpty()); // its loopback
        QVERIFY(own.listenerAt(QHostAddress(QStringLiteral("192.0.2.7")), 2601).isEmpty()); // not ours
        QVERIFY(!own.listenerAt(QHostAddress(QStringLiteral("192.0.2.9")), 2602).isEmpty());
        // This relay's own listeners are still its own, and named so.
        QCOMPARE(own.listenerAt(QHostAddress(QStringLiteral("127.0.0.1")), 2587),
                 QStringLiteral("the submission listener (127.0.0.1:2587)"));
        QCOMPARE(
            own.refuseTarget(QStringLiteral("127.0.0.1"), 36526),
            QStringLiteral("127.0.0.1:36526 is a listener of the node node-b (127.0.0.1:36526), which "
                           "shares this relay's store: mail sent there would come back into the same queue "
                           "(a mail loop)"));
        // Another node's listeners bind elsewhere: no clash with this relay's, and not in its certificate.
        own.addOtherNodes(
            {{QStringLiteral("node-d"), QStringLiteral("vm:/srv/relay-d"), QStringLiteral("127.0.0.1:2587")}},
            QStringLiteral("vm"));
        QVERIFY(own.clash().isEmpty());
        QCOMPARE(own.addresses().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestOwnListeners)
#include "tst_ownlisteners.moc"
