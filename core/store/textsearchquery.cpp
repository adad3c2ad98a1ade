#include "core/store/textsearchquery.h"
#include "core/util/domainname.h"

#include <QRegularExpression>
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

// The words of one term (no white space) that must all appear: single words as prefixes, dotted numbers as
// phrases.
QStringList termWords(bool postgreSql, const QString& term)
{
    QList<QStringList> groups;
    QString word;
    QString separator; // what stood between the previous word and this one
    bool previousNumber = false;
    const auto flush = [&] {
        if (word.isEmpty())
            return;
        const bool number = isNumber(word);
        if (number && previousNumber && separator == QLatin1String("."))
            groups.last() << word;
        else
            groups << QStringList{word};
        previousNumber = number;
        word.clear();
        separator.clear();
    };
    for (const QChar c : term) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else {
            flush();
            separator += c;
        }
    }
    flush();
    QStringList out;
    for (const QStringList& group : std::as_const(groups)) {
        const bool prefix = group.size() != kEnhancedCodeParts;
        if (postgreSql) {
            QString phrase = group.join(QStringLiteral(" <-> ")).toLower();
            out << (prefix ? phrase + QStringLiteral(":*") : phrase);
        } else {
            const QString phrase = QLatin1Char('"') + group.join(QLatin1Char(' ')) + QLatin1Char('"');
            out << (prefix ? phrase + QLatin1Char('*') : phrase);
        }
    }
    return out;
}

} // namespace

QString TextSearchQuery::build(bool postgreSql, const QString& text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QString all = postgreSql ? QStringLiteral(" & ") : QStringLiteral(" ");
    QStringList terms;
    for (const QString& term : text.split(space, Qt::SkipEmptyParts)) {
        const QStringList words = termWords(postgreSql, term);
        if (words.isEmpty())
            continue;
        const QString ascii = DomainName::asciiForm(term);
        if (ascii == term) {
            terms << words;
            continue;
        }
        const QString either = postgreSql ? QStringLiteral(") | (") : QStringLiteral(") OR (");
        terms << QStringLiteral("((") + words.join(all) + either + termWords(postgreSql, ascii).join(all) +
                     QStringLiteral("))");
    }
    return terms.join(all);
}

} // namespace RelayDesk
