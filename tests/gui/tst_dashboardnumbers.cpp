// Honest numbers on the dashboard, with real widgets on the offscreen platform: the chart's count axis has
// whole, round ticks with a gridline under each label (0 to 5 when empty), and the tiles say what they
// counted.
#include "core/admin/agentadmin.h"
#include "core/query/dashboardquery.h"
#include "core/query/setupquery.h"
#include "core/store/database.h"
#include "core/store/settings.h"
#include "tests/support/tempdatadir.h"
#include "ui/countaxis.h"
#include "ui/countlabel.h"
#include "ui/dashboardpage.h"
#include "windowtour.h"

#include <cmath>
#include <tuple>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QListWidget>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocumentFragment>
#include <QValueAxis>
#include <cmath>
#include <ctime>
#include <tuple>

using namespace RelayDesk;

namespace {

QValueAxis* countAxis(DashboardPage& page)
{
    const QList<QAbstractAxis*> axes = page.chartView()->chart()->axes(Qt::Vertical);
    return axes.isEmpty() ? nullptr : qobject_cast<QValueAxis*>(axes.first());
}

DashboardSnapshot withMaximum(int accepted)
{
    DashboardSnapshot snapshot;
    snapshot.history.append({1, QStringLiteral("billing-app"), false, QDate::currentDate(), accepted});
    snapshot.history.append(
        {2, QStringLiteral("office-printer"), false, QDate::currentDate().addDays(-3), 1});
    return snapshot;
}

/// Whether a label holds every part (English plurals come from a numerus translation: "%n recipient(s)").
bool labelShows(const DashboardPage& page, const QStringList& parts)
{
    for (const QLabel* label : page.findChildren<QLabel*>()) {
        bool all = true;
        for (const QString& part : parts)
            all = all && label->text().contains(part);
        if (all)
            return true;
    }
    return false;
}

/// Whether a tile's number shows count.
bool countShown(const DashboardPage& page, qint64 count)
{
    for (const CountLabel* label : page.findChildren<CountLabel*>()) {
        if (label->text() == QLocale().toString(count))
            return true;
    }
    return false;
}

/// The texts of the chart's labels that Qt Charts elided for want of room.
QStringList elidedChartLabels(DashboardPage& page)
{
    QStringList elided;
    for (QGraphicsItem* item : page.chartView()->scene()->items()) {
        if (auto* text = dynamic_cast<QGraphicsTextItem*>(item); text && text->isVisible()) {
            const QString shown = text->toPlainText();
            if (shown.endsWith(QStringLiteral("...")) || shown.endsWith(QChar(0x2026)))
                elided << shown;
        }
    }
    return elided;
}

} // namespace

class TestDashboardNumbers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { Test::WindowTour::useLanguage(QStringLiteral("en_US")); }
    void roundIntegerTicks_data();
    void roundIntegerTicks();
    void theChartsLayoutEnds();
    void loadsDoNotPileUp();
    void chartAxisHasIntegerTicks_data();
    void chartAxisHasIntegerTicks();
    void chartAxisGroupsItsNumbers();
    void bounceNoticesThatDoNotArriveAreAnAlert();
    void queueAlertsCountAsTheTilesDo();
    void tilesSayWhatTheyCount();
    void theRelayBoxNamesTheStore();
    void aDeletedAgentIsNamedAsDeleted();
    void aSmallAgentIsCountedInTheLegend();
    void anAgentKeepsItsColour();
    void barsAreTheUtcDaysTheyCount();
    void aPeerThatTurnsTheRelayAwayIsAnAlert();
    void aListenerDownSaysWhyOrNothingMissing();
    void deliveryTurnedOffIsAnAlert();
    void anAnySenderAgentIsAnAlert();
    void anAgentThatCannotSendIsAnAlert();
    void aDkimKeyThatCannotSignIsAnAlert();
    void aNameServerThatRefusesIsAnAlert();
    void manyLockoutsAreOneAlert();
    void aFullDiskIsAnAlert();
    void countLabelsAreReadableInAShortChart_data();
    void countLabelsAreReadableInAShortChart();
};

void TestDashboardNumbers::roundIntegerTicks_data()
{
    QTest::addColumn<double>("maximum");
    QTest::addColumn<int>("top");
    QTest::addColumn<int>("step");
    QTest::newRow("empty") << 0.0 << 5 << 1;
    QTest::newRow("one") << 1.0 << 5 << 1;
    QTest::newRow("five") << 5.0 << 5 << 1;
    QTest::newRow("six") << 6.0 << 6 << 2;
    QTest::newRow("eleven") << 11.0 << 15 << 5;
    QTest::newRow("37") << 37.0 << 40 << 10;
    QTest::newRow("50") << 50.0 << 50 << 10;
    QTest::newRow("51") << 51.0 << 60 << 20;
    QTest::newRow("999") << 999.0 << 1000 << 200;
    QTest::newRow("123456") << 123456.0 << 150000 << 50000;
}

void TestDashboardNumbers::roundIntegerTicks()
{
    QFETCH(double, maximum);
    QFETCH(int, top);
    QFETCH(int, step);
    const CountAxis axis = CountAxis::forMaximum(maximum);
    QCOMPARE(axis.top, top);
    QCOMPARE(axis.step, step);
    QVERIFY(axis.top >= maximum);
    QCOMPARE(axis.top % axis.step, 0);
    QVERIFY(axis.tickCount() >= 2 && axis.tickCount() <= 6);
}

void TestDashboardNumbers::loadsDoNotPileUp()
{
    // On a store of months one load took seconds and the relay's changes asked for one every 700 ms: the
    // loads ran back to back, a core busy and SQLite's write-ahead log never checkpointed (3.9 GB at an
    // outside tester's), and quitting waited minutes for the queued ones. Asked for twenty times at once, the
    // page loads once, then once more for all that was asked meanwhile.
    Test::TempDataDir dir;
    DashboardPage page(dir.path());
    QSignalSpy read(&page, &DashboardPage::snapshotShown);
    page.show();
    QTRY_VERIFY(!read.isEmpty());
    QTest::qWait(500); // the pause after the first load has ended
    read.clear();
    for (int i = 0; i < 20; ++i)
        page.refresh();
    QTRY_COMPARE(read.count(), 2);
    QTest::qWait(1000);
    QCOMPARE(read.count(), 2);
}

