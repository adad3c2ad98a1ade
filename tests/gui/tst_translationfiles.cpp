// The translation files are complete (docs/translations.md): German and French translate every message the
// sources hold, with both plural forms and the same placeholders; no entry is unfinished, vanished or
// obsolete; English holds the plural forms of every numerus message. lupdate run on copies of the files
// finds nothing new and nothing gone, so a string added without refreshing the files fails here.
#include <algorithm>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

/// One <message> of a .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;      ///< the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList forms; ///< the translation, or its numerus forms

    QString key() const { return context + QLatin1Char('|') + source + QLatin1Char('|') + comment; }
};

QList<TsMessage> readTs(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.forms << xml.readElementText();
            } else {
                message.forms << xml.readElementText();
            }
            messages << message;
        }
    }
    return messages;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(L?n|\\d{1,2})"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    return found;
}

QString tsPath(const QString& dir, const QString& language)
{
    return dir + QStringLiteral("/relaydesk_") + language + QStringLiteral(".ts");
}

const QString kSourceTs = QStringLiteral(RELAYDESK_SOURCE_DIR "/translations");

} // namespace

class TestTranslationFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void englishHoldsThePluralForms();
    void settingsPathsNameRealTabs_data();
    void settingsPathsNameRealTabs();
    void theBounceNoticeHasOneName_data();
    void theBounceNoticeHasOneName();
    void theUserGuideNamesTheWindowsWords_data();
    void theUserGuideNamesTheWindowsWords();
    void lupdateFindsNothingNew();
};

