#include "ui/explainingspinbox.h"

namespace RelayDesk {

QValidator::State ExplainingSpinBox::validate(QString& text, int& pos) const
{
    const QValidator::State state = QSpinBox::validate(text, pos);
    if (state == QValidator::Invalid && hasFocus())
        Q_EMIT refused(text);
    return state;
}

} // namespace RelayDesk
