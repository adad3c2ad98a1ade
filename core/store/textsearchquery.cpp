#include "core/store/textsearchquery.h"
#include "core/util/domainname.h"

#include <QStringList>

#include <algorithm>

namespace RelayDesk {

namespace {

// RFC 3463 2: class "." subject "." detail; a code typed in full is meant as itself, not 4.7.10 for 4.7.1.
constexpr int kEnhancedCodeParts = 3;

bool isNumber(const QString& word)
{
    return std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); });
}

// One term (no white space, or what stood between double quotes) as a phrase: its words in that order, next
// to each other, the last one as the start of a word. Punctuation joins words ("crm-REJECT" is the subject
// "crm-REJECT", not every row that has "crm" somewhere and "rejected" somewhere else). A full enhanced status
// code of three dotted numbers is itself, with no prefix.
QStringList termWords(bool postgreSql, const QString& term)
{
    QStringList words;
    QString word;
    bool onlyDots = true; // every separator between two words is a single "."
    QString separator;
    const auto flush = [&] {
        if (word.isEmpty())
            return;
        if (!words.isEmpty() && separator != QLatin1String("."))
            onlyDots = false;
        words << word;
        word.clear();
        separator.clear();
    };
    for (const QChar c : term) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else {
            if (!word.isEmpty())
                flush();
            if (!words.isEmpty())
                separator += c;
        }
    }
    flush();
    if (words.isEmpty())
        return {};
    const bool exactCode =
        words.size() == kEnhancedCodeParts && onlyDots && std::all_of(words.cbegin(), words.cend(), isNumber);
    if (postgreSql) {
        const QString phrase = words.join(QStringLiteral(" <-> ")).toLower();
        return {exactCode ? phrase : phrase + QStringLiteral(":*")};
    }
    const QString phrase = QLatin1Char('"') + words.join(QLatin1Char(' ')) + QLatin1Char('"');
    return {exactCode ? phrase : phrase + QLatin1Char('*')};
}

/// The terms of text: runs of non-space characters, or what stands between double quotes (a phrase with
/// spaces in it).
QStringList termsOf(const QString& text)
{
    QStringList terms;
    QString term;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            if (!term.trimmed().isEmpty())
                terms << term;
            term.clear();
            quoted = !quoted;
        } else if (c.isSpace() && !quoted) {
            if (!term.isEmpty())
                terms << term;
            term.clear();
        } else {
            term += c;
        }
    }
    if (!term.trimmed().isEmpty())
        terms << term;
    return terms;
}

// A term as support staff paste it from a mail program's header view: "Message-Id: <...>" or "Subject:
// Invoice" found nothing, the field's name being no word of the message (an outside tester). The name of a
// field the search covers, with its colon, is left out (RFC 5322 3.6: names are case-insensitive).
QString withoutFieldName(const QString& term)
{
    static const QStringList names = {QStringLiteral("message-id:"), QStringLiteral("subject:"),
                                      QStringLiteral("from:"),       QStringLiteral("to:"),
                                      QStringLiteral("cc:"),         QStringLiteral("return-path:")};
    for (const QString& name : names) {
        if (term.startsWith(name, Qt::CaseInsensitive))
            return term.mid(name.size());
    }
    return term;
}

/// Replaces each of the pairs' first strings by its second, keeping a capital first letter capital.
QString replaced(QString text, const QList<std::pair<QString, QString>>& pairs)
{
    for (const auto& [from, to] : pairs) {
        text.replace(from, to);
        QString capitalFrom = from;
        capitalFrom[0] = capitalFrom[0].toUpper();
        QString capitalTo = to;
        capitalTo[0] = capitalTo[0].toUpper();
        text.replace(capitalFrom, capitalTo);
    }
    return text;
}

/// The ways a term may be written that the index does not fold together: its domain's A-label form (RFC 5891
/// 4), and German spellings. The index folds "ü" to "u" (FTS5's remove_diacritics), so "zurich" found
/// "Zürich"; but Switzerland writes "ss" for "ß", and a keyboard without umlauts writes "oe" for "ö": an
/// outside tester's "Strasse" found no "Straße", nor "Soehne" "Söhne". Likewise "oe" for "œ" in French.
QStringList spellingsOf(const QString& term)
{
    QStringList spellings{term};
    const auto add = [&spellings](const QString& spelling) {
        if (!spellings.contains(spelling))
            spellings << spelling;
    };
    add(DomainName::asciiForm(term));
    add(replaced(term, {{QStringLiteral("ß"), QStringLiteral("ss")}}));
    add(replaced(term, {{QStringLiteral("ss"), QStringLiteral("ß")}}));
    add(replaced(term, {{QStringLiteral("ä"), QStringLiteral("ae")},
                        {QStringLiteral("ö"), QStringLiteral("oe")},
                        {QStringLiteral("ü"), QStringLiteral("ue")}}));
    add(replaced(term, {{QStringLiteral("ae"), QStringLiteral("ä")},
                        {QStringLiteral("oe"), QStringLiteral("ö")},
                        {QStringLiteral("ue"), QStringLiteral("ü")}}));
    // French ligatures, which the index keeps as letters of their own: a French keyboard has no "œ", and an
    // outside tester's "oeuvre" found no "Œuvre".
    add(replaced(term,
                 {{QStringLiteral("œ"), QStringLiteral("oe")}, {QStringLiteral("æ"), QStringLiteral("ae")}}));
    add(replaced(term,
                 {{QStringLiteral("oe"), QStringLiteral("œ")}, {QStringLiteral("ae"), QStringLiteral("æ")}}));
    return spellings;
}

} // namespace

QString TextSearchQuery::build(bool postgreSql, const QString& text)
{
    // FTS5 takes no implicit AND before a parenthesised group ("fts5: syntax error near "("" for "Rechnung
    // für": an outside tester), so its AND is written out.
    const QString all = postgreSql ? QStringLiteral(" & ") : QStringLiteral(" AND ");
    QStringList terms;
    for (const QString& written : termsOf(text)) {
        const QString term = withoutFieldName(written);
        const QStringList words = termWords(postgreSql, term);
        if (words.isEmpty())
            continue;
        const QStringList spellings = spellingsOf(term);
        if (spellings.size() == 1) {
            terms << words;
            continue;
        }
        QStringList each;
        for (const QString& spelling : spellings)
            each << termWords(postgreSql, spelling).join(all);
        const QString either = postgreSql ? QStringLiteral(") | (") : QStringLiteral(") OR (");
        terms << QStringLiteral("((") + each.join(either) + QStringLiteral("))");
    }
    return terms.join(all);
}

} // namespace RelayDesk