void TestTranslationFiles::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestTranslationFiles::everyMessageIsTranslated()
{
    QFETCH(QString, language);
    const QList<TsMessage> messages = readTs(tsPath(kSourceTs, language));
    QVERIFY(messages.size() > 500);
    QStringList problems;
    for (const TsMessage& message : messages) {
        const QString where = message.context + QStringLiteral(": ") + message.source;
        if (!message.type.isEmpty()) {
            problems << message.type + QStringLiteral(" - ") + where;
            continue;
        }
        if (message.numerus && message.forms.size() != 2)
            problems << QStringLiteral("needs 2 plural forms - ") + where;
        for (const QString& form : message.forms) {
            if (form.trimmed().isEmpty() && !message.source.trimmed().isEmpty())
                problems << QStringLiteral("empty - ") + where;
            else if (placeholders(form) != placeholders(message.source))
                problems << QStringLiteral("placeholders differ in \"%1\" - ").arg(form) + where;
            // French typography, as the rest of the French window (an outside tester saw "n'est pas ...
            // d'où" beside "l’adresse"): the apostrophe inside words is the typographic one.
            static const QRegularExpression straight(QStringLiteral("\\p{L}'\\p{L}"));
            if (language == QLatin1String("fr") && form.contains(straight))
                problems << QStringLiteral("straight apostrophe in \"%1\" - ").arg(form) + where;
            // One ellipsis throughout ("Zertifikat speichern..." beside "Bearbeiten …": an outside tester).
            if (form.contains(QStringLiteral("...")))
                problems << QStringLiteral("three dots instead of an ellipsis in \"%1\" - ").arg(form) +
                                where;
            // A character reference escaped once too often shows as text: "eux&#xa0;; l'application" on the
            // French tab of refusals (an outside tester).
            static const QRegularExpression reference(QStringLiteral("&#x?[0-9a-fA-F]+;|&[a-z]+;"));
            if (form.contains(reference) && !message.source.contains(reference))
                problems
                    << QStringLiteral("an escaped character reference shows as text in \"%1\" - ").arg(form) +
                           where;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslationFiles::englishHoldsThePluralForms()
{
    const QList<TsMessage> messages = readTs(tsPath(kSourceTs, QStringLiteral("en")));
    QVERIFY(messages.size() >= 20);
    int numerusInGerman = 0;
    for (const TsMessage& message : readTs(tsPath(kSourceTs, QStringLiteral("de"))))
        numerusInGerman += message.numerus ? 1 : 0;
    QCOMPARE(messages.size(), numerusInGerman);
    for (const TsMessage& message : messages) {
        QVERIFY2(message.numerus && message.type.isEmpty() && message.forms.size() == 2,
                 qPrintable(message.source));
        // "1 day", "2 days": no "(s)" left in what a person reads.
        for (const QString& form : message.forms)
            QVERIFY2(!form.contains(QStringLiteral("(s)")) && !form.contains(QStringLiteral("(es)")),
                     qPrintable(form));
        // A source that marks its plural ("%n day(s)") has two English forms; one that does not ("%Ln
        // bounced") is counted for the languages whose words agree with the number ("2 supprimés").
        if (message.source.contains(QStringLiteral("(s)")) || message.source.contains(QStringLiteral("(es)")))
            QVERIFY2(message.forms.at(0) != message.forms.at(1), qPrintable(message.source));
    }
}

void TestTranslationFiles::settingsPathsNameRealTabs_data()
{
    everyMessageIsTranslated_data();
}

// A help text that sends a person to "Settings, Delivery" must name the tab as the translated window names it
// (an outside tester read "Paramètres, Distribution" in French help, where the tab is "Remise").
void TestTranslationFiles::settingsPathsNameRealTabs()
{
    QFETCH(QString, language);
    const QList<TsMessage> messages = readTs(tsPath(kSourceTs, language));
    const auto translationOf = [&messages](const QString& context, const QString& source) {
        for (const TsMessage& message : messages) {
            if (message.context == context && message.source == source && !message.numerus)
                return message.forms.value(0);
        }
        return QString();
    };
    const QString settings =
        translationOf(QStringLiteral("RelayDesk::MainWindow"), QStringLiteral("Settings"));
    QVERIFY(!settings.isEmpty());
    const QStringList tabs = {QStringLiteral("Listeners"), QStringLiteral("Security"),
                              QStringLiteral("Delivery"), QStringLiteral("Retention"),
                              QStringLiteral("Desktop")};
    QStringList problems;
    int paths = 0;
    for (const QString& tab : tabs) {
        const QString title = translationOf(QStringLiteral("RelayDesk::SettingCatalog"), tab);
        QVERIFY2(!title.isEmpty(), qPrintable(tab));
        const QString sourcePath = QStringLiteral("(Settings, ") + tab;
        const QString translatedPath = settings + QStringLiteral(", ") + title;
        for (const TsMessage& message : messages) {
            if (!message.source.contains(sourcePath))
                continue;
            ++paths;
            for (const QString& form : message.forms) {
                if (!form.contains(translatedPath))
                    problems << QStringLiteral("\"%1\" does not say \"%2\" - %3: %4")
                                    .arg(form, translatedPath, message.context, message.source);
            }
        }
    }
    QVERIFY(paths >= 5);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslationFiles::theBounceNoticeHasOneName_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("term");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("unzustellbarkeitsbericht");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("avis de non-remise");
}

// The relay's notice to a sender whose message could not be delivered goes by one name in each language (an
// outside tester read three German ones on three pages and took them for three things).
void TestTranslationFiles::theBounceNoticeHasOneName()
{
    QFETCH(QString, language);
    QFETCH(QString, term);
    static const QRegularExpression notice(QStringLiteral("\\b(bounce|failure) notice"),
                                           QRegularExpression::CaseInsensitiveOption);
    QStringList problems;
    int named = 0;
    for (const TsMessage& message : readTs(tsPath(kSourceTs, language))) {
        if (!message.source.contains(notice))
            continue;
        ++named;
        for (const QString& form : message.forms) {
            // A soft hyphen where a long compound may break on a narrow tile is the same word.
            if (!QString(form).remove(QChar(0x00ad)).toLower().contains(term))
                problems << QStringLiteral("%1: %2").arg(message.source, form);
        }
    }
    QVERIFY(named >= 10);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslationFiles::theUserGuideNamesTheWindowsWords_data()
{
    everyMessageIsTranslated_data();
}

// The user guide (resources/manual) sends a person to buttons, tabs and pages by name, in bold: each name the
// English guide gives that the window shows must be, in the German and French guides, the name the translated
// window shows ("Zurücksenden ...", not a word of the guide's own).
void TestTranslationFiles::theUserGuideNamesTheWindowsWords()
{
    QFETCH(QString, language);
    const auto normalized = [](QString text) {
        text.remove(QLatin1Char('&'));
        text.replace(QChar(0x2026), QString()).replace(QStringLiteral("..."), QString());
        text.replace(QChar(0x00a0), QLatin1Char(' ')).replace(QChar(0x202f), QLatin1Char(' '));
        text = text.simplified(); // a name may wrap in the guide's text
        if (text.endsWith(QLatin1Char(':')))
            text.chop(1);
        return text.trimmed().toLower();
    };
    const auto guide = [&normalized](const QString& name) {
        QFile file(QStringLiteral(RELAYDESK_SOURCE_DIR "/resources/manual/userguide_") + name +
                   QStringLiteral(".md"));
        return file.open(QIODevice::ReadOnly) ? normalized(QString::fromUtf8(file.readAll())) : QString();
    };
    const QString english = guide(QStringLiteral("en"));
    const QString translated = guide(language);
    QVERIFY(!english.isEmpty() && !translated.isEmpty());
    const QList<TsMessage> messages = readTs(tsPath(kSourceTs, language));
    static const QRegularExpression bold(QStringLiteral("\\*\\*([^*]+)\\*\\*"));
    QStringList problems;
    int names = 0;
    for (auto it = bold.globalMatch(english); it.hasNext();) {
        const QString term = normalized(it.next().captured(1));
        QStringList forms;
        for (const TsMessage& message : messages) {
            if (!message.numerus && normalized(message.source) == term)
                forms << normalized(message.forms.value(0));
        }
        if (forms.isEmpty())
            continue; // not a name the window shows ("Green", "Port 587")
        ++names;
        if (std::none_of(forms.cbegin(), forms.cend(),
                         [&translated](const QString& form) { return translated.contains(form); }))
            problems << QStringLiteral("\"%1\": the window says \"%2\"")
                            .arg(term, forms.join(QStringLiteral("\" or \"")));
    }
    QVERIFY2(names >= 30, qPrintable(QString::number(names)));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslationFiles::lupdateFindsNothingNew()
{
    QTemporaryDir copies;
    QVERIFY(copies.isValid());
    for (const char* language : {"de", "fr", "en"}) {
        const QString name = QString::fromLatin1(language);
        QVERIFY(QFile::copy(tsPath(kSourceTs, name), tsPath(copies.path(), name)));
        QFile::setPermissions(tsPath(copies.path(), name), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    const QStringList common = {QStringLiteral("-no-obsolete"),
                                QStringLiteral("-locations"),
                                QStringLiteral("none"),
                                QStringLiteral("-I"),
                                QStringLiteral(RELAYDESK_SOURCE_DIR),
                                QStringLiteral("@" RELAYDESK_LUPDATE_SOURCES)};
    const QList<QStringList> runs = {
        common + QStringList{QStringLiteral("-ts"), tsPath(copies.path(), QStringLiteral("de")),
                             tsPath(copies.path(), QStringLiteral("fr"))},
        common + QStringList{QStringLiteral("-pluralonly"), QStringLiteral("-ts"),
                             tsPath(copies.path(), QStringLiteral("en"))}};
    for (const QStringList& arguments : runs) {
        QProcess lupdate;
        lupdate.start(QStringLiteral(RELAYDESK_LUPDATE), arguments);
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
    }
    for (const char* language : {"de", "fr", "en"}) {
        const QString name = QString::fromLatin1(language);
        QSet<QString> before;
        for (const TsMessage& message : readTs(tsPath(kSourceTs, name)))
            before << message.key();
        QStringList problems;
        QSet<QString> after;
        for (const TsMessage& message : readTs(tsPath(copies.path(), name))) {
            after << message.key();
            if (!before.contains(message.key()))
                problems << QStringLiteral("new in the sources, not in the file: ") + message.key();
        }
        for (const QString& key : before) {
            if (!after.contains(key))
                problems << QStringLiteral("gone from the sources, still in the file: ") + key;
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(name +
                            QStringLiteral(": run the relaydesk_ui_lupdate target (docs/translations.md)\n") +
                            problems.join(QLatin1Char('\n'))));
    }
}

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
