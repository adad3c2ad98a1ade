// Values typed with units for `relaydesk config set`: what each becomes, and what is left for the validator.
#include "core/util/settingunits.h"

#include <QTest>

using namespace RelayDesk;

Q_DECLARE_METATYPE(RelayDesk::SettingKind)

namespace {

/// The columns of both tables: a setting's kind, the text given and the text expected back.
void addColumns(const char* given, const char* expected)
{
    QTest::addColumn<SettingKind>("kind");
    QTest::addColumn<QString>(given);
    QTest::addColumn<QString>(expected);
}

void row(const char* name, SettingKind kind, const char* given, const char* expected)
{
    QTest::newRow(name) << kind << QString::fromUtf8(given) << QString::fromUtf8(expected);
}

} // namespace

/// SettingUnits::toStored and humanForm for every kind with units, and the values they must leave alone.
class TestSettingUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toStored_data()
    {
        addColumns("typed", "stored");
        row("plain seconds", SettingKind::Seconds, "900", "900");
        row("s", SettingKind::Seconds, "90s", "90");
        row("m", SettingKind::Seconds, "15m", "900");
        row("min with a space", SettingKind::Seconds, "15 min", "900");
        row("h", SettingKind::Seconds, "2h", "7200");
        row("hours, capitals", SettingKind::Seconds, "2 Hours", "7200");
        row("d", SettingKind::Seconds, "5d", "432000");
        row("w", SettingKind::Seconds, "1w", "604800");
        row("zero with a unit", SettingKind::Seconds, "0m", "0");
        row("unknown unit", SettingKind::Seconds, "5y", "5y");
        row("fraction", SettingKind::Seconds, "1.5h", "1.5h");
        row("negative", SettingKind::Seconds, "-5m", "-5m");
        row("two units are summed", SettingKind::Seconds, "1h30m", "5400");
        row("units with blanks", SettingKind::Seconds, "2d 12h", "216000");
        row("a number without its unit", SettingKind::Seconds, "1h30", "1h30");
        row("overflow", SettingKind::Seconds, "999999999999999w", "999999999999999w");
        row("empty", SettingKind::Seconds, "", "");
        row("octets plain", SettingKind::Octets, "26214400", "26214400");
        row("MB as the window counts it", SettingKind::Octets, "25MB", "26214400");
        row("MiB", SettingKind::Octets, "25MiB", "26214400");
        row("M alone for a size", SettingKind::Octets, "25M", "26214400");
        row("k and G alone", SettingKind::Octets, "512k", "524288");
        row("G alone", SettingKind::Octets, "1G", "1073741824");
        row("KB", SettingKind::Octets, "512kb", "524288");
        row("GB", SettingKind::Octets, "1GB", "1073741824");
        row("B", SettingKind::Octets, "1000B", "1000");
        row("a lone m is a megabyte for a size", SettingKind::Octets, "5m", "5242880");
        row("a duration is no size", SettingKind::Octets, "5min", "5min");
        row("days plain", SettingKind::Days, "90", "90");
        row("days d", SettingKind::Days, "90d", "90");
        row("days w", SettingKind::Days, "2w", "14");
        row("hours are no days", SettingKind::Days, "48h", "48h");
        row("count keeps its text", SettingKind::Count, "5m", "5m");
        row("text keeps its text", SettingKind::Text, "15m", "15m");
    }
    void toStored()
    {
        QFETCH(SettingKind, kind);
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        QCOMPARE(SettingUnits::toStored(kind, typed), stored);
    }

    void humanForm_data()
    {
        addColumns("stored", "human");
        row("seconds below a minute", SettingKind::Seconds, "30", "30 s");
        row("minutes", SettingKind::Seconds, "900", "15 min");
        row("an hour", SettingKind::Seconds, "3600", "1 hour");
        row("hours", SettingKind::Seconds, "14400", "4 hours");
        row("days", SettingKind::Seconds, "432000", "5 days");
        row("a week", SettingKind::Seconds, "604800", "1 week");
        row("not a whole minute", SettingKind::Seconds, "90", "1 min 30 s");
        row("three parts at most", SettingKind::Seconds, "694861", "");
        row("an inexact size", SettingKind::Octets, "30000000", "28.6 MB");
        row("zero", SettingKind::Seconds, "0", "0 s");
        row("megabytes", SettingKind::Octets, "26214400", "25 MB");
        row("kilobytes", SettingKind::Octets, "524288", "512 KB");
        row("a gigabyte", SettingKind::Octets, "1073741824", "1 GB");
        row("odd octets", SettingKind::Octets, "1000", "");
        // Every duration with its unit (an outside tester read "30" beside "300 (5 min)").
        row("days", SettingKind::Days, "90", "90 days");
        row("a day", SettingKind::Days, "1", "1 day");
        row("no days", SettingKind::Days, "0", "0 days");
        row("a count", SettingKind::Count, "3600", "");
        row("not a number", SettingKind::Seconds, "soon", "");
    }
    void humanForm()
    {
        QFETCH(SettingKind, kind);
        QFETCH(QString, stored);
        QFETCH(QString, human);
        QCOMPARE(SettingUnits::humanForm(kind, stored), human);
        // What it says reads back as the stored value (a size rounded to a tenth cannot).
        if (!human.isEmpty() && !human.contains(QLatin1Char('.')))
            QCOMPARE(SettingUnits::toStored(kind, QString(human).remove(QLatin1Char(' '))), stored);
    }

    void hintsOnlyForKindsWithUnits()
    {
        QVERIFY(SettingUnits::unitHint(SettingKind::Seconds).contains(QLatin1String("15m")));
        QVERIFY(SettingUnits::unitHint(SettingKind::Octets).contains(QLatin1String("25MB")));
        QVERIFY(SettingUnits::unitHint(SettingKind::Days).contains(QLatin1String("90d")));
        QVERIFY(SettingUnits::unitHint(SettingKind::Count).isEmpty());
        QVERIFY(SettingUnits::unitHint(SettingKind::Text).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSettingUnits)
#include "tst_settingunits.moc"
