#include "app/cli/clinearest.h"

#include <algorithm>
#include <vector>

namespace RelayDesk {

int CliNearest::distance(const QString& a, const QString& b)
{
    // Damerau-Levenshtein (optimal string alignment), on two rows and the one before them.
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<int> before(size_t(m + 1)), previous(size_t(m + 1)), current(size_t(m + 1));
    for (qsizetype j = 0; j <= m; ++j)
        previous[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int best = std::min(
                {previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, previous[size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                best = std::min(best, before[size_t(j - 2)] + 1);
            current[size_t(j)] = best;
        }
        before.swap(previous);
        previous.swap(current);
    }
    return previous[size_t(m)];
}

QString CliNearest::suggestion(const QString& word, const QStringList& candidates)
{
    if (word.size() < 3)
        return {};
    int best = 3;
    QString nearest;
    bool tied = false;
    for (const QString& candidate : candidates) {
        const int d = distance(word.toLower(), candidate.toLower());
        if (d < best) {
            best = d;
            nearest = candidate;
            tied = false;
        } else if (d == best) {
            tied = true;
        }
    }
    if (nearest.isEmpty() || tied || best == 0)
        return {};
    return QStringLiteral(" (did you mean '%1'?)").arg(nearest);
}

} // namespace RelayDesk
