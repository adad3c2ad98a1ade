// The Mail Agents list's "Allowed addresses" column (offscreen): who may send as the agent, the addresses
// that may log in and the trusted devices that send without a password. A printer's agent read "(nobody)"
// while its device sent through the LAN relay (an outside tester).
#include "core/agents/cidrrange.h"
#include "ui/agentlistmodel.h"
#include "ui/translations.h"

#include <QIcon>
#include <QTest>
#include <QTranslator>

using namespace RelayDesk;

class TestAgentListModel : public QObject
{
    Q_OBJECT

    static MailAgent agent(const QString& name, const QStringList& allowed, const QStringList& devices)
    {
        MailAgent made;
        made.name = name;
        made.enabled = true;
        for (const QString& range : allowed)
            made.allowlist << CidrRange::parse(range).value();
        for (const QString& range : devices)
            made.trustedDevices << CidrRange::parse(range).value();
        return made;
    }

private Q_SLOTS:
    void allowedAddressesNameTheTrustedDevices()
    {
        QVERIFY(installTranslators(qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
        AgentListModel model;
        model.setAgents(
            {agent(QStringLiteral("Shop"), {QStringLiteral("192.0.2.0/24"), QStringLiteral("10.1.1.1")}, {}),
             agent(QStringLiteral("Printer"), {}, {QStringLiteral("192.0.2.50")}),
             agent(QStringLiteral("Both"), {QStringLiteral("10.1.1.1")},
                   {QStringLiteral("192.0.2.50"), QStringLiteral("192.0.2.51")}),
             agent(QStringLiteral("Closed"), {}, {})});
        const auto shown = [&model](int row) {
            return model.index(row, AgentListModel::Allowlist).data().toString();
        };
        QCOMPARE(shown(0), QStringLiteral("192.0.2.0/24, 10.1.1.1"));
        QCOMPARE(shown(1), QStringLiteral("devices: 192.0.2.50"));
        QCOMPARE(shown(2), QStringLiteral("10.1.1.1; devices: 192.0.2.50, 192.0.2.51"));
        QCOMPARE(shown(3), QStringLiteral("(nobody)"));
        QCOMPARE(model.index(1, AgentListModel::Allowlist).data(Qt::ToolTipRole).toString(), shown(1));
        QVERIFY(installTranslators(qApp, QLocale(QLocale::French, QLocale::France)));
        QCOMPARE(shown(1), QStringLiteral("appareils\u00a0: 192.0.2.50"));
        // French puts a no-break space before the semicolon, as before the colon (an outside tester).
        QCOMPARE(shown(2), QStringLiteral("10.1.1.1\u00a0; appareils\u00a0: 192.0.2.50, 192.0.2.51"));
        QVERIFY(installTranslators(qApp, QLocale(QLocale::German, QLocale::Germany)));
        QCOMPARE(shown(1), QStringLiteral("Geräte: 192.0.2.50"));
    }

    void anySenderAgentIsMarked()
    {
        // An agent that may send as any address looked like any other in the list, while `agent list` warns
        // of it (an outside tester): a warning sign by its name, and why in the name's tooltip. In English:
        // the German and French translators of the test before are taken away first.
        for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QVERIFY(installTranslators(qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
        AgentListModel model;
        MailAgent open = agent(QStringLiteral("Relay"), {QStringLiteral("10.1.1.1")}, {});
        open.anySender = true;
        MailAgent shop = agent(QStringLiteral("Shop"), {QStringLiteral("10.1.1.2")}, {});
        shop.senders << QStringLiteral("shop.example");
        model.setAgents({open, shop});
        QCOMPARE(model.index(0, AgentListModel::Name).data().toString(), QStringLiteral("Relay"));
        QVERIFY(!model.index(0, AgentListModel::Name).data(Qt::DecorationRole).value<QIcon>().isNull());
        const QString tip = model.index(0, AgentListModel::Name).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("any address")) &&
                     tip.contains(QStringLiteral("not recommended")),
                 qPrintable(tip));
        QVERIFY(!model.index(1, AgentListModel::Name).data(Qt::DecorationRole).isValid());
        QCOMPARE(model.index(1, AgentListModel::Name).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Shop"));
    }
};

QTEST_MAIN(TestAgentListModel)
#include "tst_agentlistmodel.moc"
