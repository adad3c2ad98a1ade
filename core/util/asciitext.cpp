#include "core/util/asciitext.h"

namespace RelayDesk {

QByteArray AsciiText::folded(const QString& text)
{
    // Compatibility decomposition: a letter with an accent becomes the letter and a combining mark, a
    // ligature its letters ("ﬁ" -> "fi"); the marks are left out.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QByteArray out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_SpacingCombining ||
            c.category() == QChar::Mark_Enclosing)
            continue;
        const char16_t u = c.unicode();
        out += u >= 0x20 && u < 0x7f ? char(u) : '?';
    }
    return out;
}

} // namespace RelayDesk
