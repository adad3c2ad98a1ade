#pragma once

#include <QSpinBox>

namespace RelayDesk {

/// A spin box that reports the text it refuses as typed ("2 GB", "1,5"): QSpinBox drops such keystrokes
/// without a word, and a person who typed a unit or a decimal comma saw another quantity saved. A number
/// above the largest is reported whole as the person goes on typing it (digits after the refused one are
/// not inserted into the largest value the box then shows), and one below the smallest as the box leaves it.
class ExplainingSpinBox final : public QSpinBox
{
    Q_OBJECT
public:
    using QSpinBox::QSpinBox;

    QValidator::State validate(QString& text, int& pos) const override;
    /// A whole number below the smallest becomes the smallest, reported (it was dropped without a word).
    void fixup(QString& text) const override;
    /// The whole number in text without the box's prefix, suffix and group separators; "" if it holds none.
    QString wholeNumber(const QString& text) const;

Q_SIGNALS:
    /// text was typed and is not a whole number the box can take.
    void refused(const QString& text) const;

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    /// The whole number typed so far when it went above the largest; "" otherwise.
    mutable QString m_overflow;
};

} // namespace RelayDesk
