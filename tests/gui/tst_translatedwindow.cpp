// The main window in German and in French shows no English: every page, every tab, the details that explain
// a reply (and say what to do) and the menus. English here means any source text whose translation differs
// from it, read from the .ts files (so a string that lupdate knows but nobody translated shows up too).
#include "tests/support/tempdatadir.h"
#include "windowtour.h"

#include <QFile>
#include <QSet>
#include <QXmlStreamReader>

using namespace RelayDesk;

namespace {

/// The English texts of a translation file whose translation differs from the source, by context.
QHash<QString, QSet<QString>> englishTexts(const QString& language)
{
    QHash<QString, QSet<QString>> texts;
    QFile file(QStringLiteral(RELAYDESK_SOURCE_DIR "/translations/relaydesk_") + language +
               QStringLiteral(".ts"));
    if (!file.open(QIODevice::ReadOnly))
        return texts;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            QString english = source;
            english.remove(QLatin1Char('&'));
            // Texts with placeholders are checked by their fixed words through the reply texts below.
            if (translation.trimmed() != source.trimmed() && !english.contains(QLatin1Char('%')))
                texts[context] << english.trimmed();
        }
    }
    return texts;
}

} // namespace

class TestTranslatedWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void noEnglishIsVisible_data();
    void noEnglishIsVisible();
};

void TestTranslatedWindow::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("RelayDeskTest"));
    QApplication::setApplicationName(QStringLiteral("tst_translatedwindow"));
}

void TestTranslatedWindow::noEnglishIsVisible_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de_DE");
    QTest::newRow("fr") << QStringLiteral("fr_FR");
}

void TestTranslatedWindow::noEnglishIsVisible()
{
    QFETCH(QString, language);
    Test::WindowTour::useLanguage(language);
    const auto english = englishTexts(language.left(2));
    QVERIFY(english.value(QStringLiteral("ReplyCatalog")).size() > 200);
    QSet<QString> everyText;
    for (const QSet<QString>& texts : english)
        everyText.unite(texts);
    // Known words that must never stay English, whatever the files say.
    for (const char* text : {"What to do:", "Delivery Logs", "Settings", "Queue", "Dashboard", "Mail Agents",
                             "Refresh", "Save", "Security", "Delivery", "Retention"})
        everyText << QString::fromLatin1(text);
    // The reply explanations, also inside longer text ("What to do: Check the recipient's address...").
    QStringList sentences;
    for (const QString& text :
         english.value(QStringLiteral("ReplyCatalog")) + english.value(QStringLiteral("RoadSignStyle")))
        if (text.size() >= 20)
            sentences << text;

    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    MainWindow window(dir.path());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    int stops = 0;
    bool sawExplanation = false;
    QStringList problems;
    Test::WindowTour::visit(window, [&](const QString& where, QWidget*) {
        ++stops;
        QStringList found;
        for (const QString& text : Test::WindowTour::visibleTexts(&window)) {
            if (everyText.contains(text))
                found << text;
            for (const QString& sentence : sentences) {
                if (text.contains(sentence))
                    found << sentence;
            }
        }
        if (where.startsWith(QLatin1String("Delivery Logs")))
            sawExplanation =
                sawExplanation || window.deliveryLogPage()->details()->toPlainText().size() > 100;
        found.removeDuplicates();
        if (!found.isEmpty())
            problems << where + QStringLiteral(": \"") + found.join(QStringLiteral("\", \"")) +
                            QLatin1Char('"');
    });
    QVERIFY2(problems.isEmpty(),
             qPrintable(language + QStringLiteral(" shows English:\n") + problems.join(QLatin1Char('\n'))));
    QVERIFY(stops >= 10);
    QVERIFY(sawExplanation);
}

QTEST_MAIN(TestTranslatedWindow)
#include "tst_translatedwindow.moc"
