#include "core/admin/agentadmin.h"
#include "core/admin/dkimadmin.h"
#include "core/admin/suppressionadmin.h"
#include "core/store/database.h"
#include "core/util/loglevels.h"
#include "tests/support/tempdatadir.h"

#include <QStringList>
#include <QTest>

using namespace RelayDesk;

namespace {
QStringList g_configLines;
void capture(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    if (QByteArrayView(context.category) == "relaydesk.config")
        g_configLines << message;
}
} // namespace

/// The operator log's audit lines for changes an outside tester could not trace: what an agent's change
/// changed (its old name, enabled, its lists), suppressions added and removed, DKIM keys made and rotated
/// (docs/operations.md, "Logs": every change, and who made it).
class TestAuditLines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        LogLevels::setFromCommandLine(LogLevel::Info);
        g_configLines.clear();
        m_previous = qInstallMessageHandler(capture);
    }
    void cleanup() { qInstallMessageHandler(m_previous); }

    void anAgentsChangeSaysWhatChanged()
    {
        Test::TempDataDir dir;
        AgentAdmin admin(dir.path());
        const auto created =
            admin.create(QStringLiteral("Billing"), {CidrRange::parse(QStringLiteral("127.0.0.1")).value()},
                         {}, {}, {QStringLiteral("billing.test")});
        QVERIFY2(created, qPrintable(created.error()));
        MailAgent changed = created->agent;
        changed.name = QStringLiteral("Invoices");
        changed.enabled = false;
        changed.senders = {QStringLiteral("other.test")};
        changed.allowlist << CidrRange::parse(QStringLiteral("10.0.0.0/8")).value();
        g_configLines.clear();
        QVERIFY(admin.save(changed));
        QCOMPARE(g_configLines.size(), 1);
        const QString line = g_configLines.first();
        for (const char* part :
             {"event=agent_changed agent=Invoices", "renamed_from=Billing", "enabled=no",
              "sender_added=other.test", "sender_removed=billing.test", "allow_added=10.0.0.0/8"})
            QVERIFY2(line.contains(QLatin1String(part)), qPrintable(line));
        QVERIFY(line.contains(QLatin1String("face=")));
        // Nothing changed: nothing but the agent's name.
        g_configLines.clear();
        QVERIFY(admin.save(changed));
        QVERIFY2(!g_configLines.first().contains(QLatin1String("_added")), qPrintable(g_configLines.first()));
        Database::releaseThreadConnection(dir.path());
    }

    void suppressionsAndDkimKeysAreLogged()
    {
        Test::TempDataDir dir;
        QVERIFY(AgentAdmin(dir.path()).create(QStringLiteral("Billing"), {}, {}, {}, {}));
        g_configLines.clear();
        QVERIFY(SuppressionAdmin(dir.path())
                    .add(QStringLiteral("Billing"), QStringLiteral("Kunde@Example.com"),
                         QStringLiteral("asked to stop")));
        QVERIFY(SuppressionAdmin(dir.path())
                    .remove(QStringLiteral("Billing"), QStringLiteral("kunde@example.com")));
        QVERIFY(!SuppressionAdmin(dir.path())
                     .remove(QStringLiteral("Billing"), QStringLiteral("kunde@example.com")));
        QCOMPARE(g_configLines.size(), 2); // a refusal changed nothing: no line
        QVERIFY2(
            g_configLines[0].startsWith(QLatin1String(
                "event=suppression_added agent=Billing address=kunde@example.com reason=\"asked to stop\"")),
            qPrintable(g_configLines[0]));
        QVERIFY2(g_configLines[1].startsWith(
                     QLatin1String("event=suppression_removed agent=Billing address=kunde@example.com")),
                 qPrintable(g_configLines[1]));

        g_configLines.clear();
        DkimAdmin dkim(dir.path());
        QVERIFY(dkim.ensureKeys(QStringLiteral("example.com")));
        const auto rotated = dkim.rotate(QStringLiteral("example.com"));
        QVERIFY(rotated);
        QVERIFY(dkim.disable(QStringLiteral("example.com")));
        QCOMPARE(g_configLines.size(), 3);
        QVERIFY(g_configLines[0].startsWith(QLatin1String("event=dkim_enabled domain=example.com")));
        QVERIFY2(
            g_configLines[1].startsWith(QLatin1String("event=dkim_rotated domain=example.com selectors=") +
                                        rotated->first().selector),
            qPrintable(g_configLines[1]));
        QVERIFY(g_configLines[2].startsWith(QLatin1String("event=dkim_disabled domain=example.com")));
        Database::releaseThreadConnection(dir.path());
    }

private:
    QtMessageHandler m_previous = nullptr;
};

QTEST_GUILESS_MAIN(TestAuditLines)
#include "tst_auditlines.moc"
