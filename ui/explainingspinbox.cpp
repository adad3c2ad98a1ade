#include "ui/explainingspinbox.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace RelayDesk {

QString ExplainingSpinBox::wholeNumber(const QString& text) const
{
    QString digits = text;
    digits.remove(prefix()).remove(suffix()).remove(locale().groupSeparator());
    digits = digits.trimmed();
    bool whole = false;
    digits.toLongLong(&whole);
    return whole ? digits : QString();
}

QValidator::State ExplainingSpinBox::validate(QString& text, int& pos) const
{
    const QValidator::State state = QSpinBox::validate(text, pos);
    if (state == QValidator::Invalid && hasFocus()) {
        // Above the largest: the digits typed next belong to this number (an outside tester's 99999999 was
        // quoted as "1,000,090", its last digits typed into the 100000 the box had taken).
        const QString digits = wholeNumber(text);
        if (!digits.isEmpty() && digits.toLongLong() > maximum())
            m_overflow = digits;
        Q_EMIT refused(text);
    }
    return state;
}

void ExplainingSpinBox::fixup(QString& text) const
{
    const QString digits = wholeNumber(text);
    if (!digits.isEmpty() && digits.toLongLong() < minimum()) {
        Q_EMIT refused(digits);
        text = prefix() + textFromValue(minimum()) + suffix();
        return;
    }
    QSpinBox::fixup(text);
}

void ExplainingSpinBox::keyPressEvent(QKeyEvent* event)
{
    // A selection (Ctrl+A, a click and drag) starts a new number.
    if (!m_overflow.isEmpty() && lineEdit()->hasSelectedText())
        m_overflow.clear();
    if (!m_overflow.isEmpty()) {
        const QString typed = event->text();
        if (typed.size() == 1 && typed.front().isDigit()) {
            m_overflow += typed;
            Q_EMIT refused(m_overflow);
            return;
        }
        if (!typed.isEmpty() || event->key() == Qt::Key_Backspace || event->key() == Qt::Key_Delete)
            m_overflow.clear(); // anything else typed ends that number
    }
    QSpinBox::keyPressEvent(event);
}

void ExplainingSpinBox::focusOutEvent(QFocusEvent* event)
{
    m_overflow.clear();
    QSpinBox::focusOutEvent(event);
}

} // namespace RelayDesk
