#pragma once

#include <QSpinBox>

namespace RelayDesk {

/// A spin box that reports the text it refuses as typed ("2 GB", "1,5"): QSpinBox drops such keystrokes
/// without a word, and a person who typed a unit or a decimal comma saw another quantity saved.
class ExplainingSpinBox final : public QSpinBox
{
    Q_OBJECT
public:
    using QSpinBox::QSpinBox;

    QValidator::State validate(QString& text, int& pos) const override;

Q_SIGNALS:
    /// text was typed and is not a whole number the box can take.
    void refused(const QString& text) const;
};

} // namespace RelayDesk
