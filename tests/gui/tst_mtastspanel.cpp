// GUI test of the read-only MTA-STS panel (offscreen): the cached policies appear with their mode, MX
// patterns and validity; an expired one says so; an empty cache says that nothing is cached.
#include "core/routing/mtastsstore.h"
#include "tests/support/tempdatadir.h"
#include "ui/mtastspanel.h"

#include <QDateTime>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace RelayDesk;

class TestMtaStsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsCachedPolicies()
    {
        Test::TempDataDir dir;
        QVERIFY(dir.isValid());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        MtaStsPolicy enforce;
        enforce.domain = QStringLiteral("example.com");
        enforce.id = QStringLiteral("a1");
        enforce.mode = MtaStsPolicy::Mode::Enforce;
        enforce.mx = {QStringLiteral("mx1.example.com"), QStringLiteral("*.example.net")};
        enforce.maxAge = 86400;
        enforce.fetchedAt = now;
        enforce.expiresAt = now + 86'400'000;
        enforce.text = "version: STSv1\nmode: enforce\n";
        QVERIFY(MtaStsStore(dir.path()).save(enforce));
        MtaStsPolicy old = enforce;
        old.domain = QStringLiteral("old.example");
        old.mode = MtaStsPolicy::Mode::Testing;
        old.fetchedAt = now - 10'000;
        old.expiresAt = now - 1000;
        QVERIFY(MtaStsStore(dir.path()).save(old));

        MtaStsPanel panel(dir.path());
        panel.resize(900, 300);
        QSignalSpy loaded(&panel, &MtaStsPanel::policiesLoaded);
        panel.show();
        QVERIFY(loaded.wait());
        QCOMPARE(loaded.last().first().toInt(), 2);
        QTreeWidget* list = panel.list();
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("example.com"));
        QVERIFY(list->topLevelItem(0)->text(1).startsWith(QLatin1String("enforce")));
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("mx1.example.com, *.example.net"));
        QVERIFY(list->topLevelItem(0)->toolTip(2).contains(QLatin1String("mode: enforce")));
        QCOMPARE(list->topLevelItem(1)->text(0), QStringLiteral("old.example"));
        QVERIFY(list->topLevelItem(1)->text(1).startsWith(QLatin1String("testing")));
        QVERIFY(list->topLevelItem(1)->text(4).startsWith(QLatin1String("expired")));
        QVERIFY(panel.status()->text().isEmpty());
    }

    void saysWhenNothingIsCached()
    {
        Test::TempDataDir dir;
        QVERIFY(dir.isValid());
        MtaStsPanel panel(dir.path());
        QSignalSpy loaded(&panel, &MtaStsPanel::policiesLoaded);
        panel.show();
        QVERIFY(loaded.wait());
        QCOMPARE(panel.list()->topLevelItemCount(), 0);
        QCOMPARE(panel.status()->text(), QStringLiteral("No recipient domain's policy is cached yet."));
    }
};

QTEST_MAIN(TestMtaStsPanel)
#include "tst_mtastspanel.moc"