void TestDashboardNumbers::theChartsLayoutEnds()
{
    // An outside tester's window died (a stack overflow, its own relay with it) when the Dashboard was shown
    // again after mail came in while it was hidden, the count axis near 80-100: the axis was fitted to the
    // plot area on every change of it, which its new labels changed again, without end. The page is hidden,
    // fed, shown and resized as the window does it, over counts whose labels change width.
    Test::TempDataDir dir;
    DashboardPage page(dir.path());
    page.resize(1024, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    int rounds = 0;
    for (const int maximum : {8, 9, 10, 11, 79, 85, 89, 90, 95, 99, 100, 101, 999, 1000, 1001}) {
        page.hide();
        page.setSnapshot(withMaximum(maximum));
        page.show();
        for (const int height : {700, 640, 600, 560, 520, 480}) {
            page.resize(1024, height);
            QCoreApplication::processEvents();
            ++rounds;
        }
    }
    QCOMPARE(rounds, 15 * 6);
    QValueAxis* axis = countAxis(page);
    QVERIFY(axis);
    QVERIFY(axis->max() >= 1001);
}

void TestDashboardNumbers::countLabelsAreReadableInAShortChart_data()
{
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("maximum");
    for (const int height : {160, 200, 260, 400}) {
        for (const int maximum : {0, 3, 37})
            QTest::addRow("%d px, up to %d", height, maximum) << height << maximum;
    }
}

void TestDashboardNumbers::countLabelsAreReadableInAShortChart()
{
    // The reported defect: in a chart left short by the rows around it, every count read "…".
    QFETCH(int, height);
    QFETCH(int, maximum);
    Test::TempDataDir dir;
    DashboardPage page(dir.path());
    page.resize(1024, 700);
    page.chartView()->setFixedHeight(height);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setSnapshot(maximum == 0 ? DashboardSnapshot() : withMaximum(maximum));
    QTest::qWait(100);
    QTRY_VERIFY2(elidedChartLabels(page).isEmpty(),
                 qPrintable(elidedChartLabels(page).join(QLatin1Char(' '))));
    QValueAxis* axis = countAxis(page);
    QVERIFY(axis);
    QVERIFY(axis->tickCount() >= 2);
    const double step = axis->max() / (axis->tickCount() - 1);
    QCOMPARE(step, std::round(step)); // whole numbers still
}

void TestDashboardNumbers::chartAxisHasIntegerTicks_data()
{
    QTest::addColumn<int>("maximum");
    QTest::newRow("empty") << 0;
    QTest::newRow("3") << 3;
    QTest::newRow("37") << 37;
    QTest::newRow("1234") << 1234;
}

void TestDashboardNumbers::chartAxisHasIntegerTicks()
{
    QFETCH(int, maximum);
    Test::TempDataDir dir;
    DashboardPage page(dir.path());
    page.resize(1024, 700);
    page.show();
    page.setSnapshot(maximum == 0 ? DashboardSnapshot() : withMaximum(maximum));
    QValueAxis* axis = countAxis(page);
    QVERIFY(axis);
    QCOMPARE(axis->min(), 0.0);
    if (maximum <= 5)
        QCOMPARE(axis->max(), 5.0); // not "1,0,0,0,0": 0 1 2 3 4 5
    QCOMPARE(axis->tickType(), QValueAxis::TicksFixed);
    QCOMPARE(axis->minorTickCount(), 0);
    QCOMPARE(axis->labelFormat(), QStringLiteral("%.0f")); // no decimals; grouped (chartAxisGroupsItsNumbers)
    // Every tick (and so every gridline and label) falls on a whole number, evenly spaced.
    const double step = (axis->max() - axis->min()) / (axis->tickCount() - 1);
    QCOMPARE(step, std::round(step));
    QVERIFY(step >= 1);
    QVERIFY(axis->tickCount() <= 6);
}

void TestDashboardNumbers::chartAxisGroupsItsNumbers()
{
    // The tiles said "12,345" and the chart's axis beside them "15000" (an outside tester): the axis writes
    // its counts as the window's language does.
    Test::TempDataDir dir;
    DashboardPage page(dir.path());
    QSignalSpy read(&page, &DashboardPage::snapshotShown);
    page.resize(1024, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(!read.isEmpty()); // the page's own first read of the (empty) store, which would replace ours
    page.setSnapshot(withMaximum(12345));
    QValueAxis* axis = countAxis(page);
    QVERIFY(axis);
    QVERIFY(axis->max() >= 12345);
    const QString top = QLocale().toString(qint64(axis->max()));
    QVERIFY(top.size() > QString::number(qint64(axis->max())).size()); // this locale groups: en_US
    const auto shown = [&page]() {
        page.chartView()->grab(); // Qt Charts lays its labels out when it paints
        QStringList texts;
        for (QGraphicsItem* item : page.chartView()->scene()->items()) {
            if (auto* text = dynamic_cast<QGraphicsTextItem*>(item); text && text->isVisible())
                texts << text->toPlainText();
        }
        return texts;
    };
    QTRY_VERIFY2(shown().contains(top), qPrintable(shown().join(QStringLiteral(" | "))));
    QVERIFY2(!shown().contains(QString::number(qint64(axis->max()))),
             qPrintable(shown().join(QStringLiteral(" | "))));
}

void TestDashboardNumbers::aDeletedAgentIsNamedAsDeleted()
{
    // An outside tester saw a deleted agent's mail charted under a new agent of the same name, and another
    // deleted one as a bare "#3".
    Test::TempDataDir dir;
    DashboardPage page(dir.path());
    page.resize(1024, 700);
    page.show();
    DashboardSnapshot snapshot;
    const QDate today = QDateTime::currentDateTimeUtc().date(); // the days of agent_daily_stats
    snapshot.history.append({4, QStringLiteral("scanners"), false, today, 1});
    snapshot.history.append({2, QStringLiteral("Scanners"), true, today.addDays(-1), 3});
    snapshot.history.append({3, QString(), true, today.addDays(-2), 2});
    page.setSnapshot(snapshot);
    QStringList labels;
    for (QAbstractSeries* series : page.chartView()->chart()->series()) {
        if (auto* bars = qobject_cast<QBarSeries*>(series)) {
            for (const QBarSet* set : bars->barSets())
                labels << set->label();
        }
    }
    labels.sort();
    QCOMPARE(labels, (QStringList{QStringLiteral("Agent #3 (deleted)"), QStringLiteral("Scanners (deleted)"),
                                  QStringLiteral("scanners")}));
}

void TestDashboardNumbers::aSmallAgentIsCountedInTheLegend()
{
    // An outside tester could not see, nor hover, the bars of an agent with a few messages beside one with
    // thousands: the legend gives each agent's count for the fourteen days.
    Test::TempDataDir dir;
    DashboardPage page(dir.path());
    page.resize(1024, 700);
    page.show();
    DashboardSnapshot snapshot;
    const QDate today = QDateTime::currentDateTimeUtc().date();
    snapshot.history.append({1, QStringLiteral("webshop"), false, today, 900});
    snapshot.history.append({1, QStringLiteral("webshop"), false, today.addDays(-3), 99});
    snapshot.history.append({2, QStringLiteral("printer"), false, today.addDays(-1), 2});
    snapshot.history.append({2, QStringLiteral("printer"), false, today.addDays(-13), 1});
    page.setSnapshot(snapshot);
    QStringList legend;
    for (QLegendMarker* marker : page.chartView()->chart()->legend()->markers())
        legend << marker->label();
    legend.sort();
    QCOMPARE(legend, (QStringList{QStringLiteral("printer (3)"), QStringLiteral("webshop (999)")}));
}

namespace {

/// CIE L*a*b* of an sRGB colour (D65 white), for comparing colours as a person sees them.
std::tuple<double, double, double> cieLab(const QColor& colour)
{
    const auto linear = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const double r = linear(colour.redF()), g = linear(colour.greenF()), b = linear(colour.blueF());
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    const auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

} // namespace

void TestDashboardNumbers::anAgentKeepsItsColour()
{
    // An outside tester's agent changed colour between starts: the colours went by the agents' order, and a
    // new agent earlier in the alphabet moved every other one along.
    Test::TempDataDir dir;
    DashboardPage page(dir.path());
    page.resize(1024, 700);
    page.show();
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const auto colours = [&page]() {
        QHash<QString, QColor> byAgent;
        for (QAbstractSeries* series : page.chartView()->chart()->series()) {
            if (auto* bars = qobject_cast<QBarSeries*>(series)) {
                for (QBarSet* set : bars->barSets())
                    byAgent.insert(set->label(), set->color());
            }
        }
        return byAgent;
    };
    DashboardSnapshot snapshot;
    snapshot.history.append({1, QStringLiteral("printer"), false, today, 3});
    snapshot.history.append({2, QStringLiteral("erp"), false, today, 5});
    page.setSnapshot(snapshot);
    const auto before = colours();
    QCOMPARE(before.size(), 2);
    snapshot.history.append({3, QStringLiteral("accounting"), false, today, 2});
    page.setSnapshot(snapshot);
    const auto after = colours();
    QCOMPARE(after.value(QStringLiteral("printer")), before.value(QStringLiteral("printer")));
    QCOMPARE(after.value(QStringLiteral("erp")), before.value(QStringLiteral("erp")));
    // No two agents share a colour while there are colours left: a hash of the shown name gave a deleted
    // agent and a new one the same gold in French (a second tester). Eight agents, with names and numbers
    // as an office has them, one a deleted one's.
    snapshot.history.clear();
    const QStringList names = {
        QStringLiteral("Buchhaltung"),
        QStringLiteral("Lager"),
        QStringLiteral("Scanner Empfang EG Süd - Konica Minolta bizhub C300i Raum 0.14"),
        QStringLiteral("ERP"),
        QStringLiteral("Webshop"),
        QStringLiteral("Newsletter"),
        QStringLiteral("Backup"),
        QStringLiteral("Drucker")};
    // Numbers 1, 9 and 17 would share a colour by their number alone.
    const QList<qint64> numbers = {1, 9, 17, 2, 3, 4, 5, 6};
    for (int i = 0; i < names.size(); ++i)
        snapshot.history.append({numbers.at(i), names.at(i), i == 1, today, 1});
    page.setSnapshot(snapshot);
    const auto eight = colours();
    QCOMPARE(eight.size(), 8);
    QSet<QRgb> distinct;
    for (const QColor& colour : eight)
        distinct.insert(colour.rgb());
    QCOMPARE(distinct.size(), 8);
    // And no two of them alike: two greens of the earlier palette read as one to an outside tester. Alike is
    // a hue within 40 degrees at about the same lightness (CIE L*, as the eye sees it: a cyan is much lighter
    // than a blue of the same HSL lightness), or closer than 25 in CIE L*a*b* altogether.
    const QList<QColor> shown = eight.values();
    for (qsizetype i = 0; i < shown.size(); ++i) {
        for (qsizetype j = i + 1; j < shown.size(); ++j) {
            const QColor& a = shown.at(i);
            const QColor& b = shown.at(j);
            const auto [la, aa, ba] = cieLab(a);
            const auto [lb, ab, bb] = cieLab(b);
            const double distance = std::hypot(la - lb, aa - ab, ba - bb);
            const int hues = std::abs(a.hslHue() - b.hslHue());
            const bool coloured = a.hslSaturationF() > 0.15 && b.hslSaturationF() > 0.15;
            const bool sameHue = coloured && std::min(hues, 360 - hues) < 40 && std::abs(la - lb) < 15;
            QVERIFY2(distance >= 25 && !sameHue,
                     qPrintable(QStringLiteral("%1 and %2 look alike").arg(a.name(), b.name())));
        }
    }
}

void TestDashboardNumbers::barsAreTheUtcDaysTheyCount()
{
    // At UTC+14 an outside tester's morning mail stood on yesterday's bar: the counts are kept per UTC day
    // and the labels were local days. The bars are UTC days now, and the title says so.
    const QByteArray zone = qgetenv("TZ");
    qputenv("TZ", "Pacific/Kiritimati");
    tzset();
    Test::TempDataDir dir;
    DashboardPage page(dir.path());
    page.resize(1024, 700);
    page.show();
    DashboardSnapshot snapshot;
    const QDate utcToday = QDateTime::currentDateTimeUtc().date();
    snapshot.history.append({4, QStringLiteral("crm"), false, utcToday, 7});
    snapshot.history.append({4, QStringLiteral("crm"), false, utcToday.addDays(-1), 3});
    page.setSnapshot(snapshot);
    const QString title = page.chartView()->chart()->title();
    QList<qreal> values;
    for (QAbstractSeries* series : page.chartView()->chart()->series()) {
        if (auto* bars = qobject_cast<QBarSeries*>(series)) {
            for (const QBarSet* set : bars->barSets()) {
                for (int i = 0; i < set->count(); ++i)
                    values << set->at(i);
            }
        }
    }
    QStringList labels;
    for (QAbstractAxis* axis : page.chartView()->chart()->axes(Qt::Horizontal)) {
        if (auto* days = qobject_cast<QBarCategoryAxis*>(axis))
            labels = days->categories();
    }
    if (zone.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", zone);
    tzset();
    QVERIFY2(title.endsWith(QStringLiteral("(UTC days)")), qPrintable(title));
    QCOMPARE(values.size(), 14);
    QCOMPARE(values.at(13), 7.0);
    QCOMPARE(values.at(12), 3.0);
    QCOMPARE(labels.value(13), QString::number(utcToday.day()));
    // German writes the day with its dot ("22. Nov.": an outside tester read "22 Nov." there).
    Test::WindowTour::useLanguage(QStringLiteral("de_DE"));
    snapshot.history.first().accepted = 8; // a new count: the chart is drawn again
    page.setSnapshot(snapshot);
    const QString german = page.chartView()->chart()->title();
    Test::WindowTour::useLanguage(QStringLiteral("en_US"));
    const QString day = QStringLiteral("%1. ").arg(utcToday.day());
    QVERIFY2(german.contains(QStringLiteral(" bis ") + day), qPrintable(german));
}

void TestDashboardNumbers::aFullDiskIsAnAlert()
{
    // Every message got 452 4.3.1 on a full disk while the Dashboard stayed green (an outside tester).
    Test::TempDataDir dir;
    DashboardPage page(dir.path());
    page.show();
    // Read right after each snapshot: the page's own reading of this store (a disk with room) comes later.
    QSignalSpy alerts(&page, &DashboardPage::alertsChanged);
    DashboardSnapshot snapshot;
    snapshot.diskNeededBytes = 50LL * 1024 * 1024;
    const auto shown = [&]() {
        return alerts.isEmpty() ? QString() : alerts.last().first().toStringList().join(QLatin1Char('\n'));
    };
    snapshot.diskFreeBytes = 512 * 1024;
    page.setSnapshot(snapshot);
    QVERIFY2(
        shown().contains(QStringLiteral("The disk that holds the relay's data (%1) is full: every message is "
                                        "refused (452 4.3.1")
                             .arg(dir.path())),
        qPrintable(shown()));
    snapshot.diskFreeBytes = 20LL * 1024 * 1024;
    page.setSnapshot(snapshot);
    // The room the relay keeps, as large as it is (half of it was called "the largest size").
    QVERIFY2(
        shown().contains(QStringLiteral("has 21 MB free, less than the 52 MB the relay keeps for "
                                        "incoming mail (two messages of the largest size it takes, and at "
                                        "least 16 MB)")),
        qPrintable(shown()));
    // Room enough, or a store whose disk is not known here (PostgreSQL): nothing said.
    for (const qint64 free : {qint64(1024) * 1024 * 1024, qint64(-1)}) {
        snapshot.diskFreeBytes = free;
        page.setSnapshot(snapshot);
        QVERIFY2(!shown().contains(QStringLiteral("The disk that holds")), qPrintable(shown()));
    }
}

void TestDashboardNumbers::aListenerDownSaysWhyOrNothingMissing()
{
    // With the relay service stopped the window read "Listener submission (127.0.0.1:38587) is down:" with
    // nothing after the colon (an outside tester): a listener without a reason is "not listening". A
    // listener is named as the Settings page's Listeners tab titles it, not by its setting's name.
    Test::TempDataDir dir;
    DashboardPage page(dir.path());
    page.show();
    QSignalSpy alerts(&page, &DashboardPage::alertsChanged);
    page.setListeners(
        {{QStringLiteral("submission"), QStringLiteral("127.0.0.1:38587"), true, false, QString()},
         {QStringLiteral("smtps"), QStringLiteral("127.0.0.1:38465"), true, false,
          QStringLiteral("address already in use")}});
    QTRY_VERIFY(!alerts.isEmpty());
    const QStringList shown = alerts.last().first().toStringList();
    QVERIFY2(
        shown.contains(QStringLiteral("Submission port (STARTTLS) at 127.0.0.1:38587 is not listening.")),
        qPrintable(shown.join(QLatin1Char('\n'))));
    QVERIFY2(shown.contains(QStringLiteral(
                 "SMTPS port (implicit TLS) at 127.0.0.1:38465 is down: address already in use")),
             qPrintable(shown.join(QLatin1Char('\n'))));
    for (const QString& alert : shown)
        QVERIFY2(!alert.endsWith(QLatin1Char(':')) && !alert.endsWith(QStringLiteral(": ")),
                 qPrintable(alert));
    // The listener rows above the alerts too (they read "— down:"), named in short as Live Sessions names
    // them.
    QStringList rows;
    for (const QLabel* label : page.findChildren<QLabel*>()) {
        if (label->text().contains(QStringLiteral("127.0.0.1:38")))
            rows << QTextDocumentFragment::fromHtml(label->text()).toPlainText();
    }
    QVERIFY2(rows.contains(QStringLiteral("\u25cf Submission 127.0.0.1:38587 \u2014 not listening")),
             qPrintable(rows.join(QLatin1Char('\n'))));
    QVERIFY2(
        rows.contains(QStringLiteral("\u25cf SMTPS 127.0.0.1:38465 \u2014 down: address already in use")),
        qPrintable(rows.join(QLatin1Char('\n'))));

    // The socket's own English words are said in the window's language (an outside tester read "The address
    // is not available" in the French window).
    Test::WindowTour::useLanguage(QStringLiteral("de_DE"));
    {
        DashboardPage german(dir.path());
        german.show();
        QSignalSpy germanAlerts(&german, &DashboardPage::alertsChanged);
        german.setListeners({{QStringLiteral("smtps"), QStringLiteral("192.0.2.77:38465"), true, false,
                              QStringLiteral("The address is not available")}});
        QTRY_VERIFY(!germanAlerts.isEmpty());
        const QString alert = germanAlerts.last().first().toStringList().join(QLatin1Char('\n'));
        QVERIFY2(!alert.contains(QStringLiteral("The address is not available")), qPrintable(alert));
        QVERIFY2(alert.contains(QStringLiteral("keine solche Adresse")), qPrintable(alert));
        QVERIFY2(alert.startsWith(QStringLiteral("SMTPS-Port (implizites TLS)")), qPrintable(alert));
    }
    Test::WindowTour::useLanguage(QStringLiteral("en_US"));
}

void TestDashboardNumbers::anAnySenderAgentIsAnAlert()
{
    // An agent that may send as any address said nothing on the Dashboard, while its mail is DKIM-signed for
    // every domain with keys (an outside tester): an alert names it and says how to restrict it. A disabled
    // one sends nothing.
    Test::TempDataDir dir;
    AgentAdmin agents(dir.path());
    QVERIFY(agents.create(QStringLiteral("Relay"), {}, {}, QString(), {}, true));
    QVERIFY(agents.create(QStringLiteral("Paused"), {}, {}, QString(), {}, true));
    QVERIFY(agents.setEnabled(QStringLiteral("Paused"), false));
    DashboardPage page(dir.path());
    QSignalSpy alerts(&page, &DashboardPage::alertsChanged);
    page.show();
    QTRY_VERIFY(
        !alerts.isEmpty() &&
        alerts.last().first().toStringList().join(QLatin1Char('\n')).contains(QStringLiteral("Relay")));
    const QString shown = alerts.last().first().toStringList().join(QLatin1Char('\n'));
    QVERIFY2(shown.contains(QStringLiteral("may send as any address of any domain")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("\"Any sender\"")), qPrintable(shown));
    QVERIFY2(!shown.contains(QStringLiteral("Paused")), qPrintable(shown));
}

void TestDashboardNumbers::deliveryTurnedOffIsAnAlert()
{
    // An outside tester turned delivery off: the only sign was a line among the "Not set up yet" steps, which
    // an admin who set the relay up long ago has learned to overlook. A relay that holds all mail is an
    // alert.
    Test::TempDataDir dir;
    DashboardPage page(dir.path());
    page.show();
    QSignalSpy alerts(&page, &DashboardPage::alertsChanged);
    SetupState setup;
    setup.hasCertificate = true;
    setup.hasAgent = true;
    setup.hostname = QStringLiteral("relay.office.example");
    setup.deliveryEnabled = false;
    page.setSetupState(setup);
    QTRY_VERIFY(!alerts.isEmpty());
    QVERIFY(alerts.last().first().toStringList().contains(
        QStringLiteral("Delivery is turned off: every message is held in the queue (Settings, Delivery, "
                       "\"Deliver queued mail\").")));
    QVERIFY(!page.findChild<QWidget*>(QStringLiteral("setupNotice"))->isVisible());
    // On again: the alert goes.
    setup.deliveryEnabled = true;
    page.setSetupState(setup);
    QTRY_VERIFY(!alerts.last()
                     .first()
                     .toStringList()
                     .join(QLatin1Char('\n'))
                     .contains(QStringLiteral("Delivery is turned off")));
}

void TestDashboardNumbers::manyLockoutsAreOneAlert()
{
    // An outside tester locked out 15 addresses: 18 alerts of two lines each squeezed the chart to a strip
    // and pushed the others out of view. Three are named; more are one alert.
    Test::TempDataDir dir;
    DashboardPage page(dir.path());
    page.show();
    QSignalSpy alerts(&page, &DashboardPage::alertsChanged);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    DashboardSnapshot snapshot;
    for (int i = 0; i < 3; ++i)
        snapshot.lockedOut.append({QStringLiteral("127.0.0.%1").arg(150 + i), now, now + 600000 + i, 5, {}});
    page.setSnapshot(snapshot);
    QTRY_VERIFY(!alerts.isEmpty());
    QCOMPARE(alerts.last().first().toStringList().filter(QStringLiteral("locked out")).size(), 3);
    for (int i = 3; i < 15; ++i)
        snapshot.lockedOut.append({QStringLiteral("127.0.0.%1").arg(150 + i), now, now + 600000 + i, 5, {}});
    page.setSnapshot(snapshot);
    QTRY_COMPARE(alerts.last().first().toStringList().filter(QStringLiteral("locked out")).size(), 1);
    const QString alert = alerts.last().first().toStringList().filter(QStringLiteral("locked out")).first();
    QVERIFY2(
        alert.startsWith(QStringLiteral("15 addresses are locked out of logins (127.0.0.150, 127.0.0.151, "
                                        "127.0.0.152 and others)")),
        qPrintable(alert));

    // Guessing spread over addresses under their lockouts, and connections turned away at the limits: the
    // Dashboard said "All is well" through both (an outside tester).
    snapshot.lockedOut.clear();
    snapshot.guessedLogins = 40;
    snapshot.guessingAddresses = 10;
    snapshot.connectionsTurnedAway = 12;
    snapshot.turnedAwayAddresses = 2;
    page.setSnapshot(snapshot);
    QTRY_VERIFY(!alerts.last().first().toStringList().filter(QStringLiteral("guessing")).isEmpty());
    const QStringList shown = alerts.last().first().toStringList();
    QVERIFY2(
        shown.contains(QStringLiteral("40 logins refused in the last hour for a wrong password or an unknown "
                                      "user name, from 10 addresses: someone may be guessing passwords. Live "
                                      "Sessions, \"Logins refused\", shows where from.")),
        qPrintable(shown.join(u'\n')));
    QVERIFY2(!shown
                  .filter(QStringLiteral("12 connections turned away at the connection limits in the last 10 "
                                         "minutes (addresses: 2)"))
                  .isEmpty(),
             qPrintable(shown.join(u'\n')));
    // A few guesses from one address are its lockout's business.
    snapshot.guessedLogins = 9;
    snapshot.guessingAddresses = 1;
    snapshot.connectionsTurnedAway = 0;
    page.setSnapshot(snapshot);
    QTRY_VERIFY(alerts.last().first().toStringList().filter(QStringLiteral("guessing")).isEmpty());
    QVERIFY(alerts.last().first().toStringList().filter(QStringLiteral("turned away")).isEmpty());

    // A device whose connections fail before mail (a failed TLS handshake, LF-only lines): an outside
    // tester's "just doesn't send" under "All is well". The reason says what to change on the device.
    snapshot.connectionFailures = {{QStringLiteral("127.31.0.5"),
                                    QStringLiteral("TLS handshake failed: the client offers only TLS 1.1 or "
                                                   "older; RelayDesk needs TLS 1.2 or newer"),
                                    7, now}};
    snapshot.moreConnectionFailures = 2;
    page.setSnapshot(snapshot);
    QTRY_VERIFY(!alerts.last().first().toStringList().filter(QStringLiteral("before any mail")).isEmpty());
    const QStringList failed = alerts.last().first().toStringList();
    // Compared without the plural's word: translations/ gives "connections" its English plural form.
    const QStringList named = failed.filter(QStringLiteral(
        " from 127.31.0.5 failed in the last hour before any mail could be sent: TLS handshake failed: the "
        "client offers only TLS 1.1 or older; RelayDesk needs TLS 1.2 or newer (Delivery Logs, \"Refused at "
        "submission\")."));
    QVERIFY2(named.size() == 1 && named.first().startsWith(QStringLiteral("7 connection")),
             qPrintable(failed.join(u'\n')));
    QVERIFY2(
        !failed.filter(QStringLiteral("Connections failed before any mail could be sent for 2 more address"))
             .isEmpty(),
        qPrintable(failed.join(u'\n')));
    QVERIFY(!failed.contains(QStringLiteral("All is well.")));
    snapshot.connectionFailures.clear();
    snapshot.moreConnectionFailures = 0;
    page.setSnapshot(snapshot);
    QTRY_VERIFY(alerts.last().first().toStringList().filter(QStringLiteral("before any mail")).isEmpty());
}

void TestDashboardNumbers::aNameServerThatRefusesIsAnAlert()
{
    // An outside tester's name server refused the office's own domains while other mail went out: the
    // alert for a silent name server went away, and the notices waited five days (tst_dashboardquery).
    Test::TempDataDir dir;
    DashboardPage page(dir.path());
    page.show();
    QSignalSpy alerts(&page, &DashboardPage::alertsChanged);
    DashboardSnapshot snapshot;
    snapshot.diskFreeBytes = -1;
    snapshot.dnsRefused = 4;
    snapshot.dnsRefusedDomains = {QStringLiteral("compta.example"), QStringLiteral("xn--bcher-kva.example")};
    // Refusals are named as such, not as "No mail server can be found" (a second tester read that beside mail
    // that went out).
    snapshot.dnsFailures = 4;
    snapshot.dnsFailingSinceMs = QDateTime::currentMSecsSinceEpoch() - 60000;
    page.setSnapshot(snapshot);
    QTRY_VERIFY(!alerts.isEmpty());
    const QString shown = alerts.last().first().toStringList().join(QLatin1Char('\n'));
    // (Without the English translation loaded, "%Ln lookup(s)" reads "4 lookup(s)".)
    QVERIFY2(shown.contains(QStringLiteral("The name server refused 4 lookup")), qPrintable(shown));
    QVERIFY2(!shown.contains(QStringLiteral("No mail server can be found")), qPrintable(shown));
    QVERIFY2(
        shown.contains(QStringLiteral(" in the last 15 minutes (for compta.example and bücher.example): mail "
                                      "to those domains waits, and waiting does not fix it.")),
        qPrintable(shown));
}

void TestDashboardNumbers::aDkimKeyThatCannotSignIsAnAlert()
{
    // An outside tester moved the DKIM key files away: the mail left unsigned, and nothing in the window
    // said so (tst_dkimadmin: SetupQuery finds such a key).
    Test::TempDataDir dir;
    DashboardPage page(dir.path());
    page.show();
    QSignalSpy alerts(&page, &DashboardPage::alertsChanged);
    SetupState setup;
    setup.hasAgent = true;
    setup.unusableDkimKeys.append({QStringLiteral("xn--bcher-kva.example"), QStringLiteral("rd20261207-rsa"),
                                   QStringLiteral("cannot read /x/rd20261207-rsa.pem")});
    page.setSetupState(setup);
    QTRY_VERIFY(!alerts.isEmpty());
    const QString shown = alerts.last().first().toStringList().join(QLatin1Char('\n'));
    QVERIFY2(shown.contains(QStringLiteral("The DKIM key rd20261207-rsa of bücher.example cannot sign: its "
                                           "private key is missing or damaged, so mail from bücher.example "
                                           "leaves without that signature")),
             qPrintable(shown));
    setup.unusableDkimKeys.clear();
    page.setSetupState(setup);
    QTRY_VERIFY(
        !alerts.last().first().toStringList().join(QLatin1Char('\n')).contains(QStringLiteral("DKIM")));
}

void TestDashboardNumbers::anAgentThatCannotSendIsAnAlert()
{
    // An outside tester's agent had an empty allowlist (its password worked from no address), then its only
    // password revoked: every login was refused, and the Dashboard said "All is well".
    Test::TempDataDir dir;
    AgentAdmin agents(dir.path());
    const auto created =
        agents.create(QStringLiteral("Billing"), {}, {}, QString(), {QStringLiteral("a.test")});
    QVERIFY2(created, qPrintable(created.error()));
    QVERIFY(agents.create(QStringLiteral("Printer"), {}, {*CidrRange::parse(QStringLiteral("127.0.0.2"))},
                          QString(), {QStringLiteral("a.test")}));
    QVERIFY(agents.create(QStringLiteral("Paused"), {}, {}, QString(), {QStringLiteral("a.test")}));
    QVERIFY(agents.setEnabled(QStringLiteral("Paused"), false));
    auto setup = SetupQuery(dir.path()).load();
    QVERIFY2(setup, qPrintable(setup.error()));
    // A device-only agent and a disabled one are as meant.
    QCOMPARE(setup->agentsWithoutLogins, QStringList{QStringLiteral("Billing")});
    QVERIFY(setup->agentsWithoutPassword.isEmpty());
    QVERIFY(setup->agentsWithoutLanPort.isEmpty());
    // Unless the LAN relay port its devices send on is turned off (another tester).
    QVERIFY(Settings(dir.path()).set(QStringLiteral("listener.lan.enabled"), QStringLiteral("false")));
    QCOMPARE(SetupQuery(dir.path()).load()->agentsWithoutLanPort, QStringList{QStringLiteral("Printer")});
    QVERIFY(Settings(dir.path()).set(QStringLiteral("listener.lan.enabled"), QStringLiteral("true")));

    DashboardPage page(dir.path());
    page.show();
    QSignalSpy alerts(&page, &DashboardPage::alertsChanged);
    page.setSetupState(*setup);
    QTRY_VERIFY(!alerts.isEmpty());
    QVERIFY2(alerts.last()
                 .first()
                 .toStringList()
                 .join(QLatin1Char('\n'))
                 .contains(QStringLiteral("\"Billing\" cannot send: its allowlist is empty")),
             qPrintable(alerts.last().first().toStringList().join(QLatin1Char('\n'))));

    QVERIFY(
        agents.addNetwork(QStringLiteral("Billing"), *CidrRange::parse(QStringLiteral("127.0.0.1")), false));
    QVERIFY(agents.revokeCredential(created->credential.credential.username));
    setup = SetupQuery(dir.path()).load();
    QVERIFY(setup);
    QVERIFY(setup->agentsWithoutLogins.isEmpty());
    QCOMPARE(setup->agentsWithoutPassword, QStringList{QStringLiteral("Billing")});
    page.setSetupState(*setup);
    QTRY_VERIFY2(alerts.last()
                     .first()
                     .toStringList()
                     .join(QLatin1Char('\n'))
                     .contains(QStringLiteral("\"Billing\" cannot send: every password it had is revoked")),
                 qPrintable(alerts.last().first().toStringList().join(QLatin1Char('\n'))));

    // A new password: nothing to say.
    QVERIFY(agents.createCredential(QStringLiteral("Billing")));
    setup = SetupQuery(dir.path()).load();
    QVERIFY(setup && setup->agentsWithoutPassword.isEmpty() && setup->agentsWithoutLogins.isEmpty());
}

void TestDashboardNumbers::aPeerThatTurnsTheRelayAwayIsAnAlert()
{
    // An outside tester's smarthost refused the relay's password: every message waited, yellow, and the
    // alerts said nothing a person had to do.
    Test::TempDataDir dir;
    DashboardPage page(dir.path());
    page.show();
    QSignalSpy alerts(&page, &DashboardPage::alertsChanged);
    DashboardSnapshot snapshot;
    snapshot.peerProblems = {
        {QStringLiteral("smarthost"), QStringLiteral("smtp.provider.test"), QStringLiteral("4.7.8"), 587},
        {QStringLiteral("route"), QStringLiteral("relay.partner.test"), QStringLiteral("4.7.5")},
        {QStringLiteral("smarthost"), QStringLiteral("smtp.other.test"), QStringLiteral("4.4.1"), 2526}};
    page.setSnapshot(snapshot);
    QTRY_VERIFY(!alerts.isEmpty());
    const QStringList shown = alerts.last().first().toStringList();
    QVERIFY2(shown.contains(
                 QStringLiteral("The smarthost smtp.provider.test:587 refuses the relay's login: mail to it "
                                "waits. Check the user name and password (Settings, Delivery); the "
                                "Delivery Logs show its answer.")),
             qPrintable(shown.join(QLatin1Char('\n'))));
    QVERIFY2(
        shown.contains(QStringLiteral("The server of a route, relay.partner.test, cannot be reached over a "
                                      "trusted TLS connection: mail to it waits. Check the route (Settings, "
                                      "Delivery); the Delivery Logs show why.")),
        qPrintable(shown.join(QLatin1Char('\n'))));
    // One that takes no connection (a tester's wrong port sat beside "All is well.").
    QVERIFY2(
        shown.contains(QStringLiteral("The smarthost smtp.other.test:2526 takes no connection: mail to it "
                                      "waits. Check its address and port (Settings, Delivery, \"Test "
                                      "connection\"); the Delivery Logs show why.")),
        qPrintable(shown.join(QLatin1Char('\n'))));
}

void TestDashboardNumbers::bounceNoticesThatDoNotArriveAreAnAlert()
{
    // An outside tester's shop lost its bounce notices without a word on the Dashboard.
    Test::TempDataDir dir;
    DashboardPage page(dir.path());
    page.show();
    QSignalSpy alerts(&page, &DashboardPage::alertsChanged);
    DashboardSnapshot snapshot;
    snapshot.noticeProblems = {{QStringLiteral("orders@shop.example"), QStringLiteral("WebShop"), false},
                               {QStringLiteral("scan@office.example"), QString(), true}};
    page.setSnapshot(snapshot);
    QTRY_VERIFY(!alerts.isEmpty());
    const QStringList shown = alerts.last().first().toStringList();
    QVERIFY2(
        shown.contains(QStringLiteral("Bounce notices to orders@shop.example cannot be delivered; the "
                                      "Delivery Logs show why. WebShop's application does not learn of its "
                                      "failed mail.")),
        qPrintable(shown.join(QLatin1Char('\n'))));
    QVERIFY2(
        shown.contains(QStringLiteral("Bounce notices to scan@office.example are not sent: the address is on "
                                      "its agent's suppression list (Mail Agents, Suppressions).")),
        qPrintable(shown.join(QLatin1Char('\n'))));
}

void TestDashboardNumbers::queueAlertsCountAsTheTilesDo()
{
    // An outside tester read "1.151" waiting in the tile and "1.152 Empfänger warten" in the alert beside it
    // (the alert counted a bounce notice as a recipient), and "1000 Empfänger" without the thousands
    // separator the tiles use.
    Test::TempDataDir dir;
    DashboardPage page(dir.path());
    page.show();
    QSignalSpy alerts(&page, &DashboardPage::alertsChanged);
    DashboardSnapshot snapshot;
    snapshot.waitingNow = 1151;
    snapshot.deferredNow = 1151;
    snapshot.noticesWaitingNow = 1;
    snapshot.pendingRecipients = 1152;
    snapshot.oldestPendingMs = QDateTime::currentMSecsSinceEpoch() - 2 * 60 * 1000;
    snapshot.failingDomains = {
        {QStringLiteral("massen.example"), 1000, QDateTime::currentMSecsSinceEpoch() - 60 * 1000}};
    for (const auto& [language, queue, failing] :
         {std::tuple{"en_US", "The queue is growing: 1,151 recipients and 1 bounce notice waiting",
                     "Deliveries to massen.example are failing: 1,000 recipients not delivered"},
          std::tuple{"de_DE", "Die Warteschlange wächst: 1.151 Empfänger und 1 Unzustellbarkeitsbericht",
                     "Zustellungen an massen.example schlagen fehl: 1.000 Empfänger"}}) {
        Test::WindowTour::useLanguage(QString::fromLatin1(language));
        alerts.clear();
        page.setSnapshot(snapshot);
        QTRY_VERIFY(!alerts.isEmpty());
        const QString shown = alerts.last().first().toStringList().join(QLatin1Char('\n'));
        QVERIFY2(shown.contains(QString::fromUtf8(queue)), qPrintable(shown));
        QVERIFY2(shown.contains(QString::fromUtf8(failing)), qPrintable(shown));
        QVERIFY2(labelShows(page, {QStringLiteral("1.151")}) || language != std::string_view("de_DE"),
                 language);
    }
    Test::WindowTour::useLanguage(QStringLiteral("en_US"));
}

// An outside tester who had moved the office to PostgreSQL could not tell from the window which store it ran
// on (only `relaydesk status` said).
void TestDashboardNumbers::theRelayBoxNamesTheStore()
{
    Test::TempDataDir dir;
    QVERIFY(Database::initialize(dir.path()).ok());
    DashboardPage page(dir.path());
    page.show();
    page.refresh();
    auto* store = page.findChild<QLabel*>(QStringLiteral("storeLine"));
    QVERIFY(store);
    // On SQLite, its file; on PostgreSQL (the PostgreSQL pass of the suite), its address.
    QTRY_VERIFY2(store->text() == QStringLiteral("Store: SQLite, in the data directory") ||
                     store->text().startsWith(QStringLiteral("Store: PostgreSQL, postgresql:/")),
                 qPrintable(store->text()));
    QVERIFY(!store->toolTip().isEmpty()); // the file, or the address, whole
}

void TestDashboardNumbers::tilesSayWhatTheyCount()
{
    Test::TempDataDir dir;
    DashboardPage page(dir.path());
    page.show();
    DashboardSnapshot snapshot;
    snapshot.acceptedToday = 40;
    snapshot.acceptedRecipientsToday = 52;
    snapshot.deliveredToday = 43;
    snapshot.waitingNow = 9;
    snapshot.waitingMessagesNow = 2;
    snapshot.deferredNow = 6;
    snapshot.bouncedToday = 3;
    snapshot.deletedToday = 1;
    snapshot.bounceNoticesToday = 2;
    page.setSnapshot(snapshot);
    QVERIFY(labelShows(page, {QStringLiteral("40 messages to 52 recipients")}));
    // The count of this moment says so in its caption (outside testers read "Deferred" among the day's
    // counts as today's deferrals).
    QVERIFY(labelShows(page, {QStringLiteral("Waiting now")}));
    // The parts add up to the count (an outside tester read "1 on hold, 2 after a temporary failure" under
    // 4), in short words on the tile (the long ones overlapped its title in French).
    QVERIFY(labelShows(page, {QStringLiteral("6 to retry, 3 new")}));
    QVERIFY(countShown(page, 9));
    // At length in the tooltip, with the messages too, as the Queue counts them (its one message to 30
    // recipients stood beside the tile's 30).
    const auto tooltipShows = [&page](const QString& text) {
        for (const QLabel* label : page.findChildren<QLabel*>()) {
            if (label->toolTip().contains(text))
                return true;
        }
        return false;
    };
    QVERIFY(
        tooltipShows(QStringLiteral("2 messages to 9 recipients: 6 after a temporary failure, 3 before or in "
                                    "their first attempt")));
    // A held message waits on a person, not on a retry: said apart (an outside tester).
    snapshot.heldNow = 1;
    page.setSnapshot(snapshot);
    QVERIFY(labelShows(page, {QStringLiteral("1 on hold, 6 to retry, 2 new")}));
    snapshot.heldNow = 0;
    // Every way a recipient ends undelivered is in one tile, so that the day adds up: a deleted recipient
    // was in none.
    QVERIFY(labelShows(page, {QStringLiteral("Not delivered")}));
    QVERIFY(labelShows(page, {QStringLiteral("3 bounced, 1 deleted")}));
    QVERIFY(countShown(page, 4));
    snapshot.suppressedToday = 2;
    page.setSnapshot(snapshot);
    QVERIFY(labelShows(page, {QStringLiteral("3 bounced, 2 suppressed, 1 deleted")}));
    QVERIFY(countShown(page, 6));
    // The notices' line no longer repeats the caption ("Bounce notices" over "2 notices to senders").
    QVERIFY(labelShows(page, {QStringLiteral("Bounce notices")}));
    QVERIFY(labelShows(page, {QStringLiteral("written to senders")}));
    QVERIFY(!labelShows(page, {QStringLiteral("notices to senders")}));
    // A notice that never reached its sender is said (an outside tester's "5 written" counted 3 held back).
    snapshot.noticesNotSentToday = 3;
    page.setSnapshot(snapshot);
    QVERIFY(labelShows(page, {QStringLiteral("written to senders, 3 not delivered")}));
    // Notices waiting are said on both tiles: the Queue page counted them, the Dashboard did not (an outside
    // tester read 6 waiting here and 33 messages there).
    snapshot.noticesWaitingNow = 27;
    page.setSnapshot(snapshot);
    QVERIFY(labelShows(page, {QStringLiteral("written to senders, 27 waiting, 3 not delivered")}));
    // Apart from the recipients' counts, which they are not part of (an outside tester read "2 messages to 2
    // recipients: 2 after a temporary failure and 1 bounce notice" as 2 + 1 beside a tile of 2).
    QVERIFY(labelShows(page, {QStringLiteral("6 to retry, 3 new + 27 bounce notice")}));
    QVERIFY(tooltipShows(
        QStringLiteral("6 after a temporary failure, 3 before or in their first attempt; besides "
                       "them, 27 bounce notices")));
    snapshot.heldNow = 1;
    page.setSnapshot(snapshot);
    QVERIFY(labelShows(page, {QStringLiteral("1 on hold, 6 to retry, 2 new + 27 bounce notice")}));
    snapshot.heldNow = 0;
    snapshot.noticesWaitingNow = 0;
    snapshot.noticesNotSentToday = 0;
    page.setSnapshot(snapshot);
    snapshot.waitingNow = 2;
    snapshot.waitingMessagesNow = 1;
    snapshot.deferredNow = 0;
    page.setSnapshot(snapshot);
    QVERIFY(labelShows(page, {QStringLiteral("1 message to 2 recipients")}));
    // One message is one message, in every language.
    snapshot.acceptedToday = 1;
    snapshot.acceptedRecipientsToday = 1;
    page.setSnapshot(snapshot);
    QVERIFY(labelShows(page, {QStringLiteral("1 message to 1 recipient")}));
    for (const auto& [language, text] : {std::pair{"de_DE", "1 Nachricht an 1 Empfänger"},
                                         std::pair{"fr_FR", "1 message pour 1 destinataire"}}) {
        Test::WindowTour::useLanguage(QString::fromLatin1(language));
        page.setSnapshot(snapshot);
        QVERIFY2(labelShows(page, {QString::fromUtf8(text)}), language);
    }
    // A busy day's detail lines group thousands as the numbers above them do ("9067 messages to 10286
    // recipients" stood under "9,067"; "9371 Nachrichten" under "9.371").
    snapshot.acceptedToday = 9067;
    snapshot.acceptedRecipientsToday = 10286;
    snapshot.deferredNow = 1203;
    for (const auto& [language, text, waiting] :
         {std::tuple{"en_US", "%1 messages to %2 recipients", "%3 to retry"},
          std::tuple{"de_DE", "%1 Nachrichten an %2 Empfänger", "%3 zu wiederholen"},
          std::tuple{"fr_FR", "%1 messages pour %2 destinataires", "%3 à réessayer"}}) {
        Test::WindowTour::useLanguage(QString::fromLatin1(language));
        page.setSnapshot(snapshot);
        const QLocale locale;
        const QString accepted = QString::fromUtf8(text).arg(locale.toString(9067), locale.toString(10286));
        QVERIFY2(labelShows(page, {accepted}), qPrintable(accepted));
        const QString deferred = QString::fromUtf8(waiting).arg(locale.toString(1203));
        QVERIFY2(labelShows(page, {deferred}), qPrintable(deferred));
    }
    Test::WindowTour::useLanguage(QStringLiteral("en_US"));
}

QTEST_MAIN(TestDashboardNumbers)
#include "tst_dashboardnumbers.moc"
