#pragma once

#include <QString>

namespace RelayDesk {

/// Turns what a person typed into the search box into a query of the delivery log's text index
/// (docs/read-side.md, "Free text"): FTS5 syntax on SQLite, tsquery syntax on PostgreSQL.
class TextSearchQuery final
{
public:
    /// Each term (no spaces, or what stands between double quotes) must appear as a phrase: its words, split
    /// as FTS5's unicode61 tokenizer splits (and PostgreSQL's index), next to each other in that order, the
    /// last one as a word or the start of one; a full enhanced status code of three numbers exactly (RFC 3463
    /// 2). A term with a U-label domain also matches its A-label form ("bücher" finds "xn--bcher-kva", RFC
    /// 5891 4), and one with a German spelling its others ("Strasse" finds "Straße", "Soehne" "Söhne",
    /// and the other way round). Operators typed by a person are quoted, never read as syntax. Empty when the
    /// text has no word.
    static QString build(bool postgreSql, const QString& text);
};

} // namespace RelayDesk
