#include "core/admin/spfrecordterms.h"
#include "core/admin/senderdnsrecords.h"

#include <QStringList>

namespace RelayDesk {

QString SpfRecordTerms::mechanism(const QString& term)
{
    QString bare = term.toLower();
    if (!bare.isEmpty() && QStringLiteral("+-~?").contains(bare.at(0)))
        bare.remove(0, 1);
    return bare;
}

QString SpfRecordTerms::withTerm(const QString& record, const QString& term)
{
    QStringList terms = record.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    qsizetype at = terms.size();
    for (qsizetype i = 1; i < terms.size(); ++i) {
        const QString bare = mechanism(terms[i]);
        if (bare == QLatin1String("all") || bare.startsWith(QLatin1String("redirect="))) {
            at = i;
            break;
        }
    }
    terms.insert(at, term);
    return terms.join(QLatin1Char(' '));
}

QString SpfRecordTerms::withTermBefore(const QString& record, const QString& term, const QString& before,
                                       bool replace)
{
    if (before.isEmpty())
        return withTerm(record, term);
    QStringList terms = record.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const qsizetype at = terms.indexOf(before);
    if (at < 1)
        return withTerm(record, term);
    if (replace)
        terms[at] = term;
    else
        terms.insert(at, term);
    return terms.join(QLatin1Char(' '));
}

QString SpfRecordTerms::zoneLine(const QString& name, const QString& value)
{
    SenderDnsRecord record{QStringLiteral("spf"), name, value, {}};
    return record.zoneLine();
}

int SpfRecordTerms::passedPrefix(const QString& term)
{
    if (term.startsWith(QLatin1Char('-')) || term.startsWith(QLatin1Char('~')) ||
        term.startsWith(QLatin1Char('?')))
        return -1;
    const QString bare = mechanism(term);
    const bool v4 = bare.startsWith(QLatin1String("ip4:"));
    if (!v4 && !bare.startsWith(QLatin1String("ip6:")))
        return -1;
    const qsizetype slash = bare.indexOf(QLatin1Char('/'));
    bool ok = false;
    const int prefix = slash < 0 ? (v4 ? 32 : 128) : bare.mid(slash + 1).toInt(&ok);
    return slash < 0 || ok ? prefix : -1;
}

} // namespace RelayDesk
