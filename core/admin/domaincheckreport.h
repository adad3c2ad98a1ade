#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace RelayDesk {

/// One DNS record that `domain check` looked at, with its verdict in plain words (docs/operations.md, "DNS
/// check").
struct DomainCheckItem
{
    enum class Verdict
    {
        Right,     ///< found and right
        Missing,   ///< not published (or nothing to check it against)
        Wrong,     ///< published, but receivers would not accept it as it is
        Unchecked, ///< the name server gave no usable answer
        /// published, but whether receivers accept it depends on lookups the check does not make
        Undetermined,
    };

    QString kind; ///< "spf", "dkim", "dmarc", "mx" or "ptr"
    QString name; ///< the name looked up
    QString type; ///< "TXT", "MX" or "PTR"
    Verdict verdict = Verdict::Unchecked;
    QStringList found;     ///< what DNS holds there
    QString summary;       ///< one or two sentences: what is right, missing or wrong, and why it matters
    QString publish;       ///< what to publish instead (zone lines, one a line); empty when right
    QString selector = {}; ///< dkim: the selector

    /// "right", "missing", "wrong", "unchecked" or "undetermined".
    static QString verdictName(Verdict verdict);
};

/// What `domain check` found for a sender domain: one item per record, in the order SPF, DKIM (each
/// selector), DMARC, MX, PTR.
struct DomainCheckReport
{
    QString domain;
    QString nameserver;     ///< the name server asked; empty: the system resolver
    bool directMx = true;   ///< mail goes to MX hosts directly (no smarthost): the PTR is checked
    QString sendingAddress; ///< the address whose PTR was checked; empty: unknown
    QString addressNote;    ///< where that address comes from, and how to set it
    QList<DomainCheckItem> items;

    bool dnsFailed() const;
    bool allRight() const;
    /// No record is missing or wrong, though some may be undetermined (an SPF record that names others).
    bool nothingWrong() const;
};

} // namespace RelayDesk
