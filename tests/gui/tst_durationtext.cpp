// Spans of time in the units people use, in every language the window ships: durationText() itself, the
// Dashboard's alert about a queue whose oldest message has waited for hours, and the Live Sessions page's
// Duration column.
#include "core/engine/sessioninfo.h"
#include "tests/support/tempdatadir.h"
#include "ui/dashboardpage.h"
#include "ui/durationtext.h"
#include "ui/expirydate.h"
#include "ui/sessionsmodel.h"
#include "windowtour.h"

#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QTest>

using namespace RelayDesk;
using RelayDesk::Test::WindowTour;

namespace {

constexpr qint64 second = 1000;
constexpr qint64 minute = 60 * second;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

} // namespace

/// durationText() and the two places that show it.
class TestDurationText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { WindowTour::useLanguage(QStringLiteral("en_US")); }
    void spansInEveryLanguage_data();
    void spansInEveryLanguage();
    void queueAlertSaysHoursNotMinutes_data() { WindowTour::addLanguageRows(); }
    void queueAlertSaysHoursNotMinutes();
    void sessionDurationUsesMinutes();
    void expiryDatesWriteTheYearOut();
};

void TestDurationText::spansInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<qint64>("span");
    QTest::addColumn<QString>("expected");
    const struct
    {
        const char* name;
        qint64 span;
        const char* en;
        const char* de;
        const char* fr;
    } rows[] = {
        {"zero", 0, "0 s", "0 s", "0 s"},
        {"negative (clock stepped back)", -5 * second, "0 s", "0 s", "0 s"},
        {"seconds", 45 * second + 900, "45 s", "45 s", "45 s"},
        {"one minute", minute, "1 min", "1 min", "1 min"},
        {"minutes and seconds", 4 * minute + 26 * second, "4 min 26 s", "4 min 26 s", "4 min 26 s"},
        {"266 minutes", 266 * minute, "4 h 26 min", "4 h 26 min", "4 h 26 min"},
        {"whole hours", 3 * hour, "3 h", "3 h", "3 h"},
        {"one day", day, "1 day", "1 Tag", "1 jour"},
        {"days and hours", 3 * day + 2 * hour + 59 * minute, "3 days 2 h", "3 Tage 2 h", "3 jours 2 h"},
    };
    for (const auto& row : rows) {
        QTest::addRow("en %s", row.name) << QStringLiteral("en_US") << row.span << QString::fromUtf8(row.en);
        QTest::addRow("de %s", row.name) << QStringLiteral("de_DE") << row.span << QString::fromUtf8(row.de);
        QTest::addRow("fr %s", row.name) << QStringLiteral("fr_FR") << row.span << QString::fromUtf8(row.fr);
    }
}

void TestDurationText::spansInEveryLanguage()
{
    QFETCH(QString, language);
    QFETCH(qint64, span);
    QFETCH(QString, expected);
    WindowTour::useLanguage(language);
    QCOMPARE(durationText(span), expected);
}

void TestDurationText::queueAlertSaysHoursNotMinutes()
{
    QFETCH(QString, language);
    WindowTour::useLanguage(language);
    Test::TempDataDir dir;
    DashboardPage page(dir.path());
    DashboardSnapshot snapshot;
    snapshot.pendingRecipients = 12;
    snapshot.oldestPendingMs = QDateTime::currentMSecsSinceEpoch() - (266 * minute + 30 * second);
    page.setSnapshot(snapshot);
    const QString age = durationText(266 * minute + 30 * second);
    QVERIFY2(age.contains(QLatin1Char('4')) && age.contains(QStringLiteral("26")), qPrintable(age));
    QStringList queueAlerts;
    for (const QString& alert : page.alerts()) {
        if (alert.contains(age))
            queueAlerts << alert;
    }
    QVERIFY2(queueAlerts.size() == 1, qPrintable(page.alerts().join(QLatin1Char('|'))));
    QVERIFY2(!queueAlerts.first().contains(QStringLiteral("266")), qPrintable(queueAlerts.first()));
    // The unit before the sentence's full stop is no abbreviation with a dot of its own ("Min..").
    QVERIFY2(!queueAlerts.first().contains(QStringLiteral("..")), qPrintable(queueAlerts.first()));
}

void TestDurationText::sessionDurationUsesMinutes()
{
    SessionsModel model;
    SessionInfo session;
    session.id = 1;
    session.client = QStringLiteral("192.0.2.7:5000");
    session.state = QStringLiteral("ready");
    session.startedMs = 1000;
    model.applySnapshot({session}, 1000 + 12 * minute + 5 * second);
    QCOMPARE(model.index(0, SessionsModel::Duration).data().toString(), QStringLiteral("12 min 5 s"));
    model.applySnapshot({session}, 1000 + 42 * second);
    QCOMPARE(model.index(0, SessionsModel::Duration).data().toString(), QStringLiteral("42 s"));
}

void TestDurationText::expiryDatesWriteTheYearOut()
{
    // An outside tester read a certificate's expiry as "07.03.29" in German: a day of which century?
    const QDateTime expiry(QDate(2029, 3, 7), QTime(12, 0));
    for (const auto& [language, text] : {std::pair{"en_US", "3/7/2029"}, std::pair{"de_DE", "07.03.2029"},
                                         std::pair{"fr_FR", "07/03/2029"}}) {
        WindowTour::useLanguage(QString::fromLatin1(language));
        QCOMPARE(expiryDateText(expiry), QString::fromLatin1(text));
    }
    // The dashboard's certificate line says it so.
    WindowTour::useLanguage(QStringLiteral("de_DE"));
    Test::TempDataDir dir;
    DashboardPage page(dir.path());
    page.setCertificate(QDateTime::currentDateTime().addYears(3), QStringLiteral("AB:CD"));
    const QString year = QString::number(QDateTime::currentDateTime().addYears(3).date().year());
    bool said = false;
    for (const QLabel* label : page.findChildren<QLabel*>())
        said = said || (label->text().contains(QStringLiteral("läuft")) && label->text().contains(year));
    QVERIFY(said);
}

QTEST_MAIN(TestDurationText)
#include "tst_durationtext.moc"
